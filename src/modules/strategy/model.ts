/**
 * The vocabulary of the strategy module: questionnaires (Selbstcheck and
 * needs analysis), respondent groups, the Handlungskonzept's statuses.
 *
 * A questionnaire is one JSON definition (areas → questions, with the score
 * bands of each area), validated by {@link Definition}. A round keeps a frozen
 * copy of the definition it was opened with, so later edits never change
 * what earlier answers meant. Texts carry their translations with the hash of
 * the German they were made from (as content_translation does for records),
 * so each has a state: current, outdated or missing.
 */
import { z } from "zod";
import { LOCALES, type Locale } from "../../core/i18n.ts";
import { localized, sourceHash, type TranslationState } from "../../core/translations.ts";

export const QUESTIONNAIRE_KINDS = ["selfcheck", "needs"] as const;
export type QuestionnaireKind = (typeof QUESTIONNAIRE_KINDS)[number];

export const QUESTION_TYPES = ["scale", "single", "multiple", "number", "text"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Who answers a round; labels `strategy.group.<key>`. */
export const RESPONDENT_GROUPS = ["administration", "politics", "civil_society", "economy"] as const;
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];

export const ROUND_STATUSES = ["draft", "open", "closed"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const MEASURE_STATUSES = ["idea", "planned", "in_progress", "done", "dropped"] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Fewer answers than this in a group are not shown as a figure of their own: one person's answers must not be readable. */
export const MIN_GROUP_ANSWERS = 3;

const KEY = /^[a-z0-9][a-z0-9_-]{0,59}$/;
const Key = z.string().regex(KEY, "validation.format");

const TranslationEntry = z.object({ text: z.string().max(4000), sourceHash: z.string().max(64) });
/** A text in German with its translations. */
export const LocalText = z.object({
  de: z.string().max(4000),
  tr: z.partialRecord(z.enum(LOCALES), TranslationEntry).default({}),
});
export type LocalText = z.infer<typeof LocalText>;

const Option = z.object({
  key: Key,
  label: LocalText,
  /** 0–100, or null for an option that says nothing about the score. */
  score: z.number().min(0).max(100).nullable(),
});

export const Question = z
  .object({
    key: Key,
    type: z.enum(QUESTION_TYPES),
    text: LocalText,
    hint: LocalText.optional(),
    required: z.boolean().default(false),
    /** Offer "don't know" (counted as no answer in the score). */
    dontKnow: z.boolean().default(true),
    /** Weight in the area's score; 0 (and every number or text question) does not count. */
    weight: z.number().min(0).max(10).default(1),
    scale: z.object({ points: z.number().int().min(2).max(11), labels: z.array(LocalText) }).optional(),
    options: z.array(Option).optional(),
    number: z.object({ min: z.number().optional(), max: z.number().optional(), unit: LocalText.optional() }).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.type === "scale" && (!q.scale || q.scale.labels.length !== q.scale.points)) ctx.addIssue({ code: "custom", path: ["scale"], message: "strategy.validation.scaleLabels" });
    if ((q.type === "single" || q.type === "multiple") && (!q.options || q.options.length < 2)) ctx.addIssue({ code: "custom", path: ["options"], message: "strategy.validation.options" });
    if (q.options && new Set(q.options.map((o) => o.key)).size !== q.options.length) ctx.addIssue({ code: "custom", path: ["options"], message: "strategy.validation.duplicateKey" });
  });
export type Question = z.infer<typeof Question>;

/** Suggestions for an area whose score is at most `upTo` (and above the band before). */
const Band = z.object({ upTo: z.number().min(0).max(100), text: LocalText });

export const Area = z.object({
  key: Key,
  title: LocalText,
  intro: LocalText.optional(),
  questions: z.array(Question),
  /** Ascending by upTo; the last one reaches 100. */
  bands: z.array(Band),
});
export type Area = z.infer<typeof Area>;

export const Definition = z
  .object({ areas: z.array(Area).min(1) })
  .superRefine((d, ctx) => {
    const areaKeys = d.areas.map((a) => a.key);
    if (new Set(areaKeys).size !== areaKeys.length) ctx.addIssue({ code: "custom", path: ["areas"], message: "strategy.validation.duplicateKey" });
    const questionKeys = d.areas.flatMap((a) => a.questions.map((q) => q.key));
    if (new Set(questionKeys).size !== questionKeys.length) ctx.addIssue({ code: "custom", path: ["areas"], message: "strategy.validation.duplicateKey" });
    d.areas.forEach((a, i) => {
      const ups = a.bands.map((b) => b.upTo);
      if (ups.some((u, j) => j > 0 && u <= ups[j - 1]!) || (ups.length > 0 && ups.at(-1) !== 100)) ctx.addIssue({ code: "custom", path: ["areas", i, "bands"], message: "strategy.validation.bands" });
    });
  });
export type Definition = z.infer<typeof Definition>;

/** A text in the reader's language: the translation if there is one (also when outdated), else German, with its state. */
export function textIn(t: LocalText | undefined, lang: Locale): { text: string; state: TranslationState } {
  return localized(t?.de ?? "", t?.tr[lang], lang);
}

// ---------------------------------------------------------------------------
// Templates as written in the source (templates.ts): every text in all seven
// languages, turned into a Definition with current translations by fromSource().

export type SourceText = Record<Locale, string>;

export interface SourceQuestion {
  key: string;
  type: QuestionType;
  text: SourceText;
  hint?: SourceText;
  required?: boolean;
  dontKnow?: boolean;
  weight?: number;
  scale?: { points: number; labels: SourceText[] };
  options?: { key: string; label: SourceText; score: number | null }[];
  number?: { min?: number; max?: number; unit?: SourceText };
}

export interface SourceArea {
  key: string;
  title: SourceText;
  intro?: SourceText;
  questions: SourceQuestion[];
  bands: { upTo: number; text: SourceText }[];
}

export interface TemplateSource {
  /** Stable name of the template, e.g. "selfcheck-weltoffen". */
  key: string;
  kind: QuestionnaireKind;
  title: SourceText;
  description: SourceText;
  areas: SourceArea[];
}

/** A text of a template with every translation current. */
export function localText(s: SourceText): LocalText {
  const hash = sourceHash(s.de);
  const tr: LocalText["tr"] = {};
  for (const lang of LOCALES) if (lang !== "de" && s[lang]) tr[lang] = { text: s[lang], sourceHash: hash };
  return { de: s.de, tr };
}

export function fromSource(source: TemplateSource): Definition {
  const opt = <T, U>(v: T | undefined, f: (v: T) => U) => (v === undefined ? undefined : f(v));
  return Definition.parse({
    areas: source.areas.map((a) => ({
      key: a.key,
      title: localText(a.title),
      intro: opt(a.intro, localText),
      bands: a.bands.map((b) => ({ upTo: b.upTo, text: localText(b.text) })),
      questions: a.questions.map((q) => ({
        key: q.key,
        type: q.type,
        text: localText(q.text),
        hint: opt(q.hint, localText),
        required: q.required ?? false,
        dontKnow: q.dontKnow ?? true,
        weight: q.weight ?? 1,
        scale: opt(q.scale, (s) => ({ points: s.points, labels: s.labels.map(localText) })),
        options: opt(q.options, (os) => os.map((o) => ({ key: o.key, label: localText(o.label), score: o.score }))),
        number: opt(q.number, (n) => ({ min: n.min, max: n.max, unit: opt(n.unit, localText) })),
      })),
    })),
  });
}
