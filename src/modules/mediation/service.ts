/**
 * Domain logic of the Sprachmittlung: settings, requesters, the mediator pool,
 * requests from submission to decision, offers, acceptance and cancellation.
 * No HTTP here. Every write runs in one transaction with its audit entry and
 * the mail it causes (queued in the same transaction).
 */
import crypto from "node:crypto";
import { z } from "zod";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db, Executor, Tx } from "../../core/db/index.ts";
import { rows } from "../../core/db/index.ts";
import { audit, diff, type Actor } from "../../core/audit.ts";
import { users } from "../../core/db/schema.ts";
import { conflict, invalid, notFound } from "../../core/errors.ts";
import { queueMail } from "../../core/mail.ts";
import { formatSpan, type Locale, translate } from "../../core/i18n.ts";
import type { TenantRef } from "../../web/context.ts";
import { ensurePortalAccount } from "../../core/accounts/service.ts";
import { assess, mayAutoApprove, type Assessment } from "./eligibility.ts";
import { cancellation, cancellationTerms, estimate, fee } from "./fees.ts";
import { suggest, type MatchMediator, type Suggestion } from "./matching.ts";
import type { Plan, PlanMediator, PlanRequest } from "./planning.ts";
import { planOffThread, type Lane } from "./plan-thread.ts";
import { bookedMinutes, DEFAULT_CRITERIA, DEFAULT_RATES, type CancelledBy, type Criteria, type Gender, type Level, type Mode, type RateRules, type RequestStatus, type Topic, type TravelMode } from "./model.ts";
import { absences, availability, JOB_MINUTES, jobs, mediatorLanguages, mediators, mediationSettings, offers, planRuns, qualifications, requesterMembers, requesters, requests, requestSlots } from "./schema.ts";
import { addDays, instantOf, monthOf, wallOf } from "../../core/time.ts";
import { languageName, slotsOf, type MediatorInput, type RequestInput, type RequesterInput } from "./validation.ts";

export interface Scope {
  tenant: TenantRef;
  actor: Actor;
}

/** Raw rows carry timestamps as strings on some drivers: make them Dates. */
function dated<T extends object>(row: T, ...keys: (keyof T)[]): T {
  for (const k of keys) {
    const v = row[k] as unknown;
    if (v !== null && v !== undefined && !(v instanceof Date)) (row as Record<keyof T, unknown>)[k] = new Date(v as string);
  }
  return row;
}

const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("base64url");
const token = () => crypto.randomBytes(24).toString("base64url");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const checkId = (id: string) => {
  if (!UUID.test(id)) throw notFound();
};

// ---------------------------------------------------------------------------
// Settings

export interface Settings {
  criteria: Criteria;
  rates: RateRules;
  intro: string;
  contactEmail: string | null;
  contactPhone: string | null;
  retentionDays: number;
}

export async function loadSettings(db: Executor, tenantId: string): Promise<Settings> {
  const [row] = await db.select().from(mediationSettings).where(eq(mediationSettings.tenantId, tenantId));
  return {
    criteria: { ...DEFAULT_CRITERIA, ...(row?.criteria ?? {}) },
    rates: { ...DEFAULT_RATES, ...(row?.rates ?? {}) },
    intro: row?.intro ?? "",
    contactEmail: row?.contactEmail ?? null,
    contactPhone: row?.contactPhone ?? null,
    retentionDays: row?.retentionDays ?? 90,
  };
}

export async function saveSettings(db: Db, scope: Scope, next: Settings) {
  await db.transaction(async (tx) => {
    const before = await loadSettings(tx, scope.tenant.id);
    const values = { ...next, tenantId: scope.tenant.id, updatedAt: new Date() };
    await tx.insert(mediationSettings).values(values).onConflictDoUpdate({ target: mediationSettings.tenantId, set: values });
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: "med_settings", entityId: scope.tenant.id, changes: diff({ ...before }, { ...next }) });
  });
}

// ---------------------------------------------------------------------------
// Requesters

export type Requester = typeof requesters.$inferSelect;

export async function listRequesters(db: Executor, tenantId: string): Promise<(Requester & { members: number })[]> {
  return rows(
    db,
    sql`SELECT r.id, r.tenant_id AS "tenantId", r.name, r.kind, r.cost_centre AS "costCentre", r.street, r.postcode, r.city, r.lat, r.lng,
               r.email, r.phone, r.annual_budget_cents AS "annualBudgetCents", r.active, r.created_at AS "createdAt",
               (SELECT count(*)::int FROM med_requester_member m WHERE m.requester_id = r.id) AS members
          FROM med_requester r WHERE r.tenant_id = ${tenantId} ORDER BY r.name`,
  );
}

export async function getRequester(db: Executor, tenantId: string, id: string): Promise<Requester> {
  checkId(id);
  const [r] = await db.select().from(requesters).where(and(eq(requesters.id, id), eq(requesters.tenantId, tenantId)));
  if (!r) throw notFound();
  return r;
}

export async function saveRequester(db: Db, scope: Scope, id: string | null, input: RequesterInput): Promise<string> {
  const values = {
    name: input.name,
    kind: input.kind,
    costCentre: input.costCentre,
    street: input.street,
    postcode: input.postcode,
    city: input.city,
    email: input.email,
    phone: input.phone,
    annualBudgetCents: input.annualBudgetEuro,
    active: input.active,
  };
  return db.transaction(async (tx) => {
    if (id === null) {
      const [row] = await tx.insert(requesters).values({ ...values, tenantId: scope.tenant.id }).returning({ id: requesters.id });
      await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "med_requester", entityId: row!.id, changes: values });
      return row!.id;
    }
    const before = await getRequester(tx, scope.tenant.id, id);
    await tx.update(requesters).set(values).where(eq(requesters.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: "med_requester", entityId: id, changes: diff(before, values) });
    return id;
  });
}

/** An account that may request for the institution; it signs in with SSO or sets a password through "forgot password". */
export async function addRequesterMember(db: Db, scope: Scope, requesterId: string, email: string, displayName: string) {
  await db.transaction(async (tx) => {
    await getRequester(tx, scope.tenant.id, requesterId);
    const userId = await ensurePortalAccount(tx, scope.tenant.id, scope.actor, email, displayName, "requester");
    await tx.insert(requesterMembers).values({ requesterId, userId }).onConflictDoNothing();
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "grant", entity: "med_requester_member", entityId: requesterId, changes: { email } });
  });
}

export async function listRequesterMembers(db: Executor, requesterId: string) {
  return db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(requesterMembers)
    .innerJoin(users, eq(users.id, requesterMembers.userId))
    .where(eq(requesterMembers.requesterId, requesterId))
    .orderBy(asc(users.displayName));
}

/** Institutions the signed-in person may request for, in this tenant. */
export async function requestersOfUser(db: Executor, tenantId: string, userId: string): Promise<Requester[]> {
  return db
    .select({ r: requesters })
    .from(requesters)
    .innerJoin(requesterMembers, eq(requesterMembers.requesterId, requesters.id))
    .where(and(eq(requesters.tenantId, tenantId), eq(requesterMembers.userId, userId), eq(requesters.active, true)))
    .orderBy(asc(requesters.name))
    .then((found) => found.map((f) => f.r));
}

// ---------------------------------------------------------------------------
// Mediators

export type Mediator = typeof mediators.$inferSelect;

export interface MediatorDetail extends Mediator {
  languages: { code: string; level: Level; dialects: string[] }[];
  weekly: { weekday: number; start: number; end: number }[];
  absences: { from: string; to: string }[];
  qualifications: { title: string; validUntil: string | null }[];
}

/**
 * The minutes a mediator works in a month, counted against the monthly maximum everywhere (list,
 * matching, planning, portal): each job not cancelled that starts in the month, with its recorded
 * duration once there is one, else its booked one.
 */
const minutesOfMonth = (mediatorId: SQL, at: Date) => {
  const month = monthOf(at);
  return sql`(SELECT coalesce(sum(${JOB_MINUTES}), 0)::int FROM med_job j
               WHERE j.mediator_id = ${mediatorId} AND j.status <> 'cancelled' AND j.starts_at >= ${month.from} AND j.starts_at < ${month.to})`;
};

/** The pool, by name; `minutesThisMonth` as counted against the maximum (minutesOfMonth). */
export async function listMediators(db: Executor, tenantId: string, now = new Date()) {
  return rows<{ id: string; name: string; email: string; gender: Gender | null; active: boolean; consent: boolean; languages: { code: string; level: Level; dialects: string[] }[]; expiring: number; maxMinutesPerMonth: number; minutesThisMonth: number }>(
    db,
    sql`SELECT m.id, m.name, m.email, m.gender, m.active, (m.consent_at IS NOT NULL) AS consent, m.max_minutes_per_month AS "maxMinutesPerMonth",
               ${minutesOfMonth(sql`m.id`, now)} AS "minutesThisMonth",
               coalesce((SELECT json_agg(json_build_object('code', l.code, 'level', l.level, 'dialects', l.dialects) ORDER BY l.code)
                           FROM med_mediator_language l WHERE l.mediator_id = m.id), '[]') AS languages,
               (SELECT count(*)::int FROM med_qualification q WHERE q.mediator_id = m.id AND q.valid_until < current_date + 60) AS expiring
          FROM med_mediator m WHERE m.tenant_id = ${tenantId} ORDER BY m.name`,
  );
}

