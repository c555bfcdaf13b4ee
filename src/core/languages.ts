/** Languages as ISO 639 codes: any language of the world, named by Intl in the reader's language. */
import { z } from "zod";

/** A language as ISO 639 code (two or three letters), known to Intl: any language of the world, not a fixed list. */
export const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .refine((c) => /^[a-z]{2,3}$/.test(c) && languageName("de", c) !== c, "validation.language");

const displayNames = new Map<string, Intl.DisplayNames>();
/** The language's name in the reader's language (Intl knows the names of all ISO 639 languages). */
export function languageName(lang: string, code: string): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: "language", fallback: "code" });
    displayNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The languages offered to tick wherever people name languages (events, interest forms): German,
 * English and the languages most spoken by people who came to Germany in recent years, the app's
 * own among them. Any other ISO 639 code can still be typed.
 */
export const WELL_KNOWN_LANGUAGES = ["de", "en", "ar", "tr", "uk", "ru", "fa", "prs", "ps", "ku", "ti", "so", "pl", "ro", "bg", "sq", "fr"] as const;

/** The language's name in itself ("العربية" for ar), or null where Intl does not know it or it is the reader's name for it. */
export function ownLanguageName(reader: string, code: string): string | null {
  const own = languageName(code, code);
  return own === code || own.toLowerCase() === languageName(reader, code).toLowerCase() ? null : own;
}
