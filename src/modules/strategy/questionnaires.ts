/**
 * Questionnaires: the Land's templates (seeded from templates.ts, read-only
 * for municipalities), a municipality's own copies, and their editing. Every
 * change rewrites the one JSON definition under an optimistic lock, in one
 * transaction with its audit entry; a definition that does not validate is
 * never stored.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db, Executor } from "../../core/db/index.ts";
import { audit, type Actor } from "../../core/audit.ts";
import { conflict, invalid, notFound, type FieldError } from "../../core/errors.ts";
import { LOCALES, type Locale } from "../../core/i18n.ts";
import { sourceHash } from "../../core/translations.ts";
import { tenants } from "../../core/db/schema.ts";
import type { TenantRef } from "../../web/context.ts";
import { Definition, fromSource, localText, type Area, type LocalText, type Question, type QuestionnaireKind, type TemplateSource } from "./model.ts";
import { questionnaires } from "./schema.ts";

export interface Scope {
  tenant: TenantRef;
  actor: Actor;
}

export const ENTITY = "st_questionnaire";

export type QuestionnaireRow = typeof questionnaires.$inferSelect;

export interface QuestionnaireItem {
  id: string;
  kind: QuestionnaireKind;
  title: LocalText;
  templateKey: string | null;
  /** A template of the Land: seen by every municipality, copied to be used. */
  fromLand: boolean;
  areas: number;
  questions: number;
  archived: boolean;
}

const item = (r: QuestionnaireRow, tenantId: string): QuestionnaireItem => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  templateKey: r.templateKey,
  fromLand: r.tenantId !== tenantId,
  areas: r.definition.areas.length,
  questions: r.definition.areas.reduce((n, a) => n + a.questions.length, 0),
  archived: r.archived,
});

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

/** The tenant's questionnaires and the Land's templates; own ones first. */
export async function listQuestionnaires(db: Executor, tenant: TenantRef): Promise<QuestionnaireItem[]> {
  const ids = tenant.parentId ? [tenant.id, tenant.parentId] : [tenant.id];
  const found = await db.select().from(questionnaires).where(inArray(questionnaires.tenantId, ids)).orderBy(asc(questionnaires.createdAt));
  return found.map((r) => item(r, tenant.id)).sort((a, b) => Number(a.fromLand) - Number(b.fromLand));
}

/** The areas of the tenant's own questionnaires, each key once (a field of action answers one of them). */
export async function ownAreas(db: Executor, tenantId: string): Promise<Area[]> {
  const found = await db.select({ definition: questionnaires.definition }).from(questionnaires).where(eq(questionnaires.tenantId, tenantId)).orderBy(asc(questionnaires.createdAt));
  const seen = new Map<string, Area>();
  for (const q of found) for (const a of q.definition.areas) if (!seen.has(a.key)) seen.set(a.key, a);
  return [...seen.values()];
}

/** One questionnaire the tenant may read: its own, or a template of its Land. */
export async function readableQuestionnaire(db: Executor, tenant: TenantRef, id: string): Promise<QuestionnaireRow> {
  if (!isUuid(id)) throw notFound();
  const ids = tenant.parentId ? [tenant.id, tenant.parentId] : [tenant.id];
  const [row] = await db.select().from(questionnaires).where(and(eq(questionnaires.id, id), inArray(questionnaires.tenantId, ids)));
  if (!row) throw notFound();
  return row;
}

/** One of the tenant's own questionnaires, locked for the write that follows. */
async function ownQuestionnaire(db: Executor, tenantId: string, id: string): Promise<QuestionnaireRow> {
  if (!isUuid(id)) throw notFound();
  const [row] = await db.select().from(questionnaires).where(and(eq(questionnaires.id, id), eq(questionnaires.tenantId, tenantId))).for("update");
  if (!row) throw notFound();
  return row;
}

/**
 * The templates in every Land tenant, added where missing (a Land's own changes to them are kept).
 * Idempotent and safe for several processes starting at once: the unique index on (tenant,
 * template) lets only one insert through.
 */
