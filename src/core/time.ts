/**
 * Local date and time of the office (Europe/Berlin) ↔ instants. Forms speak
 * wall-clock time ("Tuesday 9:30"); the database stores instants.
 */
export const TIME_ZONE = "Europe/Berlin";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface Wall {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since local midnight. */
  minute: number;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
}

/** The local date, minute of the day and weekday of an instant. */
export function wallOf(at: Date, timeZone = TIME_ZONE): Wall {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(at)) if (part.type !== "literal") p[part.type] = Number(part.value);
  const date = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
  const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  return { date, minute: (p.hour! % 24) * 60 + p.minute!, weekday };
}

/**
 * The instant at which the local clock shows `date` `minute`. In the hour
 * skipped in spring the clock is read as after the change; in the hour
 * repeated in autumn the first occurrence is taken.
 */
export function instantOf(date: string, minute: number, timeZone = TIME_ZONE): Date {
  const asUtc = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
  if (Number.isNaN(asUtc)) throw new RangeError(`not a date: ${date}`);
  // Two rounds find the offset in force at the target instant (offsets change at most once nearby).
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const w = wallOf(new Date(guess), timeZone);
    const shown = Date.parse(`${w.date}T00:00:00Z`) + w.minute * 60_000;
    guess += asUtc - shown;
  }
  // Autumn: the earlier of two candidates an hour apart that show the same wall time.
  const earlier = guess - 3_600_000;
  const we = wallOf(new Date(earlier), timeZone);
  if (Date.parse(`${we.date}T00:00:00Z`) + we.minute * 60_000 === asUtc) return new Date(earlier);
  return new Date(guess);
}

/** "09:30" → 570; null when it is not a time of day. */
export function parseClock(s: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

export const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** First instant of the local month containing `at`, and of the next month. */
export function monthOf(at: Date, timeZone = TIME_ZONE): { from: Date; to: Date; key: string } {
  const w = wallOf(at, timeZone);
  const [y, m] = w.date.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return { from: instantOf(`${w.date.slice(0, 7)}-01`, 0, timeZone), to: instantOf(next, 0, timeZone), key: w.date.slice(0, 7) };
}

/** The calendar date `days` after `date` (YYYY-MM-DD), whatever the clocks do in between. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday of the week (Monday to Sunday) holding the calendar date `date` (YYYY-MM-DD). */
export function mondayOf(date: string): string {
  return addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
}
