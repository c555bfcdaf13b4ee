import { test } from "node:test";
import assert from "node:assert/strict";
import { renderToString } from "preact-render-to-string";
import { BIDI_CONTROLS, poppler, withoutPoppler } from "../../test/poppler.ts";
import { renderPdf } from "../core/pdf.ts";
import { AXIS, BarChart, ChartFigure, ChartTable, INK, LineChart, niceTicks, PALETTE, RadarChart, svgString, wrapLabel, type Series } from "./charts.tsx";

// --- helpers ------------------------------------------------------------------------------------

interface El { name: string; attrs: Record<string, string>; text: string }

/**
 * A small XML check: tags balanced and properly nested, attributes quoted
 * and not repeated, no raw "<" or stray "&" in text. Typst's SVG reader
 * (roxmltree) is the strict one; the PDF test below goes through it too.
 */
function wellFormed(xml: string): void {
  const stack: string[] = [];
  const token = /<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = token.exec(xml))) {
    end = token.lastIndex;
    const [, close, name, attrs, selfClose, text] = m;
    if (text !== undefined) {
      assert.ok(!/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text), `stray & in ${JSON.stringify(text)}`);
      continue;
    }
    const names = [...(attrs ?? "").matchAll(/([\w:.-]+)="/g)].map((a) => a[1]);
    assert.equal(new Set(names).size, names.length, `repeated attribute in <${name}${attrs}>`);
    if (close) assert.equal(stack.pop(), name, `</${name}> closes the wrong element`);
    else if (!selfClose) stack.push(name!);
  }
  assert.equal(end, xml.length, `not well-formed at ${JSON.stringify(xml.slice(end, end + 60))}`);
  assert.deepEqual(stack, [], "unclosed elements");
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

/** Every element with its attributes and the text up to its next tag. */
function elements(xml: string, name?: string): El[] {
  return [...xml.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*\/?>([^<]*)/g)]
    .map((m) => ({
      name: m[1]!,
      attrs: Object.fromEntries([...(m[2] ?? "").matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [a[1]!, unescape(a[2]!)])),
      text: unescape(m[3] ?? ""),
    }))
    .filter((e) => !name || e.name === name);
}

/** The text of each <text> element: its own and its <tspan>s', without the hover <title>. */
function texts(xml: string): string[] {
  return [...xml.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    unescape(m[1]!.replace(/<title>[\s\S]*?<\/title>/g, "").replace(/<\/tspan><tspan[^>]*>/g, " ").replace(/<[^>]+>/g, "")),
  );
}

const points = (s: string) => s.trim().split(/\s+/).map((p) => p.split(",").map(Number) as [number, number]);
const near = (a: number, b: number, eps = 0.02) => assert.ok(Math.abs(a - b) <= eps, `${a} ≠ ${b}`);

/** Checks every chart must pass: well-formed, no style, named by title and desc, readable sizes. */
function common(svg: string, title: string, desc?: string): void {
  wellFormed(svg);
  assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), svg.slice(0, 80));
  assert.ok(!/\sstyle=/i.test(svg), "no style attribute");
  assert.ok(!/<style\b/i.test(svg), "no <style> element");
  const root = elements(svg, "svg")[0]!;
  assert.equal(root.attrs.role, "img");
  assert.match(root.attrs.viewBox ?? "", /^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
  assert.equal(root.attrs.width, undefined, "width comes from the container");
  assert.equal(root.attrs["font-family"], "Noto Sans, Noto Sans Arabic, sans-serif");
  const ids = (root.attrs["aria-labelledby"] ?? "").split(" ");
  assert.equal(ids.length, desc ? 2 : 1);
  const byId = new Map(elements(svg).map((e) => [e.attrs.id, e]));
  assert.equal(byId.get(ids[0])?.name, "title");
  assert.equal(byId.get(ids[0])?.text, title);
  if (desc) assert.equal(byId.get(ids[1])?.text, desc);
  for (const e of elements(svg)) if (e.attrs["font-size"]) assert.ok(Number(e.attrs["font-size"]) >= 11, `font-size ${e.attrs["font-size"]}`);
}

