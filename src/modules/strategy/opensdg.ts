/**
 * Reading the Land's integration monitoring as the Landesamt für Statistik
 * Niedersachsen publishes it: an Open SDG data repository with one CSV per
 * indicator (data/indicator_<id>.csv), one Markdown file with YAML front
 * matter per indicator (meta/<id>.md) and translation files
 * (translations/de/<group>.yml) that the metadata may refer to by key.
 *
 * Pure parsing, no database: every function returns what it found and what
 * was wrong with it, row by row, so that the import on top can write a file
 * all or nothing. Issue codes are i18n keys `strategy.import.error.<code>`.
 *
 * Decisions (the tests pin each of them):
 * - Column names are case-sensitive as in Open SDG (`Year`, `Value`, `Units`,
 *   `GeoCode`), surrounding spaces are ignored; `year` or `Geocode` is an
 *   error rather than a silent breakdown column.
 * - An empty Value is Open SDG's "no figure for this combination": the row is
 *   skipped without an error and counted in `emptyValues`.
 * - Year is the first four-digit number in the cell: "Juni 2007" → 2007, the
 *   school year "2019/20" or "2019/2020" → 2019, the year it starts in, as the
 *   Land's school statistics name a school year. `period` keeps the text.
 * - A semicolon in the header line (and more semicolons than commas) makes a
 *   German Excel file: then Value takes a decimal comma ("12,5"), and a dot is
 *   refused because Excel writes it only as a thousands separator.
 * - GeoCode is `K` + an official key: K + 8 digits a Gemeinde, K + 5 a Kreis,
 *   K + 3 a Land ("K030" → "03") or one of its statistical regions (K031–K039,
 *   no AGS). A code without the K is refused so the two spellings never mix.
 * - A translation key that is not found stays as the text and is reported as
 *   a warning, so nothing is lost and the office sees what is missing.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { isMap, isScalar, parseDocument } from "yaml";

export const ERROR_CODES = [
  // the file as a whole (line 0) or its header (line 1)
  "unreadable", "emptyFile", "tooManyRows", "tooManyErrors", "badId",
  "missingColumn", "columnCase", "duplicateColumn", "unnamedColumn",
  // a row
  "fieldCount", "badYear", "yearOutOfRange", "badValue", "badGeoCode", "unknownGeoCode", "duplicateRow",
  // metadata and translations
  "badFrontMatter", "badTranslations", "missingName", "unresolvedKey", "badDecimals", "badUrl",
  // a folder or an upload of several files
  "ignoredFile", "duplicateFile", "missingMeta", "legacyEncoding",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface RowError {
  /** 1-based line of the file where the row starts (header = 1); 0 for the file as a whole. */
  line: number;
  /** The CSV column, or the metadata field. */
  column?: string;
  code: ErrorCode;
  values?: Record<string, string | number>;
}

export interface ParsedRow {
  line: number;
  year: number;
  /** The Year cell as written, e.g. "Juni 2007" or "2019/20". */
  period: string;
  /** Column → value for every column that is not Year, Value, Units or GeoCode; empty values left out (Open SDG: empty = all). */
  breakdown: Record<string, string>;
  unit: string | null;
  /** null when the file has no GeoCode column or the cell is empty: the Land as a whole. */
  geoCode: string | null;
  /** "03405" for K03405, "03" for K030, null for statistical regions and when there is no GeoCode. */
  ags: string | null;
  value: number;
}

export interface ParsedIndicatorFile {
  id: string;
  /** The breakdown columns in file order (the same keys every row's breakdown may have). */
  breakdownColumns: string[];
  rows: ParsedRow[];
  /** Rows skipped because Value was empty. */
  emptyValues: number;
  /** Non-empty: the file is not to be imported at all. */
  errors: RowError[];
}

