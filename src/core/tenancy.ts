/**
 * Tenants (kreisfreie Städte, Landkreise and the Land) and the one rule of
 * access: who may read and who may change a tenant's records.
 */
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "./db/index.ts";
import { rows } from "./db/index.ts";
import { tenants, towns } from "./db/schema.ts";
import { forbidden, unauthenticated } from "./errors.ts";
import type { SessionUser, TenantRef } from "../web/context.ts";

const CACHE_MS = 10_000;
let cache: { at: number; bySlug: Map<string, TenantRef>; db: Db } | undefined;

/** All tenants by slug; cached for a few seconds per process (the database stays the source of truth). */
async function tenantMap(db: Db): Promise<Map<string, TenantRef>> {
  if (cache && cache.db === db && Date.now() - cache.at < CACHE_MS) return cache.bySlug;
  const all = await db.select().from(tenants).orderBy(asc(tenants.name));
  const bySlug = new Map(all.map((t) => [t.slug, { id: t.id, slug: t.slug, name: t.name, kind: t.kind, parentId: t.parentId, state: t.state, intro: t.intro }]));
  cache = { at: Date.now(), bySlug, db };
  return bySlug;
}

export const invalidateTenantCache = () => {
  cache = undefined;
};

export async function findTenant(db: Db, slug: string): Promise<TenantRef | undefined> {
  return (await tenantMap(db)).get(slug);
}

export async function listTenants(db: Db): Promise<TenantRef[]> {
  return [...(await tenantMap(db)).values()];
}

/** A tenant sees its own records and those of its Land. */
export const visibleTenantIds = (t: TenantRef): string[] => (t.parentId ? [t.id, t.parentId] : [t.id]);

export async function listTowns(db: Db, tenantId: string) {
  return db.select().from(towns).where(eq(towns.tenantId, tenantId)).orderBy(asc(towns.name));
}

/** Municipalities and their towns for the start page's search. */
export async function tenantsWithTowns(db: Db) {
  return rows<{ slug: string; name: string; kind: string; towns: string[] }>(
    db,
    sql`SELECT t.slug, t.name, t.kind, coalesce(array_agg(w.name ORDER BY w.name) FILTER (WHERE w.id IS NOT NULL), '{}') AS towns
          FROM tenant t LEFT JOIN town w ON w.tenant_id = t.id
         WHERE t.kind <> 'state'
         GROUP BY t.id ORDER BY t.name`,
  );
}

export type Permission = "read" | "write" | "admin";

const ROLE_PERMISSIONS: Record<string, Permission[]> = {
  tenant_admin: ["read", "write", "admin"],
  staff: ["read", "write"],
};

/**
 * The single access rule of the back office. Platform admins may do anything;
 * everyone else needs a back-office role in exactly this tenant.
 */
export function can(user: SessionUser | null, permission: Permission, tenant: TenantRef): boolean {
  if (!user) return false;
  if (user.platformAdmin) return true;
  return user.memberships.some((m) => m.tenantId === tenant.id && (ROLE_PERMISSIONS[m.role] ?? []).includes(permission));
}

export function requireAccess(user: SessionUser | null, permission: Permission, tenant: TenantRef) {
  if (!user) throw unauthenticated();
  if (!can(user, permission, tenant)) throw forbidden(`no ${permission} access to ${tenant.slug}`);
}

/** Tenants whose back office the user may open. */
export function backOfficeTenants(user: SessionUser, all: TenantRef[]): TenantRef[] {
  return all.filter((t) => can(user, "read", t));
}
