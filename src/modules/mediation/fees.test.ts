import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { cancellation, cancellationTerms, estimate, fee, type CancellationInput, type FeeInput } from "./fees.ts";
import { CANCELLED_BY, DEFAULT_RATES, MODES, type RateRules } from "./model.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const START = new Date("2026-11-24T08:30:00Z");
const before = (ms: number) => new Date(START.getTime() - ms);

const onSite = (minutes: number, travelKm = 0): FeeInput => ({ mode: "on_site", minutes, travelKm });
const HOURLY: RateRules = { ...DEFAULT_RATES, unit: "hour", unitCents: 3000 };

describe("fee: service", () => {
  it("bills every started half hour above the minimum: 61 minutes are 90, 3 units", () => {
    assert.deepEqual(fee(onSite(61), DEFAULT_RATES), { billedMinutes: 90, units: 3, serviceCents: 4500, travelCents: 0, totalCents: 4500, flat: false });
  });

  it("bills the minimum for a shorter appointment and exact units as they are", () => {
    assert.deepEqual(fee(onSite(20), DEFAULT_RATES), { billedMinutes: 60, units: 2, serviceCents: 3000, travelCents: 0, totalCents: 3000, flat: false });
    assert.equal(fee(onSite(60), DEFAULT_RATES).billedMinutes, 60);
    assert.equal(fee(onSite(90), DEFAULT_RATES).billedMinutes, 90);
    assert.equal(fee(onSite(90.5), DEFAULT_RATES).billedMinutes, 120);
  });

  it("bills whole hours with an hourly unit", () => {
    assert.deepEqual(fee(onSite(61), HOURLY), { billedMinutes: 120, units: 2, serviceCents: 6000, travelCents: 0, totalCents: 6000, flat: false });
    assert.deepEqual(fee(onSite(30), HOURLY), { billedMinutes: 60, units: 1, serviceCents: 3000, travelCents: 0, totalCents: 3000, flat: false });
    assert.equal(fee(onSite(150), HOURLY).units, 3);
  });

  it("bills nothing for nothing when there is no minimum", () => {
    assert.deepEqual(fee(onSite(0), { ...DEFAULT_RATES, minimumMinutes: 0 }), { billedMinutes: 0, units: 0, serviceCents: 0, travelCents: 0, totalCents: 0, flat: false });
  });

  it("counts any started unit, however little of it", () => {
    const noMinimum = { ...DEFAULT_RATES, minimumMinutes: 0 };
    assert.equal(fee(onSite(1 / 60), noMinimum).billedMinutes, 30);
    assert.equal(fee(onSite(Number.MIN_VALUE), noMinimum).billedMinutes, 30);
  });

  it("rounds a minimum that is not a whole number of units up as well", () => {
    assert.equal(fee(onSite(10), { ...DEFAULT_RATES, minimumMinutes: 45 }).billedMinutes, 60);
  });
});

describe("fee: remote flat", () => {
  it("charges the flat for a short call, without a minimum", () => {
    assert.deepEqual(fee({ mode: "phone", minutes: 20, travelKm: 0 }, DEFAULT_RATES), { billedMinutes: 20, units: 0, serviceCents: 2500, travelCents: 0, totalCents: 2500, flat: true });
    assert.equal(fee({ mode: "video", minutes: 30, travelKm: 0 }, DEFAULT_RATES).flat, true);
  });

  it("bills a longer call like an on-site appointment for its whole duration, without travel", () => {
    assert.deepEqual(fee({ mode: "video", minutes: 31, travelKm: 40 }, DEFAULT_RATES), { billedMinutes: 60, units: 2, serviceCents: 3000, travelCents: 0, totalCents: 3000, flat: false });
    assert.deepEqual(fee({ mode: "phone", minutes: 95, travelKm: 0 }, DEFAULT_RATES), fee(onSite(95), DEFAULT_RATES));
  });

  it("bills by the unit when the office has no flat", () => {
    assert.deepEqual(fee({ mode: "phone", minutes: 20, travelKm: 0 }, { ...DEFAULT_RATES, remoteFlatCents: null }), fee(onSite(20), DEFAULT_RATES));
  });

  it("never gives an on-site appointment the flat", () => {
    assert.equal(fee(onSite(20), DEFAULT_RATES).flat, false);
  });

  it("makes a slightly longer call cheaper when the flat costs more than the units above it (as documented)", () => {
    const dearFlat: RateRules = { ...DEFAULT_RATES, remoteFlatCents: 5000 };
    assert.equal(fee({ mode: "phone", minutes: 30, travelKm: 0 }, dearFlat).totalCents, 5000);
    assert.equal(fee({ mode: "phone", minutes: 31, travelKm: 0 }, dearFlat).totalCents, 3000);
  });
});

