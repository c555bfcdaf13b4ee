/**
 * Office hours of Wegweiser entries: open now?, next opening/closing, the
 * hours of the coming days, and weekly slots as entered vs. as stored.
 * Pure functions; the only outside knowledge is the holiday calendar of
 * date-holidays and the time zone rules behind Intl.
 *
 * Day model (shared with the SQL "open now" filter, see openNowParams):
 *
 * - Whether a local minute is open depends only on the rules of its own local
 *   date: an exception for that date, else a public holiday (closed), else
 *   the weekly slots of its weekday.
 * - The part of an over-midnight slot after 00:00 belongs to the new day. It
 *   is a plain slot [0, closes) there, exactly as the stored (split) form has
 *   it, so a holiday or exception on the new day cuts it off, while a holiday
 *   on the previous day does not: Karfreitag with Thu 22:00–02:00 hours is
 *   closed from 00:00, and with Fri 22:00–02:00 hours Saturday 00:00–02:00 is
 *   open. The split form cannot tell such a tail from an early opening, and
 *   the SQL filter should not have to look at yesterday.
 * - Exceptions are per date as well and never run past midnight (the
 *   editors reject closes <= opens; use 24:00 and a second exception for the
 *   next day). Should such a row exist anyway it opens nothing, as in the SQL
 *   filter (`minute < closes`), so the day is closed.
 * - Slots are half-open [opens, closes): closing at 17:00 means closed at
 *   17:00.
 * - Wall-clock time decides. In the hour that repeats when DST ends
 *   (Europe/Berlin 02:00–03:00 on the last Sunday of October) a slot boundary
 *   inside that hour is therefore passed twice; in the hour that is skipped
 *   in March, a slot starting at 02:30 opens at 03:00.
 */
import Holidays from "date-holidays";
import type { ExceptionDay, OpeningHours, WeeklySlot } from "./model.ts";

export const TIME_ZONE = "Europe/Berlin";

const MINUTES_PER_DAY = 1440;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** How far openState looks for the next opening or closing. */
const LOOKAHEAD_DAYS = 14;

/** Half-open range [start, end) of minutes. */
type Span = readonly [start: number, end: number];

// ---------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01) and ISO dates

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isoDates = new Map<number, string>();

/** Memoised: a result page plans the same fortnight for every entry on it. */
function isoDate(day: number): string {
  let date = isoDates.get(day);
  if (date === undefined) {
    if (isoDates.size >= 4096) isoDates.clear();
    date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoDates.set(day, date);
  }
  return date;
}

/** ISO weekday; day 0 (1970-01-01) was a Thursday. */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function nextWeekday(weekday: number): number {
  return (weekday % 7) + 1;
}

// ---------------------------------------------------------------------------
// Time zone

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  day: number;
  minute: number;
  /** Local minus UTC, in minutes. */
  offset: number;
}

/**
 * Intl's formatToParts is the expensive step here; a page asks for the same
 * instants many times (now, and the same next opening for many offices).
 */
const wallClockCache = new Map<string, WallClock>();

function wallClock(ms: number, timeZone: string): WallClock {
  const key = `${timeZone}|${ms}`;
  let hit = wallClockCache.get(key);
  if (!hit) {
    if (wallClockCache.size >= 512) wallClockCache.clear();
    hit = computeWallClock(ms, timeZone);
    wallClockCache.set(key, hit);
  }
  return hit;
}

function computeWallClock(ms: number, timeZone: string): WallClock {
  let year = 0;
  let month = 0;
  let date = 0;
  let hour = 0;
  let minute = 0;
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    const value = Number(part.value);
    if (part.type === "year") year = value;
    else if (part.type === "month") month = value;
    else if (part.type === "day") date = value;
    else if (part.type === "hour") hour = value % 24; // older ICU says "24" at midnight
    else if (part.type === "minute") minute = value;
  }
  const day = Date.UTC(year, month - 1, date) / MS_PER_DAY;
  const local = hour * 60 + minute;
  return { day, minute: local, offset: day * MINUTES_PER_DAY + local - Math.floor(ms / MS_PER_MINUTE) };
}

