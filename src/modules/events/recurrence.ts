/**
 * Occurrences of an event: RRULE (RFC 5545) expanded on the event's own wall
 * clock by rrule-temporal (Temporal time zones: a weekly 18:00 stays 18:00
 * across summer time), minus EXDATEs, with single occurrences moved or
 * cancelled (RECURRENCE-ID). Also the RRULE the event form's choices stand
 * for, and its validation.
 */
import { RRuleTemporal } from "rrule-temporal";
import { instantOf, wallOf } from "../../core/time.ts";
import type { Occurrence, Repeat, Timing } from "./model.ts";

/** Never expand more than this many occurrences of one event (a daily rule without end over years). */
export const MAX_OCCURRENCES = 1000;

const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const pad = (n: number) => String(n).padStart(2, "0");

/** 20261020T180000: the local wall-clock time of `at` in `timeZone`, as iCalendar writes it with TZID. */
export function localStamp(at: Date, timeZone: string): string {
  const w = wallOf(at, timeZone);
  return `${w.date.replaceAll("-", "")}T${pad(Math.floor(w.minute / 60))}${pad(w.minute % 60)}00`;
}

function rule(timing: Pick<Timing, "startsAt" | "timeZone" | "rrule" | "exdates">): RRuleTemporal {
  const lines = [`DTSTART;TZID=${timing.timeZone}:${localStamp(timing.startsAt, timing.timeZone)}`, `RRULE:${timing.rrule}`];
  if (timing.exdates.length) lines.push(`EXDATE;TZID=${timing.timeZone}:${timing.exdates.map((d) => localStamp(d, timing.timeZone)).join(",")}`);
  return new RRuleTemporal({ rruleString: lines.join("\n"), maxIterations: 100_000 });
}

/**
 * The occurrences that overlap [from, to), in start order. A moved
 * occurrence counts where it was moved to; cancelled single occurrences are
 * included with `cancelled: true` (the calendar shows them struck through).
 */
