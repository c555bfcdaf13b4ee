/**
 * Suggestions for one appointment: the hard conditions at their edges (window
 * boundaries, a DST Sunday, absences, the travel gap to the minute), the
 * explanations behind a rank, and a deterministic order. Travel estimates
 * first, since the conflict checks rest on them.
 */
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import type { Gender, Point, TravelMode } from "./model.ts";
import { type MatchJob, type MatchMediator, type MatchRequest, POINTS, type Reason, suggest, type Suggestion } from "./matching.ts";
import { instantOf } from "../../core/time.ts";
import { distanceKm, SAME_PLACE_KM, TRAVEL_BUFFER_MINUTES, travelMinutes } from "./travel.ts";

const MINUTE = 60_000;
const TRAVEL_MODES: TravelMode[] = ["car", "public_transport", "bicycle", "foot"];

/** Münster, Prinzipalmarkt, and points `km` east of it (straight line). */
const CENTRE: Point = { lat: 51.9617, lng: 7.6281 };
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;
const east = (km: number): Point => ({ lat: CENTRE.lat, lng: CENTRE.lng + km / (KM_PER_DEGREE * Math.cos((CENTRE.lat * Math.PI) / 180)) });

/** Monday 23 March 2026, the week before the clock change. */
const at = (date: string, hh: number, mm = 0) => instantOf(date, hh * 60 + mm);
const MONDAY = "2026-03-23";

function request(overrides: Partial<MatchRequest> = {}): MatchRequest {
  return {
    id: "req",
    language: "ar",
    dialect: null,
    preferredGender: null,
    startsAt: at(MONDAY, 10),
    minutes: 60,
    mode: "on_site",
    place: east(0),
    previousMediatorIds: [],
    ...overrides,
  };
}

function mediator(overrides: Partial<MatchMediator> = {}): MatchMediator {
  return {
    id: "m1",
    name: "Amal",
    gender: "female",
    languages: [{ code: "ar", level: "native", dialects: ["levantine"] }],
    travelMode: "car",
    home: null,
    weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: 8 * 60, end: 18 * 60 })),
    absences: [],
    maxMinutesPerMonth: 2400,
    bookedMinutesThisMonth: 0,
    jobs: [],
    active: true,
    ...overrides,
  };
}

const only = (req: MatchRequest, m: MatchMediator): Suggestion => suggest(req, [m])[0]!;
const reason = (s: Suggestion, key: Reason["key"]): Reason => s.reasons.find((r) => r.key === key)!;

describe("travelMinutes", () => {
  it("is 0 without a place on either side, and for the same building", () => {
    for (const mode of TRAVEL_MODES) {
      assert.equal(travelMinutes(null, east(3), mode), 0);
      assert.equal(travelMinutes(east(3), null, mode), 0);
      assert.equal(travelMinutes(null, null, mode), 0);
      assert.equal(travelMinutes(east(1), east(1 + SAME_PLACE_KM / 2 / 1.3), mode), 0);
    }
  });

  it("is distance × 1.3 at the mode's speed, rounded up, plus waiting and the buffer", () => {
    const km = 10 / 1.3; // 10 km of street
    assert.equal(distanceKm(CENTRE, east(km)), 10);
    assert.equal(travelMinutes(CENTRE, east(km), "car"), Math.ceil((10 / 35) * 60) + TRAVEL_BUFFER_MINUTES);
    assert.equal(travelMinutes(CENTRE, east(km), "public_transport"), Math.ceil((10 / 18) * 60 + 10) + TRAVEL_BUFFER_MINUTES);
    assert.equal(travelMinutes(CENTRE, east(km), "bicycle"), Math.ceil((10 / 14) * 60) + TRAVEL_BUFFER_MINUTES);
    assert.equal(travelMinutes(CENTRE, east(km), "foot"), Math.ceil((10 / 4.5) * 60) + TRAVEL_BUFFER_MINUTES);
  });

  it("is symmetric, grows with distance and obeys the triangle inequality", () => {
    const point = fc.record({ lat: fc.double({ min: 51.85, max: 52.05, noNaN: true }), lng: fc.double({ min: 7.5, max: 7.8, noNaN: true }) });
    fc.assert(
      fc.property(point, point, point, fc.constantFrom(...TRAVEL_MODES), (a, b, c, mode) => {
        assert.equal(travelMinutes(a, b, mode), travelMinutes(b, a, mode));
        assert.ok(travelMinutes(a, c, mode) <= travelMinutes(a, b, mode) + travelMinutes(b, c, mode) + 1);
        if (distanceKm(a, b) >= SAME_PLACE_KM) assert.ok(travelMinutes(a, b, mode) > TRAVEL_BUFFER_MINUTES);
      }),
    );
  });
});

