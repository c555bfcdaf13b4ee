/**
 * Office hours as text: the CSV columns ("Mo 09:00-12:00, 14:00-16:00; Di …",
 * "2026-12-24 geschlossen; 2026-09-26 10:00-14:00 Interkulturelle Woche"),
 * the back-office form fields, and localized lines for pages and the PDF.
 */
import type { FieldError } from "../../core/errors.ts";
import type { Locale } from "../../core/i18n.ts";
import type { ExceptionDay, WeeklySlot } from "./model.ts";
import { formatMinutes, mergeStoredWeekly, normaliseWeekly, parseTime } from "./opening-hours.ts";
import { dateFormat } from "../../core/i18n.ts";

export const CSV_DAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"] as const;
export const SLOTS_PER_DAY = 3;

const range = (s: { opens: number; closes: number }) => `${formatMinutes(s.opens)}-${formatMinutes(s.closes)}`;

export function weeklyToText(stored: WeeklySlot[]): string {
  const merged = mergeStoredWeekly(stored);
  return CSV_DAYS.map((d, i) => {
    const slots = merged.filter((s) => s.weekday === i + 1).sort((a, b) => a.opens - b.opens);
    return slots.length ? `${d} ${slots.map(range).join(", ")}` : "";
  })
    .filter(Boolean)
    .join("; ");
}

export function exceptionsToText(ex: ExceptionDay[]): string {
  return ex
    .map((e) => [e.day, e.opens === null || e.closes === null ? "geschlossen" : range({ opens: e.opens, closes: e.closes }), e.note ?? ""].filter(Boolean).join(" "))
    .join("; ");
}

/** Parses the CSV form; errors carry the i18n key and the offending part. */
export function weeklyFromText(text: string): { weekly: WeeklySlot[]; error?: string } {
  const weekly: WeeklySlot[] = [];
  for (const part of text.split(";").map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z]{2})\s+(.+)$/.exec(part);
    const day = m ? CSV_DAYS.findIndex((d) => d.toLowerCase() === m[1]!.toLowerCase()) + 1 : 0;
    if (!m || day === 0) return { weekly, error: part };
    for (const r of m[2]!.split(",").map((x) => x.trim())) {
      const [a, b] = r.split(/\s*[-–]\s*/);
      const opens = parseTime(a ?? "");
      const closes = parseTime(b ?? "");
      if (opens === null || closes === null) return { weekly, error: part };
      weekly.push({ weekday: day, opens, closes });
    }
  }
  return { weekly };
}

export function exceptionsFromText(text: string): { exceptions: ExceptionDay[]; error?: string } {
  const exceptions: ExceptionDay[] = [];
  for (const part of text.split(";").map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d{4}-\d{2}-\d{2})\s+(geschlossen|closed|(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2}))\s*(.*)$/i.exec(part);
    if (!m || !isValidDate(m[1]!)) return { exceptions, error: part };
    if (m[3]) {
      const opens = parseTime(m[3]);
      const closes = parseTime(m[4]!);
      if (opens === null || closes === null || closes <= opens) return { exceptions, error: part };
      exceptions.push({ day: m[1]!, opens, closes, note: m[5] ?? "" });
    } else {
      exceptions.push({ day: m[1]!, opens: null, closes: null, note: m[5] ?? "" });
    }
  }
  return { exceptions };
}