export async function ensureTemplates(db: Db, templates: readonly TemplateSource[], actor: Actor = { id: null, label: "system" }): Promise<number> {
  const lands = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.kind, "state"));
  let added = 0;
  for (const land of lands) {
    for (const t of templates) {
      await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(questionnaires)
          .values({ tenantId: land.id, kind: t.kind, templateKey: t.key, title: localText(t.title), description: localText(t.description), definition: fromSource(t) })
          .onConflictDoNothing()
          .returning({ id: questionnaires.id });
        if (!row) return;
        await audit(tx, { tenantId: land.id, actor, action: "create", entity: ENTITY, entityId: row.id, changes: { template: t.key } });
        added++;
      });
    }
  }
  return added;
}

/** A copy for the tenant to adapt and use; translations and the template's lineage come along. */
export async function copyQuestionnaire(db: Db, scope: Scope, id: string): Promise<string> {
  return db.transaction(async (tx) => {
    const source = await readableQuestionnaire(tx, scope.tenant, id);
    const [row] = await tx
      .insert(questionnaires)
      .values({ tenantId: scope.tenant.id, kind: source.kind, templateKey: source.templateKey, copiedFrom: source.id, title: source.title, description: source.description, definition: source.definition })
      .returning({ id: questionnaires.id });
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: ENTITY, entityId: row!.id, changes: { copiedFrom: source.id } });
    return row!.id;
  });
}

/** A German text changed: translations stay (now outdated, shown as such) until someone updates them. */
const withGerman = (t: LocalText | undefined, de: string): LocalText => ({ de, tr: t?.tr ?? {} });

interface Change {
  title?: LocalText;
  description?: LocalText;
  definition?: Definition;
  archived?: boolean;
}

/**
 * Applies `edit` to the stored questionnaire under the optimistic lock: the version the form showed
 * must still be the stored one. The new definition is validated before anything is written.
 */
async function change(db: Db, scope: Scope, id: string, version: number, action: string, edit: (row: QuestionnaireRow) => Change, details: Record<string, unknown> = {}) {
  return db.transaction(async (tx) => {
    const row = await ownQuestionnaire(tx, scope.tenant.id, id);
    if (row.version !== version) throw conflict("stale", [{ field: "_form", key: "strategy.validation.stale" }]);
    const next = edit(row);
    if (next.definition) {
      const parsed = Definition.safeParse(next.definition);
      if (!parsed.success) throw invalid(parsed.error.issues.map((i) => ({ field: "_form", key: /^strategy\.validation\./.test(i.message) ? i.message : "validation.invalid" })));
      next.definition = parsed.data;
    }
    await tx
      .update(questionnaires)
      .set({ ...next, version: row.version + 1, updatedAt: new Date() })
      .where(eq(questionnaires.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action, entity: ENTITY, entityId: id, changes: details });
    return row.version + 1;
  });
}

export function saveMeta(db: Db, scope: Scope, id: string, version: number, input: { title: string; description: string }) {
  return change(db, scope, id, version, "update", (r) => ({ title: withGerman(r.title, input.title), description: withGerman(r.description, input.description) }), input);
}

export function setArchived(db: Db, scope: Scope, id: string, version: number, archived: boolean) {
  return change(db, scope, id, version, archived ? "archive" : "restore", () => ({ archived }));
}

const freeKey = (taken: Iterable<string>, base: string) => {
  const used = new Set(taken);
  const stem = base.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "x";
  let key = stem;
  for (let n = 2; used.has(key); n++) key = `${stem}-${n}`;
  return key;
};

export interface AreaInput {
  title: string;
  intro: string;
  /** Upper bounds and suggestion texts, ascending; the last bound is 100. */
  bands: { upTo: number; text: string }[];
}

/** A new area (areaKey null) or a change of one; bands keep their translations where their position stays. */
export function saveArea(db: Db, scope: Scope, id: string, version: number, areaKey: string | null, input: AreaInput) {
  return change(
    db,
    scope,
    id,
    version,
    "update",
    (r) => {
      const areas = [...r.definition.areas];
      const index = areaKey === null ? -1 : areas.findIndex((a) => a.key === areaKey);
      if (areaKey !== null && index < 0) throw notFound();
      const before = index >= 0 ? areas[index]! : undefined;
      const area: Area = {
        key: before?.key ?? freeKey(areas.map((a) => a.key), input.title),
        title: withGerman(before?.title, input.title),
        intro: input.intro ? withGerman(before?.intro, input.intro) : undefined,
        questions: before?.questions ?? [],
        bands: input.bands.map((b, i) => ({ upTo: b.upTo, text: withGerman(before?.bands[i]?.text, b.text) })),
      };
      if (index >= 0) areas[index] = area;
      else areas.push(area);
      return { definition: { areas } };
    },
    { area: areaKey ?? "new", ...input },
  );
}

