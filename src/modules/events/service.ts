/**
 * Veranstaltungen: domain logic without HTTP. Events and programmes with
 * their review workflow, occurrences, registrations with waitlist, the
 * retention of participants' data and the counts for the integration report.
 *
 * Every write runs in one transaction with its audit entry and the mail it
 * causes (mail is queued in the same transaction). Registration takes a row
 * lock on the event, so parallel registrations for the last places are
 * served one after the other: never more confirmed than places.
 */
import crypto from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Executor, Tx } from "../../core/db/index.ts";
import { rows } from "../../core/db/index.ts";
import { audit, diff, type Actor } from "../../core/audit.ts";
import { conflict, notFound } from "../../core/errors.ts";
import { formatDate, translate, type Locale } from "../../core/i18n.ts";
import { queueMail } from "../../core/mail.ts";
import { slugify } from "../../core/slug.ts";
import { visibleTenantIds } from "../../core/tenancy.ts";
import { loadTranslations, localized, saveTranslation, type TranslationState } from "../../core/translations.ts";
import type { TenantRef } from "../../web/context.ts";
import type { Category, EventStatus, Occurrence, OccurrenceChange, Question, RegistrationStatus, Timing } from "./model.ts";
import { isOccurrence, occurrences } from "./recurrence.ts";
import { placeOf } from "../directory/places.ts";
import { events, inclusionCounts, interests, occurrenceChanges, programmes, registrations } from "./schema.ts";
import type { EventInput, InterestInput, ProgrammeInput, RegistrationInput } from "./validation.ts";

export interface Scope {
  tenant: TenantRef;
  actor: Actor;
}

export type EventRow = typeof events.$inferSelect;
export type ProgrammeRow = typeof programmes.$inferSelect;

export interface EventDetail extends EventRow {
  changes: OccurrenceChange[];
  programme: { id: string; slug: string; title: string } | null;
}

export const timingOf = (e: EventDetail): Timing => ({ startsAt: e.startsAt, endsAt: e.endsAt, timeZone: e.timeZone, allDay: e.allDay, rrule: e.rrule, exdates: e.exdates, changes: e.changes });

async function changesOf(db: Executor, eventIds: string[]): Promise<Map<string, OccurrenceChange[]>> {
  const map = new Map<string, OccurrenceChange[]>();
  if (eventIds.length === 0) return map;
  const list = await db.select().from(occurrenceChanges).where(inArray(occurrenceChanges.eventId, eventIds));
  for (const c of list) {
    const entry = { originalStart: c.originalStart, startsAt: c.startsAt, endsAt: c.endsAt, cancelled: c.cancelled };
    const l = map.get(c.eventId);
    if (l) l.push(entry);
    else map.set(c.eventId, [entry]);
  }
  return map;
}

async function detail(db: Executor, rowsIn: EventRow[]): Promise<EventDetail[]> {
  const changes = await changesOf(
    db,
    rowsIn.map((e) => e.id),
  );
  const programmeIds = [...new Set(rowsIn.map((e) => e.programmeId).filter((p): p is string => p !== null))];
  const progs = programmeIds.length ? await db.select({ id: programmes.id, slug: programmes.slug, title: programmes.title }).from(programmes).where(inArray(programmes.id, programmeIds)) : [];
  const byId = new Map(progs.map((p) => [p.id, p]));
  return rowsIn.map((e) => ({ ...e, changes: changes.get(e.id) ?? [], programme: e.programmeId ? (byId.get(e.programmeId) ?? null) : null }));
}

/** One event of the tenant (staff), any status. */
export async function getEvent(db: Executor, tenantId: string, id: string): Promise<EventDetail> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("event");
  const [row] = await db.select().from(events).where(and(eq(events.tenantId, tenantId), eq(events.id, id)));
  if (!row) throw notFound("event");
  return (await detail(db, [row]))[0]!;
}

export interface EventListItem {
  id: string;
  slug: string;
  title: string;
  status: EventStatus;
  startsAt: Date;
  recurring: boolean;
  organiser: string;
  programme: string | null;
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
}

/** The tenant's events for the back office, review first, then by start. */
export async function listEvents(db: Db, tenantId: string, opts: { status?: EventStatus; programmeId?: string; partnerIds?: string[] } = {}): Promise<EventListItem[]> {
  return rows<EventListItem>(
    db,
    sql`SELECT e.id, e.slug, e.title, e.status, e.starts_at AS "startsAt", e.rrule IS NOT NULL AS recurring, e.organiser,
               p.title AS programme, e.capacity,
               (SELECT count(*)::int FROM ev_registration r WHERE r.event_id = e.id AND r.status = 'confirmed') AS confirmed,
               (SELECT count(*)::int FROM ev_registration r WHERE r.event_id = e.id AND r.status = 'waitlisted') AS waitlisted
          FROM ev_event e LEFT JOIN ev_programme p ON p.id = e.programme_id
         WHERE e.tenant_id = ${tenantId}
           ${opts.status ? sql`AND e.status = ${opts.status}` : sql``}
           ${opts.programmeId ? sql`AND e.programme_id = ${opts.programmeId}` : sql``}
           ${opts.partnerIds ? sql`AND e.partner_id = ANY(${sql.param(opts.partnerIds)}::uuid[])` : sql``}
         ORDER BY e.status = 'review' DESC, e.starts_at DESC, e.title`,
  ).then((list) => list.map((e) => ({ ...e, startsAt: new Date(e.startsAt) })));
}

