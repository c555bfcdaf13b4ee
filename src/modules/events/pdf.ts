/**
 * A programme (e.g. "Interkulturelle Woche 2026") as a printable A4 PDF:
 * title block, table of contents by day, one entry per occurrence with time,
 * place, organiser, languages and cost. Texts arrive translated and
 * formatted; the Typst template only lays them out and reads them as JSON
 * (core/pdf.ts), so user content is printed literally. Right-to-left
 * languages get the core preamble's digit isolation.
 */
import { renderPdf, typstLang, TYPST_PREAMBLE } from "../../core/pdf.ts";

export interface ProgrammePdfInput {
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  /** e.g. "18. September bis 24. November 2026" */
  subtitle: string;
  description: string;
  tocTitle: string;
  footer: string;
  labels: { where: string; organiser: string; languages: string; cost: string; cancelled: string };
  days: { heading: string; items: ProgrammePdfItem[] }[];
}

export interface ProgrammePdfItem {
  /** "18:00–20:00" or "ganztägig" */
  time: string;
  title: string;
  /** The German title is shown for want of a translation. */
  missingTranslation: boolean;
  place: string;
  organiser: string;
  languages: string;
  cost: string;
  summary: string;
  cancelled: boolean;
}

const TEMPLATE = String.raw`
${TYPST_PREAMBLE}
#set heading(numbering: none)
#show heading.where(level: 1): set text(size: 14pt, fill: accent)
#show heading.where(level: 1): set block(above: 1.6em, below: 0.8em)
#show heading.where(level: 2): set text(size: 11pt)
#show heading.where(level: 2): set block(above: 1.2em, below: 0.4em)
#show outline.entry.where(level: 1): set text(weight: "bold")

#block(width: 100%, inset: (bottom: 10pt), stroke: (bottom: 1.2pt + accent), below: 1.2em)[
  #text(size: 21pt, weight: "bold", fill: accent, d.title)
  #v(2pt)
  #text(size: 11pt, fill: muted, d.subtitle)
]
#if d.description != "" { par(d.description) }

#heading(level: 1, outlined: false, bookmarked: true, d.tocTitle)
#outline(title: none, depth: 2, indent: 1.2em)
#pagebreak(weak: true)

#let item(e) = {
  let name = if e.missingTranslation { [#german(e.title) #german-tag] } else { e.title }
  let shown = if e.cancelled { [#strike(name) (#d.labels.cancelled)] } else { name }
  heading(level: 2, [#ltr-iso(e.time) · #shown])
  let rows = ()
  if e.place != "" { rows.push((d.labels.where, e.place)) }
  if e.organiser != "" { rows.push((d.labels.organiser, e.organiser)) }
  if e.languages != "" { rows.push((d.labels.languages, e.languages)) }
  if e.cost != "" { rows.push((d.labels.cost, e.cost)) }
  if rows.len() > 0 {
    grid(columns: (auto, 1fr), column-gutter: 1em, row-gutter: 0.4em, ..rows.map(((l, v)) => (text(fill: muted, l), v)).flatten())
  }
  if e.summary != "" { block(above: 0.5em, if e.missingTranslation { german(e.summary) } else { e.summary }) }
}

#for day in d.days {
  heading(level: 1, day.heading)
  for e in day.items { item(e) }
}
`;

export async function renderProgrammePdf(input: ProgrammePdfInput): Promise<Buffer> {
  const { lang, region } = typstLang(input.lang);
  return renderPdf(TEMPLATE, { ...input, lang, region, dir: input.dir === "rtl" ? "rtl" : "ltr", days: input.days.filter((d) => d.items.length > 0) });
}
