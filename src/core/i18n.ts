/**
 * Interface languages, messages (ICU MessageFormat, German is the source) and
 * language negotiation. Content translations live in translations.ts.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { IntlMessageFormat } from "intl-messageformat";

export const LOCALES = ["de", "en", "ar", "fa", "tr", "uk", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = "de";
const RTL = new Set<Locale>(["ar", "fa"]);

/** Each language named in itself, for the language switcher. */
export const AUTONYMS: Record<Locale, string> = {
  de: "Deutsch",
  en: "English",
  ar: "العربية",
  fa: "فارسی",
  tr: "Türkçe",
  uk: "Українська",
  ru: "Русский",
};

export const isLocale = (s: unknown): s is Locale => typeof s === "string" && (LOCALES as readonly string[]).includes(s);
export const dirOf = (l: Locale): "ltr" | "rtl" => (RTL.has(l) ? "rtl" : "ltr");

type Catalog = Record<string, string>;
const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../locales");

/**
 * All message files of a language (`locales/<lang>/*.json`: the core's messages.json and a file per
 * module that wants its own), merged. A key defined twice is a mistake that would make one of the
 * two texts silently win, so it stops the start.
 */
function loadCatalog(locale: Locale): Catalog {
  const dir = path.join(localesDir, locale);
  if (!fs.existsSync(dir)) return {};
  const catalog: Catalog = {};
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    const messages = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as Catalog;
    for (const [key, text] of Object.entries(messages)) {
      if (key in catalog) throw new Error(`message ${key} is defined twice in locales/${locale} (again in ${name})`);
      catalog[key] = text;
    }
  }
  return catalog;
}

const catalogs = Object.fromEntries(LOCALES.map((l) => [l, loadCatalog(l)])) as Record<Locale, Catalog>;
const compiled = new Map<string, IntlMessageFormat>();

export type MessageValues = Record<string, string | number | Date | boolean | null | undefined>;
export type Translate = (key: string, values?: MessageValues) => string;

/** The message in `locale`, falling back to German, then to the key itself (visible, never a crash). */
export function translate(locale: Locale, key: string, values?: MessageValues): string {
  let lang: Locale = locale;
  let pattern = catalogs[locale][key];
  if (pattern === undefined) {
    lang = SOURCE_LOCALE;
    pattern = catalogs[SOURCE_LOCALE][key];
  }
  if (pattern === undefined) return key;
  if (!values && !pattern.includes("{")) return pattern;
  const id = `${lang}\u0000${key}`;
  let fmt = compiled.get(id);
  if (!fmt) {
    fmt = new IntlMessageFormat(pattern, lang);
    compiled.set(id, fmt);
  }
  try {
    return String(fmt.format(values as Record<string, string | number>));
  } catch {
    // A missing value is a bug in the caller; show the message rather than fail the page.
    return pattern;
  }
}

export const translator = (locale: Locale): Translate => (key, values) => translate(locale, key, values);

/** The message as written (ICU pattern), or undefined. */
export function messagePattern(locale: Locale, key: string): string | undefined {
  return catalogs[locale][key];
}

export function hasMessage(locale: Locale, key: string): boolean {
  return catalogs[locale][key] !== undefined;
}

export function messageKeys(locale: Locale): string[] {
  return Object.keys(catalogs[locale]);
}

/** Best locale from an Accept-Language header. */
export function negotiate(header: string | undefined): Locale {
  if (!header) return SOURCE_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { lang: tag.toLowerCase().split("-")[0], q: q ? Number(q.split("=")[1]) : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return (ranked.find((r) => isLocale(r.lang))?.lang as Locale | undefined) ?? SOURCE_LOCALE;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * The one way to format dates for readers (cached): Europe/Berlin unless the options name another
 * zone, always the Gregorian calendar, times on the 24-hour clock. Intl's default for Farsi is the Solar Hijri calendar,
 * which put "۲۷ آذر ۱۴۰۵" next to date fields, letters and appointments that all count in the
 * Gregorian one; the digits stay the reader's.
 */
export function dateFormat(locale: string, opts: Intl.DateTimeFormatOptions = { dateStyle: "medium" }): Intl.DateTimeFormat {
  const id = `${locale}|${JSON.stringify(opts)}`;
  let f = dateFormats.get(id);
  if (!f) {
    // Times on the 24-hour clock in every language, as the office's forms and letters count them (Arabic's default is "4:00 م").
    const clock = opts.timeStyle || opts.hour ? { hourCycle: "h23" as const } : {};
    f = new Intl.DateTimeFormat(locale, { timeZone: "Europe/Berlin", ...clock, ...opts, calendar: "gregory" });
    dateFormats.set(id, f);
  }
  return f;
}

export function formatDate(locale: Locale, d: Date, opts: Intl.DateTimeFormatOptions = { dateStyle: "medium" }): string {
  return dateFormat(locale, opts).format(d);
}

/** A calendar date (YYYY-MM-DD, no time of day) in the reader's language: formatted as that day, whatever the zone. */
export function formatDay(locale: string, date: string, opts: Intl.DateTimeFormatOptions = { dateStyle: "medium" }): string {
  return dateFormat(locale, { ...opts, timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
}

/**
 * An appointment from `startsAt` to `endsAt` as its language writes a span of time, Berlin time:
 * "Montag, 2. März 2026, 09:00–10:30 Uhr", "Monday, March 2, 2026, 09:00–10:30", the Arabic comma,
 * the Farsi "تا" — one date when both ends fall on the same day. Pages and letters both use it.
 */
export function formatSpan(locale: string, startsAt: Date, endsAt: Date, timeZone = "Europe/Berlin"): string {
  const span = dateFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return span.formatRange(startsAt, endsAt);
}
