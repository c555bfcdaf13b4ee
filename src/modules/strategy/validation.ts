/** The strategy module's input, one zod schema per form and API body; messages are i18n keys. */
import { z } from "zod";
import { checkbox, decimal, isDate, text } from "../../core/fields.ts";
import { LOCALES } from "../../core/i18n.ts";
import { TOPICS } from "../directory/model.ts";
import { parseNumber } from "../../core/numbers.ts";
import { MEASURE_STATUSES, QUESTION_TYPES, RESPONDENT_GROUPS } from "./model.ts";

const lines = (s: string) => s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const addIssue = (ctx: z.RefinementCtx, path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });

/** A number as people type it, in the page's language ("12.500,50" in German); empty is null. */
const optionalNumber = z.string().default("").pipe(decimal("strategy.validation.number"));

const optionalDate = z
  .string()
  .trim()
  .default("")
  .refine((s) => s === "" || isDate(s), "validation.date")
  .transform((s) => s || null);

const year = z.coerce.number({ message: "strategy.validation.year" }).int("strategy.validation.year").min(2000, "strategy.validation.year").max(2100, "strategy.validation.year");
const position = z.coerce.number({ error: "validation.number" }).int("validation.number").min(0, "validation.number").max(999, "validation.number").default(0);
const version = z.coerce.number().int().min(1);
const uuid = z.string().regex(/^[0-9a-f-]{36}$/i, "validation.choice");

export const MetaInput = z.object({ title: text(200).min(1), description: text(4000).default(""), version });

const BAND_ROWS = 5;
export const AreaInput = z
  .object({
    title: text(200).min(1),
    intro: text(2000).default(""),
    version,
    ...Object.fromEntries(Array.from({ length: BAND_ROWS }, (_, i) => [[`bandUpTo${i}`, z.string().trim().default("")], [`bandText${i}`, text(2000).default("")]]).flat()),
  })
  .transform((v, ctx) => {
    const raw = v as unknown as Record<string, string>;
    const bands: { upTo: number; text: string }[] = [];
    for (let i = 0; i < BAND_ROWS; i++) {
      const upTo = raw[`bandUpTo${i}`] ?? "";
      const bandText = raw[`bandText${i}`] ?? "";
      if (upTo === "" && bandText === "") continue;
      const n = Number(upTo);
      if (!Number.isInteger(n) || n < 1 || n > 100) addIssue(ctx, `bandUpTo${i}`, "strategy.validation.bandBound");
      else if (bands.length && n <= bands.at(-1)!.upTo) addIssue(ctx, `bandUpTo${i}`, "strategy.validation.bands");
      if (bandText === "") addIssue(ctx, `bandText${i}`, "validation.required");
      bands.push({ upTo: n, text: bandText });
    }
    if (bands.length && bands.at(-1)!.upTo !== 100) addIssue(ctx, `bandUpTo${bands.length - 1}`, "strategy.validation.lastBand");
    return { title: String(v.title), intro: String(v.intro), version: Number(raw.version), bands };
  });
export const AREA_BAND_ROWS = BAND_ROWS;

