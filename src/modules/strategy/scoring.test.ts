import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { Definition, type Area, type LocalText, type Question } from "./model.ts";
import { answeredCount, areaScore, bandOf, compareRounds, questionScore, roundResult, stats, type Answers } from "./scoring.ts";
import { DONT_KNOW, formValuesOf, parseAreaForm } from "./answers.ts";
import { parseNumber, readingNumbersIn } from "../../core/numbers.ts";

const t = (de: string): LocalText => ({ de, tr: {} });
const scale = (key: string, points = 5, over: Partial<Question> = {}): Question => ({
  key,
  type: "scale",
  text: t(key),
  required: false,
  dontKnow: true,
  weight: 1,
  scale: { points, labels: Array.from({ length: points }, (_, i) => t(`p${i + 1}`)) },
  ...over,
});
const choice = (key: string, type: "single" | "multiple", scores: (number | null)[], over: Partial<Question> = {}): Question => ({
  key,
  type,
  text: t(key),
  required: false,
  dontKnow: true,
  weight: 1,
  options: scores.map((score, i) => ({ key: `o${i}`, label: t(`o${i}`), score })),
  ...over,
});
const area = (questions: Question[], key = "a"): Area => ({ key, title: t(key), questions, bands: [{ upTo: 33, text: t("low") }, { upTo: 66, text: t("mid") }, { upTo: 100, text: t("high") }] });

describe("question scores", () => {
  test("a scale point counts (v − 1) / (p − 1)", () => {
    const q = scale("s", 5);
    assert.deepEqual([1, 2, 3, 4, 5].map((point) => questionScore(q, { point })), [0, 0.25, 0.5, 0.75, 1]);
    assert.equal(questionScore(scale("two", 2), { point: 2 }), 1);
  });

  test("out of range, wrong kind, don't know, unweighted: no score", () => {
    const q = scale("s", 5);
    assert.equal(questionScore(q, { point: 0 }), null);
    assert.equal(questionScore(q, { point: 6 }), null);
    assert.equal(questionScore(q, { option: "o1" }), null);
    assert.equal(questionScore(q, { dontKnow: true }), null);
    assert.equal(questionScore(q, undefined), null);
    assert.equal(questionScore(scale("w0", 5, { weight: 0 }), { point: 5 }), null);
    assert.equal(questionScore({ ...scale("n"), type: "number", scale: undefined }, { number: 5 }), null);
  });

  test("single choice: the option's score; an option without one leaves the question out", () => {
    const q = choice("c", "single", [0, 50, 100, null]);
    assert.deepEqual(["o0", "o1", "o2", "o3", "nope"].map((option) => questionScore(q, { option })), [0, 0.5, 1, null, null]);
  });

  test("multiple choice adds up, at most 100; only unscored options: left out", () => {
    const q = choice("m", "multiple", [25, 25, 50, null, 0]);
    assert.equal(questionScore(q, { options: ["o0"] }), 0.25);
    assert.equal(questionScore(q, { options: ["o0", "o1", "o2"] }), 1);
    assert.equal(questionScore(q, { options: ["o2", "o1", "o0", "o3"] }), 1, "capped");
    assert.equal(questionScore(q, { options: ["o3"] }), null);
    assert.equal(questionScore(q, { options: ["o4"] }), 0, "a scored 'none of these' is a zero, not a gap");
  });
});

