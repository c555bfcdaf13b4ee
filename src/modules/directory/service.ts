/**
 * Domain logic of the Wegweiser: reading entries in a language, writing them
 * (with audit and search index in the same transaction), translations.
 * No HTTP here; every function takes the tenant it acts for.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Executor } from "../../core/db/index.ts";
import { rows } from "../../core/db/index.ts";
import { audit, diff, type Actor } from "../../core/audit.ts";
import { towns } from "../../core/db/schema.ts";
import { conflict, invalid, notFound, type FieldError } from "../../core/errors.ts";
import { LOCALES, type Locale } from "../../core/i18n.ts";
import { loadTranslations, key as trKey, saveTranslation, stateOf, type TranslationState } from "../../core/translations.ts";
import type { TenantRef } from "../../web/context.ts";
import type { ExceptionDay, ServiceView, WeeklySlot } from "./model.ts";
import { locations, openingExceptions, openingSlots, organisations, services } from "./schema.ts";
import { indexServices, type SearchDocumentInput } from "./search.ts";
import { ENTITY, toServiceView, viewColumns, viewJoins, type ViewRow } from "./service-view.ts";
import { addressErrors, slugify, TRANSLATABLE_FIELDS, type ServiceInput, type TranslationInput } from "./validation.ts";

export { ENTITY };

export interface Scope {
  tenant: TenantRef;
  actor: Actor;
}

type ServiceRow = typeof services.$inferSelect;

interface Joined {
  service: ServiceRow;
  organisation: string;
  location: typeof locations.$inferSelect | null;
  town: string | null;
  townSlug: string | null;
}

async function loadJoined(db: Executor, ids: string[]): Promise<Joined[]> {
  if (ids.length === 0) return [];
  const found = await db
    .select({ service: services, organisation: organisations.name, location: locations, town: towns.name, townSlug: towns.slug })
    .from(services)
    .innerJoin(organisations, eq(organisations.id, services.organisationId))
    .leftJoin(locations, eq(locations.id, services.locationId))
    .leftJoin(towns, eq(towns.id, locations.townId))
    .where(inArray(services.id, ids));
  return found;
}

async function loadHours(db: Executor, ids: string[]) {
  const weekly = new Map<string, WeeklySlot[]>();
  const exceptions = new Map<string, ExceptionDay[]>();
  if (ids.length === 0) return { weekly, exceptions };
  const [slots, ex] = await Promise.all([
    db.select().from(openingSlots).where(inArray(openingSlots.serviceId, ids)).orderBy(asc(openingSlots.weekday), asc(openingSlots.opens)),
    db.select().from(openingExceptions).where(inArray(openingExceptions.serviceId, ids)).orderBy(asc(openingExceptions.day)),
  ]);
  for (const s of slots) {
    const list = weekly.get(s.serviceId) ?? [];
    list.push({ weekday: s.weekday, opens: s.opens, closes: s.closes });
    weekly.set(s.serviceId, list);
  }
  for (const e of ex) {
    const list = exceptions.get(e.serviceId) ?? [];
    list.push({ day: e.day, opens: e.opens, closes: e.closes, note: e.note });
    exceptions.set(e.serviceId, list);
  }
  return { weekly, exceptions };
}

/**
 * Entries in the reader's language, in the order of `ids`; German where no translation exists, marked.
 * One statement for everything a result list shows (hours and translations aggregated per entry):
 * every page of search results needs it, and each round trip costs both sides more than the work.
 */
export async function serviceViews(db: Executor, ids: string[], lang: Locale): Promise<ServiceView[]> {
  if (ids.length === 0) return [];
  const found = await rows<ViewRow>(db, sql`SELECT ${viewColumns(lang)} FROM dir_service s ${viewJoins} WHERE s.id = ANY(${sql.param(ids)}::uuid[])`);
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toServiceView(row, lang)] : [];
  });
}

export async function findServiceBySlug(db: Executor, tenantIds: string[], slug: string, lang: Locale): Promise<ServiceView | undefined> {
  const [row] = await db
    .select({ id: services.id })
    .from(services)
    .where(and(inArray(services.tenantId, tenantIds), eq(services.slug, slug), eq(services.status, "active")));
  if (!row) return undefined;
  return (await serviceViews(db, [row.id], lang))[0];
}

/** A record of this tenant, or not found: the check every back-office read and write goes through. */
async function ownService(db: Executor, tenantId: string, id: string): Promise<ServiceRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const [row] = await db.select().from(services).where(and(eq(services.id, id), eq(services.tenantId, tenantId)));
  if (!row) throw notFound();
  return row;
}