export const QuestionInput = z
  .object({
    type: z.enum(QUESTION_TYPES),
    text: text(1000).min(1),
    hint: text(1000).default(""),
    required: checkbox,
    dontKnow: checkbox,
    weight: z.string().trim().default("1"),
    scaleLabels: text(4000).default(""),
    options: text(8000).default(""),
    min: optionalNumber,
    max: optionalNumber,
    unit: text(60).default(""),
    version,
  })
  .transform((v, ctx) => {
    const weight = parseNumber(v.weight);
    if (weight === null || weight < 0 || weight > 10) addIssue(ctx, "weight", "strategy.validation.weight");
    const scaleLabels = v.type === "scale" ? lines(v.scaleLabels) : [];
    if (v.type === "scale" && (scaleLabels.length < 2 || scaleLabels.length > 11)) addIssue(ctx, "scaleLabels", "strategy.validation.scaleLabels");
    const options: { label: string; score: number | null }[] = [];
    if (v.type === "single" || v.type === "multiple") {
      for (const line of lines(v.options)) {
        // "label | score": the score after the last bar, optional.
        const bar = line.lastIndexOf("|");
        const label = (bar >= 0 ? line.slice(0, bar) : line).trim();
        const scoreText = bar >= 0 ? line.slice(bar + 1).trim() : "";
        const score = scoreText === "" ? null : parseNumber(scoreText);
        if (!label || (scoreText !== "" && (score === null || score < 0 || score > 100))) {
          addIssue(ctx, "options", "strategy.validation.optionLine");
          continue;
        }
        options.push({ label, score });
      }
      if (options.length < 2) addIssue(ctx, "options", "strategy.validation.options");
    }
    if (v.type === "number" && v.min !== null && v.max !== null && v.max < v.min) addIssue(ctx, "max", "strategy.validation.numberRange");
    return { type: v.type, text: v.text, hint: v.hint, required: v.required, dontKnow: v.dontKnow, weight: weight ?? 1, scaleLabels, options, min: v.min, max: v.max, unit: v.unit, version: v.version };
  });

export const RoundInput = z.object({
  questionnaireId: uuid,
  title: text(200).min(1),
  anonymous: checkbox,
  closesOn: optionalDate,
});

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export const LinksInput = z
  .object({
    group: z.enum(RESPONDENT_GROUPS),
    department: text(200).default(""),
    count: z.string().trim().default("0"),
    people: text(20_000).default(""),
    lang: z.enum(LOCALES).default("de"),
  })
  .transform((v, ctx) => {
    const count = v.count === "" ? 0 : Number(v.count);
    if (!Number.isInteger(count) || count < 0 || count > 500) addIssue(ctx, "count", "strategy.validation.count");
    const people: { name: string; email: string }[] = [];
    for (const line of lines(v.people)) {
      // "Name <address>" or just the address.
      const m = /^(.*?)\s*<([^>]+)>$/.exec(line);
      const email = (m ? m[2]! : line).trim();
      if (!EMAIL.test(email)) {
        addIssue(ctx, "people", "strategy.validation.personLine");
        continue;
      }
      people.push({ name: m ? m[1]!.trim() : "", email });
    }
    if (people.length > 500) addIssue(ctx, "people", "strategy.validation.count");
    if (count === 0 && people.length === 0) addIssue(ctx, "count", "strategy.validation.noLinks");
    return { group: v.group, department: v.department, count: Number.isInteger(count) ? count : 0, people, lang: v.lang };
  });

export const WorkshopInput = z.object({
  roundId: uuid,
  title: text(200).min(1),
  votesPerPerson: z.coerce.number({ message: "strategy.validation.votes" }).int("strategy.validation.votes").min(1, "strategy.validation.votes").max(10, "strategy.validation.votes"),
});

export const ItemInput = z.object({ areaKey: z.string().min(1, "validation.choice").max(60), text: text(500).min(1) });

const ids = z.preprocess((v) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]), z.array(z.string().max(40)).max(200));

export const AdoptInput = z.object({ planId: uuid, items: ids });
export const BallotInput = z.object({ items: ids });

export const PlanInput = z
  .object({ title: text(200).min(1), startsYear: year, endsYear: year, continueFrom: z.string().trim().default("") })
  .refine((v) => v.endsYear >= v.startsYear, { path: ["endsYear"], message: "strategy.validation.period" })
  .transform((v) => ({ title: v.title, startsYear: v.startsYear, endsYear: v.endsYear, continueFrom: /^[0-9a-f-]{36}$/i.test(v.continueFrom) ? v.continueFrom : null }));

export const PlanUpdateInput = z
  .object({ title: text(200).min(1), startsYear: year, endsYear: year, status: z.enum(["draft", "adopted", "archived"]) })
  .refine((v) => v.endsYear >= v.startsYear, { path: ["endsYear"], message: "strategy.validation.period" });

const topics = z.preprocess((v) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]), z.array(z.enum(TOPICS)));

