/**
 * Monthly statements against a real database (PGlite, or the PostgreSQL
 * server with TEST_DATABASE_URL): which jobs are billed in which month, the
 * lines and totals per mediator and per requester, the cost allocation, and
 * the CSV, XLSX and PDF exports.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { eq, sql } from "drizzle-orm";
import { systemActor } from "../../core/audit.ts";
import { isAppError } from "../../core/errors.ts";
import { invalidateTenantCache } from "../../core/tenancy.ts";
import { buildTenant, createTestDatabase, type TestDatabase } from "../../../test/helpers.ts";
import { poppler, withoutPoppler } from "../../../test/poppler.ts";
import type { TenantRef } from "../../web/context.ts";
import { fee } from "./fees.ts";
import { DEFAULT_RATES, type Mode } from "./model.ts";
import { requesters } from "./schema.ts";
import { answerOffer, cancel, decide, getRequest, loadSettings, saveSettings, sendOffers } from "./service.ts";
import { costAllocation, linesCsv, linesXlsx, mediatorStatement, monthLines, requesterStatement, statementPdf, type Statement, type StatementLine } from "./statements.ts";
import { buildMediator, buildOffice, buildRequest, buildRequester, officeScope } from "./test-factories.ts";
import { instantOf } from "../../core/time.ts";

let d: TestDatabase;
let tenant: TenantRef;
let other: TenantRef;
const BASE = "http://localhost:3000";
/** Requests are submitted well before November 2026, so every slot lies ahead. */
const SUBMITTED = new Date("2026-10-01T08:00:00Z");

const ref = (t: Awaited<ReturnType<typeof buildTenant>>): TenantRef => ({ id: t.id, slug: t.slug, name: t.name, kind: t.kind, parentId: t.parentId, state: t.state, intro: t.intro });

async function requester(t: TenantRef, name: string, costCentre: string) {
  const id = await buildRequester(d.db, t, { name });
  await d.db.update(requesters).set({ costCentre }).where(eq(requesters.id, id));
  return id;
}

/** A request of `minutes` at Berlin `date` `time`, approved, offered to the mediator and accepted: a confirmed job. */
async function book(t: TenantRef, requesterId: string, mediatorId: string, date: string, time: string, o: { minutes: number; mode?: Mode; language?: string }) {
  const [h, m] = time.split(":").map(Number) as [number, number];
  const remote = o.mode && o.mode !== "on_site" ? { remoteDetails: "Telefon 04421 16-0" } : {};
  const created = await buildRequest(d.db, t, requesterId, instantOf(date, h * 60 + m), { minutes: String(o.minutes), mode: o.mode ?? "on_site", language: o.language ?? "ar", ...remote }, SUBMITTED);
  await decide(d.db, officeScope(t), created.id, { decision: "approve", reason: "" });
  const [offer] = await sendOffers(d.db, officeScope(t), created.id, 0, [mediatorId], BASE);
  await answerOffer(d.db, t, offer!.offerId, mediatorId, { accept: true }, systemActor("test"));
  const job = (await getRequest(d.db, t.id, created.id)).jobs[0]!;
  return { requestId: created.id, reference: created.reference, jobId: job.id, startsAt: job.startsAt };
}

/** Hours recorded and confirmed, with the fee the rate rules give (as confirmHours stores it). */
async function complete(jobId: string, mode: Mode, minutes: number, km: number) {
  const f = fee({ mode, minutes, travelKm: km }, DEFAULT_RATES);
  await d.db.execute(sql`UPDATE med_job SET status = 'completed', actual_minutes = ${minutes}, travel_km = ${km}, fee_cents = ${f.totalCents} WHERE id = ${jobId}`);
}

const ids: Record<string, string> = {};
const jobs: Record<string, { reference: string; jobId: string }> = {};

