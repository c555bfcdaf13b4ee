/**
 * Who could take this appointment? Ranked suggestions for the office, each
 * with the reasons behind its place in the list, so that the allocation can
 * be explained and checked (the usual complaint about dispatch systems is
 * that nobody can say why someone got a job).
 *
 * Hard conditions — all must hold for `feasible`:
 * - the mediator is active (not paused);
 * - speaks the language (any level);
 * - the appointment lies inside one weekly availability window, read on the
 *   local wall clock (Europe/Berlin unless told otherwise; Intl does the time
 *   zone rules, so a DST Sunday is handled). Touching windows count as one:
 *   9–12 and 12–15 on Monday take a talk from 11 to 13;
 * - it does not overlap an absence;
 * - it fits between the confirmed jobs including travel: for every job
 *   before it, job end + travel from the job's place ≤ start, and for every
 *   job after it, end + travel to the job's place ≤ job start (with the
 *   mediator's travel mode, see travel.ts). For jobs in one chain of places
 *   this is the same as checking the neighbours only (travel times obey the
 *   triangle inequality); checking all of them also catches a phone call
 *   squeezed between two far-apart visits. The way from home to the first
 *   job of the day is the mediator's business and not checked;
 * - the month's booked minutes plus this job stay within the maximum.
 *
 * Soft points (the score is their sum; see POINTS):
 * - language level: native 30, C2 25, C1 20, B2 10;
 * - dialect asked: spoken +15, not spoken −10;
 * - gender wish: met +20, not met −30 (still feasible: a wish, not a rule);
 * - continuity: mediated in this case before +25;
 * - workload: up to +20 for few booked minutes relative to the monthly
 *   maximum, so the work spreads over the month;
 * - travel: −1 per 3 minutes, at most −20. Travel is measured from the last
 *   on-site job earlier that day, else from home.
 *
 * Order: feasible first, then score, then the lower share of the monthly
 * maximum already booked, then name, then id — the same input always gives
 * the same list.
 */
import type { Gender, Level, MediatorLanguage, Mode, Point, TravelMode, WeeklyWindow } from "./model.ts";
import { TIME_ZONE, wallOf } from "../../core/time.ts";
import { distanceKm, travelMinutes } from "./travel.ts";

export interface MatchRequest {
  id: string;
  language: string;
  dialect: string | null;
  preferredGender: Gender | null;
  startsAt: Date;
  minutes: number;
  mode: Mode;
  place: Point | null;
  /** Mediators of earlier appointments of the same case: continuity. */
  previousMediatorIds: string[];
}

export interface MatchJob {
  startsAt: Date;
  endsAt: Date;
  place: Point | null;
  mode: Mode;
}

export interface MatchMediator {
  id: string;
  name: string;
  gender: Gender | null;
  languages: MediatorLanguage[];
  travelMode: TravelMode;
  home: Point | null;
  weekly: WeeklyWindow[];
  absences: { from: Date; to: Date }[];
  maxMinutesPerMonth: number;
  bookedMinutesThisMonth: number;
  /** Confirmed jobs, at least those on the same day. */
  jobs: MatchJob[];
  active: boolean;
}

export type ReasonKey =
  | "language"
  | "dialect"
  | "gender"
  | "availability"
  | "absence"
  | "conflict"
  | "travel"
  | "workload"
  | "continuity"
  | "paused";

/**
 * One criterion for one mediator. `ok` is false when a hard condition fails
 * or a soft one speaks against the mediator; `values` carry what a page needs
 * to say it in words (minutes of the day, ISO instants, codes).
 */
export interface Reason {
  key: ReasonKey;
  ok: boolean;
  points: number;
  values?: Record<string, string | number>;
}

export interface Suggestion {
  mediatorId: string;
  name: string;
  feasible: boolean;
  score: number;
  reasons: Reason[];
  travelMinutes: number;
}

/** The points of the soft criteria, in one place so the help text can quote them. */
export const POINTS = {
  level: { native: 30, c2: 25, c1: 20, b2: 10 } satisfies Record<Level, number>,
  dialectSpoken: 15,
  dialectMissing: -10,
  genderMet: 20,
  genderMissed: -30,
  continuity: 25,
  /** For a month without any booked minutes; falls linearly to 0 at the maximum. */
  workload: 20,
  /** One point off per this many travel minutes … */
  travelMinutesPerPoint: 3,
  /** … but never more than this many. */
  travelMax: 20,
} as const;

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;

// ---------------------------------------------------------------------------
// Hard conditions, shared with planning.ts so both agree on who can go where

/** Language codes and dialect names as people type them: case and surrounding blanks do not count. */
export function sameCode(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase("de") === b.trim().toLocaleLowerCase("de");
}

/** Where one has to be: only on-site appointments have a place. */
export function placeOf(mode: Mode, place: Point | null): Point | null {
  return mode === "on_site" ? place : null;
}

