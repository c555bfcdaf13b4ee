/**
 * The integration report (Integrationsbericht) as a printable A4 PDF: title
 * page, numbered table of contents, then summary, indicators (traffic light,
 * latest value, target, chart, figures), self-check, Handlungskonzept,
 * activities of the modules, recommendations and the indicators' annex.
 *
 * Everything arrives translated and formatted in a {@link ReportContent};
 * the Typst template only lays it out and reads it as JSON (core/pdf.ts), so
 * texts with `#`, `*`, `$`, `]` … are printed literally. Charts are the
 * standalone SVG documents of web/charts.tsx, drawn by Typst's own SVG
 * renderer. Right-to-left languages flow from the right, with the preamble's
 * digit isolation; short texts (cells, headings) are first-strong isolates,
 * so that a German measure name in an Arabic table keeps its own order.
 */
import { renderPdf, typstLang, TYPST_PREAMBLE } from "../../core/pdf.ts";
import type { ReportContent, ReportTable } from "./report-model.ts";

/** A table as the template draws it: rows as long as the header, and which columns hold figures. */
interface TableData {
  caption: string;
  header: string[];
  rows: string[][];
  numeric: boolean[];
}

/** No letters and at least one digit: "12,4 % (2023)", "+3", "2020–2025". */
const FIGURE = /^[^\p{L}]*\d[^\p{L}]*$/u;
/** What a table shows for "no value"; it does not make a column textual. */
const EMPTY = /^[\s\-–—]*$/;

/**
 * Columns of figures are aligned to the end: right in German, left in
 * Arabic, so that units and thousands line up.
 */
function numericColumns(rows: string[][], width: number): boolean[] {
  return Array.from({ length: width }, (_, c) => {
    const cells = rows.map((r) => r[c] ?? "");
    return cells.some((s) => FIGURE.test(s)) && cells.every((s) => FIGURE.test(s) || EMPTY.test(s));
  });
}

function tableData(t: ReportTable): TableData | null {
  const width = Math.max(t.header.length, ...t.rows.map((r) => r.length));
  if (width === 0 || t.rows.length === 0) return null;
  const pad = (r: string[]) => Array.from({ length: width }, (_, i) => r[i] ?? "");
  const rows = t.rows.map(pad);
  return { caption: t.caption, header: pad(t.header), rows, numeric: numericColumns(rows, width) };
}

