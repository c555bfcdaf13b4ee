/**
 * Accounts of a tenant's back office (tenant admins manage them) and the
 * tenants themselves (platform admins). Every change is audited.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Executor } from "../db/index.ts";
import { rows } from "../db/index.ts";
import { memberships, tenants, towns, users } from "../db/schema.ts";
import { audit, type Actor } from "../audit.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../auth/password.ts";
import { destroyAllSessions } from "../auth/sessions.ts";
import { invalidateTenantCache, type PortalRole } from "../tenancy.ts";
import type { TenantRef } from "../../web/context.ts";

/** Roles a tenant admin may give in the back office today; portal roles come with their modules. */
export const BACK_OFFICE_ROLES = ["tenant_admin", "staff"] as const;

export const MemberInput = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320).pipe(z.email()),
  displayName: z.string().trim().min(1).max(120),
  role: z.enum(BACK_OFFICE_ROLES, { error: "validation.choice" }),
  password: z
    .string()
    .max(1024)
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || v.length >= MIN_PASSWORD_LENGTH, "validation.passwordTooShort"),
});
export type MemberInput = z.infer<typeof MemberInput>;

export async function listMembers(db: Db, tenantId: string) {
  return rows<{ id: string; email: string; display_name: string; roles: string[]; last_sign_in_at: Date | null; sso: boolean; has_password: boolean }>(
    db,
    sql`SELECT u.id, u.email, u.display_name, array_agg(m.role::text ORDER BY m.role) AS roles, u.last_sign_in_at,
               (u.oidc_subject IS NOT NULL) AS sso, (u.password_hash IS NOT NULL) AS has_password
          FROM membership m JOIN app_user u ON u.id = m.user_id
         WHERE m.tenant_id = ${tenantId}
         GROUP BY u.id ORDER BY u.display_name`,
  );
}

/**
 * Gives a person a role in the tenant. An existing account (same e-mail) is
 * reused, so one person can work for several tenants; its name and password
 * are not changed by another tenant's admin.
 */
export async function addMember(db: Db, tenant: TenantRef, actor: Actor, input: MemberInput) {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  await db.transaction(async (tx) => {
    let [user] = await tx.select().from(users).where(eq(users.email, input.email));
    if (!user) {
      [user] = await tx.insert(users).values({ email: input.email, displayName: input.displayName, passwordHash }).returning();
      await audit(tx, { tenantId: tenant.id, actor, action: "create", entity: "user", entityId: user!.id, changes: { email: input.email, displayName: input.displayName } });
    }
    const [existing] = await tx
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, user!.id), eq(memberships.tenantId, tenant.id), eq(memberships.role, input.role)));
    if (existing) throw conflict("already a member", [{ field: "email", key: "accounts.alreadyMember" }]);
    await tx.insert(memberships).values({ userId: user!.id, tenantId: tenant.id, role: input.role });
    await audit(tx, { tenantId: tenant.id, actor, action: "grant", entity: "membership", entityId: user!.id, changes: { email: input.email, role: input.role } });
  });
}

/**
 * Gives a person a portal role in the tenant inside the caller's transaction
 * (an existing account is reused) and returns the account's id. The person
 * signs in with SSO or sets a password through "forgot password".
 */
export async function ensurePortalAccount(tx: Executor, tenantId: string, actor: Actor, email: string, displayName: string, role: PortalRole): Promise<string> {
  let [user] = await tx.select().from(users).where(eq(users.email, email));
  if (!user) {
    [user] = await tx.insert(users).values({ email, displayName }).returning();
    await audit(tx, { tenantId, actor, action: "create", entity: "user", entityId: user!.id, changes: { email, displayName } });
  }
  const inserted = await tx.insert(memberships).values({ userId: user!.id, tenantId, role }).onConflictDoNothing().returning();
  if (inserted.length > 0) await audit(tx, { tenantId, actor, action: "grant", entity: "membership", entityId: user!.id, changes: { email, role } });
  return user!.id;
}

