/**
 * planWeek against an exhaustive search of the same lexicographic objective
 * (coverage, then the largest load, then travel + penalties) on many small
 * random weeks, with feasibility written out again here independently of
 * matching.ts; plus hand-made cases for each level and the plain guarantees:
 * a valid plan, no double booking, an empty input.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import type { Gender, Mode, Point, TravelMode, WeeklyWindow } from "./model.ts";
import type { MatchJob } from "./matching.ts";
import { dualBound, GENDER_MISS_PENALTY, roundedCapacityRows, solver, timeLimit, type Plan, type PlanMediator, planWeek, type PlanRequest, SLOT_RANK_PENALTY } from "./planning.ts";
import { instantOf, wallOf } from "../../core/time.ts";
import { verify } from "../../../bench/week.ts";
import { sampleWeek } from "./sample-week.ts";
import { travelMinutes } from "./travel.ts";

const MINUTE = 60_000;
const DAYS = ["2026-03-23", "2026-03-24"];
const ORIGIN: Point = { lat: 51.9617, lng: 7.6281 };
const point = (xKm: number, yKm: number): Point => ({ lat: ORIGIN.lat + yKm / 111.2, lng: ORIGIN.lng + xKm / 68.5 });

// ---------------------------------------------------------------------------
// Reference: feasible options and the objective, written out from the rules

interface Option {
  slot: number;
  mediator: number;
  start: number;
  end: number;
  minutes: number;
  place: Point | null;
  travel: number;
  genderMiss: boolean;
  cost: number;
}

const placeOf = (mode: Mode, place: Point | null) => (mode === "on_site" ? place : null);

/** Local [start, end) minutes of the day, or null over midnight. */
function wallSpan(start: Date, end: Date): { date: string; weekday: number; from: number; to: number } | null {
  const a = wallOf(start);
  const b = wallOf(end);
  if (b.date === a.date) return { date: a.date, weekday: a.weekday, from: a.minute, to: b.minute };
  const nextDay = Date.parse(`${b.date}T00:00:00Z`) - Date.parse(`${a.date}T00:00:00Z`) === 86_400_000;
  return nextDay && b.minute === 0 ? { date: a.date, weekday: a.weekday, from: a.minute, to: 1440 } : null;
}

/** Two appointments of one mediator fit when they do not overlap and the gap covers the way between them. */
function compatible(a: { start: number; end: number; place: Point | null }, b: { start: number; end: number; place: Point | null }, mode: TravelMode): boolean {
  if (a.start < b.end && b.start < a.end) return false;
  const [first, second] = a.end <= b.start ? [a, b] : [b, a];
  return second.start - first.end >= travelMinutes(first.place, second.place, mode) * MINUTE;
}

const jobSpan = (j: MatchJob) => ({ start: j.startsAt.getTime(), end: j.endsAt.getTime(), place: placeOf(j.mode, j.place) });

function options(request: PlanRequest, mediators: PlanMediator[]): Option[] {
  const out: Option[] = [];
  const place = placeOf(request.mode, request.place);
  request.slots.forEach((slot, s) => {
    const start = slot.startsAt.getTime();
    const end = start + slot.minutes * MINUTE;
    const span = wallSpan(slot.startsAt, new Date(end));
    mediators.forEach((m, i) => {
      if (!span || !m.languages.includes(request.language) || slot.minutes > m.remainingMinutes) return;
      if (!m.weekly.some((w) => w.weekday === span.weekday && w.start <= span.from && span.to <= w.end)) return;
      if (m.absences.some((a) => a.from.getTime() < end && start < a.to.getTime())) return;
      if (!m.jobs.every((j) => compatible(jobSpan(j), { start, end, place }, m.travelMode))) return;
      const earlier = m.jobs
        .filter((j) => j.endsAt.getTime() <= start && placeOf(j.mode, j.place) && wallOf(j.endsAt).date === span.date)
        .sort((a, b) => b.endsAt.getTime() - a.endsAt.getTime())[0];
      const travel = place && earlier ? travelMinutes(earlier.place, place, m.travelMode) : 0;
      const genderMiss = request.preferredGender !== null && m.gender !== request.preferredGender;
      out.push({ slot: s, mediator: i, start, end, minutes: slot.minutes, place, travel, genderMiss, cost: travel + (genderMiss ? GENDER_MISS_PENALTY : 0) + s * SLOT_RANK_PENALTY });
    });
  });
  return out;
}

