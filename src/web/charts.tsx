/**
 * Server-rendered SVG charts (radar, grouped bars, time series) with the data
 * table that belongs beside each of them. No client JavaScript.
 *
 * Everything that matters is a presentation attribute (fill, stroke,
 * font-size, text-anchor …), never a style: the CSP forbids inline styles, and
 * the same markup, as a string from {@link svgString}, goes into Typst PDFs
 * (`image(bytes(svg), format: "svg")`), whose SVG renderer knows no site
 * stylesheet.
 *
 * Series differ in colour, dash pattern and marker shape, so they can be told
 * apart without colour. Each palette colour has at least 3:1 against white,
 * text at least 4.5:1.
 *
 * Right-to-left: the root carries `direction="ltr"`, so text-anchor means the
 * same physical side in a browser on an RTL page as in Typst's renderer
 * (Chromium swaps start and end under `direction="rtl"`, Typst's resvg does
 * not, so that attribute would put labels on different sides in the two).
 * Labels holding right-to-left script are wrapped in first-strong isolates
 * (U+2068 … U+2069), the `dir="auto"` of plain text, which both renderers
 * honour: "التعليم (2023)" keeps its parentheses. In RTL the bar chart is
 * mirrored and legends run from the right; the radar keeps its geometry and
 * time still runs left to right in the line chart, as charts in Arabic do.
 */
import type { ComponentChildren, VNode } from "preact";
import { renderToString } from "preact-render-to-string";

export interface Series {
  key: string;
  label: string;
  /** Aligned with the chart's categories or x values; null is "no value". */
  values: (number | null)[];
}
export type Format = (v: number) => string;
type Dir = "ltr" | "rtl";

interface Common {
  title: string;
  desc?: string;
  /** Base of the element ids; without it, a hash of the chart's content (two identical charts on a page need one). */
  id?: string;
  dir?: Dir;
}

/** Blue, orange, green, purple, teal, red: each ≥ 3:1 against white. */
export const PALETTE = ["#1b3fa0", "#c25100", "#1b7a3d", "#8e2a8e", "#0a6e80", "#b0122a"] as const;
const DASHES = ["", "8 4", "2 3", "12 3 3 3", "4 4", "1 2 6 2"] as const;
const MARKERS = ["circle", "square", "triangle", "diamond", "triangle-down", "cross"] as const;
export const INK = "#1a1a1a";
/** Axis lines: 4.5:1, above the 3:1 that graphical objects need. */
export const AXIS = "#767676";
const GRID = "#d6d6d6";
const FONT = "Noto Sans, Noto Sans Arabic, sans-serif";
const FS = 13;
const SMALL = 11.5;
const LINE_H = 16;

const styleOf = (i: number) => ({ color: PALETTE[i % 6]!, dash: DASHES[i % 6] || undefined, marker: MARKERS[i % 6]! });
const r2 = (v: number) => Math.round(v * 100) / 100;
const defaultFormat: Format = (v) => String(Math.round(v * 10) / 10);
const label = (v: number | null | undefined, format: Format, unit?: string) =>
  v === null || v === undefined ? "–" : `${format(v)}${unit ? `\u00a0${unit}` : ""}`;

const RTL_CHAR = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** A label with right-to-left script, isolated so that it orders itself (see the header). */
export const isolate = (s: string) => (RTL_CHAR.test(s) ? `\u2068${s}\u2069` : s);

/** Rough advance of Noto Sans; only used to wrap and place text, so erring wide is fine. */
const textWidth = (s: string, size = FS) => [...s].length * size * 0.56;

