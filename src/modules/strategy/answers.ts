/**
 * A respondent's form page (one area of the questionnaire) ↔ stored answers,
 * without I/O. Field names: `q.<question key>`; "don't know" is the value
 * `_dk` (a radio of its own for scale and single choice, a checkbox for the
 * others). Unanswered optional questions simply have no answer.
 */
import { parseNumber } from "../../core/numbers.ts";
import type { FieldError } from "../../core/errors.ts";
import type { FormValues } from "../../web/form.tsx";
import type { Area, Question } from "./model.ts";
import type { Answer, Answers } from "./scoring.ts";

export const DONT_KNOW = "_dk";
export const fieldOf = (q: Question) => `q.${q.key}`;

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === null || v === "" ? [] : [String(v)]);
const one = (v: unknown): string => list(v)[0]?.trim() ?? "";

/**
 * The answers of one area from its form. `strict` (continue, submit) also
 * reports required questions left open; saving for later does not.
 */
export function parseAreaForm(area: Area, body: Record<string, unknown>, strict: boolean): { answers: Answers; errors: FieldError[] } {
  const answers: Answers = {};
  const errors: FieldError[] = [];
  for (const q of area.questions) {
    const field = fieldOf(q);
    const raw = list(body[field]);
    const dontKnow = q.dontKnow && (raw.includes(DONT_KNOW) || list(body[`${field}.dk`]).includes(DONT_KNOW));
    let answer: Answer | undefined;
    let bad = false;
    if (dontKnow) answer = { dontKnow: true };
    else {
      switch (q.type) {
        case "scale": {
          const v = one(raw);
          if (v === "") break;
          const point = Number(v);
          if (Number.isInteger(point) && point >= 1 && point <= (q.scale?.points ?? 0)) answer = { point };
          else bad = true;
          break;
        }
        case "single": {
          const v = one(raw);
          if (v === "") break;
          if (q.options?.some((o) => o.key === v)) answer = { option: v };
          else bad = true;
          break;
        }
        case "multiple": {
          const chosen = raw.filter((v) => v !== DONT_KNOW);
          if (chosen.length === 0) break;
          if (chosen.every((v) => q.options?.some((o) => o.key === v))) answer = { options: [...new Set(chosen)] };
          else bad = true;
          break;
        }
        case "number": {
          const v = one(raw);
          if (v === "") break;
          const n = parseNumber(v);
          if (n === null) {
            errors.push({ field, key: "strategy.validation.number" });
            continue;
          }
          const { min, max } = q.number ?? {};
          if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
            const key = min !== undefined && max !== undefined ? "strategy.validation.numberRange" : min !== undefined ? "strategy.validation.numberMin" : "strategy.validation.numberMax";
            errors.push({ field, key, values: { min: min ?? 0, max: max ?? 0 } });
            continue;
          }
          answer = { number: n };
          break;
        }
        case "text": {
          const v = one(raw).slice(0, 4000);
          if (v !== "") answer = { text: v };
          break;
        }
      }
    }
    if (bad) errors.push({ field, key: "validation.choice" });
    else if (answer) answers[q.key] = answer;
    else if (strict && q.required) errors.push({ field, key: "strategy.validation.answerRequired" });
  }
  return { answers, errors };
}

/** Stored answers as the form shows them again. */
export function formValuesOf(area: Area, answers: Answers): FormValues {
  const values: FormValues = {};
  for (const q of area.questions) {
    const a = answers[q.key];
    const field = fieldOf(q);
    if (!a) continue;
    if ("dontKnow" in a) {
      if (q.type === "scale" || q.type === "single") values[field] = DONT_KNOW;
      else values[`${field}.dk`] = DONT_KNOW;
    } else if ("point" in a) values[field] = String(a.point);
    else if ("option" in a) values[field] = a.option;
    else if ("options" in a) values[field] = a.options;
    else if ("number" in a) values[field] = String(a.number);
    else values[field] = a.text;
  }
  return values;
}

/** The form's raw values, for showing a page again after an error with everything kept. */
export function rawValuesOf(area: Area, body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const q of area.questions) {
    const field = fieldOf(q);
    for (const name of [field, `${field}.dk`]) {
      const v = list(body[name]);
      if (v.length) values[name] = q.type === "multiple" && name === field ? v : v[0];
    }
  }
  return values;
}
