import { describe, it } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import type { ExceptionDay, OpeningHours, WeeklySlot } from "./model.ts";
import {
  formatMinutes,
  localParts,
  mergeStoredWeekly,
  normaliseWeekly,
  openNowParams,
  openState,
  parseTime,
  publicHoliday,
  TIME_ZONE,
  upcomingDays,
} from "./opening-hours.ts";

const NI = "NI";
const MINUTE = 60_000;
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------
// Independent reference: Europe/Berlin by the EU rule (UTC+1, UTC+2 from the
// last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC) and
// the public holidays of Lower Saxony written out by hand.

function lastSundayOneAmUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

function berlinOffset(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayOneAmUtc(year, 2) && ms < lastSundayOneAmUtc(year, 9) ? 120 : 60;
}

function refLocal(ms: number): { date: string; weekday: number; minute: number } {
  const wallMinutes = Math.floor(ms / MINUTE) + berlinOffset(ms);
  const day = Math.floor(wallMinutes / 1440);
  const midnight = new Date(day * DAY_MS);
  return {
    date: midnight.toISOString().slice(0, 10),
    weekday: ((midnight.getUTCDay() + 6) % 7) + 1,
    minute: wallMinutes - day * 1440,
  };
}

const NI_HOLIDAYS = new Map<string, string>([
  ["2025-01-01", "Neujahr"],
  ["2025-04-18", "Karfreitag"],
  ["2025-04-21", "Ostermontag"],
  ["2025-05-01", "Maifeiertag"],
  ["2025-05-29", "Christi Himmelfahrt"],
  ["2025-06-09", "Pfingstmontag"],
  ["2025-10-03", "Tag der Deutschen Einheit"],
  ["2025-10-31", "Reformationstag"],
  ["2025-12-25", "1. Weihnachtstag"],
  ["2025-12-26", "2. Weihnachtstag"],
  ["2026-01-01", "Neujahr"],
  ["2026-04-03", "Karfreitag"],
  ["2026-04-06", "Ostermontag"],
  ["2026-05-01", "Maifeiertag"],
  ["2026-05-14", "Christi Himmelfahrt"],
  ["2026-05-25", "Pfingstmontag"],
  ["2026-10-03", "Tag der Deutschen Einheit"],
  ["2026-10-31", "Reformationstag"],
  ["2026-12-25", "1. Weihnachtstag"],
  ["2026-12-26", "2. Weihnachtstag"],
  ["2027-01-01", "Neujahr"],
  ["2027-03-26", "Karfreitag"],
  ["2027-03-29", "Ostermontag"],
  ["2027-05-01", "Maifeiertag"],
  ["2027-05-06", "Christi Himmelfahrt"],
  ["2027-05-17", "Pfingstmontag"],
  ["2027-10-03", "Tag der Deutschen Einheit"],
  ["2027-10-31", "Reformationstag"],
  ["2027-12-25", "1. Weihnachtstag"],
  ["2027-12-26", "2. Weihnachtstag"],
]);

/** Split entered slots the obvious way: the part after midnight goes to the next weekday. */
function refSplit(slots: WeeklySlot[]): WeeklySlot[] {
  return slots.flatMap((s) => {
    if (s.closes > s.opens) return [s];
    const next = (s.weekday % 7) + 1;
    return [
      { weekday: s.weekday, opens: s.opens, closes: 1440 },
      { weekday: next, opens: 0, closes: s.closes },
    ].filter((p) => p.closes > p.opens);
  });
}

/** The SQL rule, written out directly; weekly slots in stored form. */
function refOpen(hours: OpeningHours, ms: number): boolean {
  if (hours.temporarilyClosed) return false;
  const { date, weekday, minute } = refLocal(ms);
  const exceptions = hours.exceptions.filter((e) => e.day === date);
  if (exceptions.length > 0) {
    return exceptions.some(
      (e) => e.opens !== null && e.closes !== null && e.opens <= minute && minute < e.closes,
    );
  }
  if (NI_HOLIDAYS.has(date)) return false;
  return hours.weekly.some((s) => s.weekday === weekday && s.opens <= minute && minute < s.closes);
}

function refReason(hours: OpeningHours, ms: number): string {
  if (hours.temporarilyClosed) return "temporarily_closed";
  const { date } = refLocal(ms);
  const open = refOpen(hours, ms);
  if (hours.exceptions.some((e) => e.day === date)) return "exception";
  if (!open && hours.appointmentOnly && hours.weekly.length === 0) return "appointment_only";
  if (NI_HOLIDAYS.has(date)) return "holiday";
  return open ? "open" : "closed";
}

/** First whole minute after `ms`, at most 14 days on, whose open state is `want`. */
function refFlip(hours: OpeningHours, ms: number, want: boolean): Date | undefined {
  for (let t = Math.floor(ms / MINUTE) * MINUTE + MINUTE; t <= ms + 14 * DAY_MS; t += MINUTE) {
    if (refOpen(hours, t) === want) return new Date(t);
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Fixtures

const at = (iso: string): Date => new Date(iso);

function hoursOf(weekly: WeeklySlot[], extra: Partial<OpeningHours> = {}): OpeningHours {
  return { weekly, exceptions: [], appointmentOnly: false, temporarilyClosed: false, ...extra };
}

/** Mon–Fri 09:00–17:00 */
const OFFICE = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: 540, closes: 1020 }));

