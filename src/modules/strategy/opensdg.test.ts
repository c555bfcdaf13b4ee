import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import {
  agsOfGeoCode,
  decodeText,
  ERROR_CODES,
  indicatorIdOf,
  MAX_ERRORS,
  MAX_ROWS,
  OpenSdgError,
  parseGeoCode,
  parseIndicatorCsv,
  parseIndicatorMeta,
  parseOpenSdgFiles,
  parseTranslations,
  readOpenSdgFolder,
  translate,
  type ParsedIndicatorFile,
  type RowError,
  type Translations,
} from "./opensdg.ts";

const FIXTURES = fileURLToPath(new URL("./fixtures/opensdg/", import.meta.url));
const fixture = (path: string) => readFileSync(join(FIXTURES, path), "utf8");

const csv = (text: string, opts?: Parameters<typeof parseIndicatorCsv>[2]) => parseIndicatorCsv("9-9", text, opts);
const codes = (f: { errors: RowError[] }) => f.errors.map((e) => e.code);
const only = (f: ParsedIndicatorFile) => {
  assert.deepEqual(f.errors, []);
  assert.equal(f.rows.length, 1);
  return f.rows[0]!;
};
const valueOf = (cell: string, delimiter = ",") => csv(`Year${delimiter}Value\n2020${delimiter}${cell}\n`);
const yearOf = (cell: string) => csv(`Year,Value\n"${cell}",1\n`);

describe("GeoCodes", () => {
  it("maps the Land's codes to official keys", () => {
    const table: [string, string | null, string | null][] = [
      ["K03405", "03405", "district"], // Wilhelmshaven
      ["K03461", "03461", "district"], // Wesermarsch
      ["K03454", "03454", "district"], // Emsland
      ["K03103", "03103", "district"], // Wolfsburg
      ["K030", "03", "land"], // Niedersachsen
      ["K031", null, "region"],
      ["K032", null, "region"],
      ["K033", null, "region"],
      ["K034", null, "region"],
      ["K03454032", "03454032", "municipality"],
      ["K160", "16", "land"],
      ["K010", "01", "land"],
    ];
    for (const [code, ags, level] of table) {
      assert.equal(agsOfGeoCode(code), ags, code);
      assert.equal(parseGeoCode(code)?.level ?? null, level, code);
    }
  });

  it("refuses anything that is not K and an official key", () => {
    for (const code of ["03405", "030", "k03405", "K", "K0", "K03", "K0340", "K034050", "K034050001", "K000", "K170", "K99123", "K 03405", "K03405 ", "DE-NI", "X03405"]) {
      assert.equal(parseGeoCode(code), null, code);
      assert.equal(agsOfGeoCode(code), null, code);
    }
  });
});

describe("indicatorIdOf", () => {
  it("names data and metadata files", () => {
    const table: [string, ReturnType<typeof indicatorIdOf>][] = [
      ["indicator_1-1.csv", { kind: "data", id: "1-1" }],
      ["data/indicator_1-1.csv", { kind: "data", id: "1-1" }],
      ["C:\\sdg\\data\\indicator_2-3a.csv", { kind: "data", id: "2-3a" }],
      ["indicator_2-3A.CSV", { kind: "data", id: "2-3a" }],
      ["indicator_1-1-1.csv", { kind: "data", id: "1-1-1" }],
      ["1-1.md", { kind: "meta", id: "1-1" }],
      ["meta/1-1.md", { kind: "meta", id: "1-1" }],
      ["meta/2-3a.yml", { kind: "meta", id: "2-3a" }],
      ["meta/2-3a.yaml", { kind: "meta", id: "2-3a" }],
      ["2-3a.yml", null], // outside meta/ a .yml is a translation file
      ["README.md", null],
      ["meta/README.md", null],
      ["indicator_.csv", null],
      ["indicator_1--1.csv", null],
      ["indicator_1_1.csv", null],
      ["indicator_1-1.xlsx", null],
      ["indicators.yml", null],
      ["1-1.csv", null],
      ["data/indicator_1-1.csv.bak", null],
    ];
    for (const [name, expected] of table) assert.deepEqual(indicatorIdOf(name), expected, name);
  });
});