export interface EditableService {
  service: ServiceRow;
  organisation: string;
  location: typeof locations.$inferSelect | null;
  townSlug: string | null;
  weekly: WeeklySlot[];
  exceptions: ExceptionDay[];
}

export async function loadForEdit(db: Executor, tenantId: string, id: string): Promise<EditableService> {
  await ownService(db, tenantId, id);
  return (await editables(db, [id]))[0]!;
}

/** Every entry of a tenant in editable form (for exports), loaded in a few queries. */
export async function loadAllForEdit(db: Executor, tenantId: string): Promise<EditableService[]> {
  const ids = await db.select({ id: services.id }).from(services).where(eq(services.tenantId, tenantId)).orderBy(asc(services.name));
  return editables(db, ids.map((r) => r.id));
}

async function editables(db: Executor, ids: string[]): Promise<EditableService[]> {
  const [joined, hours] = await Promise.all([loadJoined(db, ids), loadHours(db, ids)]);
  const byId = new Map(joined.map((j) => [j.service.id, j]));
  return ids.flatMap((id) => {
    const j = byId.get(id);
    if (!j) return [];
    return [{ service: j.service, organisation: j.organisation, location: j.location, townSlug: j.townSlug, weekly: hours.weekly.get(id) ?? [], exceptions: hours.exceptions.get(id) ?? [] }];
  });
}

export interface AdminListParams {
  q?: string;
  status?: "active" | "archived" | "all";
  kind?: string;
  page?: number;
}

export async function listForAdmin(db: Db, tenantId: string, p: AdminListParams) {
  const perPage = 50;
  const conds = [sql`s.tenant_id = ${tenantId}`];
  if (p.status !== "all") conds.push(sql`s.status = ${p.status ?? "active"}`);
  if (p.kind) conds.push(sql`s.kind = ${p.kind}`);
  if (p.q) conds.push(sql`(fold(s.name) LIKE '%' || fold(${p.q}) || '%' OR fold(o.name) LIKE '%' || fold(${p.q}) || '%')`);
  const found = await rows<{ id: string; slug: string; name: string; kind: string; status: string; organisation: string; town: string | null; updated_at: Date; total: number }>(
    db,
    sql`SELECT s.id, s.slug, s.name, s.kind, s.status, o.name AS organisation, w.name AS town, s.updated_at, count(*) OVER ()::int AS total
          FROM dir_service s JOIN dir_organisation o ON o.id = s.organisation_id
          LEFT JOIN dir_location l ON l.id = s.location_id LEFT JOIN town w ON w.id = l.town_id
         WHERE ${sql.join(conds, sql` AND `)}
         ORDER BY s.name LIMIT ${perPage} OFFSET ${((p.page ?? 1) - 1) * perPage}`,
  );
  return { items: found, total: found[0]?.total ?? 0, perPage };
}

async function uniqueSlug(db: Executor, tenantId: string, wanted: string, exceptId?: string): Promise<string> {
  const base = slugify(wanted);
  const taken = new Set(
    (
      await rows<{ slug: string }>(
        db,
        sql`SELECT slug FROM dir_service WHERE tenant_id = ${tenantId} AND (slug = ${base} OR slug LIKE ${base + "-%"}) AND id IS DISTINCT FROM ${exceptId ?? null}::uuid`,
      )
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

async function organisationId(db: Executor, tenantId: string, name: string): Promise<string> {
  const [found] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.name, name)));
  if (found) return found.id;
  const [created] = await db.insert(organisations).values({ tenantId, name }).returning({ id: organisations.id });
  return created!.id;
}

async function townId(db: Executor, tenantId: string, slugOrName: string | null): Promise<string | null | "invalid"> {
  if (!slugOrName) return null;
  const [t] = await db
    .select({ id: towns.id })
    .from(towns)
    .where(and(eq(towns.tenantId, tenantId), sql`(${towns.slug} = ${slugOrName} OR ${towns.name} = ${slugOrName})`));
  return t ? t.id : "invalid";
}

export interface SaveInput {
  input: ServiceInput;
  weekly: WeeklySlot[];
  exceptions: ExceptionDay[];
  /** The version the editor started from; a newer stored version is a conflict. */
  version?: number;
}