type Score = [covered: number, maxLoad: number, cost: number];

const better = (a: Score, b: Score) => a[0] > b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));

function bruteForce(requests: PlanRequest[], mediators: PlanMediator[]): Score {
  const all = requests.map((r) => options(r, mediators));
  const used = mediators.map(() => 0);
  const taken: Option[][] = mediators.map(() => []);
  let best: Score = [-1, 0, 0];
  const visit = (k: number, covered: number, cost: number) => {
    if (covered + (requests.length - k) < best[0]) return;
    if (k === requests.length) {
      const score: Score = [covered, Math.max(0, ...mediators.map((m, i) => m.bookedMinutes + used[i]!)), cost];
      if (better(score, best)) best = score;
      return;
    }
    visit(k + 1, covered, cost);
    for (const o of all[k]!) {
      const m = mediators[o.mediator]!;
      if (used[o.mediator]! + o.minutes > m.remainingMinutes) continue;
      if (!taken[o.mediator]!.every((other) => compatible(other, o, m.travelMode))) continue;
      used[o.mediator]! += o.minutes;
      taken[o.mediator]!.push(o);
      visit(k + 1, covered + 1, cost + o.cost);
      taken[o.mediator]!.pop();
      used[o.mediator]! -= o.minutes;
    }
  };
  visit(0, 0, 0);
  return best;
}

/** The plan keeps every rule; returns its objective as the reference computes it. */
function check(plan: Plan, requests: PlanRequest[], mediators: PlanMediator[]): Score {
  const used = mediators.map(() => 0);
  const taken: Option[][] = mediators.map(() => []);
  let cost = 0;
  let travel = 0;
  let genderMisses = 0;
  const seen = new Set<string>();
  for (const a of plan.assignments) {
    const r = requests.findIndex((x) => x.id === a.requestId);
    const m = mediators.findIndex((x) => x.id === a.mediatorId);
    assert.ok(r >= 0 && m >= 0, `unknown ids in ${JSON.stringify(a)}`);
    assert.ok(!seen.has(a.requestId), `${a.requestId} booked twice`);
    seen.add(a.requestId);
    const o = options(requests[r]!, mediators).find((x) => x.slot === a.slotIndex && x.mediator === m);
    assert.ok(o, `infeasible assignment ${JSON.stringify(a)}`);
    for (const other of taken[m]!) assert.ok(compatible(other, o, mediators[m]!.travelMode), `${a.mediatorId} double-booked (incl. travel)`);
    taken[m]!.push(o);
    used[m]! += o.minutes;
    assert.ok(used[m]! <= mediators[m]!.remainingMinutes, `${a.mediatorId} over the monthly maximum`);
    cost += o.cost;
    travel += o.travel;
    if (o.genderMiss) genderMisses++;
  }
  assert.deepEqual(
    [...seen, ...plan.unassigned].sort(),
    requests.map((r) => r.id).sort(),
  );
  const maxLoad = Math.max(0, ...mediators.map((m, i) => m.bookedMinutes + used[i]!));
  assert.deepEqual(plan.objective, { covered: plan.assignments.length, maxLoadMinutes: maxLoad, cost, travelMinutes: travel, genderMisses });
  return [plan.assignments.length, maxLoad, cost];
}

// ---------------------------------------------------------------------------
// Random small weeks: two days, three languages, places within a few km

const at = (day: number, minute: number) => instantOf(DAYS[day]!, minute);

const arbitraryPlace = fc.record({ x: fc.integer({ min: 0, max: 6 }), y: fc.integer({ min: 0, max: 4 }) }).map(({ x, y }) => point(x, y));
const arbitraryTime = fc.record({ day: fc.integer({ min: 0, max: 1 }), quarter: fc.integer({ min: 34, max: 64 }) });
const LANGUAGES = ["ar", "tr", "fa"];