/** An appointment on the local wall clock; `end` is 1440 for one ending at midnight. */
export interface LocalSpan {
  date: string;
  weekday: number;
  start: number;
  end: number;
}

/** The local span of an appointment, or null when it runs past midnight (no window can hold it). */
export function localSpan(startsAt: Date, minutes: number, timeZone: string): LocalSpan | null {
  const start = wallOf(startsAt, timeZone);
  const end = wallOf(new Date(startsAt.getTime() + minutes * MS_PER_MINUTE), timeZone);
  let endMinute = end.minute;
  if (end.date !== start.date) {
    const nextDay = Date.parse(`${end.date}T00:00:00Z`) - Date.parse(`${start.date}T00:00:00Z`) === 86_400_000;
    if (!nextDay || end.minute !== 0) return null;
    endMinute = MINUTES_PER_DAY;
  }
  return { date: start.date, weekday: start.weekday, start: start.minute, end: endMinute };
}

/** The (merged) window of the weekday that holds the span, if any. */
export function windowFor(weekly: readonly WeeklyWindow[], span: LocalSpan): WeeklyWindow | undefined {
  const sameDay = weekly.filter((w) => w.weekday === span.weekday && w.end > w.start).sort((a, b) => a.start - b.start);
  const merged: WeeklyWindow[] = [];
  for (const w of sameDay) {
    const last = merged.at(-1);
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  return merged.find((w) => w.start <= span.start && span.end <= w.end);
}

/** The first absence overlapping [startMs, endMs). */
export function absenceDuring(absences: readonly { from: Date; to: Date }[], startMs: number, endMs: number): { from: Date; to: Date } | undefined {
  return absences.find((a) => a.from.getTime() < endMs && startMs < a.to.getTime());
}

export interface JobConflict {
  job: MatchJob;
  kind: "overlap" | "travel";
  /** Minutes needed between the two (travel), 0 for an overlap. */
  travelMinutes: number;
  /** Free minutes between the two; negative for an overlap. */
  gapMinutes: number;
}

/** Does [startMs, endMs) at `place` clash with a job, counting the travel between them? The earliest clashing job. */
export function jobConflict(jobs: readonly MatchJob[], startMs: number, endMs: number, place: Point | null, mode: TravelMode): JobConflict | undefined {
  let found: JobConflict | undefined;
  for (const job of jobs) {
    const jobStart = job.startsAt.getTime();
    const jobEnd = job.endsAt.getTime();
    const jobPlace = placeOf(job.mode, job.place);
    let conflict: JobConflict | undefined;
    if (jobStart < endMs && startMs < jobEnd) {
      conflict = { job, kind: "overlap", travelMinutes: 0, gapMinutes: (Math.max(jobStart, startMs) - Math.min(jobEnd, endMs)) / MS_PER_MINUTE };
    } else {
      const before = jobEnd <= startMs;
      const need = before ? travelMinutes(jobPlace, place, mode) : travelMinutes(place, jobPlace, mode);
      const gap = before ? startMs - jobEnd : jobStart - endMs;
      if (gap < need * MS_PER_MINUTE) conflict = { job, kind: "travel", travelMinutes: need, gapMinutes: gap / MS_PER_MINUTE };
    }
    if (conflict && (!found || jobStart < found.job.startsAt.getTime())) found = conflict;
  }
  return found;
}

/**
 * Where the mediator comes from: the place of the last on-site job that ends
 * by `startMs` on the same local date (a phone call in between does not move
 * anyone), or undefined when there is none.
 */
export function placeBefore(jobs: readonly MatchJob[], startMs: number, date: string, timeZone: string): Point | undefined {
  let best: MatchJob | undefined;
  for (const job of jobs) {
    const jobEnd = job.endsAt.getTime();
    if (jobEnd > startMs || !placeOf(job.mode, job.place)) continue;
    if (best && best.endsAt.getTime() >= jobEnd) continue;
    if (wallOf(job.endsAt, timeZone).date !== date) continue;
    best = job;
  }
  return best?.place ?? undefined;
}

// ---------------------------------------------------------------------------
// Suggestions

/** Reasons whose failure rules a mediator out; the others only move them in the list. */
const HARD: ReadonlySet<ReasonKey> = new Set(["paused", "language", "availability", "absence", "conflict", "workload"]);


function bookedShare(m: MatchMediator): number {
  if (m.maxMinutesPerMonth <= 0) return 1;
  return Math.min(1, Math.max(0, m.bookedMinutesThisMonth / m.maxMinutesPerMonth));
}

function assess(request: MatchRequest, m: MatchMediator, span: LocalSpan | null, timeZone: string): Suggestion {
  const startMs = request.startsAt.getTime();
  const endMs = startMs + request.minutes * MS_PER_MINUTE;
  const place = placeOf(request.mode, request.place);
  const reasons: Reason[] = [];

  reasons.push({ key: "paused", ok: m.active, points: 0 });

  const language = m.languages.find((l) => sameCode(l.code, request.language));
  reasons.push(
    language
      ? { key: "language", ok: true, points: POINTS.level[language.level], values: { language: language.code, level: language.level } }
      : { key: "language", ok: false, points: 0, values: { language: request.language } },
  );

  if (request.dialect === null || request.dialect.trim() === "") {
    reasons.push({ key: "dialect", ok: true, points: 0 });
  } else {
    const dialect = request.dialect;
    const spoken = language?.dialects.some((d) => sameCode(d, dialect)) ?? false;
    reasons.push({ key: "dialect", ok: spoken, points: spoken ? POINTS.dialectSpoken : POINTS.dialectMissing, values: { dialect } });
  }

  if (request.preferredGender === null) {
    reasons.push({ key: "gender", ok: true, points: 0 });
  } else {
    const met = m.gender === request.preferredGender;
    reasons.push({
      key: "gender",
      ok: met,
      points: met ? POINTS.genderMet : POINTS.genderMissed,
      values: { wish: request.preferredGender, gender: m.gender ?? "" },
    });
  }

  const window = span ? windowFor(m.weekly, span) : undefined;
  reasons.push({
    key: "availability",
    ok: window !== undefined,
    points: 0,
    values: span
      ? { weekday: span.weekday, start: span.start, end: span.end, ...(window ? { windowStart: window.start, windowEnd: window.end } : {}) }
      : { overMidnight: 1 },
  });

  const absence = absenceDuring(m.absences, startMs, endMs);
  reasons.push(
    absence
      ? { key: "absence", ok: false, points: 0, values: { from: absence.from.toISOString(), to: absence.to.toISOString() } }
      : { key: "absence", ok: true, points: 0 },
  );

  const conflict = jobConflict(m.jobs, startMs, endMs, place, m.travelMode);
  reasons.push(
    conflict
      ? {
          key: "conflict",
          ok: false,
          points: 0,
          values: {
            kind: conflict.kind,
            jobStartsAt: conflict.job.startsAt.toISOString(),
            jobEndsAt: conflict.job.endsAt.toISOString(),
            travelMinutes: conflict.travelMinutes,
            gapMinutes: conflict.gapMinutes,
          },
        }
      : { key: "conflict", ok: true, points: 0 },
  );

  const fromJob = place && span ? placeBefore(m.jobs, startMs, span.date, timeZone) : undefined;
  const origin = fromJob ?? (place ? m.home : null);
  const travel = travelMinutes(origin, place, m.travelMode);
  const travelPoints = 0 - Math.min(POINTS.travelMax, Math.floor(travel / POINTS.travelMinutesPerPoint));
  reasons.push({
    key: "travel",
    ok: travelPoints > -POINTS.travelMax,
    points: travelPoints,
    values: {
      minutes: travel,
      from: fromJob ? "job" : origin ? "home" : "none",
      ...(origin && place ? { km: distanceKm(origin, place) } : {}),
    },
  });

  const after = m.bookedMinutesThisMonth + request.minutes;
  reasons.push({
    key: "workload",
    ok: after <= m.maxMinutesPerMonth,
    points: Math.round(POINTS.workload * (1 - bookedShare(m))),
    values: { bookedMinutes: m.bookedMinutesThisMonth, maxMinutes: m.maxMinutesPerMonth, afterMinutes: after },
  });

  const continuous = request.previousMediatorIds.includes(m.id);
  reasons.push({
    key: "continuity",
    ok: continuous || request.previousMediatorIds.length === 0,
    points: continuous ? POINTS.continuity : 0,
    values: { previous: request.previousMediatorIds.length },
  });

  return {
    mediatorId: m.id,
    name: m.name,
    feasible: reasons.every((r) => r.ok || !HARD.has(r.key)),
    score: reasons.reduce((sum, r) => sum + r.points, 0),
    reasons,
    travelMinutes: travel,
  };
}

/** All mediators, ranked for the request, each with every reason (see the module comment). */
export function suggest(request: MatchRequest, mediators: MatchMediator[], opts: { timeZone?: string } = {}): Suggestion[] {
  const timeZone = opts.timeZone ?? TIME_ZONE;
  const span = localSpan(request.startsAt, request.minutes, timeZone);
  const share = new Map(mediators.map((m) => [m.id, bookedShare(m)]));
  return mediators
    .map((m) => assess(request, m, span, timeZone))
    .sort(
      (a, b) =>
        Number(b.feasible) - Number(a.feasible) ||
        b.score - a.score ||
        share.get(a.mediatorId)! - share.get(b.mediatorId)! ||
        a.name.localeCompare(b.name, "de") ||
        (a.mediatorId < b.mediatorId ? -1 : a.mediatorId > b.mediatorId ? 1 : 0),
    );
}