export async function getMediator(db: Executor, tenantId: string, id: string): Promise<MediatorDetail> {
  checkId(id);
  const [m] = await db.select().from(mediators).where(and(eq(mediators.id, id), eq(mediators.tenantId, tenantId)));
  if (!m) throw notFound();
  const [langs, weekly, abs, quals] = await Promise.all([
    db.select().from(mediatorLanguages).where(eq(mediatorLanguages.mediatorId, id)).orderBy(asc(mediatorLanguages.code)),
    db.select().from(availability).where(eq(availability.mediatorId, id)).orderBy(asc(availability.weekday), asc(availability.start)),
    db.select().from(absences).where(eq(absences.mediatorId, id)).orderBy(asc(absences.fromDay)),
    db.select().from(qualifications).where(eq(qualifications.mediatorId, id)).orderBy(asc(qualifications.title)),
  ]);
  return {
    ...m,
    languages: langs.map((l) => ({ code: l.code, level: l.level, dialects: l.dialects })),
    weekly: weekly.map((w) => ({ weekday: w.weekday, start: w.start, end: w.end })),
    absences: abs.map((a) => ({ from: a.fromDay, to: a.toDay })),
    qualifications: quals.map((q) => ({ title: q.title, validUntil: q.validUntil })),
  };
}

export async function mediatorOfUser(db: Executor, tenantId: string, userId: string): Promise<Mediator | undefined> {
  const [m] = await db.select().from(mediators).where(and(eq(mediators.tenantId, tenantId), eq(mediators.userId, userId)));
  return m;
}

/** Creates or updates a mediator with languages, availability, absences and qualifications, replacing the child rows. */
export async function saveMediator(db: Db, scope: Scope, id: string | null, input: MediatorInput): Promise<string> {
  if (input.active && !input.consent) throw invalid([{ field: "consent", key: "mediation.validation.consentForActive" }]);
  return db.transaction(async (tx) => {
    const before = id ? await getMediator(tx, scope.tenant.id, id) : null;
    const values = {
      name: input.name,
      email: input.email,
      phone: input.phone,
      gender: input.gender,
      travelMode: input.travelMode,
      baseLabel: input.baseLabel,
      baseLat: input.baseLat ?? null,
      baseLng: input.baseLng ?? null,
      maxMinutesPerMonth: input.maxHoursPerMonth * 60,
      active: input.active,
      notes: input.notes,
      consentAt: input.consent ? (before?.consentAt ?? new Date()) : null,
    };
    let mediatorId: string;
    if (before) {
      mediatorId = before.id;
      await tx.update(mediators).set(values).where(eq(mediators.id, mediatorId));
      await Promise.all([
        tx.delete(mediatorLanguages).where(eq(mediatorLanguages.mediatorId, mediatorId)),
        tx.delete(availability).where(eq(availability.mediatorId, mediatorId)),
        tx.delete(absences).where(eq(absences.mediatorId, mediatorId)),
        tx.delete(qualifications).where(eq(qualifications.mediatorId, mediatorId)),
      ]);
    } else {
      const [row] = await tx.insert(mediators).values({ ...values, tenantId: scope.tenant.id, calendarToken: token() }).returning({ id: mediators.id });
      mediatorId = row!.id;
    }
    const seen = new Set<string>();
    const langs = input.languages.filter((l) => (seen.has(l.code) ? false : (seen.add(l.code), true)));
    if (langs.length) await tx.insert(mediatorLanguages).values(langs.map((l) => ({ mediatorId, code: l.code, level: l.level, dialects: l.dialects })));
    const windows = new Map(input.weekly.map((w) => [`${w.weekday}|${w.start}`, w]));
    if (windows.size) await tx.insert(availability).values([...windows.values()].map((w) => ({ mediatorId, ...w })));
    if (input.absences.length) await tx.insert(absences).values(input.absences.map((a) => ({ mediatorId, fromDay: a.from, toDay: a.to })));
    if (input.qualifications.length) await tx.insert(qualifications).values(input.qualifications.map((q) => ({ mediatorId, title: q.title, validUntil: q.validUntil })));
    const after = { ...values, languages: langs, weekly: input.weekly, absences: input.absences, qualifications: input.qualifications };
    await audit(tx, {
      tenantId: scope.tenant.id,
      actor: scope.actor,
      action: before ? "update" : "create",
      entity: "med_mediator",
      entityId: mediatorId,
      changes: before ? diff({ ...before } as Record<string, unknown>, after) : after,
    });
    return mediatorId;
  });
}

/** The mediator's own absences (holidays, illness), as the portal lists them. */
export async function absencesOf(db: Executor, mediatorId: string, from = new Date()): Promise<{ id: string; from: string; to: string }[]> {
  const found = await db
    .select()
    .from(absences)
    .where(and(eq(absences.mediatorId, mediatorId), sql`${absences.toDay} >= ${wallOf(from).date}::date`))
    .orderBy(asc(absences.fromDay));
  return found.map((a) => ({ id: a.id, from: a.fromDay, to: a.toDay }));
}

/** A mediator enters an absence in the portal; offers are then no longer suggested for those days. */
export async function addAbsence(db: Db, tenant: TenantRef, mediatorId: string, range: { from: string; to: string }, actor: Actor) {
  await db.transaction(async (tx) => {
    const [row] = await tx.insert(absences).values({ mediatorId, fromDay: range.from, toDay: range.to }).returning({ id: absences.id });
    await audit(tx, { tenantId: tenant.id, actor, action: "create", entity: "med_absence", entityId: row!.id, changes: { mediatorId, ...range } });
  });
}

export async function removeAbsence(db: Db, tenant: TenantRef, mediatorId: string, absenceId: string, actor: Actor) {
  checkId(absenceId);
  await db.transaction(async (tx) => {
    const removed = await tx.delete(absences).where(and(eq(absences.id, absenceId), eq(absences.mediatorId, mediatorId))).returning();
    if (removed.length === 0) throw notFound();
    await audit(tx, { tenantId: tenant.id, actor, action: "delete", entity: "med_absence", entityId: absenceId, changes: { mediatorId } });
  });
}

/** Gives the mediator a portal account (existing accounts are reused) and links it. */
export async function inviteMediator(db: Db, scope: Scope, mediatorId: string) {
  await db.transaction(async (tx) => {
    const m = await getMediator(tx, scope.tenant.id, mediatorId);
    const userId = await ensurePortalAccount(tx, scope.tenant.id, scope.actor, m.email, m.name, "mediator");
    await tx.update(mediators).set({ userId }).where(eq(mediators.id, mediatorId));
  });
}

/**
 * The languages the active pool (mediators who consented) mediates: what the public page and the
 * request form offer first. German is not one of them, though mediators list it
 * among their languages: every mediation is into and out of German.
 */
export async function poolLanguages(db: Executor, tenantId: string): Promise<string[]> {
  const found = await rows<{ code: string }>(
    db,
    sql`SELECT DISTINCT l.code FROM med_mediator_language l JOIN med_mediator m ON m.id = l.mediator_id
         WHERE m.tenant_id = ${tenantId} AND m.active AND m.consent_at IS NOT NULL AND l.code <> 'de' ORDER BY l.code`,
  );
  return found.map((r) => r.code);
}

// ---------------------------------------------------------------------------
// Requests

export type RequestRow = typeof requests.$inferSelect;
export interface Slot {
  rank: number;
  startsAt: Date;
  minutes: number;
}

/** Cents used by a requester this calendar year: billed fees, late-cancellation fees, and the estimate of booked jobs. */
async function usedCents(db: Executor, requesterId: string, year: number, rates: RateRules): Promise<number> {
  const found = await rows<{ status: string; fee: number | null; cancel: number; mode: Mode; minutes: number }>(
    db,
    sql`SELECT j.status, j.fee_cents AS fee, j.cancellation_fee_cents AS cancel, r.mode, extract(epoch FROM j.ends_at - j.starts_at)::int / 60 AS minutes
          FROM med_job j JOIN med_request r ON r.id = j.request_id
         WHERE r.requester_id = ${requesterId} AND extract(year FROM j.starts_at AT TIME ZONE 'Europe/Berlin') = ${year}`,
  );
  let sum = 0;
  for (const j of found) {
    if (j.status === "cancelled") sum += j.cancel;
    else sum += j.fee ?? estimate(j.mode, j.minutes, rates);
  }
  return sum;
}

/** Next reference of the tenant's year: SM-2026-0042. Serialised per tenant by an advisory lock held to the end of the transaction. */
async function nextReference(tx: Tx, tenantId: string, year: number): Promise<string> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`med_reference:${tenantId}`}))`);
  const [r] = await rows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM med_request WHERE tenant_id = ${tenantId} AND reference LIKE ${`SM-${year}-%`}`);
  return `SM-${year}-${String((r?.n ?? 0) + 1).padStart(4, "0")}`;
}

/**
 * Submits a request for an institution the person belongs to (or any of the
 * tenant's institutions when the office enters it). Assessed at once; approved
 * without a staff decision only when every rule passes and the office allows it.
 */
