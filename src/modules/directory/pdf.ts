/**
 * The Wegweiser of one municipality as a printable PDF (A4): title block,
 * table of contents, one chapter per kind of offer, one subchapter per offer.
 *
 * All text arrives already translated and formatted; the Typst template below
 * only lays it out. It reads the input as JSON (see core/pdf.ts), so names,
 * summaries, phone numbers … are printed literally whatever characters they
 * contain.
 */
import { renderPdf, typstLang, TYPST_PREAMBLE } from "../../core/pdf.ts";
import type { ServiceView } from "./model.ts";

export interface GuidePdfInput {
  /** Language of the texts, e.g. "de", "ar", "fa"; a region may follow ("de-AT"). */
  lang: string;
  dir: "ltr" | "rtl";
  /** e.g. "Wegweiser Integration – Stadt Wilhelmshaven" */
  title: string;
  /** e.g. "Stand: 22.11.2026" */
  subtitle: string;
  /** "Inhalt" / "المحتويات" */
  tocTitle: string;
  /** One section per kind of offer; sections without entries are left out. */
  sections: { heading: string; entries: PdfEntry[] }[];
  /** Printed in the page footer together with "page / total". */
  footer: string;
  /**
   * Optional translated labels for the rows of an entry. Rows whose label is
   * missing are shown without one.
   */
  labels?: { address?: string; hours?: string; languages?: string };
}

export interface PdfEntry {
  name: string;
  organisation: string;
  summary: string;
  /** Already formatted, one line. */
  address: string | null;
  /** "Telefon", "04421 …" etc. (labels already translated). */
  contacts: { label: string; value: string }[];
  /** Already formatted lines, e.g. "Mo 09:00–12:00, 14:00–16:00". */
  hours: string[];
  /** Already formatted, e.g. "Arabisch, Farsi, Türkisch". */
  languages: string;
  /** e.g. "Nur nach Terminvereinbarung", "Barrierefrei: ja". */
  notes: string[];
  /** The German text is shown because no translation exists: marked "(Deutsch)". */
  missingTranslation?: boolean;
}

/** How the caller turns the parts of a {@link ServiceView} into text in the reader's language. */
export interface PdfEntryFormat {
  address(address: NonNullable<ServiceView["address"]>): string;
  hours(hours: ServiceView["hours"], note: string): string[];
  languages(codes: string[]): string;
  contactLabel(kind: "phone" | "email" | "website" | "appointment"): string;
  notes(service: ServiceView): string[];
}

/** A {@link PdfEntry} from a service as the public pages show it. */
export function pdfEntryFromService(s: ServiceView, f: PdfEntryFormat): PdfEntry {
  const contacts: PdfEntry["contacts"] = [];
  if (s.phone) contacts.push({ label: f.contactLabel("phone"), value: s.phone });
  if (s.email) contacts.push({ label: f.contactLabel("email"), value: s.email });
  if (s.website) contacts.push({ label: f.contactLabel("website"), value: s.website });
  if (s.appointmentUrl) contacts.push({ label: f.contactLabel("appointment"), value: s.appointmentUrl });
  return {
    name: s.name,
    organisation: s.organisation,
    summary: s.summary,
    address: s.address ? f.address(s.address) : null,
    contacts,
    hours: f.hours(s.hours, s.hoursNote),
    languages: f.languages(s.languages),
    notes: f.notes(s),
    missingTranslation: s.translation.name === "missing" || s.translation.summary === "missing",
  };
}

const TEMPLATE = String.raw`
${TYPST_PREAMBLE}
#set heading(numbering: none)
#show heading.where(level: 1): set text(size: 15pt, fill: accent)
#show heading.where(level: 1): set block(above: 1.8em, below: 0.9em)
#show heading.where(level: 2): set text(size: 11.5pt)
#show heading.where(level: 2): set block(above: 1.5em, below: 0.5em)

#show outline.entry.where(level: 1): set text(weight: "bold")
#show outline.entry.where(level: 1): set block(above: 1em)

#let link-or-text(value) = {
  let v = value.trim()
  if v.match(regex("^(?i)https?://\S+$")) != none { link(v, ltr-iso(v)) }
  else if v.match(regex("^[^\s@]+@[^\s@]+\.[^\s@]+$")) != none { link("mailto:" + v, ltr-iso(v)) }
  else { ltr-iso(v) }
}

#let lines(xs) = xs.map(x => [#x]).join(linebreak())

#let entry(e) = {
  let missing = e.at("missingTranslation", default: false) == true
  let name = if missing { [#german(e.name) #german-tag] } else { e.name }
  heading(level: 2, name)
  if e.organisation != "" {
    block(above: 0.5em, below: 0.6em, text(fill: muted, e.organisation))
  }
  if e.summary != "" {
    par(if missing { german(e.summary) } else { e.summary })
  }

  let labels = d.at("labels", default: none)
  let row-label(key) = if labels == none { [] } else { labels.at(key, default: none) }
  let rows = ()
  if e.address != none and e.address != "" { rows.push((row-label("address"), e.address)) }
  for c in e.contacts { rows.push((c.label, link-or-text(c.value))) }
  if e.hours.len() > 0 { rows.push((row-label("hours"), lines(e.hours))) }
  if e.languages != "" { rows.push((row-label("languages"), e.languages)) }
  if rows.len() > 0 {
    block(above: 0.6em, grid(
      columns: (auto, 1fr),
      column-gutter: 1em,
      row-gutter: 0.45em,
      ..rows.map(((l, v)) => (text(fill: muted, if l == none { [] } else { l }), v)).flatten(),
    ))
  }
  if e.notes.len() > 0 {
    block(above: 0.6em, list(..e.notes.map(n => [#n])))
  }
}

#block(width: 100%, inset: (bottom: 10pt), stroke: (bottom: 1.2pt + accent), below: 1.6em)[
  #text(size: 21pt, weight: "bold", fill: accent, d.title)
  #v(2pt)
  #text(size: 11pt, fill: muted, d.subtitle)
]

// The title as an explicit, bookmarked heading: Typst versions differ in whether the outline's own title is bookmarked.
#heading(level: 1, outlined: false, bookmarked: true, d.tocTitle)
#outline(title: none, depth: 2, indent: 1.2em)

#pagebreak(weak: true)

#for s in d.sections {
  heading(level: 1, s.heading)
  for e in s.entries { entry(e) }
}
`;

/** The whole Wegweiser of one municipality as an A4 PDF. */
export async function renderGuidePdf(input: GuidePdfInput): Promise<Buffer> {
  const { lang, region } = typstLang(input.lang);
  const data = {
    ...input,
    lang,
    region,
    dir: input.dir === "rtl" ? "rtl" : "ltr",
    sections: input.sections.filter((s) => s.entries.length > 0),
  };
  return renderPdf(TEMPLATE, data);
}