// ---------------------------------------------------------------------------
// Generators

/** Dates where things happen: DST changes, holidays, 24.12. */
const SPECIAL_DATES = [
  "2025-03-30", "2025-10-26", "2026-03-29", "2026-10-25", "2027-03-28", "2027-10-31",
  "2026-04-03", "2026-04-06", "2026-05-14", "2026-10-31", "2026-12-24", "2026-12-25", "2027-01-01",
];
const FIRST_DAY = Date.UTC(2025, 0, 10) / DAY_MS;
const LAST_DAY = Date.UTC(2027, 11, 10) / DAY_MS;

const baseDayArb = fc.oneof(
  fc.constantFrom(...SPECIAL_DATES).map((d) => Date.parse(d) / DAY_MS),
  fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
);

/** Quarter hours make touching slots and boundary hits likely. */
const quarterArb = fc.integer({ min: 0, max: 96 }).map((q) => q * 15);
const minuteArb = fc.oneof(quarterArb, fc.integer({ min: 0, max: 1440 }));

const storedSlotArb: fc.Arbitrary<WeeklySlot> = fc
  .record({ weekday: fc.integer({ min: 1, max: 7 }), a: minuteArb, b: minuteArb })
  .filter(({ a, b }) => a !== b)
  .map(({ weekday, a, b }) => ({ weekday, opens: Math.min(a, b), closes: Math.max(a, b) }));

/** As entered: closes <= opens runs past midnight. opens == closes is rejected by the editor. */
const enteredSlotArb: fc.Arbitrary<WeeklySlot> = fc
  .record({ weekday: fc.integer({ min: 1, max: 7 }), opens: minuteArb, closes: minuteArb })
  .filter(({ opens, closes }) => opens !== closes);

function exceptionsArb(baseDay: number): fc.Arbitrary<ExceptionDay[]> {
  const one = fc.record({
    offset: fc.integer({ min: -2, max: 3 }),
    hours: fc.option(fc.tuple(minuteArb, minuteArb), { nil: null }),
    note: fc.constantFrom(undefined, "", "Betriebsausflug"),
  });
  return fc.array(one, { maxLength: 3 }).map((list) =>
    list.map(({ offset, hours, note }) => ({
      day: new Date((baseDay + offset) * DAY_MS).toISOString().slice(0, 10),
      opens: hours ? hours[0] : null,
      closes: hours ? hours[1] : null,
      ...(note === undefined ? {} : { note }),
    })),
  );
}

/** An instant around a base day (±2 days, any second) and opening hours with exceptions near it. */
function scenarioArb(slotArb: fc.Arbitrary<WeeklySlot>) {
  return baseDayArb.chain((baseDay) =>
    fc.record({
      ms: fc.integer({ min: -2 * DAY_MS, max: 3 * DAY_MS }).map((delta) => baseDay * DAY_MS + delta),
      hours: fc.record({
        weekly: fc.array(slotArb, { maxLength: 8 }),
        exceptions: exceptionsArb(baseDay),
        appointmentOnly: fc.boolean(),
        temporarilyClosed: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      }),
    }),
  );
}

// ---------------------------------------------------------------------------

