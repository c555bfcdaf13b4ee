/**
 * The Typst compiler itself, run in a child process of its own (pdf-child.mjs,
 * started by pdf.ts): a panic in its native code aborts the process it runs
 * in, and that must not be the server. See pdf.ts for the rules templates
 * follow.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { NodeCompiler, type NodeError } from "@myriaddreamin/typst-ts-node-compiler";
import { DATA_PATH } from "./pdf.ts";

/** Root of the compiler's project; deliberately absent from the disk. */
const ROOT = "/__teilhabe_typst_root__";
/** The template, also a virtual file, so that diagnostics carry line numbers. */
const MAIN_FILE = "main.typ";

const FONT_FILES: { pkg: string; files: string[] }[] = [
  {
    pkg: "@expo-google-fonts/noto-sans",
    files: ["400Regular/NotoSans_400Regular.ttf", "700Bold/NotoSans_700Bold.ttf", "400Regular_Italic/NotoSans_400Regular_Italic.ttf"],
  },
  {
    pkg: "@expo-google-fonts/noto-sans-arabic",
    files: ["400Regular/NotoSansArabic_400Regular.ttf", "700Bold/NotoSansArabic_700Bold.ttf"],
  },
];

let compiler: NodeCompiler | undefined;

function loadFonts(): Buffer[] {
  const require = createRequire(import.meta.url);
  return FONT_FILES.flatMap(({ pkg, files }) => {
    const dir = path.dirname(require.resolve(`${pkg}/package.json`));
    return files.map((f) => readFileSync(path.join(dir, f)));
  });
}

function getCompiler(): NodeCompiler {
  compiler ??= NodeCompiler.create({ workspace: ROOT, fontArgs: [{ fontBlobs: loadFonts() }] });
  return compiler;
}

interface Diagnostic {
  message?: string;
  path?: string;
  range?: { start?: { line?: number; character?: number } } | null;
  severity?: number | string;
  hints?: string[];
}

/** Typst's diagnostics as `main.typ:12:5: message` lines, with the offending source line. */
function describe(c: NodeCompiler, err: NodeError, source: string): string {
  let diags: Diagnostic[];
  try {
    diags = c.fetchDiagnostics(err) as Diagnostic[];
  } catch {
    diags = err.shortDiagnostics as Diagnostic[];
  }
  if (!diags.length) return err.kind;
  return diags
    .map((d) => {
      const file = d.path?.startsWith(ROOT) ? d.path.slice(ROOT.length + 1) : (d.path ?? "");
      const line = d.range?.start?.line;
      const col = d.range?.start?.character;
      const where = line === undefined ? file : `${file}:${line + 1}:${(col ?? 0) + 1}`;
      const excerpt = line !== undefined && file === MAIN_FILE ? source.split("\n")[line]?.trim() : undefined;
      const hints = (d.hints ?? []).map((h) => `\n  hint: ${h}`).join("");
      return `${where ? `${where}: ` : ""}${d.message ?? JSON.stringify(d)}${excerpt ? `\n  | ${excerpt}` : ""}${hints}`;
    })
    .join("\n");
}

/** Lone UTF-16 surrogates would make the JSON unreadable for Typst; they become U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function toJson(data: unknown): Buffer {
  const json = JSON.stringify(data ?? null, (_key, value: unknown) =>
    typeof value === "string" ? value.replace(LONE_SURROGATE, "\uFFFD") : value,
  );
  return Buffer.from(json, "utf8");
}

/**
 * Compiles the Typst `source` to a PDF. The template reads `data` with
 * `json("/data.json")`. Throws an Error carrying Typst's diagnostics when the
 * template does not compile.
 */
export function compilePdf(source: string, data: unknown): Buffer {
  const c = getCompiler();
  const mainFile = `${ROOT}/${MAIN_FILE}`;
  const dataFile = ROOT + DATA_PATH;
  c.mapShadow(mainFile, Buffer.from(source, "utf8"));
  c.mapShadow(dataFile, toJson(data));
  try {
    const result = c.compile({ mainFilePath: mainFile });
    const error = result.takeError();
    const doc = result.result;
    if (error || !doc) {
      throw new Error(`Typst compilation failed:\n${error ? describe(c, error, source) : "no document produced"}`);
    }
    return c.pdf(doc);
  } finally {
    c.unmapShadow(dataFile);
    c.unmapShadow(mainFile);
    c.resetShadow();
    // Drop memoised results not used by the last few compiles, so the cache stays bounded.
    c.evictCache(10);
  }
}