const arbitraryRequest = fc.record({
  language: fc.constantFrom(...LANGUAGES),
  preferredGender: fc.constantFrom<Gender | null>(null, null, "female", "male"),
  slots: fc.array(fc.record({ time: arbitraryTime, minutes: fc.constantFrom(30, 45, 60, 90) }), { minLength: 1, maxLength: 3 }),
  mode: fc.constantFrom<Mode>("on_site", "on_site", "on_site", "phone", "video"),
  place: arbitraryPlace,
});

const arbitraryMediator = fc.record({
  languages: fc.subarray(LANGUAGES, { minLength: 1 }),
  gender: fc.constantFrom<Gender | null>("female", "male", null),
  travelMode: fc.constantFrom<TravelMode>("car", "public_transport", "bicycle", "foot"),
  windows: fc.tuple(...[1, 2].map(() => fc.constantFrom<[number, number] | null>([480, 1080], [480, 1080], [480, 780], [660, 1080], null))),
  absence: fc.option(fc.record({ time: arbitraryTime, quarters: fc.integer({ min: 1, max: 16 }) }), { nil: null, freq: 3 }),
  remainingMinutes: fc.constantFrom(45, 90, 120, 240, 600),
  bookedMinutes: fc.constantFrom<number>(0, 60, 120, 600),
  jobs: fc.array(fc.record({ time: arbitraryTime, minutes: fc.constantFrom(30, 60), mode: fc.constantFrom<Mode>("on_site", "on_site", "phone"), place: arbitraryPlace }), { maxLength: 3 }),
});

type Drawn<A> = A extends fc.Arbitrary<infer T> ? T : never;

function build(rawRequests: Drawn<typeof arbitraryRequest>[], rawMediators: Drawn<typeof arbitraryMediator>[]): { requests: PlanRequest[]; mediators: PlanMediator[] } {
  const requests = rawRequests.map((r, k) => ({
    id: `r${k}`,
    language: r.language,
    preferredGender: r.preferredGender,
    slots: r.slots.map((s) => ({ startsAt: at(s.time.day, s.time.quarter * 15), minutes: s.minutes })),
    mode: r.mode,
    place: r.mode === "on_site" ? r.place : null,
  }));
  const mediators = rawMediators.map((m, k) => {
    const weekly: WeeklyWindow[] = m.windows.flatMap((w, i) => (w ? [{ weekday: i + 1, start: w[0], end: w[1] }] : []));
    const jobs: MatchJob[] = [];
    for (const j of m.jobs) {
      const startsAt = at(j.time.day, j.time.quarter * 15);
      const job = { startsAt, endsAt: new Date(startsAt.getTime() + j.minutes * MINUTE), mode: j.mode, place: j.mode === "on_site" ? j.place : null };
      if (jobs.every((other) => compatible(jobSpan(other), jobSpan(job), m.travelMode))) jobs.push(job);
    }
    const absences = m.absence
      ? [{ from: at(m.absence.time.day, m.absence.time.quarter * 15), to: at(m.absence.time.day, (m.absence.time.quarter + m.absence.quarters) * 15) }]
      : [];
    return { id: `m${k}`, gender: m.gender, languages: m.languages, travelMode: m.travelMode, weekly, absences, remainingMinutes: m.remainingMinutes, bookedMinutes: m.bookedMinutes, jobs };
  });
  return { requests, mediators };
}

