/**
 * Demo data of the Sprachmittlung in Wilhelmshaven (seed 000): the pool
 * (Arabic, Turkish, Farsi and a few more), requesting departments, Kitas and
 * primary schools, the office's criteria, and a month of requests in every
 * state, made through the service so that everything is as the app makes it.
 * Names of mediators, Kitas and schools are invented; addresses of Kitas and
 * schools are examples.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../core/db/index.ts";
import { memberships, users } from "../../core/db/schema.ts";
import { systemActor } from "../../core/audit.ts";
import type { TenantRef } from "../../web/context.ts";
import { bookedMinutes, DEFAULT_CRITERIA, DEFAULT_RATES, type Gender, type Level, type Mode, type RequesterKind, type Topic, type TravelMode } from "./model.ts";
import { jobs, mediatorLanguages, mediators, requesterMembers, requesters } from "./schema.ts";
import { answerOffer, cancel, confirmHours, createRequest, decide, markUnmet, reportHours, saveMediator, saveRequester, saveSettings, sendOffers, type Scope } from "./service.ts";
import { wallOf } from "../../core/time.ts";
import { seeded } from "../../core/random.ts";
import { RequestInput } from "./validation.ts";

interface DemoRequester {
  key: string;
  name: string;
  kind: RequesterKind;
  street: string;
  postcode: string;
  lat: number;
  lng: number;
  email: string;
  budgetEuro?: number;
  costCentre: string;
}

const REQUESTERS: DemoRequester[] = [
  { key: "jugendamt", name: "Jugendamt – Allgemeiner Sozialer Dienst", kind: "department", street: "Kieler Straße 63", postcode: "26382", lat: 53.5245, lng: 8.112, email: "asd@wilhelmshaven.teilhabe.example", costCentre: "51.1", budgetEuro: 12000 },
  { key: "auslaenderamt", name: "Ausländeramt", kind: "department", street: "Rathausplatz 10", postcode: "26382", lat: 53.5199, lng: 8.1066, email: "auslaenderamt@wilhelmshaven.teilhabe.example", costCentre: "32.2" },
  { key: "soziales", name: "Fachbereich Soziales", kind: "department", street: "Rathausplatz 10", postcode: "26382", lat: 53.5199, lng: 8.1066, email: "soziales@wilhelmshaven.teilhabe.example", costCentre: "50.0", budgetEuro: 8000 },
  { key: "kita-sonnenschein", name: "Kita Sonnenschein (Beispiel)", kind: "kita", street: "Bremer Straße 120", postcode: "26382", lat: 53.5302, lng: 8.0983, email: "kita-sonnenschein@wilhelmshaven.teilhabe.example", costCentre: "46.3", budgetEuro: 2500 },
  { key: "kita-jadeweg", name: "Kita am Jadeweg (Beispiel)", kind: "kita", street: "Jadeweg 8", postcode: "26384", lat: 53.5452, lng: 8.1301, email: "kita-jadeweg@wilhelmshaven.teilhabe.example", costCentre: "46.3", budgetEuro: 2500 },
  { key: "gs-park", name: "Grundschule am Park (Beispiel)", kind: "school", street: "Parkstraße 15", postcode: "26382", lat: 53.5271, lng: 8.1178, email: "gs-park@wilhelmshaven.teilhabe.example", costCentre: "40.2", budgetEuro: 3000 },
  { key: "gs-nord", name: "Grundschule Nord (Beispiel)", kind: "school", street: "Gökerstraße 72", postcode: "26384", lat: 53.5468, lng: 8.1087, email: "gs-nord@wilhelmshaven.teilhabe.example", costCentre: "40.2", budgetEuro: 3000 },
  { key: "sportverein", name: "Sportverein (Beispiel, nicht berechtigt)", kind: "other", street: "Friedenstraße 1", postcode: "26386", lat: 53.556, lng: 8.095, email: "verein@wilhelmshaven.teilhabe.example", costCentre: "–" },
];

interface DemoMediator {
  name: string;
  gender: Gender;
  travelMode: TravelMode;
  base: [string, number, number];
  languages: [code: string, level: Level, dialects: string[]][];
  days: number[];
  from: string;
  to: string;
  maxHours: number;
  account?: string;
}

const MEDIATORS: DemoMediator[] = [
  { name: "Rana Haddad", gender: "female", travelMode: "bicycle", base: ["Südstadt", 53.5185, 8.1115], languages: [["ar", "native", ["Levantinisch", "Syrisch"]], ["de", "c1", []]], days: [1, 2, 3, 4], from: "08:00", to: "16:00", maxHours: 40, account: "sprachmittlung-ar@wilhelmshaven.teilhabe.example" },
  { name: "Yusuf Al-Rawi", gender: "male", travelMode: "car", base: ["Heppens", 53.531, 8.093], languages: [["ar", "native", ["Irakisch"]], ["ku", "c1", ["Kurmandschi"]]], days: [1, 2, 3, 4, 5], from: "09:00", to: "17:00", maxHours: 30 },
  { name: "Salma Darwish", gender: "female", travelMode: "public_transport", base: ["Bant", 53.5235, 8.0925], languages: [["ar", "native", ["Ägyptisch"]]], days: [2, 4], from: "08:00", to: "13:00", maxHours: 12 },
  { name: "Ayşe Kaya", gender: "female", travelMode: "car", base: ["Fedderwardergroden", 53.564, 8.108], languages: [["tr", "native", []], ["de", "native", []]], days: [1, 2, 3, 4, 5], from: "08:00", to: "18:00", maxHours: 40, account: "sprachmittlung-tr@wilhelmshaven.teilhabe.example" },
  { name: "Mehmet Demir", gender: "male", travelMode: "bicycle", base: ["Innenstadt", 53.5225, 8.108], languages: [["tr", "native", []], ["ku", "native", ["Kurmandschi"]]], days: [1, 3, 5], from: "10:00", to: "16:00", maxHours: 20 },
  { name: "Parisa Rahimi", gender: "female", travelMode: "public_transport", base: ["Siebethsburg", 53.539, 8.1], languages: [["fa", "native", []], ["prs", "c2", []]], days: [1, 2, 3, 4], from: "08:30", to: "15:00", maxHours: 25 },
  { name: "Ahmad Noori", gender: "male", travelMode: "car", base: ["Altengroden", 53.548, 8.087], languages: [["prs", "native", []], ["fa", "native", []], ["ps", "c1", []]], days: [2, 3, 4, 5], from: "09:00", to: "17:00", maxHours: 30 },
  { name: "Olena Kovalenko", gender: "female", travelMode: "public_transport", base: ["Neuende", 53.551, 8.12], languages: [["uk", "native", []], ["ru", "native", []]], days: [1, 2, 3, 4, 5], from: "08:00", to: "14:00", maxHours: 20 },
  { name: "Tesfay Gebre", gender: "male", travelMode: "bicycle", base: ["Bant", 53.5235, 8.0925], languages: [["ti", "native", []], ["am", "c1", []]], days: [3, 4, 5], from: "12:00", to: "18:00", maxHours: 15 },
];

/** Portal accounts of the demo (requesters and mediators), all with the demo password. */
export const DEMO_PORTAL_ACCOUNTS = [
  "jugendamt@wilhelmshaven.teilhabe.example",
  "kita@wilhelmshaven.teilhabe.example",
  ...MEDIATORS.flatMap((m) => (m.account ? [m.account] : [])),
];
export const DEMO_MEDIATOR_COUNT = MEDIATORS.length;