export function deleteArea(db: Db, scope: Scope, id: string, version: number, areaKey: string) {
  return change(db, scope, id, version, "update", (r) => {
    if (!r.definition.areas.some((a) => a.key === areaKey)) throw notFound();
    return { definition: { areas: r.definition.areas.filter((a) => a.key !== areaKey) } };
  }, { deletedArea: areaKey });
}

export interface QuestionInput {
  type: Question["type"];
  text: string;
  hint: string;
  required: boolean;
  dontKnow: boolean;
  weight: number;
  /** Scale: one label per point. */
  scaleLabels: string[];
  /** Choice: label and score (null: says nothing about the score). */
  options: { label: string; score: number | null }[];
  min: number | null;
  max: number | null;
  unit: string;
}

/** The question as stored; labels and options keep their translations where their position stays. */
function questionOf(key: string, before: Question | undefined, input: QuestionInput): Question {
  const scored = input.type === "scale" || input.type === "single" || input.type === "multiple";
  return {
    key,
    type: input.type,
    text: withGerman(before?.text, input.text),
    hint: input.hint ? withGerman(before?.hint, input.hint) : undefined,
    required: input.required,
    dontKnow: input.dontKnow,
    weight: scored ? input.weight : 0,
    scale: input.type === "scale" ? { points: input.scaleLabels.length, labels: input.scaleLabels.map((l, i) => withGerman(before?.scale?.labels[i], l)) } : undefined,
    options:
      input.type === "single" || input.type === "multiple"
        ? input.options.map((o, i) => ({ key: before?.options?.[i]?.key ?? `o${i + 1}`, label: withGerman(before?.options?.[i]?.label, o.label), score: o.score }))
        : undefined,
    number: input.type === "number" ? { min: input.min ?? undefined, max: input.max ?? undefined, unit: input.unit ? withGerman(before?.number?.unit, input.unit) : undefined } : undefined,
  };
}

export function saveQuestion(db: Db, scope: Scope, id: string, version: number, areaKey: string, questionKey: string | null, input: QuestionInput) {
  return change(
    db,
    scope,
    id,
    version,
    "update",
    (r) => {
      const areas = r.definition.areas.map((a) => ({ ...a, questions: [...a.questions] }));
      const area = areas.find((a) => a.key === areaKey);
      if (!area) throw notFound();
      const index = questionKey === null ? -1 : area.questions.findIndex((q) => q.key === questionKey);
      if (questionKey !== null && index < 0) throw notFound();
      const allKeys = areas.flatMap((a) => a.questions.map((q) => q.key));
      const key = questionKey ?? freeKey(allKeys, `${area.key}-${input.text.split(/\s+/).slice(0, 3).join("-")}`);
      const q = questionOf(key, index >= 0 ? area.questions[index] : undefined, input);
      if (index >= 0) area.questions[index] = q;
      else area.questions.push(q);
      return { definition: { areas } };
    },
    { area: areaKey, question: questionKey ?? "new", text: input.text, type: input.type },
  );
}

export function deleteQuestion(db: Db, scope: Scope, id: string, version: number, areaKey: string, questionKey: string) {
  return change(db, scope, id, version, "update", (r) => {
    const area = r.definition.areas.find((a) => a.key === areaKey);
    if (!area?.questions.some((q) => q.key === questionKey)) throw notFound();
    return { definition: { areas: r.definition.areas.map((a) => (a.key === areaKey ? { ...a, questions: a.questions.filter((q) => q.key !== questionKey) } : a)) } };
  }, { area: areaKey, deletedQuestion: questionKey });
}

/** Moves a question one place up (−1) or down (+1) within its area. */
export function moveQuestion(db: Db, scope: Scope, id: string, version: number, areaKey: string, questionKey: string, by: -1 | 1) {
  return change(db, scope, id, version, "update", (r) => {
    const areas = r.definition.areas.map((a) => ({ ...a, questions: [...a.questions] }));
    const area = areas.find((a) => a.key === areaKey);
    const from = area?.questions.findIndex((q) => q.key === questionKey) ?? -1;
    if (!area || from < 0) throw notFound();
    const to = from + by;
    if (to >= 0 && to < area.questions.length) [area.questions[from], area.questions[to]] = [area.questions[to]!, area.questions[from]!];
    return { definition: { areas } };
  }, { area: areaKey, moved: questionKey, by });
}

