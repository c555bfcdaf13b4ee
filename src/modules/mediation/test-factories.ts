/** Builders for tests of the Sprachmittlung: an office, institutions, mediators and requests with little ceremony. */
import type { Db } from "../../core/db/index.ts";
import { systemActor } from "../../core/audit.ts";
import type { TenantRef } from "../../web/context.ts";
import { DEFAULT_CRITERIA, DEFAULT_RATES, type Criteria } from "./model.ts";
import { createRequest, saveMediator, saveRequester, saveSettings, type Scope } from "./service.ts";
import { instantOf, wallOf } from "../../core/time.ts";
import { RequestInput, type MediatorInput } from "./validation.ts";

export const officeScope = (tenant: TenantRef): Scope => ({ tenant, actor: systemActor("test") });

export async function buildOffice(db: Db, tenant: TenantRef, criteria: Partial<Criteria> = {}) {
  await saveSettings(db, officeScope(tenant), {
    criteria: { ...DEFAULT_CRITERIA, ...criteria },
    rates: { ...DEFAULT_RATES },
    intro: "Sprachmittlung für Dienststellen, Kitas und Schulen.",
    contactEmail: "office@example.org",
    contactPhone: null,
    retentionDays: 90,
  });
}

export async function buildRequester(db: Db, tenant: TenantRef, over: { name?: string; kind?: "department" | "kita" | "school" | "other"; budgetCents?: number | null } = {}) {
  return saveRequester(db, officeScope(tenant), null, {
    name: over.name ?? "Jugendamt",
    kind: over.kind ?? "department",
    costCentre: null,
    street: "Rathausplatz 1",
    postcode: "26382",
    city: "Wilhelmshaven",
    email: `requester-${Math.random().toString(36).slice(2, 8)}@example.org`,
    phone: null,
    annualBudgetEuro: over.budgetCents ?? null,
    active: true,
  });
}

/** A mediator available every day 0:00–24:00 unless told otherwise. */
export async function buildMediator(db: Db, tenant: TenantRef, over: Partial<MediatorInput> = {}) {
  return saveMediator(db, officeScope(tenant), null, {
    name: "Mediator",
    email: `mediator-${Math.random().toString(36).slice(2, 8)}@example.org`,
    phone: null,
    gender: null,
    travelMode: "car",
    baseLabel: null,
    baseLat: null,
    baseLng: null,
    maxHoursPerMonth: 100,
    active: true,
    consent: true,
    notes: "",
    languages: [{ code: "ar", level: "native", dialects: [] }],
    weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: 0, end: 1440 })),
    absences: [],
    qualifications: [],
    ...over,
  });
}

/** A request at `startsAt` (an instant), parsed through the same schema as the form. */
export async function buildRequest(db: Db, tenant: TenantRef, requesterId: string, startsAt: Date, over: Record<string, unknown> = {}, now?: Date) {
  const wall = wallOf(startsAt);
  const input = RequestInput.parse({
    requesterId,
    language: "ar",
    minutes: "60",
    date0: wall.date,
    time0: `${String(Math.floor(wall.minute / 60)).padStart(2, "0")}:${String(wall.minute % 60).padStart(2, "0")}`,
    mode: "on_site",
    street: "Rathausplatz 1",
    postcode: "26382",
    city: "Wilhelmshaven",
    topic: "parent_talk",
    participants: "2",
    urgency: "normal",
    clientConsent: true,
    ...over,
  });
  return createRequest(db, officeScope(tenant), input, { now });
}

/** The given weekday (default Tuesday) at `minute` Berlin time, at least a week after `from`. */
export function nextWeekday(from = new Date(), weekday = 2, minute = 600): Date {
  for (let i = 7; i < 15; i++) {
    const w = wallOf(new Date(from.getTime() + i * 86_400_000));
    if (w.weekday === weekday) return instantOf(w.date, minute);
  }
  throw new Error("unreachable");
}
