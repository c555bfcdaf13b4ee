/**
 * Scores of a questionnaire, without I/O: a question's answer → 0…1, an area's
 * answers → 0…100, a round's responses → per area and group the mean, spread
 * and number of answers, the band of suggestions, and the change since an
 * earlier round.
 *
 * Rules (written on the results page too):
 * - scale with p points: point v counts (v − 1) / (p − 1);
 * - single choice: the option's score / 100; an option without a score, like
 *   "don't know", leaves the question out;
 * - multiple choice: the scores of the chosen options added up, at most 100,
 *   so "which of these do you have" grows with every item; only unscored
 *   options chosen → left out;
 * - numbers and free text are never scored (weight 0 by definition);
 * - "don't know" and unanswered questions are left out of the area, not
 *   counted as zero: an area score is the weighted mean of what was answered,
 *   and null when nothing scored was answered;
 * - a round's figure for an area is the mean over the responses that have a
 *   score there (each response counts once), with the standard deviation
 *   (sample) and the range as the spread.
 */
import { z } from "zod";
import { MIN_GROUP_ANSWERS, type Area, type Definition, type Question, type RespondentGroup } from "./model.ts";

/** One stored answer: a scale point, one option, several options, a number, a text, or "don't know". */
export const Answer = z.union([
  z.object({ point: z.number().int() }),
  z.object({ option: z.string() }),
  z.object({ options: z.array(z.string()) }),
  z.object({ number: z.number() }),
  z.object({ text: z.string() }),
  z.object({ dontKnow: z.literal(true) }),
]);
export type Answer = z.infer<typeof Answer>;
export const Answers = z.record(z.string(), Answer);
export type Answers = z.infer<typeof Answers>;

/** 0…1, or null when the answer does not count (unscored question, no answer, "don't know", an unknown option). */
export function questionScore(q: Question, a: Answer | undefined): number | null {
  if (!a || "dontKnow" in a || q.weight <= 0) return null;
  switch (q.type) {
    case "scale": {
      if (!("point" in a) || !q.scale) return null;
      const { points } = q.scale;
      return a.point >= 1 && a.point <= points ? (a.point - 1) / (points - 1) : null;
    }
    case "single": {
      if (!("option" in a)) return null;
      const score = q.options?.find((o) => o.key === a.option)?.score;
      return score === undefined || score === null ? null : score / 100;
    }
    case "multiple": {
      if (!("options" in a)) return null;
      const scores = a.options.map((k) => q.options?.find((o) => o.key === k)?.score).filter((s): s is number => typeof s === "number");
      return scores.length === 0 ? null : Math.min(100, scores.reduce((x, y) => x + y, 0)) / 100;
    }
    default:
      return null;
  }
}

/** The area's score 0…100 (weighted mean of the scored answers), or null. */
export function areaScore(area: Area, answers: Answers): number | null {
  let sum = 0;
  let weights = 0;
  for (const q of area.questions) {
    const s = questionScore(q, answers[q.key]);
    if (s === null) continue;
    sum += q.weight * s;
    weights += q.weight;
  }
  return weights === 0 ? null : (100 * sum) / weights;
}

export function responseScores(def: Definition, answers: Answers): Record<string, number | null> {
  return Object.fromEntries(def.areas.map((a) => [a.key, areaScore(a, answers)]));
}

export interface Stats {
  n: number;
  mean: number | null;
  /** Sample standard deviation; 0 for a single value. */
  sd: number | null;
  min: number | null;
  max: number | null;
}

export function stats(values: readonly number[]): Stats {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null, min: null, max: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n === 1 ? 0 : Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  return { n, mean, sd, min: Math.min(...values), max: Math.max(...values) };
}

/** A group's figure, or how many answers there are when they are too few to show without exposing a person. */
export type GroupStats = Stats | { suppressed: true; n: number };

export interface AreaResult {
  key: string;
  overall: Stats;
  byGroup: Partial<Record<RespondentGroup, GroupStats>>;
}

export interface RoundResult {
  /** Responses taken into account (submitted ones). */
  responses: number;
  areas: AreaResult[];
}

export interface ScoredResponse {
  group: RespondentGroup;
  answers: Answers;
}

export function roundResult(def: Definition, responses: readonly ScoredResponse[], minGroup = MIN_GROUP_ANSWERS): RoundResult {
  const scored = responses.map((r) => ({ group: r.group, scores: responseScores(def, r.answers) }));
  const groups = [...new Set(scored.map((r) => r.group))];
  return {
    responses: responses.length,
    areas: def.areas.map((a) => {
      const values = (list: typeof scored) => list.map((r) => r.scores[a.key]).filter((v): v is number => v !== null && v !== undefined);
      const byGroup: AreaResult["byGroup"] = {};
      for (const g of groups) {
        const v = values(scored.filter((r) => r.group === g));
        byGroup[g] = v.length >= minGroup ? stats(v) : { suppressed: true, n: v.length };
      }
      return { key: a.key, overall: stats(values(scored)), byGroup };
    }),
  };
}

/** The band of suggestions an area's score falls into (bands ascend by upTo; the last reaches 100). */
export function bandOf<B extends { upTo: number }>(bands: readonly B[], score: number | null): B | undefined {
  if (score === null) return undefined;
  return bands.find((b) => score <= b.upTo) ?? bands.at(-1);
}

/** Change of each area's mean since an earlier round; areas are matched by key, so a reworded questionnaire still compares. */
export function compareRounds(current: RoundResult, previous: RoundResult): Record<string, number | null> {
  const before = new Map(previous.areas.map((a) => [a.key, a.overall.mean]));
  return Object.fromEntries(
    current.areas.map((a) => {
      const b = before.get(a.key);
      return [a.key, a.overall.mean === null || b === null || b === undefined ? null : a.overall.mean - b];
    }),
  );
}

/** Which questions of an area are answered (a "don't know" is an answer), for the progress shown to the respondent. */
export function answeredCount(area: Area, answers: Answers): number {
  return area.questions.filter((q) => answers[q.key] !== undefined).length;
}