// ---------------------------------------------------------------------------
// Translations: every text of a questionnaire, addressed by a path

/** A text of the questionnaire with a stable address: "title", "area.<a>.bands.<i>", "q.<q>.options.<i>" … */
export interface TextSlot {
  path: string;
  /** What it is, for the translator: the i18n key of its kind. */
  kindKey: string;
  text: LocalText;
}

export function textSlots(row: Pick<QuestionnaireRow, "title" | "description" | "definition">): TextSlot[] {
  const slots: TextSlot[] = [
    { path: "title", kindKey: "strategy.text.title", text: row.title },
    { path: "description", kindKey: "strategy.text.description", text: row.description },
  ];
  for (const a of row.definition.areas) {
    slots.push({ path: `area.${a.key}.title`, kindKey: "strategy.text.areaTitle", text: a.title });
    if (a.intro) slots.push({ path: `area.${a.key}.intro`, kindKey: "strategy.text.areaIntro", text: a.intro });
    a.bands.forEach((b, i) => slots.push({ path: `area.${a.key}.bands.${i}`, kindKey: "strategy.text.band", text: b.text }));
    for (const q of a.questions) {
      slots.push({ path: `q.${q.key}.text`, kindKey: "strategy.text.question", text: q.text });
      if (q.hint) slots.push({ path: `q.${q.key}.hint`, kindKey: "strategy.text.hint", text: q.hint });
      q.scale?.labels.forEach((l, i) => slots.push({ path: `q.${q.key}.scale.${i}`, kindKey: "strategy.text.scaleLabel", text: l }));
      q.options?.forEach((o, i) => slots.push({ path: `q.${q.key}.options.${i}`, kindKey: "strategy.text.option", text: o.label }));
      if (q.number?.unit) slots.push({ path: `q.${q.key}.unit`, kindKey: "strategy.text.unit", text: q.number.unit });
    }
  }
  return slots.filter((s) => s.text.de.trim() !== "");
}

/** Writes the given translations (path → text; empty removes) for one language; returns the row's new texts. */
function translated(row: QuestionnaireRow, lang: Locale, texts: Record<string, string>): Change {
  const set = (t: LocalText, path: string): LocalText => {
    if (!(path in texts)) return t;
    const text = (texts[path] ?? "").trim();
    const tr = { ...t.tr };
    if (text) tr[lang] = { text, sourceHash: sourceHash(t.de) };
    else delete tr[lang];
    return { de: t.de, tr };
  };
  const opt = (t: LocalText | undefined, path: string) => (t ? set(t, path) : undefined);
  return {
    title: set(row.title, "title"),
    description: set(row.description, "description"),
    definition: {
      areas: row.definition.areas.map((a) => ({
        ...a,
        title: set(a.title, `area.${a.key}.title`),
        intro: opt(a.intro, `area.${a.key}.intro`),
        bands: a.bands.map((b, i) => ({ ...b, text: set(b.text, `area.${a.key}.bands.${i}`) })),
        questions: a.questions.map((q) => ({
          ...q,
          text: set(q.text, `q.${q.key}.text`),
          hint: opt(q.hint, `q.${q.key}.hint`),
          scale: q.scale ? { ...q.scale, labels: q.scale.labels.map((l, i) => set(l, `q.${q.key}.scale.${i}`)) } : undefined,
          options: q.options?.map((o, i) => ({ ...o, label: set(o.label, `q.${q.key}.options.${i}`) })),
          number: q.number ? { ...q.number, unit: opt(q.number.unit, `q.${q.key}.unit`) } : undefined,
        })),
      })),
    },
  };
}

export function saveTranslations(db: Db, scope: Scope, id: string, version: number, lang: Locale, texts: Record<string, string>) {
  if (lang === "de" || !LOCALES.includes(lang)) throw invalid([{ field: "lang", key: "validation.choice" } satisfies FieldError]);
  return change(db, scope, id, version, "translate", (r) => translated(r, lang, texts), { lang, paths: Object.keys(texts).length });
}