async function freeSlug(tx: Executor, table: typeof events | typeof programmes, tenantId: string, title: string, own: string | null): Promise<string> {
  const base = slugify(title, "veranstaltung");
  const taken = new Set(
    (await tx.select({ slug: table.slug, id: table.id }).from(table).where(and(eq(table.tenantId, tenantId), sql`${table.slug} LIKE ${`${base}%`}`)))
      .filter((r) => r.id !== own)
      .map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function checkProgramme(tx: Executor, tenantId: string, programmeId: string | null) {
  if (!programmeId) return;
  const [p] = await tx.select({ id: programmes.id }).from(programmes).where(and(eq(programmes.tenantId, tenantId), eq(programmes.id, programmeId)));
  if (!p) throw conflict("programme", [{ field: "programmeId", key: "validation.choice" }]);
}

/**
 * A place chosen from the Wegweiser: its address and coordinates are copied
 * into the event (a venue typed in the form wins over the place's name), so
 * that the event stays right if the entry is later archived. Without a
 * place, the event has no coordinates.
 */
async function withPlace(tx: Executor, tenantId: string, input: EventInput): Promise<EventInput & { lat: number | null; lng: number | null }> {
  if (!input.placeId) return { ...input, lat: null, lng: null };
  const place = await placeOf(tx, tenantId, input.placeId);
  if (!place) throw conflict("no such place", [{ field: "placeId", key: "validation.choice" }]);
  return { ...input, venue: input.venue ?? place.name, street: place.street, postcode: place.postcode, city: place.city, lat: place.lat, lng: place.lng };
}

/**
 * Create (id null, as a draft) or change an event; its slug follows the title
 * while it is a draft. With `partner`, a partner organisation writes through
 * its portal: the event is its own, named after it, and it may change it
 * only before publication; the programme and the retention of participants'
 * data stay the office's choice.
 */
export async function saveEvent(db: Db, scope: Scope, id: string | null, input: EventInput, partner?: { id: string; name: string; contactEmail: string }): Promise<string> {
  return db.transaction(async (tx) => {
    const before = id === null ? null : await getEvent(tx, scope.tenant.id, id);
    if (partner) {
      if (before && before.partnerId !== partner.id) throw notFound("event");
      if (before && before.status !== "draft" && before.status !== "review") throw conflict("published", [{ field: "_form", key: "events.validation.partnerLocked" }]);
      input = { ...input, organiser: partner.name, contactEmail: input.contactEmail ?? partner.contactEmail, programmeId: before?.programmeId ?? null, retentionDays: before?.retentionDays ?? 30 };
    }
    await checkProgramme(tx, scope.tenant.id, input.programmeId);
    input = await withPlace(tx, scope.tenant.id, input);
    if (id === null || before === null) {
      const slug = await freeSlug(tx, events, scope.tenant.id, input.title, null);
      const [row] = await tx
        .insert(events)
        .values({ ...input, tenantId: scope.tenant.id, slug, status: "draft", partnerId: partner?.id ?? null, createdBy: scope.actor.id })
        .returning({ id: events.id });
      await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "ev_event", entityId: row!.id, changes: { ...input, slug } });
      return row!.id;
    }
    const slug = before.status === "draft" ? await freeSlug(tx, events, scope.tenant.id, input.title, id) : before.slug;
    const values = { ...input, slug, updatedAt: new Date() };
    await tx.update(events).set(values).where(eq(events.id, id));
    // Changes of occurrences that the new rule no longer gives are dropped with it.
    const timing: Timing = { ...input, changes: [] };
    for (const c of before.changes) if (!isOccurrence(timing, c.originalStart)) await tx.delete(occurrenceChanges).where(and(eq(occurrenceChanges.eventId, id), eq(occurrenceChanges.originalStart, c.originalStart)));
    const { updatedAt: _, ...compared } = values;
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: "ev_event", entityId: id, changes: diff(before as unknown as Record<string, unknown>, compared) });
    return id;
  });
}

/**
 * A copy of the event as a new draft, for next year's edition or a second
 * date: texts and their translations, place, settings and rule. Not copied:
 * registrations, exception dates, changed occurrences, the review history.
 */
export async function duplicateEvent(db: Db, scope: Scope, id: string): Promise<string> {
  return db.transaction(async (tx) => {
    const source = await getEvent(tx, scope.tenant.id, id);
    const { id: _id, slug: _slug, status: _status, changes: _changes, programme: _programme, createdAt: _c, updatedAt: _u, submittedAt: _sa, submittedSolved: _ss, cancelReason: _cr, createdBy: _cb, exdates: _ex, ...copied } = source;
    const slug = await freeSlug(tx, events, scope.tenant.id, source.title, null);
    const [row] = await tx
      .insert(events)
      .values({ ...copied, slug, status: "draft", exdates: [], createdBy: scope.actor.id })
      .returning({ id: events.id });
    await tx.execute(sql`INSERT INTO content_translation (entity, entity_id, field, lang, text, source_hash, machine, tenant_id)
                         SELECT entity, ${row!.id}, field, lang, text, source_hash, machine, tenant_id FROM content_translation
                          WHERE entity = 'ev_event' AND entity_id = ${id} AND tenant_id = ${scope.tenant.id}`);
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "duplicate", entity: "ev_event", entityId: row!.id, changes: { from: id, slug } });
    return row!.id;
  });
}

/** Staff's translation of an event's title and description into one language; an empty field removes it. */
export async function saveEventTranslation(db: Db, scope: Scope, id: string, lang: Locale, input: { title: string; description: string }) {
  await db.transaction(async (tx) => {
    const e = await getEvent(tx, scope.tenant.id, id);
    for (const field of ["title", "description"] as const) {
      await saveTranslation(tx, { tenantId: scope.tenant.id, entity: "ev_event", entityId: id, field, lang, text: input[field], german: e[field] });
    }
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "translate", entity: "ev_event", entityId: id, changes: { lang, ...input } });
  });
}

/** Tell the office's staff that an event waits for review. */
async function tellStaff(tx: Tx, tenant: TenantRef, id: string, title: string, organiser: string, baseUrl: string) {
  const staff = await rows<{ email: string }>(tx, sql`SELECT DISTINCT u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.tenant_id = ${tenant.id} AND m.role IN ('tenant_admin', 'staff') AND u.disabled_at IS NULL`);
  const url = `${baseUrl}/admin/${tenant.slug}/veranstaltungen/${id}`;
  for (const s of staff) await queueMail(tx, { tenantId: tenant.id, to: s.email, subject: translate("de", "events.mail.submittedSubject", { title }), text: translate("de", "events.mail.submittedText", { title, organiser, url }) });
}

/** A partner sends its draft to review: staff are told; it is not public before they publish it. */
export async function submitForReview(db: Db, scope: Scope, id: string, partnerId: string, baseUrl: string, now = new Date()) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(events).where(and(eq(events.tenantId, scope.tenant.id), eq(events.id, id))).for("update");
    if (!row || row.partnerId !== partnerId) throw notFound("event");
    if (row.status !== "draft") throw conflict(`status ${row.status}`, [{ field: "_form", key: "events.validation.transition" }]);
    await tx.update(events).set({ status: "review", submittedAt: now, updatedAt: now }).where(eq(events.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "submit", entity: "ev_event", entityId: id, changes: { status: ["draft", "review"] } });
    await tellStaff(tx, scope.tenant, id, row.title, row.organiser, baseUrl);
  });
}