function contrast(a: string, b: string): number {
  const lum = (h: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

// --- data ---------------------------------------------------------------------------------------

const AREAS = [
  "Bildung",
  "Arbeit und Ausbildung",
  "Interkulturelle Öffnung der Verwaltung und der kommunalen Einrichtungen",
  "Gesundheit",
  "Wohnen",
  "Teilhabe & Engagement",
  "Sprache",
];
const ONE: Series[] = [{ key: "all", label: "Alle", values: [100, 50, 75, 25, 0, 60, 40] }];
const THREE: Series[] = [
  { key: "admin", label: "Verwaltung", values: [80, 55, 40, null, 70, 100, 35] },
  { key: "politics", label: "Politik", values: [60, 75, 20, 45, 50, 65, 90] },
  { key: "civil", label: "Zivilgesellschaft", values: [null, 30, null, 70, 20, 45, 50] },
];
const AR_AREAS = ["التعليم", "العمل والتدريب (2023)", "الصحة", "السكن"];
const AR_SERIES: Series[] = [
  { key: "city", label: "البلدية", values: [50, 100, null, 0] },
  { key: "land", label: "الولاية", values: [30, 60, 70, 20] },
];
const YEARS = [2015, 2016, 2017, 2018, 2020, 2021, 2022, 2023];
const LINES: Series[] = [
  { key: "city", label: "Musterstadt", values: [12, 13.5, null, 15, 16, 18, 17.2, 19] },
  { key: "land", label: "Land", values: [14, 14.2, 14.8, 15, 15.5, null, 16, 16.4] },
  { key: "other", label: "Nachbarstadt", values: [null, 11, null, 12.5, 13, 14, 14, 15] },
];
const de = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 }).format;

// --- palette and helpers ------------------------------------------------------------------------

test("colours: each series colour ≥ 3:1 against white, text ≥ 4.5:1, axis lines ≥ 3:1", () => {
  assert.equal(new Set(PALETTE).size, 6);
  for (const c of PALETTE) assert.ok(contrast(c, "#ffffff") >= 3, `${c}: ${contrast(c, "#ffffff")}`);
  assert.ok(contrast(INK, "#ffffff") >= 4.5);
  assert.ok(contrast(AXIS, "#ffffff") >= 3);
});

test("wrapLabel: at spaces and hyphens, long words cut, the rest ends in …", () => {
  assert.deepEqual(wrapLabel("Arbeit und Ausbildung", 12, 3), ["Arbeit und", "Ausbildung"]);
  assert.deepEqual(wrapLabel("Integrations-Management", 14, 3), ["Integrations-", "Management"]);
  const long = wrapLabel(AREAS[2]!, 16, 3);
  assert.equal(long.length, 3);
  assert.ok(long[2]!.endsWith("…"));
  for (const l of long) assert.ok(l.length <= 16, l);
  assert.deepEqual(wrapLabel("Willkommenskulturentwicklung", 12, 3), ["Willkommens-", "kulturentwi-", "cklung"]);
});

test("niceTicks: steps of 1, 2 or 5 × 10ⁿ from at or below the minimum to at or above the maximum", () => {
  assert.deepEqual(niceTicks(0, 100), [0, 20, 40, 60, 80, 100]);
  assert.deepEqual(niceTicks(0, 0), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  assert.deepEqual(niceTicks(0, 0.7), [0, 0.2, 0.4, 0.6, 0.8]);
  for (const [lo, hi] of [[0, 19], [12, 25], [-3.5, 7.2], [1000, 98765], [0.001, 0.0173], [-40, -2]] as const) {
    const t = niceTicks(lo, hi);
    assert.ok(t[0]! <= lo && t[t.length - 1]! >= hi, `${lo}..${hi}: ${t}`);
    assert.ok(t.length >= 3 && t.length <= 9, `${t}`);
    const step = t[1]! - t[0]!;
    const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6));
    assert.ok([1, 2, 5].includes(mantissa), `step ${step}`);
    t.forEach((v, i) => near(v, t[0]! + i * step, step * 1e-9));
  }
});