export interface ParseOptions {
  /** Called with syntactically valid codes ("K03405"); false makes the row an `unknownGeoCode` error. */
  knownGeoCodes?: (code: string) => boolean;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
export const MAX_ROWS = 100_000;
/** A file broken throughout would otherwise give a report nobody reads to the end. */
export const MAX_ERRORS = 500;

const ID = /^[0-9a-z]+(?:-[0-9a-z]+)*$/i;
export const isIndicatorId = (id: string): boolean => ID.test(id);

// ---------------------------------------------------------------------------
// GeoCodes

export type GeoLevel = "land" | "region" | "district" | "municipality";

/**
 * The Land's GeoCode convention: "K" and an official key. Null for anything
 * else. Regions (the Regierungsbezirke that Lower Saxony keeps as statistical
 * regions) have no AGS of their own and no tenant.
 */
export function parseGeoCode(code: string): { level: GeoLevel; ags: string | null } | null {
  const m = /^K(\d+)$/.exec(code);
  if (!m) return null;
  const digits = m[1]!;
  const land = Number(digits.slice(0, 2));
  if (land < 1 || land > 16) return null;
  if (digits.length === 3) return digits[2] === "0" ? { level: "land", ags: digits.slice(0, 2) } : { level: "region", ags: null };
  if (digits.length === 5) return { level: "district", ags: digits };
  if (digits.length === 8) return { level: "municipality", ags: digits };
  return null;
}

export const agsOfGeoCode = (code: string): string | null => parseGeoCode(code)?.ags ?? null;

// ---------------------------------------------------------------------------
// File names

/** "indicator_1-1.csv", "data/indicator_1-1.csv", "1-1.md", "meta/1-1.md" (ids lower-cased so data and meta meet). */
export function indicatorIdOf(fileName: string): { kind: "data" | "meta"; id: string } | null {
  const parts = fileName.split(/[\\/]/);
  const base = parts[parts.length - 1] ?? "";
  const inMeta = parts.length > 1 && parts[parts.length - 2] === "meta";
  const data = /^indicator_(.+)\.csv$/i.exec(base);
  if (data) return isIndicatorId(data[1]!) ? { kind: "data", id: data[1]!.toLowerCase() } : null;
  // .yml is metadata only inside meta/: elsewhere it is a translation file (indicators.yml).
  const meta = (inMeta ? /^(.+)\.(?:md|ya?ml)$/i : /^(.+)\.md$/i).exec(base);
  // README.md and the like are documentation: every indicator id has a digit.
  if (meta && isIndicatorId(meta[1]!) && /\d/.test(meta[1]!)) return { kind: "meta", id: meta[1]!.toLowerCase() };
  return null;
}

// ---------------------------------------------------------------------------
// Data CSV

const SPECIAL = ["Year", "Value", "Units", "GeoCode"] as const;
type Special = (typeof SPECIAL)[number];

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseValue(text: string, decimalComma: boolean): number | null {
  let t = text;
  if (decimalComma) {
    if (t.includes(".")) return null;
    t = t.replace(",", ".");
  }
  if (!NUMBER.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function parseYear(text: string): number | null {
  const m = /(?<!\d)(\d{4})(?!\d)/.exec(text);
  return m ? Number(m[1]) : null;
}

/** Semicolon if the header line has more semicolons than commas (outside quotes). */
function delimiterOf(headerLine: string): "," | ";" {
  const unquoted = headerLine.replace(/"[^"]*"/g, "");
  const count = (c: string) => unquoted.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

interface CsvRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * One indicator's data file. Every row is checked and every problem reported;
 * `rows` holds the rows that passed, but a file with any error is meant to be
 * imported not at all, so that a re-import never leaves half a file behind.
 */
export function parseIndicatorCsv(id: string, text: string, opts: ParseOptions = {}): ParsedIndicatorFile {
  const result: ParsedIndicatorFile = { id, breakdownColumns: [], rows: [], emptyValues: 0, errors: [] };
  const errors = result.errors;
  if (!isIndicatorId(id)) {
    errors.push({ line: 0, code: "badId", values: { id } });
    return result;
  }
  // csv-parse counts a CRLF inside a quoted field as two lines; one kind of line end keeps the numbers right.
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const delimiter = delimiterOf(body.slice(0, body.indexOf("\n") === -1 ? undefined : body.indexOf("\n")));
  let records: CsvRecord[];
  try {
    records = parse(body, {
      delimiter,
      info: true,
      raw: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as CsvRecord[];
  } catch (err) {
    const e = err as { lines?: number; code?: string };
    errors.push({ line: e.lines ?? 0, code: "unreadable", values: { reason: e.code ?? "" } });
    return result;
  }
  const [head, ...data] = records;
  if (!head) {
    errors.push({ line: 0, code: "emptyFile" });
    return result;
  }
  if (data.length > MAX_ROWS) {
    errors.push({ line: 0, code: "tooManyRows", values: { max: MAX_ROWS } });
    return result;
  }

  const header = head.record;
  const index: Partial<Record<Special, number>> = {};
  const breakdown: { name: string; at: number }[] = [];
  const unnamed: number[] = [];
  const seen = new Set<string>();
  header.forEach((name, at) => {
    if (!name) {
      // Excel writes a separator after the last column when a cell beyond it was ever touched.
      unnamed.push(at);
      return;
    }
    if (seen.has(name)) {
      errors.push({ line: 1, column: name, code: "duplicateColumn", values: { column: name } });
      return;
    }
    seen.add(name);
    const special = SPECIAL.find((s) => s === name);
    if (special) {
      index[special] = at;
      return;
    }
    const wrongCase = SPECIAL.find((s) => s.toLowerCase() === name.toLowerCase());
    if (wrongCase) errors.push({ line: 1, column: name, code: "columnCase", values: { column: name, expected: wrongCase } });
    else breakdown.push({ name, at });
  });
  for (const required of ["Year", "Value"] as const) {
    if (index[required] === undefined && !errors.some((e) => e.code === "columnCase" && e.values?.expected === required)) {
      errors.push({ line: 1, column: required, code: "missingColumn", values: { column: required } });
    }
  }
  result.breakdownColumns = breakdown.map((b) => b.name);
  if (errors.length) return result;

  const decimalComma = delimiter === ";";
  const firstLineOf = new Map<string, number>();
  for (const { record: fields, raw, info } of data) {
    if (errors.length >= MAX_ERRORS) {
      errors.push({ line: 0, code: "tooManyErrors", values: { max: MAX_ERRORS } });
      break;
    }
    // info.lines is where the record ends; the raw text tells how many line ends lie inside it.
    const own = raw.replace(/^(?:[ \t]*\n)+/, "").replace(/\n$/, "");
    const line = info.lines - (own.split("\n").length - 1);
    // csv-parse's trim leaves spaces inside quotes; Open SDG wants none anywhere.
    const record = fields.map((f) => f.trim());
    // A line of bare separators is Excel's way of ending a sheet, not a row with a missing value.
    if (record.every((f) => f === "")) continue;
    if (record.length !== header.length) {
      errors.push({ line, code: "fieldCount", values: { expected: header.length, found: record.length } });
      continue;
    }
    const cell = (at: number | undefined) => (at === undefined ? "" : record[at]!);
    const valueText = cell(index.Value);
    if (valueText === "") {
      result.emptyValues++;
      continue;
    }
    const before = errors.length;
    for (const at of unnamed) {
      if (record[at]) errors.push({ line, code: "unnamedColumn", values: { position: at + 1, value: record[at]! } });
    }
    const period = cell(index.Year);
    const year = parseYear(period);
    if (year === null) errors.push({ line, column: "Year", code: "badYear", values: { value: period } });
    else if (year < MIN_YEAR || year > MAX_YEAR) errors.push({ line, column: "Year", code: "yearOutOfRange", values: { year, min: MIN_YEAR, max: MAX_YEAR } });
    const value = parseValue(valueText, decimalComma);
    if (value === null) errors.push({ line, column: "Value", code: "badValue", values: { value: valueText } });
    const geoCode = cell(index.GeoCode) || null;
    let ags: string | null = null;
    if (geoCode !== null) {
      const geo = parseGeoCode(geoCode);
      if (!geo) errors.push({ line, column: "GeoCode", code: "badGeoCode", values: { value: geoCode } });
      else if (opts.knownGeoCodes && !opts.knownGeoCodes(geoCode)) errors.push({ line, column: "GeoCode", code: "unknownGeoCode", values: { value: geoCode } });
      else ags = geo.ags;
    }
    if (errors.length > before) continue;

    const row: ParsedRow = { line, year: year!, period, breakdown: {}, unit: cell(index.Units) || null, geoCode, ags, value: value! };
    for (const b of breakdown) if (record[b.at]) row.breakdown[b.name] = record[b.at]!;
    const key = JSON.stringify([period, row.unit, geoCode, breakdown.map((b) => record[b.at])]);
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      errors.push({ line, code: "duplicateRow", values: { line: first } });
      continue;
    }
    firstLineOf.set(key, line);
    result.rows.push(row);
  }
  return result;
}

// ---------------------------------------------------------------------------
// Translations

/** "group.key" → text, e.g. "indicators.1-1-title". */
export type Translations = Map<string, string>;

/** Thrown for a file that cannot be read at all (broken YAML, no front matter). */
export class OpenSdgError extends Error {
  constructor(readonly issue: RowError) {
    super(`strategy.import.error.${issue.code}`);
  }
}

function yamlError(doc: ReturnType<typeof parseDocument>, code: ErrorCode, lineOffset = 0): OpenSdgError | null {
  const err = doc.errors[0];
  if (!err) return null;
  return new OpenSdgError({ line: (err.linePos?.[0].line ?? 0) + lineOffset, code, values: { reason: err.code } });
}

function flatten(prefix: string, value: unknown, into: Translations): void {
  if (value === null || value === undefined) return;
  if (typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(`${prefix}.${k}`, v, into);
  } else if (typeof value !== "object") {
    into.set(prefix, String(value));
  }
}

/**
 * Translation files as sdg-build reads them: the file's name without .yml is
 * the group, each top-level key a key ("indicators.yml" with `1-1-title: …`
 * → "indicators.1-1-title"). Nested maps are joined with dots. Later files win.
 * Throws {@link OpenSdgError} (`badTranslations`) for broken YAML.
 */
export function parseTranslations(files: { name: string; text: string }[]): Translations {
  const out: Translations = new Map();
  for (const f of files) {
    const base = f.name.split(/[\\/]/).pop() ?? "";
    const group = base.replace(/\.ya?ml$/i, "");
    const doc = parseDocument(f.text.replace(/^\uFEFF/, ""));
    const err = yamlError(doc, "badTranslations");
    if (err) throw err;
    const data: unknown = doc.toJS();
    if (data === null) continue;
    if (typeof data !== "object" || Array.isArray(data)) throw new OpenSdgError({ line: 1, code: "badTranslations", values: { reason: "notAMapping" } });
    for (const [k, v] of Object.entries(data)) flatten(`${group}.${k}`, v, out);
  }
  return out;
}

/** Groups of Open SDG's own translations, so that their keys count as keys even when no file for them was given. */
const OPEN_SDG_GROUPS = new Set(["global_indicators", "global_targets", "global_goals", "indicators", "general", "data", "metadata_fields", "status"]);
const KEY_LIKE = /^([a-z][a-z0-9_]*)\.[\w-]+(?:\.[\w-]+)*$/;

/**
 * The text of a key, or the text itself. A string is taken for a key only if
 * it looks like one and its group is known, so that "www.lsn.de" or "z.B."
 * stay text without a warning.
 */
export function translate(text: string, translations: Translations): { text: string; unresolved: boolean } {
  const found = translations.get(text);
  if (found !== undefined) return { text: found, unresolved: false };
  const m = KEY_LIKE.exec(text);
  if (!m) return { text, unresolved: false };
  const group = m[1]!;
  const known = OPEN_SDG_GROUPS.has(group) || [...translations.keys()].some((k) => k.startsWith(`${group}.`));
  return { text, unresolved: known };
}

// ---------------------------------------------------------------------------
// Metadata

export interface ParsedMeta {
  id: string;
  /** indicator_name, else graph_title, else the id (with a `missingName` warning). */
  name: string;
  /** indicator_number, e.g. "1.1" (as written, "1.10" stays "1.10"). */
  number: string | null;
  description: string;
  definition: string;
  calculation: string;
  /** source_organisation_1, _2, … joined with "; ". */
  source: string;
  /** The first http(s) source_url_N; anything else is dropped with a `badUrl` warning, as it ends up in a link. */
  sourceUrl: string | null;
  unit: string;
  footnote: string;
  graphType: string | null;
  decimals: number | null;
  reportingStatus: string | null;
  /** The Markdown after the front matter. */
  body: string;
  /** The whole front matter, untranslated. */
  raw: Record<string, unknown>;
  /** Unresolved keys, a missing name, unusable decimals or URLs: the metadata is usable, but the office should know. */
  warnings: RowError[];
}

/**
 * Texts are returned as written in the files (Open SDG allows Markdown and
 * HTML in them): whoever shows them must escape or sanitise them.
 *
 * Throws {@link OpenSdgError} when the file cannot be read: no or broken front
 * matter, or an id that is not an indicator id. A meta file is one unit, so
 * one error is all there is to say. Accepts plain YAML too (meta/<id>.yml).
 */
export function parseIndicatorMeta(id: string, markdown: string, translations: Translations): ParsedMeta {
  if (!isIndicatorId(id)) throw new OpenSdgError({ line: 0, code: "badId", values: { id } });
  const text = markdown.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let yamlText = text;
  let body = "";
  // The YAML starts on line 2 after "---", which the error's line must count.
  let lineOffset = 0;
  const front = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (front) {
    yamlText = front[1] ?? "";
    body = text.slice(front[0].length);
    lineOffset = 1;
  }
  const doc = parseDocument(yamlText);
  const err = yamlError(doc, "badFrontMatter", lineOffset);
  if (err) throw err;
  if (!isMap(doc.contents)) throw new OpenSdgError({ line: front ? 2 : 1, code: "badFrontMatter", values: { reason: "notAMapping" } });
  const raw = doc.toJS() as Record<string, unknown>;
  const warnings: RowError[] = [];

  // The scalar's source, so that indicator_number 1.10 is not read as the number 1.1.
  const plain = (field: string): string | null => {
    const node = doc.get(field, true);
    if (!isScalar(node) || node.value === null || typeof node.value === "object") return null;
    const s = (typeof node.value === "string" ? node.value : (node.source ?? String(node.value))).trim();
    return s === "" ? null : s;
  };
  const text_ = (field: string): string | null => {
    const s = plain(field);
    if (s === null) return null;
    const t = translate(s, translations);
    if (t.unresolved) warnings.push({ line: 0, column: field, code: "unresolvedKey", values: { key: s } });
    return t.text;
  };
  const numbered = (prefix: string): [string, string][] =>
    Object.keys(raw)
      .map((k) => [k, new RegExp(`^${prefix}_(\\d+)$`).exec(k)] as const)
      .filter((e): e is readonly [string, RegExpExecArray] => e[1] !== null)
      .sort((a, b) => Number(a[1][1]) - Number(b[1][1]))
      .map(([k]) => [k, text_(k) ?? ""] as [string, string])
      .filter(([, v]) => v !== "");

  let name = text_("indicator_name") ?? text_("graph_title");
  if (name === null) {
    warnings.push({ line: 0, column: "indicator_name", code: "missingName" });
    name = id;
  }

  let sourceUrl: string | null = null;
  for (const [field, url] of numbered("source_url")) {
    if (/^https?:\/\/[^\s]+$/i.test(url)) {
      sourceUrl ??= url;
    } else {
      warnings.push({ line: 0, column: field, code: "badUrl", values: { value: url } });
    }
  }

  let decimals: number | null = null;
  const d = plain("decimal_places");
  if (d !== null) {
    if (/^\d{1,2}$/.test(d) && Number(d) <= 10) decimals = Number(d);
    else warnings.push({ line: 0, column: "decimal_places", code: "badDecimals", values: { value: d } });
  }

  return {
    id,
    name,
    number: plain("indicator_number"),
    description: text_("national_indicator_description") ?? "",
    definition: text_("computation_definitions") ?? "",
    calculation: text_("computation_calculations") ?? "",
    source: numbered("source_organisation").map(([, v]) => v).join("; "),
    sourceUrl,
    unit: text_("computation_units") ?? "",
    footnote: text_("data_footnote") ?? "",
    graphType: plain("graph_type"),
    decimals,
    reportingStatus: plain("reporting_status"),
    body: body.trim(),
    raw,
    warnings,
  };
}

// ---------------------------------------------------------------------------
// Several files: a folder, or an upload

export interface SourceFile {
  /** Path relative to the folder ("data/indicator_1-1.csv") or the uploaded file's name. */
  name: string;
  text: string;
}

export interface Problem extends RowError {
  file: string;
  /** error: this file is not imported; warning: it is, but something in it needs a look. */
  severity: "error" | "warning";
}

export interface OpenSdgImport {
  /** Each with `errors`: a file with errors is to be left out, the others imported. */
  files: (ParsedIndicatorFile & { file: string })[];
  meta: (ParsedMeta & { file: string })[];
  translations: Translations;
  /** Everything that is not a data file's row error: unreadable meta or translation files, warnings, ignored files. */
  problems: Problem[];
}

type Role = { kind: "data" | "meta"; id: string } | { kind: "translation" } | { kind: "skip" } | { kind: "unknown" };

function roleOf(name: string): Role {
  const parts = name.split(/[\\/]/);
  const t = parts.indexOf("translations");
  if (t !== -1) {
    // Only the German site's texts are imported; other languages come later, if ever, as translations of the record.
    return parts[t + 1] === "de" && /\.ya?ml$/i.test(name) ? { kind: "translation" } : { kind: "skip" };
  }
  const ind = indicatorIdOf(name);
  if (ind) return ind;
  if (/\.ya?ml$/i.test(name) && parts[parts.length - 2] !== "meta") return { kind: "translation" };
  // A CSV by another name is most likely a data file named wrongly; other files are the repository's own.
  return /\.csv$/i.test(name) ? { kind: "unknown" } : { kind: "skip" };
}

/**
 * The files of an Open SDG data repository, or any subset of them (an upload
 * of two CSVs). Translations are read first so every meta file can use them.
 */
export function parseOpenSdgFiles(files: SourceFile[], opts: ParseOptions = {}): OpenSdgImport {
  const out: OpenSdgImport = { files: [], meta: [], translations: new Map(), problems: [] };
  const roles = files.map((f) => ({ f, role: roleOf(f.name) }));
  const translationFiles = roles.filter((r) => r.role.kind === "translation").sort((a, b) => a.f.name.localeCompare(b.f.name));
  for (const { f } of translationFiles) {
    try {
      for (const [k, v] of parseTranslations([f])) out.translations.set(k, v);
    } catch (err) {
      if (!(err instanceof OpenSdgError)) throw err;
      out.problems.push({ ...err.issue, file: f.name, severity: "error" });
    }
  }
  const firstFile = new Map<string, string>();
  for (const { f, role } of roles) {
    if (role.kind === "unknown") out.problems.push({ file: f.name, line: 0, code: "ignoredFile", severity: "warning" });
    if (role.kind !== "data" && role.kind !== "meta") continue;
    const key = `${role.kind}:${role.id}`;
    const first = firstFile.get(key);
    if (first !== undefined) {
      out.problems.push({ file: f.name, line: 0, code: "duplicateFile", severity: "error", values: { file: first } });
      continue;
    }
    firstFile.set(key, f.name);
    if (role.kind === "data") {
      out.files.push({ ...parseIndicatorCsv(role.id, f.text, opts), file: f.name });
      continue;
    }
    try {
      const meta = parseIndicatorMeta(role.id, f.text, out.translations);
      out.meta.push({ ...meta, file: f.name });
      for (const w of meta.warnings) out.problems.push({ ...w, file: f.name, severity: "warning" });
    } catch (err) {
      if (!(err instanceof OpenSdgError)) throw err;
      out.problems.push({ ...err.issue, file: f.name, severity: "error" });
    }
  }
  for (const file of out.files) {
    // A meta file that failed has its own error; only one that is not there at all is worth this warning.
    if (!firstFile.has(`meta:${file.id}`)) out.problems.push({ file: file.file, line: 0, code: "missingMeta", severity: "warning", values: { id: file.id } });
  }
  return out;
}

/** Windows-1252's 0x80–0x9F; the five it leaves undefined stay the control characters. */
const CP1252_HIGH = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ";

/**
 * UTF-8, or else Windows-1252: German Excel's "CSV (Trennzeichen-getrennt)"
 * writes the latter, and its umlauts are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string; legacy: boolean } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), legacy: false };
  } catch {
    // Node's TextDecoder("windows-1252") decodes as Latin-1 and turns € into U+0080.
    const latin1 = Buffer.from(bytes).toString("latin1");
    return { text: latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!), legacy: true };
  }
}

async function isDir(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

async function filesIn(dir: string, prefix: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => prefix + e.name).sort();
}

/**
 * A checkout of an Open SDG data repository (data/, meta/, translations/de/)
 * or a folder with just some indicator CSVs and Markdown files in it.
 */
export async function readOpenSdgFolder(dir: string, opts: ParseOptions = {}): Promise<OpenSdgImport> {
  const names: string[] = [];
  const hasData = await isDir(join(dir, "data"));
  const hasMeta = await isDir(join(dir, "meta"));
  if (hasData) names.push(...(await filesIn(join(dir, "data"), "data/")));
  if (hasMeta) names.push(...(await filesIn(join(dir, "meta"), "meta/")));
  if (await isDir(join(dir, "translations", "de"))) names.push(...(await filesIn(join(dir, "translations", "de"), "translations/de/")));
  // A repository's root has its configuration YAML (config_data.yml, _prose.yml): not translations.
  if (!hasData && !hasMeta) names.push(...(await filesIn(dir, "")).filter((n) => roleOf(n).kind !== "translation"));
  const legacy: Problem[] = [];
  const files: SourceFile[] = [];
  for (const name of names) {
    if (roleOf(name).kind === "skip") continue;
    const decoded = decodeText(await readFile(join(dir, name)));
    if (decoded.legacy) legacy.push({ file: name, line: 0, code: "legacyEncoding", severity: "warning", values: { encoding: "windows-1252" } });
    files.push({ name, text: decoded.text });
  }
  const result = parseOpenSdgFiles(files, opts);
  result.problems.unshift(...legacy);
  return result;
}