export function occurrences(timing: Timing, from: Date, to: Date): Occurrence[] {
  const duration = timing.endsAt.getTime() - timing.startsAt.getTime();
  const changes = new Map(timing.changes.map((c) => [c.originalStart.getTime(), c]));
  let starts: number[];
  if (!timing.rrule) {
    starts = [timing.startsAt.getTime()];
  } else {
    // Moved occurrences may leave or enter the window: expand a margin of the largest move around it.
    const margin = Math.max(duration, ...timing.changes.map((c) => Math.abs(c.startsAt.getTime() - c.originalStart.getTime()) + duration));
    const found = rule(timing).between(new Date(from.getTime() - margin), new Date(to.getTime() + margin), true);
    starts = found.slice(0, MAX_OCCURRENCES).map((z) => z.epochMilliseconds);
  }
  const excluded = new Set(timing.exdates.map((d) => d.getTime()));
  const list: Occurrence[] = [];
  for (const start of starts) {
    if (excluded.has(start)) continue;
    const change = changes.get(start);
    const startsAt = change ? change.startsAt : new Date(start);
    const endsAt = change ? change.endsAt : new Date(start + duration);
    if (startsAt.getTime() >= to.getTime() || endsAt.getTime() <= from.getTime()) continue;
    list.push({ originalStart: new Date(start), startsAt, endsAt, cancelled: change?.cancelled ?? false, moved: change !== undefined && (change.startsAt.getTime() !== start || change.endsAt.getTime() !== start + duration) });
  }
  return list.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Whether `originalStart` is an occurrence the rule (or the single event) gives, not taken out by an EXDATE. */
export function isOccurrence(timing: Timing, originalStart: Date): boolean {
  if (timing.exdates.some((d) => d.getTime() === originalStart.getTime())) return false;
  if (!timing.rrule) return originalStart.getTime() === timing.startsAt.getTime();
  const hit = rule(timing).between(new Date(originalStart.getTime() - 1), new Date(originalStart.getTime() + 1), true);
  return hit.some((z) => z.epochMilliseconds === originalStart.getTime());
}

/** The last end of any occurrence, or null when the rule runs without end. */
export function lastEnd(timing: Timing): Date | null {
  const duration = timing.endsAt.getTime() - timing.startsAt.getTime();
  if (!timing.rrule) return timing.endsAt;
  if (!/(^|;)(COUNT|UNTIL)=/.test(timing.rrule)) return null;
  const all = rule(timing).all((_, i) => i < MAX_OCCURRENCES);
  const ends = [...all.map((z) => z.epochMilliseconds + duration), ...timing.changes.map((c) => c.endsAt.getTime())];
  return ends.length ? new Date(Math.max(...ends)) : timing.endsAt;
}

/**
 * The RRULE for a choice of the event form, from the first start: weekly on
 * its weekday, monthly on its day of the month, on its n-th or last weekday.
 * `until` is a local date (inclusive); `count` the number of occurrences.
 */
export function rruleOf(repeat: Repeat, startsAt: Date, timeZone: string, end: { until?: string | null; count?: number | null }, custom?: string | null): string | null {
  if (repeat === "none") return null;
  let body: string;
  const w = wallOf(startsAt, timeZone);
  const day = Number(w.date.slice(8, 10));
  const weekday = WEEKDAYS[w.weekday - 1]!;
  switch (repeat) {
    case "daily":
      body = "FREQ=DAILY";
      break;
    case "weekly":
      body = `FREQ=WEEKLY;BYDAY=${weekday}`;
      break;
    case "biweekly":
      body = `FREQ=WEEKLY;INTERVAL=2;BYDAY=${weekday}`;
      break;
    case "monthly_day":
      body = `FREQ=MONTHLY;BYMONTHDAY=${day}`;
      break;
    case "monthly_weekday":
      body = `FREQ=MONTHLY;BYDAY=${Math.ceil(day / 7)}${weekday}`;
      break;
    case "monthly_last_weekday":
      body = `FREQ=MONTHLY;BYDAY=-1${weekday}`;
      break;
    case "custom":
      return (custom ?? "").trim().replace(/^RRULE:/i, "").toUpperCase() || null;
  }
  if (end.count) return `${body};COUNT=${end.count}`;
  if (end.until) {
    // UNTIL in UTC (RFC 5545 with a TZID start): the end of the local day.
    const last = new Date(instantOf(end.until, 24 * 60 - 1, timeZone).getTime());
    return `${body};UNTIL=${last.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
  }
  return body;
}

/** The choice of the event form an RRULE came from, for editing; "custom" when it is none of them. */
export function repeatOf(rrule: string | null, startsAt: Date, timeZone: string): { repeat: Repeat; until: string | null; count: number | null } {
  if (!rrule) return { repeat: "none", until: null, count: null };
  const count = Number(/(?:^|;)COUNT=(\d+)/.exec(rrule)?.[1]) || null;
  const untilRaw = /(?:^|;)UNTIL=(\d{8}T\d{6}Z)/.exec(rrule)?.[1];
  const until = untilRaw ? wallOf(new Date(`${untilRaw.slice(0, 4)}-${untilRaw.slice(4, 6)}-${untilRaw.slice(6, 8)}T${untilRaw.slice(9, 11)}:${untilRaw.slice(11, 13)}:${untilRaw.slice(13, 15)}Z`), timeZone).date : null;
  for (const repeat of ["daily", "weekly", "biweekly", "monthly_day", "monthly_weekday", "monthly_last_weekday"] as const) {
    if (rruleOf(repeat, startsAt, timeZone, { count, until }) === rrule) return { repeat, until, count };
  }
  return { repeat: "custom", until, count };
}

/** Parts and values the office may use in a typed RRULE: RFC 5545 without sub-daily frequencies. */
const PART = /^(FREQ=(DAILY|WEEKLY|MONTHLY|YEARLY)|INTERVAL=\d{1,3}|COUNT=\d{1,4}|UNTIL=\d{8}(T\d{6}Z)?|BYDAY=([+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU))(,[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU))*|BYMONTHDAY=-?\d{1,2}(,-?\d{1,2})*|BYMONTH=\d{1,2}(,\d{1,2})*|BYSETPOS=-?\d{1,3}(,-?\d{1,3})*|WKST=(MO|TU|WE|TH|FR|SA|SU))$/;

/** Null when the RRULE is usable from this start, else the i18n key of the problem. */
export function rruleProblem(rrule: string, startsAt: Date, timeZone: string): string | null {
  const parts = rrule.split(";");
  if (!parts.every((p) => PART.test(p)) || parts.filter((p) => p.startsWith("FREQ=")).length !== 1) return "events.validation.rrule";
  if (parts.some((p) => p.startsWith("COUNT=")) && parts.some((p) => p.startsWith("UNTIL="))) return "events.validation.rrule";
  try {
    const first = rule({ startsAt, timeZone, rrule, exdates: [] }).all((_, i) => i < 1);
    if (first.length === 0) return "events.validation.rruleEmpty";
    // RFC 5545 counts DTSTART as the first occurrence even where the rule would not give it; a
    // calendar client may not. So the first start must be one the rule gives.
    if (first[0]!.epochMilliseconds !== startsAt.getTime()) return "events.validation.rruleStart";
  } catch (error) {
    return error instanceof Error && /Maximum iterations/i.test(error.message) ? "events.validation.rruleEmpty" : "events.validation.rrule";
  }
  return null;
}
