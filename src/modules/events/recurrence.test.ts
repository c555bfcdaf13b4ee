/**
 * Recurrence on the event's wall clock: summer time, "last Tuesday of the
 * month", exceptions, moved and cancelled single occurrences, the RRULEs the
 * form's choices stand for, and the validation of typed rules.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { instantOf, wallOf } from "../../core/time.ts";
import type { Timing } from "./model.ts";
import { isOccurrence, lastEnd, occurrences, repeatOf, rruleOf, rruleProblem } from "./recurrence.ts";
import { REPEATS } from "./model.ts";

const TZ = "Europe/Berlin";
const at = (date: string, hhmm: string) => instantOf(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)), TZ);
const local = (d: Date) => {
  const w = wallOf(d, TZ);
  return `${w.date} ${String(Math.floor(w.minute / 60)).padStart(2, "0")}:${String(w.minute % 60).padStart(2, "0")}`;
};
const timing = (over: Partial<Timing>): Timing => ({ startsAt: at("2026-10-20", "18:00"), endsAt: at("2026-10-20", "20:00"), timeZone: TZ, allDay: false, rrule: null, exdates: [], changes: [], ...over });
const year = (y: number) => [new Date(Date.UTC(y, 0, 1)), new Date(Date.UTC(y + 1, 0, 1))] as const;

describe("occurrences", () => {
  test("a weekly evening keeps 18:00 local across the end of summer time, and its duration", () => {
    const list = occurrences(timing({ rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=3" }), ...year(2026));
    assert.deepEqual(list.map((o) => local(o.startsAt)), ["2026-10-20 18:00", "2026-10-27 18:00", "2026-11-03 18:00"]);
    // UTC offsets differ: +02:00 before 25 October, +01:00 after.
    assert.deepEqual(list.map((o) => o.startsAt.toISOString()), ["2026-10-20T16:00:00.000Z", "2026-10-27T17:00:00.000Z", "2026-11-03T17:00:00.000Z"]);
    for (const o of list) assert.equal(o.endsAt.getTime() - o.startsAt.getTime(), 2 * 3_600_000);
  });

  test("and across the start of summer time", () => {
    const list = occurrences(timing({ startsAt: at("2026-03-23", "09:30"), endsAt: at("2026-03-23", "11:00"), rrule: "FREQ=DAILY;COUNT=9" }), ...year(2026));
    assert.ok(list.every((o) => local(o.startsAt).endsWith("09:30")), list.map((o) => local(o.startsAt)).join());
    assert.equal(list.length, 9);
  });

  test("the last Tuesday of the month, also in months with five Tuesdays", () => {
    const list = occurrences(timing({ startsAt: at("2026-01-27", "17:00"), endsAt: at("2026-01-27", "19:00"), rrule: "FREQ=MONTHLY;BYDAY=-1TU;COUNT=6" }), ...year(2026));
    assert.deepEqual(list.map((o) => local(o.startsAt)), ["2026-01-27 17:00", "2026-02-24 17:00", "2026-03-31 17:00", "2026-04-28 17:00", "2026-05-26 17:00", "2026-06-30 17:00"]);
  });

  test("an exception date is left out and a moved occurrence appears where it was moved to", () => {
    const t = timing({
      rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=4",
      exdates: [at("2026-10-27", "18:00")],
      changes: [{ originalStart: at("2026-11-03", "18:00"), startsAt: at("2026-11-05", "10:00"), endsAt: at("2026-11-05", "12:00"), cancelled: false }],
    });
    const list = occurrences(t, ...year(2026));
    assert.deepEqual(list.map((o) => [local(o.startsAt), o.moved]), [["2026-10-20 18:00", false], ["2026-11-05 10:00", true], ["2026-11-10 18:00", false]]);
    assert.equal(local(list[1]!.originalStart), "2026-11-03 18:00");
    assert.equal(isOccurrence(t, at("2026-10-27", "18:00")), false);
    assert.equal(isOccurrence(t, at("2026-11-03", "18:00")), true);
    assert.equal(isOccurrence(t, at("2026-11-03", "18:30")), false);
  });

  test("a moved occurrence is found by a window that holds only its new time, and not by its old one", () => {
    const t = timing({ rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=2", changes: [{ originalStart: at("2026-10-27", "18:00"), startsAt: at("2026-11-20", "18:00"), endsAt: at("2026-11-20", "20:00"), cancelled: false }] });
    assert.deepEqual(occurrences(t, at("2026-11-20", "00:00"), at("2026-11-21", "00:00")).map((o) => local(o.startsAt)), ["2026-11-20 18:00"]);
    assert.deepEqual(occurrences(t, at("2026-10-27", "00:00"), at("2026-10-28", "00:00")), []);
  });

  test("a cancelled single occurrence stays in the list, marked", () => {
    const t = timing({ rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=2", changes: [{ originalStart: at("2026-10-27", "18:00"), startsAt: at("2026-10-27", "18:00"), endsAt: at("2026-10-27", "20:00"), cancelled: true }] });
    assert.deepEqual(occurrences(t, ...year(2026)).map((o) => [local(o.startsAt), o.cancelled, o.moved]), [["2026-10-20 18:00", false, false], ["2026-10-27 18:00", true, false]]);
  });

  test("a window returns what overlaps it: an event running into it counts, one ending at its start does not", () => {
    const t = timing({});
    assert.equal(occurrences(t, at("2026-10-20", "19:00"), at("2026-10-21", "00:00")).length, 1);
    assert.equal(occurrences(t, at("2026-10-20", "20:00"), at("2026-10-21", "00:00")).length, 0);
  });

  test("a rule without end is expanded only inside the window", () => {
    const t = timing({ rrule: "FREQ=DAILY" });
    assert.equal(occurrences(t, at("2030-01-01", "00:00"), at("2030-01-08", "00:00")).length, 7);
    assert.equal(lastEnd(t), null);
    assert.equal(local(lastEnd(timing({ rrule: "FREQ=WEEKLY;COUNT=3" }))!), "2026-11-03 20:00");
  });
});

describe("the form's choices", () => {
  const start = at("2026-09-29", "18:00"); // the fifth and last Tuesday of September 2026
  test("each choice gives its RRULE from the first start", () => {
    assert.equal(rruleOf("none", start, TZ, {}), null);
    assert.equal(rruleOf("weekly", start, TZ, {}), "FREQ=WEEKLY;BYDAY=TU");
    assert.equal(rruleOf("biweekly", start, TZ, { count: 5 }), "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=5");
    assert.equal(rruleOf("monthly_day", start, TZ, {}), "FREQ=MONTHLY;BYMONTHDAY=29");
    assert.equal(rruleOf("monthly_weekday", start, TZ, {}), "FREQ=MONTHLY;BYDAY=5TU");
    assert.equal(rruleOf("monthly_last_weekday", start, TZ, {}), "FREQ=MONTHLY;BYDAY=-1TU");
    // UNTIL: the end of the local day, in UTC.
    assert.equal(rruleOf("weekly", start, TZ, { until: "2026-11-24" }), "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261124T225900Z");
    assert.equal(rruleOf("custom", start, TZ, {}, " rrule:freq=yearly "), "FREQ=YEARLY");
  });

  test("until a date includes that day's occurrence", () => {
    const rrule = rruleOf("weekly", start, TZ, { until: "2026-10-20" })!;
    const list = occurrences(timing({ startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), rrule }), ...year(2026));
    assert.deepEqual(list.map((o) => local(o.startsAt).slice(0, 10)), ["2026-09-29", "2026-10-06", "2026-10-13", "2026-10-20"]);
  });

  test("repeatOf reads back every choice rruleOf writes (property)", () => {
    const days = fc.integer({ min: 0, max: 3 * 365 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...REPEATS.filter((r) => r !== "none" && r !== "custom")), days, fc.integer({ min: 6, max: 21 }), fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }), (repeat, date, hour, count) => {
        const s = instantOf(date, hour * 60, TZ);
        // "The last weekday" only from a start in the last seven days of its month.
        fc.pre(repeat !== "monthly_last_weekday" || new Date(Date.parse(`${date}T00:00:00Z`) + 7 * 86_400_000).getUTCMonth() !== new Date(`${date}T00:00:00Z`).getUTCMonth());
        const rrule = rruleOf(repeat, s, TZ, { count });
        const back = repeatOf(rrule, s, TZ);
        assert.deepEqual(back, { repeat, until: null, count });
        assert.equal(rruleProblem(rrule!, s, TZ), null);
        // The first occurrence is the start itself.
        assert.equal(occurrences({ startsAt: s, endsAt: new Date(s.getTime() + 3_600_000), timeZone: TZ, allDay: false, rrule, exdates: [], changes: [] }, s, new Date(s.getTime() + 1))[0]?.startsAt.getTime(), s.getTime());
      }),
      { numRuns: 200 },
    );
  });
});

describe("typed rules", () => {
  const start = at("2026-10-20", "18:00");
  test("RFC 5545 rules the office may need are accepted", () => {
    const lastTuesday = at("2026-10-27", "18:00");
    for (const r of ["FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-1", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=27", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270101T000000Z", "FREQ=DAILY;COUNT=5;WKST=MO"]) assert.equal(rruleProblem(r, lastTuesday, TZ), null, r);
  });
  test("nonsense, sub-daily frequencies, COUNT with UNTIL and rules that never occur are refused", () => {
    assert.equal(rruleProblem("FREQ=HOURLY", start, TZ), "events.validation.rrule");
    assert.equal(rruleProblem("FREQ=WEEKLY;BYDAY=XX", start, TZ), "events.validation.rrule");
    assert.equal(rruleProblem("BYDAY=TU", start, TZ), "events.validation.rrule");
    assert.equal(rruleProblem("FREQ=WEEKLY;COUNT=2;UNTIL=20270101T000000Z", start, TZ), "events.validation.rrule");
    assert.equal(rruleProblem("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", start, TZ), "events.validation.rruleEmpty");
  });
  test("a rule whose first occurrence is not the start is refused (calendar clients disagree on such a DTSTART)", () => {
    // 20 October 2026 is a Tuesday, not the last one of the month.
    assert.equal(rruleProblem(rruleOf("monthly_last_weekday", start, TZ, {})!, start, TZ), "events.validation.rruleStart");
    assert.equal(rruleProblem("FREQ=WEEKLY;BYDAY=WE", start, TZ), "events.validation.rruleStart");
  });
});