/**
 * Splits a label into at most `maxLines` lines of about `maxChars`, at spaces
 * and after hyphens; a word longer than a line is cut, and what does not fit
 * ends in "…" (the full label goes into a <title>).
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+|(?<=-)(?=\S)/u).flatMap((w) => {
    const parts: string[] = [];
    for (let rest = w; rest; rest = rest.slice(maxChars - 1)) parts.push(rest.length > maxChars ? `${rest.slice(0, maxChars - 1)}-` : rest);
    return parts;
  });
  const lines: string[] = [];
  for (const w of words) {
    const last = lines[lines.length - 1];
    const joined = last === undefined ? w : last.endsWith("-") ? last + w : `${last} ${w}`;
    if (last !== undefined && joined.length <= maxChars) lines[lines.length - 1] = joined;
    else lines.push(w);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const cut = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${cut.length >= maxChars ? cut.slice(0, maxChars - 1) : cut}…`;
  return kept;
}

/** FNV-1a, base 36: ids that stay the same from render to render. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
const chartId = (kind: string, p: Common, rest: unknown) => p.id ?? `chart-${hash(JSON.stringify([kind, p.title, p.desc ?? "", rest]))}`;

/** Axis ticks at 1, 2 or 5 × 10ⁿ steps, from at or below `lo` to at or above `hi`. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) hi = lo + (Math.abs(lo) || 1);
  const rough = (hi - lo) / (count - 1);
  const mag = 10 ** Math.floor(Math.log10(rough));
  const norm = rough / mag;
  const step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const [first, last] = [Math.floor(lo / step + 1e-9), Math.ceil(hi / step - 1e-9)];
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(Number((k * step).toFixed(digits)));
  return ticks;
}

/** The root <svg>: an image named by its <title> and <desc>, as wide as its container. */
function Frame({ id, title, desc, width, height, kind, children }: { id: string; title: string; desc?: string; width: number; height: number; kind: string; children: ComponentChildren }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      id={id}
      class={`chart__svg chart__svg--${kind}`}
      role="img"
      aria-labelledby={desc ? `${id}-title ${id}-desc` : `${id}-title`}
      viewBox={`0 0 ${r2(width)} ${r2(height)}`}
      font-family={FONT}
      font-size={FS}
      direction="ltr"
    >
      <title id={`${id}-title`}>{title}</title>
      {desc ? <desc id={`${id}-desc`}>{desc}</desc> : null}
      {children}
    </svg>
  );
}

type Anchor = "start" | "middle" | "end";
/** A possibly wrapped label, the full text in a <title> for a pointer's hover. */
function Label({ x, y, lines, full, anchor }: { x: number; y: number; lines: string[]; full: string; anchor: Anchor }) {
  return (
    <text x={r2(x)} y={r2(y)} text-anchor={anchor} fill={INK}>
      <title>{full}</title>
      {lines.map((l, i) => (
        <tspan key={i} x={r2(x)} dy={i === 0 ? 0 : LINE_H}>
          {isolate(l)}
        </tspan>
      ))}
    </text>
  );
}

/** A filled marker of the given shape, centred on (x, y). */
function Marker({ shape, x, y, r = 4.5, color }: { shape: string; x: number; y: number; r?: number; color: string }) {
  const pts = (p: [number, number][]) => p.map(([a, b]) => `${r2(x + a * r)},${r2(y + b * r)}`).join(" ");
  const common = { fill: color, stroke: "#ffffff", "stroke-width": 1, "data-marker": shape };
  if (shape === "circle") return <circle cx={r2(x)} cy={r2(y)} r={r} {...common} />;
  const shapes: Record<string, [number, number][]> = {
    square: [[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]],
    triangle: [[0, -1.2], [1.1, 0.8], [-1.1, 0.8]],
    "triangle-down": [[0, 1.2], [1.1, -0.8], [-1.1, -0.8]],
    diamond: [[0, -1.25], [1.1, 0], [0, 1.25], [-1.1, 0]],
    cross: [[-0.35, -1.1], [0.35, -1.1], [0.35, -0.35], [1.1, -0.35], [1.1, 0.35], [0.35, 0.35], [0.35, 1.1], [-0.35, 1.1], [-0.35, 0.35], [-1.1, 0.35], [-1.1, -0.35], [-0.35, -0.35]],
  };
  return <polygon points={pts(shapes[shape] ?? shapes.square!)} {...common} />;
}

interface LegendItem { series: Series; index: number; x: number; y: number; width: number }
/** Items flow in rows from the reading side; returns their places and the height taken. */
function legendLayout(series: Series[], width: number, dir: Dir): { items: LegendItem[]; height: number } {
  if (series.length < 2) return { items: [], height: 0 };
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  series.forEach((s, index) => {
    const w = 34 + textWidth(wrapLabel(s.label, 36, 1)[0] ?? "") + 18;
    if (x > 0 && x + w > width) [x, row] = [0, row + 1];
    items.push({ series: s, index, x: dir === "rtl" ? width - x - w : x, y: row * 22, width: w });
    x += w;
  });
  return { items, height: (row + 1) * 22 + 8 };
}