describe("suggest: hard conditions", () => {
  it("takes an appointment exactly filling a window, not one a minute longer or earlier", () => {
    const m = mediator({ weekly: [{ weekday: 1, start: 9 * 60, end: 12 * 60 }] });
    assert.equal(only(request({ startsAt: at(MONDAY, 9), minutes: 180 }), m).feasible, true);
    assert.equal(only(request({ startsAt: at(MONDAY, 9), minutes: 181 }), m).feasible, false);
    assert.equal(only(request({ startsAt: at(MONDAY, 8, 59), minutes: 60 }), m).feasible, false);
    assert.equal(only(request({ startsAt: at(MONDAY, 11), minutes: 60 }), m).feasible, true);
    const outside = only(request({ startsAt: at(MONDAY, 11, 30), minutes: 60 }), m);
    assert.equal(outside.feasible, false);
    assert.deepEqual(reason(outside, "availability"), { key: "availability", ok: false, points: 0, values: { weekday: 1, start: 690, end: 750 } });
  });

  it("joins touching windows of a day, but not a gap", () => {
    const touching = mediator({ weekly: [{ weekday: 1, start: 12 * 60, end: 15 * 60 }, { weekday: 1, start: 9 * 60, end: 12 * 60 }] });
    const gap = mediator({ weekly: [{ weekday: 1, start: 9 * 60, end: 12 * 60 }, { weekday: 1, start: 12 * 60 + 1, end: 15 * 60 }] });
    const req = request({ startsAt: at(MONDAY, 11), minutes: 120 });
    assert.equal(only(req, touching).feasible, true);
    assert.deepEqual(reason(only(req, touching), "availability").values, { weekday: 1, start: 660, end: 780, windowStart: 540, windowEnd: 900 });
    assert.equal(only(req, gap).feasible, false);
  });

  it("reads windows on the local wall clock on the DST Sundays", () => {
    const sunday = mediator({ weekly: [{ weekday: 7, start: 9 * 60, end: 12 * 60 }] });
    // 29 March 2026: from 03:00 it is UTC+2. A fixed UTC+1 would get both of these wrong.
    assert.equal(only(request({ startsAt: new Date("2026-03-29T07:00:00Z"), minutes: 60 }), sunday).feasible, true); // 09:00–10:00
    assert.equal(only(request({ startsAt: new Date("2026-03-29T09:30:00Z"), minutes: 60 }), sunday).feasible, false); // 11:30–12:30
    // The skipped hour: 01:30 + 60 real minutes is 03:30 on the wall, + 120 is 04:30.
    const night = mediator({ weekly: [{ weekday: 7, start: 60, end: 4 * 60 }] });
    assert.equal(only(request({ startsAt: new Date("2026-03-29T00:30:00Z"), minutes: 60 }), night).feasible, true);
    assert.equal(only(request({ startsAt: new Date("2026-03-29T00:30:00Z"), minutes: 120 }), night).feasible, false);
    // 25 October 2026: back to UTC+1 at 03:00.
    assert.equal(only(request({ startsAt: new Date("2026-10-25T08:00:00Z"), minutes: 180 }), sunday).feasible, true); // 09:00–12:00
    assert.equal(only(request({ startsAt: new Date("2026-10-25T07:00:00Z"), minutes: 60 }), sunday).feasible, false); // 08:00–09:00
  });

  it("never takes an appointment over midnight", () => {
    const allDay = mediator({ weekly: [1, 2].map((weekday) => ({ weekday, start: 0, end: 1440 })) });
    assert.equal(only(request({ startsAt: at(MONDAY, 23), minutes: 60 }), allDay).feasible, true);
    assert.equal(only(request({ startsAt: at(MONDAY, 23), minutes: 61 }), allDay).feasible, false);
  });

  it("respects absences, half-open", () => {
    const absence = { from: at(MONDAY, 8), to: at(MONDAY, 10) };
    const m = mediator({ absences: [absence], weekly: [{ weekday: 1, start: 6 * 60, end: 18 * 60 }] });
    assert.equal(only(request({ startsAt: at(MONDAY, 10) }), m).feasible, true);
    const clash = only(request({ startsAt: at(MONDAY, 9, 59) }), m);
    assert.equal(clash.feasible, false);
    assert.deepEqual(reason(clash, "absence").values, { from: absence.from.toISOString(), to: absence.to.toISOString() });
    assert.equal(only(request({ startsAt: at(MONDAY, 7), minutes: 60 }), m).feasible, true);
    assert.equal(only(request({ startsAt: at(MONDAY, 7), minutes: 61 }), m).feasible, false);
  });

  it("needs the travel time between jobs: exactly enough fits, one minute short does not", () => {
    for (const mode of TRAVEL_MODES) {
      const need = travelMinutes(east(0), east(6), mode);
      const before: MatchJob = { startsAt: at(MONDAY, 8), endsAt: at(MONDAY, 9), place: east(0), mode: "on_site" };
      const m = mediator({ travelMode: mode, jobs: [before] });
      const start = at(MONDAY, 9).getTime() + need * MINUTE;
      assert.equal(only(request({ place: east(6), startsAt: new Date(start) }), m).feasible, true, mode);
      const short = only(request({ place: east(6), startsAt: new Date(start - MINUTE) }), m);
      assert.equal(short.feasible, false, mode);
      assert.deepEqual(reason(short, "conflict").values, {
        kind: "travel",
        jobStartsAt: before.startsAt.toISOString(),
        jobEndsAt: before.endsAt.toISOString(),
        travelMinutes: need,
        gapMinutes: need - 1,
      });

      // The same towards the next job: this end + travel ≤ its start.
      const after: MatchJob = { startsAt: new Date(at(MONDAY, 11).getTime() + need * MINUTE), endsAt: at(MONDAY, 15), place: east(6), mode: "on_site" };
      const m2 = mediator({ travelMode: mode, jobs: [after] });
      assert.equal(only(request({ place: east(0), startsAt: at(MONDAY, 10) }), m2).feasible, true, mode);
      assert.equal(only(request({ place: east(0), startsAt: at(MONDAY, 10, 1) }), m2).feasible, false, mode);
    }
  });

  it("needs no travel for phone and video, nor at the same place, but never allows an overlap", () => {
    const job: MatchJob = { startsAt: at(MONDAY, 9), endsAt: at(MONDAY, 10), place: east(0), mode: "on_site" };
    const m = mediator({ jobs: [job] });
    assert.equal(only(request({ mode: "phone", place: null, startsAt: at(MONDAY, 10) }), m).feasible, true);
    assert.equal(only(request({ mode: "video", place: east(8), startsAt: at(MONDAY, 10) }), m).feasible, true);
    assert.equal(only(request({ place: east(0), startsAt: at(MONDAY, 10) }), m).feasible, true);
    const overlap = only(request({ mode: "phone", place: null, startsAt: at(MONDAY, 9, 59) }), m);
    assert.equal(overlap.feasible, false);
    assert.equal(reason(overlap, "conflict").values?.kind, "overlap");
  });

  it("keeps the way between two far-apart visits free of a phone call squeezed in between", () => {
    const need = travelMinutes(east(0), east(8), "public_transport");
    const jobs: MatchJob[] = [
      { startsAt: at(MONDAY, 8), endsAt: at(MONDAY, 9), place: east(0), mode: "on_site" },
      { startsAt: at(MONDAY, 9), endsAt: at(MONDAY, 9, 15), place: null, mode: "phone" },
    ];
    const m = mediator({ travelMode: "public_transport", jobs });
    assert.equal(only(request({ place: east(8), startsAt: at(MONDAY, 9, 15) }), m).feasible, false);
    assert.equal(only(request({ place: east(8), startsAt: new Date(at(MONDAY, 9).getTime() + need * MINUTE) }), m).feasible, true);
  });

  it("keeps to the monthly maximum, and skips paused mediators and other languages", () => {
    assert.equal(only(request({ minutes: 60 }), mediator({ maxMinutesPerMonth: 600, bookedMinutesThisMonth: 540 })).feasible, true);
    const full = only(request({ minutes: 61 }), mediator({ maxMinutesPerMonth: 600, bookedMinutesThisMonth: 540 }));
    assert.equal(full.feasible, false);
    assert.deepEqual(reason(full, "workload").values, { bookedMinutes: 540, maxMinutes: 600, afterMinutes: 601 });
    assert.equal(only(request(), mediator({ active: false })).feasible, false);
    assert.equal(only(request({ language: "tr" }), mediator()).feasible, false);
    assert.equal(only(request({ language: "AR" }), mediator()).feasible, true);
  });
});