describe("localParts", () => {
  it("gives local date, ISO weekday and minute in Berlin", () => {
    assert.equal(TIME_ZONE, "Europe/Berlin");
    assert.deepEqual(localParts(at("2026-01-15T12:34:56Z")), { date: "2026-01-15", weekday: 4, minute: 814 });
    assert.deepEqual(localParts(at("2026-07-04T22:30:00Z")), { date: "2026-07-05", weekday: 7, minute: 30 });
    // Local midnight must be minute 0 of the new day, never "24:00" of the old one.
    assert.deepEqual(localParts(at("2026-03-29T22:00:00Z")), { date: "2026-03-30", weekday: 1, minute: 0 });
  });

  it("follows the DST changes", () => {
    assert.equal(localParts(at("2026-03-29T00:59:00Z")).minute, 119);
    assert.equal(localParts(at("2026-03-29T01:00:00Z")).minute, 180);
    assert.equal(localParts(at("2026-10-25T00:30:00Z")).minute, 150);
    assert.equal(localParts(at("2026-10-25T01:30:00Z")).minute, 150);
  });

  it("honours another time zone", () => {
    assert.deepEqual(localParts(at("2026-01-15T23:00:00Z"), "Asia/Kolkata"), { date: "2026-01-16", weekday: 5, minute: 270 });
    assert.deepEqual(localParts(at("2026-01-15T03:00:00Z"), "America/New_York"), { date: "2026-01-14", weekday: 3, minute: 1320 });
  });

  it("agrees with the EU DST rule for any instant 2000–2037", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2037, 11, 31) }), (ms) => {
        assert.deepEqual(localParts(new Date(ms)), refLocal(ms));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("publicHoliday", () => {
  it("names the public holidays of Lower Saxony", () => {
    assert.equal(publicHoliday("2026-04-03", NI), "Karfreitag");
    assert.equal(publicHoliday("2026-10-31", NI), "Reformationstag");
    assert.equal(publicHoliday("2026-12-25", NI), "1. Weihnachtstag");
    assert.equal(publicHoliday("2026-04-07", NI), null);
  });

  it("ignores non-public days (24.12. is a bank holiday, Buß- und Bettag only in Saxony)", () => {
    assert.equal(publicHoliday("2026-12-24", NI), null);
    assert.equal(publicHoliday("2026-12-31", NI), null);
    assert.equal(publicHoliday("2026-11-18", NI), null);
    assert.equal(publicHoliday("2026-11-18", "SN"), "Buß- und Bettag");
  });

  it("depends on the Land", () => {
    assert.equal(publicHoliday("2026-06-04", NI), null);
    assert.equal(publicHoliday("2026-06-04", "BY"), "Fronleichnam");
    assert.equal(publicHoliday("2026-04-05", NI), null);
    assert.equal(publicHoliday("2026-04-05", "BB"), "Ostersonntag");
    assert.equal(publicHoliday("2026-10-31", "BY"), null);
  });

  it("accepts DE- prefix and lower case, rejects unknown Länder and bad dates", () => {
    assert.equal(publicHoliday("2026-04-03", "DE-NI"), "Karfreitag");
    assert.equal(publicHoliday("2026-10-31", "ni"), "Reformationstag");
    assert.throws(() => publicHoliday("2026-04-03", "XX"), RangeError);
    assert.equal(publicHoliday("3.4.2026", NI), null);
  });

  it("matches the hand-written list on every day of 2025–2027", () => {
    for (let day = Date.UTC(2025, 0, 1) / DAY_MS; day <= Date.UTC(2027, 11, 31) / DAY_MS; day++) {
      const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
      assert.equal(publicHoliday(date, NI), NI_HOLIDAYS.get(date) ?? null, date);
    }
  });
});

describe("formatMinutes / parseTime", () => {
  it("formats HH:MM with 24:00 for the end of the day", () => {
    assert.equal(formatMinutes(0), "00:00");
    assert.equal(formatMinutes(545), "09:05");
    assert.equal(formatMinutes(1439), "23:59");
    assert.equal(formatMinutes(1440), "24:00");
    for (const bad of [-1, 1441, 1.5, Number.NaN]) assert.throws(() => formatMinutes(bad), RangeError);
  });

  it("parses H:MM, HH:MM and the German 9.30", () => {
    assert.equal(parseTime("9:30"), 570);
    assert.equal(parseTime("09:30"), 570);
    assert.equal(parseTime(" 17:00 "), 1020);
    assert.equal(parseTime("9.30"), 570);
    assert.equal(parseTime("00:00"), 0);
    assert.equal(parseTime("24:00"), 1440);
  });

  it("returns null on bad input", () => {
    for (const bad of ["", "24:01", "25:00", "9:60", "930", "9:3", "ab:cd", "-1:00", "12:00:00", "123:00", "9 Uhr"]) {
      assert.equal(parseTime(bad), null, bad);
    }
  });

  it("round-trips every minute of the day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1440 }), (m) => {
        assert.equal(parseTime(formatMinutes(m)), m);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const text = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
        assert.equal(formatMinutes(parseTime(text)!), text);
      }),
    );
  });
});