function offsetAt(ms: number, timeZone: string): number {
  return wallClock(ms, timeZone).offset;
}

export interface LocalParts {
  /** YYYY-MM-DD */
  date: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  /** 0..1439 */
  minute: number;
}

export function localParts(at: Date, timeZone: string = TIME_ZONE): LocalParts {
  const { day, minute } = wallClock(at.getTime(), timeZone);
  return { date: isoDate(day), weekday: isoWeekday(day), minute };
}

// ---------------------------------------------------------------------------
// Public holidays

const calendars = new Map<string, Holidays>();
const lands = new Map<string, string>();

function landOf(state: string): string {
  let land = lands.get(state);
  if (land === undefined) {
    land = state.toUpperCase().replace(/^DE-/, "");
    lands.set(state, land);
  }
  return land;
}
const holidaysByYear = new Map<string, Map<string, string>>();
let germanStates: Set<string> | undefined;

function calendarFor(land: string): Holidays {
  let calendar = calendars.get(land);
  if (!calendar) {
    germanStates ??= new Set(Object.keys(new Holidays().getStates("DE") ?? {}));
    // date-holidays silently falls back to the nationwide list for an unknown
    // state, which would hide a misconfigured tenant.
    if (!germanStates.has(land)) throw new RangeError(`Unknown German Land: ${land}`);
    calendar = new Holidays("DE", land);
    calendars.set(land, calendar);
  }
  return calendar;
}

export function publicHoliday(date: string, state: string): string | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const key = `${landOf(state)}:${m[1]}`;
  let byDate = holidaysByYear.get(key);
  if (!byDate) {
    byDate = new Map();
    for (const holiday of calendarFor(landOf(state)).getHolidays(Number(m[1]), "de")) {
      const day = holiday.date.slice(0, 10);
      if (holiday.type === "public" && !byDate.has(day)) byDate.set(day, holiday.name);
    }
    holidaysByYear.set(key, byDate);
  }
  return byDate.get(date) ?? null;
}

// ---------------------------------------------------------------------------
// Effective hours per local date

function isMinute(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MINUTES_PER_DAY;
}

function isWeekday(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 7;
}

