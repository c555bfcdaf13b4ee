/**
 * Numbers as people type them, in the language of the page they type on.
 *
 * Arabic-Indic and Persian digits count as digits ("٢٠", "۲۰"), the Arabic
 * decimal and thousands signs (٫ ٬) as such, spaces inside are ignored. With
 * both a comma and a dot, the later one is the decimal sign. A lone sign is
 * the decimal sign where the page's language writes it so ("12,5" in German,
 * "12.5" in English or Arabic); where the language groups thousands with it,
 * it groups them when three digits follow ("15,000" on an Arabic page is
 * fifteen thousand, "1.234" on a German one 1234) and is decimal otherwise
 * ("12500,5" anywhere). Before, "15,000" typed on an Arabic page was stored as
 * 15: a budget a thousand times too small.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const digitOf = (c: string) => String((c.codePointAt(0)! - (c >= "\u06F0" ? 0x06f0 : 0x0660)));

const decimalSigns = new Map<string, string>();
/** The decimal sign of a language, as "." or "," (the Arabic ٫ read as "."). */
function decimalSignOf(locale: string): string {
  let sign = decimalSigns.get(locale);
  if (sign === undefined) {
    const written = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === "decimal")?.value;
    sign = written === "," ? "," : ".";
    decimalSigns.set(locale, sign);
  }
  return sign;
}

const store = new AsyncLocalStorage<string>();

/** Runs `fn` with `locale` as the language numbers are read in (see {@link parseNumber}); parseWith does this for forms. */
export function readingNumbersIn<T>(locale: string, fn: () => T): T {
  return store.run(locale, fn);
}

/** The number typed, or null when it is none. `locale`: the page's language (by default the one set by {@link readingNumbersIn}, else German). */
export function parseNumber(input: string, locale: string = store.getStore() ?? "de"): number | null {
  const t = input
    .replace(/[\s\u00a0\u202f\u200e\u200f\u2066-\u2069]/g, "")
    .replace(ARABIC_DIGITS, digitOf)
    .replace(/\u066B/g, ".")
    .replace(/\u066C/g, ",")
    .replace(/^\u2212/, "-");
  if (!/^[+-]?\d[\d.,]*$/.test(t) || /[.,]$/.test(t)) return null;
  const comma = t.lastIndexOf(",");
  const dot = t.lastIndexOf(".");
  let plain: string;
  if (comma >= 0 && dot >= 0) {
    const [decimal, group] = comma > dot ? [",", "."] : [".", ","];
    if (t.split(decimal).length > 2) return null;
    plain = t.replaceAll(group, "").replace(decimal, ".");
  } else if (comma >= 0 || dot >= 0) {
    const sign = comma >= 0 ? "," : ".";
    const pieces = t.split(sign);
    const grouped = pieces.slice(1).every((p) => p.length === 3);
    if (pieces.length > 2) {
      if (!grouped) return null;
      plain = pieces.join("");
    } else {
      plain = sign !== decimalSignOf(locale) && grouped ? pieces.join("") : pieces.join(".");
    }
  } else plain = t;
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}