before(async () => {
  d = await createTestDatabase();
  tenant = ref(await buildTenant(d.db, { name: "Stadt Wilhelmshaven" }));
  other = ref(await buildTenant(d.db));
  invalidateTenantCache();
  await buildOffice(d.db, tenant);
  await buildOffice(d.db, other);

  ids.youth = await requester(tenant, "Jugendamt", "4711-JA");
  ids.kita = await requester(tenant, "Kita Sonnenschein", "3650-KI");
  ids.amal = await buildMediator(d.db, tenant, { name: "Amal Haddad" });
  ids.dilan = await buildMediator(d.db, tenant, { name: "Dilan Yıldız", languages: [{ code: "ar", level: "c1", dialects: [] }, { code: "tr", level: "native", dialects: [] }] });
  ids.foreign = await buildMediator(d.db, other, { name: "Fremde Person" });
  ids.foreignRequester = await requester(other, "Sozialamt", "9999");

  // 00:30 on 1 November in Berlin is still 31 October in UTC: November.
  jobs.first = await book(tenant, ids.youth, ids.amal, "2026-11-01", "00:30", { minutes: 60 });
  await complete(jobs.first.jobId, "on_site", 75, 12.4);
  jobs.phone = await book(tenant, ids.kita, ids.amal, "2026-11-10", "14:00", { minutes: 30, mode: "phone" });
  await complete(jobs.phone.jobId, "phone", 25, 0);
  jobs.turkish = await book(tenant, ids.youth, ids.dilan, "2026-11-12", "09:00", { minutes: 90, language: "tr" });
  await complete(jobs.turkish.jobId, "on_site", 95, 3);
  jobs.video = await book(tenant, ids.kita, ids.dilan, "2026-11-18", "10:00", { minutes: 60, mode: "video" });
  await complete(jobs.video.jobId, "video", 61, 0);
  // Cancelled by the requester a day ahead: billable.
  const late = await book(tenant, ids.youth, ids.dilan, "2026-11-20", "09:00", { minutes: 60, language: "tr" });
  await cancel(d.db, tenant, late.requestId, "requester", "Familie verhindert", systemActor("test"), new Date(late.startsAt.getTime() - 24 * 3_600_000));
  jobs.late = late;
  // Booked, not yet done: not billed.
  await book(tenant, ids.kita, ids.amal, "2026-11-25", "11:00", { minutes: 60 });
  // Cancelled a week ahead: free, so not on any statement.
  const early = await book(tenant, ids.kita, ids.dilan, "2026-11-26", "11:00", { minutes: 60 });
  await cancel(d.db, tenant, early.requestId, "requester", "Termin entfällt", systemActor("test"), new Date(early.startsAt.getTime() - 7 * 24 * 3_600_000));
  // Starts at 23:00 on the last day and ends in December: November.
  jobs.last = await book(tenant, ids.youth, ids.amal, "2026-11-30", "23:00", { minutes: 60 });
  await complete(jobs.last.jobId, "on_site", 60, 5);
  // 00:30 on 1 December in Berlin is still 30 November in UTC: December.
  const december = await book(tenant, ids.youth, ids.amal, "2026-12-01", "00:30", { minutes: 60 });
  await complete(december.jobId, "on_site", 60, 0);
  // Another tenant's job in the same month.
  const foreign = await book(other, ids.foreignRequester, ids.foreign, "2026-11-05", "10:00", { minutes: 60 });
  await complete(foreign.jobId, "on_site", 60, 0);
});
after(() => d.close());

const line = (key: string, l: Omit<StatementLine, "jobId" | "reference">): StatementLine => ({ jobId: jobs[key]!.jobId, reference: jobs[key]!.reference, ...l });
const youth = { requester: "Jugendamt", costCentre: "4711-JA" };
const kita = { requester: "Kita Sonnenschein", costCentre: "3650-KI" };

/** Every billable line of November, by hand from the rate rules (half hours at 15 €, at least 60 minutes, 2 × 0.30 € per km beyond 5 km, remote flat 25 € up to 30 minutes). */
const expected = () => ({
  first: line("first", { date: "2026-11-01", start: "00:30", language: "ar", ...youth, mediator: "Amal Haddad", kind: "deployment", minutes: 75, travelKm: 12.4, serviceCents: 4500, travelCents: 444, totalCents: 4944 }),
  phone: line("phone", { date: "2026-11-10", start: "14:00", language: "ar", ...kita, mediator: "Amal Haddad", kind: "deployment", minutes: 25, travelKm: 0, serviceCents: 2500, travelCents: 0, totalCents: 2500 }),
  turkish: line("turkish", { date: "2026-11-12", start: "09:00", language: "tr", ...youth, mediator: "Dilan Yıldız", kind: "deployment", minutes: 95, travelKm: 3, serviceCents: 6000, travelCents: 0, totalCents: 6000 }),
  video: line("video", { date: "2026-11-18", start: "10:00", language: "ar", ...kita, mediator: "Dilan Yıldız", kind: "deployment", minutes: 61, travelKm: 0, serviceCents: 4500, travelCents: 0, totalCents: 4500 }),
  late: line("late", { date: "2026-11-20", start: "09:00", language: "tr", ...youth, mediator: "Dilan Yıldız", kind: "cancellation", minutes: 0, travelKm: 0, serviceCents: 3000, travelCents: 0, totalCents: 3000 }),
  last: line("last", { date: "2026-11-30", start: "23:00", language: "ar", ...youth, mediator: "Amal Haddad", kind: "deployment", minutes: 60, travelKm: 5, serviceCents: 3000, travelCents: 0, totalCents: 3000 }),
});
const MONTH_CENTS = 4944 + 2500 + 6000 + 4500 + 3000 + 3000;

