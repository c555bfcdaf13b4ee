/**
 * Numbers as people type them on a page in their language: the ambiguous
 * lone separator before three digits is read the page's way, Arabic and
 * Persian digits are digits, nonsense is null.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { parseNumber, readingNumbersIn } from "./numbers.ts";

describe("parseNumber", () => {
  test("a lone separator before three digits: grouping where the language groups with it, decimal where it is its decimal sign", () => {
    const cases: [string, string, number | null][] = [
      ["15,000", "ar", 15000], ["15,000", "en", 15000], ["15,000", "de", 15], ["15,000", "tr", 15], ["15,000", "ru", 15],
      ["1.234", "de", 1234], ["1.234", "tr", 1234], ["1.234", "en", 1.234], ["0.125", "ar", 0.125], ["0,125", "de", 0.125],
    ];
    assert.deepEqual(cases.map(([s, l]) => [s, l, parseNumber(s, l)]), cases);
  });

  test("everything else reads the same in every language", () => {
    const cases: [string, number | null][] = [
      ["12", 12], ["12,5", 12.5], ["12.5", 12.5], ["12500,5", 12500.5], ["1.234,5", 1234.5], ["1,234.5", 1234.5], ["12.500,50", 12500.5],
      ["1.234.567", 1234567], ["1,234,567.5", 1234567.5], ["-3", -3], ["−3", -3], [" 7 ", 7], ["1 000", 1000], ["1\u00a0000,5", 1000.5],
      ["abc", null], ["", null], ["1e5", null], [".5", null], ["12.", null], ["1.2.3", null], ["1,2,3", null], ["1.234,5,6", null],
    ];
    for (const l of ["de", "en", "ar", "fa", "tr", "uk", "ru"]) assert.deepEqual(cases.map(([s]) => [s, parseNumber(s, l)]), cases, l);
  });

  test("Arabic-Indic and Persian digits, with the Arabic decimal and thousands signs", () => {
    assert.equal(parseNumber("٢٠", "ar"), 20);
    assert.equal(parseNumber("۲۰", "fa"), 20);
    assert.equal(parseNumber("۱۲٫۵", "fa"), 12.5);
    assert.equal(parseNumber("۱٬۲۵۰٫۵", "fa"), 1250.5);
    assert.equal(parseNumber("١٬٢٥٠", "ar"), 1250);
    assert.equal(parseNumber("۲۰", "de"), 20, "on a German page too");
    // As the page writes it, Intl's own output reads back.
    for (const l of ["de", "en", "ar", "fa", "tr", "uk", "ru"]) assert.equal(parseNumber(new Intl.NumberFormat(l).format(12500.5), l), 12500.5, l);
  });

  test("the language set for a parse is the default inside it, German outside", () => {
    assert.equal(readingNumbersIn("ar", () => parseNumber("15,000")), 15000);
    assert.equal(parseNumber("15,000"), 15);
  });
});