describe("fee: travel", () => {
  it("pays nothing up to the free kilometres", () => {
    assert.equal(fee(onSite(60, 3), DEFAULT_RATES).travelCents, 0);
    assert.equal(fee(onSite(60, 5), DEFAULT_RATES).travelCents, 0);
  });

  it("pays the kilometres beyond them there and back", () => {
    // (12 − 5) km × 2 × 30 ct
    assert.deepEqual(fee(onSite(61, 12), DEFAULT_RATES), { billedMinutes: 90, units: 3, serviceCents: 4500, travelCents: 420, totalCents: 4920, flat: false });
  });

  it("rounds fractional kilometres to whole cents once", () => {
    // (7.3 − 5) × 2 × 30 = 138; (5.01 − 5) × 2 × 35 = 0.7 → 1
    assert.equal(fee(onSite(60, 7.3), DEFAULT_RATES).travelCents, 138);
    assert.equal(fee(onSite(60, 5.01), { ...DEFAULT_RATES, kmCents: 35 }).travelCents, 1);
    assert.equal(fee(onSite(60, 5.007), { ...DEFAULT_RATES, kmCents: 35 }).travelCents, 0);
  });
});

describe("fee: invalid input", () => {
  it("throws a RangeError for negative or non-finite values", () => {
    for (const minutes of [-1, Number.NaN, Number.POSITIVE_INFINITY]) assert.throws(() => fee(onSite(minutes), DEFAULT_RATES), RangeError, String(minutes));
    for (const km of [-0.1, Number.NaN, Number.POSITIVE_INFINITY]) assert.throws(() => fee(onSite(60, km), DEFAULT_RATES), RangeError, String(km));
  });

  it("throws a RangeError for rules out of range", () => {
    const broken: Partial<RateRules>[] = [
      { unitCents: -1 },
      { minimumMinutes: Number.NaN },
      { remoteFlatCents: -100 },
      { remoteFlatMinutes: -5 },
      { travelFreeKm: -1 },
      { kmCents: Number.POSITIVE_INFINITY },
      { freeCancellationHours: -1 },
      { cancellationPercent: 101 },
      { cancellationPercent: -1 },
      { unit: "day" as RateRules["unit"] },
      { unit: "toString" as RateRules["unit"] },
    ];
    for (const change of broken) assert.throws(() => fee(onSite(60), { ...DEFAULT_RATES, ...change }), RangeError, JSON.stringify(change));
  });
});

describe("estimate", () => {
  it("is the fee without travel", () => {
    assert.equal(estimate("on_site", 61, DEFAULT_RATES), 4500);
    assert.equal(estimate("phone", 20, DEFAULT_RATES), 2500);
    assert.equal(estimate("video", 120, HOURLY), 6000);
  });

  it("throws a RangeError for negative minutes", () => {
    assert.throws(() => estimate("on_site", -1, DEFAULT_RATES), RangeError);
  });
});

