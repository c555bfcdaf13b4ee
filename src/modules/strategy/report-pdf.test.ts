import { test } from "node:test";
import assert from "node:assert/strict";
import { poppler, withoutPoppler, BIDI_CONTROLS, pageCount, words, type Word } from "../../../test/poppler.ts";
import { LineChart, RadarChart, svgString } from "../../web/charts.tsx";
import { renderReportPdf } from "./report-pdf.ts";
import type { ReportContent, ReportIndicator, ReportPlan } from "./report-model.ts";

// --- helpers ------------------------------------------------------------------------------------

/** The text of the PDF (or of some pages), without bidi controls, no-break spaces as spaces, spaces collapsed. */
function pdfText(pdf: Buffer, pages: string[] = []): string {
  return poppler("pdftotext", ["-layout", ...pages], pdf).replace(BIDI_CONTROLS, "").replace(/\u00a0/g, " ").replace(/[ \t]+/g, " ");
}

/** The first line holding word `a` and, on the same line, word `b`: their x positions. */
function sameLine(ws: Word[], a: string, b: string): { a: number; b: number } {
  for (const wa of ws.filter((w) => w.text === a)) {
    const wb = ws.find((w) => w.page === wa.page && Math.abs(w.y - wa.y) < 3 && w.text === b);
    if (wb) return { a: wa.x, b: wb.x };
  }
  assert.fail(`no line with both ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
}

const de = (v: number) => v.toLocaleString("de-DE", { maximumFractionDigits: 1 });

// --- test data ----------------------------------------------------------------------------------

const NASTY = "#Vielfalt *stark* $5 [neu]";
const YEARS = Array.from({ length: 15 }, (_, i) => 2011 + i);

function lineChart(title: string, seed: number, years = YEARS, dir: "ltr" | "rtl" = "ltr", names = ["Wilhelmshaven", "Niedersachsen"]): string {
  const wave = (k: number) => years.map((_, i) => Math.round((20 + 8 * Math.sin((i + seed) / (2 + k)) + i * 0.4 + k * 3) * 10) / 10);
  return svgString(
    LineChart({
      title,
      x: years,
      series: names.map((label, k) => ({ key: `s${k}`, label, values: wave(k) })),
      target: { value: 30, label: dir === "rtl" ? "الهدف" : "Ziel 2025" },
      unit: "%",
      format: de,
      dir,
    }),
  );
}

function indicator(name: string, seed: number, extra: Partial<ReportIndicator> = {}, years = YEARS.slice(-6)): ReportIndicator {
  return {
    key: `ind-${seed}`,
    name,
    unit: "Prozent",
    light: "green",
    lightText: "Ziel erreicht",
    latest: `${de(18 + years.length - 1 + seed / 10)} % (${years[years.length - 1]})`,
    target: "30 % bis 2025",
    chartSvg: lineChart(name, seed, years),
    table: {
      caption: `${name}: Werte nach Jahr`,
      header: ["Jahr", "Wilhelmshaven", "Niedersachsen"],
      rows: years.map((y, i) => [String(y), `${de(18 + i + seed / 10)} %`, `${de(21 + i / 2)} %`]),
    },
    ...extra,
  };
}

const AREAS = ["Interkulturelle Öffnung", "Bildung und Sprache", "Arbeit und Ausbildung", "Teilhabe & Engagement", "Wohnen", "Gesundheit", "Antidiskriminierung"];
const STATUSES = ["geplant", "in Umsetzung", "umgesetzt", "zurückgestellt"];

function plan(fields: string[], perField: (f: number, s: number) => number): ReportPlan {
  const counts = fields.map((_, f) => STATUSES.map((_, s) => perField(f, s)));
  return {
    title: "Handlungskonzept Integration und Teilhabe",
    period: "2020–2025",
    byStatus: STATUSES.map((label, s) => ({ label, count: counts.reduce((n, c) => n + (c[s] ?? 0), 0) })),
    fields: fields.map((title, f) => ({ title, counts: counts[f]! })),
  };
}

const GERMAN_LABELS: ReportContent["labels"] = {
  contents: "Inhalt",
  summary: "Zusammenfassung",
  indicators: "Indikatoren",
  selfcheck: "Selbstcheck Weltoffene Kommune",
  plan: "Handlungskonzept",
  activities: "Aktivitäten",
  recommendations: "Empfehlungen",
  annex: "Anhang: Indikatoren",
  target: "Ziel",
  latest: "Aktueller Wert",
  definition: "Definition",
  calculation: "Berechnung",
  source: "Quelle",
  page: "Seite",
  noData: "Für diesen Indikator liegen keine Daten vor.",
};

const INDICATOR_NAMES = ["Beschäftigungsquote Ausländerinnen und Ausländer", "Einbürgerungsquote", "Schulabschluss ohne Hauptschulabschluss", "Kita-Besuch von Kindern unter drei Jahren"];

function germanReport(): ReportContent {
  return {
    lang: "de",
    dir: "ltr",
    title: "Integrationsbericht 2025",
    tenant: "Stadt Wilhelmshaven",
    year: 2025,
    status: "Veröffentlicht am 3. März 2026",
    labels: GERMAN_LABELS,
    summary:
      "Wilhelmshaven ist im Berichtsjahr weiter gewachsen.\nDie Zuwanderung kam vor allem aus der Ukraine und aus Syrien.\n\n" +
      `Die Kampagne ${NASTY} erreichte über 2.000 Menschen.\n\n\n   \n`,
    recommendations:
      "Die Sprachkurse für Eltern sollten ausgebaut werden, denn die Wartelisten sind lang.\n\n" +
      "Die Ausländerbehörde braucht mehr Termine in der Woche.",
    indicators: [
      indicator(INDICATOR_NAMES[0]!, 1),
      indicator(INDICATOR_NAMES[1]!, 2, { light: "yellow", lightText: "in die richtige Richtung, aber hinter dem Ziel" }),
      indicator(INDICATOR_NAMES[2]!, 3, { light: "red", lightText: "Entwicklung in die falsche Richtung", target: null }),
      indicator(INDICATOR_NAMES[3]!, 4, {
        light: "none",
        lightText: "keine Bewertung möglich",
        latest: "–",
        target: null,
        chartSvg: null,
        table: { caption: "Keine Werte", header: ["Jahr", "Wilhelmshaven"], rows: [] },
      }),
    ],
    selfcheck: {
      round: "Selbstcheck Herbst 2025",
      responses: "26 Antworten",
      chartSvg: svgString(
        RadarChart({
          title: "Selbstcheck 2025",
          categories: AREAS,
          series: [
            { key: "now", label: "2025", values: [72, 55, 61, 80, 40, 66, 35] },
            { key: "before", label: "2023", values: [60, 50, 58, 71, 42, null, 30] },
          ],
        }),
      ),
      areas: AREAS.map((title, i) => ({
        title,
        score: `${40 + i * 5} %`,
        change: i === 5 ? null : `+${i} Punkte`,
        suggestion: `Vorschlag für ${title}: Verantwortliche benennen und Ziele bis Ende des Jahres festlegen.`,
      })),
    },
    plan: plan(["Bildung und Sprache (Kita)", "Arbeit", NASTY, "Wohnen"], (f, s) => (f + 1) * (s + 1)),
    activities: [
      {
        title: "Veranstaltungen",
        items: [
          { label: "Veranstaltungen", value: "48" },
          { label: "Teilnahmen", value: "1.204" },
        ],
        table: { caption: "Veranstaltungen nach Monat", header: ["Monat", "Veranstaltungen", "Teilnahmen"], rows: [["Januar", "3", "85"], ["Februar", "5", "120"]] },
      },
      {
        title: "Sprachmittlung",
        items: [
          { label: "Einsätze", value: "312" },
          { label: "Häufigste Sprachen", value: "Arabisch, Ukrainisch, Farsi" },
        ],
      },
    ],
    annex: [
      {
        name: INDICATOR_NAMES[0]!,
        definition: "Sozialversicherungspflichtig Beschäftigte mit ausländischer Staatsangehörigkeit je 100 Ausländerinnen und Ausländer im Alter von 15 bis 64 Jahren.",
        calculation: "Beschäftigte (30.06.) / Bevölkerung 15–64 Jahre (31.12. des Vorjahres) × 100",
        source: "Bundesagentur für Arbeit; Landesamt für Statistik Niedersachsen (LSN)",
        sourceUrl: "https://www.integrationsmonitoring.niedersachsen.de/indikatoren",
      },
      { name: INDICATOR_NAMES[1]!, definition: "Einbürgerungen je 100 Ausländerinnen und Ausländer mit mindestens zehn Jahren Aufenthalt.", calculation: "", source: "LSN", sourceUrl: null },
    ],
  };
}

const ARABIC_LABELS: ReportContent["labels"] = {
  contents: "المحتويات",
  summary: "الملخص",
  indicators: "المؤشرات",
  selfcheck: "التقييم الذاتي",
  plan: "خطة العمل",
  activities: "الأنشطة",
  recommendations: "التوصيات",
  annex: "الملحق: المؤشرات",
  target: "الهدف",
  latest: "القيمة الحالية",
  definition: "التعريف",
  calculation: "طريقة الحساب",
  source: "المصدر",
  page: "صفحة",
  noData: "لا توجد بيانات لهذا المؤشر.",
};

const AR_AREAS = ["الانفتاح بين الثقافات", "التعليم واللغة", "العمل والتدريب", "المشاركة"];

function arabicReport(): ReportContent {
  const years = YEARS.slice(-6);
  const ind = (name: string, seed: number, extra: Partial<ReportIndicator> = {}): ReportIndicator => ({
    ...indicator(name, seed, {}, years),
    chartSvg: lineChart(name, seed, years, "rtl", ["فيلهلمسهافن", "ساكسونيا السفلى"]),
    lightText: "تم بلوغ الهدف",
    latest: `${20 + seed} % (2025)`,
    target: "30 % حتى عام 2025",
    table: {
      caption: `${name}: القيم حسب السنة`,
      header: ["السنة", "فيلهلمسهافن", "ساكسونيا السفلى"],
      rows: years.map((y, i) => [String(y), `${18 + i} %`, `${21 + i} %`]),
    },
    ...extra,
  });
  return {
    ...germanReport(),
    lang: "ar",
    dir: "rtl",
    title: "تقرير الاندماج 2025",
    tenant: "Stadt Wilhelmshaven",
    status: "نُشر في 3 مارس 2026",
    labels: ARABIC_LABELS,
    summary: "نمت مدينة فيلهلمسهافن في عام 2025، وجاء معظم القادمين الجدد من أوكرانيا وسوريا.\n\nشارك أكثر من 2000 شخص في برنامج Sprachcafé am Bontekai.",
    recommendations: "ينبغي توسيع دورات اللغة للآباء والأمهات.",
    indicators: [
      ind("معدل التوظيف", 1),
      ind("معدل التجنس", 2, { light: "yellow", lightText: "في الاتجاه الصحيح لكن دون الهدف" }),
      ind("الالتحاق برياض الأطفال", 3, { light: "none", lightText: "لا يمكن التقييم", latest: "–", target: null, chartSvg: null, table: { caption: "", header: [], rows: [] } }),
    ],
    selfcheck: {
      round: "التقييم الذاتي خريف 2025",
      responses: "26 إجابة",
      chartSvg: svgString(RadarChart({ title: "التقييم الذاتي", dir: "rtl", categories: AR_AREAS, series: [{ key: "now", label: "2025", values: [72, 55, 61, 80] }] })),
      areas: AR_AREAS.map((title, i) => ({ title, score: `${40 + i * 5} %`, change: i ? `+${i}` : null, suggestion: `اقتراح: تحديد المسؤولين في مجال ${title} حتى نهاية عام 2026.` })),
    },
    plan: { ...plan(["Bildung und Sprache (Kita)", "العمل"], (f, s) => f + s + 1), byStatus: STATUSES.map((_, s) => ({ label: ["مخطط", "قيد التنفيذ", "منفذ", "مؤجل"][s]!, count: 2 * s + 3 })) },
    activities: [{ title: "الفعاليات", items: [{ label: "عدد الفعاليات", value: "48" }] }, { title: "الترجمة الشفوية", items: [{ label: "المهام", value: "312" }] }],
    annex: [{ name: "معدل التوظيف", definition: "عدد العاملين من الأجانب لكل 100 أجنبي.", calculation: "", source: "الوكالة الاتحادية للعمل", sourceUrl: "https://statistik.arbeitsagentur.de" }],
  };
}

/** 60 indicators with 15 years each and their charts, 150 measures in 8 fields, listed in a long table. */
function largeReport(): ReportContent {
  const base = germanReport();
  const fields = ["Sprache", "Bildung", "Arbeit", "Wohnen", "Gesundheit", "Teilhabe", "Sport", "Verwaltung"];
  const counts = fields.map((_, f) => STATUSES.map((_, s) => (f < 6 ? [5, 6, 5, 3] : [5, 6, 5, 2])[s]!));
  assert.equal(counts.flat().reduce((a, b) => a + b, 0), 150);
  return {
    ...base,
    indicators: Array.from({ length: 60 }, (_, i) => indicator(`Indikator ${i + 1}: ${INDICATOR_NAMES[i % 4]}`, i, {}, YEARS)),
    plan: plan(fields, (f, s) => counts[f]![s]!),
    activities: [
      ...base.activities,
      {
        title: "Maßnahmen",
        items: [{ label: "Maßnahmen", value: "150" }],
        table: {
          caption: "Alle Maßnahmen",
          header: ["Maßnahme", "Handlungsfeld", "Stand"],
          rows: Array.from({ length: 150 }, (_, i) => [
            `Maßnahme ${i + 1}: Sprachkurse für Eltern mit Kinderbetreuung im Stadtteil`,
            fields[i % 8]!,
            STATUSES[i % 4]!,
          ]),
        },
      },
    ],
    annex: Array.from({ length: 60 }, (_, i) => ({ ...base.annex[0]!, name: `Indikator ${i + 1}` })),
  };
}

// --- tests --------------------------------------------------------------------------------------

test("German report: title page, contents, sections, lights, tables and page numbers", async (t) => {
  const pdf = await renderReportPdf(germanReport());
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  if (withoutPoppler(t)) return;

  const pages = pageCount(pdf);
  assert.ok(pages >= 3, `title page, contents, sections (got ${pages} pages)`);
  const text = pdfText(pdf);
  const first = pdfText(pdf, ["-f", "1", "-l", "1"]);
  for (const s of ["Integrationsbericht 2025", "Stadt Wilhelmshaven", "Veröffentlicht am 3. März 2026"]) assert.ok(first.includes(s), `title page: ${s}`);
  assert.ok(text.includes("Seite 1 / ") && text.includes(`Seite ${pages} / ${pages}`), "footer: Seite n / total");

  // Numbered sections, in order, listed in the contents with their page numbers.
  const toc = pdfText(pdf, ["-f", "2", "-l", "2"]);
  assert.match(toc, /Inhalt/);
  const sections = ["Zusammenfassung", "Indikatoren", "Selbstcheck Weltoffene Kommune", "Handlungskonzept", "Aktivitäten", "Empfehlungen", "Anhang: Indikatoren"];
  sections.forEach((s, i) => assert.match(toc, new RegExp(`${i + 1} ${s} [. ]+\\d+`), `contents: ${i + 1} ${s}`));
  assert.match(toc, /2\.1 Beschäftigungsquote Ausländerinnen und Ausländer [. ]+\d+/);
  const body = pdfText(pdf, ["-f", "3"]);
  let at = -1;
  for (const [i, s] of sections.entries()) {
    const next = body.indexOf(`${i + 1} ${s}`, at + 1);
    assert.ok(next > at, `section ${i + 1} ${s} follows the one before`);
    at = next;
  }

  for (const name of INDICATOR_NAMES) assert.ok(body.includes(name), `indicator ${name}`);
  for (const light of ["Ziel erreicht", "in die richtige Richtung, aber hinter dem Ziel", "Entwicklung in die falsche Richtung", "keine Bewertung möglich"]) {
    assert.ok(body.includes(light), `traffic light in words: ${light}`);
  }
  for (const s of [
    "Aktueller Wert 23,1 % (2025)",
    "Ziel 30 % bis 2025",
    "Für diesen Indikator liegen keine Daten vor.",
    "Wilhelmshaven ist im Berichtsjahr weiter gewachsen. Die Zuwanderung",
    NASTY,
    "Selbstcheck Herbst 2025 · 26 Antworten",
    "Vorschlag für Wohnen",
    "+2 Punkte",
    "Handlungskonzept Integration und Teilhabe · 2020–2025",
    "in Umsetzung",
    "zurückgestellt",
    "Bildung und Sprache (Kita)",
    "Veranstaltungen nach Monat",
    "Häufigste Sprachen Arabisch, Ukrainisch, Farsi",
    "Die Sprachkurse für Eltern sollten ausgebaut werden",
    "Die Ausländerbehörde braucht mehr Termine in der Woche.",
    "Landesamt für Statistik Niedersachsen (LSN)",
    "https://www.integrationsmonitoring.niedersachsen.de/indikatoren",
    "Berechnung Beschäftigte (30.06.)",
  ]) {
    assert.ok(body.includes(s), `printed: ${s}`);
  }
  // The chart's own text, drawn from the SVG.
  assert.ok(body.includes("Ziel 2025: 30 %"), "chart target line label");
  // An annex entry without a calculation gets no empty "Berechnung" row.
  assert.equal(body.match(/Berechnung/g)?.length, 1);

  // The plan: a field's counts by status, and the measures by status summed over the fields.
  const ws = words(pdf);
  const fields = sameLine(ws, "Wohnen", "16");
  assert.ok(fields.a < fields.b, "a field's counts stand right of its name");
  const status = sameLine(ws, "zurückgestellt", "40");
  assert.ok(status.a < status.b, "zurückgestellt: 4+8+12+16 = 40 measures");
});

test("user content is printed literally and cannot inject Typst", async (t) => {
  const input = germanReport();
  const nasty = String.raw`#set page(width: 1cm) *fett* $x$ ] \ #read("/etc/passwd") @ref <l>`;
  input.title = "Bericht ] #pagebreak() [";
  input.tenant = "#counter(page).update(99)";
  input.indicators[0] = { ...input.indicators[0]!, name: `Quote ${NASTY}`, lightText: "= keine Überschrift", latest: "$5 (2025)" };
  input.activities[1]!.items.push({ label: "- keine Liste", value: nasty });
  input.annex[0] = { ...input.annex[0]!, source: '#link("https://evil.example")', sourceUrl: "javascript:alert(1)" };
  const pdf = await renderReportPdf(input);
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  assert.ok(!pdf.toString("latin1").includes("javascript:"), "only web addresses become links");
  if (withoutPoppler(t)) return;
  const text = pdfText(pdf);
  for (const s of [
    "Bericht ] #pagebreak() [",
    "#counter(page).update(99)",
    `Quote ${NASTY}`,
    "= keine Überschrift",
    "$5 (2025)",
    "- keine Liste",
    nasty,
    '#link("https://evil.example") javascript:alert(1)',
  ]) {
    assert.ok(text.includes(s), `printed literally: ${s}`);
  }
  assert.ok(!text.includes("root:"), "no file read");
  assert.ok(text.includes("Seite 1 / "), "page counter untouched");
});

