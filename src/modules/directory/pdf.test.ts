import { test } from "node:test";
import assert from "node:assert/strict";
import { inflateSync } from "node:zlib";
import { poppler, withoutPoppler, BIDI_CONTROLS, pageCount, words, type Word } from "../../../test/poppler.ts";
import { renderPdf } from "../../core/pdf.ts";
import { renderGuidePdf, type GuidePdfInput, type PdfEntry } from "./pdf.ts";

// --- helpers ------------------------------------------------------------------------------------

const PHONE = "04421 74956-14";

/** Invisible controls (bidi marks, embeddings, isolates; word joiner) that extraction may carry along. */

/** The page text, as pdftotext reads it, without bidi controls and with spaces collapsed. */
function pdfText(pdf: Buffer): string {
  return poppler("pdftotext", ["-layout"], pdf).replace(BIDI_CONTROLS, "").replace(/[ \t]+/g, " ");
}




/** The first line holding word `a` and, on the same line, word `b`: their x positions. */
function sameLine(ws: Word[], a: string, b: string): { a: number; b: number } {
  // Typst versions differ in whether a comma next to a number is its own word; compare without it.
  const bare = (w: Word) => w.text.replace(/^[،,]+|[،,]+$/g, "");
  for (const wa of ws.filter((w) => bare(w).startsWith(a))) {
    const wb = ws.find((w) => w.page === wa.page && Math.abs(w.y - wa.y) < 2 && bare(w).startsWith(b));
    if (wb) return { a: wa.x, b: wb.x };
  }
  assert.fail(`no line with both ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
}

/**
 * The PDF's Unicode text strings (bookmarks, structure titles, ActualText…),
 * which Typst writes as UTF-16BE hex strings, from the file and its
 * compressed streams. Arabic script comes out of pdftotext mangled (each dot
 * glyph repeats its letter, a known Typst/poppler limitation), so the Arabic
 * and Farsi names are checked here, in the document outline, in logical order.
 */
function pdfStrings(pdf: Buffer): string[] {
  return [...inflatedText(pdf).matchAll(/<FEFF((?:[0-9A-Fa-f]{4})*)>/g)].map((m) =>
    Buffer.from(m[1] ?? "", "hex").swap16().toString("utf16le").replace(BIDI_CONTROLS, ""),
  );
}

/** The fonts embedded in the PDF (subset prefix dropped). */
function fontNames(pdf: Buffer): string[] {
  return [...new Set([...inflatedText(pdf).matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]]+)/g)].map((m) => m[1] ?? ""))];
}

/** The file with its Flate-compressed streams (content, object streams) decompressed. */
function inflatedText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const parts = [raw];
  for (let i = raw.indexOf("stream"); i >= 0; i = raw.indexOf("stream", i + 6)) {
    let start = i + 6;
    if (raw[start] === "\r") start++;
    if (raw[start] !== "\n") continue;
    start++;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString("latin1"));
    } catch {
      // not compressed with Flate
    }
    i = end;
  }
  return parts.join("\n");
}

// --- test data ----------------------------------------------------------------------------------

const GERMAN_NAMES = [
  "Migrationsberatung für Erwachsene",
  "Jugendmigrationsdienst",
  "Integrationskurs Deutsch",
  "Sprachmittlerpool",
  "Ausländerbehörde",
  "Frauentreff International",
  "Bildungsberatung",
  "Ehrenamtsbörse",
];

function germanGuide(count = 40): GuidePdfInput {
  const perSection = 8;
  const sections: GuidePdfInput["sections"] = [];
  for (let i = 0; i < count; i++) {
    const s = Math.floor(i / perSection);
    sections[s] ??= { heading: ["Beratung", "Sprache", "Arbeit", "Familie", "Ehrenamt"][s] ?? `Bereich ${s + 1}`, entries: [] };
    sections[s].entries.push({
      name: `${GERMAN_NAMES[i % GERMAN_NAMES.length]} ${i + 1}`,
      organisation: i % 2 ? "Caritasverband Friesland-Wilhelmshaven e. V." : "Stadt Wilhelmshaven",
      summary:
        "Beratung zu Aufenthalt, Arbeit, Wohnen und Sprache für Menschen, die neu in Wilhelmshaven sind, " +
        "und für alle, die sie begleiten.",
      address: `Rathausplatz ${i + 1}, 26382 Wilhelmshaven`,
      contacts: [
        { label: "Telefon", value: PHONE },
        { label: "E-Mail", value: `beratung${i + 1}@wilhelmshaven.de` },
        { label: "Web", value: "https://www.wilhelmshaven.de/integration" },
      ],
      hours: ["Mo 09:00–12:00, 14:00–16:00", "Do 09:00–12:00"],
      languages: "Arabisch, Farsi, Türkisch",
      notes: ["Nur nach Terminvereinbarung", "Barrierefrei: ja"],
    });
  }
  return {
    lang: "de",
    dir: "ltr",
    title: "Wegweiser Integration – Stadt Wilhelmshaven",
    subtitle: "Stand: 22.11.2026",
    tocTitle: "Inhalt",
    footer: "Koordinierungsstelle Migration und Teilhabe · Stadt Wilhelmshaven",
    labels: { address: "Adresse", hours: "Öffnungszeiten", languages: "Sprachen" },
    sections,
  };
}

const ARABIC_NAMES = ["مكتب الهجرة", "استشارة الهجرة للبالغين", "دورة اللغة الألمانية", "خدمة الترجمة الشفوية"];

function arabicGuide(): GuidePdfInput {
  const entry = (i: number): PdfEntry => ({
    name: `${ARABIC_NAMES[i % ARABIC_NAMES.length]} ${i + 1}`,
    organisation: "مدينة فيلهلمسهافن",
    summary: "نقدم المشورة في جميع المسائل المتعلقة بالإقامة والعمل والسكن واللغة.",
    address: "Rathausplatz 9, 26382 Wilhelmshaven",
    contacts: [
      { label: "الهاتف", value: PHONE },
      { label: "البريد الإلكتروني", value: "migration@wilhelmshaven.de" },
    ],
    hours: ["الاثنين 09:00–12:00، 14:00–16:00", "الخميس 09:00–12:00"],
    languages: "العربية، الفارسية، التركية",
    notes: ["فقط بموعد مسبق", "خالٍ من العوائق: نعم"],
  });
  return {
    lang: "ar",
    dir: "rtl",
    title: "دليل الاندماج – مدينة فيلهلمسهافن",
    subtitle: "الحالة: 22.11.2026",
    tocTitle: "المحتويات",
    footer: "مدينة فيلهلمسهافن – دليل الاندماج",
    labels: { address: "العنوان", hours: "أوقات العمل", languages: "اللغات" },
    sections: [
      { heading: "الاستشارة", entries: [0, 1, 2, 3].map(entry) },
      {
        heading: "دورات اللغة",
        entries: [
          entry(4),
          // No Arabic text for this one: the German is shown and tagged.
          { ...entry(5), name: "Sprachcafé am Bontekai", summary: "Deutsch üben bei Kaffee und Tee.", missingTranslation: true },
        ],
      },
      { heading: "قسم فارغ", entries: [] },
    ],
  };
}

const FARSI_NAMES = ["مشاوره مهاجرت", "مرکز مشاوره پناهجویان", "کمک به خانواده‌ها", "گروه زنان: چای و گفتگو"];

function farsiGuide(): GuidePdfInput {
  return {
    lang: "fa",
    dir: "rtl",
    title: "راهنمای ادغام – شهر ویلهلمسهافن",
    subtitle: "وضعیت: 22.11.2026",
    tocTitle: "فهرست مطالب",
    footer: "شهر ویلهلمسهافن – راهنمای ادغام",
    sections: [
      {
        heading: "مشاوره",
        entries: FARSI_NAMES.map((name) => ({
          name,
          organisation: "شهر ویلهلمسهافن",
          summary: "مشاوره در مورد اقامت، کار، مسکن و زبان برای تازه‌واردان.",
          address: "Rathausplatz 9, 26382 Wilhelmshaven",
          contacts: [{ label: "تلفن", value: PHONE }],
          hours: ["دوشنبه 09:00–12:00، 14:00–16:00"],
          languages: "عربی، فارسی، ترکی",
          notes: ["فقط با تعیین وقت قبلی"],
        })),
      },
    ],
  };
}

// --- tests --------------------------------------------------------------------------------------

test("German guide: PDF with TOC, entries, phone number and page numbers", async (t) => {
  const pdf = await renderGuidePdf(germanGuide(40));
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  assert.deepEqual(
    fontNames(pdf).filter((f) => !/^NotoSans(Arabic)?-/.test(f)),
    [],
    "only the Noto fonts are embedded",
  );
  if (withoutPoppler(t)) return;

  const text = pdfText(pdf);
  assert.match(text, /Wegweiser Integration – Stadt\s+Wilhelmshaven/);
  assert.match(text, /Inhalt/);
  for (const name of ["Migrationsberatung für Erwachsene 1", "Jugendmigrationsdienst 2", "Ehrenamtsbörse 40"]) {
    assert.ok(text.includes(name), `entry ${name} is printed`);
  }
  assert.ok(text.includes(PHONE), "phone number in its order");
  assert.ok(text.includes("Mo 09:00–12:00, 14:00–16:00"));
  const pages = pageCount(pdf);
  assert.ok(pages >= 2, `40 entries need more than one page (got ${pages})`);
  assert.ok(text.includes(`1 / ${pages}`) && text.includes(`${pages} / ${pages}`), "footer shows page / total");
  // The table of contents lists the entries (headings of level 2), with page numbers.
  assert.match(text, /Ehrenamtsbörse 40 [. ]+\d+/);
  assert.ok(pdfStrings(pdf).includes("Ehrenamtsbörse 40"), "entries are PDF bookmarks");
});

test("Arabic guide: shaped right to left, numbers left to right", async (t) => {
  const input = arabicGuide();
  const pdf = await renderGuidePdf(input);
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  const fonts = fontNames(pdf);
  assert.ok(fonts.includes("NotoSansArabic-Regular"), `Arabic font embedded (${fonts.join(", ")})`);

  const strings = pdfStrings(pdf);
  for (const name of ["مكتب الهجرة 1", "استشارة الهجرة للبالغين 2", "دورة اللغة الألمانية 3"]) {
    assert.ok(strings.includes(name), `entry ${name} is in the outline in logical order`);
  }
  assert.ok(strings.includes("المحتويات"), "TOC title");
  assert.ok(!strings.includes("قسم فارغ"), "a section without entries is left out");
  if (withoutPoppler(t)) return;

  const text = pdfText(pdf);
  assert.ok(text.includes(PHONE), "phone number digits and groups in order");
  assert.ok(text.includes("Sprachcafé am Bontekai") && text.includes("(Deutsch)"), "German fallback is tagged");
  assert.ok(text.includes("Deutsch üben bei Kaffee und Tee."));

  const ws = words(pdf);
  const phone = sameLine(ws, "04421", "74956-14");
  assert.ok(phone.a < phone.b, "04421 stands left of 74956-14, not swapped by the bidi algorithm");
  // "الاثنين 09:00–12:00، 14:00–16:00": read from the right, the morning comes first.
  const hours = sameLine(ws, "09:00–12:00", "14:00–16:00");
  assert.ok(hours.a > hours.b, "09:00–12:00 stands right of 14:00–16:00");
  assert.ok(!ws.some((w) => w.text.includes("12:00–09:00")), "no reversed time range");
});

test("Farsi guide: Persian letters, ZWNJ and numbers", async (t) => {
  const pdf = await renderGuidePdf(farsiGuide());
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  const strings = pdfStrings(pdf);
  for (const name of FARSI_NAMES) assert.ok(strings.includes(name), `entry ${name} in the outline`);
  assert.ok(strings.includes("فهرست مطالب"), "TOC title");
  if (withoutPoppler(t)) return;

  const text = pdfText(pdf);
  assert.ok(text.includes(PHONE));
  const ws = words(pdf);
  const phone = sameLine(ws, "04421", "74956-14");
  assert.ok(phone.a < phone.b, "phone number groups not swapped");
  const hours = sameLine(ws, "09:00–12:00", "14:00–16:00");
  assert.ok(hours.a > hours.b, "time ranges in reading order");
});

test("user content is printed literally and cannot inject Typst", async (t) => {
  const nasty = String.raw`Café #strong[INJECTED] $x^2$ *fett* _kursiv_ @ref <label> ] \ #import "x"`;
  const summary = String.raw`#import "x": * #read("/etc/passwd") #{panic("boom")} ]] [[ \u{41} // kein Kommentar /* auch nicht */ "`;
  const input = germanGuide(3);
  const first = input.sections[0]!;
  first.heading = String.raw`Abschnitt #heading[X] $`;
  first.entries[0] = {
    ...first.entries[0]!,
    name: nasty,
    summary,
    organisation: "Verein <script> & Co. \uD800",
    contacts: [{ label: "Telefon #1", value: "#link(\"https://evil.example\")" }],
    hours: ["Mo *09:00*–_12:00_"],
    notes: ["#set page(width: 1cm)", "- keine Liste", "= keine Überschrift"],
  };
  input.title = "Titel ] #pagebreak() [";
  input.footer = "#counter(page).update(99)";
  const pdf = await renderGuidePdf(input);
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  assert.ok(pdfStrings(pdf).includes(nasty), "heading kept verbatim in the outline");
  if (withoutPoppler(t)) return;

  const text = pdfText(pdf);
  for (const s of [
    "Café #strong[INJECTED] $x^2$ *fett* _kursiv_ @ref <label> ]",
    String.raw`\ #import "x"`,
    String.raw`#import "x": * #read("/etc/passwd") #{panic("boom")} ]] [[ \u{41} // kein Kommentar /* auch nicht */ "`,
    "Verein <script> & Co.",
    "Abschnitt #heading[X] $",
    "Telefon #1",
    `#link("https://evil.example")`,
    "Mo *09:00*–_12:00_",
    "#set page(width: 1cm)",
    "- keine Liste",
    "= keine Überschrift",
    "Titel ] #pagebreak() [",
    "#counter(page).update(99)",
  ]) {
    assert.ok(text.includes(s), `printed literally: ${s}`);
  }
  assert.ok(!text.includes("root:"), "no file content read");
});

