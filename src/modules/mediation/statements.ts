/**
 * Monthly statements of the Sprachmittlung: what a mediator is paid and what
 * a requesting institution is charged for one calendar month, the internal
 * cost allocation per cost centre, and the exports (CSV, XLSX, PDF).
 *
 * Billable are completed jobs (hours recorded and confirmed) and cancelled
 * jobs with a cancellation fee (late cancellation or the client's no-show); a
 * confirmed job that has not taken place yet is not billed. A job belongs to
 * the month of its appointment start in Berlin time, also when it runs past
 * midnight.
 *
 * The stored `fee_cents` is what the requester confirmed, so it stays the
 * line's total even when the rate rules have changed since. Only the split
 * into service and travel, which is not stored, is recomputed with the
 * current rules; travel never exceeds the stored total. A cancellation is all
 * service: nobody travelled, nobody worked (0 minutes, 0 km).
 */
import { sql } from "drizzle-orm";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { rows, type Executor } from "../../core/db/index.ts";
import { invalid, notFound } from "../../core/errors.ts";
import { dateFormat, dirOf, type Locale, translate } from "../../core/i18n.ts";
import { renderPdf } from "../../core/pdf.ts";
import { fee } from "./fees.ts";
import type { Mode, RateRules } from "./model.ts";
import { getRequester, loadSettings } from "./service.ts";
import { clock, instantOf, monthOf, wallOf } from "../../core/time.ts";
import { languageName } from "./validation.ts";

export interface StatementLine {
  jobId: string;
  reference: string;
  /** YYYY-MM-DD, Berlin. */
  date: string;
  /** HH:MM, Berlin. */
  start: string;
  /** ISO 639 code of the request; exports show its name. */
  language: string;
  requester: string;
  costCentre: string | null;
  mediator: string;
  kind: "deployment" | "cancellation";
  minutes: number;
  travelKm: number;
  serviceCents: number;
  travelCents: number;
  totalCents: number;
}

export interface Statement {
  /** YYYY-MM */
  month: string;
  /** German: "Monatsabrechnung Sprachmittlung November 2026 – Jugendamt". */
  title: string;
  party: { kind: "mediator" | "requester"; id: string; name: string; costCentre?: string | null };
  lines: StatementLine[];
  totals: { deployments: number; cancellations: number; minutes: number; travelKm: number; cents: number };
}

export interface CostAllocationRow {
  costCentre: string | null;
  requester: string;
  /** Completed deployments; cancellation fees count in `cents` only. */
  deployments: number;
  minutes: number;
  cents: number;
}

// ---------------------------------------------------------------------------
// Labels (to move into the locales as mediation.statement.*)

interface Labels {
  /** With {month} ("November 2026") and {party}. */
  title: string;
  period: string;
  created: string;
  costCentre: string;
  date: string;
  start: string;
  reference: string;
  language: string;
  requester: string;
  mediator: string;
  kind: string;
  deployment: string;
  cancellation: string;
  minutes: string;
  km: string;
  service: string;
  travel: string;
  amount: string;
  totalEur: string;
  deployments: string;
  cancellations: string;
  totalMinutes: string;
  totalKm: string;
  ofWhichTravel: string;
  total: string;
  none: string;
  page: string;
  of: string;
  jobId: string;
}

const LABEL_KEYS = ["title", "period", "created", "costCentre", "date", "start", "reference", "language", "requester", "mediator", "kind", "deployment", "cancellation", "minutes", "km", "service", "travel", "amount", "totalEur", "deployments", "cancellations", "totalMinutes", "totalKm", "ofWhichTravel", "total", "none", "page", "of", "jobId"] as const satisfies readonly (keyof Labels)[];

/** The statement's labels in one language, from the locales (`mediation.statement.*`). */
function labelsOf(lang: Locale): Labels {
  return Object.fromEntries(LABEL_KEYS.map((k) => [k, translate(lang, `mediation.statement.${k}`)])) as unknown as Labels;
}

/** Column headers of the exports stay German whatever the reader's language: finance imports match on them. */
const GERMAN = labelsOf("de");

const monthName = (lang: Locale, month: string) =>
  dateFormat(lang, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));

const titleOf = (lang: Locale, month: string, party: string) =>
  translate(lang, "mediation.statement.title", { month: monthName(lang, month), party });

