/**
 * Partner organisations with accounts (associations, the Volkshochschule, a
 * Jugendmigrationsdienst): staff register them and their people; those
 * people, with the membership role `partner`, draft their organisation's
 * events in the portal and send them to review. A partner sees its own
 * events and how many registered, never who.
 */
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Db, Executor } from "../../core/db/index.ts";
import { rows } from "../../core/db/index.ts";
import { audit, diff } from "../../core/audit.ts";
import { ensurePortalAccount } from "../../core/accounts/service.ts";
import { memberships, users } from "../../core/db/schema.ts";
import { conflict, notFound } from "../../core/errors.ts";
import { partnerMembers, partners } from "./schema.ts";
import type { Scope } from "./service.ts";
import type { PartnerInput, PartnerMemberInput } from "./validation.ts";

export type PartnerRow = typeof partners.$inferSelect;

export interface PartnerItem extends PartnerRow {
  members: { id: string; email: string; displayName: string }[];
  events: number;
}

const isId = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

export async function getPartner(db: Executor, tenantId: string, id: string): Promise<PartnerRow> {
  if (!isId(id)) throw notFound("partner");
  const [p] = await db.select().from(partners).where(and(eq(partners.tenantId, tenantId), eq(partners.id, id)));
  if (!p) throw notFound("partner");
  return p;
}

/** The tenant's partners with their accounts and how many events each has. */
export async function listPartners(db: Executor, tenantId: string): Promise<PartnerItem[]> {
  const list = await db.select().from(partners).where(eq(partners.tenantId, tenantId)).orderBy(asc(partners.name));
  if (list.length === 0) return [];
  const members = await db
    .select({ partnerId: partnerMembers.partnerId, id: users.id, email: users.email, displayName: users.displayName })
    .from(partnerMembers)
    .innerJoin(partners, eq(partners.id, partnerMembers.partnerId))
    .innerJoin(users, eq(users.id, partnerMembers.userId))
    .where(eq(partners.tenantId, tenantId))
    .orderBy(asc(users.displayName));
  const counts = await rows<{ partner_id: string; n: number }>(db, sql`SELECT partner_id, count(*)::int AS n FROM ev_event WHERE tenant_id = ${tenantId} AND partner_id IS NOT NULL GROUP BY partner_id`);
  const n = new Map(counts.map((c) => [c.partner_id, c.n]));
  return list.map((p) => ({ ...p, members: members.filter((m) => m.partnerId === p.id).map(({ partnerId: _, ...m }) => m), events: n.get(p.id) ?? 0 }));
}

/** Create (id null) or change a partner; names are unique in the tenant. */
export async function savePartner(db: Db, scope: Scope, id: string | null, input: PartnerInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.tenantId, scope.tenant.id), eq(partners.name, input.name), id ? ne(partners.id, id) : sql`true`));
    if (taken) throw conflict("name taken", [{ field: "name", key: "events.validation.partnerTaken" }]);
    if (id === null) {
      const [row] = await tx.insert(partners).values({ ...input, tenantId: scope.tenant.id }).returning({ id: partners.id });
      await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "ev_partner", entityId: row!.id, changes: input });
      return row!.id;
    }
    const before = await getPartner(tx, scope.tenant.id, id);
    await tx.update(partners).set(input).where(eq(partners.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: "ev_partner", entityId: id, changes: diff(before as unknown as Record<string, unknown>, input) });
    return id;
  });
}

/** An account for a person of the partner; an existing account (same e-mail) is reused. */
export async function addPartnerMember(db: Db, scope: Scope, partnerId: string, input: PartnerMemberInput) {
  await db.transaction(async (tx) => {
    await getPartner(tx, scope.tenant.id, partnerId);
    const userId = await ensurePortalAccount(tx, scope.tenant.id, scope.actor, input.email, input.displayName, "partner");
    await tx.insert(partnerMembers).values({ partnerId, userId }).onConflictDoNothing();
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "grant", entity: "ev_partner_member", entityId: partnerId, changes: { email: input.email } });
  });
}

/** Takes the person off the partner; without another partner in the tenant, the portal role goes too. */
export async function removePartnerMember(db: Db, scope: Scope, partnerId: string, userId: string) {
  if (!isId(userId)) throw notFound("member");
  await db.transaction(async (tx) => {
    await getPartner(tx, scope.tenant.id, partnerId);
    const removed = await tx.delete(partnerMembers).where(and(eq(partnerMembers.partnerId, partnerId), eq(partnerMembers.userId, userId))).returning();
    if (removed.length === 0) throw notFound("member");
    const [other] = await tx
      .select({ id: partners.id })
      .from(partnerMembers)
      .innerJoin(partners, eq(partners.id, partnerMembers.partnerId))
      .where(and(eq(partners.tenantId, scope.tenant.id), eq(partnerMembers.userId, userId)));
    if (!other) await tx.delete(memberships).where(and(eq(memberships.tenantId, scope.tenant.id), eq(memberships.userId, userId), eq(memberships.role, "partner")));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "revoke", entity: "ev_partner_member", entityId: partnerId, changes: { userId } });
  });
}

/** The partners the signed-in person works for, in this tenant. */
export async function partnersOfUser(db: Executor, tenantId: string, userId: string): Promise<PartnerRow[]> {
  return db
    .select({ p: partners })
    .from(partners)
    .innerJoin(partnerMembers, eq(partnerMembers.partnerId, partners.id))
    .where(and(eq(partners.tenantId, tenantId), eq(partnerMembers.userId, userId)))
    .orderBy(asc(partners.name))
    .then((found) => found.map((f) => f.p));
}