/**
 * A partner's proposal from the public form: saved in review, never public
 * before staff publish it. The office's staff are told, and so is the
 * partner (again when it is published).
 */
export async function submitEvent(db: Db, tenant: TenantRef, input: EventInput & { contactEmail: string }, opts: { solved: boolean; baseUrl: string; lang: Locale; now?: Date }): Promise<string> {
  return db.transaction(async (tx) => {
    const actor: Actor = { id: null, label: `partner:${input.contactEmail}` };
    const slug = await freeSlug(tx, events, tenant.id, input.title, null);
    const [row] = await tx
      .insert(events)
      .values({ ...input, programmeId: null, tenantId: tenant.id, slug, status: "review", submittedAt: opts.now ?? new Date(), submittedSolved: opts.solved })
      .returning({ id: events.id });
    await audit(tx, { tenantId: tenant.id, actor, action: "submit", entity: "ev_event", entityId: row!.id, changes: { ...input, slug, solved: opts.solved } });
    await tellStaff(tx, tenant, row!.id, input.title, input.organiser, opts.baseUrl);
    await queueMail(tx, { tenantId: tenant.id, to: input.contactEmail, subject: translate(opts.lang, "events.mail.receivedSubject", { title: input.title }), text: translate(opts.lang, "events.mail.receivedText", { title: input.title, tenant: tenant.name }) });
    return row!.id;
  });
}

/** Which status changes staff may make. */
const TRANSITIONS: Record<EventStatus, EventStatus[]> = {
  draft: ["review", "published"],
  review: ["draft", "published"],
  published: ["draft", "cancelled"],
  cancelled: ["published"],
};

/**
 * Move an event through the workflow. Publishing tells the organiser's
 * mailbox; cancelling needs a reason and tells everyone registered for a
 * coming occurrence.
 */
export async function setStatus(db: Db, scope: Scope, id: string, status: EventStatus, opts: { reason?: string; baseUrl?: string; now?: Date } = {}) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(events).where(and(eq(events.tenantId, scope.tenant.id), eq(events.id, id))).for("update");
    if (!before) throw notFound("event");
    if (!TRANSITIONS[before.status].includes(status)) throw conflict(`status ${before.status} → ${status}`, [{ field: "status", key: "events.validation.transition" }]);
    await tx
      .update(events)
      .set({ status, cancelReason: status === "cancelled" ? (opts.reason ?? "") : null, updatedAt: new Date() })
      .where(eq(events.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "status", entity: "ev_event", entityId: id, changes: { status: [before.status, status], ...(opts.reason ? { reason: opts.reason } : {}) } });
    if (status === "draft" && before.status === "review" && before.contactEmail) {
      await queueMail(tx, {
        tenantId: scope.tenant.id,
        to: before.contactEmail,
        subject: translate("de", "events.mail.returnedSubject", { title: before.title }),
        text: translate("de", "events.mail.returnedText", { title: before.title, tenant: scope.tenant.name }),
      });
    }
    if (status === "published" && before.status === "review" && before.contactEmail) {
      await queueMail(tx, {
        tenantId: scope.tenant.id,
        to: before.contactEmail,
        subject: translate("de", "events.mail.publishedSubject", { title: before.title }),
        text: translate("de", "events.mail.publishedText", { title: before.title, url: `${opts.baseUrl ?? ""}/${scope.tenant.slug}/de/veranstaltungen/${before.slug}` }),
      });
    }
    if (status === "cancelled") {
      const people = await tx
        .select({ email: registrations.email, lang: registrations.lang, occurrence: registrations.occurrence })
        .from(registrations)
        .where(and(eq(registrations.eventId, id), inArray(registrations.status, ["confirmed", "waitlisted"]), sql`${registrations.occurrence} >= ${new Date((opts.now ?? new Date()).getTime() - 86_400_000)}`));
      for (const p of people) {
        const lang = p.lang as Locale;
        await queueMail(tx, {
          tenantId: scope.tenant.id,
          to: p.email,
          subject: translate(lang, "events.mail.cancelledSubject", { title: before.title }),
          text: translate(lang, "events.mail.cancelledText", { title: before.title, when: formatDate(lang, p.occurrence, { dateStyle: "full", timeStyle: "short", timeZone: before.timeZone }), reason: opts.reason ?? "" }),
        });
      }
    }
  });
}

/** Move one occurrence, cancel it alone, or undo its change. */
export async function changeOccurrence(db: Db, scope: Scope, id: string, originalStart: Date, change: { action: "move"; startsAt: Date; endsAt: Date } | { action: "cancel" | "restore" }) {
  await db.transaction(async (tx) => {
    const e = await getEvent(tx, scope.tenant.id, id);
    if (!isOccurrence(timingOf(e), originalStart)) throw conflict("no such occurrence", [{ field: "occurrence", key: "events.validation.occurrence" }]);
    const key = and(eq(occurrenceChanges.eventId, id), eq(occurrenceChanges.originalStart, originalStart));
    await tx.delete(occurrenceChanges).where(key);
    const duration = e.endsAt.getTime() - e.startsAt.getTime();
    if (change.action === "move") {
      await tx.insert(occurrenceChanges).values({ eventId: id, originalStart, startsAt: change.startsAt, endsAt: change.endsAt, cancelled: false });
    } else if (change.action === "cancel") {
      const existing = e.changes.find((c) => c.originalStart.getTime() === originalStart.getTime());
      await tx.insert(occurrenceChanges).values({ eventId: id, originalStart, startsAt: existing?.startsAt ?? originalStart, endsAt: existing?.endsAt ?? new Date(originalStart.getTime() + duration), cancelled: true });
    }
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: `occurrence_${change.action}`, entity: "ev_event", entityId: id, changes: { originalStart, ...(change.action === "move" ? { startsAt: change.startsAt, endsAt: change.endsAt } : {}) } });
  });
}

// ---------------------------------------------------------------------------
// Programmes

