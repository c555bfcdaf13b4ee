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