describe("suggest: ranking and explanations", () => {
  const KEYS = ["paused", "language", "dialect", "gender", "availability", "absence", "conflict", "travel", "workload", "continuity"];

  it("explains every criterion, and the score is the sum of the points", () => {
    const s = only(
      request({ dialect: "Levantine", preferredGender: "female", previousMediatorIds: ["m1"] }),
      mediator({ bookedMinutesThisMonth: 600, maxMinutesPerMonth: 2400, home: east(5) }),
    );
    assert.deepEqual(
      s.reasons.map((r) => r.key),
      KEYS,
    );
    assert.equal(s.feasible, true);
    assert.equal(reason(s, "language").points, POINTS.level.native);
    assert.equal(reason(s, "dialect").points, POINTS.dialectSpoken);
    assert.equal(reason(s, "gender").points, POINTS.genderMet);
    assert.equal(reason(s, "continuity").points, POINTS.continuity);
    assert.equal(reason(s, "workload").points, 15);
    assert.equal(s.travelMinutes, travelMinutes(east(5), east(0), "car"));
    assert.deepEqual(reason(s, "travel"), { key: "travel", ok: true, points: -Math.floor(s.travelMinutes / 3), values: { minutes: s.travelMinutes, from: "home", km: distanceKm(east(5), east(0)) } });
    assert.equal(s.score, s.reasons.reduce((sum, r) => sum + r.points, 0));
  });

  it("keeps a mediator against the gender wish feasible, but ranks them lower", () => {
    const req = request({ preferredGender: "female" });
    const [first, second] = suggest(req, [mediator({ id: "m", name: "Murat", gender: "male" }), mediator({ id: "f", name: "Zeynep", gender: "female" })]);
    assert.equal(first!.mediatorId, "f");
    assert.equal(second!.feasible, true);
    assert.deepEqual(reason(second!, "gender"), { key: "gender", ok: false, points: POINTS.genderMissed, values: { wish: "female", gender: "male" } });
  });

  it("counts the way from the last on-site job that day, else from home, and caps the deduction", () => {
    const jobs: MatchJob[] = [
      { startsAt: at(MONDAY, 7), endsAt: at(MONDAY, 8), place: east(9), mode: "on_site" },
      { startsAt: at(MONDAY, 8), endsAt: at(MONDAY, 8, 30), place: east(1), mode: "on_site" },
      { startsAt: at(MONDAY, 8, 30), endsAt: at(MONDAY, 9), place: null, mode: "phone" },
      { startsAt: at("2026-03-22", 15), endsAt: at("2026-03-22", 16), place: east(-9), mode: "on_site" },
    ];
    const s = only(request({ startsAt: at(MONDAY, 10) }), mediator({ home: east(20), jobs }));
    assert.equal(s.travelMinutes, travelMinutes(east(1), east(0), "car"));
    assert.equal(reason(s, "travel").values?.from, "job");
    const far = only(request({ startsAt: at(MONDAY, 10) }), mediator({ home: east(20), travelMode: "foot" }));
    assert.equal(reason(far, "travel").points, -POINTS.travelMax);
    assert.equal(reason(far, "travel").ok, false);
    const remote = only(request({ mode: "video", place: null }), mediator({ home: east(20) }));
    assert.equal(remote.travelMinutes, 0);
    assert.deepEqual(reason(remote, "travel"), { key: "travel", ok: true, points: 0, values: { minutes: 0, from: "none" } });
  });

  it("marks a dialect asked for but not spoken", () => {
    const s = only(request({ dialect: "Iraqi" }), mediator());
    assert.deepEqual(reason(s, "dialect"), { key: "dialect", ok: false, points: POINTS.dialectMissing, values: { dialect: "Iraqi" } });
  });

  it("orders feasible first, then score, then the lower booked share, then name, then id", () => {
    const list = suggest(request({ language: "fa" }), [
      mediator({ id: "e", name: "Emil", languages: [{ code: "fa", level: "native", dialects: [] }], active: false }),
      mediator({ id: "d", name: "Dara", languages: [{ code: "fa", level: "c1", dialects: [] }] }),
      mediator({ id: "c2", name: "Cem", languages: [{ code: "fa", level: "native", dialects: [] }], bookedMinutesThisMonth: 10 }),
      mediator({ id: "c1", name: "Cem", languages: [{ code: "fa", level: "native", dialects: [] }], bookedMinutesThisMonth: 10 }),
      mediator({ id: "b", name: "Bahar", languages: [{ code: "fa", level: "native", dialects: [] }], bookedMinutesThisMonth: 50 }),
      mediator({ id: "a", name: "Ali", languages: [{ code: "fa", level: "native", dialects: [] }], bookedMinutesThisMonth: 60 }),
    ]);
    // b and a both round to 20 workload points; b has booked less.
    assert.deepEqual(
      list.map((s) => s.mediatorId),
      ["c1", "c2", "b", "a", "d", "e"],
    );
  });

  it("gives the same list for any order of the mediators, feasible exactly when every hard condition holds", () => {
    const HARD = new Set(["paused", "language", "availability", "absence", "conflict", "workload"]);
    const arbitraryMediator = fc.record({
      name: fc.constantFrom("Ali", "Bahar", "Cem", "Dara"),
      gender: fc.constantFrom<Gender | null>("female", "male", null),
      code: fc.constantFrom("ar", "fa", "tr"),
      level: fc.constantFrom("native" as const, "c2" as const, "c1" as const, "b2" as const),
      booked: fc.integer({ min: 0, max: 2400 }),
      jobAt: fc.option(fc.integer({ min: 8 * 4, max: 17 * 4 }), { nil: null }),
      km: fc.integer({ min: 0, max: 10 }),
      active: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryMediator, { maxLength: 8 }), fc.integer({ min: 8 * 4, max: 17 * 4 }), fc.integer(), (specs, quarter, seed) => {
        const mediators = specs.map((s, i) =>
          mediator({
            id: `m${i}`,
            name: s.name,
            gender: s.gender,
            languages: [{ code: s.code, level: s.level, dialects: [] }],
            bookedMinutesThisMonth: s.booked,
            active: s.active,
            home: east(s.km),
            jobs: s.jobAt === null ? [] : [{ startsAt: at(MONDAY, 0, s.jobAt * 15), endsAt: at(MONDAY, 0, s.jobAt * 15 + 45), place: east(-s.km), mode: "on_site" }],
          }),
        );
        const req = request({ startsAt: at(MONDAY, 0, quarter * 15), preferredGender: "female" });
        const list = suggest(req, mediators);
        const shuffled = [...mediators].sort((a, b) => ((a.id.charCodeAt(1) * seed) % 7) - ((b.id.charCodeAt(1) * seed) % 7));
        assert.deepEqual(suggest(req, shuffled), list);
        for (const s of list) {
          assert.equal(s.feasible, s.reasons.every((r) => r.ok || !HARD.has(r.key)));
          assert.equal(s.score, s.reasons.reduce((sum, r) => sum + r.points, 0));
        }
        const firstInfeasible = list.findIndex((s) => !s.feasible);
        if (firstInfeasible >= 0) assert.ok(list.slice(firstInfeasible).every((s) => !s.feasible));
      }),
      { numRuns: 200 },
    );
  });
});