test("Arabic report: right to left, Arabic script, years and numbers in order", async (t) => {
  const pdf = await renderReportPdf(arabicReport());
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  if (withoutPoppler(t)) return;
  const pages = pageCount(pdf);
  assert.ok(pages >= 3, `got ${pages} pages`);
  const text = pdfText(pdf);
  // pdftotext garbles Arabic (see directory/pdf.test.ts), but the script is there.
  assert.ok((text.match(/[\u0600-\u06ff]/gu) ?? []).length >= 200, "Arabic script drawn");
  assert.ok(text.includes("2025") && !text.includes("5202"), "2025 in its order");
  assert.ok(text.includes("2020–2025") && !text.includes("5202–0202"), "period in its order");
  assert.ok(text.includes(`1 / ${pages}`) && !text.includes(`${pages} / 1 `), "page / total in order");
  assert.ok(text.includes("Stadt Wilhelmshaven"), "German name unharmed");
  assert.ok(text.includes("Sprachcafé am Bontekai"), "German words inside an Arabic sentence");
  assert.ok(text.includes("https://statistik.arbeitsagentur.de"), "source address");

  const ws = words(pdf);
  // The fields × status table runs from the right: the name, then its counts to its left.
  const field = sameLine(ws, "(Kita)", "Bildung");
  assert.ok(field.a > field.b, "Bildung und Sprache (Kita) reads left to right, as a whole");
  const row = ws.find((w) => w.text === "Bildung");
  assert.ok(row);
  const counts = ws.filter((w) => w.page === row.page && Math.abs(w.y - row.y) < 3 && /^\d+$/.test(w.text));
  assert.deepEqual(
    counts.sort((a, b) => b.x - a.x).map((w) => w.text),
    ["1", "2", "3", "4"],
    "counts in status order from the right",
  );
  assert.ok(counts.every((w) => w.x < row.x), "counts left of the field's name");
  // In the figures table, a year and its value on one line: the year (first column) on the right.
  const year = sameLine(ws, "2020", "18");
  assert.ok(year.a > year.b, "first column on the right");
});