describe("parseIndicatorCsv: header", () => {
  it("strips the byte-order mark", () => {
    const row = only(csv("\uFEFFYear,Value\n2020,1\n"));
    assert.equal(row.year, 2020);
  });

  it("ignores spaces around column names", () => {
    const f = csv(" Year , Geschlecht ,  Units,GeoCode , Value \n2020,weiblich,Prozent,K030,1\n");
    assert.deepEqual(f.breakdownColumns, ["Geschlecht"]);
    assert.deepEqual(only(f), { line: 2, year: 2020, period: "2020", breakdown: { Geschlecht: "weiblich" }, unit: "Prozent", geoCode: "K030", ags: "03", value: 1 });
  });

  it("takes the columns in any order", () => {
    const row = only(csv("Value,GeoCode,Kategorie,Year\n4.5,K03405,Deutsche,2021\n"));
    assert.deepEqual(row.breakdown, { Kategorie: "Deutsche" });
    assert.equal(row.value, 4.5);
    assert.equal(row.year, 2021);
  });

  it("requires Year and Value", () => {
    assert.deepEqual(csv("Jahr,Value\n2020,1\n").errors, [{ line: 1, column: "Year", code: "missingColumn", values: { column: "Year" } }]);
    assert.deepEqual(csv("Year,Wert\n2020,1\n").errors, [{ line: 1, column: "Value", code: "missingColumn", values: { column: "Value" } }]);
    assert.deepEqual(codes(csv("Gebietseinheit\nEmsland\n")), ["missingColumn", "missingColumn"]);
  });

  it("is case-sensitive, and says so instead of taking `year` for a breakdown", () => {
    assert.deepEqual(csv("year,Value\n2020,1\n").errors, [{ line: 1, column: "year", code: "columnCase", values: { column: "year", expected: "Year" } }]);
    // A GeoCode column misspelt must not turn a district's figures into the Land's.
    assert.deepEqual(csv("Year,Geocode,Value\n2020,K03405,1\n").errors, [{ line: 1, column: "Geocode", code: "columnCase", values: { column: "Geocode", expected: "GeoCode" } }]);
    assert.deepEqual(codes(csv("Year,UNITS,VALUE\n2020,x,1\n")), ["columnCase", "columnCase"]);
  });

  it("refuses a column twice", () => {
    assert.deepEqual(csv("Year,Kategorie,Kategorie,Value\n2020,a,b,1\n").errors, [{ line: 1, column: "Kategorie", code: "duplicateColumn", values: { column: "Kategorie" } }]);
  });

  it("needs a header", () => {
    for (const text of ["", "\uFEFF", "\n\n", "\r\n"]) assert.deepEqual(csv(text).errors, [{ line: 0, code: "emptyFile" }], JSON.stringify(text));
  });

  it("takes a header without rows as a file without values", () => {
    assert.deepEqual(csv("Year,Value\n"), { id: "9-9", breakdownColumns: [], rows: [], emptyValues: 0, errors: [] });
  });

  it("keeps Units and GeoCode optional", () => {
    assert.deepEqual(only(csv("Year,Value\n2020,1\n")), { line: 2, year: 2020, period: "2020", breakdown: {}, unit: null, geoCode: null, ags: null, value: 1 });
  });

  it("refuses an id that is not an indicator id", () => {
    for (const id of ["", "1 1", "../1-1", "1--1", "-1"]) assert.deepEqual(codes(parseIndicatorCsv(id, "Year,Value\n2020,1\n")), ["badId"], id);
    for (const id of ["1", "1-1", "2-3a", "A-1"]) assert.deepEqual(codes(parseIndicatorCsv(id, "Year,Value\n2020,1\n")), [], id);
  });
});

describe("parseIndicatorCsv: breakdowns", () => {
  it("leaves empty values out (Open SDG: empty means all)", () => {
    const f = csv("Year,Gebietseinheit,Geschlecht,Value\n2020,Emsland,,1\n2020,,,2\n2020, Emsland , weiblich ,3\n");
    assert.deepEqual(codes(f), []);
    assert.deepEqual(f.rows.map((r) => r.breakdown), [{ Gebietseinheit: "Emsland" }, {}, { Gebietseinheit: "Emsland", Geschlecht: "weiblich" }]);
  });

  it("reads quoted values with commas, quotes and line breaks", () => {
    const f = csv('Year,Gebietseinheit,Hinweis,Value\n2020,"Wilhelmshaven, Stadt","sagt ""vorläufig""",1\n2021,"Wolfsburg, Stadt","zwei\nZeilen",2\n2022,"  Emsland  ",,3\n');
    assert.deepEqual(codes(f), []);
    assert.deepEqual(f.rows.map((r) => [r.line, r.breakdown]), [
      [2, { Gebietseinheit: "Wilhelmshaven, Stadt", Hinweis: 'sagt "vorläufig"' }],
      [3, { Gebietseinheit: "Wolfsburg, Stadt", Hinweis: "zwei\nZeilen" }],
      [5, { Gebietseinheit: "Emsland" }],
    ]);
  });

  it("reads units as written", () => {
    const f = csv("Year,Units,Value\n2020,Prozent,1\n2020,Anzahl,250\n2021,,3\n");
    assert.deepEqual(f.rows.map((r) => r.unit), ["Prozent", "Anzahl", null]);
  });
});

describe("parseIndicatorCsv: Value", () => {
  it("reads numbers as Open SDG writes them", () => {
    const table: [string, number][] = [["12", 12], ["12.5", 12.5], ["-3.25", -3.25], ["+2", 2], [".5", 0.5], ["5.", 5], ["0", 0], ["1e3", 1000], ["1.5E-2", 0.015], ["007", 7]];
    for (const [cell, n] of table) assert.equal(only(valueOf(cell)).value, n, cell);
  });

  it("refuses what is not a number, naming line and column", () => {
    for (const cell of ["k. A.", "<3", "12%", "1 234", "0x10", "Infinity", "NaN", "1e999", "12.5.1", "-", "'12", "—", '"1,5"']) {
      assert.deepEqual(valueOf(cell).errors, [{ line: 2, column: "Value", code: "badValue", values: { value: cell.replace(/^"(.*)"$/, "$1") } }], cell);
    }
  });

  it("skips an empty value without an error and counts it", () => {
    const f = csv("Year,Kategorie,Value\n2020,Deutsche,\n2020,Ausländer*innen,  \n2021,Deutsche,3\n");
    assert.deepEqual(codes(f), []);
    assert.equal(f.emptyValues, 2);
    assert.deepEqual(f.rows.map((r) => r.line), [4]);
  });

  it("does not look further into a row without a value", () => {
    // Nothing from such a row is imported, so its other cells cannot be wrong.
    const f = csv("Year,GeoCode,Value\nunbekannt,XYZ,\n");
    assert.deepEqual(codes(f), []);
    assert.equal(f.emptyValues, 1);
  });

  it("skips lines of bare separators without counting them", () => {
    const f = csv("Year,Kategorie,Value\n2020,a,1\n,,\n\n2021,a,2\n,,\n");
    assert.deepEqual(codes(f), []);
    assert.equal(f.emptyValues, 0);
    assert.deepEqual(f.rows.map((r) => r.line), [2, 5]);
  });
});