/** A day as typed in the form: 24.12.2026 or 2026-12-24; ISO form or null. */
export function parseDay(s: string): string | null {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s.trim());
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}` : s.trim();
  return isValidDate(iso) ? iso : null;
}

export function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Problems of a list of exception days (API and CSV): bad dates, duplicates, one-sided or reversed hours. */
export function exceptionErrors(list: ExceptionDay[]): { index: number; key: string }[] {
  const errors: { index: number; key: string }[] = [];
  const seen = new Set<string>();
  list.forEach((e, index) => {
    if (!isValidDate(e.day)) errors.push({ index, key: "validation.date" });
    else if (seen.has(e.day)) errors.push({ index, key: "validation.duplicateDate" });
    seen.add(e.day);
    if ((e.opens === null) !== (e.closes === null)) errors.push({ index, key: "validation.time" });
    else if (e.opens !== null && e.closes !== null && e.closes <= e.opens) errors.push({ index, key: "validation.closesAfterOpens" });
  });
  return errors;
}

type Body = Record<string, unknown>;
const field = (body: Body, name: string) => (typeof body[name] === "string" ? (body[name] as string).trim() : "");

/** How many exception rows a submitted form had (rows ex0_… to exN_…). */
export function exceptionRowsIn(body: Body): number {
  let rows = 0;
  for (const k of Object.keys(body)) {
    const m = /^ex(\d+)_day$/.exec(k);
    if (m) rows = Math.max(rows, Number(m[1]) + 1);
  }
  return Math.min(rows, 200);
}

/** Weekly slots and exception days from the back-office form, with errors at the exact field. */
export function hoursFromForm(body: Body): { weekly: WeeklySlot[]; exceptions: ExceptionDay[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const entered: { slot: WeeklySlot; field: string }[] = [];
  for (let day = 1; day <= 7; day++) {
    for (let n = 0; n < SLOTS_PER_DAY; n++) {
      const o = field(body, `h${day}_${n}_opens`);
      const c = field(body, `h${day}_${n}_closes`);
      if (!o && !c) continue;
      const opens = parseTime(o);
      const closes = parseTime(c);
      if (opens === null) errors.push({ field: `h${day}_${n}_opens`, key: "validation.time" });
      if (closes === null) errors.push({ field: `h${day}_${n}_closes`, key: "validation.time" });
      if (opens !== null && closes !== null) entered.push({ slot: { weekday: day, opens, closes }, field: `h${day}_${n}_opens` });
    }
  }
  const { stored, errors: slotErrors } = normaliseWeekly(entered.map((e) => e.slot));
  for (const e of slotErrors) errors.push({ field: entered[e.index]?.field ?? "hours", key: e.key });

  const exceptions: ExceptionDay[] = [];
  const days = new Set<string>();
  for (let n = 0; n < exceptionRowsIn(body); n++) {
    const typed = field(body, `ex${n}_day`);
    const o = field(body, `ex${n}_opens`);
    const c = field(body, `ex${n}_closes`);
    const note = field(body, `ex${n}_note`).slice(0, 200);
    if (!typed && !o && !c && !note) continue;
    const day = parseDay(typed);
    if (!day) {
      errors.push({ field: `ex${n}_day`, key: "validation.date" });
      continue;
    }
    if (days.has(day)) {
      errors.push({ field: `ex${n}_day`, key: "validation.duplicateDate" });
      continue;
    }
    days.add(day);
    if (!o && !c) {
      exceptions.push({ day, opens: null, closes: null, note });
      continue;
    }
    const opens = parseTime(o);
    const closes = parseTime(c);
    if (opens === null) errors.push({ field: `ex${n}_opens`, key: "validation.time" });
    if (closes === null) errors.push({ field: `ex${n}_closes`, key: "validation.time" });
    if (opens !== null && closes !== null) {
      if (closes <= opens) errors.push({ field: `ex${n}_closes`, key: "validation.closesAfterOpens" });
      else exceptions.push({ day, opens, closes, note });
    }
  }
  return { weekly: stored, exceptions, errors };
}

/** Form values for editing: stored slots merged back, each day's slots in fields h{day}_{n}_opens/closes. */
export function hoursToForm(stored: WeeklySlot[], exceptions: ExceptionDay[]): Record<string, string> {
  const values: Record<string, string> = {};
  const merged = mergeStoredWeekly(stored);
  for (let day = 1; day <= 7; day++) {
    merged
      .filter((s) => s.weekday === day)
      .sort((a, b) => a.opens - b.opens)
      .slice(0, SLOTS_PER_DAY)
      .forEach((s, n) => {
        values[`h${day}_${n}_opens`] = formatMinutes(s.opens);
        values[`h${day}_${n}_closes`] = formatMinutes(s.closes);
      });
  }
  exceptions.forEach((e, n) => {
    values[`ex${n}_day`] = e.day.split("-").reverse().join(".");
    values[`ex${n}_opens`] = e.opens === null ? "" : formatMinutes(e.opens);
    values[`ex${n}_closes`] = e.closes === null ? "" : formatMinutes(e.closes);
    values[`ex${n}_note`] = e.note ?? "";
  });
  return values;
}

const weekdayNames = new Map<string, string[]>();
/** Weekday names in the reader's language, Monday first. */
export function weekdays(lang: Locale, width: "short" | "long" = "long"): string[] {
  const id = `${lang}|${width}`;
  let names = weekdayNames.get(id);
  if (!names) {
    const f = dateFormat(lang, { weekday: width, timeZone: "UTC" });
    // 2024-01-01 was a Monday.
    names = Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2024, 0, 1 + i))));
    weekdayNames.set(id, names);
  }
  return names;
}

/** "Montag: 09:00–12:00, 14:00–16:00" lines, in the reader's language. */
export function weeklyLines(stored: WeeklySlot[], lang: Locale, width: "short" | "long" = "short"): string[] {
  const merged = mergeStoredWeekly(stored);
  const names = weekdays(lang, width);
  const lines: string[] = [];
  for (let day = 1; day <= 7; day++) {
    const slots = merged.filter((s) => s.weekday === day).sort((a, b) => a.opens - b.opens);
    if (slots.length) lines.push(`${names[day - 1]} ${slots.map((s) => `${formatMinutes(s.opens)}–${formatMinutes(s.closes)}`).join(", ")}`);
  }
  return lines;
}