export async function listProgrammes(db: Executor, tenantId: string): Promise<ProgrammeRow[]> {
  return db.select().from(programmes).where(eq(programmes.tenantId, tenantId)).orderBy(sql`${programmes.startsOn} DESC NULLS LAST`, asc(programmes.title));
}

export async function getProgramme(db: Executor, tenantId: string, id: string): Promise<ProgrammeRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("programme");
  const [p] = await db.select().from(programmes).where(and(eq(programmes.tenantId, tenantId), eq(programmes.id, id)));
  if (!p) throw notFound("programme");
  return p;
}

export async function saveProgramme(db: Db, scope: Scope, id: string | null, input: ProgrammeInput): Promise<string> {
  return db.transaction(async (tx) => {
    if (id === null) {
      const slug = await freeSlug(tx, programmes, scope.tenant.id, input.title, null);
      const [row] = await tx.insert(programmes).values({ ...input, tenantId: scope.tenant.id, slug }).returning({ id: programmes.id });
      await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "ev_programme", entityId: row!.id, changes: { ...input, slug } });
      return row!.id;
    }
    const before = await getProgramme(tx, scope.tenant.id, id);
    await tx
      .update(programmes)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(programmes.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: "ev_programme", entityId: id, changes: diff(before as unknown as Record<string, unknown>, input) });
    return id;
  });
}

// ---------------------------------------------------------------------------
// Public side

export interface PublicFilters {
  from: Date;
  to: Date;
  category?: Category;
  language?: string;
  programme?: string;
}

export interface PublicEvent extends EventDetail {
  /** Title and description in the reader's language, or German. */
  shownTitle: string;
  shownDescription: string;
  titleState: TranslationState;
  /** From a Land-level tenant, shown in every municipality. */
  fromLand: boolean;
}

export interface PublicOccurrence {
  event: PublicEvent;
  occurrence: Occurrence;
}

async function publicRows(db: Db, tenant: TenantRef, where: ReturnType<typeof sql>): Promise<EventRow[]> {
  const ids = visibleTenantIds(tenant);
  return db
    .select()
    .from(events)
    .where(and(inArray(events.tenantId, ids), inArray(events.status, ["published", "cancelled"]), where));
}

async function localize(db: Executor, tenant: TenantRef, list: EventDetail[], lang: Locale): Promise<PublicEvent[]> {
  const tr = await loadTranslations(
    db,
    "ev_event",
    list.map((e) => e.id),
    [lang],
  );
  return list.map((e) => {
    const title = localized(e.title, tr.get(`${e.id}|title|${lang}`), lang);
    const description = localized(e.description, tr.get(`${e.id}|description|${lang}`), lang);
    return { ...e, shownTitle: title.text, shownDescription: description.text, titleState: title.state, fromLand: e.tenantId !== tenant.id };
  });
}

/** The occurrences of published (and cancelled) events in the window, with the filters, in start order. */
export async function publicOccurrences(db: Db, tenant: TenantRef, lang: Locale, f: PublicFilters): Promise<PublicOccurrence[]> {
  const conditions = [
    // Single events overlapping the window; recurring ones starting before its end (the rule decides the rest).
    sql`${events.startsAt} < ${f.to} AND (${events.rrule} IS NOT NULL OR ${events.endsAt} > ${f.from})`,
    f.category ? sql`${f.category} = ANY(${events.categories})` : sql`TRUE`,
    f.language ? sql`${f.language} = ANY(${events.languages})` : sql`TRUE`,
    f.programme ? sql`${events.programmeId} IN (SELECT id FROM ev_programme WHERE slug = ${f.programme} AND tenant_id = ${tenant.id})` : sql`TRUE`,
  ];
  const found = await publicRows(db, tenant, sql.join(conditions, sql` AND `));
  const list = await localize(db, tenant, await detail(db, found), lang);
  const out: PublicOccurrence[] = [];
  for (const event of list) for (const occurrence of occurrences(timingOf(event), f.from, f.to)) out.push({ event, occurrence });
  return out.sort((a, b) => a.occurrence.startsAt.getTime() - b.occurrence.startsAt.getTime() || a.event.shownTitle.localeCompare(b.event.shownTitle, lang));
}

/** The tenant's own events of every status with their occurrences in the window (the back office's calendar), in start order. */
export async function officeOccurrences(db: Db, tenantId: string, from: Date, to: Date): Promise<{ event: EventDetail; occurrence: Occurrence }[]> {
  const found = await db
    .select()
    .from(events)
    .where(and(eq(events.tenantId, tenantId), sql`${events.startsAt} < ${to} AND (${events.rrule} IS NOT NULL OR ${events.endsAt} > ${from})`));
  const out: { event: EventDetail; occurrence: Occurrence }[] = [];
  for (const event of await detail(db, found)) for (const occurrence of occurrences(timingOf(event), from, to)) out.push({ event, occurrence });
  return out.sort((a, b) => a.occurrence.startsAt.getTime() - b.occurrence.startsAt.getTime() || a.event.title.localeCompare(b.event.title, "de"));
}

/** One published or cancelled event by slug, with its next occurrences (from `now`) and places left. */
export async function publicEvent(db: Db, tenant: TenantRef, lang: Locale, slug: string, now = new Date()) {
  const found = await publicRows(db, tenant, sql`${events.slug} = ${slug}`);
  // The municipality's own event wins over a Land event of the same slug.
  const own = found.find((e) => e.tenantId === tenant.id) ?? found[0];
  if (!own) throw notFound("event");
  const [event] = await localize(db, tenant, await detail(db, [own]), lang);
  const horizon = new Date(now.getTime() + 400 * 86_400_000);
  const next = occurrences(timingOf(event!), now, horizon).slice(0, 20);
  const taken = event!.capacity ? await confirmedCounts(db, event!.id) : new Map<number, number>();
  return { event: event!, next: next.map((o) => ({ ...o, left: event!.capacity === null ? null : Math.max(0, event!.capacity - (taken.get(o.originalStart.getTime()) ?? 0)) })) };
}

export async function publicProgramme(db: Db, tenant: TenantRef, slug: string) {
  const [p] = await db
    .select()
    .from(programmes)
    .where(and(inArray(programmes.tenantId, visibleTenantIds(tenant)), eq(programmes.slug, slug)));
  if (!p) throw notFound("programme");
  return p;
}

