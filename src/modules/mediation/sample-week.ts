/**
 * A made-up week of "plan the week", seeded: one working week (Mon–Fri, 8–18)
 * in a city about 20 km across, requests of Kitas, schools and departments,
 * mostly on site at a few dozen addresses, a third with three alternative
 * slots; mediators with one to three languages, weekly windows, some absences
 * and some confirmed jobs. The planning benchmark's week (bench/), the
 * planning tests' weeks, and the week a planning thread solves once when it
 * starts, so that its first real week finds the solver's code compiled
 * (plan-thread.ts).
 */
import type { Gender, Mode, Point, TravelMode, WeeklyWindow } from "./model.ts";
import { jobConflict, type MatchJob } from "./matching.ts";
import type { PlanMediator, PlanRequest } from "./planning.ts";
import { instantOf } from "../../core/time.ts";
import { Random } from "../../core/random.ts";

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

/** A week to plan: its requests and the pool. */
export interface Instance {
  requests: PlanRequest[];
  mediators: PlanMediator[];
}

export function sampleWeek(seed: number, requestCount = 500, mediatorCount = 60): Instance {
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