/** The series' line sample, marker and name, along the top of a chart. */
export function Legend({ series, x, y, width, dir = "ltr" }: { series: Series[]; x: number; y: number; width: number; dir?: Dir }) {
  return (
    <g class="chart__legend">
      {legendLayout(series, width, dir).items.map(({ series: s, index, x: ix, y: iy, width: w }) => {
        const st = styleOf(index);
        const [lineX, textX] = dir === "rtl" ? [x + ix + w - 28, x + ix + w - 34] : [x + ix, x + ix + 34];
        const cy = y + iy + 11;
        return (
          <g key={s.key} data-series={s.key}>
            <line x1={r2(lineX)} y1={r2(cy)} x2={r2(lineX + 28)} y2={r2(cy)} stroke={st.color} stroke-width={2.5} stroke-dasharray={st.dash} />
            <Marker shape={st.marker} x={lineX + 14} y={cy} color={st.color} />
            <text x={r2(textX)} y={r2(cy + 4.5)} text-anchor={dir === "rtl" ? "end" : "start"} fill={INK}>
              {isolate(wrapLabel(s.label, 36, 1)[0] ?? "")}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Runs of consecutive non-null points; a null breaks the line. */
function runs(points: ([number, number] | null)[]): [number, number][][] {
  const out: [number, number][][] = [[]];
  for (const p of points) {
    if (p) out[out.length - 1]!.push(p);
    else if (out[out.length - 1]!.length) out.push([]);
  }
  return out.filter((r) => r.length);
}
const pointList = (ps: [number, number][]) => ps.map(([a, b]) => `${r2(a)},${r2(b)}`).join(" ");

export interface RadarProps extends Common {
  categories: string[];
  series: Series[];
  max?: number;
  /** Width of the viewBox in user units (600). */
  size?: number;
  format?: Format;
}

/**
 * A spider chart, one axis per category (at least 3), clockwise from the top.
 * A null value is a gap: the outline breaks at that axis and no marker is
 * drawn there, since a point at the centre would read as 0 and joining the
 * neighbours would invent a value. Values are clamped to 0 … max.
 */
export function RadarChart(p: RadarProps) {
  const { categories, series, max = 100, size = 600, dir = "ltr", format = defaultFormat } = p;
  if (categories.length < 3) throw new Error("RadarChart: at least 3 categories");
  const id = chartId("radar", p, [categories, series]);
  const n = categories.length;
  const R = size * 0.26;
  const legend = legendLayout(series, size - 32, dir);
  const labelRoom = 3 * LINE_H + 14;
  const cx = size / 2;
  const cy = 16 + legend.height + labelRoom + R;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = (i: number, r: number): [number, number] => [cx + r * Math.cos(angle(i)), cy + r * Math.sin(angle(i))];
  const ring = (f: number) => pointList(categories.map((_, i) => at(i, R * f)));
  return (
    <Frame id={id} title={p.title} desc={p.desc} width={size} height={cy + R + labelRoom + 8} kind="radar">
      <Legend series={series} x={16} y={12} width={size - 32} dir={dir} />
      <g class="chart__grid">
        {[0.25, 0.5, 0.75, 1].map((f) => (
          <polygon key={f} points={ring(f)} fill="none" stroke={f === 1 ? AXIS : GRID} stroke-width={1} data-ring={f} />
        ))}
        {categories.map((_, i) => {
          const [x, y] = at(i, R);
          return <line key={i} x1={r2(cx)} y1={r2(cy)} x2={r2(x)} y2={r2(y)} stroke={AXIS} stroke-width={1} />;
        })}
        {[0.25, 0.5, 0.75, 1].map((f) => (
          <text key={f} x={r2(cx + 4)} y={r2(cy - R * f - 3)} font-size={SMALL} fill="#595959">
            {format(max * f)}
          </text>
        ))}
      </g>
      <g class="chart__labels">
        {categories.map((c, i) => {
          const cos = Math.cos(angle(i));
          const sin = Math.sin(angle(i));
          const [x, y] = at(i, R + 10);
          const centred = Math.abs(cos) < 0.2;
          const room = centred ? size * 0.42 : size / 2 - R - 20;
          const lines = wrapLabel(c, Math.max(8, Math.floor(room / (FS * 0.56))), 3);
          const block = lines.length * LINE_H;
          const top = y - block / 2 + (sin * block) / 2 + (sin < -0.2 ? -2 : sin > 0.2 ? 4 : 0);
          return <Label key={i} x={x} y={top + FS * 0.85} lines={lines} full={c} anchor={centred ? "middle" : cos > 0 ? "start" : "end"} />;
        })}
      </g>
      {series.map((s, si) => {
        const st = styleOf(si);
        const pts = categories.map((_, i) => {
          const v = s.values[i];
          return v === null || v === undefined ? null : at(i, (R * Math.min(Math.max(v, 0), max)) / max);
        });
        const line = { stroke: st.color, "stroke-width": 2.5, "stroke-dasharray": st.dash, "stroke-linejoin": "round" as const };
        return (
          <g key={s.key} class="chart__series" data-series={s.key}>
            {pts.every(Boolean) ? (
              <polygon points={pointList(pts as [number, number][])} fill={st.color} fill-opacity={0.08} {...line} />
            ) : (
              cyclicRuns(pts).map((r, k) => <polyline key={k} points={pointList(r)} fill="none" {...line} />)
            )}
            {pts.map((pt, i) => (pt ? <Marker key={i} shape={st.marker} x={pt[0]} y={pt[1]} color={st.color} /> : null))}
          </g>
        );
      })}
    </Frame>
  );
}

/** The runs of a ring with a gap, started right after a gap so that none is split across the end of the list. */
function cyclicRuns(pts: ([number, number] | null)[]): [number, number][][] {
  const first = pts.findIndex((q) => q === null);
  return runs([...pts.slice(first + 1), ...pts.slice(0, first + 1)]);
}

export interface BarProps extends Common {
  categories: string[];
  series: Series[];
  max?: number;
  unit?: string;
  format?: Format;
}

/**
 * Horizontal bars, one group per category, grown from the reading side. A
 * null is no bar and "–"; values are clamped to 0 … max for the bar length
 * (the label shows the value itself).
 */
export function BarChart(p: BarProps) {
  const { categories, series, max = 100, unit, format = defaultFormat, dir = "ltr" } = p;
  const id = chartId("bar", p, [categories, series, max]);
  const W = 600;
  const rtl = dir === "rtl";
  const legend = legendLayout(series, W - 32, dir);
  const labelW = 190;
  const span = W - labelW - 10 - 86;
  const x0 = rtl ? W - labelW - 10 : labelW + 10;
  const toward = rtl ? -1 : 1;
  const k = series.length;
  const barH = k > 1 ? 14 : 20;
  const groupH = k * barH + Math.max(0, k - 1) * 3;
  const labels = categories.map((c) => wrapLabel(c, Math.floor((labelW - 8) / (FS * 0.56)), 3));
  const top = 14 + legend.height;
  let y = top;
  const rows = categories.map((_, ci) => {
    const h = Math.max(groupH, labels[ci]!.length * LINE_H);
    const row = { y, barsY: y + (h - groupH) / 2, h };
    y += h + 14;
    return row;
  });
  const bottom = y - 6;
  const xOf = (f: number) => x0 + toward * f * span;
  return (
    <Frame id={id} title={p.title} desc={p.desc} width={W} height={bottom + 26} kind="bar">
      <Legend series={series} x={16} y={10} width={W - 32} dir={dir} />
      <g class="chart__grid">
        {[0.25, 0.5, 0.75, 1].map((f) => (
          <g key={f}>
            <line x1={r2(xOf(f))} y1={top - 6} x2={r2(xOf(f))} y2={r2(bottom)} stroke={GRID} stroke-width={1} />
            <text x={r2(xOf(f))} y={r2(bottom + 17)} text-anchor="middle" font-size={SMALL} fill="#595959">
              {label(max * f, format, unit)}
            </text>
          </g>
        ))}
        <line x1={r2(x0)} y1={top - 6} x2={r2(x0)} y2={r2(bottom)} stroke={AXIS} stroke-width={1.5} />
      </g>
      {categories.map((c, ci) => {
        const row = rows[ci]!;
        const lines = labels[ci]!;
        const labelY = row.y + row.h / 2 - ((lines.length - 1) * LINE_H) / 2 + FS * 0.35;
        return (
          <g key={ci} class="chart__group">
            <Label x={x0 - toward * 8} y={labelY} lines={lines} full={c} anchor={rtl ? "start" : "end"} />
            {series.map((s, si) => {
              const st = styleOf(si);
              const v = s.values[ci];
              const by = row.barsY + si * (barH + 3);
              const len = v === null || v === undefined ? 0 : (Math.min(Math.max(v, 0), max) / max) * span;
              const end = x0 + toward * len;
              const textX = end + toward * (k > 1 ? 18 : 6);
              return (
                <g key={s.key} data-series={s.key}>
                  {v === null || v === undefined ? null : (
                    <rect x={r2(rtl ? end : x0)} y={r2(by)} width={r2(len)} height={barH} fill={st.color} data-value={v} />
                  )}
                  {k > 1 && v !== null && v !== undefined ? <Marker shape={st.marker} x={end + toward * 8} y={by + barH / 2} color={st.color} /> : null}
                  <text x={r2(textX)} y={r2(by + barH / 2 + 4.5)} text-anchor={rtl ? "end" : "start"} fill={INK}>
                    {label(v, format, unit)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </Frame>
  );
}

export interface LineProps extends Common {
  x: (string | number)[];
  series: Series[];
  target?: { value: number; label: string };
  unit?: string;
  format?: Format;
  /** The axis covers these and the data; without yMin it starts at 0 unless a value is negative. */
  yMin?: number;
  yMax?: number;
}

/**
 * Time series, left to right in every language. Numeric x values (years) are
 * spaced by their distance, so a missing year shows; other x values evenly.
 * A null breaks the line.
 */
export function LineChart(p: LineProps) {
  const { x: xs, series, target, unit, format = defaultFormat, dir = "ltr" } = p;
  const id = chartId("line", p, [xs, series, target, p.yMin, p.yMax]);
  const W = 600;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null && v !== undefined));
  if (target) values.push(target.value);
  const lo = Math.min(p.yMin ?? 0, ...values);
  const hi = Math.max(p.yMax ?? lo, ...values);
  const ticks = niceTicks(lo, hi);
  const [tMin, tMax] = [ticks[0]!, ticks[ticks.length - 1]!];
  const legend = legendLayout(series, W - 32, dir);
  const left = Math.min(110, 14 + Math.max(...ticks.map((t) => textWidth(label(t, format, unit), SMALL))));
  const [top, plotH, right] = [20 + legend.height, 240, W - 20];
  const bottom = top + plotH;
  const yOf = (v: number) => bottom - ((v - tMin) / (tMax - tMin)) * plotH;
  const numeric = xs.length > 1 && xs.every((v, i) => typeof v === "number" && (i === 0 || v > (xs[i - 1] as number)));
  const inner = [left + 16, right - 16];
  const xOf = (i: number) =>
    xs.length < 2
      ? (inner[0]! + inner[1]!) / 2
      : numeric
        ? inner[0]! + (((xs[i] as number) - (xs[0] as number)) / ((xs[xs.length - 1] as number) - (xs[0] as number))) * (inner[1]! - inner[0]!)
        : inner[0]! + (i / (xs.length - 1)) * (inner[1]! - inner[0]!);
  // Every k-th label where they would collide, counted back from the latest.
  const widest = Math.max(1, ...xs.map((v) => textWidth(String(v), SMALL)));
  const every = Math.max(1, Math.ceil(xs.length / Math.max(1, Math.floor((inner[1]! - inner[0]!) / (widest + 10)))));
  const ty = target ? yOf(target.value) : 0;
  return (
    <Frame id={id} title={p.title} desc={p.desc} width={W} height={bottom + 30} kind="line">
      <Legend series={series} x={16} y={10} width={W - 32} dir={dir} />
      <g class="chart__grid">
        {ticks.map((t) => (
          <g key={t} data-tick={t}>
            <line x1={r2(left)} y1={r2(yOf(t))} x2={r2(right)} y2={r2(yOf(t))} stroke={t === tMin ? AXIS : GRID} stroke-width={1} />
            <text x={r2(left - 6)} y={r2(yOf(t) + 4)} text-anchor="end" font-size={SMALL} fill={INK}>
              {label(t, format, unit)}
            </text>
          </g>
        ))}
        <line x1={r2(left)} y1={r2(top)} x2={r2(left)} y2={r2(bottom)} stroke={AXIS} stroke-width={1} />
        {xs.map((v, i) =>
          (xs.length - 1 - i) % every === 0 ? (
            <g key={i}>
              <line x1={r2(xOf(i))} y1={r2(bottom)} x2={r2(xOf(i))} y2={r2(bottom + 4)} stroke={AXIS} stroke-width={1} />
              <text x={r2(xOf(i))} y={r2(bottom + 18)} text-anchor="middle" font-size={SMALL} fill={INK}>
                {isolate(String(v))}
              </text>
            </g>
          ) : null,
        )}
      </g>
      {target ? (
        <g class="chart__target">
          <line x1={r2(left)} y1={r2(ty)} x2={r2(right)} y2={r2(ty)} stroke={INK} stroke-width={1.5} stroke-dasharray="6 3 1 3" />
          <text x={r2(right - 4)} y={r2(ty - top < 20 ? ty + 15 : ty - 6)} text-anchor="end" font-size={SMALL} fill={INK}>
            {isolate(`${target.label}: ${label(target.value, format, unit)}`)}
          </text>
        </g>
      ) : null}
      {series.map((s, si) => {
        const st = styleOf(si);
        const pts = xs.map((_, i): [number, number] | null => {
          const v = s.values[i];
          return v === null || v === undefined ? null : [xOf(i), yOf(v)];
        });
        const d = runs(pts)
          .filter((r) => r.length > 1)
          .map((r) => r.map(([a, b], j) => `${j ? "L" : "M"}${r2(a)} ${r2(b)}`).join(""))
          .join("");
        return (
          <g key={s.key} class="chart__series" data-series={s.key}>
            {d ? <path d={d} fill="none" stroke={st.color} stroke-width={2.5} stroke-dasharray={st.dash} stroke-linejoin="round" /> : null}
            {pts.map((pt, i) => (pt ? <Marker key={i} shape={st.marker} x={pt[0]} y={pt[1]} color={st.color} /> : null))}
          </g>
        );
      })}
    </Frame>
  );
}

/** The figures of a chart as a table: categories (or years) as rows, series as columns. */
export function ChartTable({ caption, categories, series, format = defaultFormat, unit, corner, none = "–" }: {
  caption: string;
  categories: (string | number)[];
  series: Series[];
  format?: Format;
  unit?: string;
  /** Header of the category column ("Bereich", "Jahr"). */
  corner?: string;
  /** Shown for a missing value ("keine Angabe"). */
  none?: string;
}) {
  return (
    // Focusable: a table wider than its column scrolls, and a keyboard must be able to scroll it.
    <div class="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="data chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {corner ? <th scope="col">{corner}</th> : <td />}
            {series.map((s) => (
              <th scope="col" key={s.key}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {categories.map((c, i) => (
            <tr key={i}>
              <th scope="row">{c}</th>
              {series.map((s) => {
                const v = s.values[i];
                return <td key={s.key}>{v === null || v === undefined ? none : label(v, format, unit)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A chart and its table as one figure; the caption names both. */
export function ChartFigure({ caption, chart, table }: { caption: string; chart: VNode; table: VNode }) {
  return (
    <figure class="chart">
      <figcaption class="chart__caption">{caption}</figcaption>
      <div class="chart__body">
        {chart}
        {table}
      </div>
    </figure>
  );
}

/** Arabic-Indic and Persian digits with the Arabic percent, decimal and thousands signs. */
const ARABIC_NUMBER = /[\u0660-\u066C\u06F0-\u06F9]+/g;

/**
 * A chart as a standalone SVG document (xmlns included), e.g. for `image(bytes(svg), format: "svg")` in Typst.
 *
 * Each number in Arabic or Persian digits is set in a first-strong isolate (U+2068 … U+2069).
 * Typst's SVG text layout (usvg 0.43) panics on Persian digits next to Latin text — "۰ Prozent",
 * "۱۲٫۵ Prozent" (`begin <= end … when slicing`) — and the panic aborts the process: the Farsi
 * integration report took the server down. Isolated, such texts render (3,600 random labels of
 * numbers, Arabic and German words checked on 2026-12-06); a number reads the same isolated, and
 * the isolate does not change the direction of a label around it.
 */
export function svgString(vnode: VNode): string {
  return renderToString(vnode).replace(ARABIC_NUMBER, "\u2068$&\u2069");
}