test("no data from one render reaches the next", async (t) => {
  const a = germanGuide(2);
  a.sections[0]!.entries[0]!.name = "Geheimer Eintrag A";
  await renderGuidePdf(a);
  // A failing compile in between must not leave anything behind either.
  await assert.rejects(renderPdf("#let x = (\n#oops", { secret: "B" }), /Typst compilation failed:\nmain\.typ:1:\d+: /);
  const pdf = await renderPdf(`#let d = json("/data.json")\n#set text(font: "Noto Sans", fallback: false)\n#repr(d)`, null);
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  const b = await renderGuidePdf(germanGuide(2));
  assert.ok(!pdfStrings(b).includes("Geheimer Eintrag A"));
  if (withoutPoppler(t)) return;
  assert.ok(pdfText(pdf).includes("none"), "data null reaches the template as none");
  assert.ok(!pdfText(b).includes("Geheimer Eintrag A"));
});

test("compile errors carry Typst's diagnostics", async () => {
  await assert.rejects(renderPdf("= Hallo\n\n#text(fill: 3)[x]", {}), (e: unknown) => {
    assert.ok(e instanceof Error);
    assert.match(e.message, /^Typst compilation failed:\nmain\.typ:3:13: expected color/);
    assert.match(e.message, /\| #text\(fill: 3\)\[x\]/);
    return true;
  });
  await assert.rejects(renderPdf(`#read("/etc/passwd")`, {}), /file not found/);
  await assert.rejects(renderPdf(`#import "@preview/cetz:0.3.0"`, {}), /package imports are not allowed/);
  await assert.rejects(renderGuidePdf({ ...germanGuide(1), lang: "de\"); #panic(" }), /invalid language tag/);
});

test("compile time of a 40-entry guide", async () => {
  const input = germanGuide(40);
  const t0 = performance.now();
  await renderGuidePdf({ ...input, subtitle: "Stand: cold" });
  const cold = performance.now() - t0;
  const warm: number[] = [];
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    // Different data every time, as between two requests.
    await renderGuidePdf({ ...input, subtitle: `Stand: ${i + 1}.11.2026` });
    warm.push(performance.now() - start);
  }
  const ar = arabicGuide();
  const arWarm: number[] = [];
  for (let i = 0; i < 4; i++) {
    const start = performance.now();
    await renderGuidePdf({ ...ar, subtitle: `الحالة: ${i + 1}.11.2026` });
    arWarm.push(performance.now() - start);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
  console.log(
    `guide PDF, 40 entries: first ${cold.toFixed(0)} ms, then median ${median(warm).toFixed(1)} ms ` +
      `(${warm.map((x) => x.toFixed(0)).join(", ")}); Arabic (6 entries, warm) median ${median(arWarm).toFixed(1)} ms`,
  );
  assert.ok(median(warm) < 2000, "warm compile stays well below two seconds");
});
