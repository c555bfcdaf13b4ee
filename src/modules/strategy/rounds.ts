/**
 * Rounds of a questionnaire: staff open a round, make personal links per
 * respondent group (sent by mail or handed out), respondents answer area by
 * area with their progress saved, and the results are computed from the
 * submitted responses.
 *
 * A personal link is `<response id>.<HMAC of the id>`: nothing secret is
 * stored, and the office can show a link again (to print or resend it). In an
 * anonymous round a response keeps only its group and department: an address
 * the link was mailed to goes to the mail outbox and is not stored with it.
 */
import crypto from "node:crypto";
import { and, asc, desc, eq, inArray, isNotNull, lt, ne, sql } from "drizzle-orm";
import type { Db, Executor } from "../../core/db/index.ts";
import { audit, systemActor } from "../../core/audit.ts";
import { wallOf } from "../../core/time.ts";
import { conflict, invalid, notFound } from "../../core/errors.ts";
import { translate, type Locale } from "../../core/i18n.ts";
import { queueMail } from "../../core/mail.ts";
import { sharedSecret } from "../../core/settings.ts";
import type { TenantRef } from "../../web/context.ts";
import { RESPONDENT_GROUPS, textIn, type Definition, type RespondentGroup, type RoundStatus } from "./model.ts";
import { readableQuestionnaire, type Scope } from "./questionnaires.ts";
import { compareRounds, roundResult, type Answers, type RoundResult } from "./scoring.ts";
import { questionnaires, responses, rounds } from "./schema.ts";

const ENTITY = "st_round";
const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

export type RoundRow = typeof rounds.$inferSelect;

export interface RoundItem {
  id: string;
  title: string;
  status: RoundStatus;
  anonymous: boolean;
  questionnaireId: string;
  questionnaireTitle: string;
  createdAt: Date;
  openedAt: Date | null;
  closedAt: Date | null;
  links: number;
  submitted: number;
}

export async function listRounds(db: Executor, tenantId: string, questionnaireId?: string): Promise<RoundItem[]> {
  const where = questionnaireId ? and(eq(rounds.tenantId, tenantId), eq(rounds.questionnaireId, questionnaireId)) : eq(rounds.tenantId, tenantId);
  const found = await db
    .select({
      id: rounds.id,
      title: rounds.title,
      status: rounds.status,
      anonymous: rounds.anonymous,
      questionnaireId: rounds.questionnaireId,
      questionnaireTitle: sql<string>`${questionnaires.title}->>'de'`,
      createdAt: rounds.createdAt,
      openedAt: rounds.openedAt,
      closedAt: rounds.closedAt,
      links: sql<number>`(SELECT count(*)::int FROM st_response r WHERE r.round_id = st_round.id)`,
      submitted: sql<number>`(SELECT count(*)::int FROM st_response r WHERE r.round_id = st_round.id AND r.submitted_at IS NOT NULL)`,
    })
    .from(rounds)
    .innerJoin(questionnaires, eq(questionnaires.id, rounds.questionnaireId))
    .where(where)
    .orderBy(desc(rounds.createdAt));
  return found;
}

export async function getRound(db: Executor, tenantId: string, id: string): Promise<RoundRow> {
  if (!isUuid(id)) throw notFound();
  const [row] = await db.select().from(rounds).where(and(eq(rounds.id, id), eq(rounds.tenantId, tenantId)));
  if (!row) throw notFound();
  return row;
}

/** What the round asks: frozen once opened, the questionnaire's current definition before. */
export async function definitionOf(db: Executor, tenant: TenantRef, round: RoundRow): Promise<Definition> {
  return round.definition ?? (await readableQuestionnaire(db, tenant, round.questionnaireId)).definition;
}

export interface RoundInput {
  questionnaireId: string;
  title: string;
  anonymous: boolean;
  closesOn: string | null;
}

export async function createRound(db: Db, scope: Scope, input: RoundInput): Promise<string> {
  return db.transaction(async (tx) => {
    const q = await readableQuestionnaire(tx, scope.tenant, input.questionnaireId).catch(() => {
      throw invalid([{ field: "questionnaireId", key: "validation.choice" }]);
    });
    if (q.tenantId !== scope.tenant.id) throw invalid([{ field: "questionnaireId", key: "strategy.validation.copyFirst" }]);
    const [row] = await tx.insert(rounds).values({ tenantId: scope.tenant.id, questionnaireId: q.id, title: input.title, anonymous: input.anonymous, closesOn: input.closesOn }).returning({ id: rounds.id });
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: ENTITY, entityId: row!.id, changes: { ...input } });
    return row!.id;
  });
}