describe("parseIndicatorCsv: Year", () => {
  it("takes the first four-digit year and keeps the text as the period", () => {
    const table: [string, number][] = [
      ["2019", 2019],
      ["Juni 2007", 2007],
      ["30. Juni 2007", 2007],
      ["31.12.2019", 2019],
      ["2019/20", 2019],
      ["2019/2020", 2019],
      ["Schuljahr 2019/20", 2019],
      ["2019-06", 2019],
      ["2019.0", 2019],
      ["1900", 1900],
      ["2100", 2100],
    ];
    for (const [cell, year] of table) {
      const row = only(yearOf(cell));
      assert.equal(row.year, year, cell);
      assert.equal(row.period, cell, cell);
    }
  });

  it("refuses a year without four digits", () => {
    for (const cell of ["19", "20190", "Juni", "unbekannt", "'19/'20"]) {
      assert.deepEqual(yearOf(cell).errors, [{ line: 2, column: "Year", code: "badYear", values: { value: cell } }], cell);
    }
    assert.deepEqual(csv("Year,Value\n,1\n").errors, [{ line: 2, column: "Year", code: "badYear", values: { value: "" } }]);
  });

  it("refuses a year outside 1900–2100", () => {
    for (const [cell, year] of [["1899", 1899], ["2101", 2101], ["Juni 1850", 1850], ["9999", 9999]] as const) {
      assert.deepEqual(yearOf(cell).errors, [{ line: 2, column: "Year", code: "yearOutOfRange", values: { year, min: 1900, max: 2100 } }], cell);
    }
  });

  it("reports every problem of a row at once", () => {
    assert.deepEqual(codes(csv("Year,GeoCode,Value\nx,03405,y\n")), ["badYear", "badValue", "badGeoCode"]);
  });
});

describe("parseIndicatorCsv: GeoCode", () => {
  it("reads K-prefixed official keys and leaves the Land's empty cells empty", () => {
    const f = csv("Year,GeoCode,Value\n2020,K03405,1\n2020,K030,2\n2020,K034,3\n2020,,4\n2020,K03454032,5\n");
    assert.deepEqual(codes(f), []);
    assert.deepEqual(f.rows.map((r) => [r.geoCode, r.ags]), [["K03405", "03405"], ["K030", "03"], ["K034", null], [null, null], ["K03454032", "03454032"]]);
  });

  it("refuses a code without K or of no Land", () => {
    for (const code of ["03405", "k03405", "K99123", "K0340", "Emsland"]) {
      assert.deepEqual(csv(`Year,GeoCode,Value\n2020,${code},1\n`).errors, [{ line: 2, column: "GeoCode", code: "badGeoCode", values: { value: code } }], code);
    }
  });

  it("asks the caller about well-formed codes only", () => {
    const asked: string[] = [];
    const known = (c: string) => {
      asked.push(c);
      return c !== "K03499";
    };
    const f = csv("Year,GeoCode,Value\n2020,K03405,1\n2020,K03499,2\n2020,03405,3\n2020,,4\n", { knownGeoCodes: known });
    assert.deepEqual(asked, ["K03405", "K03499"]);
    assert.deepEqual(f.errors, [
      { line: 3, column: "GeoCode", code: "unknownGeoCode", values: { value: "K03499" } },
      { line: 4, column: "GeoCode", code: "badGeoCode", values: { value: "03405" } },
    ]);
  });
});

describe("parseIndicatorCsv: duplicates and field counts", () => {
  it("refuses the same year, period, breakdown, unit and GeoCode twice, naming both lines", () => {
    const f = csv("Year,Kategorie,Units,GeoCode,Value\n2020,a,Prozent,K030,1\n2020,b,Prozent,K030,2\n2020,a,Prozent,K030,1\n2020,a,Prozent,K030,9\n");
    assert.deepEqual(f.errors, [
      { line: 4, code: "duplicateRow", values: { line: 2 } },
      { line: 5, code: "duplicateRow", values: { line: 2 } },
    ]);
  });

  it("tells rows apart by any of the key's parts", () => {
    const f = csv(
      [
        "Year,Kategorie,Units,GeoCode,Value",
        "2020,a,Prozent,K030,1",
        "Juni 2020,a,Prozent,K030,1", // same year, other period
        "2021,a,Prozent,K030,1",
        "2020,,Prozent,K030,1",
        "2020,a,Anzahl,K030,1",
        "2020,a,,K030,1",
        "2020,a,Prozent,K031,1",
        "2020,a,Prozent,,1",
      ].join("\n"),
    );
    assert.deepEqual(codes(f), []);
    assert.equal(f.rows.length, 8);
  });

  it("takes a value of spaces for an empty one when comparing", () => {
    assert.deepEqual(csv('Year,Kategorie,Value\n2020,,1\n2020," ",2\n').errors, [{ line: 3, code: "duplicateRow", values: { line: 2 } }]);
  });

  it("refuses rows with more or fewer fields than the header", () => {
    assert.deepEqual(csv("Year,Kategorie,Value\n2020,a,1,x\n2020,b\n2021,c,3\n").errors, [
      { line: 2, code: "fieldCount", values: { expected: 3, found: 4 } },
      { line: 3, code: "fieldCount", values: { expected: 3, found: 2 } },
    ]);
  });

  it("ignores an unnamed trailing column while it is empty", () => {
    const ok = csv("Year;Value;\n2020;1;\n2021;2;\n");
    assert.deepEqual(codes(ok), []);
    assert.equal(ok.rows.length, 2);
    assert.deepEqual(csv("Year;Value;\n2020;1;Notiz\n").errors, [{ line: 2, code: "unnamedColumn", values: { position: 3, value: "Notiz" } }]);
  });
});