async function confirmedCounts(db: Executor, eventId: string): Promise<Map<number, number>> {
  const list = await rows<{ occurrence: string; n: number }>(db, sql`SELECT occurrence, count(*)::int AS n FROM ev_registration WHERE event_id = ${eventId} AND status = 'confirmed' GROUP BY occurrence`);
  return new Map(list.map((r) => [new Date(r.occurrence).getTime(), r.n]));
}

// ---------------------------------------------------------------------------
// Registration

/** The published event, visible to the tenant, under its row lock: sign-ups for it are served one after the other. */
async function lockPublished(tx: Tx, tenant: TenantRef, eventId: string): Promise<EventRow> {
  const [row] = await tx
    .select()
    .from(events)
    .where(and(inArray(events.tenantId, visibleTenantIds(tenant)), eq(events.id, eventId)))
    .for("update");
  if (!row || row.status !== "published") throw notFound("event");
  return row;
}

const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export interface Registered {
  id: string;
  status: Exclude<RegistrationStatus, "cancelled">;
  /** Secret of the cancellation link: only in the mail and on the confirmation page. */
  token: string;
  /** When the occurrence booked starts (moved or not), for the confirmation page. */
  startsAt: Date;
  endsAt: Date;
}

/** The event's title in the reader's language (German where it has no translation), for the letters to them. */
async function titleIn(db: Executor, eventId: string, german: string, lang: Locale): Promise<string> {
  const tr = await loadTranslations(db, "ev_event", [eventId], [lang]);
  return localized(german, tr.get(`${eventId}|title|${lang}`), lang).text;
}

/**
 * Register one person for one occurrence: confirmed while places are left,
 * else on the waitlist. Under the event's row lock, so parallel
 * registrations never overbook. The mail with the cancellation link is
 * queued in the same transaction.
 */
export async function register(db: Db, tenant: TenantRef, eventId: string, input: RegistrationInput, lang: Locale, baseUrl: string, now = new Date()): Promise<Registered> {
  return db.transaction(async (tx) => {
    const row = await lockPublished(tx, tenant, eventId);
    if (row.capacity === null) throw conflict("no registration", [{ field: "_form", key: "events.validation.noRegistration" }]);
    const [e] = await detail(tx, [row]);
    const timing = timingOf(e!);
    if (!isOccurrence(timing, input.occurrence)) throw conflict("no such occurrence", [{ field: "occurrence", key: "events.validation.occurrence" }]);
    const change = e!.changes.find((c) => c.originalStart.getTime() === input.occurrence.getTime());
    if (change?.cancelled) throw conflict("occurrence cancelled", [{ field: "occurrence", key: "events.validation.occurrenceCancelled" }]);
    const startsAt = change?.startsAt ?? input.occurrence;
    if (startsAt.getTime() <= now.getTime()) throw conflict("past", [{ field: "occurrence", key: "events.validation.past" }]);
    const [already] = await tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(and(eq(registrations.eventId, eventId), eq(registrations.occurrence, input.occurrence), eq(registrations.email, input.email), inArray(registrations.status, ["confirmed", "waitlisted"])));
    if (already) throw conflict("already registered", [{ field: "email", key: "events.validation.already" }]);
    const [{ n }] = (await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM ev_registration WHERE event_id = ${eventId} AND occurrence = ${input.occurrence} AND status = 'confirmed'`)) as [{ n: number }];
    const status = n < row.capacity ? "confirmed" : "waitlisted";
    const token = crypto.randomBytes(24).toString("base64url");
    const [reg] = await tx
      .insert(registrations)
      .values({ tenantId: row.tenantId, eventId, occurrence: input.occurrence, status, name: input.name, email: input.email, phone: input.phone, answers: input.answers.filter((q) => row.questions.includes(q)), lang, consentAt: now, tokenHash: hashToken(token) })
      .returning({ id: registrations.id });
    const when = formatDate(lang, startsAt, { dateStyle: "full", timeStyle: "short", timeZone: row.timeZone });
    const cancelUrl = `${baseUrl}/${tenant.slug}/${lang}/veranstaltungen/abmelden/${token}`;
    const title = await titleIn(tx, eventId, row.title, lang);
    await queueMail(tx, {
      tenantId: row.tenantId,
      to: input.email,
      subject: translate(lang, status === "confirmed" ? "events.mail.confirmedSubject" : "events.mail.waitlistedSubject", { title }),
      text: translate(lang, status === "confirmed" ? "events.mail.confirmedText" : "events.mail.waitlistedText", { name: input.name, title, when, place: placeLine(row), cancelUrl }),
    });
    const endsAt = change?.endsAt ?? new Date(startsAt.getTime() + (row.endsAt.getTime() - row.startsAt.getTime()));
    return { id: reg!.id, status, token, startsAt, endsAt };
  });
}

const placeLine = (e: EventRow) => [e.venue, e.street, [e.postcode, e.city].filter(Boolean).join(" "), e.onlineUrl].filter(Boolean).join(", ");

/** The registration a cancellation link stands for, or null. */
export async function registrationByToken(db: Executor, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const [r] = await db
    .select({ id: registrations.id, status: registrations.status, occurrence: registrations.occurrence, name: registrations.name, eventId: registrations.eventId, title: events.title, timeZone: events.timeZone, slug: events.slug })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.tokenHash, hashToken(token)));
  return r ?? null;
}

/**
 * Cancel a registration through its link. When a confirmed place frees up,
 * the first on the waitlist of that occurrence moves up and is told.
 * Cancelling twice changes nothing.
 */
export async function cancelRegistration(db: Db, token: string, now = new Date()): Promise<{ cancelled: boolean; movedUp: string | null }> {
  return db.transaction(async (tx) => {
    const found = await registrationByToken(tx, token);
    if (!found) throw notFound("registration");
    const [row] = await tx.select().from(events).where(eq(events.id, found.eventId)).for("update");
    const [reg] = await tx.select().from(registrations).where(eq(registrations.id, found.id));
    if (!row || !reg || reg.status === "cancelled") return { cancelled: false, movedUp: null };
    await tx.update(registrations).set({ status: "cancelled", cancelledAt: now }).where(eq(registrations.id, reg.id));
    await audit(tx, { tenantId: row.tenantId, actor: { id: null, label: "registrant" }, action: "cancel", entity: "ev_registration", entityId: reg.id, changes: { status: [reg.status, "cancelled"] } });
    const movedUp = reg.status === "confirmed" ? await moveUp(tx, row, reg.occurrence) : null;
    return { cancelled: true, movedUp };
  });
}

/** Fill free places of an occurrence from its waitlist, first come first served. Needs the event's row lock. */
async function moveUp(tx: Tx, row: EventRow, occurrence: Date): Promise<string | null> {
  if (row.capacity === null) return null;
  const [{ n }] = (await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM ev_registration WHERE event_id = ${row.id} AND occurrence = ${occurrence} AND status = 'confirmed'`)) as [{ n: number }];
  if (n >= row.capacity) return null;
  const [next] = await tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, row.id), eq(registrations.occurrence, occurrence), eq(registrations.status, "waitlisted")))
    .orderBy(asc(registrations.createdAt), asc(registrations.id))
    .limit(1);
  if (!next) return null;
  await tx.update(registrations).set({ status: "confirmed" }).where(eq(registrations.id, next.id));
  await audit(tx, { tenantId: row.tenantId, actor: { id: null, label: "system" }, action: "move_up", entity: "ev_registration", entityId: next.id, changes: { status: ["waitlisted", "confirmed"] } });
  const lang = next.lang as Locale;
  await queueMail(tx, {
    tenantId: row.tenantId,
    to: next.email,
    subject: translate(lang, "events.mail.movedUpSubject", { title: row.title }),
    text: translate(lang, "events.mail.movedUpText", { name: next.name, title: row.title, when: formatDate(lang, occurrence, { dateStyle: "full", timeStyle: "short", timeZone: row.timeZone }), place: placeLine(row) }),
  });
  return next.id;
}

