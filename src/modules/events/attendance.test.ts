import { test } from "node:test";
import assert from "node:assert/strict";
import { poppler, withoutPoppler, BIDI_CONTROLS, pageCount, words, type Word } from "../../../test/poppler.ts";
import { renderAttendancePdf, type AttendancePdfInput, type AttendanceRow } from "./attendance.ts";

// --- helpers ------------------------------------------------------------------------------------

const PHONE = "0151 2345678";

/** Invisible controls (bidi marks, embeddings, isolates; word joiner) that extraction may carry along. */

/** The text of the PDF (or of some of its pages), without bidi controls and with spaces collapsed. */
function pdfText(pdf: Buffer, pages: string[] = []): string {
  return poppler("pdftotext", ["-layout", ...pages], pdf).replace(BIDI_CONTROLS, "").replace(/[ \t]+/g, " ");
}

/**
 * The text in the order it is drawn (pdftotext -raw) without any whitespace:
 * a cell wrapped onto several lines, even inside a word, stays in one piece.
 */
function squashed(pdf: Buffer): string {
  return squash(poppler("pdftotext", ["-raw"], pdf).replace(BIDI_CONTROLS, ""));
}

const squash = (s: string) => s.replace(/\s+/g, "");




/** The first line holding word `a` and, on the same line, word `b`: their x positions. */
function sameLine(ws: Word[], a: string, b: string): { a: number; b: number } {
  for (const wa of ws.filter((w) => w.text === a)) {
    const wb = ws.find((w) => w.page === wa.page && Math.abs(w.y - wa.y) < 3 && w.text === b);
    if (wb) return { a: wa.x, b: wb.x };
  }
  assert.fail(`no line with both ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
}

const GERMAN_LABELS: AttendancePdfInput["labels"] = {
  number: "Nr.",
  name: "Name",
  phone: "Telefon",
  answers: "Angaben",
  present: "Anwesend",
  signature: "Unterschrift",
  confirmed: "Zusagen",
  waitlisted: "Warteliste",
  page: "Seite",
  totals: "3 Zusagen, 1 auf der Warteliste, 1 anwesend",
};

function row(name: string, extra: Partial<AttendanceRow> = {}): AttendanceRow {
  return { name, phone: PHONE, answers: "Kinderbetreuung, Sprachhilfe", checkedIn: false, ...extra };
}

function germanList(overrides: Partial<AttendancePdfInput> = {}): AttendancePdfInput {
  return {
    lang: "de",
    dir: "ltr",
    title: "Sprachcafé am Bontekai",
    when: "Dienstag, 22. September 2026, 18:00–20:00",
    place: "Stadtbibliothek, Virchowstraße 29",
    organiser: "Stadt Wilhelmshaven",
    footer: "Teilnahmeliste · Stadt Wilhelmshaven · Stand 21.09.2026 14:03",
    labels: GERMAN_LABELS,
    confirmed: [row("Anna Müller", { checkedIn: true }), row("Bernd Schulz", { phone: "04421 16-0" }), row("Carla Yılmaz", { answers: "" })],
    waitlisted: [row("Dilara Öztürk", { answers: "Sprachhilfe" })],
    blankRows: 2,
    ...overrides,
  };
}

// --- tests --------------------------------------------------------------------------------------

test("German list: title block, totals, confirmed rows, blank rows and the waiting list", async (t) => {
  const pdf = await renderAttendancePdf(germanList());
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  if (withoutPoppler(t)) return;

  const text = pdfText(pdf);
  for (const s of [
    "Sprachcafé am Bontekai",
    "Dienstag, 22. September 2026, 18:00–20:00",
    "Stadtbibliothek, Virchowstraße 29",
    "Stadt Wilhelmshaven",
    "3 Zusagen, 1 auf der Warteliste, 1 anwesend",
    "Anna Müller",
    "Bernd Schulz",
    "Carla Yılmaz",
    PHONE,
    "04421 16-0",
    "Kinderbetreuung,",
    "Sprachhilfe",
    "Warteliste",
    "Dilara Öztürk",
    "Teilnahmeliste · Stadt Wilhelmshaven · Stand 21.09.2026 14:03",
    "Seite 1 / 1",
  ]) {
    assert.ok(text.includes(s), `printed: ${s}`);
  }
  for (const h of ["Nr.", "Name", "Telefon", "Angaben", "Anwesend", "Unterschrift"]) assert.ok(text.includes(h), `header ${h}`);
  assert.equal(pageCount(pdf), 1);

  // Numbers 1…5 (3 confirmed, 2 blank) in the first column, one under the other, then 1 again on the waiting list.
  const ws = words(pdf);
  const heading = ws.find((w) => w.text === "Warteliste");
  assert.ok(heading, "waiting list heading");
  const header = ws.find((w) => w.text === "Nr.");
  assert.ok(header, "table header");
  const numbers = ws.filter((w) => /^\d$/.test(w.text) && w.x < 100 && w.y > header.y).sort((a, b) => a.y - b.y);
  assert.deepEqual(
    numbers.map((w) => w.text),
    ["1", "2", "3", "4", "5", "1"],
    "rows 1 to 5, then the waiting list's 1",
  );
  const [first, , , , fifth, waiting] = numbers;
  assert.ok(first && fifth && waiting);
  assert.ok(fifth.y < heading.y && heading.y < waiting.y, "the waiting list follows the confirmed table");
  assert.ok(Math.abs(sameLine(ws, "Anna", "1").b - first.x) < 1, "Anna Müller is number 1");
  // Rows are tall enough to sign: about 9 mm (25.5 pt) apart.
  assert.ok(numbers[4]!.y - numbers[3]!.y >= 24, `row height ${(numbers[4]!.y - numbers[3]!.y).toFixed(1)} pt`);
  // The waiting list is only there when someone is on it.
  const without = pdfText(await renderAttendancePdf(germanList({ waitlisted: [] })));
  assert.ok(!without.includes("Dilara"));
  assert.equal(without.match(/Warteliste/g)?.length, 1, "only the totals line mentions it");
});

test("user content is printed literally and cannot inject Typst", async (t) => {
  const nasty = String.raw`#set page(width: 1cm) *bold* $x$ ]`;
  const input = germanList({
    title: "Titel ] #pagebreak() [",
    when: "#counter(page).update(99)",
    place: String.raw`#read("/etc/passwd") \ _kursiv_`,
    organiser: "Verein <script> & Co. @ref \uD800",
    footer: "#panic(\"boom\")",
    confirmed: [row(nasty, { phone: "#1 *2*", answers: "#link(\"https://evil.example\") = keine Überschrift, - keine Liste" })],
    waitlisted: [],
    blankRows: 0,
  });
  const pdf = await renderAttendancePdf(input);
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  if (withoutPoppler(t)) return;
  const text = squashed(pdf);
  for (const s of [
    nasty,
    "Titel ] #pagebreak() [",
    "#counter(page).update(99)",
    String.raw`#read("/etc/passwd") \ _kursiv_`,
    "Verein <script> & Co. @ref",
    `#panic("boom")`,
    "#1 *2*",
    `#link("https://evil.example") = keine Überschrift, - keine Liste`,
    "Seite 1 / 1",
  ]) {
    assert.ok(text.includes(squash(s)), `printed literally: ${s}`);
  }
  assert.equal(pageCount(pdf), 1, "no page break, no 1 cm page");
  assert.ok(!text.includes("root:"), "no file content read");
});