// ---------------------------------------------------------------------------
// Lines

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The instants [from, to) of a Berlin calendar month "YYYY-MM". */
function monthRange(month: string): { from: Date; to: Date } {
  if (!MONTH.test(month)) throw invalid([{ field: "month", key: "validation.format" }]);
  return monthOf(instantOf(`${month}-01`, 0));
}

interface JobRow {
  jobId: string;
  reference: string;
  /** A Date or, on some drivers, a string. */
  startsAt: Date | string;
  language: string;
  mode: Mode;
  requesterId: string;
  requester: string;
  costCentre: string | null;
  mediator: string;
  status: "completed" | "cancelled";
  actualMinutes: number | null;
  bookedMinutes: number;
  travelKm: number | null;
  feeCents: number | null;
  cancellationFeeCents: number;
}

/** A line with the requester's id, which the cost allocation groups by (names need not be unique). */
interface BillableLine extends StatementLine {
  requesterId: string;
}

async function billableLines(db: Executor, tenantId: string, month: string, only: { mediatorId?: string; requesterId?: string } = {}): Promise<BillableLine[]> {
  const { from, to } = monthRange(month);
  const filters = [
    sql`j.tenant_id = ${tenantId}`,
    sql`j.starts_at >= ${from}`,
    sql`j.starts_at < ${to}`,
    sql`(j.status = 'completed' OR (j.status = 'cancelled' AND j.cancellation_fee_cents > 0))`,
  ];
  if (only.mediatorId) filters.push(sql`j.mediator_id = ${only.mediatorId}`);
  if (only.requesterId) filters.push(sql`r.requester_id = ${only.requesterId}`);
  const [found, settings] = await Promise.all([
    rows<JobRow>(
      db,
      sql`SELECT j.id AS "jobId", r.reference, j.starts_at AS "startsAt", r.language, r.mode, q.id AS "requesterId", q.name AS requester,
                 q.cost_centre AS "costCentre", m.name AS mediator, j.status, j.actual_minutes AS "actualMinutes",
                 (extract(epoch FROM j.ends_at - j.starts_at)::int / 60) AS "bookedMinutes", j.travel_km AS "travelKm",
                 j.fee_cents AS "feeCents", j.cancellation_fee_cents AS "cancellationFeeCents"
            FROM med_job j
            JOIN med_request r ON r.id = j.request_id
            JOIN med_requester q ON q.id = r.requester_id
            JOIN med_mediator m ON m.id = j.mediator_id
           WHERE ${sql.join(filters, sql` AND `)}
           ORDER BY j.starts_at, r.reference`,
    ),
    loadSettings(db, tenantId),
  ]);
  return found.map((row) => lineOf(row, settings.rates));
}

function lineOf(row: JobRow, rates: RateRules): BillableLine {
  const wall = wallOf(new Date(row.startsAt));
  const common = {
    jobId: row.jobId,
    reference: row.reference,
    date: wall.date,
    start: clock(wall.minute),
    language: row.language,
    requesterId: row.requesterId,
    requester: row.requester,
    costCentre: row.costCentre,
    mediator: row.mediator,
  };
  if (row.status === "cancelled") {
    const cents = row.cancellationFeeCents;
    return { ...common, kind: "cancellation", minutes: 0, travelKm: 0, serviceCents: cents, travelCents: 0, totalCents: cents };
  }
  // A completed job always has its timesheet; the booked duration only guards against a hand-edited row.
  const minutes = row.actualMinutes ?? row.bookedMinutes;
  const travelKm = row.travelKm ?? 0;
  const computed = fee({ mode: row.mode, minutes, travelKm }, rates);
  const total = row.feeCents ?? computed.totalCents;
  const travel = Math.min(computed.travelCents, total);
  return { ...common, kind: "deployment", minutes, travelKm, serviceCents: total - travel, travelCents: travel, totalCents: total };
}

/** Kilometres are entered with decimals: sums are rounded to drop binary noise (7.3 + 12.4 = 19.700000000000003). */
const roundKm = (km: number) => Math.round(km * 1000) / 1000;

const strip = ({ requesterId: _requesterId, ...line }: BillableLine): StatementLine => line;

