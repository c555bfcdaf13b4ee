/**
 * Valid input of the events module: the event form, the registration form,
 * the change of one occurrence. Messages are i18n keys. Forms and the demo
 * data go through these schemas.
 */
import { z } from "zod";
import { checkbox, isDate, optionalText, text } from "../../core/fields.ts";
import { languageCode } from "../../core/languages.ts";
import { addDays, instantOf, parseClock } from "../../core/time.ts";
import { TARGET_GROUPS } from "../../core/target-groups.ts";
import { CATEGORIES, DEFAULT_TIME_ZONE, QUESTIONS, REPEATS, SELF_BACKGROUNDS, SELF_GENDERS } from "./model.ts";
import { rruleOf, rruleProblem } from "./recurrence.ts";

const many = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values, { error: "validation.choice" }), z.array(z.enum(values, { error: "validation.choice" }))])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));
const optionalInt = (min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: "validation.number" });
        return z.NEVER;
      }
      return n;
    });
const url = z
  .string()
  .trim()
  .max(500)
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), "validation.url");

/** ISO 639 codes, ticked (one value each) or typed comma- or space-separated ("de, ar, fa"), or both. */
const languageList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v.join(",") : (v ?? "")).trim())
  .pipe(z.string().max(400))
  .transform((v, ctx) => {
    const codes = v.split(/[\s,;]+/).filter(Boolean).map((c) => c.toLowerCase());
    for (const c of codes) {
      if (!languageCode.safeParse(c).success) {
        ctx.addIssue({ code: "custom", message: "validation.language" });
        return z.NEVER;
      }
    }
    return [...new Set(codes)];
  });

/** The first occurrence's start and end from the form's date and time fields, or null while one of them cannot be read. */
function spanOf(v: { allDay: boolean; startDate: string; endDate: string; startTime: string; endTime: string }): { startsAt: Date; endsAt: Date } | null {
  const endDate = v.endDate || v.startDate;
  if (!isDate(v.startDate) || !isDate(endDate)) return null;
  if (v.allDay) return { startsAt: instantOf(v.startDate, 0, DEFAULT_TIME_ZONE), endsAt: instantOf(addDays(endDate, 1), 0, DEFAULT_TIME_ZONE) };
  const start = parseClock(v.startTime);
  const end = parseClock(v.endTime);
  if (start === null || end === null) return null;
  return { startsAt: instantOf(v.startDate, start, DEFAULT_TIME_ZONE), endsAt: instantOf(endDate, end, DEFAULT_TIME_ZONE) };
}

