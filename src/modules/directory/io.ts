/**
 * CSV and XLSX export of a tenant's entries, and CSV import: every row is
 * checked first, errors are reported row by row, and only a file without
 * errors is written, all in one transaction.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../core/db/index.ts";
import { isAppError, type FieldError } from "../../core/errors.ts";
import { parseWith } from "../../core/http.ts";
import { services } from "./schema.ts";
import { exceptionErrors, exceptionsFromText, exceptionsToText, weeklyFromText, weeklyToText } from "./hours-text.ts";
import { normaliseWeekly } from "./opening-hours.ts";
import { loadAllForEdit, saveService, type Scope } from "./service.ts";
import { ServiceInput } from "./validation.ts";
import type { ExceptionDay, WeeklySlot } from "./model.ts";

export const COLUMNS = [
  "slug", "name", "summary", "description", "kind", "topics", "target_groups", "languages", "organisation",
  "street", "postcode", "city", "town", "lat", "lng", "barrier_free", "phone", "email", "website",
  "appointment_url", "appointment_only", "temporarily_closed", "hours", "exceptions", "hours_note", "status",
] as const;
type Column = (typeof COLUMNS)[number];
type Row = Record<Column, string>;

const yes = (v: string) => /^(ja|yes|true|1|x)$/i.test(v.trim());

export async function exportRows(db: Db, tenantId: string): Promise<Row[]> {
  return (await loadAllForEdit(db, tenantId)).map((e) => {
    const s = e.service;
    return {
      slug: s.slug,
      name: s.name,
      summary: s.summary,
      description: s.description,
      kind: s.kind,
      topics: s.topics.join(";"),
      target_groups: s.targetGroups.join(";"),
      languages: s.languages.join(";"),
      organisation: e.organisation,
      street: e.location?.street ?? "",
      postcode: e.location?.postcode ?? "",
      city: e.location?.city ?? "",
      town: e.townSlug ?? "",
      lat: e.location?.lat?.toString() ?? "",
      lng: e.location?.lng?.toString() ?? "",
      barrier_free: e.location?.barrierFree ?? "unknown",
      phone: s.phone ?? "",
      email: s.email ?? "",
      website: s.website ?? "",
      appointment_url: s.appointmentUrl ?? "",
      appointment_only: s.appointmentOnly ? "ja" : "nein",
      temporarily_closed: s.temporarilyClosed ? "ja" : "nein",
      hours: weeklyToText(e.weekly),
      exceptions: exceptionsToText(e.exceptions),
      hours_note: s.hoursNote,
      status: s.status,
    };
  });
}

export function toCsv(rows: Row[]): string {
  // A BOM so that Excel opens UTF-8 with umlauts intact.
  return "\uFEFF" + stringify(rows, { header: true, columns: [...COLUMNS] });
}

export async function toXlsx(rows: Row[], sheetName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Teilhabe";
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  ws.columns = COLUMNS.map((c) => ({ header: c, key: c, width: c === "description" ? 60 : 20 }));
  ws.addRows(rows);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The CSV column of an input field where their names differ (targetGroups → target_groups). */
const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export interface RowError {
  /** 1-based line of the data row in the file (header is line 1). */
  line: number;
  field: string;
  key: string;
  values?: Record<string, string | number>;
}

interface Prepared {
  line: number;
  slug: string;
  input: ServiceInput;
  weekly: WeeklySlot[];
  exceptions: ExceptionDay[];
  status: "active" | "archived";
}

const MAX_ROWS = 20_000;

export function parseCsv(text: string): { rows: Record<string, string>[]; errors: RowError[] } {
  try {
    const rows = parse(text.replace(/^\uFEFF/, ""), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
      delimiter: text.split("\n", 1)[0]!.includes(";") && !text.split("\n", 1)[0]!.includes(",") ? ";" : ",",
    }) as Record<string, string>[];
    if (rows.length > MAX_ROWS) return { rows: [], errors: [{ line: 0, field: "file", key: "import.tooManyRows", values: { max: MAX_ROWS } }] };
    return { rows, errors: [] };
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    return { rows: [], errors: [{ line, field: "file", key: "import.unreadable" }] };
  }
}

