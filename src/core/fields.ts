/** zod building blocks for form fields, shared by the modules' input schemas. Messages are i18n keys. */
import { z } from "zod";
import { parseNumber } from "./numbers.ts";

/** Trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max);

/** Trimmed text; empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);

/**
 * A number as typed on the page, in its language (core/numbers.ts: "12.500,50", "15,000", "۱۲٫۵");
 * empty is null. Unreadable or outside `range`: the message `message`. A field that may be left out
 * of the body altogether: `z.string().default("").pipe(decimal(…))`.
 */
export const decimal = (message = "validation.number", range: { min?: number; max?: number } = {}) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (s === "") return null;
      const n = parseNumber(s);
      if (n === null || (range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date as YYYY-MM-DD (what `<input type="date">` sends) that exists: Date.parse takes
 * "2026-02-30" for the 2nd of March, so the date must come back as written.
 */
export const isDate = (s: string) => {
  const ms = DATE.test(s) ? Date.parse(`${s}T00:00:00Z`) : NaN;
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === s;
};

/** An HTML checkbox: present ("on") or absent (or empty); JSON may send a boolean. */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("1"), z.literal(""), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true" || v === "1");