/** The event form of the back office. Dates and times are the event's local wall clock. */
export const EventInput = z
  .object({
    title: text(200).min(1),
    description: text(10_000).default(""),
    programmeId: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || z.uuid().safeParse(v).success, "validation.choice"),
    startDate: z.string().trim().default(""),
    startTime: z.string().trim().default(""),
    endDate: z.string().trim().default(""),
    endTime: z.string().trim().default(""),
    allDay: checkbox,
    repeat: z.enum(REPEATS, { error: "validation.choice" }).default("none"),
    until: z.string().trim().default(""),
    count: optionalInt(1, 500),
    rrule: text(300).default(""),
    /** Local dates taken out of the series, one per line or separated by commas. */
    exceptions: text(2000).default(""),
    placeId: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || /^[0-9a-f-]{36}$/i.test(v), "validation.choice"),
    venue: optionalText(200),
    street: optionalText(200),
    postcode: optionalText(10),
    city: optionalText(100),
    onlineUrl: url,
    organiser: text(200).min(1),
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .max(320)
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || z.email().safeParse(v).success, "validation.email"),
    categories: many(CATEGORIES),
    targetGroups: many(TARGET_GROUPS),
    languages: languageList,
    accessibility: text(2000).default(""),
    cost: text(200).default(""),
    imageUrl: url,
    imageAlt: text(300).default(""),
    interest: checkbox,
    capacity: optionalInt(1, 100_000),
    questions: many(QUESTIONS),
    retentionDays: optionalInt(1, 730),
  })
  .superRefine((v, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!isDate(v.startDate)) add("startDate", v.startDate ? "validation.date" : "validation.required");
    if (v.endDate && !isDate(v.endDate)) add("endDate", "validation.date");
    if (!v.allDay) {
      if (parseClock(v.startTime) === null) add("startTime", v.startTime ? "validation.time" : "validation.required");
      if (parseClock(v.endTime) === null) add("endTime", v.endTime ? "validation.time" : "validation.required");
    }
    if (!v.placeId && !v.venue && !v.city && !v.onlineUrl) add("venue", "events.validation.place");
    if (v.imageUrl && !v.imageAlt) add("imageAlt", "events.validation.imageAlt");
    if (v.interest && v.capacity) add("capacity", "events.validation.interestOrCapacity");
    if (v.interest && v.repeat !== "none") add("interest", "events.validation.interestSingle");
    if (v.until && !isDate(v.until)) add("until", "validation.date");
    if (v.until && v.count) add("count", "events.validation.untilOrCount");
    if (v.repeat === "custom" && !v.rrule) add("rrule", "validation.required");
    for (const d of exceptionDates(v.exceptions)) if (!isDate(d)) add("exceptions", "validation.date");
    // The schedule's own checks in the same round, wherever the fields they need are readable: staff
    // should not fix three fields only to be told next that the end lies before the start.
    const span = spanOf(v);
    if (!span) return;
    if (span.endsAt <= span.startsAt) add(v.endDate ? "endDate" : "endTime", "validation.timeOrder");
    if (v.until && isDate(v.until) && v.until < v.startDate) add("until", "validation.dateOrder");
    const count = typeof v.count === "number" ? v.count : null;
    if (v.repeat === "custom" && !v.rrule) return;
    const rrule = rruleOf(v.repeat, span.startsAt, DEFAULT_TIME_ZONE, { until: v.until && isDate(v.until) ? v.until : null, count }, v.rrule);
    const problem = rrule && !(v.until && count) ? rruleProblem(rrule, span.startsAt, DEFAULT_TIME_ZONE) : null;
    if (problem) add(v.repeat === "custom" ? "rrule" : "repeat", problem);
  })
  .transform((v) => {
    // The refinement above found nothing: the fields are readable and in order.
    const timeZone = DEFAULT_TIME_ZONE;
    const { startsAt, endsAt } = spanOf(v)!;
    const rrule = rruleOf(v.repeat, startsAt, timeZone, { until: v.until || null, count: v.count }, v.rrule);
    // An exception is a local date: the series' occurrence on that day at the first start's time.
    const minute = v.allDay ? 0 : parseClock(v.startTime)!;
    const exdates = rrule ? exceptionDates(v.exceptions).map((d) => instantOf(d, minute, timeZone)) : [];
    return {
      title: v.title,
      description: v.description,
      programmeId: v.programmeId,
      startsAt,
      endsAt,
      timeZone,
      allDay: v.allDay,
      rrule,
      exdates,
      placeId: v.placeId,
      venue: v.venue,
      street: v.street,
      postcode: v.postcode,
      city: v.city,
      onlineUrl: v.onlineUrl,
      organiser: v.organiser,
      contactEmail: v.contactEmail,
      categories: v.categories,
      targetGroups: v.targetGroups,
      languages: v.languages,
      accessibility: v.accessibility,
      cost: v.cost,
      imageUrl: v.imageUrl,
      imageAlt: v.imageAlt,
      interest: v.interest,
      capacity: v.interest ? null : v.capacity,
      questions: v.capacity ? v.questions : [],
      retentionDays: v.retentionDays ?? 30,
    };
  });
export type EventInput = z.infer<typeof EventInput>;

/** The dates of the exceptions field, as typed (YYYY-MM-DD, or DD.MM.YYYY turned into it). */
export function exceptionDates(field: string): string[] {
  return field
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((d) => {
      const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(d);
      return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : d;
    });
}