/** Checks every row; returns either the prepared rows or all errors found. */
export function prepareImport(rows: Record<string, string>[]): { prepared: Prepared[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const prepared: Prepared[] = [];
  const first = rows[0];
  if (!first || !("name" in first) || !("kind" in first) || !("organisation" in first)) {
    return { prepared, errors: [{ line: 1, field: "header", key: "import.missingColumns", values: { columns: "name, kind, organisation" } }] };
  }
  const slugs = new Map<string, number>();
  rows.forEach((r, i) => {
    const line = i + 2;
    const get = (c: Column) => r[c] ?? "";
    let input: ServiceInput;
    try {
      input = parseWith(ServiceInput, {
        name: get("name"),
        slug: get("slug"),
        summary: get("summary"),
        description: get("description"),
        kind: get("kind"),
        topics: get("topics"),
        targetGroups: get("target_groups"),
        languages: get("languages"),
        organisation: get("organisation"),
        phone: get("phone"),
        email: get("email"),
        website: get("website"),
        appointmentUrl: get("appointment_url"),
        street: get("street"),
        postcode: get("postcode"),
        city: get("city"),
        town: get("town"),
        lat: get("lat"),
        lng: get("lng"),
        barrierFree: get("barrier_free") || "unknown",
        appointmentOnly: yes(get("appointment_only")),
        temporarilyClosed: yes(get("temporarily_closed")),
        hoursNote: get("hours_note"),
      });
    } catch (err) {
      if (!isAppError(err)) throw err;
      for (const f of err.fields as FieldError[]) errors.push({ line, field: column(f.field), key: f.key, values: f.values });
      return;
    }
    const weekly = weeklyFromText(get("hours"));
    if (weekly.error) errors.push({ line, field: "hours", key: "import.badHours", values: { part: weekly.error } });
    const norm = normaliseWeekly(weekly.weekly);
    for (const e of norm.errors) errors.push({ line, field: "hours", key: e.key });
    const ex = exceptionsFromText(get("exceptions"));
    if (ex.error) errors.push({ line, field: "exceptions", key: "import.badExceptions", values: { part: ex.error } });
    for (const e of exceptionErrors(ex.exceptions)) errors.push({ line, field: "exceptions", key: e.key });
    const status = get("status") || "active";
    if (status !== "active" && status !== "archived") errors.push({ line, field: "status", key: "validation.choice" });
    const slug = input.slug ?? "";
    if (slug) {
      const prev = slugs.get(slug);
      if (prev) errors.push({ line, field: "slug", key: "import.duplicateSlug", values: { line: prev } });
      slugs.set(slug, line);
    }
    prepared.push({ line, slug, input, weekly: norm.stored, exceptions: ex.exceptions, status: status as "active" | "archived" });
  });
  return { prepared, errors };
}

/**
 * Imports a CSV file: rows with a known slug update that entry, others create
 * one. All or nothing: any error and nothing is written.
 */
export async function importCsv(db: Db, scope: Scope, text: string): Promise<{ created: number; updated: number; errors: RowError[] }> {
  const parsed = parseCsv(text);
  if (parsed.errors.length) return { created: 0, updated: 0, errors: parsed.errors };
  const { prepared, errors } = prepareImport(parsed.rows);
  if (errors.length) return { created: 0, updated: 0, errors };
  let created = 0;
  let updated = 0;
  const rowErrors: RowError[] = [];
  try {
    await db.transaction(async (tx) => {
      const txDb = tx as unknown as Db;
      for (const p of prepared) {
        const [existing] = p.slug
          ? await tx.select({ id: services.id }).from(services).where(and(eq(services.tenantId, scope.tenant.id), eq(services.slug, p.slug)))
          : [];
        try {
          const saved = await saveService(txDb, scope, existing?.id ?? null, { input: p.input, weekly: p.weekly, exceptions: p.exceptions });
          if (p.status === "archived") await tx.update(services).set({ status: "archived" }).where(eq(services.id, saved.id));
        } catch (err) {
          if (!isAppError(err)) throw err;
          for (const f of err.fields) rowErrors.push({ line: p.line, field: column(f.field), key: f.key, values: f.values });
          if (!err.fields.length) rowErrors.push({ line: p.line, field: "_row", key: "validation.invalid" });
          continue;
        }
        if (existing) updated++;
        else created++;
      }
      if (rowErrors.length) throw new RollbackImport();
    });
  } catch (err) {
    if (err instanceof RollbackImport) return { created: 0, updated: 0, errors: rowErrors };
    throw err;
  }
  return { created, updated, errors: [] };
}

class RollbackImport extends Error {}