function totalsOf(lines: StatementLine[]): Statement["totals"] {
  const t = { deployments: 0, cancellations: 0, minutes: 0, travelKm: 0, cents: 0 };
  for (const l of lines) {
    if (l.kind === "deployment") t.deployments++;
    else t.cancellations++;
    t.minutes += l.minutes;
    t.travelKm += l.travelKm;
    t.cents += l.totalCents;
  }
  return { ...t, travelKm: roundKm(t.travelKm) };
}

/** What a mediator is paid for the month: their deployments and the cancellation fees of their bookings. */
export async function mediatorStatement(db: Executor, tenantId: string, mediatorId: string, month: string): Promise<Statement> {
  if (!UUID.test(mediatorId)) throw notFound();
  const [m] = await rows<{ name: string }>(db, sql`SELECT name FROM med_mediator WHERE id = ${mediatorId} AND tenant_id = ${tenantId}`);
  if (!m) throw notFound();
  const lines = (await billableLines(db, tenantId, month, { mediatorId })).map(strip);
  return { month, title: titleOf("de", month, m.name), party: { kind: "mediator", id: mediatorId, name: m.name }, lines, totals: totalsOf(lines) };
}

/** What a requesting institution is charged for the month, with its cost centre. */
export async function requesterStatement(db: Executor, tenantId: string, requesterId: string, month: string): Promise<Statement> {
  const r = await getRequester(db, tenantId, requesterId);
  const lines = (await billableLines(db, tenantId, month, { requesterId })).map(strip);
  return {
    month,
    title: titleOf("de", month, r.name),
    party: { kind: "requester", id: r.id, name: r.name, costCentre: r.costCentre },
    lines,
    totals: totalsOf(lines),
  };
}

/**
 * The month's costs per requesting institution and its cost centre, for the
 * internal cost allocation: sorted by cost centre (none last), then name.
 * The cents add up to the total of {@link monthLines}.
 */
export async function costAllocation(db: Executor, tenantId: string, month: string): Promise<CostAllocationRow[]> {
  const groups = new Map<string, CostAllocationRow>();
  for (const l of await billableLines(db, tenantId, month)) {
    let g = groups.get(l.requesterId);
    if (!g) groups.set(l.requesterId, (g = { costCentre: l.costCentre, requester: l.requester, deployments: 0, minutes: 0, cents: 0 }));
    if (l.kind === "deployment") g.deployments++;
    g.minutes += l.minutes;
    g.cents += l.totalCents;
  }
  const collator = new Intl.Collator("de", { numeric: true });
  return [...groups.values()].sort((a, b) => {
    if (a.costCentre !== b.costCentre) {
      if (a.costCentre === null) return 1;
      if (b.costCentre === null) return -1;
      return collator.compare(a.costCentre, b.costCentre);
    }
    return collator.compare(a.requester, b.requester);
  });
}

/** Every billable line of the month, in order of the appointments: the source of the CSV and XLSX export. */
export async function monthLines(db: Executor, tenantId: string, month: string): Promise<StatementLine[]> {
  return (await billableLines(db, tenantId, month)).map(strip);
}

// ---------------------------------------------------------------------------
// CSV and XLSX

/**
 * Export columns. The headers are German whatever the reader's language:
 * the files go to the finance office, whose imports match on fixed headers.
 */
const COLUMNS = [
  { header: GERMAN.date, width: 12 },
  { header: GERMAN.start, width: 8 },
  { header: GERMAN.reference, width: 15 },
  { header: GERMAN.language, width: 14 },
  { header: GERMAN.requester, width: 28 },
  { header: GERMAN.costCentre, width: 14 },
  { header: GERMAN.mediator, width: 24 },
  { header: GERMAN.kind, width: 14 },
  { header: GERMAN.minutes, width: 9 },
  { header: GERMAN.km, width: 8 },
  { header: GERMAN.service, width: 13 },
  { header: GERMAN.travel, width: 16 },
  { header: GERMAN.totalEur, width: 13 },
  { header: GERMAN.jobId, width: 38 },
];

const kindLabel = (labels: Labels, kind: StatementLine["kind"]) => (kind === "deployment" ? labels.deployment : labels.cancellation);

/** 1234 → "12,34": decimal comma, no thousands separator, so that German spreadsheets read a number. */
const euroText = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");
const kmText = (km: number) => String(roundKm(km)).replace(".", ",");

/**
 * The lines as CSV for German spreadsheets: semicolon-separated (the amounts
 * carry a decimal comma), UTF-8 with a BOM so that Excel keeps the umlauts.
 */
