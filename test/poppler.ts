/**
 * Text and page counts of PDFs through Debian's poppler-utils (pdftotext,
 * pdfinfo), for tests that check what a reader of the PDF sees. Where the
 * tools are missing a test skips its text checks with a hint, except under CI,
 * which installs them: there a missing tool fails the test, so the checks can
 * never silently stop running.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestContext } from "node:test";

export const POPPLER = spawnSync("pdftotext", ["-v"]).error === undefined && spawnSync("pdfinfo", ["-v"]).error === undefined;

const MISSING = "pdftotext/pdfinfo not installed (apt-get install -y poppler-utils): text of the PDF not checked";

/** True when the test must stop here: it has been skipped (or, under CI, failed). */
export function withoutPoppler(t: TestContext): boolean {
  if (POPPLER) return false;
  if (process.env.CI) assert.fail(`CI must have poppler-utils: ${MISSING}`);
  t.skip(MISSING);
  return true;
}

/** Runs pdftotext (writing to stdout) or pdfinfo on the PDF. */
export function poppler(tool: "pdftotext" | "pdfinfo", args: string[], pdf: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "teilhabe-pdf-"));
  try {
    const file = path.join(dir, "doc.pdf");
    writeFileSync(file, pdf);
    const r = spawnSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
    assert.equal(r.status, 0, `${tool} failed: ${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bidi controls Typst puts around isolated runs; the reader does not see them. */
export const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069]/g;

export function pageCount(pdf: Uint8Array): number {
  const m = /^Pages:\s+(\d+)/m.exec(poppler("pdfinfo", [], pdf));
  assert.ok(m, "pdfinfo printed no page count");
  return Number(m[1]);
}

export interface Word { page: number; x: number; y: number; text: string }

/** Every word with its position (pdftotext -bbox), without bidi controls. */
export function words(pdf: Uint8Array): Word[] {
  const out: Word[] = [];
  poppler("pdftotext", ["-bbox"], pdf)
    .split("<page ")
    .forEach((page, i) => {
      // y is the vertical middle: an Arabic comma in a word makes its box taller than its neighbours'.
      for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        out.push({ page: i, x: Number(m[1]), y: (Number(m[2]) + Number(m[3])) / 2, text: (m[4] ?? "").replace(BIDI_CONTROLS, "") });
      }
    });
  return out;
}
