/**
 * The traffic light of an indicator, without I/O: from its time series, the
 * desired direction and, where the municipality set one, a target value and
 * year.
 *
 * With a target:
 * - green: the latest value has reached the target (at or beyond it in the
 *   desired direction), or is at least where a straight path from the first
 *   value of the series to the target would be by now;
 * - yellow: behind that path, but the last change went the desired way;
 * - red: behind the path and the last change went the wrong way or nowhere,
 *   or the target year has passed without reaching it.
 * Without a target, the last change alone: the desired way by more than the
 * tolerance green, within it yellow, the wrong way red.
 * No light ("none") without data, or when the direction is neutral and no
 * target is set.
 */
export type Direction = "up" | "down" | "none";
export type Light = "green" | "yellow" | "red" | "none";

export interface Point {
  year: number;
  value: number;
}

export interface LightResult {
  light: Light;
  /** i18n key of the reason (strategy.light.<reason>). */
  reason: "noData" | "neutral" | "reached" | "onTrack" | "behindImproving" | "behindWorsening" | "missed" | "improving" | "steady" | "worsening" | "single";
}

/** Relative change below which a series counts as unchanged (1 % of the earlier value, at least 1e-9). */
export const TOLERANCE = 0.01;

export function trafficLight(series: readonly Point[], direction: Direction, target?: { value: number; year: number } | null, tolerance = TOLERANCE): LightResult {
  const points = [...series].filter((p) => Number.isFinite(p.value)).sort((a, b) => a.year - b.year);
  const latest = points.at(-1);
  if (!latest) return { light: "none", reason: "noData" };
  // With a target, its side of the first value says which way is better, even for a neutral indicator.
  const sign = direction === "up" ? 1 : direction === "down" ? -1 : target ? Math.sign(target.value - points[0]!.value) || 1 : 0;
  if (sign === 0) return { light: "none", reason: "neutral" };
  const before = points.at(-2);
  const change = before ? sign * (latest.value - before.value) : 0;
  const threshold = before ? Math.max(1e-9, Math.abs(before.value) * tolerance) : 0;
  const trend = !before ? 0 : change > threshold ? 1 : change < -threshold ? -1 : 0;

  if (target) {
    if (sign * (latest.value - target.value) >= 0) return { light: "green", reason: "reached" };
    if (latest.year >= target.year) return { light: "red", reason: "missed" };
    const first = points[0]!;
    // Where a straight path from the first value to the target would be in the latest year.
    const span = target.year - first.year;
    const expected = span <= 0 ? target.value : first.value + ((target.value - first.value) * (latest.year - first.year)) / span;
    if (points.length > 1 && sign * (latest.value - expected) >= 0) return { light: "green", reason: "onTrack" };
    if (!before) return { light: "yellow", reason: "single" };
    return trend > 0 ? { light: "yellow", reason: "behindImproving" } : { light: "red", reason: "behindWorsening" };
  }
  if (!before) return { light: "none", reason: "single" };
  return trend > 0 ? { light: "green", reason: "improving" } : trend < 0 ? { light: "red", reason: "worsening" } : { light: "yellow", reason: "steady" };
}