describe("area scores", () => {
  test("weighted mean of the answered questions; don't know and gaps are left out", () => {
    const a = area([scale("x"), scale("y", 5, { weight: 3 }), scale("z")]);
    assert.equal(areaScore(a, { x: { point: 5 } }), 100);
    assert.equal(areaScore(a, { x: { point: 1 }, y: { point: 5 } }), 75);
    assert.equal(areaScore(a, { x: { point: 1 }, y: { point: 5 }, z: { dontKnow: true } }), 75);
    assert.equal(areaScore(a, { z: { dontKnow: true } }), null);
    assert.equal(areaScore(a, {}), null);
  });

  test("property: always within 0…100, and raising one answer never lowers the score", () => {
    const arbArea = fc.array(fc.record({ points: fc.integer({ min: 2, max: 11 }), weight: fc.integer({ min: 0, max: 5 }) }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(arbArea, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 8, maxLength: 8 }), fc.nat(7), (spec, picks, which) => {
        const a = area(spec.map((s, i) => scale(`q${i}`, s.points, { weight: s.weight })));
        const answers: Answers = {};
        spec.forEach((s, i) => {
          answers[`q${i}`] = { point: 1 + Math.floor(picks[i]! * (s.points - 1)) };
        });
        const before = areaScore(a, answers);
        if (before !== null) assert.ok(before >= 0 && before <= 100 + 1e-9);
        const i = which % spec.length;
        const current = (answers[`q${i}`] as { point: number }).point;
        answers[`q${i}`] = { point: Math.min(spec[i]!.points, current + 1) };
        const after = areaScore(a, answers);
        if (before !== null && after !== null) assert.ok(after >= before - 1e-9);
      }),
    );
  });
});

describe("round results", () => {
  const def = Definition.parse({ areas: [area([scale("x")], "a"), area([scale("y")], "b")] });

  test("stats: mean, sample standard deviation, range", () => {
    assert.deepEqual(stats([]), { n: 0, mean: null, sd: null, min: null, max: null });
    assert.deepEqual(stats([40]), { n: 1, mean: 40, sd: 0, min: 40, max: 40 });
    const s = stats([2, 4, 4, 4, 5, 5, 7, 9]);
    assert.equal(s.mean, 5);
    assert.ok(Math.abs(s.sd! - 2.138) < 0.001);
    assert.deepEqual([s.min, s.max, s.n], [2, 9, 8]);
  });

  test("per area and group; small groups are not shown as figures of their own", () => {
    const r = roundResult(def, [
      { group: "administration", answers: { x: { point: 5 }, y: { point: 1 } } },
      { group: "administration", answers: { x: { point: 3 } } },
      { group: "administration", answers: { x: { point: 1 }, y: { dontKnow: true } } },
      { group: "politics", answers: { x: { point: 5 }, y: { point: 5 } } },
    ]);
    assert.equal(r.responses, 4);
    const [a, b] = r.areas;
    assert.deepEqual([a!.overall.n, a!.overall.mean], [4, 62.5]);
    assert.deepEqual(a!.byGroup.administration, stats([100, 50, 0]));
    assert.deepEqual(a!.byGroup.politics, { suppressed: true, n: 1 });
    assert.deepEqual([b!.overall.n, b!.overall.mean], [2, 50], "don't know and no answer are not counted");
    assert.deepEqual(b!.byGroup.administration, { suppressed: true, n: 1 });
  });

  test("the band an area's score falls into, boundaries included", () => {
    const bands = def.areas[0]!.bands;
    assert.deepEqual([0, 33, 33.01, 66, 66.5, 100].map((s) => bandOf(bands, s)?.text.de), ["low", "low", "mid", "mid", "high", "high"]);
    assert.equal(bandOf(bands, null), undefined);
  });

  test("comparison with an earlier round matches areas by key", () => {
    const before = roundResult(def, [{ group: "economy", answers: { x: { point: 2 }, y: { point: 5 } } }]);
    const now = roundResult(Definition.parse({ areas: [area([scale("x2")], "a"), area([scale("z")], "c")] }), [{ group: "economy", answers: { x2: { point: 4 }, z: { point: 5 } } }]);
    assert.deepEqual(compareRounds(now, before), { a: 50, c: null });
  });
});