// --- radar --------------------------------------------------------------------------------------

test("RadarChart, one series, 7 areas: max on the outer ring, half of max half-way, no legend", () => {
  const svg = svgString(<RadarChart title="Selbstcheck 2024" desc="Ergebnis je Handlungsfeld" categories={AREAS} series={ONE} />);
  common(svg, "Selbstcheck 2024", "Ergebnis je Handlungsfeld");
  const rings = elements(svg, "polygon").filter((e) => e.attrs["data-ring"]);
  assert.deepEqual(rings.map((r) => r.attrs["data-ring"]), ["0.25", "0.5", "0.75", "1"]);
  const outer = points(rings[3]!.attrs.points!);
  assert.equal(outer.length, 7);
  const [cx, cy] = [outer.reduce((s, p) => s + p[0], 0) / 7, outer.reduce((s, p) => s + p[1], 0) / 7];
  const shape = elements(svg, "polygon").find((e) => e.attrs.fill === PALETTE[0] && e.attrs["fill-opacity"]);
  const pts = points(shape!.attrs.points!);
  near(pts[0]![0], outer[0]![0]);
  near(pts[0]![1], outer[0]![1]);
  near(pts[1]![0], cx + (outer[1]![0] - cx) / 2);
  near(pts[1]![1], cy + (outer[1]![1] - cy) / 2);
  near(pts[4]![0], cx); // 0 is the centre
  assert.equal(elements(svg, "circle").length, 7, "a marker per value");
  assert.ok(!svg.includes('class="chart__legend"><g'), "no legend for one series");
  // The long label: wrapped to three lines at most, cut with …, in full in its <title>.
  const label = svg.match(/<text[^>]*><title>Interkulturelle Öffnung[^<]*<\/title>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/);
  assert.ok(label, "long label with its title");
  const lines = [...label[1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
  assert.ok(lines.length <= 3 && lines[lines.length - 1]!.endsWith("…"), lines.join(" / "));
  assert.ok(texts(svg).includes("Teilhabe & Engagement"));
});

test("RadarChart, three series with nulls: told apart by colour, dash and marker; a null breaks the outline", () => {
  const svg = svgString(<RadarChart title="Nach Gruppen" categories={AREAS} series={THREE} format={de} />);
  common(svg, "Nach Gruppen");
  const groups = [...svg.matchAll(/<g class="chart__series" data-series="(\w+)">([\s\S]*?)<\/g>/g)];
  assert.deepEqual(groups.map((g) => g[1]), ["admin", "politics", "civil"]);
  const look = groups.map((g) => {
    const line = elements(g[2]!).find((e) => e.name === "polygon" || e.name === "polyline")!;
    const markers = elements(g[2]!).filter((e) => e.attrs["data-marker"]);
    return { stroke: line.attrs.stroke, dash: line.attrs["stroke-dasharray"] ?? "", marker: markers[0]!.attrs["data-marker"], markers: markers.length, lines: elements(g[2]!).filter((e) => e.name === "polyline").length };
  });
  for (const k of ["stroke", "dash", "marker"] as const) assert.equal(new Set(look.map((l) => l[k])).size, 3, `${k} differs`);
  assert.deepEqual(look.map((l) => l.markers), [6, 7, 5], "no marker where the value is null");
  // admin: one gap → one open run; politics: closed polygon; civil: two gaps → two runs.
  assert.deepEqual(look.map((l) => l.lines), [1, 0, 2]);
  const legend = svg.match(/<g class="chart__legend">([\s\S]*?)<\/g><g class="chart__grid">/)![1]!;
  assert.deepEqual(texts(legend), ["Verwaltung", "Politik", "Zivilgesellschaft"]);
});

test("RadarChart: all zero, all null, fewer than 3 areas refused", () => {
  const zero = svgString(<RadarChart title="Null" categories={AREAS.slice(0, 3)} series={[{ key: "z", label: "Z", values: [0, 0, 0] }]} />);
  common(zero, "Null");
  const outer = points(elements(zero, "polygon").find((e) => e.attrs["data-ring"] === "1")!.attrs.points!);
  const cx = outer.reduce((s, p) => s + p[0], 0) / 3;
  const shape = elements(zero, "polygon").find((e) => e.attrs["fill-opacity"])!;
  for (const [x] of points(shape.attrs.points!)) near(x, cx);
  const none = svgString(<RadarChart title="Leer" categories={AREAS.slice(0, 4)} series={[{ key: "n", label: "N", values: [null, null, null, null] }]} />);
  common(none, "Leer");
  assert.ok(!/data-series="n">[^]*?<(polygon|polyline|circle)/.test(none), "nothing drawn for no values");
  assert.throws(() => renderToString(<RadarChart title="x" categories={["a", "b"]} series={[]} />), /at least 3/);
});

// --- bars ---------------------------------------------------------------------------------------

const bars = (svg: string) => elements(svg, "rect").filter((e) => e.attrs["data-value"]).map((e) => ({ x: Number(e.attrs.x), w: Number(e.attrs.width), v: Number(e.attrs["data-value"]), fill: e.attrs.fill }));

test("BarChart, one series: lengths in proportion, a bar for 50 half the bar for 100, labels at the ends", () => {
  const svg = svgString(<BarChart title="Umsetzung" categories={AREAS.slice(0, 4)} series={[{ key: "s", label: "Stand", values: [100, 50, 0, 25] }]} unit="%" format={de} />);
  common(svg, "Umsetzung");
  const b = bars(svg);
  assert.equal(b.length, 4);
  near(b[1]!.w * 2, b[0]!.w);
  near(b[3]!.w * 4, b[0]!.w);
  assert.equal(b[2]!.w, 0);
  assert.ok(b.every((r) => r.x === b[0]!.x), "all grow from one axis");
  for (const v of ["100\u00a0%", "50\u00a0%", "0\u00a0%", "25\u00a0%"]) assert.ok(texts(svg).includes(v), v);
  assert.ok(!svg.includes('class="chart__legend"><g'), "no legend for one series");
});

test("BarChart, three series with nulls: a legend, no bar and – for a null, values over max clamped", () => {
  const series: Series[] = THREE.map((s) => ({ ...s, values: s.values.slice(0, 4) }));
  series[1]!.values[0] = 130;
  const svg = svgString(<BarChart title="Gruppen" desc="Vier Bereiche" categories={AREAS.slice(0, 4)} series={series} />);
  common(svg, "Gruppen", "Vier Bereiche");
  const b = bars(svg);
  assert.equal(b.length, 12 - 3);
  assert.equal(new Set(b.map((r) => r.fill)).size, 3);
  const full = b.find((r) => r.v === 130)!;
  const eighty = b.find((r) => r.v === 80)!;
  near(full.w * 0.8, eighty.w);
  assert.equal(texts(svg).filter((t) => t === "–").length, 3);
  assert.ok(texts(svg).includes("130"), "the label shows the value itself");
  assert.deepEqual(texts(svg.match(/<g class="chart__legend">([\s\S]*?)<\/g><g class="chart__grid">/)![1]!), ["Verwaltung", "Politik", "Zivilgesellschaft"]);
});

test("BarChart, a single category; all null", () => {
  const one = svgString(<BarChart title="Ein Bereich" categories={["Bildung"]} series={[{ key: "a", label: "A", values: [42] }]} />);
  common(one, "Ein Bereich");
  assert.equal(bars(one).length, 1);
  const none = svgString(<BarChart title="Leer" categories={["Bildung", "Wohnen"]} series={[{ key: "a", label: "A", values: [null, null] }]} />);
  common(none, "Leer");
  assert.equal(bars(none).length, 0);
  assert.equal(texts(none).filter((t) => t === "–").length, 2);
});

test("BarChart, right to left: bars grow from the right, labels on the right, Arabic intact", () => {
  const svg = svgString(<BarChart title="المؤشرات" dir="rtl" categories={AR_AREAS} series={AR_SERIES} unit="%" />);
  common(svg, "المؤشرات");
  const b = bars(svg);
  const right = b[0]!.x + b[0]!.w;
  for (const r of b) near(r.x + r.w, right);
  const hundred = b.find((r) => r.v === 100)!;
  const fifty = b.find((r) => r.v === 50)!;
  near(fifty.w * 2, hundred.w);
  assert.ok(hundred.x < fifty.x, "longer bars reach further left");
  const label = elements(svg, "tspan").find((e) => e.text.includes("العمل"))!;
  assert.ok(Number(label.attrs.x) > right, "category labels right of the axis");
  // Isolated, so that "(2023)" stays at the end of the label in both renderers.
  assert.equal(label.text, "\u2068العمل والتدريب (2023)\u2069");
  assert.ok(texts(svg).includes("\u2068البلدية\u2069"), "legend label isolated");
  const legendTexts = elements(svg.match(/<g class="chart__legend">([\s\S]*?)<\/g><g class="chart__grid">/)![1]!, "text");
  assert.ok(legendTexts.every((t) => t.attrs["text-anchor"] === "end"), "legend reads from the right");
  assert.equal(elements(svg, "svg")[0]!.attrs.direction, "ltr", "anchors mean the same side in every renderer");
});

// --- lines --------------------------------------------------------------------------------------

test("LineChart, three series: nice ticks covering data and target, gaps at nulls, years spaced by distance", () => {
  const svg = svgString(<LineChart title="Quote" desc="2015–2023" x={YEARS} series={LINES} target={{ value: 25, label: "Ziel 2030" }} unit="%" format={de} />);
  common(svg, "Quote", "2015–2023");
  const ticks = elements(svg, "g").filter((e) => e.attrs["data-tick"]).map((e) => Number(e.attrs["data-tick"]));
  assert.deepEqual(ticks, niceTicks(0, 25));
  assert.ok(ticks[0]! <= 0 && ticks[ticks.length - 1]! >= 25);
  const target = svg.match(/<g class="chart__target">([\s\S]*?)<\/g>/)![1]!;
  assert.equal(elements(target, "line")[0]!.attrs["stroke-dasharray"], "6 3 1 3");
  assert.deepEqual(texts(target), ["Ziel 2030: 25\u00a0%"]);
  const paths = elements(svg, "path").map((e) => e.attrs.d!);
  // city: null in 2017 → two runs; land: null in 2021 → two; other: 2015 and 2017 null → the 2016 point alone, marker only.
  assert.deepEqual(paths.map((d) => d.match(/M/g)!.length), [2, 2, 1]);
  const land = elements(svg.match(/class="chart__series" data-series="land">([\s\S]*?)<\/g>/)![1]!).filter((e) => e.attrs["data-marker"]);
  assert.equal(land.length, 7);
  const cityMarkers = elements(svg.match(/class="chart__series" data-series="city">([\s\S]*?)<\/g>/)![1]!).filter((e) => e.name === "circle");
  const cx = cityMarkers.map((m) => Number(m.attrs.cx));
  // 2015, 2016, 2018, 2020: 2016→2018 and 2018→2020 twice as wide as 2015→2016.
  near(cx[2]! - cx[1]!, 2 * (cx[1]! - cx[0]!));
  near(cx[3]! - cx[2]!, 2 * (cx[1]! - cx[0]!));
  for (const y of YEARS) assert.ok(texts(svg).includes(String(y)), `${y} on the axis`);
});

test("LineChart, one series: yMin/yMax widen the axis, negative values reach below 0, no legend", () => {
  const svg = svgString(<LineChart title="Saldo" x={["2021", "2022", "2023"]} series={[{ key: "s", label: "Saldo", values: [-3.5, 2, 7.2] }]} yMax={10} />);
  common(svg, "Saldo");
  const ticks = elements(svg, "g").filter((e) => e.attrs["data-tick"]).map((e) => Number(e.attrs["data-tick"]));
  assert.ok(ticks[0]! <= -3.5 && ticks[ticks.length - 1]! >= 10, `${ticks}`);
  assert.ok(!svg.includes('class="chart__legend"><g'));
  const high = svgString(<LineChart title="Einwohner" x={YEARS} series={[{ key: "e", label: "E", values: YEARS.map((y) => 52000 + (y - 2015) * 300) }]} yMin={50000} />);
  const t2 = elements(high, "g").filter((e) => e.attrs["data-tick"]).map((e) => Number(e.attrs["data-tick"]));
  assert.ok(t2[0]! >= 50000 - (t2[1]! - t2[0]!) && t2[0]! <= 50000, `${t2}`);
});

test("LineChart: all zero and all null still draw an axis", () => {
  const zero = svgString(<LineChart title="Null" x={[2022, 2023]} series={[{ key: "z", label: "Z", values: [0, 0] }]} />);
  common(zero, "Null");
  assert.equal(elements(zero, "path").length, 1);
  const none = svgString(<LineChart title="Leer" x={[2022, 2023]} series={[{ key: "n", label: "N", values: [null, null] }]} />);
  common(none, "Leer");
  assert.equal(elements(none, "path").length, 0);
  assert.ok(elements(none, "g").filter((e) => e.attrs["data-tick"]).length >= 2);
});

// --- page, table, figure ------------------------------------------------------------------------

test("two charts on one page: ids unique, each aria-labelledby names its own title; an id prop is used", () => {
  const page = renderToString(
    <main>
      <RadarChart title="Selbstcheck 2023" desc="A" categories={AREAS} series={ONE} />
      <RadarChart title="Selbstcheck 2024" desc="A" categories={AREAS} series={ONE} />
      <BarChart title="Selbstcheck 2024" categories={AREAS} series={ONE} />
      <LineChart id="quote" title="Quote" x={YEARS} series={LINES} />
    </main>,
  );
  const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids}`);
  assert.ok(ids.includes("quote-title"));
  for (const m of page.matchAll(/aria-labelledby="([^"]+)"/g)) for (const ref of m[1]!.split(" ")) assert.ok(ids.includes(ref), ref);
  // Stable from render to render, so a page's ids do not change.
  assert.equal(svgString(<BarChart title="X" categories={["a"]} series={ONE} />), svgString(<BarChart title="X" categories={["a"]} series={ONE} />));
});

test("ChartTable: caption, column and row headers, formatted values, – for none", () => {
  const html = renderToString(<ChartTable caption="Ergebnisse nach Gruppe" corner="Bereich" categories={AREAS.slice(0, 3)} series={THREE} format={de} unit="%" />);
  wellFormed(html);
  assert.match(html, /<caption>Ergebnisse nach Gruppe<\/caption>/);
  assert.deepEqual([...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]), ["Bereich", "Verwaltung", "Politik", "Zivilgesellschaft"]);
  assert.equal([...html.matchAll(/<th scope="row">/g)].length, 3);
  assert.match(html, /<th scope="row">Bildung<\/th><td>80\u00a0%<\/td><td>60\u00a0%<\/td><td>–<\/td>/);
  const withNone = renderToString(<ChartTable caption="c" categories={[2022]} series={[{ key: "a", label: "A", values: [null] }]} none="keine Angabe" />);
  assert.match(withNone, /<td><\/td><th scope="col">A<\/th>/);
  assert.match(withNone, /<td>keine Angabe<\/td>/);
  const figure = renderToString(<ChartFigure caption="Abb. 1" chart={<BarChart title="B" categories={["a"]} series={ONE} />} table={<ChartTable caption="Tabelle" categories={["a"]} series={ONE} />} />);
  assert.match(figure, /^<figure class="chart"><figcaption class="chart__caption">Abb. 1<\/figcaption>/);
  assert.ok(!/\sstyle=/.test(figure));
});

// --- Typst --------------------------------------------------------------------------------------

/** The charts, one under the other, in a Typst PDF. */
function chartsPdf(charts: string[]): Promise<Buffer> {
  const source = `#let d = json("/data.json")
#set text(font: ("Noto Sans", "Noto Sans Arabic"), fallback: false)
#for c in d.charts { image(bytes(c), format: "svg", width: 100%) }
`;
  return renderPdf(source, { charts });
}

test("the SVG strings go into a Typst PDF with image(bytes(…), format: \"svg\"), their text extractable", async (t) => {
  const charts = [
    svgString(<RadarChart title="Radar" categories={AREAS} series={THREE} />),
    svgString(<BarChart title="Balken" categories={AREAS.slice(0, 4)} series={THREE.map((s) => ({ ...s, values: s.values.slice(0, 4) }))} unit="%" />),
    svgString(<BarChart title="RTL" dir="rtl" categories={AR_AREAS} series={AR_SERIES} />),
    svgString(<LineChart title="Linie" x={YEARS} series={LINES} target={{ value: 25, label: "Zielwert" }} />),
  ];
  const pdf = await chartsPdf(charts);
  assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
  if (withoutPoppler(t)) return;
  const text = poppler("pdftotext", [], pdf).replace(BIDI_CONTROLS, "").replace(/\u00a0/g, " ");
  for (const s of ["Bildung", "Interkulturelle", "Teilhabe &", "Engagement", "Zivilgesellschaft", "Zielwert: 25", "2023", "80 %", "–"]) {
    assert.ok(text.includes(s), `${s} in the PDF's text`);
  }
  // Arabic comes out of pdftotext garbled: Noto Sans Arabic draws the dots as glyphs of their own,
  // shared between letters, and the PDF maps each glyph to one letter only (التعليم reads as ال ة عل ي م).
  // The strings themselves are checked intact in the SVG above; here, that Arabic script was drawn.
  assert.match(text, /ال/u);
  assert.ok((text.match(/[\u0600-\u06ff]/gu) ?? []).length >= 20, "Arabic labels drawn with an Arabic font");
});