describe("cancellation", () => {
  const booked = onSite(60, 20); // 3000 ct service, travel not billed on cancellation
  const byRequester = (cancelledAt: Date, rules = DEFAULT_RATES, b = booked) => cancellation({ startsAt: START, cancelledAt, cancelledBy: "requester", booked: b }, rules);

  it("is free exactly at the deadline", () => {
    assert.deepEqual(byRequester(before(48 * HOUR)), { billable: false, feeCents: 0, hoursBefore: 48 });
  });

  it("is free earlier", () => {
    assert.deepEqual(byRequester(before(10 * 24 * HOUR)), { billable: false, feeCents: 0, hoursBefore: 240 });
  });

  it("bills the booked service without travel one minute after the deadline", () => {
    const outcome = byRequester(before(48 * HOUR - MINUTE));
    assert.equal(outcome.billable, true);
    assert.equal(outcome.feeCents, 3000);
    assert.ok(Math.abs(outcome.hoursBefore - (48 - 1 / 60)) < 1e-9, `${outcome.hoursBefore}`);
  });

  it("bills a cancellation after the start (a no-show)", () => {
    assert.deepEqual(byRequester(new Date(START.getTime() + 30 * MINUTE)), { billable: true, feeCents: 3000, hoursBefore: -0.5 });
  });

  it("bills the percentage, rounded to whole cents", () => {
    assert.equal(byRequester(before(HOUR), { ...DEFAULT_RATES, cancellationPercent: 50 }, onSite(61)).feeCents, 2250);
    // 2 units × 1001 ct × 33 % = 660.66
    assert.equal(byRequester(before(HOUR), { ...DEFAULT_RATES, unitCents: 1001, cancellationPercent: 33 }).feeCents, 661);
    const free = byRequester(before(HOUR), { ...DEFAULT_RATES, cancellationPercent: 0 });
    assert.deepEqual(free, { billable: true, feeCents: 0, hoursBefore: 1 });
  });

  it("bills a late cancelled call by its flat", () => {
    assert.equal(byRequester(before(HOUR), DEFAULT_RATES, { mode: "phone", minutes: 25, travelKm: 0 }).feeCents, 2500);
  });

  it("never bills the requester for a cancellation by the mediator or the office", () => {
    for (const cancelledBy of ["mediator", "office"] as const) {
      for (const cancelledAt of [before(HOUR), START, new Date(START.getTime() + HOUR)]) {
        const outcome = cancellation({ startsAt: START, cancelledAt, cancelledBy, booked }, DEFAULT_RATES);
        assert.equal(outcome.billable, false);
        assert.equal(outcome.feeCents, 0);
      }
    }
  });

  it("with no free period is free up to the start and billable after it", () => {
    const rules = { ...DEFAULT_RATES, freeCancellationHours: 0 };
    assert.equal(byRequester(before(MINUTE), rules).billable, false);
    assert.equal(byRequester(START, rules).billable, false);
    assert.equal(byRequester(new Date(START.getTime() + 1), rules).billable, true);
  });

  it("throws a RangeError for invalid dates or a broken booking, whoever cancels", () => {
    assert.throws(() => byRequester(new Date(Number.NaN)), RangeError);
    assert.throws(() => cancellation({ startsAt: new Date(Number.NaN), cancelledAt: START, cancelledBy: "office", booked }, DEFAULT_RATES), RangeError);
    assert.throws(() => cancellation({ startsAt: START, cancelledAt: before(HOUR), cancelledBy: "mediator", booked: onSite(-5) }, DEFAULT_RATES), RangeError);
    assert.throws(() => cancellation({ startsAt: START, cancelledAt: before(HOUR), cancelledBy: "office", booked: onSite(60, -1) }, DEFAULT_RATES), RangeError);
  });
});

// ---------------------------------------------------------------------------
// Properties over arbitrary rules and appointments

const rulesArb: fc.Arbitrary<RateRules> = fc.record({
  unit: fc.constantFrom("half_hour" as const, "hour" as const),
  unitCents: fc.integer({ min: 0, max: 10_000 }),
  minimumMinutes: fc.integer({ min: 0, max: 240 }),
  remoteFlatCents: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
  remoteFlatMinutes: fc.integer({ min: 0, max: 120 }),
  travelFreeKm: fc.integer({ min: 0, max: 50 }),
  kmCents: fc.integer({ min: 0, max: 100 }),
  freeCancellationHours: fc.integer({ min: 0, max: 168 }),
  cancellationPercent: fc.integer({ min: 0, max: 100 }),
});