const code = (err: unknown) => (isAppError(err) ? err.code : String(err));

describe("statements", () => {
  test("a mediator's statement: their completed deployments of the month in Berlin time, nothing booked or free", async () => {
    const e = expected();
    const s = await mediatorStatement(d.db, tenant.id, ids.amal!, "2026-11");
    assert.equal(s.title, "Monatsabrechnung Sprachmittlung November 2026 – Amal Haddad");
    assert.deepEqual(s.party, { kind: "mediator", id: ids.amal, name: "Amal Haddad" });
    assert.deepEqual(s.lines, [e.first, e.phone, e.last]);
    assert.deepEqual(s.totals, { deployments: 3, cancellations: 0, minutes: 160, travelKm: 17.4, cents: 10444 });

    const dilan = await mediatorStatement(d.db, tenant.id, ids.dilan!, "2026-11");
    assert.deepEqual(dilan.lines, [e.turkish, e.video, e.late]);
    assert.deepEqual(dilan.totals, { deployments: 2, cancellations: 1, minutes: 156, travelKm: 3, cents: 13500 });

    const december = await mediatorStatement(d.db, tenant.id, ids.amal!, "2026-12");
    assert.deepEqual(december.lines.map((l) => [l.date, l.start]), [["2026-12-01", "00:30"]]);
    assert.deepEqual((await mediatorStatement(d.db, tenant.id, ids.amal!, "2026-10")).lines, []);
  });

  test("a requester's statement carries the cost centre; the late cancellation is billed without travel", async () => {
    const e = expected();
    const s = await requesterStatement(d.db, tenant.id, ids.youth!, "2026-11");
    assert.equal(s.title, "Monatsabrechnung Sprachmittlung November 2026 – Jugendamt");
    assert.deepEqual(s.party, { kind: "requester", id: ids.youth, name: "Jugendamt", costCentre: "4711-JA" });
    assert.deepEqual(s.lines, [e.first, e.turkish, e.late, e.last]);
    assert.deepEqual(s.totals, { deployments: 3, cancellations: 1, minutes: 230, travelKm: 20.4, cents: 16944 });

    const k = await requesterStatement(d.db, tenant.id, ids.kita!, "2026-11");
    assert.deepEqual(k.lines, [e.phone, e.video]);
    assert.deepEqual(k.totals, { deployments: 2, cancellations: 0, minutes: 86, travelKm: 0, cents: 7000 });
  });

  test("another tenant's mediator or requester is not found; a malformed month is refused", async () => {
    await assert.rejects(mediatorStatement(d.db, tenant.id, ids.foreign!, "2026-11"), (err) => code(err) === "not_found");
    await assert.rejects(requesterStatement(d.db, tenant.id, ids.foreignRequester!, "2026-11"), (err) => code(err) === "not_found");
    await assert.rejects(mediatorStatement(d.db, tenant.id, "not-a-uuid", "2026-11"), (err) => code(err) === "not_found");
    for (const month of ["2026-13", "2026-1", "November"]) {
      await assert.rejects(monthLines(d.db, tenant.id, month), (err) => code(err) === "validation", month);
    }
  });

  test("the month's lines and the cost allocation add up to the same total; the other tenant's job is not among them", async () => {
    const e = expected();
    const lines = await monthLines(d.db, tenant.id, "2026-11");
    assert.deepEqual(lines, [e.first, e.phone, e.turkish, e.video, e.late, e.last]);
    const allocation = await costAllocation(d.db, tenant.id, "2026-11");
    assert.deepEqual(allocation, [
      { costCentre: "3650-KI", requester: "Kita Sonnenschein", deployments: 2, minutes: 86, cents: 7000 },
      { costCentre: "4711-JA", requester: "Jugendamt", deployments: 3, minutes: 230, cents: 16944 },
    ]);
    assert.equal(allocation.reduce((sum, a) => sum + a.cents, 0), MONTH_CENTS);
    assert.equal(lines.reduce((sum, l) => sum + l.totalCents, 0), MONTH_CENTS);
    const foreign = await monthLines(d.db, other.id, "2026-11");
    assert.deepEqual(foreign.map((l) => l.mediator), ["Fremde Person"]);
  });

  test("the stored fee stays the total when the rates change; only the split follows the current rules", async () => {
    const settings = await loadSettings(d.db, tenant.id);
    await saveSettings(d.db, officeScope(tenant), { ...settings, rates: { ...settings.rates, kmCents: 50, unitCents: 2000 } });
    try {
      const [first] = await monthLines(d.db, tenant.id, "2026-11");
      // (12.4 − 5) × 2 × 0.50 € = 7.40 € travel now; the confirmed 49.44 € stay.
      assert.deepEqual([first!.serviceCents, first!.travelCents, first!.totalCents], [4944 - 740, 740, 4944]);
    } finally {
      await saveSettings(d.db, officeScope(tenant), settings);
    }
  });
});