/** Creates (id null) or updates an entry of the scope's tenant, all in one transaction. */
export async function saveService(db: Db, scope: Scope, id: string | null, data: SaveInput): Promise<{ id: string; slug: string }> {
  const { input } = data;
  const errors: FieldError[] = addressErrors(input);
  if (errors.length) throw invalid(errors);
  return db.transaction(async (tx) => {
    const tenantId = scope.tenant.id;
    const before = id ? await ownService(tx, tenantId, id) : null;
    if (before && data.version !== undefined && before.version !== data.version) {
      throw conflict("changed meanwhile", [{ field: "_form", key: "validation.staleVersion" }]);
    }
    const town = await townId(tx, tenantId, input.town);
    if (town === "invalid") throw invalid([{ field: "town", key: "validation.choice" }]);
    if (input.slug && before?.slug !== input.slug) {
      const [clash] = await tx.select({ id: services.id }).from(services).where(and(eq(services.tenantId, tenantId), eq(services.slug, input.slug)));
      if (clash && clash.id !== id) throw invalid([{ field: "slug", key: "validation.slugTaken" }]);
    }
    const slug = input.slug ?? before?.slug ?? (await uniqueSlug(tx, tenantId, input.name));
    const orgId = await organisationId(tx, tenantId, input.organisation);
    const locationId = await saveLocation(tx, tenantId, orgId, before?.locationId ?? null, id, input, town);
    const values = {
      organisationId: orgId,
      locationId,
      slug,
      name: input.name,
      summary: input.summary,
      description: input.description,
      kind: input.kind,
      topics: input.topics,
      targetGroups: input.targetGroups,
      languages: input.languages,
      phone: input.phone,
      email: input.email,
      website: input.website,
      appointmentUrl: input.appointmentUrl,
      appointmentOnly: input.appointmentOnly,
      temporarilyClosed: input.temporarilyClosed,
      hoursNote: input.hoursNote,
    };
    let serviceId: string;
    if (before) {
      serviceId = before.id;
      await tx
        .update(services)
        .set({ ...values, version: before.version + 1, updatedAt: new Date() })
        .where(eq(services.id, serviceId));
    } else {
      const [created] = await tx.insert(services).values({ ...values, tenantId }).returning({ id: services.id });
      serviceId = created!.id;
    }
    const hoursBefore = before ? await loadHours(tx, [serviceId]) : null;
    await replaceHours(tx, serviceId, data.weekly, data.exceptions);
    const changes = before
      ? {
          ...diff(before as unknown as Record<string, unknown>, values),
          ...diff(
            { weekly: hoursBefore?.weekly.get(serviceId) ?? [], exceptions: hoursBefore?.exceptions.get(serviceId) ?? [] },
            { weekly: data.weekly, exceptions: data.exceptions },
          ),
        }
      : { ...values, weekly: data.weekly, exceptions: data.exceptions };
    await audit(tx, { tenantId, actor: scope.actor, action: before ? "update" : "create", entity: ENTITY, entityId: serviceId, changes });
    await reindex(tx, [serviceId]);
    return { id: serviceId, slug };
  });
}