/** The parts of a slot on its own day and on the next day, empty parts dropped. */
function splitSlot(slot: WeeklySlot): WeeklySlot[] {
  if (slot.closes > slot.opens) return [{ ...slot }];
  const parts: WeeklySlot[] = [];
  if (slot.opens < MINUTES_PER_DAY) parts.push({ weekday: slot.weekday, opens: slot.opens, closes: MINUTES_PER_DAY });
  if (slot.closes > 0) parts.push({ weekday: nextWeekday(slot.weekday), opens: 0, closes: slot.closes });
  return parts;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function exceptionSpan(exception: ExceptionDay): Span | null {
  const { opens, closes } = exception;
  return isMinute(opens) && isMinute(closes) && closes > opens ? [opens, closes] : null;
}

interface CompiledHours {
  /** Index = ISO weekday; merged spans of the split (stored) form. */
  weekly: Span[][];
  hasWeekly: boolean;
  exceptions: Map<string, ExceptionDay[]>;
}

function compile(hours: OpeningHours): CompiledHours {
  const weekly: Span[][] = Array.from({ length: 8 }, () => []);
  for (const slot of hours.weekly) {
    // Invalid rows cannot be saved through normaliseWeekly; skipping them keeps a bad import from breaking pages.
    if (!isWeekday(slot.weekday) || !isMinute(slot.opens) || !isMinute(slot.closes)) continue;
    for (const part of splitSlot(slot)) weekly[part.weekday]!.push([part.opens, part.closes]);
  }
  const exceptions = new Map<string, ExceptionDay[]>();
  for (const exception of hours.exceptions) {
    const list = exceptions.get(exception.day);
    if (list) list.push(exception);
    else exceptions.set(exception.day, [exception]);
  }
  const merged = weekly.map(mergeSpans);
  return { weekly: merged, hasWeekly: merged.some((spans) => spans.length > 0), exceptions };
}

interface DayPlan {
  date: string;
  weekday: number;
  spans: Span[];
  holiday: string | null;
  exceptions: ExceptionDay[];
}

function planDay(hours: CompiledHours, day: number, state: string): DayPlan {
  const date = isoDate(day);
  const weekday = isoWeekday(day);
  const holiday = publicHoliday(date, state);
  const exceptions = hours.exceptions.get(date) ?? [];
  let spans: Span[];
  if (exceptions.length > 0) {
    spans = mergeSpans(exceptions.map(exceptionSpan).filter((span): span is Span => span !== null));
  } else if (holiday !== null) {
    spans = [];
  } else {
    spans = hours.weekly[weekday]!;
  }
  return { date, weekday, spans, holiday, exceptions };
}

function noteOf(exceptions: ExceptionDay[]): string | undefined {
  const notes = exceptions.map((e) => e.note?.trim()).filter((note): note is string => !!note);
  return notes.length > 0 ? notes.join("; ") : undefined;
}

function findSpan(spans: readonly Span[], minute: number): Span | undefined {
  return spans.find(([start, end]) => start <= minute && minute < end);
}

// ---------------------------------------------------------------------------
// Open now

export type OpenReason = "open" | "closed" | "holiday" | "exception" | "temporarily_closed" | "appointment_only";

export interface OpenState {
  open: boolean;
  reason: OpenReason;
  /** when open: instant it closes */
  closesAt?: Date;
  /** when closed: next instant it opens within 14 days */
  opensAt?: Date;
  holiday?: string;
  note?: string;
}

/**
 * The first instant after `fromMs` (and not after `limitMs`) at which the open
 * state becomes `wantOpen`. `spans` are open ranges in absolute wall-clock
 * minutes (day number * 1440 + minute). Within a stretch of constant UTC
 * offset wall time runs parallel to real time, so the answer is the next span
 * boundary; if the offset changes first, continue from the change.
 */
function nextFlip(fromMs: number, wantOpen: boolean, spans: Span[], timeZone: string, limitMs: number): Date | undefined {
  let current = fromMs;
  // Each round either answers or crosses one offset change; two per fortnight would already be exotic.
  for (let round = 0; round < 8; round++) {
    const clock = wallClock(current, timeZone);
    const wall = clock.day * MINUTES_PER_DAY + clock.minute;
    const containing = findSpan(spans, wall);
    if (!!containing === wantOpen) return new Date(current);
    const target = wantOpen ? spans.find(([start]) => start > wall)?.[0] : containing?.[1];
    if (target === undefined) return undefined;
    const candidate = (target - clock.offset) * MS_PER_MINUTE;
    if (candidate > limitMs) return undefined;
    if (offsetAt(candidate, timeZone) === clock.offset) return new Date(candidate);
    current = firstOffsetChange(Math.floor(current / MS_PER_MINUTE) * MS_PER_MINUTE, candidate, clock.offset, timeZone);
  }
  return undefined;
}

/** Smallest whole minute in (lo, hi] whose offset differs from `offset`, given that hi's does. */
function firstOffsetChange(lo: number, hi: number, offset: number, timeZone: string): number {
  while (hi - lo > MS_PER_MINUTE) {
    const mid = lo + Math.floor((hi - lo) / (2 * MS_PER_MINUTE)) * MS_PER_MINUTE;
    if (offsetAt(mid, timeZone) === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Open spans in absolute wall minutes for the local days [fromDay, toDay], merged across midnight. */
function spansBetween(hours: CompiledHours, fromDay: number, toDay: number, state: string): Span[] {
  const spans: Span[] = [];
  for (let day = fromDay; day <= toDay; day++) {
    const base = day * MINUTES_PER_DAY;
    for (const [start, end] of planDay(hours, day, state).spans) spans.push([base + start, base + end]);
  }
  return mergeSpans(spans);
}

/**
 * Is the office open at `at`? For the stored (split) weekly form this agrees
 * exactly with the SQL filter described at openNowParams. Unsplit slots
 * (closes <= opens) are split first, so both forms give the same answer.
 * closesAt/opensAt are the real instants of the next change, found within
 * 14 days; closesAt is omitted for an office open beyond that.
 */
export function openState(hours: OpeningHours, at: Date, state: string, timeZone: string = TIME_ZONE): OpenState {
  const nowMs = at.getTime();
  const now = wallClock(nowMs, timeZone);
  const compiled = compile(hours);
  const today = planDay(compiled, now.day, state);
  const holiday = today.holiday ?? undefined;
  if (hours.temporarilyClosed) {
    return holiday === undefined
      ? { open: false, reason: "temporarily_closed" }
      : { open: false, reason: "temporarily_closed", holiday };
  }

  const open = findSpan(today.spans, now.minute) !== undefined;
  let reason: OpenReason;
  if (today.exceptions.length > 0) reason = "exception";
  else if (!open && hours.appointmentOnly && !compiled.hasWeekly) reason = "appointment_only";
  else if (holiday !== undefined) reason = "holiday";
  else reason = open ? "open" : "closed";

  // One day back in case a zone's offset change moves the wall clock back over midnight.
  const spans = spansBetween(compiled, now.day - 1, now.day + LOOKAHEAD_DAYS + 1, state);
  const flip = nextFlip(nowMs, !open, spans, timeZone, nowMs + LOOKAHEAD_DAYS * MS_PER_DAY);
  const result: OpenState = { open, reason };
  if (flip) result[open ? "closesAt" : "opensAt"] = flip;
  if (holiday !== undefined) result.holiday = holiday;
  const note = noteOf(today.exceptions);
  if (note !== undefined) result.note = note;
  return result;
}

export interface UpcomingDay {
  date: string;
  weekday: number;
  slots: { opens: number; closes: number }[];
  holiday?: string;
  exception?: boolean;
  note?: string;
}

/**
 * Effective hours of the next `days` local dates starting with today: the
 * exception, else nothing on a holiday, else the weekly slots. Over-midnight
 * hours appear split, each part on the date whose rules govern it; 1440 is
 * the end of the day ("24:00"). A temporarily closed office has no hours.
 */
export function upcomingDays(
  hours: OpeningHours,
  at: Date,
  state: string,
  days: number = 7,
  timeZone: string = TIME_ZONE,
): UpcomingDay[] {
  const compiled = compile(hours);
  const first = wallClock(at.getTime(), timeZone).day;
  return Array.from({ length: Math.max(0, days) }, (_, i) => {
    const plan = planDay(compiled, first + i, state);
    const entry: UpcomingDay = {
      date: plan.date,
      weekday: plan.weekday,
      slots: hours.temporarilyClosed ? [] : plan.spans.map(([opens, closes]) => ({ opens, closes })),
    };
    if (plan.holiday !== null) entry.holiday = plan.holiday;
    if (plan.exceptions.length > 0) entry.exception = true;
    const note = noteOf(plan.exceptions);
    if (note !== undefined) entry.note = note;
    return entry;
  });
}

export interface OpenNowParams {
  date: string;
  weekday: number;
  minute: number;
  holiday: boolean;
  prevDate: string;
  prevWeekday: number;
  prevHoliday: boolean;
}

/**
 * Parameters for the SQL "open now" filter. With slots in stored form the
 * filter that agrees with openState is:
 *
 *   NOT temporarily_closed AND CASE
 *     WHEN EXISTS (exception e WHERE e.day = :date) THEN EXISTS (exception e
 *       WHERE e.day = :date AND e.opens <= :minute AND :minute < e.closes)
 *     WHEN :holiday THEN false
 *     ELSE EXISTS (slot s WHERE s.weekday = :weekday
 *       AND s.opens <= :minute AND :minute < s.closes)
 *   END
 *
 * The prev* values are not needed by that rule (after midnight the new day's
 * rules apply); they are there for callers that show yesterday's context.
 */
export function openNowParams(at: Date, state: string, timeZone: string = TIME_ZONE): OpenNowParams {
  const { day, minute } = wallClock(at.getTime(), timeZone);
  const date = isoDate(day);
  const prevDate = isoDate(day - 1);
  return {
    date,
    weekday: isoWeekday(day),
    minute,
    holiday: publicHoliday(date, state) !== null,
    prevDate,
    prevWeekday: isoWeekday(day - 1),
    prevHoliday: publicHoliday(prevDate, state) !== null,
  };
}

// ---------------------------------------------------------------------------
// Editing: entered form ⇄ stored form

/**
 * Validate slots as entered and split them into stored form. Each slot gets
 * at most one error: "hours.error.range" (weekday not 1..7 or a time not a
 * whole minute in 0..1440), "hours.error.empty" (opens == closes),
 * "hours.error.overlap" (overlaps an earlier slot on the same day, counting
 * the after-midnight part of the previous day's slot). `stored` holds the
 * parts of all slots without range/empty errors, sorted; save it only when
 * there are no errors.
 */
export function normaliseWeekly(slots: WeeklySlot[]): { stored: WeeklySlot[]; errors: { index: number; key: string }[] } {
  const errors: { index: number; key: string }[] = [];
  const parts: { index: number; part: WeeklySlot }[] = [];
  slots.forEach((slot, index) => {
    if (!isWeekday(slot.weekday) || !isMinute(slot.opens) || !isMinute(slot.closes)) {
      errors.push({ index, key: "hours.error.range" });
    } else if (slot.opens === slot.closes || (slot.opens === MINUTES_PER_DAY && slot.closes === 0)) {
      errors.push({ index, key: "hours.error.empty" });
    } else {
      for (const part of splitSlot(slot)) parts.push({ index, part });
    }
  });

  const overlapping = new Set<number>();
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const a = parts[i]!;
      const b = parts[j]!;
      if (a.index === b.index || a.part.weekday !== b.part.weekday) continue;
      if (a.part.opens < b.part.closes && b.part.opens < a.part.closes) {
        overlapping.add(Math.max(a.index, b.index));
      }
    }
  }
  for (const index of overlapping) errors.push({ index, key: "hours.error.overlap" });
  errors.sort((a, b) => a.index - b.index);

  const stored = parts.map(({ part }) => part).sort((a, b) => a.weekday - b.weekday || a.opens - b.opens);
  return { stored, errors };
}

/**
 * Join a stored slot ending at 24:00 with the next day's slot starting at
 * 00:00 into one over-midnight slot, as the editor shows it. Only joins that
 * stay expressible as a valid entered slot (closes < opens) are made; a run
 * of 24 hours or more stays split.
 */
export function mergeStoredWeekly(stored: WeeklySlot[]): WeeklySlot[] {
  const used = new Set<WeeklySlot>();
  const result: WeeklySlot[] = [];
  for (const head of stored) {
    if (used.has(head)) continue;
    const tail =
      head.closes === MINUTES_PER_DAY
        ? stored.find(
            (s) =>
              s !== head &&
              !used.has(s) &&
              s.weekday === nextWeekday(head.weekday) &&
              s.opens === 0 &&
              s.closes > 0 &&
              s.closes < head.opens,
          )
        : undefined;
    if (tail) {
      used.add(head);
      used.add(tail);
      result.push({ weekday: head.weekday, opens: head.opens, closes: tail.closes });
    }
  }
  for (const slot of stored) if (!used.has(slot)) result.push({ ...slot });
  return result.sort((a, b) => a.weekday - b.weekday || a.opens - b.opens);
}

// ---------------------------------------------------------------------------
// Display and input of times

export function formatMinutes(m: number): string {
  if (!isMinute(m)) throw new RangeError(`Not a minute of the day: ${m}`);
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/** Accepts "H:MM" and "HH:MM", also with "." as people write it in German ("9.30"). */
export function parseTime(s: string): number | null {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(s);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}