export interface RegistrationItem {
  id: string;
  occurrence: Date;
  status: RegistrationStatus;
  name: string;
  email: string;
  phone: string | null;
  answers: Question[];
  createdAt: Date;
  checkedInAt: Date | null;
}

/** The registrations of an event (staff of the organising tenant only: the caller passes its own tenant). */
export async function registrationsOf(db: Executor, tenantId: string, eventId: string): Promise<RegistrationItem[]> {
  return db
    .select({ id: registrations.id, occurrence: registrations.occurrence, status: registrations.status, name: registrations.name, email: registrations.email, phone: registrations.phone, answers: registrations.answers, createdAt: registrations.createdAt, checkedInAt: registrations.checkedInAt })
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId)))
    .orderBy(asc(registrations.occurrence), sql`${registrations.status} = 'cancelled'`, asc(registrations.createdAt));
}

/** Staff cancel a registration (asked by phone, say); moves up the waitlist like the link does. */
export async function cancelRegistrationByStaff(db: Db, scope: Scope, eventId: string, registrationId: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(events).where(and(eq(events.tenantId, scope.tenant.id), eq(events.id, eventId))).for("update");
    if (!row) throw notFound("event");
    const [reg] = await tx.select().from(registrations).where(and(eq(registrations.eventId, eventId), eq(registrations.id, registrationId)));
    if (!reg) throw notFound("registration");
    if (reg.status === "cancelled") return;
    await tx.update(registrations).set({ status: "cancelled", cancelledAt: new Date() }).where(eq(registrations.id, reg.id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "cancel", entity: "ev_registration", entityId: reg.id, changes: { status: [reg.status, "cancelled"] } });
    if (reg.status === "confirmed") await moveUp(tx, row, reg.occurrence);
  });
}

/**
 * Check a registered person in at the door, or undo it. Confirmed and
 * waitlisted people can be checked in (a place may be free on the day);
 * a cancelled registration cannot.
 */
export async function setCheckIn(db: Db, scope: Scope, eventId: string, registrationId: string, present: boolean, now = new Date()) {
  await db.transaction(async (tx) => {
    const [reg] = await tx
      .select({ id: registrations.id, status: registrations.status, checkedInAt: registrations.checkedInAt })
      .from(registrations)
      .where(and(eq(registrations.tenantId, scope.tenant.id), eq(registrations.eventId, eventId), eq(registrations.id, registrationId)))
      .for("update");
    if (!reg) throw notFound("registration");
    if (reg.status === "cancelled") throw conflict("cancelled", [{ field: "_form", key: "events.validation.checkInCancelled" }]);
    if (present === (reg.checkedInAt !== null)) return;
    await tx.update(registrations).set({ checkedInAt: present ? now : null }).where(eq(registrations.id, reg.id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: present ? "check_in" : "check_in_undo", entity: "ev_registration", entityId: reg.id, changes: {} });
  });
}

/** How long before an occurrence its confirmed registrants are reminded. */
export const REMINDER_HOURS = 24;

/**
 * Queue the reminder mail for confirmed registrations whose occurrence (as
 * moved, if it was) starts within the next REMINDER_HOURS, once each, in
 * the registrant's language. People who registered within that time before
 * the start just had their confirmation and get none. The cancellation
 * link's secret is not stored, so the reminder points to the confirmation
 * mail. Returns how many were queued.
 */