export const FieldInput = z.object({
  title: text(200).min(1),
  description: text(4000).default(""),
  areaKey: z
    .string()
    .trim()
    .max(60)
    .default("")
    .transform((v) => v || null),
  topics,
  position,
});

export const GoalInput = z.object({
  title: text(500).min(1),
  description: text(4000).default(""),
  indicator: text(500).default(""),
  targetValue: optionalNumber,
  targetYear: z
    .string()
    .trim()
    .default("")
    .transform((s, ctx) => {
      if (s === "") return null;
      const n = Number(s);
      if (!Number.isInteger(n) || n < 2000 || n > 2100) {
        ctx.addIssue({ code: "custom", message: "strategy.validation.year" });
        return z.NEVER;
      }
      return n;
    }),
  position,
});

export const MeasureInput = z
  .object({
    title: text(500).min(1),
    description: text(4000).default(""),
    responsible: text(300).default(""),
    partners: text(1000).default(""),
    startsOn: optionalDate,
    endsOn: optionalDate,
    budget: optionalNumber.refine((n) => n === null || n >= 0, "strategy.validation.budget"),
    status: z.enum(MEASURE_STATUSES),
    position,
  })
  // Checked even when other fields are wrong (`when`), so that the period is told in the same round.
  .refine((v) => !isDate(String(v.startsOn)) || !isDate(String(v.endsOn)) || String(v.endsOn) >= String(v.startsOn), {
    path: ["endsOn"],
    message: "strategy.validation.period",
    when: () => true,
  });

export const NoteInput = z.object({ notedOn: z.string().trim().refine(isDate, "validation.date"), text: text(4000).min(1) });

// ---------------------------------------------------------------------------
// Monitoring and the integration report

export const TargetInput = z
  .object({ targetValue: optionalNumber, targetYear: z.string().trim().default("") })
  .transform((v, ctx) => {
    if (v.targetValue === null && v.targetYear === "") return null;
    const year = Number(v.targetYear);
    if (v.targetValue === null) addIssue(ctx, "targetValue", "validation.required");
    if (!Number.isInteger(year) || year < 2000 || year > 2100) addIssue(ctx, "targetYear", "strategy.validation.year");
    return { value: v.targetValue ?? 0, year };
  });

export const ValueInput = z.object({
  year: year,
  value: optionalNumber.refine((n) => n !== null, "validation.required").transform((n) => n as number),
  unit: text(60).default(""),
  breakdown: text(200).default(""),
  source: text(500).min(1),
}).transform((v, ctx) => {
  // "Geschlecht=weiblich; Kategorie=…": a breakdown of the figure, or empty for the total.
  const breakdown: Record<string, string> = {};
  for (const part of v.breakdown.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq <= 0 || eq === part.length - 1) {
      addIssue(ctx, "breakdown", "strategy.validation.breakdown");
      continue;
    }
    breakdown[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return { year: v.year, value: v.value, unit: v.unit, source: v.source, breakdown };
});

export const IndicatorInput = z.object({
  key: z.string().trim().regex(/^[0-9a-z]+(-[0-9a-z]+)*$/i, "strategy.validation.indicatorKeyFormat").max(40),
  name: text(300).min(1),
  definition: text(4000).default(""),
  calculation: text(4000).default(""),
  source: text(1000).default(""),
  sourceUrl: z
    .string()
    .trim()
    .max(500)
    .default("")
    .refine((s) => s === "" || /^https?:\/\/\S+$/.test(s), "validation.url")
    .transform((s) => s || null),
  unit: text(60).default(""),
  direction: z.enum(["up", "down", "none"]),
  decimals: z
    .string()
    .trim()
    .default("")
    .refine((s) => s === "" || /^[0-6]$/.test(s), "strategy.validation.decimals")
    .transform((s) => (s === "" ? null : Number(s))),
});

export const ReportInput = z.object({
  title: text(200).min(1),
  summary: text(20_000).default(""),
  recommendations: text(20_000).default(""),
  indicatorKeys: z.preprocess((v) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]), z.array(z.string().max(40)).max(500)),
});

export const NewReportInput = z.object({ year: year });
