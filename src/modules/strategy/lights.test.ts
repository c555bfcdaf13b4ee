import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { trafficLight, type Direction, type Point } from "./lights.ts";

const s = (...pairs: [number, number][]): Point[] => pairs.map(([year, value]) => ({ year, value }));
const light = (series: Point[], direction: Direction, target?: { value: number; year: number }) => {
  const r = trafficLight(series, direction, target);
  return `${r.light}:${r.reason}`;
};

describe("traffic light", () => {
  test("no data, a neutral indicator without target, a single value", () => {
    assert.equal(light([], "up"), "none:noData");
    assert.equal(light(s([2020, 5], [2021, 7]), "none"), "none:neutral");
    assert.equal(light(s([2020, 5]), "up"), "none:single");
    assert.equal(light(s([2020, 5]), "up", { value: 10, year: 2025 }), "yellow:single");
    assert.equal(light(s([2020, 12]), "up", { value: 10, year: 2025 }), "green:reached");
  });

  test("without a target: the last change decides, with a tolerance of 1 %", () => {
    assert.equal(light(s([2020, 10], [2021, 11]), "up"), "green:improving");
    assert.equal(light(s([2020, 10], [2021, 9]), "up"), "red:worsening");
    assert.equal(light(s([2020, 10], [2021, 10.05]), "up"), "yellow:steady");
    assert.equal(light(s([2020, 10], [2021, 9]), "down"), "green:improving");
    assert.equal(light(s([2021, 9], [2020, 10]), "down"), "green:improving", "the order of the input does not matter");
    assert.equal(light(s([2020, 0], [2021, 0]), "up"), "yellow:steady");
  });

  test("with a target: reached, on the straight path, behind but improving, behind and worsening, missed", () => {
    const target = { value: 20, year: 2025 };
    assert.equal(light(s([2020, 10], [2023, 21]), "up", target), "green:reached");
    // Path from 10 (2020) to 20 (2025): 16 in 2023.
    assert.equal(light(s([2020, 10], [2022, 13], [2023, 16]), "up", target), "green:onTrack");
    assert.equal(light(s([2020, 10], [2022, 13], [2023, 15]), "up", target), "yellow:behindImproving");
    assert.equal(light(s([2020, 10], [2022, 15], [2023, 14]), "up", target), "red:behindWorsening");
    assert.equal(light(s([2020, 10], [2025, 19]), "up", target), "red:missed");
    // Falling is better: from 30 % to 20 %.
    assert.equal(light(s([2020, 30], [2022, 25]), "down", { value: 20, year: 2025 }), "green:onTrack");
    assert.equal(light(s([2020, 30], [2022, 29]), "down", { value: 20, year: 2025 }), "yellow:behindImproving");
    // A neutral indicator with a target: the target says which way is better.
    assert.equal(light(s([2020, 30], [2022, 25]), "none", { value: 20, year: 2025 }), "green:onTrack");
  });

  test("properties: reaching the target is always green; mirroring values and direction gives the same light", () => {
    const series = fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }), { minLength: 1, maxLength: 8 }).chain((years) =>
      fc.tuple(fc.constant(years), fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: years.length, maxLength: years.length })),
    );
    fc.assert(
      fc.property(series, fc.constantFrom<Direction>("up", "down"), fc.double({ min: -1000, max: 1000, noNaN: true }), fc.integer({ min: 2000, max: 2035 }), ([years, values], direction, tv, ty) => {
        const points = years.map((year, i) => ({ year, value: values[i]! }));
        const latest = [...points].sort((a, b) => a.year - b.year).at(-1)!;
        const sign = direction === "up" ? 1 : -1;
        const r = trafficLight(points, direction, { value: tv, year: ty });
        if (sign * (latest.value - tv) >= 0) assert.equal(r.light, "green");
        const mirrored = trafficLight(points.map((p) => ({ year: p.year, value: -p.value })), direction === "up" ? "down" : "up", { value: -tv, year: ty });
        assert.equal(mirrored.light, r.light);
        assert.equal(trafficLight(points, direction).light === "none", points.length === 1);
      }),
    );
  });
});