describe("normaliseWeekly", () => {
  it("keeps plain slots and sorts them", () => {
    const { stored, errors } = normaliseWeekly([
      { weekday: 3, opens: 840, closes: 960 },
      { weekday: 1, opens: 540, closes: 720 },
      { weekday: 3, opens: 540, closes: 720 },
    ]);
    assert.deepEqual(errors, []);
    assert.deepEqual(stored, [
      { weekday: 1, opens: 540, closes: 720 },
      { weekday: 3, opens: 540, closes: 720 },
      { weekday: 3, opens: 840, closes: 960 },
    ]);
  });

  it("splits over-midnight slots, Sunday wrapping to Monday", () => {
    assert.deepEqual(normaliseWeekly([{ weekday: 5, opens: 1320, closes: 120 }]).stored, [
      { weekday: 5, opens: 1320, closes: 1440 },
      { weekday: 6, opens: 0, closes: 120 },
    ]);
    assert.deepEqual(normaliseWeekly([{ weekday: 7, opens: 1380, closes: 60 }]).stored, [
      { weekday: 1, opens: 0, closes: 60 },
      { weekday: 7, opens: 1380, closes: 1440 },
    ]);
    // Closing at 00:00 is "until midnight", nothing on the next day.
    assert.deepEqual(normaliseWeekly([{ weekday: 2, opens: 1080, closes: 0 }]).stored, [
      { weekday: 2, opens: 1080, closes: 1440 },
    ]);
  });

  it("reports out-of-range values", () => {
    const { stored, errors } = normaliseWeekly([
      { weekday: 1, opens: -1, closes: 600 },
      { weekday: 1, opens: 600, closes: 1441 },
      { weekday: 0, opens: 600, closes: 700 },
      { weekday: 8, opens: 600, closes: 700 },
      { weekday: 1, opens: 600.5, closes: 700 },
      { weekday: 2, opens: 0, closes: 1440 },
    ]);
    assert.deepEqual(errors, [0, 1, 2, 3, 4].map((index) => ({ index, key: "hours.error.range" })));
    assert.deepEqual(stored, [{ weekday: 2, opens: 0, closes: 1440 }]);
  });

  it("reports empty slots", () => {
    const { errors, stored } = normaliseWeekly([
      { weekday: 1, opens: 600, closes: 600 },
      { weekday: 2, opens: 0, closes: 0 },
      { weekday: 3, opens: 1440, closes: 1440 },
      { weekday: 4, opens: 1440, closes: 0 },
    ]);
    assert.deepEqual(errors, [0, 1, 2, 3].map((index) => ({ index, key: "hours.error.empty" })));
    assert.deepEqual(stored, []);
  });

  it("reports overlaps on the same day at the later slot; touching is fine", () => {
    assert.deepEqual(
      normaliseWeekly([
        { weekday: 1, opens: 540, closes: 720 },
        { weekday: 1, opens: 720, closes: 960 },
        { weekday: 2, opens: 540, closes: 720 },
        { weekday: 1, opens: 700, closes: 800 },
      ]).errors,
      [{ index: 3, key: "hours.error.overlap" }],
    );
    assert.deepEqual(
      normaliseWeekly([
        { weekday: 4, opens: 600, closes: 700 },
        { weekday: 4, opens: 500, closes: 900 },
      ]).errors,
      [{ index: 1, key: "hours.error.overlap" }],
    );
  });

  it("counts the previous day's after-midnight part as an overlap", () => {
    assert.deepEqual(
      normaliseWeekly([
        { weekday: 1, opens: 120, closes: 240 },
        { weekday: 7, opens: 1320, closes: 180 },
      ]).errors,
      [{ index: 1, key: "hours.error.overlap" }],
    );
    assert.deepEqual(
      normaliseWeekly([
        { weekday: 7, opens: 1320, closes: 180 },
        { weekday: 1, opens: 180, closes: 240 },
      ]).errors,
      [],
    );
  });

  it("stores valid input as disjoint same-day slots covering the same time", () => {
    fc.assert(
      fc.property(fc.array(enteredSlotArb, { maxLength: 8 }), (entered) => {
        const { stored, errors } = normaliseWeekly(entered);
        fc.pre(errors.length === 0);
        const length = (s: WeeklySlot) => (s.closes > s.opens ? s.closes - s.opens : 1440 - s.opens + s.closes);
        const sum = (slots: WeeklySlot[]) => slots.reduce((n, s) => n + length(s), 0);
        assert.equal(sum(stored), sum(entered));
        for (const [i, a] of stored.entries()) {
          assert.ok(a.opens >= 0 && a.opens < a.closes && a.closes <= 1440);
          for (const b of stored.slice(i + 1)) {
            assert.ok(a.weekday !== b.weekday || a.closes <= b.opens || b.closes <= a.opens, "overlap in stored");
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("flags an overlap exactly when two entered slots share a minute", () => {
    fc.assert(
      fc.property(fc.array(enteredSlotArb, { maxLength: 5 }), (entered) => {
        const minutes = entered.map((s) => {
          const set = new Set<number>();
          for (const p of refSplit([s])) for (let m = p.opens; m < p.closes; m++) set.add(p.weekday * 1440 + m);
          return set;
        });
        const expected = new Set<number>();
        for (let j = 0; j < entered.length; j++) {
          for (let i = 0; i < j; i++) {
            if ([...minutes[j]!].some((m) => minutes[i]!.has(m))) expected.add(j);
          }
        }
        const flagged = normaliseWeekly(entered).errors.filter((e) => e.key === "hours.error.overlap");
        assert.deepEqual(new Set(flagged.map((e) => e.index)), expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("mergeStoredWeekly", () => {
  it("joins the two halves of an over-midnight slot, also Sunday to Monday", () => {
    assert.deepEqual(
      mergeStoredWeekly([
        { weekday: 1, opens: 0, closes: 60 },
        { weekday: 5, opens: 540, closes: 720 },
        { weekday: 5, opens: 1320, closes: 1440 },
        { weekday: 6, opens: 0, closes: 120 },
        { weekday: 7, opens: 1380, closes: 1440 },
      ]),
      [
        { weekday: 5, opens: 540, closes: 720 },
        { weekday: 5, opens: 1320, closes: 120 },
        { weekday: 7, opens: 1380, closes: 60 },
      ],
    );
  });

  it("leaves runs that no single entered slot can express", () => {
    const stored = [
      { weekday: 2, opens: 600, closes: 1440 },
      { weekday: 3, opens: 0, closes: 600 },
      { weekday: 4, opens: 0, closes: 1440 },
      { weekday: 5, opens: 0, closes: 60 },
    ];
    assert.deepEqual(mergeStoredWeekly(stored), stored);
  });

  it("round-trips: normalise(merge(stored)) gives the same stored form", () => {
    fc.assert(
      fc.property(fc.array(enteredSlotArb, { maxLength: 8 }), (entered) => {
        const first = normaliseWeekly(entered);
        fc.pre(first.errors.length === 0);
        const merged = mergeStoredWeekly(first.stored);
        const second = normaliseWeekly(merged);
        assert.deepEqual(second.errors, []);
        assert.deepEqual(second.stored, first.stored);
        assert.ok(merged.length <= first.stored.length);
      }),
      { numRuns: 500 },
    );
  });

  it("gives back exactly what was entered for separate over-midnight slots", () => {
    const entered = [
      { weekday: 1, opens: 540, closes: 1020 },
      { weekday: 5, opens: 1320, closes: 120 },
      { weekday: 7, opens: 1200, closes: 30 },
    ];
    assert.deepEqual(mergeStoredWeekly(normaliseWeekly(entered).stored), entered);
  });
});

describe("openState", () => {
  it("is open inside a weekly slot and closed at its end", () => {
    const hours = hoursOf(OFFICE);
    assert.deepEqual(openState(hours, at("2026-06-10T10:00:00+02:00"), NI), {
      open: true,
      reason: "open",
      closesAt: at("2026-06-10T17:00:00+02:00"),
    });
    assert.deepEqual(openState(hours, at("2026-06-10T17:00:00+02:00"), NI), {
      open: false,
      reason: "closed",
      opensAt: at("2026-06-11T09:00:00+02:00"),
    });
    assert.deepEqual(openState(hours, at("2026-06-10T08:59:59+02:00"), NI), {
      open: false,
      reason: "closed",
      opensAt: at("2026-06-10T09:00:00+02:00"),
    });
    assert.deepEqual(openState(hours, at("2026-06-12T18:00:00+02:00"), NI).opensAt, at("2026-06-15T09:00:00+02:00"));
  });

  it("is closed on public holidays in Lower Saxony", () => {
    const hours = hoursOf([...OFFICE, { weekday: 6, opens: 600, closes: 840 }]);
    assert.deepEqual(openState(hours, at("2026-04-03T10:00:00+02:00"), NI), {
      open: false,
      reason: "holiday",
      holiday: "Karfreitag",
      // Saturday is a normal day, Easter Monday is not.
      opensAt: at("2026-04-04T10:00:00+02:00"),
    });
    const reformation = openState(hours, at("2026-10-31T11:00:00+01:00"), NI);
    assert.equal(reformation.open, false);
    assert.equal(reformation.reason, "holiday");
    assert.equal(reformation.holiday, "Reformationstag");
    assert.deepEqual(reformation.opensAt, at("2026-11-02T09:00:00+01:00"));
    const christmas = openState(hours, at("2026-12-25T10:00:00+01:00"), NI);
    assert.equal(christmas.reason, "holiday");
    assert.equal(christmas.holiday, "1. Weihnachtstag");
    assert.deepEqual(christmas.opensAt, at("2026-12-28T09:00:00+01:00"));
    // Same weekday in another Land without the holiday: open.
    assert.equal(openState(hours, at("2026-10-31T11:00:00+01:00"), "BY").open, true);
  });

  it("closes on 24.12. only through an exception", () => {
    const instant = at("2026-12-24T10:00:00+01:00");
    assert.equal(openState(hoursOf(OFFICE), instant, NI).open, true);
    const hours = hoursOf(OFFICE, { exceptions: [{ day: "2026-12-24", opens: null, closes: null, note: "Heiligabend" }] });
    assert.deepEqual(openState(hours, instant, NI), {
      open: false,
      reason: "exception",
      note: "Heiligabend",
      opensAt: at("2026-12-28T09:00:00+01:00"),
    });
    assert.equal(openState(hours, at("2026-12-23T10:00:00+01:00"), NI).open, true);
  });

  it("opens on a Saturday with extra hours from an exception", () => {
    const hours = hoursOf(OFFICE, { exceptions: [{ day: "2026-06-13", opens: 600, closes: 840, note: "Tag der offenen Tür" }] });
    assert.deepEqual(openState(hours, at("2026-06-13T11:00:00+02:00"), NI), {
      open: true,
      reason: "exception",
      note: "Tag der offenen Tür",
      closesAt: at("2026-06-13T14:00:00+02:00"),
    });
    assert.deepEqual(openState(hours, at("2026-06-12T18:00:00+02:00"), NI).opensAt, at("2026-06-13T10:00:00+02:00"));
    const after = openState(hours, at("2026-06-13T15:00:00+02:00"), NI);
    assert.equal(after.open, false);
    assert.equal(after.reason, "exception");
    assert.deepEqual(after.opensAt, at("2026-06-15T09:00:00+02:00"));
    // Exceptions only apply to their own date.
    assert.equal(openState(hours, at("2026-06-20T11:00:00+02:00"), NI).open, false);
  });

  it("lets an exception win over a holiday and over the weekly hours", () => {
    const hours = hoursOf(OFFICE, {
      exceptions: [
        { day: "2026-04-03", opens: 660, closes: 780 },
        { day: "2026-04-08", opens: 780, closes: 840 },
      ],
    });
    const friday = openState(hours, at("2026-04-03T12:00:00+02:00"), NI);
    assert.equal(friday.open, true);
    assert.equal(friday.reason, "exception");
    assert.equal(friday.holiday, "Karfreitag");
    assert.deepEqual(friday.closesAt, at("2026-04-03T13:00:00+02:00"));
    // Wednesday: weekly 09:00–17:00 replaced by 13:00–14:00.
    assert.equal(openState(hours, at("2026-04-08T10:00:00+02:00"), NI).open, false);
    assert.equal(openState(hours, at("2026-04-08T13:30:00+02:00"), NI).open, true);
  });

  it("combines several exceptions of one day", () => {
    const hours = hoursOf(OFFICE, {
      exceptions: [
        { day: "2026-06-10", opens: null, closes: null, note: "Fortbildung" },
        { day: "2026-06-10", opens: 900, closes: 960, note: "Sprechstunde" },
      ],
    });
    const morning = openState(hours, at("2026-06-10T10:00:00+02:00"), NI);
    assert.equal(morning.open, false);
    assert.equal(morning.note, "Fortbildung; Sprechstunde");
    assert.deepEqual(morning.opensAt, at("2026-06-10T15:00:00+02:00"));
    assert.equal(openState(hours, at("2026-06-10T15:30:00+02:00"), NI).open, true);
  });

  it("keeps a Friday 22:00–02:00 slot open after midnight", () => {
    for (const weekly of [
      [{ weekday: 5, opens: 1320, closes: 120 }],
      [
        { weekday: 5, opens: 1320, closes: 1440 },
        { weekday: 6, opens: 0, closes: 120 },
      ],
    ]) {
      const hours = hoursOf(weekly);
      assert.deepEqual(openState(hours, at("2026-06-13T01:00:00+02:00"), NI), {
        open: true,
        reason: "open",
        closesAt: at("2026-06-13T02:00:00+02:00"),
      });
      assert.deepEqual(openState(hours, at("2026-06-13T02:30:00+02:00"), NI), {
        open: false,
        reason: "closed",
        opensAt: at("2026-06-19T22:00:00+02:00"),
      });
      // The closing time looks across midnight.
      assert.deepEqual(openState(hours, at("2026-06-12T23:00:00+02:00"), NI).closesAt, at("2026-06-13T02:00:00+02:00"));
    }
  });

  it("applies the new day's rules after midnight", () => {
    // Thursday 22:00–02:00 runs into Karfreitag: closed from 00:00.
    const thursday = hoursOf([{ weekday: 4, opens: 1320, closes: 120 }]);
    assert.deepEqual(openState(thursday, at("2026-04-02T23:00:00+02:00"), NI).closesAt, at("2026-04-03T00:00:00+02:00"));
    const night = openState(thursday, at("2026-04-03T01:00:00+02:00"), NI);
    assert.equal(night.open, false);
    assert.equal(night.reason, "holiday");
    // Friday 22:00–02:00 on Karfreitag: Friday part closed, Saturday part open.
    const friday = hoursOf([{ weekday: 5, opens: 1320, closes: 120 }]);
    assert.equal(openState(friday, at("2026-04-03T23:00:00+02:00"), NI).open, false);
    assert.deepEqual(openState(friday, at("2026-04-03T23:00:00+02:00"), NI).opensAt, at("2026-04-04T00:00:00+02:00"));
    assert.equal(openState(friday, at("2026-04-04T01:00:00+02:00"), NI).open, true);
    // A closing exception on Saturday cuts off Friday's tail.
    const cut = hoursOf(friday.weekly, { exceptions: [{ day: "2026-06-13", opens: null, closes: null }] });
    assert.equal(openState(cut, at("2026-06-13T01:00:00+02:00"), NI).open, false);
  });

  it("keeps exceptions within their date", () => {
    // Until 24:00, continued by the next day's exception: one stretch.
    const night = hoursOf(OFFICE, {
      exceptions: [
        { day: "2026-12-30", opens: 1200, closes: 1440 },
        { day: "2026-12-31", opens: 0, closes: 120 },
      ],
    });
    assert.deepEqual(openState(night, at("2026-12-30T23:00:00+01:00"), NI).closesAt, at("2026-12-31T02:00:00+01:00"));
    // Thursday's weekly hours are replaced by the exception.
    assert.equal(openState(night, at("2026-12-31T10:00:00+01:00"), NI).open, false);
    // closes <= opens is rejected by the editors; such a row opens nothing, like the SQL filter.
    const bad = hoursOf(OFFICE, { exceptions: [{ day: "2026-12-30", opens: 1200, closes: 120 }] });
    assert.deepEqual(openState(bad, at("2026-12-30T21:00:00+01:00"), NI), {
      open: false,
      reason: "exception",
      opensAt: at("2026-12-31T09:00:00+01:00"),
    });
    assert.equal(openState(bad, at("2026-12-30T10:00:00+01:00"), NI).open, false);
  });

  it("is closed while temporarily closed, whatever else applies", () => {
    const hours = hoursOf(OFFICE, {
      temporarilyClosed: true,
      exceptions: [{ day: "2026-06-10", opens: 0, closes: 1440 }],
    });
    assert.deepEqual(openState(hours, at("2026-06-10T10:00:00+02:00"), NI), { open: false, reason: "temporarily_closed" });
    assert.deepEqual(openState(hours, at("2026-04-03T10:00:00+02:00"), NI), {
      open: false,
      reason: "temporarily_closed",
      holiday: "Karfreitag",
    });
  });

  it("reports appointment-only offices without weekly hours", () => {
    const hours = hoursOf([], { appointmentOnly: true });
    assert.deepEqual(openState(hours, at("2026-06-10T10:00:00+02:00"), NI), { open: false, reason: "appointment_only" });
    const withDay = hoursOf([], { appointmentOnly: true, exceptions: [{ day: "2026-06-12", opens: 600, closes: 720 }] });
    assert.deepEqual(openState(withDay, at("2026-06-10T10:00:00+02:00"), NI).opensAt, at("2026-06-12T10:00:00+02:00"));
    assert.equal(openState(withDay, at("2026-06-12T10:00:00+02:00"), NI).reason, "exception");
    // With weekly hours, appointment-only is just extra information.
    const mixed = hoursOf(OFFICE, { appointmentOnly: true });
    assert.equal(openState(mixed, at("2026-06-10T10:00:00+02:00"), NI).reason, "open");
    assert.equal(openState(mixed, at("2026-06-10T18:00:00+02:00"), NI).reason, "closed");
    // Without anything, no next opening.
    assert.deepEqual(openState(hoursOf([]), at("2026-06-10T10:00:00+02:00"), NI), { open: false, reason: "closed" });
  });

  it("looks 14 days ahead for the next opening", () => {
    const hours = hoursOf([], {
      exceptions: [
        { day: "2026-06-24", opens: 600, closes: 720 },
        { day: "2026-06-26", opens: 600, closes: 720 },
      ],
    });
    assert.deepEqual(openState(hours, at("2026-06-10T20:00:00+02:00"), NI).opensAt, at("2026-06-24T10:00:00+02:00"));
    assert.deepEqual(openState(hours, at("2026-06-10T10:00:00+02:00"), NI).opensAt, at("2026-06-24T10:00:00+02:00"));
    assert.deepEqual(openState(hours, at("2026-06-10T09:59:00+02:00"), NI), { open: false, reason: "closed" });
    assert.deepEqual(openState(hours, at("2026-06-24T12:00:00+02:00"), NI).opensAt, at("2026-06-26T10:00:00+02:00"));
  });

  it("looks days ahead for the closing time, and has none when always open", () => {
    const always = hoursOf([1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: 0, closes: 1440 })));
    assert.deepEqual(openState(always, at("2026-06-10T10:00:00+02:00"), NI), { open: true, reason: "open" });
    const monToWed = hoursOf([1, 2, 3].map((weekday) => ({ weekday, opens: 0, closes: 1440 })));
    assert.deepEqual(openState(monToWed, at("2026-06-01T10:00:00+02:00"), NI).closesAt, at("2026-06-04T00:00:00+02:00"));
  });

  describe("across DST changes", () => {
    it("spring forward (2026-03-29): wall-clock times, not fixed offsets", () => {
      const night = hoursOf([{ weekday: 7, opens: 60, closes: 240 }]);
      assert.deepEqual(openState(night, at("2026-03-29T01:30:00+01:00"), NI).closesAt, at("2026-03-29T04:00:00+02:00"));
      assert.equal(openState(night, at("2026-03-29T03:00:00+02:00"), NI).open, true);
      // 02:30 does not exist that night: the slot opens at 03:00.
      const gap = hoursOf([{ weekday: 7, opens: 150, closes: 300 }]);
      assert.deepEqual(openState(gap, at("2026-03-29T01:30:00+01:00"), NI).opensAt, at("2026-03-29T03:00:00+02:00"));
      assert.deepEqual(openState(hoursOf(OFFICE), at("2026-03-27T18:00:00+01:00"), NI).opensAt, at("2026-03-30T09:00:00+02:00"));
    });

    it("fall back (2026-10-25): wall-clock times, the repeated hour counts twice", () => {
      const sunday = hoursOf([{ weekday: 7, opens: 540, closes: 1020 }]);
      assert.deepEqual(openState(sunday, at("2026-10-24T20:00:00+02:00"), NI).opensAt, at("2026-10-25T09:00:00+01:00"));
      assert.deepEqual(openState(sunday, at("2026-10-25T10:00:00+01:00"), NI).closesAt, at("2026-10-25T17:00:00+01:00"));
      assert.deepEqual(openState(hoursOf(OFFICE), at("2026-10-23T18:00:00+02:00"), NI).opensAt, at("2026-10-26T09:00:00+01:00"));

      const early = hoursOf([{ weekday: 7, opens: 60, closes: 150 }]);
      assert.deepEqual(openState(early, at("2026-10-25T02:15:00+02:00"), NI).closesAt, at("2026-10-25T02:30:00+02:00"));
      assert.deepEqual(openState(early, at("2026-10-25T02:45:00+02:00"), NI).opensAt, at("2026-10-25T02:00:00+01:00"));
      assert.deepEqual(openState(early, at("2026-10-25T02:15:00+01:00"), NI).closesAt, at("2026-10-25T02:30:00+01:00"));
    });
  });

  it("agrees with the SQL rule and a minute-by-minute scan (stored form)", () => {
    fc.assert(
      fc.property(scenarioArb(storedSlotArb), ({ ms, hours }) => {
        const state = openState(hours, new Date(ms), NI);
        const open = refOpen(hours, ms);
        assert.equal(state.open, open);
        assert.equal(state.reason, refReason(hours, ms));
        assert.equal(state.holiday, NI_HOLIDAYS.get(refLocal(ms).date));
        if (hours.temporarilyClosed) {
          assert.equal(state.opensAt, undefined);
        } else if (open) {
          assert.deepEqual(state.closesAt, refFlip(hours, ms, false));
          assert.equal(state.opensAt, undefined);
        } else {
          assert.deepEqual(state.opensAt, refFlip(hours, ms, true));
          assert.equal(state.closesAt, undefined);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("treats entered over-midnight slots like their stored split", () => {
    fc.assert(
      fc.property(scenarioArb(enteredSlotArb), ({ ms, hours }) => {
        const entered = openState(hours, new Date(ms), NI);
        const stored = openState({ ...hours, weekly: normaliseWeekly(hours.weekly).stored }, new Date(ms), NI);
        assert.deepEqual(entered, stored);
        assert.equal(entered.open, refOpen({ ...hours, weekly: refSplit(hours.weekly) }, ms));
      }),
      { numRuns: 300 },
    );
  });
});

describe("openNowParams", () => {
  it("gives today's and yesterday's local date, weekday and holiday", () => {
    assert.deepEqual(openNowParams(at("2026-04-04T01:00:00+02:00"), NI), {
      date: "2026-04-04",
      weekday: 6,
      minute: 60,
      holiday: false,
      prevDate: "2026-04-03",
      prevWeekday: 5,
      prevHoliday: true,
    });
    assert.deepEqual(openNowParams(at("2026-03-01T23:59:00+01:00"), NI), {
      date: "2026-03-01",
      weekday: 7,
      minute: 1439,
      holiday: false,
      prevDate: "2026-02-28",
      prevWeekday: 6,
      prevHoliday: false,
    });
  });

  it("matches the reference clock and calendar", () => {
    fc.assert(
      fc.property(baseDayArb, fc.integer({ min: 0, max: DAY_MS * 2 }), (day, delta) => {
        const ms = day * DAY_MS + delta;
        const params = openNowParams(new Date(ms), NI);
        const now = refLocal(ms);
        const prevDate = new Date(Date.parse(now.date) - DAY_MS).toISOString().slice(0, 10);
        assert.deepEqual(params, {
          ...now,
          holiday: NI_HOLIDAYS.has(now.date),
          prevDate,
          prevWeekday: now.weekday === 1 ? 7 : now.weekday - 1,
          prevHoliday: NI_HOLIDAYS.has(prevDate),
        });
      }),
      { numRuns: 500 },
    );
  });

  it("drives the documented SQL filter to the same answer as openState", () => {
    fc.assert(
      fc.property(scenarioArb(storedSlotArb), ({ ms, hours }) => {
        const p = openNowParams(new Date(ms), NI);
        const today = hours.exceptions.filter((e) => e.day === p.date);
        const sql =
          !hours.temporarilyClosed &&
          (today.length > 0
            ? today.some((e) => e.opens !== null && e.closes !== null && e.opens <= p.minute && p.minute < e.closes)
            : !p.holiday && hours.weekly.some((s) => s.weekday === p.weekday && s.opens <= p.minute && p.minute < s.closes));
        assert.equal(openState(hours, new Date(ms), NI).open, sql);
      }),
      { numRuns: 500 },
    );
  });
});

describe("upcomingDays", () => {
  it("lists a week with holidays, exceptions and split night hours", () => {
    const hours = hoursOf([...OFFICE, { weekday: 5, opens: 1320, closes: 120 }], {
      exceptions: [{ day: "2026-04-08", opens: 780, closes: 840, note: "Teamtag" }],
    });
    assert.deepEqual(upcomingDays(hours, at("2026-04-01T23:30:00+02:00"), NI), [
      { date: "2026-04-01", weekday: 3, slots: [{ opens: 540, closes: 1020 }] },
      { date: "2026-04-02", weekday: 4, slots: [{ opens: 540, closes: 1020 }] },
      { date: "2026-04-03", weekday: 5, slots: [], holiday: "Karfreitag" },
      { date: "2026-04-04", weekday: 6, slots: [{ opens: 0, closes: 120 }] },
      { date: "2026-04-05", weekday: 7, slots: [] },
      { date: "2026-04-06", weekday: 1, slots: [], holiday: "Ostermontag" },
      { date: "2026-04-07", weekday: 2, slots: [{ opens: 540, closes: 1020 }] },
    ]);
    assert.deepEqual(upcomingDays(hours, at("2026-04-08T08:00:00+02:00"), NI, 3), [
      { date: "2026-04-08", weekday: 3, slots: [{ opens: 780, closes: 840 }], exception: true, note: "Teamtag" },
      { date: "2026-04-09", weekday: 4, slots: [{ opens: 540, closes: 1020 }] },
      { date: "2026-04-10", weekday: 5, slots: [{ opens: 540, closes: 1020 }, { opens: 1320, closes: 1440 }] },
    ]);
  });

  it("counts local dates across DST and shows no hours while temporarily closed", () => {
    const days = upcomingDays(hoursOf(OFFICE), at("2026-10-24T23:30:00+02:00"), NI, 4);
    assert.deepEqual(days.map((d) => d.date), ["2026-10-24", "2026-10-25", "2026-10-26", "2026-10-27"]);
    const closed = upcomingDays(hoursOf(OFFICE, { temporarilyClosed: true }), at("2026-06-10T10:00:00+02:00"), NI, 7);
    assert.equal(closed.length, 7);
    assert.ok(closed.every((d) => d.slots.length === 0));
  });

  it("shows today's hours consistently with openState", () => {
    fc.assert(
      fc.property(scenarioArb(enteredSlotArb), ({ ms, hours }) => {
        const [today] = upcomingDays(hours, new Date(ms), NI, 1);
        const { minute } = refLocal(ms);
        const inSlot = today!.slots.some((s) => s.opens <= minute && minute < s.closes);
        assert.equal(openState(hours, new Date(ms), NI).open, inSlot);
      }),
      { numRuns: 300 },
    );
  });
});
