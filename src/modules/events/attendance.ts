/**
 * The attendance list ("Teilnahmeliste") of one occurrence of an event as a
 * printable A4 PDF, to take to the door: title block, totals, a table of the
 * confirmed registrations (number, name, phone, answers, a box to tick,
 * room to sign) with empty rows for walk-ins, then the waiting list. Texts
 * arrive translated and formatted; the Typst template only lays them out and
 * reads them as JSON (core/pdf.ts), so user content is printed literally.
 * Right-to-left languages get the core preamble's digit isolation, and the
 * table's columns run from the right.
 */
import { renderPdf, typstLang, TYPST_PREAMBLE } from "../../core/pdf.ts";

export interface AttendancePdfInput {
  lang: string;
  dir: "ltr" | "rtl";
  /** The event's title. */
  title: string;
  /** e.g. "Dienstag, 22. September 2026, 18:00–20:00" */
  when: string;
  /** May be "". */
  place: string;
  organiser: string;
  /** e.g. "Teilnahmeliste · Stadt Wilhelmshaven · Stand 21.09.2026 14:03"; the page number is added. */
  footer: string;
  labels: {
    number: string;
    name: string;
    phone: string;
    answers: string;
    present: string;
    signature: string;
    confirmed: string;
    waitlisted: string;
    /** A word like "Seite": the footer shows "Seite 1 / 3". */
    page: string;
    /** Formatted by the caller, e.g. "12 Zusagen, 3 auf der Warteliste, 5 anwesend". */
    totals: string;
  };
  /** In order of registration. */
  confirmed: AttendanceRow[];
  /** Shown in a second table, only if non-empty. */
  waitlisted: AttendanceRow[];
  /** Empty numbered rows after the confirmed ones, for walk-ins. */
  blankRows: number;
}

export interface AttendanceRow {
  name: string;
  phone: string;
  /** e.g. "Kinderbetreuung, Sprachhilfe" */
  answers: string;
  checkedIn: boolean;
}

/** Most empty rows printed for walk-ins, so a wrong number cannot produce a thousand pages. */
const MAX_BLANK_ROWS = 200;

const TEMPLATE = String.raw`
${TYPST_PREAMBLE}
#let L = d.labels

// A drawn box, ticked for those already checked in: no glyph needed from the font.
#let tick-box(checked) = box(width: 4mm, height: 4mm, stroke: 0.7pt + black, baseline: 0.6mm, if checked {
  // Placed from the left, so that right-to-left text does not mirror the mark.
  place(top + left, line(start: (0.8mm, 2.1mm), end: (1.7mm, 3.2mm), stroke: 1.1pt + black))
  place(top + left, line(start: (1.7mm, 3.2mm), end: (3.3mm, 0.8mm), stroke: 1.1pt + black))
})

// First-strong isolate (U+2068 … U+2069) around a cell's user text: in a
// right-to-left list a Latin name like "Person 12" keeps its own order.
#let fs-iso(s) = if is-rtl { [#str.from-unicode(0x2068)#s#str.from-unicode(0x2069)] } else { s }

#let attendance-table(rows, blank, size: 10pt, row-height: 9mm) = {
  let inset = (x: 4pt, y: 3pt)
  // An empty block in the signature cell makes each row tall enough to sign.
  let sign = block(width: 100%, height: row-height - 2 * inset.y)
  let cells = ()
  let n = 0
  for r in rows {
    n += 1
    cells += (
      align(end, str(n)),
      fs-iso(r.name),
      fs-iso(r.phone),
      fs-iso(r.answers),
      align(center, tick-box(r.checkedIn)),
      sign,
    )
  }
  for _ in range(blank) {
    n += 1
    cells += (align(end, text(fill: muted, str(n))), [], [], [], align(center, tick-box(false)), sign)
  }
  set text(size: size)
  table(
    columns: (auto, 1.5fr, 26mm, 1fr, auto, 34mm),
    align: start + horizon,
    inset: inset,
    stroke: 0.5pt + luma(150),
    fill: (_, y) => if y == 0 { luma(230) } else if calc.even(y) { luma(246) },
    table.header(
      repeat: true,
      ..(L.number, L.name, L.phone, L.answers, L.present, L.signature).map(h => text(weight: "bold", h)),
    ),
    ..cells,
  )
}

#block(width: 100%, inset: (bottom: 8pt), stroke: (bottom: 1.2pt + accent), below: 0.9em)[
  #text(size: 18pt, weight: "bold", fill: accent, d.title)
  #v(2pt)
  #text(size: 11pt, d.when)
  #if d.place != "" [ \ #text(size: 11pt, d.place)]
  #if d.organiser != "" [ \ #text(size: 10pt, fill: muted, d.organiser)]
]
#par(text(weight: "bold", d.totals))

#text(size: 12pt, weight: "bold", fill: accent, L.confirmed)
#attendance-table(d.confirmed, d.blankRows)

#if d.waitlisted.len() > 0 {
  v(1.2em)
  block(sticky: true, text(size: 11pt, weight: "bold", fill: accent, L.waitlisted))
  attendance-table(d.waitlisted, 0, size: 9pt, row-height: 8mm)
}
`;

/**
 * Renders the list. Async like {@link renderPdf}, whose compile is
 * synchronous native code: the event loop is blocked while it runs.
 */
export async function renderAttendancePdf(input: AttendancePdfInput): Promise<Buffer> {
  const { lang, region } = typstLang(input.lang);
  const blankRows = Number.isFinite(input.blankRows) ? Math.min(MAX_BLANK_ROWS, Math.max(0, Math.floor(input.blankRows))) : 0;
  return renderPdf(TEMPLATE, {
    ...input,
    lang,
    region,
    dir: input.dir === "rtl" ? "rtl" : "ltr",
    totals: input.labels.totals,
    pageLabel: input.labels.page,
    blankRows,
  });
}
