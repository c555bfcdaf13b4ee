/**
 * Workshop mode: after a round, the office shows the results in the room and
 * participants vote on priorities per area on their phones — no account, a
 * short code. Each participant has a few votes (at most one per priority);
 * the agreed priorities become goals of the Handlungskonzept with one click.
 *
 * A participant is a random cookie; only its SHA-256 is stored with the
 * votes, so a vote names no one. Votes are counted under a lock on the
 * participant's row set, so quick double taps cannot exceed the allowance.
 */
import crypto from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Executor } from "../../core/db/index.ts";
import { audit } from "../../core/audit.ts";
import { conflict, invalid, notFound } from "../../core/errors.ts";
import { textIn, type Definition } from "./model.ts";
import { fieldForArea, getPlan } from "./plans.ts";
import type { Scope } from "./questionnaires.ts";
import type { TenantRef } from "../../web/context.ts";
import { definitionOf, getRound, roundResults } from "./rounds.ts";
import { bandOf } from "./scoring.ts";
import { fields, goals, workshopItems, workshops, workshopVotes } from "./schema.ts";

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);
/** No 0/O, 1/I/L: codes are read aloud and typed on phones. */
const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 6;

export const participantHash = (cookie: string) => crypto.createHash("sha256").update(`st-workshop:${cookie}`).digest("base64url");
export const newParticipant = () => crypto.randomBytes(18).toString("base64url");
export const normaliseCode = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, "");

function newCode(): string {
  const bytes = crypto.randomBytes(CODE_LENGTH);
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join("");
}

export type WorkshopRow = typeof workshops.$inferSelect;

/** A suggestion's first sentence: what fits on a phone as a priority to vote for. */
export const firstSentence = (text: string) => (/^.+?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim()).slice(0, 500);

export async function listWorkshops(db: Executor, tenantId: string) {
  return db.select().from(workshops).where(eq(workshops.tenantId, tenantId)).orderBy(sql`${workshops.createdAt} DESC`);
}

export async function getWorkshop(db: Executor, tenantId: string, id: string): Promise<WorkshopRow> {
  if (!isUuid(id)) throw notFound();
  const [row] = await db.select().from(workshops).where(and(eq(workshops.id, id), eq(workshops.tenantId, tenantId)));
  if (!row) throw notFound();
  return row;
}

/**
 * A workshop on a round's results, with priorities to vote on prefilled from the suggestions of
 * each area's band (the office edits them before the room votes).
 */
export async function createWorkshop(db: Db, scope: Scope, input: { roundId: string; title: string; votesPerPerson: number }): Promise<string> {
  const results = await roundResults(db, scope, input.roundId).catch(() => {
    throw invalid([{ field: "roundId", key: "validation.choice" }]);
  });
  return db.transaction(async (tx) => {
    let id: string | undefined;
    // A code is unique among open workshops; a clash (1 in ~10⁹ per open workshop) just draws again.
    for (let attempt = 0; !id && attempt < 5; attempt++) {
      const [row] = await tx
        .insert(workshops)
        .values({ tenantId: scope.tenant.id, roundId: input.roundId, title: input.title, votesPerPerson: input.votesPerPerson, code: newCode() })
        .onConflictDoNothing()
        .returning({ id: workshops.id });
      id = row?.id;
    }
    if (!id) throw conflict("code");
    const items = results.definition.areas.flatMap((a, position) => {
      const band = bandOf(a.bands, results.result.areas.find((r) => r.key === a.key)?.overall.mean ?? null);
      return band ? [{ workshopId: id, areaKey: a.key, text: firstSentence(band.text.de), position }] : [];
    });
    if (items.length) await tx.insert(workshopItems).values(items);
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "st_workshop", entityId: id, changes: { ...input } });
    return id;
  });
}

export async function setWorkshopStatus(db: Db, scope: Scope, id: string, status: "open" | "closed") {
  return db.transaction(async (tx) => {
    await getWorkshop(tx, scope.tenant.id, id);
    await tx.update(workshops).set({ status, closedAt: status === "closed" ? new Date() : null }).where(eq(workshops.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: status === "closed" ? "close" : "open", entity: "st_workshop", entityId: id });
  });
}

export async function addItem(db: Db, scope: Scope, workshopId: string, input: { areaKey: string; text: string }) {
  return db.transaction(async (tx) => {
    const w = await getWorkshop(tx, scope.tenant.id, workshopId);
    const def = await workshopDefinition(tx, scope.tenant, w);
    if (!def.areas.some((a) => a.key === input.areaKey)) throw invalid([{ field: "areaKey", key: "validation.choice" }]);
    const [row] = await tx.insert(workshopItems).values({ workshopId, areaKey: input.areaKey, text: input.text, position: def.areas.findIndex((a) => a.key === input.areaKey) }).returning({ id: workshopItems.id });
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "st_workshop_item", entityId: row!.id, changes: { ...input } });
  });
}

export async function removeItem(db: Db, scope: Scope, workshopId: string, itemId: string) {
  return db.transaction(async (tx) => {
    await getWorkshop(tx, scope.tenant.id, workshopId);
    if (!isUuid(itemId)) throw notFound();
    const deleted = await tx.delete(workshopItems).where(and(eq(workshopItems.id, itemId), eq(workshopItems.workshopId, workshopId))).returning({ text: workshopItems.text });
    if (!deleted.length) throw notFound();
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "delete", entity: "st_workshop_item", entityId: itemId, changes: { text: deleted[0]!.text } });
  });
}