/** Takes every role in this tenant away and signs the person out everywhere. */
export async function removeMember(db: Db, tenant: TenantRef, actor: Actor, userId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(userId)) throw notFound();
  if (actor.id === userId) throw invalid([{ field: "_form", key: "accounts.notYourself" }]);
  await db.transaction(async (tx) => {
    const removed = await tx.delete(memberships).where(and(eq(memberships.userId, userId), eq(memberships.tenantId, tenant.id))).returning();
    if (removed.length === 0) throw notFound();
    await destroyAllSessions(tx, userId);
    await audit(tx, { tenantId: tenant.id, actor, action: "revoke", entity: "membership", entityId: userId, changes: { roles: removed.map((m) => m.role) } });
  });
}

export const RESERVED_SLUGS = new Set(["admin", "platform", "api", "login", "logout", "assets", "static", "healthz", "readyz", "favicon.ico", "robots.txt"]);

export const TenantInput = z.object({
  slug: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "validation.slug")
    .refine((s) => !RESERVED_SLUGS.has(s), "validation.slugReserved"),
  name: z.string().trim().min(1).max(120),
  kind: z.enum(["city", "district", "state"], { error: "validation.choice" }),
  parent: z.string().trim().optional().transform((v) => v || undefined),
  /** One town per line; a kreisfreie Stadt gets itself as its town when empty. */
  towns: z.string().max(20_000).default(""),
  /** Amtlicher Gemeindeschlüssel (the Land's two digits, a district's or city's five): the monitoring matches figures by it. */
  ags: z
    .string()
    .trim()
    .default("")
    .refine((s) => s === "" || /^\d{2}(\d{3})?(\d{3})?$/.test(s), "validation.ags")
    .transform((s) => s || null),
});
export type TenantInput = z.infer<typeof TenantInput>;

export async function createTenant(db: Db, actor: Actor, input: TenantInput) {
  const slugOf = (s: string) =>
    s.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const townNames = input.towns.split("\n").map((s) => s.trim()).filter(Boolean);
  if (input.kind === "city" && townNames.length === 0) townNames.push(input.name.replace(/^(Stadt|Hansestadt)\s+/, ""));
  await db.transaction(async (tx) => {
    const [clash] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, input.slug));
    if (clash) throw invalid([{ field: "slug", key: "validation.slugTaken" }]);
    let parentId: string | null = null;
    if (input.parent) {
      const [p] = await tx.select().from(tenants).where(and(eq(tenants.slug, input.parent), eq(tenants.kind, "state")));
      if (!p) throw invalid([{ field: "parent", key: "validation.choice" }]);
      parentId = p.id;
    }
    if (input.ags) {
      const [taken] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.ags, input.ags));
      if (taken) throw invalid([{ field: "ags", key: "validation.agsTaken" }]);
    }
    const [t] = await tx.insert(tenants).values({ slug: input.slug, name: input.name, kind: input.kind, parentId, ags: input.ags }).returning();
    const seen = new Set<string>();
    const townRows = townNames
      .map((name) => ({ tenantId: t!.id, name, slug: slugOf(name), kind: (input.kind === "city" ? "city" : "municipality") as "city" | "municipality" }))
      .filter((w) => w.slug && !seen.has(w.slug) && seen.add(w.slug));
    if (townRows.length) await tx.insert(towns).values(townRows);
    await audit(tx, { tenantId: t!.id, actor, action: "create", entity: "tenant", entityId: t!.id, changes: { ...input, towns: townRows.map((w) => w.name) } });
  });
  invalidateTenantCache();
}

export async function listAllTenants(db: Db) {
  return rows<{ slug: string; name: string; kind: string; parent: string | null; towns: number; members: number }>(
    db,
    sql`SELECT t.slug, t.name, t.kind, p.name AS parent,
               (SELECT count(*)::int FROM town w WHERE w.tenant_id = t.id) AS towns,
               (SELECT count(DISTINCT user_id)::int FROM membership m WHERE m.tenant_id = t.id) AS members
          FROM tenant t LEFT JOIN tenant p ON p.id = t.parent_id ORDER BY t.kind DESC, t.name`,
  );
}

export async function stateTenants(db: Db) {
  return db.select({ slug: tenants.slug, name: tenants.name }).from(tenants).where(eq(tenants.kind, "state")).orderBy(asc(tenants.name));
}