/** Draft → open (the definition is frozen) → closed (no more answers). */
export async function setRoundStatus(db: Db, scope: Scope, id: string, status: "open" | "closed") {
  return db.transaction(async (tx) => {
    const [round] = await tx.select().from(rounds).where(and(eq(rounds.id, id), eq(rounds.tenantId, scope.tenant.id))).for("update");
    if (!round) throw notFound();
    const allowed = status === "open" ? round.status === "draft" : round.status === "open";
    if (!allowed) throw conflict("status", [{ field: "_form", key: "strategy.validation.roundStatus" }]);
    const set =
      status === "open"
        ? { status, openedAt: new Date(), definition: await definitionOf(tx, scope.tenant, round), previousId: round.previousId ?? (await previousRoundId(tx, round)) }
        : { status, closedAt: new Date() };
    await tx.update(rounds).set(set).where(eq(rounds.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: status === "open" ? "open" : "close", entity: ENTITY, entityId: id });
  });
}

/** Whether the last day for answers ("Antworten bis", a Berlin date) has passed. */
const pastDeadline = (closesOn: string | null, now: Date) => closesOn !== null && closesOn < wallOf(now).date;

/**
 * Open rounds whose last day for answers has passed are closed (a job, hourly), each audited; until
 * then, links of such a round already answer as closed. Returns how many were closed.
 */
export async function closeRoundsPastDeadline(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(rounds)
      .set({ status: "closed", closedAt: now })
      .where(and(eq(rounds.status, "open"), lt(rounds.closesOn, wallOf(now).date)))
      .returning({ id: rounds.id, tenantId: rounds.tenantId });
    for (const r of closed) await audit(tx, { tenantId: r.tenantId, actor: systemActor("strategy.deadlines"), action: "close", entity: ENTITY, entityId: r.id, changes: { reason: "closesOn" } });
    return closed.length;
  });
}

/** The latest closed round of the same questionnaire or of any copy of the same template, to compare with. */
async function previousRoundId(db: Executor, round: RoundRow): Promise<string | null> {
  const [q] = await db.select({ templateKey: questionnaires.templateKey }).from(questionnaires).where(eq(questionnaires.id, round.questionnaireId));
  const lineage = q?.templateKey
    ? sql`${rounds.questionnaireId} IN (SELECT id FROM st_questionnaire WHERE tenant_id = ${round.tenantId} AND template_key = ${q.templateKey})`
    : eq(rounds.questionnaireId, round.questionnaireId);
  const [prev] = await db
    .select({ id: rounds.id })
    .from(rounds)
    .where(and(eq(rounds.tenantId, round.tenantId), ne(rounds.id, round.id), eq(rounds.status, "closed"), lineage))
    .orderBy(desc(rounds.closedAt))
    .limit(1);
  return prev?.id ?? null;
}

// ---------------------------------------------------------------------------
// Personal links

const LINK_PURPOSE = "strategy.response";

const mac = (secret: string, id: string) => crypto.createHmac("sha256", secret).update(`${LINK_PURPOSE}:${id}`).digest("base64url").slice(0, 22);

/** Makes links' tokens with the secret read once: a round's page shows all of its links. */
export async function linkTokens(db: Db): Promise<(responseId: string) => string> {
  const secret = await sharedSecret(db, LINK_PURPOSE);
  return (id) => `${id}.${mac(secret, id)}`;
}

/** The response id of a genuine link, or null. */
export async function responseIdOf(db: Db, token: string): Promise<string | null> {
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!m) return null;
  const expected = Buffer.from(mac(await sharedSecret(db, LINK_PURPOSE), m[1]!));
  const given = Buffer.from(m[2]!);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? m[1]! : null;
}

export const respondentPath = (tenant: TenantRef, lang: Locale, token: string) => `/${tenant.slug}/${lang}/befragung/${token}`;

export interface LinksInput {
  group: RespondentGroup;
  department: string;
  /** Links to hand out (no address). */
  count: number;
  /** People to invite by mail: one link each. */
  people: { name: string; email: string }[];
  /** Language of the invitation mails. */
  lang: Locale;
}

export interface MadeLink {
  id: string;
  token: string;
  email: string | null;
}