export async function sendReminders(db: Db, baseUrl: string, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await rows<{ id: string; tenant_id: string; name: string; email: string; lang: string; starts: string; title: string; slug: string; time_zone: string; tenant_slug: string; venue: string | null; street: string | null; postcode: string | null; city: string | null; online_url: string | null }>(
      tx,
      sql`SELECT r.id, r.tenant_id, r.name, r.email, r.lang, COALESCE(c.starts_at, r.occurrence) AS starts, e.title, e.slug, e.time_zone, t.slug AS tenant_slug,
                 e.venue, e.street, e.postcode, e.city, e.online_url
            FROM ev_registration r
            JOIN ev_event e ON e.id = r.event_id
            JOIN tenant t ON t.id = e.tenant_id
            LEFT JOIN ev_occurrence_change c ON c.event_id = r.event_id AND c.original_start = r.occurrence
           WHERE r.status = 'confirmed' AND r.reminded_at IS NULL AND e.status = 'published' AND NOT COALESCE(c.cancelled, false)
             AND COALESCE(c.starts_at, r.occurrence) > ${now}
             AND COALESCE(c.starts_at, r.occurrence) <= ${new Date(now.getTime() + REMINDER_HOURS * 3_600_000)}
             AND r.created_at < COALESCE(c.starts_at, r.occurrence) - make_interval(hours => ${REMINDER_HOURS})
           ORDER BY starts
           FOR UPDATE OF r SKIP LOCKED`,
    );
    for (const r of due) {
      const lang = r.lang as Locale;
      const place = [r.venue, r.street, [r.postcode, r.city].filter(Boolean).join(" "), r.online_url].filter(Boolean).join(", ");
      await queueMail(tx, {
        tenantId: r.tenant_id,
        to: r.email,
        subject: translate(lang, "events.mail.reminderSubject", { title: r.title }),
        text: translate(lang, "events.mail.reminderText", {
          name: r.name,
          title: r.title,
          when: formatDate(lang, new Date(r.starts), { dateStyle: "full", timeStyle: "short", timeZone: r.time_zone }),
          place,
          url: `${baseUrl}/${r.tenant_slug}/${lang}/veranstaltungen/${r.slug}`,
        }),
      });
    }
    if (due.length) await tx.update(registrations).set({ remindedAt: now }).where(inArray(registrations.id, due.map((r) => r.id)));
    return due.length;
  });
}

// ---------------------------------------------------------------------------
// Interest sign-up

/**
 * A resident says they want to take part. The contact data is stored for
 * the office; the voluntary self-description only increments anonymous
 * counters (and "all"), in the same transaction, and is never stored with
 * the person. The mail carries a link to withdraw.
 */
export async function signUpInterest(db: Db, tenant: TenantRef, eventId: string, input: InterestInput, lang: Locale, baseUrl: string, now = new Date()): Promise<{ id: string; token: string }> {
  return db.transaction(async (tx) => {
    const row = await lockPublished(tx, tenant, eventId);
    if (!row.interest) throw conflict("no interest sign-up", [{ field: "_form", key: "events.validation.noRegistration" }]);
    if (row.endsAt.getTime() <= now.getTime()) throw conflict("past", [{ field: "_form", key: "events.validation.past" }]);
    const [already] = await tx.select({ id: interests.id }).from(interests).where(and(eq(interests.eventId, eventId), eq(interests.email, input.email)));
    if (already) throw conflict("already signed up", [{ field: "email", key: "events.validation.alreadyInterested" }]);
    const token = crypto.randomBytes(24).toString("base64url");
    const [created] = await tx
      .insert(interests)
      .values({ tenantId: row.tenantId, eventId, name: input.name, email: input.email, phone: input.phone, lang, consentAt: now, tokenHash: hashToken(token) })
      .returning({ id: interests.id });
    const cells: [string, string][] = [["all", "all"]];
    if (input.gender) cells.push(["gender", input.gender]);
    if (input.background) cells.push(["background", input.background]);
    for (const code of input.languages) cells.push(["language", code]);
    for (const [dimension, value] of cells) {
      await tx
        .insert(inclusionCounts)
        .values({ eventId, dimension, value, n: 1 })
        .onConflictDoUpdate({ target: [inclusionCounts.eventId, inclusionCounts.dimension, inclusionCounts.value], set: { n: sql`${inclusionCounts.n} + 1` } });
    }
    const title = await titleIn(tx, eventId, row.title, lang);
    await queueMail(tx, {
      tenantId: row.tenantId,
      to: input.email,
      subject: translate(lang, "events.mail.interestSubject", { title }),
      text: translate(lang, "events.mail.interestText", { name: input.name, title, cancelUrl: `${baseUrl}/${tenant.slug}/${lang}/veranstaltungen/abmelden/${token}` }),
    });
    return { id: created!.id, token };
  });
}

/** The interest sign-up a withdrawal link stands for, or null. */
export async function interestByToken(db: Executor, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const [r] = await db
    .select({ id: interests.id, name: interests.name, eventId: interests.eventId, title: events.title })
    .from(interests)
    .innerJoin(events, eq(events.id, interests.eventId))
    .where(eq(interests.tokenHash, hashToken(token)));
  return r ?? null;
}

/** Withdraw through the link: the contact data is deleted at once; the anonymous counts stay. */
export async function withdrawInterest(db: Db, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const found = await interestByToken(tx, token);
    if (!found) return false;
    await tx.delete(interests).where(eq(interests.id, found.id));
    return true;
  });
}

export interface InterestItem {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  createdAt: Date;
}

/** Who signed up (staff of the organising tenant only: the caller passes its own tenant). */
export async function interestsOf(db: Executor, tenantId: string, eventId: string): Promise<InterestItem[]> {
  return db
    .select({ id: interests.id, name: interests.name, email: interests.email, phone: interests.phone, createdAt: interests.createdAt })
    .from(interests)
    .where(and(eq(interests.tenantId, tenantId), eq(interests.eventId, eventId)))
    .orderBy(asc(interests.createdAt));
}

/** The inclusion statistics of an event of the tenant: counts per dimension and value, largest first. */
export async function inclusionOf(db: Executor, tenantId: string, eventId: string): Promise<Map<string, { value: string; n: number }[]>> {
  const list = await rows<{ dimension: string; value: string; n: number }>(
    db,
    sql`SELECT c.dimension, c.value, c.n FROM ev_inclusion_count c JOIN ev_event e ON e.id = c.event_id WHERE e.tenant_id = ${tenantId} AND c.event_id = ${eventId} ORDER BY c.dimension, c.n DESC, c.value`,
  );
  const map = new Map<string, { value: string; n: number }[]>();
  for (const r of list) map.set(r.dimension, [...(map.get(r.dimension) ?? []), { value: r.value, n: r.n }]);
  return map;
}

// ---------------------------------------------------------------------------
// Retention and counts

/**
 * Erase the personal data of registrations whose occurrence ended more than
 * the event's retention days ago; their counts go to ev_registration_count
 * first, in the same transaction. Returns how many were erased.
 */
