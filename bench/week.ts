/**
 * The planning benchmark's week, seeded: one working week (Mon–Fri, 8–18) in a
 * city about 20 km across, requests of Kitas, schools and departments, mostly
 * on site at a few dozen addresses, a third with three alternative slots;
 * mediators with one to three languages, weekly windows, some absences and
 * some confirmed jobs. And `verify`, every rule a plan must keep, checked
 * independently of the solver's model. Used by bench/planning.ts and tests.
 */
import type { Gender, Mode, Point, TravelMode, WeeklyWindow } from "../src/modules/mediation/model.ts";
import { absenceDuring, jobConflict, localSpan, type MatchJob, windowFor } from "../src/modules/mediation/matching.ts";
import type { Plan, PlanMediator, PlanRequest } from "../src/modules/mediation/planning.ts";
import { instantOf, TIME_ZONE } from "../src/core/time.ts";
import { Random } from "./prng.ts";

/** A week without a public holiday or clock change. */
const WEEK = ["2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"];
const CENTRE: Point = { lat: 51.9607, lng: 7.6261 };
const RADIUS_KM = 10;

const LANGUAGES: [string, number][] = [
  ["ar", 18], ["tr", 14], ["uk", 14], ["fa", 10], ["prs", 8], ["ru", 8], ["kmr", 6],
  ["ti", 5], ["ckb", 4], ["ps", 4], ["so", 3], ["ro", 3], ["bg", 3],
];
/** Languages often spoken together. */
const AFFINITY: Record<string, string[]> = {
  ar: ["kmr", "ckb", "tr"], tr: ["kmr", "ar"], uk: ["ru"], ru: ["uk"], fa: ["prs", "ps"], prs: ["fa", "ps"],
  kmr: ["tr", "ar", "ckb"], ckb: ["ar", "kmr", "fa"], ti: ["ar"], ps: ["prs", "fa"], so: ["ar"], ro: ["ru"], bg: ["tr", "ru"],
};

function pointIn(rnd: Random): Point {
  const r = RADIUS_KM * Math.sqrt(rnd.next());
  const a = rnd.next() * 2 * Math.PI;
  return { lat: CENTRE.lat + (r * Math.sin(a)) / 111.2, lng: CENTRE.lng + (r * Math.cos(a)) / (111.2 * Math.cos((CENTRE.lat * Math.PI) / 180)) };
}

export interface Instance {
  requests: PlanRequest[];
  mediators: PlanMediator[];
}