describe("parseIndicatorCsv: semicolons and decimal commas", () => {
  it("detects German Excel's semicolons from the header", () => {
    const f = csv("Year;Gebietseinheit;GeoCode;Value\n2020;Wilhelmshaven, Stadt;K03405;12,5\n");
    assert.deepEqual(only(f).breakdown, { Gebietseinheit: "Wilhelmshaven, Stadt" });
    assert.equal(only(f).value, 12.5);
  });

  it("reads decimal commas in semicolon files only", () => {
    const table: [string, number][] = [["12,5", 12.5], ["-0,25", -0.25], [",5", 0.5], ["7", 7], ["1,5e3", 1500]];
    for (const [cell, n] of table) assert.equal(only(valueOf(cell, ";")).value, n, cell);
    assert.deepEqual(codes(valueOf('"12,5"')), ["badValue"]);
  });

  it("refuses dots in semicolon files, where Excel writes them as thousands separators", () => {
    for (const cell of ["1.234", "12.5", "1.234,5", "1,2,3"]) assert.deepEqual(codes(valueOf(cell, ";")), ["badValue"], cell);
  });

  it("is not misled by delimiters inside quoted column names", () => {
    assert.deepEqual(only(csv('Year,"Art; Herkunft; Status",Value\n2020,a,1.5\n')).breakdown, { "Art; Herkunft; Status": "a" });
    assert.equal(only(csv('Year;"Art, Herkunft, Status";Value\n2020;a;1,5\n')).value, 1.5);
  });
});

describe("parseIndicatorCsv: line numbers", () => {
  it("counts file lines, with CRLF, blank lines, quoted line breaks and no final line end", () => {
    const f = csv('Year,Hinweis,Value\r\n2019,"a\r\nb",x\r\n\r\n2020,,y\n  \n2021,"c\n\nd",z\n2022,e,w');
    assert.deepEqual(f.errors.map((e) => e.line), [2, 5, 7, 10]);
  });

  it("reports an unreadable file with the line the parser stopped at", () => {
    assert.deepEqual(csv('Year,Kategorie,Value\n2019,"a,1\n2020,x,2\n').errors, [{ line: 3, code: "unreadable", values: { reason: "CSV_QUOTE_NOT_CLOSED" } }]);
    assert.deepEqual(codes(csv('Year,Kategorie,Value\n2019,a"b,1\n')), ["unreadable"]);
  });
});

describe("parseIndicatorCsv: limits", () => {
  it("stops collecting errors after MAX_ERRORS", () => {
    const text = "Year,Value\n" + "2020,x\n".repeat(MAX_ERRORS + 100);
    const f = csv(text);
    assert.equal(f.errors.length, MAX_ERRORS + 1);
    assert.deepEqual(f.errors.at(-1), { line: 0, code: "tooManyErrors", values: { max: MAX_ERRORS } });
  });

  it("refuses more than MAX_ROWS rows", () => {
    const f = csv("Year,Value\n" + "2020,1\n".repeat(MAX_ROWS + 1));
    assert.deepEqual(f.errors, [{ line: 0, code: "tooManyRows", values: { max: MAX_ROWS } }]);
    assert.deepEqual(f.rows, []);
  });
});

