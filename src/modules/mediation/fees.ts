/**
 * What a deployment costs by the office's rate rules, and what a cancellation
 * costs the requester. Pure arithmetic in euro cents.
 *
 * - Service: the billed minutes are the actual minutes, at least
 *   `minimumMinutes`, rounded up to whole units (every started half hour or
 *   hour counts); serviceCents = units × unitCents. 61 minutes with
 *   half-hour units and a 60-minute minimum are 90 billed minutes, 3 units.
 * - Remote flat: a phone or video appointment of at most `remoteFlatMinutes`
 *   costs `remoteFlatCents` (when set), with no minimum. Such a fee has
 *   `flat: true`, `units: 0` (nothing was billed by the unit) and the actual
 *   minutes as billedMinutes (the flat covers them, nothing is rounded). A
 *   longer remote appointment is billed like an on-site one for its whole
 *   duration. Note: if the flat costs more than the units just above
 *   `remoteFlatMinutes`, a slightly longer call is cheaper; the rules allow
 *   that, the settings form should warn about it.
 * - Travel: on-site only, for the kilometres (one way) beyond `travelFreeKm`,
 *   there and back: max(0, km − travelFreeKm) × 2 × kmCents, rounded to whole
 *   cents once at the end (Math.round), so 7.3 km are paid to the cent.
 * - Cancellation: billable only when the requester's side cancels less than
 *   `freeCancellationHours` before the start (exactly at the deadline is
 *   still free; after the start it is a no-show and billable). The fee is
 *   `cancellationPercent` of the booked service without travel, rounded to
 *   whole cents: nobody travelled. A cancellation by the mediator or the
 *   office never costs the requester anything.
 *
 * Negative or non-finite inputs, and rules outside their range (also a
 * cancellation share above 100 %), throw a RangeError: a wrong invoice is
 * worse than a failed one.
 */
import type { CancelledBy, Mode, RateRules } from "./model.ts";

export interface FeeInput {
  mode: Mode;
  /** Actual minutes of the appointment. */
  minutes: number;
  /** One way. */
  travelKm: number;
}

export interface Fee {
  billedMinutes: number;
  units: number;
  serviceCents: number;
  travelCents: number;
  totalCents: number;
  flat: boolean;
}

export interface CancellationInput {
  startsAt: Date;
  cancelledAt: Date;
  cancelledBy: CancelledBy;
  booked: FeeInput;
}

export interface CancellationOutcome {
  billable: boolean;
  feeCents: number;
  /** Hours from the cancellation to the start, unrounded; negative after the start. */
  hoursBefore: number;
}

const MS_PER_HOUR = 3_600_000;
const UNIT_MINUTES: Record<RateRules["unit"], number> = { half_hour: 30, hour: 60 };

function check(name: string, value: number, max = Infinity): void {
  if (!Number.isFinite(value) || value < 0 || value > max) throw new RangeError(`${name} must be a finite number from 0 to ${max}: ${value}`);
}

function checkRules(rules: RateRules): void {
  if (!Object.hasOwn(UNIT_MINUTES, rules.unit)) throw new RangeError(`Unknown billing unit: ${String(rules.unit)}`);
  check("unitCents", rules.unitCents);
  check("minimumMinutes", rules.minimumMinutes);
  if (rules.remoteFlatCents !== null) check("remoteFlatCents", rules.remoteFlatCents);
  check("remoteFlatMinutes", rules.remoteFlatMinutes);
  check("travelFreeKm", rules.travelFreeKm);
  check("kmCents", rules.kmCents);
  check("freeCancellationHours", rules.freeCancellationHours);
  check("cancellationPercent", rules.cancellationPercent, 100);
}

function checkInput(input: FeeInput): void {
  check("minutes", input.minutes);
  check("travelKm", input.travelKm);
}

function travelCents(input: FeeInput, rules: RateRules): number {
  if (input.mode !== "on_site") return 0;
  return Math.round(Math.max(0, input.travelKm - rules.travelFreeKm) * 2 * rules.kmCents);
}

/** The fee of an appointment of `input.minutes` actual minutes; see the module comment. */
export function fee(input: FeeInput, rules: RateRules): Fee {
  checkInput(input);
  checkRules(rules);
  const remote = input.mode !== "on_site";
  if (remote && rules.remoteFlatCents !== null && input.minutes <= rules.remoteFlatMinutes) {
    const cents = rules.remoteFlatCents;
    return { billedMinutes: input.minutes, units: 0, serviceCents: cents, travelCents: 0, totalCents: cents, flat: true };
  }
  const unit = UNIT_MINUTES[rules.unit];
  const base = Math.max(input.minutes, rules.minimumMinutes);
  let units = Math.ceil(base / unit);
  // A subnormal number of minutes divides to 0: still one started unit.
  if (units * unit < base) units += 1;
  const serviceCents = units * rules.unitCents;
  const travel = travelCents(input, rules);
  return { billedMinutes: units * unit, units, serviceCents, travelCents: travel, totalCents: serviceCents + travel, flat: false };
}

/** Whether and what the requester pays for a cancelled appointment; see the module comment. */
export function cancellation(input: CancellationInput, rules: RateRules): CancellationOutcome {
  const startsAt = input.startsAt.getTime();
  const cancelledAt = input.cancelledAt.getTime();
  if (!Number.isFinite(startsAt) || !Number.isFinite(cancelledAt)) throw new RangeError("Invalid date");
  // Checked and computed even when not billable, so that a broken booking throws whoever cancels.
  checkInput(input.booked);
  const booked = fee({ ...input.booked, travelKm: 0 }, rules);
  const msBefore = startsAt - cancelledAt;
  const billable = input.cancelledBy === "requester" && msBefore < rules.freeCancellationHours * MS_PER_HOUR;
  const feeCents = billable ? Math.round((rules.cancellationPercent * booked.totalCents) / 100) : 0;
  return { billable, feeCents, hoursBefore: msBefore / MS_PER_HOUR };
}

/**
 * What the requester is told before cancelling a booked appointment: free until `freeUntil`, after
 * that `lateFeeCents` (by `cancellation`, so the two cannot disagree).
 */
export function cancellationTerms(startsAt: Date, booked: FeeInput, rules: RateRules): { freeUntil: Date; lateFeeCents: number } {
  const freeUntil = new Date(startsAt.getTime() - rules.freeCancellationHours * MS_PER_HOUR);
  // The first moment after the free period (with none, that is just after the start).
  const late = new Date(freeUntil.getTime() + 1);
  return { freeUntil, lateFeeCents: cancellation({ startsAt, cancelledAt: late, cancelledBy: "requester", booked }, rules).feeCents };
}

/** Expected cents of an appointment for the budget check: its fee without travel (the place's distance is not known yet). */
export function estimate(mode: Mode, minutes: number, rules: RateRules): number {
  return fee({ mode, minutes, travelKm: 0 }, rules).totalCents;
}