describe("the respondent's form", () => {
  const a = area([
    scale("s", 5, { required: true }),
    choice("c", "single", [0, 100]),
    choice("m", "multiple", [50, 50, null]),
    { key: "n", type: "number", text: t("n"), required: false, dontKnow: true, weight: 0, number: { min: 0, max: 1000 } },
    { key: "txt", type: "text", text: t("txt"), required: false, dontKnow: false, weight: 0 },
  ]);

  test("answers from the form; required ones only when continuing", () => {
    const body = { "q.c": "o1", "q.m": ["o0", "o2"], "q.n": "1.000", "q.txt": "  gut so  " };
    const strict = parseAreaForm(a, body, true);
    assert.deepEqual(strict.errors, [{ field: "q.s", key: "strategy.validation.answerRequired" }]);
    const lax = parseAreaForm(a, body, false);
    assert.deepEqual(lax.errors, []);
    assert.deepEqual(lax.answers, { c: { option: "o1" }, m: { options: ["o0", "o2"] }, n: { number: 1000 }, txt: { text: "gut so" } });
  });

  test("don't know, bad options, bad numbers", () => {
    const r = parseAreaForm(a, { "q.s": DONT_KNOW, "q.c": "o9", "q.m": ["o0", "x"], "q.n": "zwölf" }, true);
    assert.deepEqual(r.answers, { s: { dontKnow: true } });
    assert.deepEqual(r.errors.map((e) => [e.field, e.key]), [["q.c", "validation.choice"], ["q.m", "validation.choice"], ["q.n", "strategy.validation.number"]]);
    assert.deepEqual(parseAreaForm(a, { "q.s": "3", "q.n": "-1" }, true).errors.map((e) => e.key), ["strategy.validation.numberRange"]);
    // Answered on an Arabic or Farsi page in its own digits.
    assert.deepEqual(readingNumbersIn("ar", () => parseAreaForm(a, { "q.s": "3", "q.n": "٢٠" }, true)).answers.n, { number: 20 });
    assert.deepEqual(readingNumbersIn("fa", () => parseAreaForm(a, { "q.s": "3", "q.n": "۱۲٫۵" }, true)).answers.n, { number: 12.5 });
    // A bound on one side only is told as such, not as "between 0 and –".
    const open = area([{ key: "n", type: "number", text: t("n"), required: false, dontKnow: false, weight: 0, number: { min: 0 } }]);
    assert.deepEqual(parseAreaForm(open, { "q.n": "-5" }, true).errors.map((e) => [e.key, e.values]), [["strategy.validation.numberMin", { min: 0, max: 0 }]]);
    assert.deepEqual(parseAreaForm(a, { "q.s": "6" }, true).errors.map((e) => e.key), ["validation.choice"]);
    assert.deepEqual(parseAreaForm(a, { "q.s": "2", "q.m.dk": DONT_KNOW, "q.n.dk": DONT_KNOW }, true).answers, { s: { point: 2 }, m: { dontKnow: true }, n: { dontKnow: true } });
    assert.equal(answeredCount(a, { s: { dontKnow: true }, c: { option: "o0" } }), 2);
  });

  test("property: stored answers shown in the form and sent again are the same answers", () => {
    const arb = fc.record({
      s: fc.option(fc.oneof(fc.integer({ min: 1, max: 5 }).map((point) => ({ point })), fc.constant({ dontKnow: true as const })), { nil: undefined }),
      c: fc.option(fc.constantFrom("o0", "o1").map((option) => ({ option })), { nil: undefined }),
      m: fc.option(fc.subarray(["o0", "o1", "o2"], { minLength: 1 }).map((options) => ({ options })), { nil: undefined }),
      n: fc.option(fc.integer({ min: 0, max: 1000 }).map((number) => ({ number })), { nil: undefined }),
      txt: fc.option(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== "").map((text) => ({ text })), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, (picked) => {
        const answers = Object.fromEntries(Object.entries(picked).filter(([, v]) => v !== undefined)) as Answers;
        const again = parseAreaForm(a, formValuesOf(a, answers), false);
        assert.deepEqual(again.errors, []);
        assert.deepEqual(again.answers, answers);
      }),
    );
  });

  test("numbers as people type them", () => {
    const cases: [string, number | null][] = [["12", 12], ["12,5", 12.5], ["1.234,5", 1234.5], ["1,234.5", 1234.5], ["1.234", 1234], ["1.5", 1.5], ["1.234.567", 1234567], ["-3", -3], [" 7 ", 7], ["1 000", 1000], ["abc", null], ["", null], ["1e5", null], [".5", null]];
    assert.deepEqual(cases.map(([s]) => [s, parseNumber(s)]), cases);
  });
});
