/**
 * renderPdf runs Typst in a child process: documents come back in order and
 * with their own data; a template error comes back as an error with Typst's
 * diagnostics; a panic in the compiler's native code fails the document it
 * was making, never this process, and the next document is made by a new one.
 */
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { renderPdf, stopPdf } from "./pdf.ts";

const SOURCE = `#let d = json("/data.json")
#set text(font: ("Noto Sans", "Noto Sans Arabic"), fallback: false)
#d.text
#image(bytes(d.svg), format: "svg", width: 50%)`;
const svg = (label: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" font-family="Noto Sans"><text x="190" y="20" text-anchor="end">${label}</text></svg>`;
const pdfText = (pdf: Buffer) => pdf.subarray(0, 5).toString("latin1");

describe("renderPdf", () => {
  after(() => stopPdf());

  test("documents made at the same time each get their own data", async () => {
    const pdfs = await Promise.all(Array.from({ length: 6 }, (_, i) => renderPdf(SOURCE, { text: `Dokument ${i}`, svg: svg(String(i)) })));
    for (const pdf of pdfs) assert.equal(pdfText(pdf), "%PDF-");
    // Each differs from the others: its own text went in.
    assert.equal(new Set(pdfs.map((p) => p.toString("base64"))).size, 6);
  });

  test("a template error is an error with the line it is on", async () => {
    await assert.rejects(renderPdf("#let d = json(\"/data.json\")\n#unknown-function()", {}), /main\.typ:2:2: unknown variable: unknown-function/);
    await assert.rejects(renderPdf('#import "@preview/cetz:0.3.0"', {}), /package imports are not allowed/);
  });

  test("a panic of the compiler fails its document, not this process; the next document is made", async () => {
    // usvg 0.43 (inside Typst) panics on a Persian digit before Latin text, and the panic aborts its process.
    await assert.rejects(renderPdf(SOURCE, { text: "x", svg: svg("۰ Prozent") }), /the PDF process stopped \(SIGABRT\)/);
    const next = await renderPdf(SOURCE, { text: "danach", svg: svg("0 Prozent") });
    assert.equal(pdfText(next), "%PDF-");
  });
});