describe("planWeek", () => {
  it("plans nothing for nothing", async () => {
    const empty = await planWeek([], []);
    assert.deepEqual(
      { ...empty, solveMs: 0 },
      {
        assignments: [],
        unassigned: [],
        objective: { covered: 0, maxLoadMinutes: 0, cost: 0, travelMinutes: 0, genderMisses: 0 },
        optimal: true,
        bounds: { covered: 0, maxLoadMinutes: 0 },
        solveMs: 0,
      },
    );
    const { requests } = build([{ language: "ar", preferredGender: null, slots: [{ time: { day: 0, quarter: 40 }, minutes: 60 }], mode: "phone", place: ORIGIN }], []);
    const plan = await planWeek(requests, []);
    assert.deepEqual([plan.assignments, plan.unassigned, plan.optimal], [[], ["r0"], true]);
  });

  it("finds the optimum of the exhaustive search on small random weeks", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryRequest, { minLength: 1, maxLength: 7 }), fc.array(arbitraryMediator, { minLength: 1, maxLength: 4 }), async (rawRequests, rawMediators) => {
        const { requests, mediators } = build(rawRequests, rawMediators);
        const size = requests.reduce((product, r) => product * (1 + options(r, mediators).length), 1);
        fc.pre(size <= 500_000);
        const plan = await planWeek(requests, mediators);
        assert.equal(plan.optimal, true);
        const best = bruteForce(requests, mediators);
        assert.deepEqual(check(plan, requests, mediators), best);
        assert.deepEqual(plan.bounds, { covered: best[0], maxLoadMinutes: best[1] });
      }),
      { numRuns: 200 },
    );
  });

  it("finds the optimum of the exhaustive search when the largest load must rise above the floor", async () => {
    // Little booked before, so that covering the week decides the largest load (level 2, the bisection and its proof).
    const lightlyBooked = arbitraryMediator.chain((m) => fc.constantFrom(0, 15, 30, 60).map((bookedMinutes) => ({ ...m, bookedMinutes })));
    let aboveFloor = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryRequest, { minLength: 2, maxLength: 7 }), fc.array(lightlyBooked, { minLength: 1, maxLength: 3 }), async (rawRequests, rawMediators) => {
        const { requests, mediators } = build(rawRequests, rawMediators);
        const size = requests.reduce((product, r) => product * (1 + options(r, mediators).length), 1);
        fc.pre(size <= 500_000);
        const best = bruteForce(requests, mediators);
        fc.pre(best[1] > Math.max(...mediators.map((m) => m.bookedMinutes)));
        aboveFloor++;
        const plan = await planWeek(requests, mediators);
        assert.equal(plan.optimal, true);
        assert.deepEqual(check(plan, requests, mediators), best);
        assert.deepEqual(plan.bounds, { covered: best[0], maxLoadMinutes: best[1] });
      }),
      { numRuns: 150 },
    );
    assert.ok(aboveFloor >= 100, `${aboveFloor} weeks above the floor`);
  });

  it("never double-books on busy days, and gives the same plan again", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryRequest, { minLength: 10, maxLength: 30 }), fc.array(arbitraryMediator, { minLength: 1, maxLength: 6 }), async (rawRequests, rawMediators) => {
        const { requests, mediators } = build(rawRequests, rawMediators);
        const plan = await planWeek(requests, mediators);
        check(plan, requests, mediators);
        const again = await planWeek(requests, mediators);
        assert.deepEqual([again.assignments, again.objective], [plan.assignments, plan.objective]);
      }),
      { numRuns: 40 },
    );
  });

  const mediator = (id: string, overrides: Partial<PlanMediator> = {}): PlanMediator => ({
    id,
    gender: "female",
    languages: ["ar"],
    travelMode: "car",
    weekly: [{ weekday: 1, start: 480, end: 1080 }],
    absences: [],
    remainingMinutes: 1200,
    bookedMinutes: 0,
    jobs: [],
    ...overrides,
  });
  const request = (id: string, minute: number, overrides: Partial<PlanRequest> = {}): PlanRequest => ({
    id,
    language: "ar",
    preferredGender: null,
    slots: [{ startsAt: at(0, minute), minutes: 60 }],
    mode: "on_site",
    place: point(0, 0),
    ...overrides,
  });

  it("gives a valid plan that no open request fits into when the time runs out before any solve", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryRequest, { minLength: 10, maxLength: 30 }), fc.array(arbitraryMediator, { minLength: 1, maxLength: 6 }), async (rawRequests, rawMediators) => {
        const { requests, mediators } = build(rawRequests, rawMediators);
        const plan = await planWeek(requests, mediators, { timeLimitSeconds: 0 });
        check(plan, requests, mediators);
        for (const id of plan.unassigned) {
          const r = requests.findIndex((x) => x.id === id);
          for (const o of options(requests[r]!, mediators)) {
            const more = { ...plan, assignments: [...plan.assignments, { requestId: id, mediatorId: mediators[o.mediator]!.id, slotIndex: o.slot }], unassigned: plan.unassigned.filter((u) => u !== id) };
            // Each option fits alone, so adding one can only break a mediator's day or monthly maximum.
            assert.throws(() => check(more, requests, mediators), /double-booked|over the monthly maximum/, `${id} fits with ${JSON.stringify(o)}`);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("an instant `until` already past cuts the plan short like a limit of no time, however long the limit", async () => {
    const week = sampleWeek(11, 120, 16);
    const none = await planWeek(week.requests, week.mediators, { timeLimitSeconds: 0 });
    const past = await planWeek(week.requests, week.mediators, { timeLimitSeconds: 60, until: Date.now() - 1 });
    const open = await planWeek(week.requests, week.mediators, { timeLimitSeconds: 60, until: Date.now() + 60_000 });
    assert.deepEqual(verify(week, past), []);
    assert.equal(past.optimal, false);
    assert.deepEqual([past.assignments, past.objective], [none.assignments, none.objective]);
    assert.equal(open.optimal, true, "a later instant leaves the limit to decide");
  });

  it("bounds a plan cut short by the optimum: no more coverage, and no lower load for as much", async () => {
    let cut = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbitraryRequest, { minLength: 2, maxLength: 7 }),
        fc.array(arbitraryMediator, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(0, 0.002, 0.01),
        async (rawRequests, rawMediators, timeLimitSeconds) => {
          const { requests, mediators } = build(rawRequests, rawMediators);
          const size = requests.reduce((product, r) => product * (1 + options(r, mediators).length), 1);
          fc.pre(size <= 500_000);
          const plan = await planWeek(requests, mediators, { timeLimitSeconds });
          const [covered, maxLoad] = check(plan, requests, mediators);
          const best = bruteForce(requests, mediators);
          if (!plan.optimal) cut++;
          assert.ok(plan.bounds.covered >= best[0] && best[0] >= covered, `coverage ${covered}, optimum ${best[0]}, bound ${plan.bounds.covered}`);
          // The least load of a plan covering as many as this one is the optimum's where the coverage is optimal.
          if (covered === best[0]) assert.ok(plan.bounds.maxLoadMinutes <= best[1], `least load ${best[1]}, bound ${plan.bounds.maxLoadMinutes}`);
          assert.ok(plan.bounds.maxLoadMinutes <= maxLoad && plan.bounds.maxLoadMinutes >= Math.max(0, ...mediators.map((m) => m.bookedMinutes)));
          if (plan.optimal) assert.deepEqual(plan.bounds, { covered: best[0], maxLoadMinutes: best[1] });
        },
      ),
      { numRuns: 120 },
    );
    assert.ok(cut >= 30, `${cut} plans cut short`);
  });

  it("covers first: the second slot is taken when that lets both requests through", async () => {
    const plan = await planWeek([request("a", 600), request("b", 600, { slots: [{ startsAt: at(0, 600), minutes: 60 }, { startsAt: at(0, 720), minutes: 60 }] })], [mediator("m")]);
    assert.deepEqual(plan.assignments, [
      { requestId: "a", mediatorId: "m", slotIndex: 0 },
      { requestId: "b", mediatorId: "m", slotIndex: 1 },
    ]);
  });

  it("keeps the way between two visits free, and gives the second visit to someone else", async () => {
    const plan = await planWeek([request("a", 600), request("b", 660, { place: point(6, 0) })], [mediator("m1"), mediator("m2", { bookedMinutes: 60 })]);
    assert.equal(plan.objective.covered, 2);
    assert.notEqual(plan.assignments[0]!.mediatorId, plan.assignments[1]!.mediatorId);
  });

  it("prefers the fairer plan to the shorter way", async () => {
    const near: MatchJob = { startsAt: at(0, 480), endsAt: at(0, 540), place: point(0, 0), mode: "on_site" };
    const far: MatchJob = { startsAt: at(0, 480), endsAt: at(0, 540), place: point(6, 4), mode: "on_site" };
    const plan = await planWeek([request("a", 600)], [mediator("busy", { bookedMinutes: 600, jobs: [near] }), mediator("free", { bookedMinutes: 0, jobs: [far] })]);
    assert.deepEqual(plan.assignments, [{ requestId: "a", mediatorId: "free", slotIndex: 0 }]);
    assert.equal(plan.objective.maxLoadMinutes, 600);
    assert.ok(plan.objective.travelMinutes > 0);
  });

  it("covers first even when that raises the largest load above the floor", async () => {
    // Under the floor (600, the busy mediator's booked minutes) only the free mediator can work, and
    // she cannot be at both talks at 10:00: the general route (levels 1, 2, 3 one after the other) decides.
    const plan = await planWeek([request("a", 600), request("b", 600)], [mediator("busy", { bookedMinutes: 600 }), mediator("free")]);
    assert.equal(plan.optimal, true);
    assert.deepEqual(plan.objective, { covered: 2, maxLoadMinutes: 660, cost: 0, travelMinutes: 0, genderMisses: 0 });
    assert.deepEqual(new Set(plan.assignments.map((a) => a.mediatorId)), new Set(["busy", "free"]));
  });

  it("meets the gender wish and the preferred slot when fairness allows", async () => {
    const plan = await planWeek(
      [request("a", 600, { preferredGender: "male", slots: [{ startsAt: at(0, 600), minutes: 60 }, { startsAt: at(0, 540), minutes: 60 }] })],
      [mediator("f", { gender: "female" }), mediator("m", { gender: "male" })],
    );
    assert.deepEqual(plan.assignments, [{ requestId: "a", mediatorId: "m", slotIndex: 0 }]);
    assert.equal(plan.objective.genderMisses, 0);
  });
});