const dayString = (d: Date) => wallOf(d).date;

export async function seedMediation(db: Db, tenant: TenantRef, opts: { now?: Date; baseUrl?: string; passwordHash: string }) {
  const now = opts.now ?? new Date();
  const baseUrl = opts.baseUrl ?? "http://localhost:3000";
  const scope: Scope = { tenant, actor: systemActor("demo") };
  await saveSettings(db, scope, {
    criteria: { ...DEFAULT_CRITERIA },
    rates: { ...DEFAULT_RATES },
    intro:
      "Das Migrationsbüro der Stadt Wilhelmshaven setzt Sprachmittlerinnen und Sprachmittler vor allem in den Dienststellen der Stadt ein, damit Verfahren leichter und schneller laufen, " +
      "und in der Elternarbeit vor Ort in Kindergärten und Grundschulen. Zur Verfügung stehen Arabisch, Türkisch und Farsi und weitere Sprachen. " +
      "Das Migrationsbüro koordiniert die Einsätze und entscheidet nach festen Kriterien, in welchen Fällen Sprachmittlung eingesetzt wird.",
    contactEmail: "migrationsbuero@wilhelmshaven.de",
    contactPhone: "04421 74956-14",
    retentionDays: 90,
  });

  const requesterIds = new Map<string, string>();
  for (const r of REQUESTERS) {
    const id = await saveRequester(db, scope, null, {
      name: r.name,
      kind: r.kind,
      costCentre: r.costCentre,
      street: r.street,
      postcode: r.postcode,
      city: "Wilhelmshaven",
      email: r.email,
      phone: null,
      annualBudgetEuro: r.budgetEuro === undefined ? null : r.budgetEuro * 100,
      active: true,
    });
    await db.update(requesters).set({ lat: r.lat, lng: r.lng }).where(eq(requesters.id, id));
    requesterIds.set(r.key, id);
  }
  // Portal accounts: the Jugendamt and one Kita request; two mediators answer offers.
  for (const [key, email, name] of [
    ["jugendamt", "jugendamt@wilhelmshaven.teilhabe.example", "Jugendamt Wilhelmshaven (Demo)"],
    ["kita-sonnenschein", "kita@wilhelmshaven.teilhabe.example", "Kita Sonnenschein (Demo)"],
  ] as const) {
    const [u] = await db.insert(users).values({ email, displayName: name, passwordHash: opts.passwordHash }).returning({ id: users.id });
    await db.insert(memberships).values({ userId: u!.id, tenantId: tenant.id, role: "requester" });
    await db.insert(requesterMembers).values({ requesterId: requesterIds.get(key)!, userId: u!.id });
  }

  const mediatorIds: string[] = [];
  for (const [i, m] of MEDIATORS.entries()) {
    const id = await saveMediator(db, scope, null, {
      name: m.name,
      email: `sprachmittlung-${i + 1}@wilhelmshaven.teilhabe.example`,
      phone: `0176 000000${i + 1}`,
      gender: m.gender,
      travelMode: m.travelMode,
      baseLabel: m.base[0],
      baseLat: m.base[1],
      baseLng: m.base[2],
      maxHoursPerMonth: m.maxHours,
      active: true,
      consent: true,
      notes: "",
      languages: m.languages.map(([code, level, dialects]) => ({ code, level, dialects })),
      weekly: m.days.map((weekday) => ({ weekday, start: Number(m.from.slice(0, 2)) * 60 + Number(m.from.slice(3)), end: Number(m.to.slice(0, 2)) * 60 + Number(m.to.slice(3)) })),
      absences: i === 2 ? [{ from: dayString(new Date(now.getTime() + 9 * 86_400_000)), to: dayString(new Date(now.getTime() + 13 * 86_400_000)) }] : [],
      qualifications: [
        { title: "Qualifizierung Sprach- und Kulturmittlung", validUntil: null },
        { title: "Schulung Schweigepflicht und Datenschutz", validUntil: dayString(new Date(now.getTime() + (i === 1 ? 30 : 400) * 86_400_000)) },
      ],
    });
    if (m.account) {
      const [u] = await db.insert(users).values({ email: m.account, displayName: m.name, passwordHash: opts.passwordHash }).returning({ id: users.id });
      await db.insert(memberships).values({ userId: u!.id, tenantId: tenant.id, role: "mediator" });
      await db.update(mediators).set({ userId: u!.id }).where(eq(mediators.id, id));
    }
    mediatorIds.push(id);
  }

  // A month of requests: two weeks back, two weeks ahead, in every state.
  const random = seeded(20261122);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const languages = ["ar", "ar", "ar", "tr", "tr", "fa", "prs", "uk", "ku", "ti"];
  const topics: Topic[] = ["parent_talk", "parent_talk", "development_talk", "enrolment", "youth_welfare", "social_benefits", "registration", "housing", "parents_evening"];
  const requesterKeys = ["jugendamt", "auslaenderamt", "soziales", "kita-sonnenschein", "kita-jadeweg", "gs-park", "gs-nord"];
  let made = 0;
  for (let d = -14; d <= 14; d++) {
    const day = new Date(now.getTime() + d * 86_400_000);
    const weekday = wallOf(day).weekday;
    if (weekday > 5) continue;
    for (let k = 0; k < 2; k++) {
      const key = pick(requesterKeys);
      const r = REQUESTERS.find((x) => x.key === key)!;
      const hour = 8 + Math.floor(random() * 8);
      const mode: Mode = random() < 0.8 ? "on_site" : random() < 0.5 ? "phone" : "video";
      const input = RequestInput.parse({
        requesterId: requesterIds.get(key),
        language: pick(languages),
        minutes: String(pick([45, 60, 60, 90])),
        date0: dayString(day),
        time0: `${String(hour).padStart(2, "0")}:${random() < 0.5 ? "00" : "30"}`,
        mode,
        street: r.street,
        postcode: r.postcode,
        city: "Wilhelmshaven",
        remoteDetails: mode === "on_site" ? undefined : mode === "phone" ? "04421 16-0000" : "https://video.wilhelmshaven.example/raum-12",
        topic: pick(topics),
        participants: String(1 + Math.floor(random() * 3)),
        urgency: "normal",
        clientConsent: true,
        contactName: "Sachbearbeitung (Demo)",
        contactPhone: "04421 16-0000",
      });
      const submittedAt = new Date(Math.min(now.getTime(), day.getTime()) - 6 * 86_400_000);
      let created;
      try {
        created = await createRequest(db, scope, input, { now: submittedAt });
      } catch {
        continue; // e.g. a slot in the skipped hour of a clock change
      }
      made++;
      // Decided a day or two after submission, accepted a day after that (never after now): lead times as an office sees them.
      const after = (hours: number) => new Date(Math.min(now.getTime(), submittedAt.getTime() + hours * 3_600_000));
      const decidedAt = after(18 + (made % 5) * 6);
      const acceptedAt = after(42 + (made % 4) * 12);
      const fate = random();
      const future = d > 0;
      if (future && fate < 0.12) continue; // waits for a decision
      if (fate < 0.2) {
        await decide(db, scope, created.id, { decision: "decline", reason: "Anlass gehört nicht zu den Aufgaben der Sprachmittlung; bitte wenden Sie sich an das Gericht." }, decidedAt);
        continue;
      }
      await decide(db, scope, created.id, { decision: "approve", reason: "" }, decidedAt);
      if (future && fate < 0.3) continue; // approved, not yet offered
      if (!future && fate < 0.26) {
        await markUnmet(db, scope, created.id, "Zu diesem Termin war niemand verfügbar.");
        continue;
      }
      const speakers = await speakersOf(db, tenant.id, input.language);
      if (speakers.length === 0) continue;
      const chosen = speakers.slice(0, 2);
      let sent;
      try {
        sent = await sendOffers(db, scope, created.id, 0, chosen, baseUrl);
      } catch {
        continue;
      }
      if (future && fate < 0.4) continue; // offered, nobody answered yet
      try {
        await answerOffer(db, tenant, sent[0]!.offerId, sent[0]!.mediatorId, { accept: true }, systemActor("demo"), acceptedAt);
      } catch {
        continue; // the mediator is busy then: stays offered
      }
      if (fate > 0.92 && future) await cancel(db, tenant, created.id, "requester", "Termin von der Familie abgesagt.", systemActor("demo"), submittedAt);
      // Most past jobs are done: hours recorded by the mediator and confirmed by the requester (a few wait for it).
      if (!future && fate > 0.45) {
        const [job] = await db.select().from(jobs).where(and(eq(jobs.requestId, created.id), eq(jobs.status, "confirmed")));
        if (job && job.endsAt < now) {
          const minutes = bookedMinutes(job) + Math.round(random() * 4) * 5;
          const after = new Date(job.endsAt.getTime() + 3_600_000);
          await reportHours(db, tenant, sent[0]!.mediatorId, job.id, { actualMinutes: minutes, travelKm: Math.round(random() * 120) / 10, travelMinutes: 10 + Math.round(random() * 20) }, systemActor("demo"), after);
          await confirmHours(db, tenant, "office", job.id, systemActor("demo"), after);
        }
      }
    }
  }
  // Each mediator with a portal account has a recent job whose hours are still to be recorded.
  for (const [i, m] of MEDIATORS.entries()) {
    if (!m.account) continue;
    const r = REQUESTERS[i % 3]!;
    for (let back = 1; back <= 10; back++) {
      const day = new Date(now.getTime() - back * 86_400_000);
      if (!m.days.includes(wallOf(day).weekday)) continue;
      const input = RequestInput.parse({
        requesterId: requesterIds.get(r.key),
        language: m.languages[0]![0],
        minutes: "60",
        date0: dayString(day),
        time0: m.from,
        mode: "on_site",
        street: r.street,
        postcode: r.postcode,
        city: "Wilhelmshaven",
        topic: "parent_talk",
        participants: "2",
        urgency: "normal",
        clientConsent: true,
        contactName: "Sachbearbeitung (Demo)",
      });
      try {
        const submitted = day.getTime() - 7 * 86_400_000;
        const created = await createRequest(db, scope, input, { now: new Date(submitted) });
        await decide(db, scope, created.id, { decision: "approve", reason: "" }, new Date(submitted + 86_400_000));
        const [offer] = await sendOffers(db, scope, created.id, 0, [mediatorIds[i]!], baseUrl);
        await answerOffer(db, tenant, offer!.offerId, offer!.mediatorId, { accept: true }, systemActor("demo"), new Date(submitted + 2 * 86_400_000));
        made++;
        break;
      } catch {
        // busy at that hour: try an earlier day
      }
    }
  }
  return { requests: made, mediators: mediatorIds.length, requesters: requesterIds.size };
}

async function speakersOf(db: Db, tenantId: string, code: string): Promise<string[]> {
  const found = await db
    .select({ id: mediators.id })
    .from(mediators)
    .innerJoin(mediatorLanguages, eq(mediatorLanguages.mediatorId, mediators.id))
    .where(and(eq(mediators.tenantId, tenantId), eq(mediatorLanguages.code, code)))
    .orderBy(asc(mediators.name));
  return found.map((r) => r.id);
}