describe("exports", () => {
  test("the CSV is semicolon-separated with German headers and decimal commas, and parses back to the same totals", async () => {
    const lines = await monthLines(d.db, tenant.id, "2026-11");
    const csv = linesCsv(lines);
    assert.ok(csv.startsWith("\uFEFFDatum;Beginn;Aktenzeichen;"), "BOM and German headers");
    const parsed = parse(csv, { bom: true, columns: true, delimiter: ";" }) as Record<string, string>[];
    assert.equal(parsed.length, lines.length);
    assert.deepEqual(parsed[0], {
      Datum: "2026-11-01",
      Beginn: "00:30",
      Aktenzeichen: jobs.first!.reference,
      Sprache: "Arabisch",
      "Anfragende Stelle": "Jugendamt",
      Kostenstelle: "4711-JA",
      "Sprachmittler:in": "Amal Haddad",
      Art: "Einsatz",
      Minuten: "75",
      km: "12,4",
      "Honorar (EUR)": "45,00",
      "Fahrtkosten (EUR)": "4,44",
      "Gesamt (EUR)": "49,44",
      "Einsatz-ID": jobs.first!.jobId,
    });
    assert.equal(parsed[4]!.Art, "Ausfallgebühr");
    const cents = (s: string) => Math.round(Number(s.replace(",", ".")) * 100);
    assert.equal(parsed.reduce((sum, r) => sum + cents(r["Gesamt (EUR)"]!), 0), MONTH_CENTS);
    assert.equal(parsed.reduce((sum, r) => sum + cents(r["Honorar (EUR)"]!) + cents(r["Fahrtkosten (EUR)"]!), 0), MONTH_CENTS);
    assert.equal(parsed.reduce((sum, r) => sum + Number(r.Minuten), 0), 160 + 156);
  });

  test("the XLSX opens with dates as dates and amounts as euro numbers", async () => {
    const lines = await monthLines(d.db, tenant.id, "2026-11");
    const wb = new ExcelJS.Workbook();
    // A copy into a plain ArrayBuffer: exceljs' typings predate Node's generic Buffer.
    await wb.xlsx.load(new Uint8Array(await linesXlsx(lines)).buffer);
    const ws = wb.getWorksheet("Abrechnung")!;
    assert.equal(ws.rowCount, lines.length + 1);
    assert.equal(ws.getCell("A1").value, "Datum");
    assert.equal(ws.getCell("M1").value, "Gesamt (EUR)");
    const date = ws.getCell("A2").value;
    assert.ok(date instanceof Date && date.toISOString().startsWith("2026-11-01"), String(date));
    assert.equal(ws.getCell("A2").numFmt, "dd.mm.yyyy");
    assert.equal(ws.getCell("M2").value, 49.44);
    assert.match(ws.getCell("M2").numFmt, /€/);
    let cents = 0;
    for (let r = 2; r <= ws.rowCount; r++) cents += Math.round(Number(ws.getCell(r, 13).value) * 100);
    assert.equal(cents, MONTH_CENTS);
  });
});