describe("dualBound", () => {
  it("bounds every feasible 0/1 point, whatever the multipliers", () => {
    const arbitraryRow = fc.record({
      entries: fc.uniqueArray(fc.record({ j: fc.integer({ min: 0, max: 5 }), v: fc.integer({ min: -3, max: 5 }) }), { minLength: 1, maxLength: 4, selector: (e) => e.j }),
      lower: fc.option(fc.integer({ min: -4, max: 2 }), { nil: -Infinity }),
      upper: fc.option(fc.integer({ min: 0, max: 6 }), { nil: Infinity }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryRow, { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: -10, max: 10 }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 5, maxLength: 5 }),
        (raw, cost, y) => {
          const rows = raw.map((r) => {
            const entries = [...r.entries].sort((a, b) => a.j - b.j);
            return { indices: entries.map((e) => e.j), values: entries.map((e) => e.v), lower: r.lower, upper: r.upper };
          });
          const bound = dualBound(rows, y, cost, new Array(6).fill(0), new Array(6).fill(1));
          for (let mask = 0; mask < 64; mask++) {
            const x = [0, 1, 2, 3, 4, 5].map((j) => (mask >> j) & 1);
            const feasible = rows.every((r) => {
              const a = r.indices.reduce((s, j, k) => s + r.values[k]! * x[j]!, 0);
              return r.lower <= a && a <= r.upper;
            });
            if (feasible) assert.ok(cost.reduce((s, c, j) => s + c * x[j]!, 0) <= bound + 1e-9);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("is the LP optimum for the optimal multipliers", () => {
    // max x0 + x1 subject to x0 + x1 ≤ 1.5, 0 ≤ x ≤ 1: optimum 1.5 with multiplier 1.
    assert.equal(dualBound([{ indices: [0, 1], values: [1, 1], lower: -Infinity, upper: 1.5 }], [1], [1, 1], [0, 0], [1, 1]), 1.5);
  });
});

describe("roundedCapacityRows", () => {
  it("keeps every plan within the capacity and cuts off a relaxation that fills it with parts of talks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ mediator: fc.integer({ min: 0, max: 1 }), minutes: fc.constantFrom(15, 30, 45, 50, 60, 90, 120) }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.record({ remainingMinutes: fc.integer({ min: 0, max: 300 }), bookedMinutes: fc.integer({ min: 0, max: 300 }) }), { minLength: 2, maxLength: 2 }),
        fc.integer({ min: 0, max: 600 }),
        (triples, mediators, limit) => {
          const rows = roundedCapacityRows(triples, mediators, limit);
          const sum = (row: { indices: number[]; values: number[] }, x: number[]) => row.indices.reduce((s, j, k) => s + row.values[k]! * x[j]!, 0);
          for (let mask = 0; mask < 1 << triples.length; mask++) {
            const x = triples.map((_, j) => (mask >> j) & 1);
            const fits = mediators.every((m, i) => triples.reduce((s, t, j) => s + (t.mediator === i ? t.minutes * x[j]! : 0), 0) <= Math.min(m.remainingMinutes, limit - m.bookedMinutes));
            if (fits) for (const row of rows) assert.ok(sum(row, x) <= row.upper, `a plan within capacity violates ${JSON.stringify(row)}`);
          }
        },
      ),
      { numRuns: 300 },
    );
    // 165 minutes left: half of a 90 and half of two 120-minute talks fill them in the relaxation (45 + 60 + 60);
    // no whole selection reaches 165, and the row for 60-minute units allows only two units (⌊165/60⌋).
    const triples = [{ mediator: 0, minutes: 90 }, { mediator: 0, minutes: 120 }, { mediator: 0, minutes: 120 }];
    const rows = roundedCapacityRows(triples, [{ remainingMinutes: 165, bookedMinutes: 0 }], 1000);
    const half = [0.5, 0.5, 0.5];
    assert.ok(rows.some((row) => row.indices.reduce((s, j, k) => s + row.values[k]! * half[j]!, 0) > row.upper + 1e-9));
    // Nothing where the talks fit anyway.
    assert.deepEqual(roundedCapacityRows(triples, [{ remainingMinutes: 330, bookedMinutes: 0 }], 1000), []);
  });
});

describe("timeLimit", () => {
  it("gives every solve of a model its whole time limit, however long the solves before it ran", async () => {
    const highs = await solver();
    // A set packing of 50 random triples of 30 items, maximising random weights: a MIP of some milliseconds.
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const n = 50;
    const sets = Array.from({ length: n }, () => [...new Set(Array.from({ length: 3 }, () => Math.floor(random() * 30)))]);
    const rows = Array.from({ length: 30 }, (_, item) => sets.flatMap((set, j) => (set.includes(item) ? [j] : [])));
    const starts = [0];
    for (const row of rows) starts.push(starts.at(-1)! + row.length);
    const model = highs.createModel({
      numCols: n,
      numRows: rows.length,
      sense: highs.constants.objectiveSense.maximize,
      colCost: Array.from({ length: n }, () => 1 + Math.floor(random() * 100)),
      colLower: new Float64Array(n),
      colUpper: new Float64Array(n).fill(1),
      rowLower: new Float64Array(rows.length).fill(-Infinity),
      rowUpper: new Float64Array(rows.length).fill(1),
      matrix: { format: "csr", numRows: rows.length, numCols: n, starts, indices: rows.flat(), values: rows.flat().map(() => 1) },
      integrality: new Int32Array(n).fill(highs.constants.variableType.integer),
    });
    try {
      model.options.set({ output_flag: false, presolve: "off", mip_rel_gap: 0 });
      model.run(); // once unlimited, while V8 compiles the solver's hot code
      // The MIP and its relaxation in turn, each with a limit of 0.2 s, until together they ran three
      // times as long. HiGHS counts the limit of an LP against the run time the model accumulated
      // since its clocks were last zeroed: the relaxations would stop unsolved after the first 0.2 s.
      const limit = 0.2;
      const all = { kind: "range", from: 0, to: n - 1 } as const;
      const { integer, continuous } = highs.constants.variableType;
      let spent = 0;
      for (let solves = 1; spent < 3 * limit; solves++) {
        model.changeColsIntegrality(all, new Int32Array(n).fill(solves % 2 === 0 ? continuous : integer));
        timeLimit(model, limit);
        const began = performance.now();
        model.run();
        spent += (performance.now() - began) / 1000;
        assert.equal(model.getModelStatus(), highs.constants.modelStatus.optimal, `solve ${solves} after ${spent.toFixed(3)} s of solving`);
      }
    } finally {
      model.dispose();
    }
  });
});