describe("parseIndicatorCsv: the fixtures", () => {
  it("reads indicator 1-1 (BOM, K-codes, breakdowns, quoted names, suppressed values)", () => {
    const f = parseIndicatorCsv("1-1", fixture("data/indicator_1-1.csv"));
    assert.deepEqual(f.errors, []);
    assert.deepEqual(f.breakdownColumns, ["Gebietseinheit", "Geschlecht"]);
    assert.equal(f.rows.length, 9 * 6 + 9 * 3 * 2 - 2);
    assert.equal(f.emptyValues, 2);
    assert.deepEqual([...new Set(f.rows.map((r) => r.year))], [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    assert.deepEqual(
      new Map(f.rows.map((r) => [r.geoCode, r.ags])),
      new Map([["K030", "03"], ["K031", null], ["K03405", "03405"], ["K03461", "03461"], ["K03454", "03454"], ["K03103", "03103"]]),
    );
    assert.deepEqual(f.rows[0], { line: 2, year: 2015, period: "2015", breakdown: { Gebietseinheit: "Niedersachsen" }, unit: "Prozent", geoCode: "K030", ags: "03", value: 9.6 });
    const whv = f.rows.find((r) => r.geoCode === "K03405" && r.year === 2023 && r.breakdown.Geschlecht === "weiblich");
    assert.deepEqual(whv?.breakdown, { Gebietseinheit: "Wilhelmshaven, Stadt", Geschlecht: "weiblich" });
    assert.ok(f.rows.every((r) => r.unit === "Prozent" && r.value > 0 && r.value < 30));
  });

  it("reads indicator 2-3 (Land level without GeoCode, 'Juni 2007', CRLF)", () => {
    const f = parseIndicatorCsv("2-3", fixture("data/indicator_2-3.csv"));
    assert.deepEqual(f.errors, []);
    assert.equal(f.rows.length, 27);
    assert.ok(f.rows.every((r) => r.geoCode === null && r.ags === null && r.unit === null && r.period === `Juni ${r.year}`));
    assert.deepEqual(f.rows.slice(0, 3).map((r) => [r.line, r.year, r.breakdown]), [
      [2, 2007, { Kategorie: "Deutsche" }],
      [3, 2007, { Kategorie: "Ausländer*innen" }],
      [4, 2007, {}],
    ]);
    assert.deepEqual(f.rows.at(-1)?.year, 2023);
  });

  it("reads indicator 3-2a (school years, statistical region)", () => {
    const f = parseIndicatorCsv("3-2a", fixture("data/indicator_3-2a.csv"));
    assert.deepEqual(f.errors, []);
    assert.deepEqual(f.rows[0], { line: 2, year: 2015, period: "2015/16", breakdown: { Staatsangehörigkeit: "deutsch" }, unit: null, geoCode: "K030", ags: "03", value: 4.3 });
    assert.deepEqual([...new Set(f.rows.map((r) => r.ags))], ["03", null]);
  });

  it("reports the malformed files row by row", () => {
    const m = (name: string, opts?: Parameters<typeof parseIndicatorCsv>[2]) => parseIndicatorCsv("9-9", fixture(`malformed/${name}`), opts);
    assert.deepEqual(m("wrong-columns.csv").errors, [
      { line: 1, column: "year", code: "columnCase", values: { column: "year", expected: "Year" } },
      { line: 1, column: "Value", code: "missingColumn", values: { column: "Value" } },
    ]);
    assert.deepEqual(m("unknown-geocode.csv", { knownGeoCodes: (c) => c !== "K03499" }).errors, [
      { line: 3, column: "GeoCode", code: "badGeoCode", values: { value: "03405" } },
      { line: 4, column: "GeoCode", code: "badGeoCode", values: { value: "K99123" } },
      { line: 6, column: "GeoCode", code: "unknownGeoCode", values: { value: "K03499" } },
    ]);
    assert.deepEqual(m("duplicates.csv").errors, [
      { line: 5, code: "duplicateRow", values: { line: 2 } },
      { line: 6, code: "duplicateRow", values: { line: 3 } },
    ]);
    assert.deepEqual(m("non-numbers.csv").errors, [
      { line: 2, column: "Value", code: "badValue", values: { value: "k. A." } },
      { line: 3, column: "Value", code: "badValue", values: { value: "12,5" } },
      { line: 4, column: "Value", code: "badValue", values: { value: "<3" } },
      { line: 5, column: "Year", code: "badYear", values: { value: "Stichtag unbekannt" } },
      { line: 6, column: "Year", code: "yearOutOfRange", values: { year: 1850, min: 1900, max: 2100 } },
      { line: 7, column: "Value", code: "badValue", values: { value: "1e999" } },
    ]);
    assert.deepEqual(m("field-count.csv").errors, [
      { line: 2, code: "fieldCount", values: { expected: 3, found: 4 } },
      { line: 3, code: "fieldCount", values: { expected: 3, found: 2 } },
    ]);
    assert.deepEqual(m("excel-semicolon-dot.csv").errors, [{ line: 2, column: "Value", code: "badValue", values: { value: "1.234" } }]);
  });

  it("reads German Excel's semicolon file", () => {
    const f = parseIndicatorCsv("9-9", fixture("malformed/excel-semicolon.csv"));
    assert.deepEqual(f.errors, []);
    assert.deepEqual(f.rows.map((r) => [r.line, r.year, r.ags, r.value]), [[2, 2022, "03461", 7.9], [3, 2023, "03461", 8.25], [4, 2023, "03", -0.5]]);
  });
});

describe("parseTranslations and translate", () => {
  it("makes keys of the file name and the top-level keys", () => {
    const t = parseTranslations([
      { name: "translations/de/indicators.yml", text: "\uFEFF1-1-title: Anteil\n2-3-title: 'Quote: Beschäftigte'\n" },
      { name: "global_indicators.yml", text: "1-1-1-title: Armut\n" },
      { name: "general.yaml", text: "nested:\n  key: verschachtelt\nyear: 2020\nempty:\n" },
    ]);
    assert.deepEqual([...t], [
      ["indicators.1-1-title", "Anteil"],
      ["indicators.2-3-title", "Quote: Beschäftigte"],
      ["global_indicators.1-1-1-title", "Armut"],
      ["general.nested.key", "verschachtelt"],
      ["general.year", "2020"],
    ]);
  });

  it("lets a later file win and takes an empty file as no keys", () => {
    const t = parseTranslations([{ name: "a.yml", text: "x: eins\n" }, { name: "b.yml", text: "" }, { name: "a.yml", text: "x: zwei\n" }]);
    assert.deepEqual([...t], [["a.x", "zwei"]]);
  });

  it("throws for YAML that does not parse or is no mapping", () => {
    assert.throws(() => parseTranslations([{ name: "a.yml", text: "x: eins\ny: [zwei\n" }]), (e: unknown) => e instanceof OpenSdgError && e.issue.code === "badTranslations" && e.issue.line > 0);
    assert.throws(() => parseTranslations([{ name: "a.yml", text: "- eins\n- zwei\n" }]), (e: unknown) => e instanceof OpenSdgError && e.issue.code === "badTranslations");
  });

  it("resolves keys, keeps text and flags keys it cannot resolve", () => {
    const t: Translations = new Map([["indicators.1-1-title", "Anteil"]]);
    assert.deepEqual(translate("indicators.1-1-title", t), { text: "Anteil", unresolved: false });
    assert.deepEqual(translate("indicators.1-2-title", t), { text: "indicators.1-2-title", unresolved: true });
    // Open SDG's own groups are keys even when their files were not given.
    assert.deepEqual(translate("global_indicators.1-1-1-title", t), { text: "global_indicators.1-1-1-title", unresolved: true });
    for (const text of ["Prozent", "www.statistik.niedersachsen.de", "z.B.", "Art. 116 GG", "1.1", "e.V.", "https://lsn.de/x.y"]) {
      assert.deepEqual(translate(text, t), { text, unresolved: false }, text);
    }
  });
});

describe("parseIndicatorMeta", () => {
  const translations = parseTranslations([{ name: "indicators.yml", text: fixture("translations/de/indicators.yml") }]);

  it("reads the fixture 1-1 with translated name", () => {
    const m = parseIndicatorMeta("1-1", fixture("meta/1-1.md"), translations);
    assert.deepEqual({ ...m, raw: undefined }, {
      id: "1-1",
      name: "Anteil der ausländischen Bevölkerung an der Gesamtbevölkerung",
      number: "1.1",
      description: "Der Indikator beschreibt, wie groß der Anteil der Menschen ohne deutsche Staatsangehörigkeit an der Bevölkerung ist.",
      definition: "Ausländische Bevölkerung sind alle Personen, die nicht Deutsche im Sinne des Art. 116 Abs. 1 GG sind, einschließlich der Staatenlosen.",
      calculation: "Ausländische Bevölkerung am 31.12. / Bevölkerung insgesamt am 31.12. × 100",
      source: "Landesamt für Statistik Niedersachsen (LSN); Ausländerzentralregister (AZR)",
      sourceUrl: "https://www.statistik.niedersachsen.de/",
      unit: "Prozent",
      footnote: "Bevölkerung auf Grundlage des Zensus 2011; ab 2022 auf Grundlage des Zensus 2022.",
      graphType: "line",
      decimals: 1,
      reportingStatus: "complete",
      body: "Testdaten: erfundene Werte, siehe README.md im Fixture-Ordner.",
      raw: undefined,
      warnings: [],
    });
    // raw is the front matter as written, keys untranslated, types kept.
    assert.equal(m.raw.indicator_name, "indicators.1-1-title");
    assert.equal(m.raw.data_show_map, true);
    assert.equal(m.raw.decimal_places, 1);
  });

  it("reads the fixture 2-3 and reports the key it cannot resolve, keeping it as text", () => {
    const m = parseIndicatorMeta("2-3", fixture("meta/2-3.md"), translations);
    assert.equal(m.name, "Beschäftigungsquote von Deutschen und Ausländer*innen");
    assert.equal(m.unit, "Prozent");
    assert.equal(m.graphType, "bar");
    assert.equal(m.definition, "Sozialversicherungspflichtig Beschäftigte am Arbeitsort im Alter von 15 bis unter 65 Jahren, bezogen auf die Bevölkerung derselben Altersgruppe und Staatsangehörigkeit.");
    assert.equal(m.footnote, "indicators.2-3-footnote");
    assert.equal(m.body, "");
    assert.deepEqual(m.warnings, [{ line: 0, column: "data_footnote", code: "unresolvedKey", values: { key: "indicators.2-3-footnote" } }]);
  });

  it("falls back to graph_title, then to the id", () => {
    assert.equal(parseIndicatorMeta("1-1", "---\ngraph_title: Titel der Grafik\n---\n", new Map()).name, "Titel der Grafik");
    const m = parseIndicatorMeta("1-1", "---\ngraph_type: line\n---\n", new Map());
    assert.equal(m.name, "1-1");
    assert.deepEqual(m.warnings, [{ line: 0, column: "indicator_name", code: "missingName" }]);
  });

  it("keeps numbers as written and fills absent fields with empty values", () => {
    const m = parseIndicatorMeta("1-10", "---\nindicator_name: Zehn\nindicator_number: 1.10\n---\n", new Map());
    assert.equal(m.number, "1.10");
    assert.deepEqual(
      { d: m.definition, c: m.calculation, s: m.source, u: m.sourceUrl, unit: m.unit, g: m.graphType, dec: m.decimals, r: m.reportingStatus, f: m.footnote },
      { d: "", c: "", s: "", u: null, unit: "", g: null, dec: null, r: null, f: "" },
    );
  });

  it("reads decimal_places from 0 to 10 and warns about anything else", () => {
    for (const [v, n] of [["0", 0], ["2", 2], ["'3'", 3], ["10", 10]] as const) {
      assert.equal(parseIndicatorMeta("1-1", `---\nindicator_name: x\ndecimal_places: ${v}\n---\n`, new Map()).decimals, n, v);
    }
    for (const v of ["-1", "1.5", "eins", "11"]) {
      const m = parseIndicatorMeta("1-1", `---\nindicator_name: x\ndecimal_places: ${v}\n---\n`, new Map());
      assert.equal(m.decimals, null, v);
      assert.deepEqual(m.warnings, [{ line: 0, column: "decimal_places", code: "badDecimals", values: { value: v } }], v);
    }
  });

  it("takes only http(s) source URLs, as they end up in links", () => {
    const m = parseIndicatorMeta(
      "1-1",
      "---\nindicator_name: x\nsource_url_1: javascript:alert(1)\nsource_url_2: https://www.statistik.niedersachsen.de/a\nsource_url_3: http://example.org/\nsource_organisation_2: Zwei\nsource_organisation_1: Eins\nsource_organisation_10: Zehn\n---\n",
      new Map(),
    );
    assert.equal(m.sourceUrl, "https://www.statistik.niedersachsen.de/a");
    assert.equal(m.source, "Eins; Zwei; Zehn");
    assert.deepEqual(m.warnings, [{ line: 0, column: "source_url_1", code: "badUrl", values: { value: "javascript:alert(1)" } }]);
  });

  it("reads CRLF, a BOM and plain YAML without front matter", () => {
    assert.equal(parseIndicatorMeta("1-1", "\uFEFF---\r\nindicator_name: A\r\n---\r\nText\r\n", new Map()).name, "A");
    assert.equal(parseIndicatorMeta("1-1", "indicator_name: B\ngraph_type: line\n", new Map()).name, "B");
  });

  it("throws for a file that cannot be read, with the file's line", () => {
    const fails = (text: string, line: number) =>
      assert.throws(() => parseIndicatorMeta("1-1", text, new Map()), (e: unknown) => e instanceof OpenSdgError && e.issue.code === "badFrontMatter" && e.issue.line === line, text);
    fails(fixture("malformed/broken-front-matter.md"), 4);
    fails("# Nur Markdown\n\nKein YAML.\n", 1);
    fails("---\n- eine\n- Liste\n---\n", 2);
    fails("---\na: 1\na: 2\n---\n", 3);
    assert.throws(() => parseIndicatorMeta("../x", "indicator_name: x\n", new Map()), (e: unknown) => e instanceof OpenSdgError && e.issue.code === "badId");
  });
});

describe("parseOpenSdgFiles", () => {
  it("reads an upload: translations first, duplicates and misnamed files reported", () => {
    const r = parseOpenSdgFiles([
      { name: "1-1.md", text: "---\nindicator_name: indicators.1-1-title\n---\n" },
      { name: "indicators.yml", text: "1-1-title: Hochgeladen\n" },
      { name: "indicator_1-1.csv", text: "Year,Value\n2020,1\n" },
      { name: "data/indicator_1-1.csv", text: "Year,Value\n2020,2\n" },
      { name: "daten.csv", text: "Year,Value\n2020,1\n" },
      { name: "translations/en/indicators.yml", text: "1-1-title: English\n" },
      { name: "notes.txt", text: "…" },
    ]);
    assert.deepEqual(r.meta.map((m) => [m.file, m.name]), [["1-1.md", "Hochgeladen"]]);
    assert.deepEqual(r.files.map((f) => [f.file, f.rows[0]?.value]), [["indicator_1-1.csv", 1]]);
    assert.deepEqual(r.problems, [
      { file: "data/indicator_1-1.csv", line: 0, code: "duplicateFile", severity: "error", values: { file: "indicator_1-1.csv" } },
      { file: "daten.csv", line: 0, code: "ignoredFile", severity: "warning" },
    ]);
  });

  it("keeps going past a broken file and does not call its indicator's meta missing", () => {
    const r = parseOpenSdgFiles([
      { name: "translations/de/indicators.yml", text: "a: [b\n" },
      { name: "meta/1-1.md", text: "---\nx: [\n---\n" },
      { name: "data/indicator_1-1.csv", text: "Year,Value\n2020,1\n" },
      { name: "data/indicator_1-2.csv", text: "Year,Value\n2020,x\n" },
    ]);
    assert.deepEqual(r.files.map((f) => [f.id, codes(f)]), [["1-1", []], ["1-2", ["badValue"]]]);
    assert.deepEqual(r.problems.map((p) => [p.file, p.code, p.severity]), [
      ["translations/de/indicators.yml", "badTranslations", "error"],
      ["meta/1-1.md", "badFrontMatter", "error"],
      ["data/indicator_1-2.csv", "missingMeta", "warning"],
    ]);
  });

  it("passes knownGeoCodes on", () => {
    const r = parseOpenSdgFiles([{ name: "indicator_1-1.csv", text: "Year,GeoCode,Value\n2020,K03405,1\n" }], { knownGeoCodes: () => false });
    assert.deepEqual(codes(r.files[0]!), ["unknownGeoCode"]);
  });
});

describe("readOpenSdgFolder", () => {
  it("reads the fixtures as a data repository", async () => {
    const r = await readOpenSdgFolder(FIXTURES);
    assert.deepEqual(r.files.map((f) => [f.file, f.id, f.rows.length, f.emptyValues, f.errors.length]), [
      ["data/indicator_1-1.csv", "1-1", 106, 2, 0],
      ["data/indicator_2-3.csv", "2-3", 27, 0, 0],
      ["data/indicator_3-2a.csv", "3-2a", 32, 0, 0],
    ]);
    assert.deepEqual(r.meta.map((m) => [m.file, m.id, m.name]), [
      ["meta/1-1.md", "1-1", "Anteil der ausländischen Bevölkerung an der Gesamtbevölkerung"],
      ["meta/2-3.md", "2-3", "Beschäftigungsquote von Deutschen und Ausländer*innen"],
    ]);
    assert.deepEqual(r.problems, [
      { file: "meta/2-3.md", line: 0, column: "data_footnote", code: "unresolvedKey", severity: "warning", values: { key: "indicators.2-3-footnote" } },
      { file: "data/indicator_3-2a.csv", line: 0, code: "missingMeta", severity: "warning", values: { id: "3-2a" } },
    ]);
    // Only German: the English file's title is nowhere.
    assert.ok(![...r.translations.values()].some((v) => v.startsWith("Share of")));
    assert.equal(r.translations.get("indicators.3-2a-title"), "Schulabgänger*innen ohne Hauptschulabschluss nach Staatsangehörigkeit");
  });

  it("reads a folder with just some files, Windows-1252 included", async () => {
    const dir = await mkdtemp(join(tmpdir(), "opensdg-"));
    try {
      await copyFile(join(FIXTURES, "data/indicator_2-3.csv"), join(dir, "indicator_2-3.csv"));
      await copyFile(join(FIXTURES, "meta/2-3.md"), join(dir, "2-3.md"));
      await copyFile(join(FIXTURES, "malformed/excel-ansi.csv"), join(dir, "indicator_9-1.csv"));
      await copyFile(join(FIXTURES, "README.md"), join(dir, "README.md"));
      await writeFile(join(dir, "config_data.yml"), "languages: [de]\n");
      await writeFile(join(dir, "export.csv"), "Year,Value\n");
      const r = await readOpenSdgFolder(dir);
      assert.deepEqual(r.files.map((f) => [f.file, f.rows.length, f.errors.length]), [["indicator_2-3.csv", 27, 0], ["indicator_9-1.csv", 2, 0]]);
      assert.deepEqual(r.files[1]!.rows.map((x) => [x.breakdown.Kategorie, x.value]), [["Ausländer*innen", 12.5], ["Männer", 3]]);
      assert.deepEqual(r.meta.map((m) => m.name), ["indicators.2-3-title"]);
      assert.equal(r.translations.size, 0);
      assert.deepEqual(r.problems.map((p) => [p.file, p.code, p.severity]), [
        ["indicator_9-1.csv", "legacyEncoding", "warning"],
        ["2-3.md", "unresolvedKey", "warning"],
        ["2-3.md", "unresolvedKey", "warning"],
        ["2-3.md", "unresolvedKey", "warning"],
        ["export.csv", "ignoredFile", "warning"],
        ["indicator_9-1.csv", "missingMeta", "warning"],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("decodeText", () => {
  it("reads UTF-8, else Windows-1252", () => {
    assert.deepEqual(decodeText(new TextEncoder().encode("Ausländer*innen")), { text: "Ausländer*innen", legacy: false });
    assert.deepEqual(decodeText(Uint8Array.from([0x41, 0x75, 0x73, 0x6c, 0xe4, 0x6e, 0x64, 0x65, 0x72, 0x80])), { text: "Ausländer€", legacy: true });
    assert.deepEqual(decodeText(Uint8Array.from([0x84, 0x78, 0x93, 0x20, 0x96, 0x20, 0x35, 0x80, 0x20, 0xdf, 0x81])), { text: "„x“ – 5€ ß\x81", legacy: true });
  });
});

describe("error codes", () => {
  it("are unique i18n key parts", () => {
    assert.equal(new Set(ERROR_CODES).size, ERROR_CODES.length);
    for (const c of ERROR_CODES) assert.match(c, /^[a-z][A-Za-z]+$/);
  });
});

describe("parseIndicatorCsv: property", () => {
  const CHARS = [..."abcxyzäöüßABC019 -*/()'\",;\n"];
  const cellText = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 10 }).map((s) => s.trim());
  const period = fc.oneof(
    fc.integer({ min: 1900, max: 2100 }).map((y) => ({ year: y, text: String(y) })),
    fc.integer({ min: 1900, max: 2100 }).map((y) => ({ year: y, text: `Juni ${y}` })),
    fc.integer({ min: 1900, max: 2099 }).map((y) => ({ year: y, text: `${y}/${String((y + 1) % 100).padStart(2, "0")}` })),
  );
  const row = fc.record({
    period,
    region: cellText,
    sex: fc.constantFrom("", "weiblich", "männlich"),
    unit: fc.constantFrom("", "Prozent", "Anzahl"),
    geo: fc.constantFrom("", "K030", "K031", "K03405", "K03461", "K03454", "K03103", "K03454032"),
    value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((v) => (v === 0 ? 0 : v)),
  });
  const COLUMNS = ["Year", "Gebietseinheit", "Geschlecht", "Units", "GeoCode", "Value"] as const;

  it("gives back what was written", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: (r) => JSON.stringify([r.period.text, r.region, r.sex, r.unit, r.geo]), maxLength: 25 }),
        fc.shuffledSubarray([...COLUMNS], { minLength: COLUMNS.length }),
        fc.constantFrom(",", ";"),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        (rows, order, delimiter, eol, bom) => {
          const cells = (r: (typeof rows)[number]): Record<(typeof COLUMNS)[number], string> => ({
            Year: r.period.text,
            Gebietseinheit: r.region,
            Geschlecht: r.sex,
            Units: r.unit,
            GeoCode: r.geo,
            Value: delimiter === ";" ? String(r.value).replace(".", ",") : String(r.value),
          });
          let text = (bom ? "\uFEFF" : "") + stringify([order], { delimiter, record_delimiter: eol });
          const lines: number[] = [];
          for (const r of rows) {
            lines.push(text.split("\n").length);
            // csv-stringify quotes only the record delimiter itself; a lone \n in a CRLF file needs quotes too.
            text += stringify([order.map((c) => cells(r)[c])], { delimiter, record_delimiter: eol, quoted_match: /\n/ });
          }
          const parsed = csv(text);
          assert.deepEqual(parsed.errors, []);
          assert.equal(parsed.emptyValues, 0);
          assert.deepEqual(
            parsed.rows,
            rows.map((r, i) => ({
              line: lines[i],
              year: r.period.year,
              period: r.period.text,
              breakdown: Object.fromEntries(order.filter((c) => (c === "Gebietseinheit" && r.region) || (c === "Geschlecht" && r.sex)).map((c) => [c, c === "Gebietseinheit" ? r.region : r.sex])),
              unit: r.unit || null,
              geoCode: r.geo || null,
              ags: r.geo ? agsOfGeoCode(r.geo) : null,
              value: r.value,
            })),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
