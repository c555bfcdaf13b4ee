/**
 * One definition of valid input for the mediation module: forms, the API and
 * the demo data go through these schemas. Messages are i18n keys.
 */
import { z } from "zod";
import { checkbox, decimal, isDate, optionalText, text } from "../../core/fields.ts";
import { GENDERS, LEVELS, MODES, REQUESTER_KINDS, TOPICS, TRAVEL_MODES, URGENCIES } from "./model.ts";
import { parseClock } from "../../core/time.ts";

const int = (min: number, max: number) => z.coerce.number({ error: "validation.number" }).int("validation.number").min(min).max(max);

export { languageCode, languageName } from "../../core/languages.ts";
import { languageCode } from "../../core/languages.ts";

const slot = (n: number) => ({
  [`date${n}`]: z.string().trim().optional(),
  [`time${n}`]: z.string().trim().optional(),
});

/** The request form of an institution. */
export const RequestInput = z
  .object({
    requesterId: z.uuid("validation.choice"),
    language: languageCode,
    dialect: optionalText(80),
    preferredGender: z
      .enum(["", ...GENDERS], { error: "validation.choice" })
      .optional()
      .transform((v) => (v ? (v as (typeof GENDERS)[number]) : null)),
    minutes: int(15, 480),
    ...slot(0),
    ...slot(1),
    ...slot(2),
    mode: z.enum(MODES, { error: "validation.choice" }),
    street: optionalText(200),
    postcode: optionalText(10),
    city: optionalText(100),
    room: optionalText(120),
    remoteDetails: optionalText(300),
    topic: z.enum(TOPICS, { error: "validation.choice" }),
    participants: int(1, 200),
    urgency: z.enum(URGENCIES, { error: "validation.choice" }).default("normal"),
    urgencyReason: text(500).default(""),
    clientConsent: checkbox,
    contactName: optionalText(120),
    contactPhone: optionalText(40),
    notes: text(2000).default(""),
    followUpOf: optionalText(40),
  })
  .superRefine((v, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const o = v as Record<string, unknown>;
    for (const n of [0, 1, 2]) {
      const date = String(o[`date${n}`] ?? "");
      const time = String(o[`time${n}`] ?? "");
      if (n > 0 && !date && !time) continue;
      if (!isDate(date)) add(`date${n}`, n === 0 && !date ? "validation.required" : "validation.date");
      if (parseClock(time) === null) add(`time${n}`, n === 0 && !time ? "validation.required" : "validation.time");
    }
    if (v.mode === "on_site") {
      if (!v.street) add("street", "validation.required");
      if (!v.city) add("city", "validation.required");
    } else if (!v.remoteDetails) add("remoteDetails", "mediation.validation.remoteDetails");
    if (v.urgency === "urgent" && !v.urgencyReason) add("urgencyReason", "mediation.validation.urgencyReason");
    if (!v.clientConsent) add("clientConsent", "mediation.validation.consent");
  });
export type RequestInput = z.infer<typeof RequestInput>;

/** Alternative slots as given: [preferred, alternative 1, alternative 2]. */
export function slotsOf(input: RequestInput): { date: string; minute: number }[] {
  const o = input as Record<string, unknown>;
  const out: { date: string; minute: number }[] = [];
  for (const n of [0, 1, 2]) {
    const date = String(o[`date${n}`] ?? "");
    const minute = parseClock(String(o[`time${n}`] ?? ""));
    if (isDate(date) && minute !== null) out.push({ date, minute });
  }
  return out;
}

export const DecisionInput = z
  .object({
    decision: z.enum(["approve", "decline"], { error: "validation.choice" }),
    reason: text(1000).default(""),
  })
  .refine((v) => v.decision === "approve" || v.reason.length > 0, { path: ["reason"], message: "mediation.validation.declineReason" });

export const CancelInput = z.object({ reason: text(1000).min(1, "mediation.validation.cancelReason") });

export const RequesterInput = z.object({
  name: text(200).min(1),
  kind: z.enum(REQUESTER_KINDS, { error: "validation.choice" }),
  costCentre: optionalText(40),
  street: optionalText(200),
  postcode: optionalText(10),
  city: optionalText(100),
  email: z.string().trim().toLowerCase().min(1).max(320).pipe(z.email()),
  phone: optionalText(40),
  // As the page's language writes numbers: "12.500" on a German page is twelve thousand five hundred (it was 12.50 €).
  annualBudgetEuro: z.string().default("").pipe(decimal("validation.number", { min: 0, max: 10_000_000 })).transform((n) => (n === null ? null : Math.round(n * 100))),
  active: checkbox,
});
export type RequesterInput = z.infer<typeof RequesterInput>;

const levelSchema = z.enum(LEVELS, { error: "validation.choice" });

/** Mediator form: languages as rows "code level dialects", availability as rows "weekday from to", absences "from to". */
export const MediatorInput = z.object({
  name: text(120).min(1),
  email: z.string().trim().toLowerCase().min(1).max(320).pipe(z.email()),
  phone: optionalText(40),
  gender: z
    .enum(["", ...GENDERS], { error: "validation.choice" })
    .optional()
    .transform((v) => (v ? (v as (typeof GENDERS)[number]) : null)),
  travelMode: z.enum(TRAVEL_MODES, { error: "validation.choice" }),
  baseLabel: optionalText(120),
  baseLat: z.coerce.number().min(-90).max(90).optional().nullable(),
  baseLng: z.coerce.number().min(-180).max(180).optional().nullable(),
  maxHoursPerMonth: int(1, 200),
  active: checkbox,
  consent: checkbox,
  notes: text(2000).default(""),
  languages: z.array(z.object({ code: languageCode, level: levelSchema, dialects: z.array(text(60).min(1)).max(10) })).min(1, "mediation.validation.languages"),
  weekly: z.array(z.object({ weekday: int(1, 7), start: int(0, 1439), end: int(1, 1440) }).refine((w) => w.end > w.start, { path: ["end"], message: "validation.timeOrder" })),
  absences: z.array(z.object({ from: z.string().refine(isDate, "validation.date"), to: z.string().refine(isDate, "validation.date") }).refine((a) => a.to >= a.from, { path: ["to"], message: "validation.dateOrder" })),
  qualifications: z.array(z.object({ title: text(200).min(1), validUntil: z.string().refine(isDate, "validation.date").nullable() })),
});
export type MediatorInput = z.infer<typeof MediatorInput>;

export const TimesheetInput = z.object({
  actualMinutes: int(1, 720),
  travelKm: decimal("validation.number", { min: 0, max: 500 }).transform((n) => n ?? 0),
  travelMinutes: int(0, 600).default(0),
});

export const AbsenceInput = z
  .object({ from: z.string().trim().refine(isDate, "validation.date"), to: z.string().trim().refine(isDate, "validation.date") })
  .refine((a) => a.to >= a.from, { path: ["to"], message: "validation.dateOrder" });
