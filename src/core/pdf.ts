/**
 * Typst → PDF for every module.
 *
 * A template is trusted Typst source written by us; the data it shows is
 * never spliced into that source. It is serialised to JSON and handed to the
 * compiler as a virtual file, which the template reads with
 * `#let data = json("/data.json")` (see {@link DATA_PATH}). Strings from the
 * JSON are rendered as text, never evaluated as markup, so user content with
 * `#`, `$`, `*`, `]`, `#import …` and the like is printed literally.
 *
 * One compiler per process, created on first use, with the Noto Sans
 * (Regular, Bold, Italic) and Noto Sans Arabic (Regular, Bold) fonts from
 * node_modules, loaded from memory. Its project root is a directory that does
 * not exist, so a template can read nothing from disk but the data file.
 * The binding has no switch to skip the host's system fonts, so templates set
 * `text(font: ("Noto Sans", "Noto Sans Arabic"), fallback: false)`: only
 * these fonts are used, the same on every machine. Package imports
 * (`@preview/…`, fetched over the network) are refused.
 *
 * Compiling is synchronous native code: a render blocks the event loop for
 * its duration (tens of milliseconds for a typical document once warm), and
 * mapping the data file, compiling and unmapping it happen in one go, so two
 * requests can never see each other's data.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { NodeCompiler, type NodeError } from "@myriaddreamin/typst-ts-node-compiler";

/** Where a template finds its data: `json("/data.json")`. */
export const DATA_PATH = "/data.json";

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

const PACKAGE_IMPORT = /#\s*(?:import|include)\s*\(?\s*"@/;

/**
 * Compiles the Typst `source` to a PDF. The template reads `data` with
 * `json("/data.json")`. Throws an Error carrying Typst's diagnostics when the
 * template does not compile.
 */
export async function renderPdf(source: string, data: unknown): Promise<Buffer> {
  if (PACKAGE_IMPORT.test(source)) throw new Error("Typst: package imports are not allowed (no network access)");
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

/**
 * Region for Typst's `text(region:)` when the language tag names none. Only
 * where the language is tied to one country; for Arabic, English, Russian …
 * the readers of a German guide come from many, so none is set.
 */
const DEFAULT_REGION: Record<string, string> = { de: "DE", fa: "IR", prs: "AF", tr: "TR", uk: "UA", pl: "PL", ro: "RO", bg: "BG" };

export function typstLang(tag: string): { lang: string; region: string | null } {
  const [lang = "", region] = tag.trim().split(/[-_]/);
  const l = lang.toLowerCase();
  if (!/^[a-z]{2,3}$/.test(l)) throw new Error(`typstLang: invalid language tag ${JSON.stringify(tag)}`);
  const r = region && /^[a-z]{2}$/i.test(region) ? region.toUpperCase() : (DEFAULT_REGION[l] ?? null);
  return { lang: l, region: r };
}

/**
 * The common start of our documents: fonts, language and direction, digits
 * isolated in right-to-left text, A4 with a footer "text · page / total".
 * Reads `d.title`, `d.lang`, `d.region`, `d.dir`, `d.footer` (and `d.pageLabel`, a word before the page numbers, if given) from the data;
 * defines `d`, `is-rtl`, `accent`, `muted`, `ltr-iso`, `german` and `german-tag`.
 */
export const TYPST_PREAMBLE = String.raw`#let d = json("/data.json")
#let is-rtl = d.dir == "rtl"
#let accent = rgb("#0b4f6c")
#let muted = luma(85)

#set document(title: d.title)
#set text(
  font: ("Noto Sans", "Noto Sans Arabic"),
  fallback: false,
  size: 10pt,
  lang: d.lang,
  region: d.region,
  dir: if is-rtl { rtl } else { ltr },
)
#set par(leading: 0.6em, spacing: 0.9em)

// Left-to-right isolates (U+2066 … U+2069): inside Arabic or Farsi text a
// phone number, a time range or a German name keeps its own order and takes
// its place in the sentence as a whole. Typst's text(dir: ltr) would make an
// embedding instead, which merges neighbouring numbers into one run
// ("09:00–12:00، 14:00–16:00" would come out with the two ranges swapped).
#let ltr-iso(body) = if is-rtl { [#str.from-unicode(0x2066)#body#str.from-unicode(0x2069)] } else { body }
// Each run of digits, with the separators inside phone numbers, dates and times.
#show: body => if is-rtl {
  show regex("\+?\d[\d\s:./\u{2013}\u{2010}-]*\d"): ltr-iso
  body
} else { body }

// German text shown for want of a translation.
#let german(s) = ltr-iso(text(lang: "de", region: "DE", s))
#let german-tag = text(size: 0.75em, weight: "regular", fill: muted, german("(Deutsch)"))

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
      d.footer,
      {
        // An optional word before the numbers ("Seite 1 / 3").
        let label = d.at("pageLabel", default: none)
        if label != none [#label ]
        ltr-iso(counter(page).display("1 / 1", both: true))
      },
    )
  },
)
`;