async function saveLocation(
  tx: Executor,
  tenantId: string,
  orgId: string,
  currentId: string | null,
  serviceId: string | null,
  input: ServiceInput,
  town: string | null,
): Promise<string | null> {
  if (!input.street) return null;
  const values = {
    tenantId,
    organisationId: orgId,
    street: input.street,
    postcode: input.postcode,
    city: input.city,
    townId: town,
    lat: input.lat,
    lng: input.lng,
    barrierFree: input.barrierFree,
  };
  if (currentId) {
    // Shared addresses stay as they are; this entry gets its own copy.
    const [users] = await rows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM dir_service WHERE location_id = ${currentId} AND id IS DISTINCT FROM ${serviceId}::uuid`,
    );
    if ((users?.n ?? 0) === 0) {
      await tx.update(locations).set(values).where(eq(locations.id, currentId));
      return currentId;
    }
  }
  const [created] = await tx.insert(locations).values(values).returning({ id: locations.id });
  return created!.id;
}

async function replaceHours(tx: Executor, serviceId: string, weekly: WeeklySlot[], exceptions: ExceptionDay[]) {
  await tx.delete(openingSlots).where(eq(openingSlots.serviceId, serviceId));
  await tx.delete(openingExceptions).where(eq(openingExceptions.serviceId, serviceId));
  if (weekly.length) await tx.insert(openingSlots).values(weekly.map((s) => ({ serviceId, ...s })));
  if (exceptions.length) {
    await tx.insert(openingExceptions).values(exceptions.map((e) => ({ serviceId, day: e.day, opens: e.opens, closes: e.closes, note: e.note ?? "" })));
  }
}

export async function setStatus(db: Db, scope: Scope, id: string, status: "active" | "archived") {
  await db.transaction(async (tx) => {
    const before = await ownService(tx, scope.tenant.id, id);
    if (before.status === status) return;
    await tx.update(services).set({ status, version: before.version + 1, updatedAt: new Date() }).where(eq(services.id, id));
    await audit(tx, {
      tenantId: scope.tenant.id,
      actor: scope.actor,
      action: status === "archived" ? "archive" : "restore",
      entity: ENTITY,
      entityId: id,
      changes: { status: [before.status, status] },
    });
    await reindex(tx, [id]);
  });
}

export async function saveTranslations(db: Db, scope: Scope, id: string, lang: Locale, input: TranslationInput) {
  if (lang === "de") throw notFound();
  await db.transaction(async (tx) => {
    const s = await ownService(tx, scope.tenant.id, id);
    for (const field of TRANSLATABLE_FIELDS) {
      await saveTranslation(tx, { tenantId: scope.tenant.id, entity: ENTITY, entityId: id, field, lang, text: input[field], german: s[field] });
    }
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "translate", entity: ENTITY, entityId: id, changes: { lang, ...input } });
    await reindex(tx, [id]);
  });
}

export async function loadTranslationForm(db: Executor, tenantId: string, id: string, lang: Locale) {
  const s = await ownService(db, tenantId, id);
  const stored = await loadTranslations(db, ENTITY, [id], [lang]);
  const fields = TRANSLATABLE_FIELDS.map((field) => {
    const t = stored.get(trKey(id, field, lang));
    const german = s[field];
    const state: TranslationState = german ? stateOf(german, t, lang) : "current";
    return { field, german, text: t?.text ?? "", state };
  });
  return { service: s, fields };
}

/**
 * Per entry, the state of its translation into `lang`: outdated first (they
 * mislead readers), then missing, then current.
 */
export async function translationOverview(db: Db, tenantId: string, lang: Locale) {
  const list = await db
    .select({ id: services.id, name: services.name, summary: services.summary, description: services.description, hoursNote: services.hoursNote, updatedAt: services.updatedAt })
    .from(services)
    .where(and(eq(services.tenantId, tenantId), eq(services.status, "active")))
    .orderBy(asc(services.name));
  const stored = await loadTranslations(db, ENTITY, list.map((s) => s.id), [lang]);
  const rank = { outdated: 0, missing: 1, current: 2 } as const;
  return list
    .map((s) => {
      let state: "current" | "outdated" | "missing" = "current";
      for (const field of TRANSLATABLE_FIELDS) {
        const german = s[field];
        if (!german) continue;
        const t = stored.get(trKey(s.id, field, lang));
        const st = stateOf(german, t, lang) as "current" | "outdated" | "missing";
        if (rank[st] < rank[state]) state = st;
      }
      return { id: s.id, name: s.name, state };
    })
    .sort((a, b) => rank[a.state] - rank[b.state] || a.name.localeCompare(b.name, "de"));
}

/** Rebuilds the search documents of the given entries from the database. */
export async function reindex(db: Executor, ids: string[]) {
  if (ids.length === 0) return;
  const joined = await loadJoined(db, ids);
  const langs = LOCALES.filter((l) => l !== "de");
  const stored = await loadTranslations(db, ENTITY, ids, langs);
  const docs: SearchDocumentInput[] = joined.map((j) => {
    const s = j.service;
    const translations: SearchDocumentInput["translations"] = {};
    for (const lang of langs) {
      const get = (f: string) => stored.get(trKey(s.id, f, lang))?.text;
      const name = get("name");
      const summary = get("summary");
      const body = get("description");
      if (name || summary || body) translations[lang] = { name, summary, body };
    }
    return {
      serviceId: s.id,
      tenantId: s.tenantId,
      name: s.name,
      summary: s.summary,
      body: s.description,
      organisation: j.organisation,
      town: [j.town, j.location?.city].filter(Boolean).join(" "),
      kind: s.kind,
      topics: s.topics,
      targetGroups: s.targetGroups,
      filters: { active: s.status === "active", languages: s.languages, townSlug: j.townSlug, temporarilyClosed: s.temporarilyClosed, slug: s.slug },
      translations,
    };
  });
  await indexServices(db, docs);
}

/** Rebuilds the search index of a whole tenant (after an import or a change of labels). */
export async function reindexTenant(db: Db, tenantId: string) {
  const ids = (await db.select({ id: services.id }).from(services).where(eq(services.tenantId, tenantId))).map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    await db.transaction((tx) => reindex(tx, ids.slice(i, i + 500)));
  }
}

