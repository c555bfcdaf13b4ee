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
 * One compiler, in a child process of its own (pdf-render.ts; see renderPdf), with the Noto Sans
 * (Regular, Bold, Italic) and Noto Sans Arabic (Regular, Bold) fonts from
 * node_modules, loaded from memory. Its project root is a directory that does
 * not exist, so a template can read nothing from disk but the data file.
 * The binding has no switch to skip the host's system fonts, so templates set
 * `text(font: ("Noto Sans", "Noto Sans Arabic"), fallback: false)`: only
 * these fonts are used, the same on every machine. Package imports
 * (`@preview/…`, fetched over the network) are refused.
 *
 * Compiling is synchronous native code, done in the child one document after
 * the other: mapping the data file, compiling and unmapping it happen in one
 * go, so two requests can never see each other's data.
 */
import { fork, type ChildProcess } from "node:child_process";

/** Where a template finds its data: `json("/data.json")`. */
export const DATA_PATH = "/data.json";

const PACKAGE_IMPORT = /#\s*(?:import|include)\s*\(?\s*"@/;

/** Longer than any document of ours takes (the largest report: about 1 s); a compile past it is stopped with its process. */
const RENDER_TIMEOUT_MS = 60_000;

type Answer = { id: number; pdf?: Uint8Array; error?: string };
type Waiting = { resolve: (pdf: Buffer) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };

let child: ChildProcess | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 1;

function startChild(): ChildProcess {
  const c = fork(new URL("./pdf-child.mjs", import.meta.url), [], { serialization: "advanced", execArgv: [], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  c.on("message", (answer: Answer) => {
    const entry = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (waiting.size === 0) idle(c);
    if (!entry) return;
    clearTimeout(entry.timer);
    if (answer.pdf) entry.resolve(Buffer.from(answer.pdf.buffer, answer.pdf.byteOffset, answer.pdf.byteLength));
    else entry.reject(new Error(answer.error ?? "Typst: no PDF"));
  });
  c.on("exit", (code, signal) => {
    if (child === c) child = undefined;
    const error = new Error(`Typst: the PDF process stopped (${signal ?? `exit code ${code}`})`);
    for (const entry of waiting.values()) {
      clearTimeout(entry.timer);
      entry.reject(error);
    }
    waiting.clear();
  });
  c.on("error", () => {}); // a failed start or send ends in 'exit' too, which rejects what waits
  idle(c);
  return c;
}

/** An idle child and its channel keep no process alive (tests, the CLI). */
function idle(c: ChildProcess) {
  c.unref();
  c.channel?.unref();
}

/**
 * Compiles the Typst `source` to a PDF. The template reads `data` with
 * `json("/data.json")`. Throws an Error carrying Typst's diagnostics when the
 * template does not compile.
 *
 * The compiler runs in a child process (pdf-render.ts), one document after the
 * other, started on first use and started again when it has died: a panic in
 * its native code (usvg panicked on Persian digits in charts, 2026-12-06)
 * aborts that process and fails the documents it had, never the server; and a
 * compile no longer holds up the server's event loop.
 */
export function renderPdf(source: string, data: unknown): Promise<Buffer> {
  if (PACKAGE_IMPORT.test(source)) return Promise.reject(new Error("Typst: package imports are not allowed (no network access)"));
  const c = (child ??= startChild());
  const id = nextId++;
  return new Promise<Buffer>((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error(`Typst: no PDF after ${RENDER_TIMEOUT_MS / 1000} s`));
      c.kill("SIGKILL");
    }, RENDER_TIMEOUT_MS);
    timer.unref();
    waiting.set(id, { resolve, reject, timer });
    c.ref();
    c.channel?.ref();
    c.send({ id, source, data });
  });
}

/** Stops the PDF process (tests); the next document starts a new one. */
export async function stopPdf(): Promise<void> {
  const c = child;
  if (!c) return;
  child = undefined;
  const exited = new Promise<void>((resolve) => c.once("exit", () => resolve()));
  c.ref(); // wait for it
  c.kill();
  await exited;
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