export function linesCsv(lines: StatementLine[]): string {
  const records = lines.map((l) => [
    l.date,
    l.start,
    l.reference,
    languageName("de", l.language),
    l.requester,
    l.costCentre ?? "",
    l.mediator,
    kindLabel(GERMAN, l.kind),
    String(l.minutes),
    kmText(l.travelKm),
    euroText(l.serviceCents),
    euroText(l.travelCents),
    euroText(l.totalCents),
    l.jobId,
  ]);
  return "\uFEFF" + stringify(records, { header: true, columns: COLUMNS.map((c) => c.header), delimiter: ";" });
}

const EURO_FORMAT = '#,##0.00 "€"';

/** The lines as an Excel sheet: dates as dates, amounts as numbers in euro with a euro format, so they can be summed. */
export async function linesXlsx(lines: StatementLine[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Teilhabe";
  const ws = wb.addWorksheet("Abrechnung");
  ws.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  for (const l of lines) {
    ws.addRow([
      // Midnight UTC: Excel dates have no time zone, and exceljs writes the UTC calendar day.
      new Date(`${l.date}T00:00:00Z`),
      l.start,
      l.reference,
      languageName("de", l.language),
      l.requester,
      l.costCentre ?? "",
      l.mediator,
      kindLabel(GERMAN, l.kind),
      l.minutes,
      roundKm(l.travelKm),
      l.serviceCents / 100,
      l.travelCents / 100,
      l.totalCents / 100,
      l.jobId,
    ]);
  }
  ws.getColumn(1).numFmt = "dd.mm.yyyy";
  for (const c of [11, 12, 13]) ws.getColumn(c).numFmt = EURO_FORMAT;
  ws.getRow(1).font = { bold: true };
  // The header keeps the sheet's general format, not the columns' date and euro formats.
  ws.getRow(1).eachCell((cell) => (cell.numFmt = "General"));
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------
// PDF

/**
 * A letter-like A4 statement. All text arrives formatted (dates, amounts,
 * labels); the template only lays it out and reads it as JSON, so names print
 * literally. Right to left: the page direction follows the labels' language,
 * digit runs stay left-to-right isolates, alignment uses start/end; a name in
 * Arabic script is shaped with Noto Sans Arabic in either direction.
 */
const TEMPLATE = String.raw`
#let d = json("/data.json")
#let l = d.labels
#let is-rtl = d.dir == "rtl"
#let accent = rgb("#0b4f6c")
#let muted = luma(85)

#set document(title: d.title, author: d.tenant)
#set text(font: ("Noto Sans", "Noto Sans Arabic"), fallback: false, size: 10pt, lang: d.lang, dir: if is-rtl { rtl } else { ltr })
#set par(leading: 0.55em, spacing: 0.8em)

// Left-to-right isolates: in a right-to-left page, references (SM-2026-0001), cost centres
// and amounts keep their order; digit runs are isolated wherever they stand.
#let ltr-iso(body) = if is-rtl { [#str.from-unicode(0x2066)#body#str.from-unicode(0x2069)] } else { body }
#show: body => if is-rtl {
  show regex("\d[\d\s:.,/\u{2013}-]*\d|\d"): ltr-iso
  body
} else { body }

#set page(
  paper: "a4",
  margin: (x: 2cm, top: 2cm, bottom: 2.4cm),
  footer: context {
    set text(size: 8pt, fill: muted)
    line(length: 100%, stroke: 0.4pt + luma(180))
    v(-4pt)
    grid(
      columns: (1fr, auto),
      column-gutter: 1em,
      [#d.tenant – #d.title],
      [#l.page #counter(page).display() #l.of #counter(page).final().first()],
    )
  },
)

#block(width: 100%, inset: (bottom: 8pt), stroke: (bottom: 1.2pt + accent), below: 1.4em)[
  #text(size: 14pt, weight: "bold", fill: accent, d.tenant)
]

#grid(
  columns: (1fr, auto),
  column-gutter: 2em,
  [
    #text(weight: "bold", d.party) \
    #if d.costCentre != none [#l.costCentre: #ltr-iso(d.costCentre)]
  ],
  align(end)[
    #l.created: #d.created \
    #l.period: #d.period
  ],
)

#v(1.2em)
#text(size: 15pt, weight: "bold", d.title)
#v(0.6em)

#let num(x) = align(end, x)
#if d.lines.len() == 0 {
  par(text(fill: muted, l.none))
} else {
  set text(size: 8.5pt)
  table(
    columns: (auto, auto, auto, 1fr, 1.5fr, auto, auto, auto),
    stroke: (x, y) => if y == 0 { (bottom: 0.8pt + accent) } else { (bottom: 0.3pt + luma(210)) },
    inset: (x: 4pt, y: 4pt),
    align: start + horizon,
    table.header(
      ..(l.date, l.start, l.reference, l.language, d.counterpart).map(h => text(weight: "bold", h)),
      ..(l.minutes, l.km, l.amount).map(h => num(text(weight: "bold", h))),
    ),
    ..d.lines.map(x => (
      x.date,
      x.start,
      [#ltr-iso(x.reference) #if x.note != none { linebreak() + text(fill: muted, size: 7.5pt, x.note) }],
      x.language,
      x.counterpart,
      num(x.minutes),
      num(x.km),
      num(ltr-iso(x.amount)),
    )).flatten(),
  )
}

#v(0.8em)
#align(end, block(width: 55%, grid(
  columns: (1fr, auto),
  align: (start, end),
  column-gutter: 1.5em,
  inset: (y: 3pt),
  ..d.totals.map(t => (t.label, ltr-iso(t.value))).flatten(),
  grid.hline(stroke: 0.6pt + accent),
  text(weight: "bold", d.total.label), text(weight: "bold", ltr-iso(d.total.value)),
)))
`;

/**
 * The statement as a PDF in the reader's language (right to left in Arabic and
 * Farsi). The title is built again in that language; `statement.title` is
 * the German one.
 */
export async function statementPdf(statement: Statement, tenantName: string, lang: Locale): Promise<Uint8Array> {
  const ll = lang;
  const labels = labelsOf(ll);
  const money = new Intl.NumberFormat(ll, { style: "currency", currency: "EUR" });
  const number = new Intl.NumberFormat(ll, { maximumFractionDigits: 2 });
  const day = dateFormat(ll, { dateStyle: "medium", timeZone: "UTC" });
  const dayOf = (date: string) => day.format(new Date(`${date}T00:00:00Z`));
  // A line's start ("09:30", Berlin time) in the reader's digits, like the date beside it.
  const time = dateFormat(ll, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });
  const timeOf = (hhmm: string) => time.format(new Date(`1970-01-01T${hhmm}:00Z`));
  const { from, to } = monthRange(statement.month);
  const lastDay = wallOf(new Date(to.getTime() - 1)).date;
  const forMediator = statement.party.kind === "mediator";
  const t = statement.totals;
  const travel = statement.lines.reduce((sum, x) => sum + x.travelCents, 0);
  const totals = [
    { label: labels.deployments, value: number.format(t.deployments) },
    ...(t.cancellations ? [{ label: labels.cancellations, value: number.format(t.cancellations) }] : []),
    { label: labels.totalMinutes, value: number.format(t.minutes) },
    { label: labels.totalKm, value: number.format(t.travelKm) },
    ...(travel ? [{ label: labels.ofWhichTravel, value: money.format(travel / 100) }] : []),
  ];
  const data = {
    lang: ll,
    dir: dirOf(ll),
    tenant: tenantName,
    title: titleOf(ll, statement.month, statement.party.name),
    party: statement.party.name,
    costCentre: statement.party.costCentre ?? null,
    created: day.format(new Date(`${wallOf(new Date()).date}T00:00:00Z`)),
    period: `${dayOf(wallOf(from).date)} – ${dayOf(lastDay)}`,
    counterpart: forMediator ? labels.requester : labels.mediator,
    labels,
    lines: statement.lines.map((x) => ({
      date: dayOf(x.date),
      start: timeOf(x.start),
      reference: x.reference,
      note: x.kind === "cancellation" ? labels.cancellation : null,
      language: languageName(ll, x.language),
      counterpart: forMediator ? x.requester : x.mediator,
      minutes: x.kind === "cancellation" ? "–" : number.format(x.minutes),
      km: x.kind === "cancellation" ? "–" : number.format(x.travelKm),
      amount: money.format(x.totalCents / 100),
    })),
    totals,
    total: { label: labels.total, value: money.format(t.cents / 100) },
  };
  return renderPdf(TEMPLATE, data);
}