export function buildInstance(seed: number, requestCount = 500, mediatorCount = 60): Instance {
  const rnd = new Random(seed);
  const sites = Array.from({ length: 40 }, () => pointIn(rnd));
  const at = (day: number, minute: number) => instantOf(WEEK[day]!, minute);

  const mediators: PlanMediator[] = [];
  for (let k = 0; k < mediatorCount; k++) {
    const first = rnd.weighted(LANGUAGES);
    const languages = [first];
    if (rnd.chance(0.6)) languages.push(rnd.pick(AFFINITY[first]!));
    if (rnd.chance(0.25)) languages.push(rnd.weighted(LANGUAGES));
    const weekly: WeeklyWindow[] = [];
    for (const day of rnd.sample([1, 2, 3, 4, 5], rnd.int(3, 5)).sort()) {
      const shape = rnd.weighted<[number, number][]>([
        [[[480, 1080]], 40],
        [[[480, 780]], 25],
        [[[720, 1080]], 20],
        [[[480, 720], [840, 1080]], 15],
      ]);
      for (const [start, end] of shape) weekly.push({ weekday: day, start, end });
    }
    const absences: { from: Date; to: Date }[] = [];
    if (rnd.chance(0.15)) {
      const from = rnd.int(0, 4);
      absences.push({ from: at(from, 0), to: at(Math.min(4, from + rnd.int(0, 2)), 1440) });
    }
    const travelMode = rnd.weighted<TravelMode>([["car", 35], ["public_transport", 40], ["bicycle", 20], ["foot", 5]]);
    const jobs: MatchJob[] = [];
    for (let j = rnd.int(0, 4); j > 0; j--) {
      const minutes = rnd.pick([45, 60, 90, 120]);
      const day = rnd.int(0, 4);
      const startsAt = at(day, 480 + 15 * rnd.int(0, (600 - minutes) / 15));
      const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
      const mode = rnd.weighted<Mode>([["on_site", 80], ["phone", 20]]);
      const place = mode === "on_site" ? rnd.pick(sites) : null;
      if (!jobConflict(jobs, startsAt.getTime(), endsAt.getTime(), place, travelMode)) jobs.push({ startsAt, endsAt, place, mode });
    }
    const max = rnd.pick([1200, 1800, 2400, 3000]);
    const booked = 15 * rnd.int(0, Math.floor((0.6 * max) / 15));
    mediators.push({
      id: `m${String(k).padStart(3, "0")}`,
      gender: rnd.weighted<Gender>([["female", 60], ["male", 38], ["diverse", 2]]),
      languages,
      travelMode,
      weekly,
      absences,
      remainingMinutes: max - booked,
      bookedMinutes: booked,
      jobs,
    });
  }

  const requests: PlanRequest[] = [];
  for (let k = 0; k < requestCount; k++) {
    const minutes = rnd.pick([30, 45, 60, 60, 60, 90, 90, 120]);
    const slot = () => ({ startsAt: at(rnd.int(0, 4), 480 + 15 * rnd.int(0, (600 - minutes) / 15)), minutes });
    const mode = rnd.weighted<Mode>([["on_site", 80], ["phone", 12], ["video", 8]]);
    requests.push({
      id: `r${String(k).padStart(4, "0")}`,
      language: rnd.weighted(LANGUAGES),
      preferredGender: rnd.chance(0.15) ? rnd.weighted<Gender>([["female", 80], ["male", 20]]) : null,
      slots: rnd.chance(1 / 3) ? [slot(), slot(), slot()] : [slot()],
      mode,
      place: mode === "on_site" ? (rnd.chance(0.9) ? rnd.pick(sites) : pointIn(rnd)) : null,
    });
  }
  return { requests, mediators };
}

/** Every rule the plan must keep, checked independently of the solver's model. */
export function verify({ requests, mediators }: Instance, plan: Plan): string[] {
  const errors: string[] = [];
  const requestById = new Map(requests.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const added = new Map<string, MatchJob[]>();
  for (const a of plan.assignments) {
    const r = requestById.get(a.requestId);
    const m = mediators.find((x) => x.id === a.mediatorId);
    const slot = r?.slots[a.slotIndex];
    if (!r || !m || !slot) {
      errors.push(`unknown request, mediator or slot: ${JSON.stringify(a)}`);
      continue;
    }
    if (seen.has(r.id)) errors.push(`${r.id} booked twice`);
    seen.add(r.id);
    const start = slot.startsAt.getTime();
    const end = start + slot.minutes * 60_000;
    const span = localSpan(slot.startsAt, slot.minutes, TIME_ZONE);
    if (!m.languages.includes(r.language)) errors.push(`${r.id}: ${m.id} does not speak ${r.language}`);
    if (!span || !windowFor(m.weekly, span)) errors.push(`${r.id}: outside the windows of ${m.id}`);
    if (absenceDuring(m.absences, start, end)) errors.push(`${r.id}: ${m.id} is absent`);
    const job: MatchJob = { startsAt: slot.startsAt, endsAt: new Date(end), place: r.place, mode: r.mode };
    const others = [...m.jobs, ...(added.get(m.id) ?? [])];
    const clash = jobConflict(others, start, end, r.mode === "on_site" ? r.place : null, m.travelMode);
    if (clash) errors.push(`${r.id}: clashes with a job of ${m.id} at ${clash.job.startsAt.toISOString()} (${clash.kind})`);
    added.set(m.id, [...(added.get(m.id) ?? []), job]);
  }
  for (const m of mediators) {
    const minutes = (added.get(m.id) ?? []).reduce((s, j) => s + (j.endsAt.getTime() - j.startsAt.getTime()) / 60_000, 0);
    if (minutes > m.remainingMinutes) errors.push(`${m.id}: ${minutes} minutes planned, ${m.remainingMinutes} left`);
  }
  if (plan.assignments.length + plan.unassigned.length !== requests.length) errors.push("assigned + unassigned ≠ requests");
  return errors;
}

