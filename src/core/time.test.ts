import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { isDate } from "./fields.ts";
import { dateFormat, formatDate, formatSpan } from "./i18n.ts";
import { addDays, instantOf, mondayOf, wallOf } from "./time.ts";

describe("calendar dates", () => {
  test("mondayOf: the Monday of the week holding a date, across months, years and clock changes", () => {
    assert.equal(mondayOf("2026-12-07"), "2026-12-07"); // a Monday
    assert.equal(mondayOf("2026-12-09"), "2026-12-07");
    assert.equal(mondayOf("2026-12-13"), "2026-12-07"); // Sunday ends the week
    assert.equal(mondayOf("2026-12-14"), "2026-12-14");
    assert.equal(mondayOf("2027-01-01"), "2026-12-28");
    assert.equal(mondayOf("2026-03-01"), "2026-02-23");
    assert.equal(mondayOf("2026-03-29"), "2026-03-23"); // clocks go forward that night
    // Every day of a year: a Monday, at most six days back, and the local weekday of its noon is Monday.
    for (let day = "2026-01-01"; day < "2027-01-01"; day = addDays(day, 1)) {
      const monday = mondayOf(day);
      assert.ok(monday <= day && addDays(monday, 6) >= day, day);
      assert.equal(wallOf(instantOf(monday, 720)).weekday, 1, day);
    }
  });

  test("isDate: only dates that exist, written YYYY-MM-DD", () => {
    for (const ok of ["2026-12-06", "2028-02-29", "2026-12-31"]) assert.ok(isDate(ok), ok);
    for (const bad of ["2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-5", "06.12.2026", "", "2026-12-06T10:00"]) assert.ok(!isDate(bad), bad);
  });

  test("dates are written in the Gregorian calendar in every language, with the reader's digits", () => {
    const friday = new Date("2026-12-18T08:00:00Z");
    // Intl's default for Farsi is the Solar Hijri calendar: 27 Azar 1405.
    // (Word order and separators are ICU's and vary between Node versions; the calendar must not.)
    const fa = formatDate("fa", friday, { dateStyle: "full" });
    assert.match(fa, /۱۸ دسامبر ۲۰۲۶/);
    assert.doesNotMatch(fa, /۱۴۰۵|آذر/);
    assert.match(dateFormat("ar", { day: "numeric", month: "long", year: "numeric" }).format(friday), /18 ديسمبر 2026/);
    assert.match(formatDate("de", friday, { dateStyle: "full", timeStyle: "short" }), /18\. Dezember 2026.*09:00/);
  });

  test("times on the 24-hour clock in every language (Arabic's default is the 12-hour one)", () => {
    const four = new Date("2026-12-10T15:00:00Z");
    assert.match(formatDate("ar", four, { dateStyle: "full", timeStyle: "short" }), /16:00/);
    assert.doesNotMatch(formatDate("ar", four, { dateStyle: "full", timeStyle: "short" }), /م$/);
    assert.match(formatDate("en", four, { timeStyle: "short" }), /^16:00$/);
  });

  test("an appointment is written as its language writes a span: one date, from–to, Berlin time", () => {
    const nine = new Date("2026-12-18T08:00:00Z");
    const half = new Date("2026-12-18T09:30:00Z");
    assert.equal(formatSpan("de", nine, half), "Freitag, 18. Dezember 2026, 09:00–10:30 Uhr");
    assert.match(formatSpan("en", nine, half), /^Friday, (December 18|18 December), 2026.*09:00\s*–\s*10:30$/);
    const fa = formatSpan("fa", nine, half);
    assert.match(fa, /۱۸ دسامبر ۲۰۲۶/);
    assert.match(fa, /۹:۰۰.*۱۰:۳۰/);
    // Across midnight both dates are named.
    assert.match(formatSpan("de", new Date("2026-12-18T22:00:00Z"), new Date("2026-12-19T00:30:00Z")), /18\. Dezember.*19\. Dezember/);
  });
});