/** New personal links; mails go out through the outbox in the same transaction. */
export async function addLinks(db: Db, scope: Scope, roundId: string, input: LinksInput, baseUrl: string): Promise<MadeLink[]> {
  const tokenOf = await linkTokens(db);
  return db.transaction(async (tx) => {
    const [round] = await tx.select().from(rounds).where(and(eq(rounds.id, roundId), eq(rounds.tenantId, scope.tenant.id))).for("update");
    if (!round) throw notFound();
    if (round.status === "closed") throw conflict("closed", [{ field: "_form", key: "strategy.validation.roundClosed" }]);
    const made: MadeLink[] = [];
    const base = { tenantId: scope.tenant.id, roundId, group: input.group, department: input.department.trim() };
    for (let i = 0; i < input.count; i++) {
      const [row] = await tx.insert(responses).values(base).returning({ id: responses.id });
      made.push({ id: row!.id, token: tokenOf(row!.id), email: null });
    }
    for (const p of input.people) {
      const person = round.anonymous ? {} : { name: p.name.trim() || null, email: p.email.trim() };
      const [row] = await tx.insert(responses).values({ ...base, ...person }).returning({ id: responses.id });
      const token = tokenOf(row!.id);
      const url = new URL(respondentPath(scope.tenant, input.lang, token), baseUrl).toString();
      const t = (key: string, values?: Record<string, string>) => translate(input.lang, key, values);
      await queueMail(tx, {
        tenantId: scope.tenant.id,
        to: p.email.trim(),
        subject: t("strategy.mail.inviteSubject", { round: round.title }),
        text: t("strategy.mail.inviteText", { round: round.title, office: scope.tenant.name, url, anonymous: round.anonymous ? "yes" : "no" }),
      });
      made.push({ id: row!.id, token, email: round.anonymous ? null : p.email.trim() });
    }
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "st_response", entityId: roundId, changes: { group: input.group, department: input.department, links: input.count, mailed: input.people.length } });
    return made;
  });
}

export interface LinkItem {
  id: string;
  group: RespondentGroup;
  department: string;
  name: string | null;
  email: string | null;
  started: boolean;
  submitted: boolean;
}

/** The round's links, for the office: who (in rounds that are not anonymous) and how far, never the answers. */
export async function listLinks(db: Executor, tenantId: string, roundId: string): Promise<LinkItem[]> {
  const found = await db
    .select({ id: responses.id, group: responses.group, department: responses.department, name: responses.name, email: responses.email, startedAt: responses.startedAt, submittedAt: responses.submittedAt })
    .from(responses)
    .where(and(eq(responses.tenantId, tenantId), eq(responses.roundId, roundId)))
    .orderBy(asc(responses.group), asc(responses.department), asc(responses.createdAt));
  return found.map((r) => ({ id: r.id, group: r.group, department: r.department, name: r.name, email: r.email, started: r.startedAt !== null, submitted: r.submittedAt !== null }));
}

// ---------------------------------------------------------------------------
// Answering (the respondent's side; no account, the link is the key)

export interface Respondent {
  response: typeof responses.$inferSelect;
  round: RoundRow;
  definition: Definition;
}

/** The response behind a link, with its round, in the tenant of the URL; null for anything else. */
export async function respondentOf(db: Db, tenant: TenantRef, token: string): Promise<Respondent | null> {
  const id = await responseIdOf(db, token);
  if (!id) return null;
  const [found] = await db
    .select({ response: responses, round: rounds })
    .from(responses)
    .innerJoin(rounds, eq(rounds.id, responses.roundId))
    .where(and(eq(responses.id, id), eq(responses.tenantId, tenant.id)));
  if (!found || found.round.status === "draft" || !found.round.definition) return null;
  // Past its last day for answers a round answers as closed, even before the hourly job has closed it.
  const round = found.round.status === "open" && pastDeadline(found.round.closesOn, new Date()) ? { ...found.round, status: "closed" as const } : found.round;
  return { ...found, round, definition: found.round.definition };
}

/**
 * Saves the answers of the area shown (index `area`): what was answered there before and is empty
 * now is taken back. `reached` is where the respondent continues; `submit` ends the response.
 */
