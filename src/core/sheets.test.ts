import { test } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { sheetCsv, sheetXlsx } from "./sheets.ts";

test("CSV: BOM, semicolons, quoting and formula-like text neutralised", () => {
  const csv = sheetCsv({ name: "x", header: ["Name", "Notiz"], rows: [["Ayşe Yılmaz", "=HYPERLINK(\"http://x\")"], ["Müller; Anna", null]] });
  assert.ok(csv.startsWith("\uFEFFName;Notiz\n"));
  assert.ok(csv.includes(`Ayşe Yılmaz;"'=HYPERLINK(""http://x"")"\n`));
  assert.match(csv, /"Müller; Anna";\n/);
});

test("CSV: decimals with a comma, as German Excel reads a semicolon file; whole numbers as they are", () => {
  const csv = sheetCsv({ name: "n", header: ["a", "b", "c"], rows: [[70.13, 12, -0.5]] });
  assert.equal(csv.split("\r\n")[1] ?? csv.split("\n")[1], "70,13;12;-0,5");
});

test("XLSX: sheets with bold frozen header; text stays text, numbers stay numbers", async () => {
  const buf = await sheetXlsx({ name: "Anmeldungen: 2026/09", header: ["Name", "Zusagen"], rows: [["=1+1", 12]] }, { name: "Zweites", header: ["a"], rows: [] });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  assert.deepEqual(wb.worksheets.map((w) => w.name), ["Anmeldungen  2026 09", "Zweites"]);
  const ws = wb.worksheets[0]!;
  assert.equal(ws.getRow(1).font?.bold, true);
  assert.equal(ws.getCell("A2").type, ExcelJS.ValueType.String);
  assert.equal(ws.getCell("A2").value, "=1+1");
  assert.equal(ws.getCell("B2").value, 12);
});