/** Registration of one person for one occurrence. */
export const RegistrationInput = z.object({
  occurrence: z.iso.datetime({ offset: true, error: "validation.choice" }).transform((s) => new Date(s)),
  name: text(120).min(1),
  email: z.string().trim().toLowerCase().min(1).max(320).pipe(z.email()),
  phone: optionalText(40),
  answers: many(QUESTIONS),
  consent: checkbox.refine((v) => v, "events.validation.consent"),
});
export type RegistrationInput = z.infer<typeof RegistrationInput>;

/** Move one occurrence, or cancel it. */
export const OccurrenceInput = z
  .object({
    occurrence: z.iso.datetime({ offset: true, error: "validation.choice" }).transform((s) => new Date(s)),
    action: z.enum(["move", "cancel", "restore"], { error: "validation.choice" }),
    date: z.string().trim().default(""),
    startTime: z.string().trim().default(""),
    endTime: z.string().trim().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.action !== "move") return;
    const add = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!isDate(v.date)) add("date", v.date ? "validation.date" : "validation.required");
    if (parseClock(v.startTime) === null) add("startTime", v.startTime ? "validation.time" : "validation.required");
    if (parseClock(v.endTime) === null) add("endTime", v.endTime ? "validation.time" : "validation.required");
    else if ((parseClock(v.startTime) ?? 0) >= parseClock(v.endTime)!) add("endTime", "validation.timeOrder");
  });
export type OccurrenceInput = z.infer<typeof OccurrenceInput>;

export const CancelEventInput = z.object({ reason: text(1000).min(1, "events.validation.cancelReason") });

export const ProgrammeInput = z
  .object({
    title: text(200).min(1),
    description: text(10_000).default(""),
    startsOn: z.string().trim().default(""),
    endsOn: z.string().trim().default(""),
  })
  .superRefine((v, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.startsOn && !isDate(v.startsOn)) add("startsOn", "validation.date");
    if (v.endsOn && !isDate(v.endsOn)) add("endsOn", "validation.date");
    if (isDate(v.startsOn) && isDate(v.endsOn) && v.endsOn < v.startsOn) add("endsOn", "validation.dateOrder");
  })
  .transform((v) => ({ ...v, startsOn: v.startsOn || null, endsOn: v.endsOn || null }));
export type ProgrammeInput = z.infer<typeof ProgrammeInput>;

/** What the public proposal form asks beyond the event: a mailbox for the review's answer, and consent to it. */
export const SubmissionInput = z.object({
  contactEmail: z.string().trim().toLowerCase().min(1).max(320).pipe(z.email()),
  consent: checkbox.refine((v) => v, "events.validation.submitConsent"),
});

/**
 * An interest sign-up: contact data with consent, and a voluntary
 * self-description that is only counted. Empty choices mean "not said".
 */
export const InterestInput = z.object({
  name: text(120).min(1),
  email: z.string().trim().toLowerCase().min(1).max(320).pipe(z.email()),
  phone: optionalText(40),
  gender: z
    .enum(["", ...SELF_GENDERS], { error: "validation.choice" })
    .optional()
    .transform((v) => v || null),
  background: z
    .enum(["", ...SELF_BACKGROUNDS], { error: "validation.choice" })
    .optional()
    .transform((v) => v || null),
  languages: languageList,
  consent: checkbox.refine((v) => v, "events.validation.consent"),
});
export type InterestInput = z.infer<typeof InterestInput>;

const email = z.string().trim().toLowerCase().min(1).max(320).pipe(z.email());

/** A partner organisation: its name as organiser, and its mailbox for the review's notices. */
export const PartnerInput = z.object({ name: text(200).min(1), contactEmail: email });
export type PartnerInput = z.infer<typeof PartnerInput>;

/** An account of a partner organisation. */
export const PartnerMemberInput = z.object({ email, displayName: text(120).min(1) });
export type PartnerMemberInput = z.infer<typeof PartnerMemberInput>;

/** Staff's translation of an event into one language; empty fields remove it. */
export const EventTranslationInput = z.object({ title: text(200).default(""), description: text(10_000).default("") });

/** Check-in at the door: present or not. */
export const CheckInInput = z.object({ present: z.enum(["yes", "no"], { error: "validation.choice" }).transform((v) => v === "yes") });
