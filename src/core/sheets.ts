/**
 * Tables for the office's spreadsheets: one header row and rows of plain
 * values, as CSV that Excel in German opens without an import dialogue
 * (BOM, semicolons) or as XLSX (exceljs) with a bold, frozen header.
 * Values that look like formulas are written as text in both.
 */
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";

export type Cell = string | number | null;

export interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
  /** Column widths in characters; default 20. */
  widths?: number[];
}

/** A leading =, +, - or @ would make Excel evaluate a participant's text as a formula (CSV injection). */
const safe = (v: Cell): Cell => (typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** A number as German Excel reads it from a semicolon CSV: a decimal comma ("70.1" would be taken for a date or text). */
const csvCell = (v: Cell): Cell => (typeof v === "number" && !Number.isInteger(v) ? String(v).replace(".", ",") : safe(v));

export function sheetCsv(sheet: Sheet): string {
  return "\uFEFF" + stringify([sheet.header, ...sheet.rows.map((r) => r.map((v) => csvCell(v) ?? ""))], { delimiter: ";" });
}

export async function sheetXlsx(...sheets: Sheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Teilhabe";
  for (const sheet of sheets) {
    // Excel allows 31 characters and none of : \ / ? * [ ] in a sheet's name.
    const ws = wb.addWorksheet(sheet.name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31));
    ws.columns = sheet.header.map((header, i) => ({ header, width: sheet.widths?.[i] ?? 20 }));
    // Strings stay strings: exceljs writes them as shared strings, never as formulas.
    ws.addRows(sheet.rows);
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