export async function saveAnswers(db: Db, respondent: Respondent, step: { area: number; answers: Answers; reached: number; submit: boolean }) {
  const { response, round, definition } = respondent;
  const shown = new Set(definition.areas[step.area]?.questions.map((q) => q.key) ?? []);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(responses).where(eq(responses.id, response.id)).for("update");
    const [r] = await tx.select({ status: rounds.status, closesOn: rounds.closesOn }).from(rounds).where(eq(rounds.id, round.id));
    if (!current) throw notFound();
    if (current.submittedAt) throw conflict("submitted", [{ field: "_form", key: "strategy.answer.alreadySubmitted" }]);
    if (r?.status !== "open" || pastDeadline(r.closesOn, new Date())) throw conflict("closed", [{ field: "_form", key: "strategy.validation.roundClosed" }]);
    const merged: Answers = Object.fromEntries(Object.entries(current.answers).filter(([key]) => !shown.has(key)));
    Object.assign(merged, step.answers);
    await tx
      .update(responses)
      .set({ answers: merged, reached: Math.max(current.reached, step.reached), startedAt: current.startedAt ?? new Date(), submittedAt: step.submit ? new Date() : null, updatedAt: new Date() })
      .where(eq(responses.id, response.id));
  });
}

// ---------------------------------------------------------------------------
// Results

export interface RoundResults {
  round: RoundRow;
  definition: Definition;
  result: RoundResult;
  /** Responses submitted per group (all of them, also where the figures are suppressed). */
  submittedByGroup: Partial<Record<RespondentGroup, number>>;
  links: number;
  previous: { round: RoundRow; result: RoundResult; change: Record<string, number | null> } | null;
}

async function submittedOf(db: Executor, roundId: string) {
  return db
    .select({ group: responses.group, answers: responses.answers })
    .from(responses)
    .where(and(eq(responses.roundId, roundId), isNotNull(responses.submittedAt)));
}

export async function roundResults(db: Executor, scope: Scope, id: string): Promise<RoundResults> {
  const round = await getRound(db, scope.tenant.id, id);
  const definition = await definitionOf(db, scope.tenant, round);
  const submitted = await submittedOf(db, round.id);
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(responses).where(eq(responses.roundId, round.id));
  const result = roundResult(definition, submitted);
  const submittedByGroup: RoundResults["submittedByGroup"] = {};
  for (const g of RESPONDENT_GROUPS) {
    const count = submitted.filter((s) => s.group === g).length;
    if (count) submittedByGroup[g] = count;
  }
  let previous: RoundResults["previous"] = null;
  if (round.previousId) {
    const [p] = await db.select().from(rounds).where(and(eq(rounds.id, round.previousId), eq(rounds.tenantId, scope.tenant.id)));
    if (p?.definition) {
      const pr = roundResult(p.definition, await submittedOf(db, p.id));
      previous = { round: p, result: pr, change: compareRounds(result, pr) };
    }
  }
  return { round, definition, result, submittedByGroup, links: n, previous };
}

/** Rounds whose results can be shown (opened at least once), newest first: for the report and the workshop. */
export async function resultRounds(db: Executor, tenantId: string) {
  return db
    .select({ id: rounds.id, title: rounds.title, status: rounds.status })
    .from(rounds)
    .where(and(eq(rounds.tenantId, tenantId), inArray(rounds.status, ["open", "closed"])))
    .orderBy(desc(rounds.openedAt));
}

/** Area titles in the reader's language, by key. */
export const areaTitles = (def: Definition, lang: Locale) => new Map(def.areas.map((a) => [a.key, textIn(a.title, lang).text]));

/** How long names and addresses of a round that is not anonymous are kept after it closed. */
export const NAMED_ROUND_RETENTION_DAYS = 180;

/**
 * Retention: the names and addresses of respondents in rounds that are not anonymous, once the
 * round has been closed for `days`; the answers stay, as in an anonymous round. Audited per round.
 */
export async function eraseRespondentNames(db: Db, now = new Date(), days = NAMED_ROUND_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return db.transaction(async (tx) => {
    const erased = await tx
      .update(responses)
      .set({ name: null, email: null, updatedAt: now })
      .where(
        and(
          sql`(${responses.name} IS NOT NULL OR ${responses.email} IS NOT NULL)`,
          sql`${responses.roundId} IN (SELECT id FROM st_round WHERE status = 'closed' AND closed_at < ${cutoff})`,
        ),
      )
      .returning({ tenantId: responses.tenantId, roundId: responses.roundId });
    const perRound = new Map<string, { tenantId: string; n: number }>();
    for (const r of erased) perRound.set(r.roundId, { tenantId: r.tenantId, n: (perRound.get(r.roundId)?.n ?? 0) + 1 });
    for (const [roundId, { tenantId, n }] of perRound) await audit(tx, { tenantId, actor: { id: null, label: "retention" }, action: "erase", entity: ENTITY, entityId: roundId, changes: { respondentNames: n } });
    return erased.length;
  });
}