export async function createRequest(db: Db, scope: Scope, input: RequestInput, opts: { now?: Date; allowedRequesters?: string[] } = {}): Promise<{ id: string; reference: string; status: RequestStatus; assessment: Assessment }> {
  const now = opts.now ?? new Date();
  if (opts.allowedRequesters && !opts.allowedRequesters.includes(input.requesterId)) throw invalid([{ field: "requesterId", key: "validation.choice" }]);
  const slots = slotsOf(input).map((s, rank) => ({ rank, startsAt: instantOf(s.date, s.minute), minutes: input.minutes }));
  const past = slots.findIndex((s) => s.startsAt <= now);
  if (past >= 0) throw invalid([{ field: `date${past}`, key: "mediation.validation.inThePast" }]);
  return db.transaction(async (tx) => {
    const requester = await getRequester(tx, scope.tenant.id, input.requesterId);
    const settings = await loadSettings(tx, scope.tenant.id);
    let followUpOf: string | null = null;
    if (input.followUpOf) {
      const [earlier] = await tx
        .select({ id: requests.id })
        .from(requests)
        .where(and(eq(requests.tenantId, scope.tenant.id), eq(requests.requesterId, requester.id), eq(requests.reference, input.followUpOf.toUpperCase())));
      if (!earlier) throw invalid([{ field: "followUpOf", key: "mediation.validation.reference" }]);
      followUpOf = earlier.id;
    }
    const first = slots[0]!;
    const year = Number(wallOf(first.startsAt).date.slice(0, 4));
    const assessment = assess({
      criteria: settings.criteria,
      requester: { kind: requester.kind, active: requester.active, annualBudgetCents: requester.annualBudgetCents, usedCents: await usedCents(tx, requester.id, year, settings.rates) },
      request: {
        topic: input.topic,
        startsAt: first.startsAt,
        minutes: input.minutes,
        urgency: input.urgency,
        urgencyReason: input.urgencyReason,
        clientConsent: input.clientConsent,
        language: input.language,
        estimatedCents: estimate(input.mode, input.minutes, settings.rates),
      },
      submittedAt: now,
      poolLanguages: await poolLanguages(tx, scope.tenant.id),
    });
    const auto = mayAutoApprove(assessment, settings.criteria);
    const same = (a: string | null, b: string | null) => (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase();
    const atRequester = input.mode === "on_site" && same(input.street, requester.street) && same(input.city, requester.city);
    const reference = await nextReference(tx, scope.tenant.id, Number(wallOf(now).date.slice(0, 4)));
    const values = {
      tenantId: scope.tenant.id,
      reference,
      // The instant of submission: the reports' lead times count from it.
      createdAt: now,
      requesterId: requester.id,
      createdBy: scope.actor.id,
      language: input.language,
      dialect: input.dialect,
      preferredGender: input.preferredGender,
      mode: input.mode,
      topic: input.topic,
      participants: input.participants,
      urgency: input.urgency,
      urgencyReason: input.urgencyReason,
      clientConsent: input.clientConsent,
      street: input.mode === "on_site" ? input.street : null,
      postcode: input.mode === "on_site" ? input.postcode : null,
      city: input.mode === "on_site" ? input.city : null,
      room: input.mode === "on_site" ? input.room : null,
      // No geocoding service: the place has coordinates (for travel times) when it is the institution's own address.
      lat: atRequester ? requester.lat : null,
      lng: atRequester ? requester.lng : null,
      remoteDetails: input.mode === "on_site" ? null : input.remoteDetails,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      notes: input.notes,
      followUpOf,
      status: (auto ? "approved" : "submitted") as RequestStatus,
      assessment,
      decisionReason: auto ? "auto" : null,
      decidedAt: auto ? now : null,
    };
    const [row] = await tx.insert(requests).values(values).returning({ id: requests.id });
    const id = row!.id;
    await tx.insert(requestSlots).values(slots.map((s) => ({ requestId: id, ...s })));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "med_request", entityId: id, changes: { reference, language: input.language, topic: input.topic, status: values.status, outcome: assessment.outcome } });
    const office = settings.contactEmail;
    if (office) {
      await queueMail(tx, { tenantId: scope.tenant.id, to: office, subject: translate("de", "mediation.mail.newRequestSubject", { reference }), text: translate("de", "mediation.mail.newRequestText", { reference, requester: requester.name, outcome: assessment.outcome }) });
    }
    if (auto) await mailDecision(tx, scope.tenant, { reference, requester, approved: true, reason: "" });
    return { id, reference, status: values.status, assessment };
  });
}

async function mailDecision(tx: Executor, tenant: TenantRef, d: { reference: string; requester: Requester; approved: boolean; reason: string }) {
  await queueMail(tx, {
    tenantId: tenant.id,
    to: d.requester.email,
    subject: translate("de", d.approved ? "mediation.mail.approvedSubject" : "mediation.mail.declinedSubject", { reference: d.reference }),
    text: translate("de", d.approved ? "mediation.mail.approvedText" : "mediation.mail.declinedText", { reference: d.reference, reason: d.reason }),
  });
}

export interface RequestListItem {
  id: string;
  reference: string;
  status: RequestStatus;
  language: string;
  topic: Topic;
  mode: Mode;
  requester: string;
  startsAt: Date;
  minutes: number;
  outcome: Assessment["outcome"];
  mediator: string | null;
  urgency: string;
}

/** The languages the tenant's requests ask for, for the list's filter. */
export async function requestLanguages(db: Executor, tenantId: string): Promise<string[]> {
  return (await rows<{ language: string }>(db, sql`SELECT DISTINCT language FROM med_request WHERE tenant_id = ${tenantId} ORDER BY language`)).map((r) => r.language);
}

/** Rows per page of the request lists. */
export const REQUESTS_PER_PAGE = 50;

/** Which requests a list shows: all of the tenant's, narrowed by these. */
export interface RequestFilter {
  status?: RequestStatus;
  /** Only these requesters' (an institution's portal). */
  requesterIds?: string[];
  language?: string;
  /** Part of the reference or of the requester's name; case and accents do not matter. */
  text?: string;
}

/**
 * A page of requests: the open ones (submitted, approved, offered) first, soonest first, as they
 * need the office; then the others, latest first. `total`: how many match the filter.
 */