test("Farsi charts with Persian digits beside German units go into Typst (its SVG text layout panicked on them and aborted the process)", async (t) => {
  const fa = new Intl.NumberFormat("fa", { maximumFractionDigits: 1 });
  // Each of these texts alone made usvg 0.43 panic ("begin <= end … when slicing `۰ Prozent`").
  const charts = [
    svgString(<LineChart title="نرخ اشتغال" dir="rtl" x={YEARS} series={[{ key: "a", label: "ویلهلمسهافن", values: YEARS.map((_, i) => i * 12.5) }]} unit="Prozent" format={(v) => fa.format(v)} target={{ value: 5, label: "هدف ۲۰۳۰" }} />),
    svgString(<BarChart title="ب" dir="rtl" categories={["الف", "ب"]} series={[{ key: "b", label: "۵ Kinder", values: [0, 5] }]} unit="Prozent" format={(v) => fa.format(v)} />),
  ];
  assert.match(charts[0]!, /\u2068۰\u2069\u00a0Prozent/, "a Persian number set apart from the unit");
  const pdf = await chartsPdf(charts);
  assert.equal(pdf.subarray(0, 5).toString("latin1"), "%PDF-");
  if (withoutPoppler(t)) return;
  assert.match(poppler("pdftotext", [], pdf), /Prozent/);
});
