/**
 * Field-by-field content translations for every module. The German text lives
 * in the record; each translation remembers the hash of the German it was made
 * from. State per language: current, outdated (German changed since), missing.
 */
import crypto from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "./db/index.ts";
import { contentTranslations } from "./db/schema.ts";
import type { Locale } from "./i18n.ts";

export type TranslationState = "current" | "outdated" | "missing" | "source";

export const sourceHash = (german: string) => crypto.createHash("sha1").update(german.normalize("NFC")).digest("hex").slice(0, 16);

export interface StoredTranslation {
  entityId: string;
  field: string;
  lang: string;
  text: string;
  sourceHash: string;
  machine: boolean;
}

export function stateOf(german: string, stored: Pick<StoredTranslation, "text" | "sourceHash"> | undefined, lang: Locale): TranslationState {
  if (lang === "de") return "source";
  if (!stored || stored.text.trim() === "") return "missing";
  return stored.sourceHash === sourceHash(german) ? "current" : "outdated";
}

/** A text in the reader's language, or the German with the state "missing". */
export function localized(german: string, stored: Pick<StoredTranslation, "text" | "sourceHash"> | undefined, lang: Locale) {
  const state = stateOf(german, stored, lang);
  return { text: state === "current" || state === "outdated" ? stored!.text : german, state };
}

export async function loadTranslations(db: Executor, entity: string, ids: string[], langs: string[]): Promise<Map<string, StoredTranslation>> {
  const out = new Map<string, StoredTranslation>();
  if (ids.length === 0 || langs.length === 0) return out;
  const found = await db
    .select()
    .from(contentTranslations)
    .where(and(eq(contentTranslations.entity, entity), inArray(contentTranslations.entityId, ids), inArray(contentTranslations.lang, langs)));
  for (const t of found) out.set(key(t.entityId, t.field, t.lang), t);
  return out;
}

export const key = (entityId: string, field: string, lang: string) => `${entityId}|${field}|${lang}`;

export async function saveTranslation(
  db: Executor,
  t: { tenantId: string; entity: string; entityId: string; field: string; lang: string; text: string; german: string; machine?: boolean },
) {
  if (t.text.trim() === "") {
    await db
      .delete(contentTranslations)
      .where(
        and(
          eq(contentTranslations.entity, t.entity),
          eq(contentTranslations.entityId, t.entityId),
          eq(contentTranslations.field, t.field),
          eq(contentTranslations.lang, t.lang),
        ),
      );
    return;
  }
  const values = {
    tenantId: t.tenantId,
    entity: t.entity,
    entityId: t.entityId,
    field: t.field,
    lang: t.lang,
    text: t.text,
    sourceHash: sourceHash(t.german),
    machine: t.machine ?? false,
    updatedAt: new Date(),
  };
  await db
    .insert(contentTranslations)
    .values(values)
    .onConflictDoUpdate({
      target: [contentTranslations.entity, contentTranslations.entityId, contentTranslations.field, contentTranslations.lang],
      set: { text: values.text, sourceHash: values.sourceHash, machine: values.machine, updatedAt: values.updatedAt },
    });
}