describe("PDF", () => {
  const pdfText = (pdf: Uint8Array) => poppler("pdftotext", ["-layout"], pdf).replace(/[ \t]+/g, " ");

  /** The page tree's /Count, which Typst writes uncompressed. */
  function pageCount(pdf: Uint8Array): number {
    const m = /\/Type\s*\/Pages\s*\/Count\s+(\d+)/.exec(Buffer.from(pdf).toString("latin1"));
    assert.ok(m, "page tree with /Count");
    return Number(m[1]);
  }

  test("a requester's statement: A4 letter with title, lines, totals and page numbers, rendered in well under a second", async (t) => {
    const s = await requesterStatement(d.db, tenant.id, ids.youth!, "2026-11");
    await statementPdf(s, tenant.name, "de"); // the first render loads the fonts
    const started = performance.now();
    const pdf = await statementPdf(s, tenant.name, "de");
    const ms = performance.now() - started;
    assert.ok(ms < 1000, `rendered in ${Math.round(ms)} ms`);
    assert.equal(Buffer.from(pdf.subarray(0, 4)).toString("latin1"), "%PDF");
    assert.ok(pdf.length > 5000, `${pdf.length} bytes`);
    assert.equal(pageCount(pdf), 1);
    if (withoutPoppler(t)) return;
    const text = pdfText(pdf);
    assert.match(text, /Stadt Wilhelmshaven/);
    assert.match(text, /Monatsabrechnung Sprachmittlung November 2026 –\s+Jugendamt/);
    assert.match(text, /Kostenstelle: 4711-JA/);
    assert.match(text, /01\.11\.2026 00:30 SM-\d{4}-\d{4} Arabisch Amal Haddad 75 12,4 49,44 €/);
    assert.match(text, /Ausfallgebühr/);
    assert.match(text, /Gesamtbetrag 169,44 €/);
    assert.match(text, /Seite 1 von 1/);
  });

  test("in Farsi, dates, times, numbers and amounts in Persian digits, the reference as written", async (t) => {
    const s = await requesterStatement(d.db, tenant.id, ids.youth!, "2026-11");
    const pdf = await statementPdf(s, tenant.name, "fa");
    if (withoutPoppler(t)) return;
    const text = pdfText(pdf);
    assert.match(text, /۰۰:۳۰/, "the start of the first line");
    assert.doesNotMatch(text, /00:30/);
    assert.match(text, /SM-\d{4}-\d{4}/);
    assert.match(text, /۱۶۹٫۴۴/, "the total");
  });

  test("a long statement runs over pages with the table header and 'page n of total' on each; English labels, names in Arabic script", async (t) => {
    const many: StatementLine[] = Array.from({ length: 80 }, (_, i) => ({
      jobId: `job-${i}`,
      reference: `SM-2026-${String(i + 1).padStart(4, "0")}`,
      date: "2026-11-03",
      start: "09:30",
      language: "ar",
      requester: "Jugendamt",
      costCentre: "4711-JA",
      mediator: i % 2 ? "محمد العلي" : "Amal Haddad",
      kind: "deployment",
      minutes: 60,
      travelKm: 0,
      serviceCents: 3000,
      travelCents: 0,
      totalCents: 3000,
    }));
    const s: Statement = {
      month: "2026-11",
      title: "Monatsabrechnung Sprachmittlung November 2026 – Jugendamt",
      party: { kind: "requester", id: ids.youth!, name: "Jugendamt", costCentre: "4711-JA" },
      lines: many,
      totals: { deployments: 80, cancellations: 0, minutes: 4800, travelKm: 0, cents: 240_000 },
    };
    const pdf = await statementPdf(s, tenant.name, "en");
    const pages = pageCount(pdf);
    assert.ok(pages >= 2, `${pages} pages`);
    if (withoutPoppler(t)) return;
    const text = pdfText(pdf);
    assert.match(text, /Language mediation statement November 2026 – Jugendamt/);
    assert.match(text, /Total amount €2,400\.00/);
    assert.equal(text.match(/Date Start Reference Language Language mediator/g)?.length, pages, "table header on every page");
    assert.match(text, new RegExp(`Page ${pages} of ${pages}`));
    assert.ok(text.includes("SM-2026-0080"));
  });
});