test("Arabic list: columns right to left, Arabic name, phone digits in order", async (t) => {
  // Arabic letters without dots: pdftotext splits dotted glyphs from their letters (a known Typst/poppler limitation).
  const arabicName = "محمد أحمد";
  const pdf = await renderAttendancePdf({
    lang: "ar",
    dir: "rtl",
    title: "مقهى اللغة",
    when: "الثلاثاء 22 سبتمبر 2026، 18:00–20:00",
    place: "",
    organiser: "مدينة فيلهلمسهافن",
    footer: "قائمة الحضور · مدينة فيلهلمسهافن",
    labels: {
      number: "رقم",
      name: "الاسم",
      phone: "الهاتف",
      answers: "الإجابات",
      present: "حاضر",
      signature: "التوقيع",
      confirmed: "المسجلون",
      waitlisted: "قائمة الانتظار",
      page: "صفحة",
      totals: "2 مسجلين، 1 حاضر",
    },
    confirmed: [row(arabicName, { checkedIn: true, answers: "" }), row("Person 12")],
    waitlisted: [],
    blankRows: 1,
  });
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  if (withoutPoppler(t)) return;

  const text = pdfText(pdf);
  assert.ok(text.includes(arabicName), "Arabic name printed");
  assert.ok(text.includes(PHONE), "phone number digits and groups in order");
  assert.ok(!text.includes("2345678 0151") && !text.includes("8765432"), "phone not reversed");

  const ws = words(pdf);
  const phone = sameLine(ws, "0151", "2345678");
  assert.ok(phone.a < phone.b, "0151 stands left of 2345678");
  // A Latin name in the right-to-left list keeps its own order.
  const latin = sameLine(ws, "Person", "12");
  assert.ok(latin.a < latin.b, "Person 12, not 12 Person");
  // Columns run from the right: number, name, phone, answers …
  const x = (s: string) => {
    const w = ws.find((w) => w.text === s);
    assert.ok(w, `word ${s}`);
    return w.x;
  };
  assert.ok(x("Person") > x("0151") && x("0151") > x("Kinderbetreuung,"), "name right of phone, phone right of answers");
  const number = sameLine(ws, "Person", "2");
  assert.ok(number.b > latin.b && number.b > phone.b, "the row number stands at the right, beside the name");
  assert.match(text, /1 \/ 1/);
});

test("a long list breaks onto more pages, with the header repeated", async (t) => {
  const confirmed = Array.from({ length: 60 }, (_, i) => row(`Teilnehmerin ${i + 1}`));
  const pdf = await renderAttendancePdf(germanList({ confirmed, waitlisted: [], blankRows: 5 }));
  assert.equal(pdf.subarray(0, 4).toString("latin1"), "%PDF");
  if (withoutPoppler(t)) return;

  const pages = pageCount(pdf);
  assert.ok(pages >= 2, `60 rows need more than one page (got ${pages})`);
  const all = pdfText(pdf);
  assert.ok(all.includes(`Seite 1 / ${pages}`) && all.includes(`Seite ${pages} / ${pages}`), "footer shows page / total");
  assert.ok(all.includes("Teilnehmerin 1 ") && all.includes("Teilnehmerin 60"));

  const second = pdfText(pdf, ["-f", "2", "-l", "2"]);
  for (const h of ["Nr.", "Name", "Telefon", "Angaben", "Anwesend", "Unterschrift"]) {
    assert.ok(second.includes(h), `header ${h} repeated on page 2`);
  }
  assert.ok(second.includes(`Seite 2 / ${pages}`));
  assert.ok(!second.includes("Sprachcafé am Bontekai"), "the title block is on page 1 only");
  // The last confirmed row is followed by the five blank rows 61…65.
  const last = pdfText(pdf, ["-f", String(pages), "-l", String(pages)]);
  assert.match(last, /61\s+62\s+63\s+64\s+65/);
});
