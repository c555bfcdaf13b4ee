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