/** Paragraphs at blank lines; a single line break inside one is a space, as in the HTML page. */
function paragraphs(s: string): string[] {
  return s
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** Only web addresses become links; anything else is shown as plain text. */
const WEB_URL = /^https?:\/\/\S+$/i;

const TEMPLATE = String.raw`
${TYPST_PREAMBLE}
#let L = d.labels
#set document(author: d.tenant)

#set heading(numbering: "1.1")
#show heading.where(level: 1): set text(size: 15pt, fill: accent)
#show heading.where(level: 1): set block(above: 1.8em, below: 0.9em)
#show heading.where(level: 2): set text(size: 11.5pt)
#show heading.where(level: 2): set block(above: 1.6em, below: 0.6em)
#show outline.entry.where(level: 1): set text(weight: "bold")
#show outline.entry.where(level: 1): set block(above: 1em)

// First-strong isolate (U+2068 … U+2069): in a right-to-left document a
// German name or a cell like "Bildung (Kita)" keeps its own order.
#let fs-iso(s) = if is-rtl { [#str.from-unicode(0x2068)#s#str.from-unicode(0x2069)] } else { s }

#let paras(ps) = for p in ps { par(p) }

// Underlined as well as coloured, so that a link is not told by colour alone.
#show link: set text(fill: accent)
#show link: underline

// The light is told by its words as well; the dot's outline keeps yellow visible on white.
#let light-fill = (green: rgb("#1b7a3d"), yellow: rgb("#f2b600"), red: rgb("#b0122a"))
#let light-dot(light) = box(baseline: 0.12em, circle(
  radius: 0.42em,
  fill: light-fill.at(light, default: none),
  stroke: 0.7pt + luma(40),
))

#let chart(svg, alt) = block(above: 0.9em, below: 0.9em, breakable: false,
  image(bytes(svg), format: "svg", width: 100%, alt: alt))

#let label-grid(rows) = if rows.len() > 0 {
  grid(
    columns: (auto, 1fr),
    column-gutter: 1.2em,
    row-gutter: 0.5em,
    ..rows.map(((l, v)) => (text(fill: muted, l), v)).flatten(),
  )
}

#let cell-align(numeric) = (x, _) => if numeric.at(x, default: false) { end + horizon } else { start + horizon }
#let row-fill = (_, y) => if calc.odd(y) { luma(246) }

// A table of the report: header repeated on every page it spans.
#let data-table(t) = {
  if t.caption != "" {
    block(sticky: true, above: 1em, below: 0.45em, text(size: 9pt, weight: "bold", fs-iso(t.caption)))
  }
  set text(size: 9pt)
  table(
    // Every column as wide as its content: where that is too wide, Typst narrows the widest
    // (a long measure name wraps), while short ones like a status stay on one line.
    columns: t.numeric.len() * (auto,),
    align: cell-align(t.numeric),
    inset: (x: 5pt, y: 3.5pt),
    stroke: 0.5pt + luma(170),
    fill: (x, y) => if y == 0 { luma(228) } else { row-fill(x, y) },
    table.header(repeat: true, ..t.header.map(h => text(weight: "bold", fs-iso(h)))),
    ..t.rows.flatten().map(fs-iso),
  )
}

// A table without header: label and figure side by side.
#let pair-table(rows, numeric) = {
  set text(size: 9.5pt)
  table(
    // A figure stays near its label; a text gets the rest of the line.
    columns: if numeric { (auto, auto) } else { (auto, 1fr) },
    align: cell-align((false, numeric)),
    inset: (x: 5pt, y: 3.5pt),
    stroke: 0.5pt + luma(170),
    fill: row-fill,
    ..rows.map(((l, v)) => (fs-iso(l), fs-iso(v))).flatten(),
  )
}

#let indicator(i) = {
  heading(level: 2, fs-iso(i.name))
  // Sticky: the facts stay on the page of the chart they belong to.
  block(sticky: true, below: 0.7em, [#light-dot(i.light)#h(0.45em)#i.lightText])
  block(sticky: true, label-grid((
    (L.latest, fs-iso(i.latest)),
    ..if i.target != none { ((L.target, fs-iso(i.target)),) } else { () },
  )))
  if i.chartSvg != none { chart(i.chartSvg, i.name) } else { block(above: 0.9em, text(fill: muted, L.noData)) }
  if i.table != none { data-table(i.table) }
}

// --- title page ---

#v(4.5cm)
#block(width: 100%, inset: (bottom: 12pt), stroke: (bottom: 1.5pt + accent), below: 1.2em)[
  #text(size: 26pt, weight: "bold", fill: accent, d.title)
  #v(6pt)
  #text(size: 15pt, fs-iso(d.tenant))
]
#text(size: 11pt, fill: muted, d.status)
#pagebreak()

// The title as an explicit heading, bookmarked but neither numbered nor listed in itself.
#heading(level: 1, numbering: none, outlined: false, bookmarked: true, L.contents)
#outline(title: none, depth: 2, indent: auto)
#pagebreak(weak: true)

// --- sections ---

#if d.summary.len() > 0 {
  heading(level: 1, L.summary)
  paras(d.summary)
}

#if d.indicators.len() > 0 {
  heading(level: 1, L.indicators)
  for i in d.indicators { indicator(i) }
}

#if d.selfcheck != none {
  let s = d.selfcheck
  heading(level: 1, L.selfcheck)
  par(text(weight: "bold", fs-iso(s.round)) + [ · ] + s.responses)
  if s.chartSvg != none { chart(s.chartSvg, s.round) }
  if s.areas.len() > 0 {
    set text(size: 9.5pt)
    // One row per area: title and suggestion in the first cell, score and change beside them.
    table(
      columns: (1fr, auto, auto),
      align: cell-align((false, true, true)),
      inset: (x: 5pt, y: 5pt),
      stroke: 0.5pt + luma(170),
      fill: row-fill,
      ..s.areas.map(a => (
        [#text(weight: "bold", fs-iso(a.title)) #if a.suggestion != "" { linebreak() + text(fill: muted, a.suggestion) }],
        fs-iso(a.score),
        fs-iso(if a.change == none { "–" } else { a.change }),
      )).flatten(),
    )
  }
}

#if d.plan != none {
  let p = d.plan
  heading(level: 1, L.plan)
  par(text(weight: "bold", fs-iso(p.title)) + [ · ] + ltr-iso(p.period))
  if p.byStatus.len() > 0 {
    pair-table(p.byStatus.map(b => (b.label, str(b.count))), true)
  }
  if p.fields.len() > 0 and p.byStatus.len() > 0 {
    v(0.6em)
    data-table((
      caption: "",
      header: ("",) + p.byStatus.map(b => b.label),
      rows: p.fields.map(f => (f.title,) + p.byStatus.enumerate().map(((k, _)) => str(f.counts.at(k, default: 0)))),
      numeric: (false,) + p.byStatus.map(_ => true),
    ))
  }
}

#if d.activities.len() > 0 {
  heading(level: 1, L.activities)
  for a in d.activities {
    heading(level: 2, fs-iso(a.title))
    if a.items.len() > 0 { pair-table(a.items.map(it => (it.label, it.value)), a.itemsNumeric) }
    if a.table != none { data-table(a.table) }
  }
}

#if d.recommendations.len() > 0 {
  heading(level: 1, L.recommendations)
  paras(d.recommendations)
}

#if d.annex.len() > 0 {
  heading(level: 1, L.annex)
  for x in d.annex {
    // Listed once in the contents, under the indicators; still a bookmark.
    heading(level: 2, outlined: false, bookmarked: true, fs-iso(x.name))
    let source = if x.sourceUrl == none { x.source } else {
      let url = link(x.sourceUrl, ltr-iso(x.sourceUrl))
      if x.source == "" { url } else [#x.source \ #url]
    }
    label-grid((
      (L.definition, x.definition),
      (L.calculation, x.calculation),
      (L.source, source),
    ).filter(((_, v)) => v != ""))
  }
}
`;

/**
 * The report as an A4 PDF. Async like {@link renderPdf}, whose compile is
 * synchronous native code: the event loop is blocked while it runs (about a
 * second for 60 indicators with charts).
 */
export async function renderReportPdf(content: ReportContent): Promise<Buffer> {
  const { lang, region } = typstLang(content.lang);
  const rtl = content.dir === "rtl";
  const fsi = (s: string) => (rtl ? `\u2068${s}\u2069` : s);
  const data = {
    lang,
    region,
    dir: rtl ? "rtl" : "ltr",
    title: content.title,
    tenant: content.tenant,
    status: content.status,
    footer: `${content.title} · ${fsi(content.tenant)}`,
    pageLabel: content.labels.page,
    labels: content.labels,
    summary: paragraphs(content.summary),
    recommendations: paragraphs(content.recommendations),
    indicators: content.indicators.map((i) => ({ ...i, table: tableData(i.table) })),
    selfcheck: content.selfcheck,
    plan: content.plan,
    activities: content.activities.map((a) => ({
      title: a.title,
      items: a.items,
      itemsNumeric: numericColumns(a.items.map((it) => [it.value]), 1)[0] ?? false,
      table: a.table ? tableData(a.table) : null,
    })),
    annex: content.annex.map((x) => {
      const url = x.sourceUrl?.trim() ?? "";
      const link = WEB_URL.test(url) ? url : null;
      // An address that is not a web link is still worth printing, as text.
      const source = link || !url ? x.source : [x.source, url].filter(Boolean).join(" ");
      return { name: x.name, definition: x.definition, calculation: x.calculation, source, sourceUrl: link };
    }),
  };
  return renderPdf(TEMPLATE, data);
}