/** Mostly whole minutes (as booked), sometimes measured to the second. */
const minutesArb = fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 600 * 60 }).map((s) => s / 60));
const kmArb = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0, max: 200, noNaN: true }));
const modeArb = fc.constantFrom(...MODES);
const feeInputArb: fc.Arbitrary<FeeInput> = fc.record({ mode: modeArb, minutes: minutesArb, travelKm: kmArb });
const unitOf = (rules: RateRules) => (rules.unit === "hour" ? 60 : 30);

/**
 * Whether a remote flat costs at most what the units just above its limit
 * cost. Only then is a remote fee monotone across the limit; see fees.ts.
 */
function flatNotDearer(rules: RateRules): boolean {
  if (rules.remoteFlatCents === null) return true;
  return fee(onSite(rules.remoteFlatMinutes + 1e-6), rules).serviceCents >= rules.remoteFlatCents;
}

describe("fee: properties", () => {
  it("is monotone in minutes (for remote modes: unless the flat costs more than the units above it)", () => {
    fc.assert(
      fc.property(rulesArb, modeArb, minutesArb, minutesArb, kmArb, (rules, mode, a, b, km) => {
        fc.pre(mode === "on_site" || flatNotDearer(rules));
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        const [low, high] = [fee({ mode, minutes: shorter, travelKm: km }, rules), fee({ mode, minutes: longer, travelKm: km }, rules)];
        assert.ok(low.totalCents <= high.totalCents, `${shorter} min: ${low.totalCents}, ${longer} min: ${high.totalCents}`);
      }),
      { numRuns: 1000 },
    );
  });

  it("is monotone in kilometres", () => {
    fc.assert(
      fc.property(rulesArb, modeArb, minutesArb, kmArb, kmArb, (rules, mode, minutes, a, b) => {
        const [near, far] = a <= b ? [a, b] : [b, a];
        const nearFee = fee({ mode, minutes, travelKm: near }, rules);
        const farFee = fee({ mode, minutes, travelKm: far }, rules);
        assert.ok(nearFee.totalCents <= farFee.totalCents, `${near} km: ${nearFee.totalCents}, ${far} km: ${farFee.totalCents}`);
        assert.equal(nearFee.serviceCents, farFee.serviceCents);
      }),
      { numRuns: 1000 },
    );
  });

  it("bills less than one unit more than the minutes (or the minimum), in whole units", () => {
    fc.assert(
      fc.property(rulesArb, feeInputArb, (rules, input) => {
        const f = fee(input, rules);
        fc.pre(!f.flat);
        const unit = unitOf(rules);
        const base = Math.max(input.minutes, rules.minimumMinutes);
        assert.ok(f.billedMinutes >= input.minutes, `${f.billedMinutes} for ${input.minutes}`);
        assert.ok(f.billedMinutes >= base && f.billedMinutes < base + unit, `${f.billedMinutes} for ${base}`);
        if (input.minutes >= rules.minimumMinutes) assert.ok(f.billedMinutes < input.minutes + unit, `${f.billedMinutes} for ${input.minutes}`);
        assert.equal(f.billedMinutes % unit, 0);
        assert.equal(f.billedMinutes, f.units * unit);
        assert.equal(f.serviceCents, f.units * rules.unitCents);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives a flat only to a short remote call, at the flat price", () => {
    fc.assert(
      fc.property(rulesArb, feeInputArb, (rules, input) => {
        const f = fee(input, rules);
        const expected = input.mode !== "on_site" && rules.remoteFlatCents !== null && input.minutes <= rules.remoteFlatMinutes;
        assert.equal(f.flat, expected);
        if (f.flat) assert.deepEqual(f, { billedMinutes: input.minutes, units: 0, serviceCents: rules.remoteFlatCents, travelCents: 0, totalCents: rules.remoteFlatCents, flat: true });
      }),
      { numRuns: 1000 },
    );
  });

  it("adds up: total = service + travel, in whole cents, travel only on site", () => {
    fc.assert(
      fc.property(rulesArb, feeInputArb, (rules, input) => {
        const f = fee(input, rules);
        assert.equal(f.totalCents, f.serviceCents + f.travelCents);
        assert.ok(Number.isInteger(f.travelCents) && Number.isInteger(f.totalCents), `${f.travelCents}, ${f.totalCents}`);
        assert.ok(f.travelCents >= 0, `${f.travelCents}`);
        if (input.mode !== "on_site") assert.equal(f.travelCents, 0);
        assert.equal(estimate(input.mode, input.minutes, rules), fee({ ...input, travelKm: 0 }, rules).totalCents);
      }),
      { numRuns: 1000 },
    );
  });
});

const cancellationArb: fc.Arbitrary<CancellationInput> = fc.record({
  startsAt: fc.constant(START),
  // From 10 days before the start to 3 hours after it, with the 48-hour deadline itself likely.
  cancelledAt: fc
    .oneof(fc.integer({ min: -3 * 60, max: 10 * 24 * 60 }), fc.constantFrom(0, 48 * 60, 48 * 60 - 1, 48 * 60 + 1))
    .map((m) => before(m * MINUTE)),
  cancelledBy: fc.constantFrom(...CANCELLED_BY),
  booked: feeInputArb,
});

describe("cancellation: properties", () => {
  it("never costs more than the booked appointment", () => {
    fc.assert(
      fc.property(rulesArb, cancellationArb, (rules, input) => {
        const outcome = cancellation(input, rules);
        assert.ok(outcome.feeCents >= 0, `${outcome.feeCents}`);
        assert.ok(outcome.feeCents <= fee(input.booked, rules).totalCents, `${outcome.feeCents}`);
        assert.ok(outcome.feeCents <= fee({ ...input.booked, travelKm: 0 }, rules).totalCents, `${outcome.feeCents}`);
        if (!outcome.billable) assert.equal(outcome.feeCents, 0);
      }),
      { numRuns: 1000 },
    );
  });

  it("is never billable when the mediator or the office cancels", () => {
    fc.assert(
      fc.property(rulesArb, cancellationArb, fc.constantFrom("mediator" as const, "office" as const), (rules, input, cancelledBy) => {
        assert.deepEqual(cancellation({ ...input, cancelledBy }, rules), {
          billable: false,
          feeCents: 0,
          hoursBefore: (input.startsAt.getTime() - input.cancelledAt.getTime()) / HOUR,
        });
      }),
      { numRuns: 500 },
    );
  });

  it("is billable for the requester exactly inside the free-cancellation period", () => {
    fc.assert(
      fc.property(rulesArb, cancellationArb, (rules, input) => {
        const msBefore = input.startsAt.getTime() - input.cancelledAt.getTime();
        const outcome = cancellation({ ...input, cancelledBy: "requester" }, rules);
        assert.equal(outcome.billable, msBefore < rules.freeCancellationHours * HOUR);
      }),
      { numRuns: 500 },
    );
  });

  it("the terms told before cancelling agree with what a cancellation then costs, at every instant", () => {
    fc.assert(
      fc.property(rulesArb, feeInputArb, fc.integer({ min: -48 * 60, max: 200 * 60 }), (rules, booked, minutesBefore) => {
        const terms = cancellationTerms(START, booked, rules);
        const cancelledAt = new Date(START.getTime() - minutesBefore * MINUTE);
        const outcome = cancellation({ startsAt: START, cancelledAt, cancelledBy: "requester", booked }, rules);
        assert.equal(outcome.feeCents, cancelledAt <= terms.freeUntil ? 0 : terms.lateFeeCents, `${minutesBefore} min before, free until ${terms.freeUntil.toISOString()}`);
      }),
      { numRuns: 1000 },
    );
  });
});