/** What the workshop's round asks (its areas); empty for a workshop without a round. */
export async function workshopDefinition(db: Executor, tenant: TenantRef, w: WorkshopRow): Promise<Definition> {
  if (!w.roundId) return { areas: [] };
  return definitionOf(db, tenant, await getRound(db, tenant.id, w.roundId));
}

export interface TallyItem {
  id: string;
  areaKey: string;
  text: string;
  votes: number;
  goalId: string | null;
}

export async function tally(db: Executor, workshopId: string): Promise<TallyItem[]> {
  return db
    .select({
      id: workshopItems.id,
      areaKey: workshopItems.areaKey,
      text: workshopItems.text,
      goalId: workshopItems.goalId,
      votes: sql<number>`(SELECT count(*)::int FROM st_workshop_vote v WHERE v.item_id = st_workshop_item.id)`,
    })
    .from(workshopItems)
    .where(eq(workshopItems.workshopId, workshopId))
    .orderBy(asc(workshopItems.position), asc(workshopItems.text));
}

/** How many people voted (distinct participants). */
export async function participants(db: Executor, workshopId: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(DISTINCT ${workshopVotes.participant})::int` }).from(workshopVotes).where(eq(workshopVotes.workshopId, workshopId));
  return r?.n ?? 0;
}

// ---------------------------------------------------------------------------
// The participant's side

/** The open workshop with this code, with the area titles of its round; tenant-bound, as the URL says. */
export async function openWorkshopByCode(db: Executor, tenantId: string, code: string): Promise<WorkshopRow | null> {
  const c = normaliseCode(code);
  if (c.length !== CODE_LENGTH) return null;
  const [row] = await db.select().from(workshops).where(and(eq(workshops.code, c), eq(workshops.tenantId, tenantId), eq(workshops.status, "open")));
  return row ?? null;
}

export async function votesOf(db: Executor, workshopId: string, participant: string): Promise<Set<string>> {
  const found = await db.select({ itemId: workshopVotes.itemId }).from(workshopVotes).where(and(eq(workshopVotes.workshopId, workshopId), eq(workshopVotes.participant, participantHash(participant))));
  return new Set(found.map((v) => v.itemId));
}

/**
 * Sets a participant's votes to exactly `itemIds` (the checked boxes of the ballot), at most the
 * allowance. The workshop's row is locked, so parallel ballots of one person are counted one after
 * the other.
 */
export async function castVotes(db: Db, workshop: WorkshopRow, participant: string, itemIds: string[]) {
  const who = participantHash(participant);
  const wanted = [...new Set(itemIds)].filter(isUuid);
  if (wanted.length > workshop.votesPerPerson) throw invalid([{ field: "items", key: "strategy.workshop.tooManyVotes", values: { count: workshop.votesPerPerson } }]);
  return db.transaction(async (tx) => {
    const [w] = await tx.select({ status: workshops.status }).from(workshops).where(eq(workshops.id, workshop.id)).for("update");
    if (w?.status !== "open") throw conflict("closed", [{ field: "_form", key: "strategy.workshop.closed" }]);
    const valid = wanted.length ? await tx.select({ id: workshopItems.id }).from(workshopItems).where(and(eq(workshopItems.workshopId, workshop.id), inArray(workshopItems.id, wanted))) : [];
    if (valid.length !== wanted.length) throw invalid([{ field: "items", key: "validation.choice" }]);
    await tx.delete(workshopVotes).where(and(eq(workshopVotes.workshopId, workshop.id), eq(workshopVotes.participant, who)));
    if (wanted.length) await tx.insert(workshopVotes).values(wanted.map((itemId) => ({ itemId, workshopId: workshop.id, participant: who })));
  });
}

// ---------------------------------------------------------------------------
// From priorities to goals

/**
 * The chosen priorities become goals of `planId`, each in the field of action that answers its
 * area (made, with the area's title, where the plan has none yet). An item adopted before is
 * skipped, so a second click makes no duplicates.
 */
export async function adoptAsGoals(db: Db, scope: Scope, workshopId: string, itemIds: string[], planId: string): Promise<number> {
  return db.transaction(async (tx) => {
    const w = await getWorkshop(tx, scope.tenant.id, workshopId);
    await getPlan(tx, scope.tenant.id, planId).catch(() => {
      throw invalid([{ field: "planId", key: "validation.choice" }]);
    });
    const ids = itemIds.filter(isUuid);
    if (ids.length === 0) throw invalid([{ field: "items", key: "strategy.workshop.chooseItems" }]);
    const items = await tx.select().from(workshopItems).where(and(eq(workshopItems.workshopId, w.id), inArray(workshopItems.id, ids))).for("update");
    const def = await workshopDefinition(tx, scope.tenant, w);
    let made = 0;
    for (const item of items.filter((i) => i.goalId === null)) {
      let field = await fieldForArea(tx, scope.tenant.id, planId, item.areaKey);
      if (!field) {
        const area = def.areas.find((a) => a.key === item.areaKey);
        [field] = await tx
          .insert(fields)
          .values({ tenantId: scope.tenant.id, planId, title: area ? textIn(area.title, "de").text : item.areaKey, areaKey: item.areaKey, position: def.areas.findIndex((a) => a.key === item.areaKey) })
          .returning();
      }
      const [goal] = await tx.insert(goals).values({ tenantId: scope.tenant.id, fieldId: field!.id, title: item.text.slice(0, 500), description: "" }).returning({ id: goals.id });
      await tx.update(workshopItems).set({ goalId: goal!.id }).where(eq(workshopItems.id, item.id));
      made++;
    }
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "adopt", entity: "st_workshop", entityId: w.id, changes: { planId, goals: made } });
    return made;
  });
}