export async function listRequests(db: Executor, tenantId: string, filter: RequestFilter = {}, page: { limit?: number; offset?: number } = {}): Promise<{ items: RequestListItem[]; total: number }> {
  const filters = [sql`r.tenant_id = ${tenantId}`];
  if (filter.status) filters.push(sql`r.status = ${filter.status}`);
  if (filter.requesterIds) filters.push(sql`r.requester_id = ANY(${sql.param(filter.requesterIds)}::uuid[])`);
  if (filter.language) filters.push(sql`r.language = ${filter.language}`);
  if (filter.text) {
    // The text as typed: % and _ are not wildcards (LIKE's escape character is the backslash).
    const part = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(sql`(fold(r.reference) LIKE fold(${part}) OR fold(q.name) LIKE fold(${part}))`);
  }
  const where = sql.join(filters, sql` AND `);
  const [found, [counted]] = await Promise.all([
    rows<RequestListItem>(
      db,
      sql`SELECT r.id, r.reference, r.status, r.language, r.topic, r.mode, q.name AS requester, r.urgency,
                 coalesce(j.starts_at, s.starts_at) AS "startsAt", s.minutes, r.assessment->>'outcome' AS outcome, m.name AS mediator
            FROM med_request r
            JOIN med_requester q ON q.id = r.requester_id
            JOIN med_request_slot s ON s.request_id = r.id AND s.rank = 0
            LEFT JOIN med_job j ON j.request_id = r.id AND j.status <> 'cancelled'
            LEFT JOIN med_mediator m ON m.id = j.mediator_id
           WHERE ${where}
           ORDER BY (r.status IN ('submitted', 'approved', 'offered')) DESC,
                    CASE WHEN r.status IN ('submitted', 'approved', 'offered') THEN coalesce(j.starts_at, s.starts_at) END ASC,
                    coalesce(j.starts_at, s.starts_at) DESC, r.reference
           LIMIT ${page.limit ?? REQUESTS_PER_PAGE} OFFSET ${page.offset ?? 0}`,
    ),
    rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM med_request r JOIN med_requester q ON q.id = r.requester_id WHERE ${where}`),
  ]);
  return { items: found.map((r) => dated(r, "startsAt")), total: counted?.n ?? 0 };
}

export interface OfferView {
  id: string;
  mediatorId: string;
  mediator: string;
  slotRank: number;
  status: string;
  createdAt: Date;
  answeredAt: Date | null;
  declineReason: string | null;
}

export interface JobView {
  id: string;
  mediatorId: string;
  mediator: string;
  mediatorPhone: string | null;
  startsAt: Date;
  endsAt: Date;
  status: string;
  cancelledBy: CancelledBy | null;
  cancelReason: string | null;
  cancellationFeeCents: number;
  actualMinutes: number | null;
  travelKm: number | null;
  reportedAt: Date | null;
  confirmedAt: Date | null;
  feeCents: number | null;
}

export interface RequestDetail extends RequestRow {
  requester: Requester;
  slots: Slot[];
  offers: OfferView[];
  jobs: JobView[];
}

export async function getRequest(db: Executor, tenantId: string, id: string): Promise<RequestDetail> {
  checkId(id);
  const [row] = await db.select().from(requests).where(and(eq(requests.id, id), eq(requests.tenantId, tenantId)));
  if (!row) throw notFound();
  const [requester, slots, offerRows, jobRows] = await Promise.all([
    getRequester(db, tenantId, row.requesterId),
    db.select().from(requestSlots).where(eq(requestSlots.requestId, id)).orderBy(asc(requestSlots.rank)),
    db
      .select({ o: offers, mediator: mediators.name })
      .from(offers)
      .innerJoin(mediators, eq(mediators.id, offers.mediatorId))
      .where(eq(offers.requestId, id))
      .orderBy(desc(offers.createdAt)),
    db
      .select({ j: jobs, mediator: mediators.name, phone: mediators.phone })
      .from(jobs)
      .innerJoin(mediators, eq(mediators.id, jobs.mediatorId))
      .where(eq(jobs.requestId, id))
      .orderBy(desc(jobs.createdAt)),
  ]);
  return {
    ...row,
    requester,
    slots: slots.map((s) => ({ rank: s.rank, startsAt: s.startsAt, minutes: s.minutes })),
    offers: offerRows.map(({ o, mediator }) => ({ id: o.id, mediatorId: o.mediatorId, mediator, slotRank: o.slotRank, status: o.status, createdAt: o.createdAt, answeredAt: o.answeredAt, declineReason: o.declineReason })),
    jobs: jobRows.map(({ j, mediator, phone }) => ({
      id: j.id,
      mediatorId: j.mediatorId,
      mediator,
      mediatorPhone: phone,
      startsAt: j.startsAt,
      endsAt: j.endsAt,
      status: j.status,
      cancelledBy: j.cancelledBy,
      cancelReason: j.cancelReason,
      cancellationFeeCents: j.cancellationFeeCents,
      actualMinutes: j.actualMinutes,
      travelKm: j.travelKm,
      reportedAt: j.reportedAt,
      confirmedAt: j.confirmedAt,
      feeCents: j.feeCents,
    })),
  };
}

/** The staff decision, with its reason, recorded and sent to the requester. */
export async function decide(db: Db, scope: Scope, id: string, d: { decision: "approve" | "decline"; reason: string }, now = new Date()) {
  await db.transaction(async (tx) => {
    const r = await lockRequest(tx, scope.tenant.id, id);
    if (r.status !== "submitted") throw conflict("already decided", [{ field: "decision", key: "mediation.error.alreadyDecided" }]);
    const status: RequestStatus = d.decision === "approve" ? "approved" : "declined";
    await tx.update(requests).set({ status, decisionReason: d.reason, decidedBy: scope.actor.id, decidedAt: now, updatedAt: now }).where(eq(requests.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: d.decision, entity: "med_request", entityId: id, changes: { status: [r.status, status], reason: d.reason } });
    const requester = await getRequester(tx, scope.tenant.id, r.requesterId);
    await mailDecision(tx, scope.tenant, { reference: r.reference, requester, approved: status === "approved", reason: d.reason });
  });
}

async function lockRequest(tx: Executor, tenantId: string, id: string): Promise<RequestRow> {
  checkId(id);
  const [r] = await rows<{ id: string }>(tx, sql`SELECT id FROM med_request WHERE id = ${id} AND tenant_id = ${tenantId} FOR UPDATE`);
  if (!r) throw notFound();
  const [row] = await tx.select().from(requests).where(eq(requests.id, id));
  return row!;
}

// ---------------------------------------------------------------------------
// Matching

/** Mediators as the matching needs them, around one instant: that day's jobs, that month's minutes (minutesOfMonth). */
export async function matchPool(db: Executor, tenantId: string, around: Date): Promise<MatchMediator[]> {
  const dayStart = new Date(around.getTime() - 36 * 3_600_000);
  const dayEnd = new Date(around.getTime() + 36 * 3_600_000);
  const found = await rows<{
    id: string;
    name: string;
    gender: Gender | null;
    travelMode: TravelMode;
    baseLat: number | null;
    baseLng: number | null;
    active: boolean;
    consent: boolean;
    maxMinutes: number;
    languages: { code: string; level: Level; dialects: string[] }[];
    weekly: { weekday: number; start: number; end: number }[];
    absences: { from: string; to: string }[];
    jobs: { startsAt: string; endsAt: string; lat: number | null; lng: number | null; mode: Mode }[];
    booked: number;
  }>(
    db,
    sql`SELECT m.id, m.name, m.gender, m.travel_mode AS "travelMode", m.base_lat AS "baseLat", m.base_lng AS "baseLng", m.active,
               (m.consent_at IS NOT NULL) AS consent, m.max_minutes_per_month AS "maxMinutes",
               coalesce((SELECT json_agg(json_build_object('code', l.code, 'level', l.level, 'dialects', l.dialects)) FROM med_mediator_language l WHERE l.mediator_id = m.id), '[]') AS languages,
               coalesce((SELECT json_agg(json_build_object('weekday', a.weekday, 'start', a.start, 'end', a."end")) FROM med_availability a WHERE a.mediator_id = m.id), '[]') AS weekly,
               coalesce((SELECT json_agg(json_build_object('from', b.from_day, 'to', b.to_day)) FROM med_absence b WHERE b.mediator_id = m.id AND b.to_day >= (${around}::timestamptz - interval '2 days')::date), '[]') AS absences,
               coalesce((SELECT json_agg(json_build_object('startsAt', j.starts_at, 'endsAt', j.ends_at, 'lat', r.lat, 'lng', r.lng, 'mode', r.mode) ORDER BY j.starts_at)
                           FROM med_job j JOIN med_request r ON r.id = j.request_id
                          WHERE j.mediator_id = m.id AND j.status <> 'cancelled' AND j.starts_at < ${dayEnd} AND j.ends_at > ${dayStart}), '[]') AS jobs,
               ${minutesOfMonth(sql`m.id`, around)} AS booked
          FROM med_mediator m WHERE m.tenant_id = ${tenantId} ORDER BY m.name`,
  );
  return found.map((m) => ({
    id: m.id,
    name: m.name,
    gender: m.gender,
    languages: m.languages,
    travelMode: m.travelMode,
    home: m.baseLat !== null && m.baseLng !== null ? { lat: m.baseLat, lng: m.baseLng } : null,
    weekly: m.weekly,
    absences: m.absences.map((a) => ({ from: instantOf(a.from, 0), to: instantOf(nextDay(a.to), 0) })),
    maxMinutesPerMonth: m.maxMinutes,
    bookedMinutesThisMonth: m.booked,
    jobs: m.jobs.map((j) => ({ startsAt: new Date(j.startsAt), endsAt: new Date(j.endsAt), place: j.lat !== null && j.lng !== null ? { lat: j.lat, lng: j.lng } : null, mode: j.mode })),
    active: m.active && m.consent,
  }));
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Ranked, explained suggestions for one slot of a request. */
export async function suggestionsFor(db: Executor, tenantId: string, request: RequestDetail, slotRank: number): Promise<Suggestion[]> {
  const slot = request.slots.find((s) => s.rank === slotRank) ?? request.slots[0]!;
  const previous = request.followUpOf
    ? await rows<{ id: string }>(db, sql`SELECT j.mediator_id AS id FROM med_job j WHERE j.request_id = ${request.followUpOf} AND j.status <> 'cancelled'`)
    : [];
  const pool = await matchPool(db, tenantId, slot.startsAt);
  return suggest(
    {
      id: request.id,
      language: request.language,
      dialect: request.dialect,
      preferredGender: request.preferredGender,
      startsAt: slot.startsAt,
      minutes: slot.minutes,
      mode: request.mode,
      place: request.lat !== null && request.lng !== null ? { lat: request.lat, lng: request.lng } : null,
      previousMediatorIds: previous.map((p) => p.id),
    },
    pool,
  );
}

// ---------------------------------------------------------------------------
// Planning a week at once

export interface WeekPlan extends Plan {
  /** Per request: its slots, and the ranks of those inside the week (the plan's slotIndex indexes these). */
  requests: Map<string, { id: string; reference: string; language: string; slots: Slot[]; weekRanks: number[] }>;
  mediators: Map<string, string>;
}

/** What the solver gets of a week, and what the page shows of its requests and mediators. */
export interface WeekInput {
  requests: PlanRequest[];
  mediators: PlanMediator[];
  shown: Pick<WeekPlan, "requests" | "mediators">;
}

/** The week starting at local date `monday`, as instants [from, to). */
const weekOf = (monday: string) => ({ from: instantOf(monday, 0), to: instantOf(addDays(monday, 7), 0) });
/** Condition on `med_request r`: approved, not yet offered, with a slot in [from, to). */
const openInWeek = (tenantId: string, from: Date, to: Date) =>
  sql`r.tenant_id = ${tenantId} AND r.status = 'approved' AND EXISTS (SELECT 1 FROM med_request_slot s WHERE s.request_id = r.id AND s.starts_at >= ${from} AND s.starts_at < ${to})`;

/**
 * Every approved request (not yet offered) with a slot in the week starting at
 * local date `monday`, and the active pool with its jobs of the week and the
 * minutes booked in the month.
 */
export async function weekInput(db: Executor, tenantId: string, monday: string): Promise<WeekInput> {
  const { from, to } = weekOf(monday);
  const open = await rows<{ id: string; reference: string; language: string; preferredGender: Gender | null; mode: Mode; lat: number | null; lng: number | null; slots: { rank: number; startsAt: string; minutes: number }[] }>(
    db,
    sql`SELECT r.id, r.reference, r.language, r.preferred_gender AS "preferredGender", r.mode, r.lat, r.lng,
               (SELECT json_agg(json_build_object('rank', s.rank, 'startsAt', s.starts_at, 'minutes', s.minutes) ORDER BY s.rank) FROM med_request_slot s WHERE s.request_id = r.id) AS slots
          FROM med_request r
         WHERE ${openInWeek(tenantId, from, to)}
         ORDER BY r.reference`,
  );
  const pool = (await matchPool(db, tenantId, new Date((from.getTime() + to.getTime()) / 2))).filter((m) => m.active);
  // matchPool looks at one day; the week needs every job of the week.
  const weekJobs = await rows<{ mediatorId: string; startsAt: string; endsAt: string; lat: number | null; lng: number | null; mode: Mode }>(
    db,
    sql`SELECT j.mediator_id AS "mediatorId", j.starts_at AS "startsAt", j.ends_at AS "endsAt", r.lat, r.lng, r.mode
          FROM med_job j JOIN med_request r ON r.id = j.request_id
         WHERE j.tenant_id = ${tenantId} AND j.status <> 'cancelled' AND j.starts_at < ${to} AND j.ends_at > ${from}`,
  );
  const requestsIn: PlanRequest[] = open.map((r) => ({
    id: r.id,
    language: r.language,
    preferredGender: r.preferredGender,
    slots: r.slots.filter((x) => new Date(x.startsAt) >= from && new Date(x.startsAt) < to).map((x) => ({ startsAt: new Date(x.startsAt), minutes: x.minutes })),
    mode: r.mode,
    place: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
  }));
  const mediatorsIn: PlanMediator[] = pool.map((m) => ({
    id: m.id,
    gender: m.gender,
    languages: m.languages.map((l) => l.code),
    travelMode: m.travelMode,
    weekly: m.weekly,
    absences: m.absences,
    remainingMinutes: Math.max(0, m.maxMinutesPerMonth - m.bookedMinutesThisMonth),
    bookedMinutes: m.bookedMinutesThisMonth,
    jobs: weekJobs
      .filter((j) => j.mediatorId === m.id)
      .map((j) => ({ startsAt: new Date(j.startsAt), endsAt: new Date(j.endsAt), place: j.lat !== null && j.lng !== null ? { lat: j.lat, lng: j.lng } : null, mode: j.mode })),
  }));
  return {
    requests: requestsIn,
    mediators: mediatorsIn,
    shown: {
      requests: new Map(
        open.map((r) => [
          r.id,
          {
            id: r.id,
            reference: r.reference,
            language: r.language,
            slots: r.slots.map((x) => ({ rank: x.rank, startsAt: new Date(x.startsAt), minutes: x.minutes })),
            weekRanks: r.slots.filter((x) => new Date(x.startsAt) >= from && new Date(x.startsAt) < to).map((x) => x.rank),
          },
        ]),
      ),
      mediators: new Map(pool.map((m) => [m.id, m.name])),
    },
  };
}

/**
 * A stored plan: the solver's answer and what the page shows of each request
 * (reference, language, slots). Read back through zod, so that a row written
 * by an older version of this shape reads as "no plan" instead of failing.
 */
const storedPlan = z.object({
  assignments: z.array(z.object({ requestId: z.string(), mediatorId: z.string(), slotIndex: z.number().int() })),
  unassigned: z.array(z.string()),
  objective: z.object({ covered: z.number(), maxLoadMinutes: z.number(), cost: z.number(), travelMinutes: z.number(), genderMisses: z.number() }),
  optimal: z.boolean(),
  bounds: z.object({ covered: z.number(), maxLoadMinutes: z.number() }),
  solveMs: z.number(),
  requests: z.array(
    z.object({
      id: z.string(),
      reference: z.string(),
      language: z.string(),
      slots: z.array(z.object({ rank: z.number().int(), startsAt: z.coerce.date(), minutes: z.number().int() })),
      weekRanks: z.array(z.number().int()),
    }),
  ),
});

/** A week's stored plan as the page shows it. */
export interface PlanRun {
  /**
   * A run abandoned by its process (still 'running' long after its time limit) reads as 'done' when its
   * first plan was kept, else as 'failed'.
   */
  status: "running" | "done" | "failed";
  startedAt: Date;
  finishedAt: Date | null;
  /** The plan, with the mediators' current names; while 'running', the first plan (QUICK_PLAN_SECONDS) or none yet. */
  plan: WeekPlan | null;
  /** While 'running': when the run will be done at the latest. */
  until: Date;
  /** The current status of each request in the plan: those offered since are no longer open. */
  requestStatus: Map<string, RequestStatus>;
  /** Approved requests of the week the plan does not know: approved after it was made. */
  notPlanned: number;
}

/**
 * The time of the first answer: "plan the week" answers with the plan found
 * within this many seconds (on the benchmark week of docs/benchmarks.md already
 * the optimum) and, when that plan is not proven optimal, plans again with the
 * whole time limit behind the page, which shows the better plan when it is there.
 */
export const QUICK_PLAN_SECONDS = 2;
/** A run still 'running' this long after it started was abandoned: its process ended. */
const abandonedAfterMs = (timeLimitSeconds: number) => (QUICK_PLAN_SECONDS + timeLimitSeconds + 60) * 1000;
/** Plans of weeks that ended longer ago than this are deleted by the retention job. */
export const PLAN_RUN_KEEP_DAYS = 28;

/** What is kept of a plan: the mediators' names are looked up when it is shown. */
function stored({ requests: known, mediators: _names, ...answer }: WeekPlan): z.input<typeof storedPlan> {
  return { ...answer, requests: [...known.values()] };
}

/** The solver as planAndKeep calls it: planOffThread, or a stand-in in tests. */
export type Solve = (requests: PlanRequest[], mediators: PlanMediator[], opts: { timeLimitSeconds: number; until?: number }, lane: Lane) => Promise<Plan>;

/** Time kept from the first answer's two seconds for keeping the plan and answering the page. */
const ANSWER_MARGIN_MS = 100;

/** Whether plan `a` is at least as good as `b` by the lexicographic objective: coverage, then largest load, then cost. */
const noWorse = (a: Plan, b: Plan) => {
  const x = a.objective;
  const y = b.objective;
  return x.covered !== y.covered ? x.covered > y.covered : x.maxLoadMinutes !== y.maxLoadMinutes ? x.maxLoadMinutes < y.maxLoadMinutes : x.cost <= y.cost;
};

/**
 * Plans the week and keeps the plan as the week's latest, so that showing it
 * again costs nothing. One run per tenant and week at a time: 'running' when
 * another run of that week is under way. The week is read once; the answer
 * comes when the plan found within QUICK_PLAN_SECONDS of the call (on the
 * "quick" planning thread) is kept. If that plan is not proven optimal and the
 * limit is longer, the same week is planned again with the whole limit (on the
 * "long" thread, so that no other week's first plan waits for it); `settled`
 * resolves when that plan has replaced the first — if it is no worse or proven
 * (the run stays 'running' with the first plan until then). `stop` (the app
 * closing) keeps the first plan as the answer at once. A failure is stored as a
 * failed run and answered 'failed' with the error, never thrown; a failure of
 * the second solve keeps the first plan.
 */
export async function planAndKeep(
  db: Db,
  scope: Scope,
  monday: string,
  timeLimitSeconds: number,
  solve: Solve = planOffThread,
): Promise<{ outcome: "planned"; settled: Promise<void>; stop: () => Promise<void> } | { outcome: "running" } | { outcome: "failed"; error: unknown }> {
  const tenantId = scope.tenant.id;
  const startedAt = new Date();
  const abandoned = new Date(startedAt.getTime() - abandonedAfterMs(timeLimitSeconds));
  // Claimed atomically: two clicks (or two staff) cannot both start the week.
  const claimed = await rows(
    db,
    sql`INSERT INTO med_plan_run (tenant_id, week, status, started_at, started_by) VALUES (${tenantId}, ${monday}, 'running', ${startedAt}, ${scope.actor.id})
        ON CONFLICT (tenant_id, week) DO UPDATE SET status = 'running', started_at = excluded.started_at, started_by = excluded.started_by, finished_at = NULL, plan = NULL
         WHERE med_plan_run.status <> 'running' OR med_plan_run.started_at < ${abandoned}
        RETURNING week`,
  );
  if (claimed.length === 0) return { outcome: "running" };
  // Only this run's row: a later run that took over an abandoned one is not overwritten.
  const keep = (status: "running" | "done" | "failed", planned: WeekPlan | null) =>
    db.execute(sql`UPDATE med_plan_run SET status = ${status}, finished_at = ${status === "running" ? null : new Date()}, plan = ${planned === null ? null : JSON.stringify(stored(planned))}::jsonb
                    WHERE tenant_id = ${tenantId} AND week = ${monday} AND started_at = ${startedAt}`);
  const quick = Math.min(QUICK_PLAN_SECONDS, timeLimitSeconds);
  let input: WeekInput;
  let first: WeekPlan;
  try {
    input = await weekInput(db, tenantId, monday);
    first = { ...(await solve(input.requests, input.mediators, { timeLimitSeconds: quick, until: startedAt.getTime() + quick * 1000 - ANSWER_MARGIN_MS }, "quick")), ...input.shown };
  } catch (error) {
    await keep("failed", null);
    return { outcome: "failed", error };
  }
  if (first.optimal || timeLimitSeconds <= QUICK_PLAN_SECONDS) {
    await keep("done", first);
    return { outcome: "planned", settled: Promise.resolve(), stop: () => Promise.resolve() };
  }
  await keep("running", first);
  let stopped = false;
  const settled = solve(input.requests, input.mediators, { timeLimitSeconds }, "long").then(
    async (plan) => {
      if (!stopped) await keep("done", plan.optimal || noWorse(plan, first) ? { ...plan, ...input.shown } : first);
    },
    async () => {
      if (!stopped) await keep("done", first);
    },
  );
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await keep("done", first);
  };
  return { outcome: "planned", settled, stop };
}

/** A planned request as the page and the API show it: the slot and mediator of the plan, the request's status now. */
export interface PlannedRow {
  requestId: string;
  reference: string;
  language: string;
  mediatorId: string;
  /** Null when the mediator was deleted since. */
  mediator: string | null;
  slotRank: number;
  startsAt: Date;
  minutes: number;
  /** Still 'approved' (open) unless decided, offered or cancelled since the plan was made. */
  status: RequestStatus;
}

/** The rows of a kept plan, in the plan's order (by reference). */
export function plannedRows({ plan, requestStatus }: PlanRun): PlannedRow[] {
  if (!plan) return [];
  return plan.assignments.map((a) => {
    const r = plan.requests.get(a.requestId)!;
    const rank = r.weekRanks[a.slotIndex] ?? 0;
    const slot = r.slots.find((s) => s.rank === rank)!;
    return {
      requestId: a.requestId,
      reference: r.reference,
      language: r.language,
      mediatorId: a.mediatorId,
      mediator: plan.mediators.get(a.mediatorId) ?? null,
      slotRank: rank,
      startsAt: slot.startsAt,
      minutes: slot.minutes,
      // A request no longer there reads as cancelled.
      status: requestStatus.get(a.requestId) ?? "cancelled",
    };
  });
}

/** The week's latest plan, or null when it was never planned (or its plan no longer reads). */
export async function planRun(db: Executor, tenantId: string, monday: string, timeLimitSeconds: number, now = new Date()): Promise<PlanRun | null> {
  const [row] = await db.select().from(planRuns).where(and(eq(planRuns.tenantId, tenantId), eq(planRuns.week, monday)));
  if (!row) return null;
  // Abandoned by its process: with its first plan kept, that plan is the answer; without, it failed.
  const abandoned = row.status === "running" && row.startedAt.getTime() < now.getTime() - abandonedAfterMs(timeLimitSeconds);
  const status = abandoned ? (row.plan === null ? "failed" : "done") : row.status;
  const until = new Date(row.startedAt.getTime() + (QUICK_PLAN_SECONDS + timeLimitSeconds) * 1000);
  const base = { status, startedAt: row.startedAt, finishedAt: row.finishedAt, until, plan: null, requestStatus: new Map<string, RequestStatus>(), notPlanned: 0 };
  if (row.plan === null || status === "failed") return base;
  const parsed = storedPlan.safeParse(row.plan);
  if (!parsed.success) return null;
  const { requests: planned, ...answer } = parsed.data;
  const ids = planned.map((r) => r.id);
  const mediatorIds = [...new Set(answer.assignments.map((a) => a.mediatorId))];
  const names = mediatorIds.length > 0 ? await db.select({ id: mediators.id, name: mediators.name }).from(mediators).where(and(eq(mediators.tenantId, tenantId), inArray(mediators.id, mediatorIds))) : [];
  const statuses = ids.length > 0 ? await db.select({ id: requests.id, status: requests.status }).from(requests).where(and(eq(requests.tenantId, tenantId), inArray(requests.id, ids))) : [];
  const { from, to } = weekOf(monday);
  const [open] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM med_request r
         WHERE ${openInWeek(tenantId, from, to)}
           ${ids.length > 0 ? sql`AND r.id NOT IN (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``}`,
  );
  return {
    ...base,
    plan: { ...answer, requests: new Map(planned.map((r) => [r.id, r])), mediators: new Map(names.map((m) => [m.id, m.name])) },
    requestStatus: new Map(statuses.map((r) => [r.id, r.status])),
    notPlanned: open?.n ?? 0,
  };
}

// ---------------------------------------------------------------------------
// Offers

export interface SentOffer {
  offerId: string;
  mediatorId: string;
  /** The secret of the e-mail link; only its hash is stored. */
  token: string;
}

/**
 * Offers one slot to one or several mediators. The first to accept gets the
 * job; the others are told at once that it is taken.
 */
export async function sendOffers(db: Db, scope: Scope, requestId: string, slotRank: number, mediatorIds: string[], baseUrl: string): Promise<SentOffer[]> {
  const ids = [...new Set(mediatorIds)];
  if (ids.length === 0) throw invalid([{ field: "mediatorIds", key: "mediation.validation.chooseMediator" }]);
  return db.transaction(async (tx) => {
    const r = await lockRequest(tx, scope.tenant.id, requestId);
    if (r.status !== "approved" && r.status !== "offered") throw conflict("not open", [{ field: "mediatorIds", key: "mediation.error.notOpen" }]);
    const [slot] = await tx.select().from(requestSlots).where(and(eq(requestSlots.requestId, requestId), eq(requestSlots.rank, slotRank)));
    if (!slot) throw invalid([{ field: "slotRank", key: "validation.choice" }]);
    const found = await tx.select().from(mediators).where(and(eq(mediators.tenantId, scope.tenant.id), inArray(mediators.id, ids)));
    if (found.length !== ids.length) throw invalid([{ field: "mediatorIds", key: "validation.choice" }]);
    const sent: SentOffer[] = [];
    for (const m of found) {
      const secret = token();
      const inserted = await tx
        .insert(offers)
        .values({ tenantId: scope.tenant.id, requestId, mediatorId: m.id, slotRank, tokenHash: sha256(secret), sentBy: scope.actor.id })
        .onConflictDoNothing()
        .returning({ id: offers.id });
      if (inserted.length === 0) continue; // already offered this slot and still open
      const offerId = inserted[0]!.id;
      sent.push({ offerId, mediatorId: m.id, token: secret });
      const when = describeSlot("de", slot.startsAt, slot.minutes);
      const link = new URL(`/m/${scope.tenant.slug}/offers/${offerId}?token=${secret}`, baseUrl).toString();
      await queueMail(tx, {
        tenantId: scope.tenant.id,
        to: m.email,
        subject: translate("de", "mediation.mail.offerSubject", { reference: r.reference, language: languageName("de", r.language) }),
        text: translate("de", "mediation.mail.offerText", { reference: r.reference, when, language: languageName("de", r.language), topic: translate("de", `mediation.topic.${r.topic}`), mode: translate("de", `mediation.mode.${r.mode}`), link }),
      });
    }
    if (r.status === "approved") await tx.update(requests).set({ status: "offered", updatedAt: new Date() }).where(eq(requests.id, requestId));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "offer", entity: "med_request", entityId: requestId, changes: { slotRank, mediators: sent.map((s) => s.mediatorId) } });
    return sent;
  });
}

/** A slot in a letter, written as the pages write it (formatSpan). */
export function describeSlot(lang: Locale, startsAt: Date, minutes: number): string {
  return formatSpan(lang, startsAt, new Date(startsAt.getTime() + minutes * 60_000));
}

/** The offer a signed e-mail link points to, when the secret matches. */
export async function offerByToken(db: Executor, tenantId: string, offerId: string, secret: string) {
  checkId(offerId);
  const [o] = await db.select().from(offers).where(and(eq(offers.id, offerId), eq(offers.tenantId, tenantId)));
  // Only hashes are compared: timing reveals nothing about the secret itself.
  if (!o || !secret || sha256(secret) !== o.tokenHash) throw notFound();
  return o;
}

export type OfferAnswer = { accept: true } | { accept: false; reason: string };

/**
 * A mediator answers an offer. Accepting creates the job: the request row is
 * locked, so of two parallel accepts exactly one wins; the database refuses a
 * job that overlaps another of the same mediator (exclusion constraint).
 */
export async function answerOffer(db: Db, tenant: TenantRef, offerId: string, mediatorId: string, answer: OfferAnswer, actor: Actor, now = new Date()) {
  checkId(offerId);
  try {
    await db.transaction(async (tx) => {
      const [o] = await tx.select().from(offers).where(and(eq(offers.id, offerId), eq(offers.tenantId, tenant.id), eq(offers.mediatorId, mediatorId)));
      if (!o) throw notFound();
      const r = await lockRequest(tx, tenant.id, o.requestId);
      const [current] = await tx.select().from(offers).where(eq(offers.id, offerId));
      if (current!.status !== "open") throw conflict("offer closed", [{ field: "_form", key: current!.status === "taken" ? "mediation.error.taken" : "mediation.error.offerClosed" }]);
      if (!answer.accept) {
        await tx.update(offers).set({ status: "declined", answeredAt: now, declineReason: answer.reason || null }).where(eq(offers.id, offerId));
        await audit(tx, { tenantId: tenant.id, actor, action: "decline", entity: "med_offer", entityId: offerId, changes: { reason: answer.reason } });
        return;
      }
      if (r.status !== "offered") throw conflict("request not open", [{ field: "_form", key: "mediation.error.taken" }]);
      const [slot] = await tx.select().from(requestSlots).where(and(eq(requestSlots.requestId, r.id), eq(requestSlots.rank, o.slotRank)));
      const endsAt = new Date(slot!.startsAt.getTime() + slot!.minutes * 60_000);
      const [job] = await tx.insert(jobs).values({ tenantId: tenant.id, requestId: r.id, mediatorId, offerId, startsAt: slot!.startsAt, endsAt, createdAt: now }).returning({ id: jobs.id });
      await tx.update(offers).set({ status: "accepted", answeredAt: now }).where(eq(offers.id, offerId));
      const others = await tx
        .update(offers)
        .set({ status: "taken", answeredAt: now })
        .where(and(eq(offers.requestId, r.id), eq(offers.status, "open")))
        .returning({ mediatorId: offers.mediatorId });
      await tx.update(requests).set({ status: "confirmed", updatedAt: now }).where(eq(requests.id, r.id));
      await audit(tx, { tenantId: tenant.id, actor, action: "accept", entity: "med_offer", entityId: offerId, changes: { request: r.reference, job: job!.id } });
      const [m] = await tx.select().from(mediators).where(eq(mediators.id, mediatorId));
      const requester = await getRequester(tx, tenant.id, r.requesterId);
      const when = describeSlot("de", slot!.startsAt, slot!.minutes);
      await queueMail(tx, {
        tenantId: tenant.id,
        to: requester.email,
        subject: translate("de", "mediation.mail.confirmedSubject", { reference: r.reference }),
        text: translate("de", "mediation.mail.confirmedText", {
          reference: r.reference,
          when,
          language: languageName("de", r.language),
          mediator: m!.name,
          place: r.mode === "on_site" ? [r.street, r.postcode, r.city, r.room].filter(Boolean).join(", ") : (r.remoteDetails ?? ""),
        }),
      });
      for (const other of others) {
        const [om] = await tx.select({ email: mediators.email }).from(mediators).where(eq(mediators.id, other.mediatorId));
        await queueMail(tx, { tenantId: tenant.id, to: om!.email, subject: translate("de", "mediation.mail.takenSubject", { reference: r.reference }), text: translate("de", "mediation.mail.takenText", { reference: r.reference, when }) });
      }
    });
  } catch (err) {
    if (isOverlap(err)) throw conflict("overlap", [{ field: "_form", key: "mediation.error.overlap" }]);
    if (isUniqueLiveJob(err)) throw conflict("taken", [{ field: "_form", key: "mediation.error.taken" }]);
    throw err;
  }
}

const pgCode = (err: unknown): string | undefined => {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (typeof e.code === "string") return e.code;
  return undefined;
};
const pgConstraint = (err: unknown): string | undefined => {
  for (let e = err as { constraint?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (typeof e.constraint === "string") return e.constraint;
  return undefined;
};
/** 23P01: exclusion_violation — the mediator already has a job at that time. */
const isOverlap = (err: unknown) => pgCode(err) === "23P01";
const isUniqueLiveJob = (err: unknown) => pgCode(err) === "23505" && (pgConstraint(err) ?? "med_job_live") === "med_job_live";

// ---------------------------------------------------------------------------
// Cancellation
/**
 * The cancellation rule for a request's booked appointment, as the requester is told it before
 * cancelling (the one `cancel` then applies); null while none is booked.
 */
export async function cancellationTermsOf(db: Executor, tenantId: string, r: Pick<RequestDetail, "mode" | "jobs">): Promise<{ freeUntil: Date; lateFeeCents: number } | null> {
  const live = r.jobs.find((j) => j.status !== "cancelled");
  if (!live) return null;
  return cancellationTerms(live.startsAt, { mode: r.mode, minutes: bookedMinutes(live), travelKm: 0 }, (await loadSettings(db, tenantId)).rates);
}


/**
 * Cancels a request (by the requester or the office) or a mediator's job. A
 * requester's late cancellation is billable by the rate rules; when the
 * mediator cancels, the request goes back to "approved" and the search restarts.
 */
export async function cancel(db: Db, tenant: TenantRef, requestId: string, by: CancelledBy, reason: string, actor: Actor, now = new Date()) {
  await db.transaction(async (tx) => {
    const r = await lockRequest(tx, tenant.id, requestId);
    if (["declined", "completed", "cancelled", "unmet"].includes(r.status)) throw conflict("closed", [{ field: "reason", key: "mediation.error.closed" }]);
    const settings = await loadSettings(tx, tenant.id);
    const [job] = await tx.select().from(jobs).where(and(eq(jobs.requestId, requestId), sql`${jobs.status} <> 'cancelled'`));
    if (by === "mediator" && !job) throw conflict("no job", [{ field: "reason", key: "mediation.error.closed" }]);
    let feeCents = 0;
    if (job) {
      if (job.startsAt <= now && by !== "office") throw conflict("started", [{ field: "reason", key: "mediation.error.started" }]);
      const minutes = bookedMinutes(job);
      const outcome = cancellation({ startsAt: job.startsAt, cancelledAt: now, cancelledBy: by, booked: { mode: r.mode, minutes, travelKm: 0 } }, settings.rates);
      feeCents = outcome.feeCents;
      await tx.update(jobs).set({ status: "cancelled", cancelledBy: by, cancelReason: reason, cancelledAt: now, cancellationFeeCents: feeCents }).where(eq(jobs.id, job.id));
    }
    await tx.update(offers).set({ status: "withdrawn", answeredAt: now }).where(and(eq(offers.requestId, requestId), eq(offers.status, "open")));
    const restart = by === "mediator";
    const status: RequestStatus = restart ? "approved" : "cancelled";
    await tx.update(requests).set({ status, updatedAt: now, ...(restart ? {} : { cancelledBy: by, cancelReason: reason, cancelledAt: now }) }).where(eq(requests.id, requestId));
    await audit(tx, { tenantId: tenant.id, actor, action: "cancel", entity: "med_request", entityId: requestId, changes: { by, reason, feeCents, status: [r.status, status] } });
    const requester = await getRequester(tx, tenant.id, r.requesterId);
    const notify = new Set<string>();
    if (by !== "requester") notify.add(requester.email);
    if (job && by !== "mediator") {
      const [m] = await tx.select({ email: mediators.email }).from(mediators).where(eq(mediators.id, job.mediatorId));
      notify.add(m!.email);
    }
    if (settings.contactEmail && by !== "office") notify.add(settings.contactEmail);
    for (const to of notify) {
      await queueMail(tx, {
        tenantId: tenant.id,
        to,
        subject: translate("de", "mediation.mail.cancelledSubject", { reference: r.reference }),
        text: translate("de", restart ? "mediation.mail.mediatorCancelledText" : "mediation.mail.cancelledText", { reference: r.reference, reason, by: translate("de", `mediation.cancelledBy.${by}`) }),
      });
    }
  });
}

// ---------------------------------------------------------------------------
// After the appointment: hours, confirmation, no-shows, unmet requests

/** The mediator records actual duration and travel of a job that has begun; the requester is asked to confirm. */
export async function reportHours(db: Db, tenant: TenantRef, mediatorId: string, jobId: string, hours: { actualMinutes: number; travelKm: number; travelMinutes: number }, actor: Actor, now = new Date()) {
  checkId(jobId);
  await db.transaction(async (tx) => {
    const [job] = await tx.select().from(jobs).where(and(eq(jobs.id, jobId), eq(jobs.tenantId, tenant.id), eq(jobs.mediatorId, mediatorId)));
    if (!job) throw notFound();
    if (job.status !== "confirmed" || job.confirmedAt) throw conflict("closed", [{ field: "actualMinutes", key: "mediation.error.closed" }]);
    if (job.startsAt > now) throw invalid([{ field: "actualMinutes", key: "mediation.validation.notYet" }]);
    await tx.update(jobs).set({ actualMinutes: hours.actualMinutes, travelKm: hours.travelKm, travelMinutes: hours.travelMinutes, reportedAt: now }).where(eq(jobs.id, jobId));
    await audit(tx, { tenantId: tenant.id, actor, action: "report_hours", entity: "med_job", entityId: jobId, changes: hours });
    const [r] = await tx.select().from(requests).where(eq(requests.id, job.requestId));
    const requester = await getRequester(tx, tenant.id, r!.requesterId);
    await queueMail(tx, {
      tenantId: tenant.id,
      to: requester.email,
      subject: translate("de", "mediation.mail.hoursSubject", { reference: r!.reference }),
      text: translate("de", "mediation.mail.hoursText", { reference: r!.reference, minutes: hours.actualMinutes, km: hours.travelKm }),
    });
  });
}

/** The requester confirms the recorded hours: the fee is fixed by the rate rules and the request is done. */
export async function confirmHours(db: Db, tenant: TenantRef, requesterIds: string[] | "office", jobId: string, actor: Actor, now = new Date()) {
  checkId(jobId);
  await db.transaction(async (tx) => {
    const [job] = await tx.select().from(jobs).where(and(eq(jobs.id, jobId), eq(jobs.tenantId, tenant.id)));
    if (!job) throw notFound();
    const [r] = await tx.select().from(requests).where(eq(requests.id, job.requestId));
    if (requesterIds !== "office" && !requesterIds.includes(r!.requesterId)) throw notFound();
    if (job.status !== "confirmed" || job.actualMinutes === null || job.confirmedAt) throw conflict("not reported", [{ field: "_form", key: "mediation.error.notReported" }]);
    const { rates } = await loadSettings(tx, tenant.id);
    const f = fee({ mode: r!.mode, minutes: job.actualMinutes, travelKm: job.travelKm ?? 0 }, rates);
    await tx.update(jobs).set({ status: "completed", confirmedAt: now, confirmedBy: actor.id, feeCents: f.totalCents }).where(eq(jobs.id, jobId));
    await tx.update(requests).set({ status: "completed", updatedAt: now }).where(eq(requests.id, r!.id));
    await audit(tx, { tenantId: tenant.id, actor, action: "confirm_hours", entity: "med_job", entityId: jobId, changes: { feeCents: f.totalCents, minutes: job.actualMinutes, travelKm: job.travelKm } });
  });
}

/**
 * The office records that someone did not come. A client's no-show is billed
 * like a late cancellation by the requester; a mediator's is not billed and
 * the request counts as unmet.
 */
export async function recordNoShow(db: Db, scope: Scope, requestId: string, who: "client" | "mediator", now = new Date()) {
  await db.transaction(async (tx) => {
    const r = await lockRequest(tx, scope.tenant.id, requestId);
    const [job] = await tx.select().from(jobs).where(and(eq(jobs.requestId, requestId), eq(jobs.status, "confirmed")));
    if (!job) throw conflict("no job", [{ field: "_form", key: "mediation.error.closed" }]);
    if (job.startsAt > now) throw invalid([{ field: "_form", key: "mediation.validation.notYet" }]);
    const { rates } = await loadSettings(tx, scope.tenant.id);
    const minutes = bookedMinutes(job);
    const feeCents = who === "client" ? cancellation({ startsAt: job.startsAt, cancelledAt: job.startsAt, cancelledBy: "requester", booked: { mode: r.mode, minutes, travelKm: 0 } }, rates).feeCents : 0;
    await tx.update(jobs).set({ status: "cancelled", noShow: who, cancelledAt: now, cancelledBy: who === "client" ? "requester" : "mediator", cancelReason: `no-show: ${who}`, cancellationFeeCents: feeCents }).where(eq(jobs.id, job.id));
    const status: RequestStatus = who === "client" ? "cancelled" : "unmet";
    await tx.update(requests).set({ status, updatedAt: now }).where(eq(requests.id, requestId));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "no_show", entity: "med_request", entityId: requestId, changes: { who, feeCents, status: [r.status, status] } });
  });
}

/** Nobody could take the request: it is closed as unmet (counted in the reports) and the requester is told. */
export async function markUnmet(db: Db, scope: Scope, requestId: string, reason: string) {
  await db.transaction(async (tx) => {
    const r = await lockRequest(tx, scope.tenant.id, requestId);
    if (r.status !== "approved" && r.status !== "offered") throw conflict("not open", [{ field: "reason", key: "mediation.error.notOpen" }]);
    await tx.update(offers).set({ status: "withdrawn", answeredAt: new Date() }).where(and(eq(offers.requestId, requestId), eq(offers.status, "open")));
    await tx.update(requests).set({ status: "unmet", decisionReason: reason || r.decisionReason, updatedAt: new Date() }).where(eq(requests.id, requestId));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "unmet", entity: "med_request", entityId: requestId, changes: { reason } });
    const requester = await getRequester(tx, scope.tenant.id, r.requesterId);
    await queueMail(tx, { tenantId: scope.tenant.id, to: requester.email, subject: translate("de", "mediation.mail.unmetSubject", { reference: r.reference }), text: translate("de", "mediation.mail.unmetText", { reference: r.reference, reason }) });
  });
}

// ---------------------------------------------------------------------------
// Retention

/**
 * Erases the personal data of requests (on-site contact, phone, free-text
 * notes, urgency reason) `retentionDays` after their appointment, per tenant's
 * setting (90 days without one). What remains is what statistics need. Also
 * deletes the kept plans of weeks that ended PLAN_RUN_KEEP_DAYS ago.
 */
export async function eraseExpiredPersonalData(db: Executor, now = new Date()): Promise<string> {
  const erased = await rows<{ id: string; tenant_id: string }>(
    db,
    sql`UPDATE med_request r SET contact_name = NULL, contact_phone = NULL, notes = '', urgency_reason = '', erased_at = ${now}
         WHERE r.erased_at IS NULL
           AND (SELECT max(s.starts_at) FROM med_request_slot s WHERE s.request_id = r.id)
               < ${now}::timestamptz - make_interval(days => coalesce((SELECT m.retention_days FROM med_settings m WHERE m.tenant_id = r.tenant_id), 90))
     RETURNING r.id, r.tenant_id`,
  );
  for (const r of erased) await audit(db, { tenantId: r.tenant_id, actor: { id: null, label: "retention" }, action: "erase", entity: "med_request", entityId: r.id, changes: { fields: ["contactName", "contactPhone", "notes", "urgencyReason"] } });
  // Plans of past weeks serve nobody.
  const plans = await rows(db, sql`DELETE FROM med_plan_run WHERE week + 7 < (${now}::timestamptz - make_interval(days => ${PLAN_RUN_KEEP_DAYS}))::date RETURNING week`);
  return `erased personal data of ${erased.length} requests, deleted ${plans.length} plans of past weeks`;
}

// ---------------------------------------------------------------------------
// Mediator portal

export interface PortalOffer {
  offerId: string;
  reference: string;
  language: string;
  dialect: string | null;
  topic: Topic;
  mode: Mode;
  startsAt: Date;
  minutes: number;
  city: string | null;
  createdAt: Date;
}

/** Open offers of a mediator: what, when, roughly where — no client contact before acceptance. */
export async function openOffersOf(db: Executor, mediatorId: string): Promise<PortalOffer[]> {
  const found = await rows<PortalOffer>(
    db,
    sql`SELECT o.id AS "offerId", r.reference, r.language, r.dialect, r.topic, r.mode, s.starts_at AS "startsAt", s.minutes, r.city, o.created_at AS "createdAt"
          FROM med_offer o JOIN med_request r ON r.id = o.request_id JOIN med_request_slot s ON s.request_id = r.id AND s.rank = o.slot_rank
         WHERE o.mediator_id = ${mediatorId} AND o.status = 'open' ORDER BY s.starts_at`,
  );
  return found.map((o) => dated(o, "startsAt", "createdAt"));
}

/** One offer as its e-mail link shows it (whatever its status). */
export async function offerSummary(db: Executor, tenantId: string, offerId: string): Promise<PortalOffer | null> {
  const [o] = await rows<PortalOffer>(
    db,
    sql`SELECT o.id AS "offerId", r.reference, r.language, r.dialect, r.topic, r.mode, s.starts_at AS "startsAt", s.minutes, r.city, o.created_at AS "createdAt"
          FROM med_offer o JOIN med_request r ON r.id = o.request_id JOIN med_request_slot s ON s.request_id = r.id AND s.rank = o.slot_rank
         WHERE o.id = ${offerId} AND o.tenant_id = ${tenantId}`,
  );
  return o ? dated(o, "startsAt", "createdAt") : null;
}

export interface PortalJob {
  jobId: string;
  requestId: string;
  reference: string;
  status: string;
  language: string;
  topic: Topic;
  mode: Mode;
  startsAt: Date;
  endsAt: Date;
  requester: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
  room: string | null;
  remoteDetails: string | null;
  contactName: string | null;
  contactPhone: string | null;
  cancelReason: string | null;
  actualMinutes: number | null;
  reportedAt: Date | null;
  confirmedAt: Date | null;
}

/** A mediator's jobs: every accepted job stays in view (upcoming, past, cancelled) — none vanish. */
export async function jobsOf(db: Executor, mediatorId: string, opts: { from?: Date; to?: Date } = {}): Promise<PortalJob[]> {
  const filters = [sql`j.mediator_id = ${mediatorId}`];
  if (opts.from) filters.push(sql`j.ends_at >= ${opts.from}`);
  if (opts.to) filters.push(sql`j.starts_at < ${opts.to}`);
  const found = await rows<PortalJob>(
    db,
    sql`SELECT j.id AS "jobId", r.id AS "requestId", r.reference, j.status, r.language, r.topic, r.mode, j.starts_at AS "startsAt", j.ends_at AS "endsAt",
               q.name AS requester, r.street, r.postcode, r.city, r.room, r.remote_details AS "remoteDetails", r.contact_name AS "contactName",
               r.contact_phone AS "contactPhone", j.cancel_reason AS "cancelReason", j.actual_minutes AS "actualMinutes", j.reported_at AS "reportedAt",
               j.confirmed_at AS "confirmedAt"
          FROM med_job j JOIN med_request r ON r.id = j.request_id JOIN med_requester q ON q.id = r.requester_id
         WHERE ${sql.join(filters, sql` AND `)} ORDER BY j.starts_at`,
  );
  return found.map((j) => dated(j, "startsAt", "endsAt", "reportedAt", "confirmedAt"));
}

/** Minutes booked (confirmed or completed) per month, for the portal and the monthly maximum. */
export async function minutesInMonth(db: Executor, mediatorId: string, at: Date): Promise<number> {
  const [r] = await rows<{ n: number }>(db, sql`SELECT ${minutesOfMonth(sql`${mediatorId}::uuid`, at)} AS n`);
  return r?.n ?? 0;
}