test("no empty sections: self-check, plan, activities and annex left out when absent", async (t) => {
  const input: ReportContent = { ...germanReport(), selfcheck: null, plan: null, activities: [], annex: [], summary: " \n\n " };
  const pdf = await renderReportPdf(input);
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  if (withoutPoppler(t)) return;
  const text = pdfText(pdf);
  for (const s of ["Zusammenfassung", "Selbstcheck Weltoffene Kommune", "Handlungskonzept", "Aktivitäten", "Anhang"]) {
    assert.ok(!text.includes(s), `no heading ${s}`);
  }
  // The remaining sections are numbered without gaps.
  assert.match(text, /1 Indikatoren/);
  assert.match(text, /2 Empfehlungen/);
});

test("a large report: 60 indicators with 15-year charts, 150 measures, compile time", async (t) => {
  const input = largeReport();
  const svgBytes = input.indicators.reduce((n, i) => n + (i.chartSvg?.length ?? 0), 0);
  // The first render meets every chart and table for the first time; the next two change only the
  // status line, so Typst's memoised layout makes them cheaper (a report re-rendered after an edit).
  const times: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    pdf = await renderReportPdf({ ...input, status: `Entwurf ${k + 1}` });
    times.push(performance.now() - t0);
  }
  const [first = NaN, ...again] = times;
  console.log(
    `report PDF, 60 indicators × 15 years (${(svgBytes / 1024).toFixed(0)} KiB of SVG), 150 measures: ` +
      `${first.toFixed(0)} ms, re-rendered ${again.map((x) => x.toFixed(0)).join(", ")} ms; ${(pdf.length / 1024).toFixed(0)} KiB`,
  );
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  assert.ok(first < 3000, `under three seconds (${first.toFixed(0)} ms)`);
  if (withoutPoppler(t)) return;
  const pages = pageCount(pdf);
  assert.ok(pages > 60, `${pages} pages`);
  const text = pdfText(pdf);
  assert.ok(text.includes("Indikator 60: ") && text.includes("Maßnahme 150:"));
  // The long table's header is repeated on every page it spans (pdftotext ends each page with a form feed).
  const headerPages = text.split("\f").filter((page) => /Maßnahme Handlungsfeld Stand/.test(page));
  assert.ok(headerPages.length >= 3, `header on ${headerPages.length} pages`);
});