export async function eraseExpiredRegistrations(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = sql`SELECT r.id FROM ev_registration r JOIN ev_event e ON e.id = r.event_id
                          WHERE r.occurrence + (e.ends_at - e.starts_at) + make_interval(days => e.retention_days) < ${now}`;
    await tx.execute(sql`
      INSERT INTO ev_registration_count (event_id, occurrence, confirmed, waitlisted, cancelled, attended)
      SELECT event_id, occurrence,
             count(*) FILTER (WHERE status = 'confirmed'), count(*) FILTER (WHERE status = 'waitlisted'),
             count(*) FILTER (WHERE status = 'cancelled'), count(*) FILTER (WHERE checked_in_at IS NOT NULL)
        FROM ev_registration WHERE id IN (${expired})
       GROUP BY event_id, occurrence
      ON CONFLICT (event_id, occurrence) DO UPDATE SET
        confirmed = ev_registration_count.confirmed + EXCLUDED.confirmed,
        waitlisted = ev_registration_count.waitlisted + EXCLUDED.waitlisted,
        cancelled = ev_registration_count.cancelled + EXCLUDED.cancelled,
        attended = ev_registration_count.attended + EXCLUDED.attended`);
    const deleted = await rows<{ id: string }>(tx, sql`DELETE FROM ev_registration WHERE id IN (${expired}) RETURNING id`);
    // Interest sign-ups (single events only): the retention days after the event's end.
    const interested = await rows<{ id: string }>(
      tx,
      sql`DELETE FROM ev_interest i USING ev_event e WHERE e.id = i.event_id AND e.ends_at + make_interval(days => e.retention_days) < ${now} RETURNING i.id`,
    );
    return deleted.length + interested.length;
  });
}

export interface EventCounts {
  year: number;
  events: number;
  occurrences: number;
  cancelledEvents: number;
  registrations: { confirmed: number; waitlisted: number; cancelled: number; attended: number };
  byCategory: { category: string; events: number }[];
  byProgramme: { programme: string; events: number; occurrences: number; confirmed: number; attended: number }[];
  byEvent: { id: string; title: string; programme: string | null; status: EventStatus; occurrences: number; confirmed: number; waitlisted: number; cancelled: number; attended: number }[];
}

/**
 * The year's figures for the integration report: published events with an
 * occurrence in the year, their occurrences, and registrations (live ones and
 * the counts kept after erasure).
 */
export async function eventCounts(db: Db, tenantId: string, year: number, timeZone = "Europe/Berlin"): Promise<EventCounts> {
  const from = new Date(Date.UTC(year, 0, 1) - 3 * 3_600_000);
  const to = new Date(Date.UTC(year + 1, 0, 1));
  const list = await detail(db, await db.select().from(events).where(and(eq(events.tenantId, tenantId), inArray(events.status, ["published", "cancelled"]))));
  const yearOf = new Intl.DateTimeFormat("en", { timeZone, year: "numeric" });
  const inYear = (d: Date) => Number(yearOf.format(d)) === year;
  const counted = list.map((e) => ({ e, n: occurrences(timingOf(e), from, to).filter((o) => !o.cancelled && inYear(o.startsAt)).length })).filter((x) => x.n > 0);
  const ids = counted.map((x) => x.e.id);
  const reg = ids.length
    ? await rows<{ event_id: string; confirmed: number; waitlisted: number; cancelled: number; attended: number }>(
        db,
        sql`SELECT event_id, sum(confirmed)::int AS confirmed, sum(waitlisted)::int AS waitlisted, sum(cancelled)::int AS cancelled, sum(attended)::int AS attended FROM (
              SELECT event_id, count(*) FILTER (WHERE status = 'confirmed') AS confirmed, count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted,
                     count(*) FILTER (WHERE status = 'cancelled') AS cancelled, count(*) FILTER (WHERE checked_in_at IS NOT NULL) AS attended
                FROM ev_registration WHERE event_id = ANY(${sql.param(ids)}::uuid[]) AND occurrence >= ${from} AND occurrence < ${to} GROUP BY event_id
              UNION ALL
              SELECT event_id, confirmed, waitlisted, cancelled, attended FROM ev_registration_count
               WHERE event_id = ANY(${sql.param(ids)}::uuid[]) AND occurrence >= ${from} AND occurrence < ${to}) x GROUP BY event_id`,
      )
    : [];
  const regBy = new Map(reg.map((r) => [r.event_id, r]));
  const sum = (k: "confirmed" | "waitlisted" | "cancelled" | "attended") => reg.reduce((s, r) => s + Number(r[k]), 0);
  const categories = new Map<string, number>();
  for (const { e } of counted) for (const c of e.categories) categories.set(c, (categories.get(c) ?? 0) + 1);
  const programmesBy = new Map<string, { programme: string; events: number; occurrences: number; confirmed: number; attended: number }>();
  for (const { e, n } of counted) {
    if (!e.programme) continue;
    const p = programmesBy.get(e.programme.id) ?? { programme: e.programme.title, events: 0, occurrences: 0, confirmed: 0, attended: 0 };
    p.events++;
    p.occurrences += n;
    p.confirmed += Number(regBy.get(e.id)?.confirmed ?? 0);
    p.attended += Number(regBy.get(e.id)?.attended ?? 0);
    programmesBy.set(e.programme.id, p);
  }
  const byEvent = counted.map(({ e, n }) => {
    const r = regBy.get(e.id);
    return { id: e.id, title: e.title, programme: e.programme?.title ?? null, status: e.status, occurrences: n, confirmed: Number(r?.confirmed ?? 0), waitlisted: Number(r?.waitlisted ?? 0), cancelled: Number(r?.cancelled ?? 0), attended: Number(r?.attended ?? 0) };
  });
  return {
    year,
    events: counted.filter((x) => x.e.status === "published").length,
    occurrences: counted.filter((x) => x.e.status === "published").reduce((s, x) => s + x.n, 0),
    cancelledEvents: counted.filter((x) => x.e.status === "cancelled").length,
    registrations: { confirmed: sum("confirmed"), waitlisted: sum("waitlisted"), cancelled: sum("cancelled"), attended: sum("attended") },
    byCategory: [...categories].map(([category, n]) => ({ category, events: n })).sort((a, b) => b.events - a.events || a.category.localeCompare(b.category)),
    byProgramme: [...programmesBy.values()].sort((a, b) => a.programme.localeCompare(b.programme, "de")),
    byEvent: byEvent.sort((a, b) => (a.programme ?? "").localeCompare(b.programme ?? "", "de") || a.title.localeCompare(b.title, "de")),
  };
}
