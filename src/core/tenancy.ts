/**
 * Tenants (kreisfreie Städte, Landkreise and the Land) and the one rule of
 * access: who may read and who may change a tenant's records.
 */
import { asc, sql } from "drizzle-orm";
import type { Db } from "./db/index.ts";
import { rows } from "./db/index.ts";
import { tenants, towns } from "./db/schema.ts";
import { forbidden, unauthenticated } from "./errors.ts";
import type { SessionUser, TenantRef } from "../web/context.ts";

const CACHE_MS = 10_000;
type Town = typeof towns.$inferSelect;
let cache: { at: number; bySlug: Map<string, TenantRef>; towns: Map<string, Town[]>; db: Db } | undefined;

/**
 * All tenants and their towns; cached for a few seconds per process, since
 * every public page needs them and they rarely change (the database stays
 * the source of truth; another process sees a change within CACHE_MS).
 */
async function load(db: Db) {
  if (cache && cache.db === db && Date.now() - cache.at < CACHE_MS) return cache;
  const [all, allTowns] = await Promise.all([
    db.select().from(tenants).orderBy(asc(tenants.name)),
    db.select().from(towns).orderBy(asc(towns.name)),
  ]);
  const bySlug = new Map(all.map((t) => [t.slug, { id: t.id, slug: t.slug, name: t.name, kind: t.kind, parentId: t.parentId, state: t.state, intro: t.intro }]));
  const byTenant = new Map<string, Town[]>();
  for (const w of allTowns) byTenant.set(w.tenantId, [...(byTenant.get(w.tenantId) ?? []), w]);
  cache = { at: Date.now(), bySlug, towns: byTenant, db };
  return cache;
}

async function tenantMap(db: Db): Promise<Map<string, TenantRef>> {
  return (await load(db)).bySlug;
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

export async function listTowns(db: Db, tenantId: string): Promise<Town[]> {
  return (await load(db)).towns.get(tenantId) ?? [];
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

/** Portal roles: people outside the office who use one module's portal (requesters, mediators …). */
export type PortalRole = "requester" | "mediator" | "volunteer" | "applicant" | "partner";

export function hasPortalRole(user: SessionUser | null, role: PortalRole, tenant: TenantRef): boolean {
  return !!user && user.memberships.some((m) => m.tenantId === tenant.id && m.role === role);
}

export function requirePortalRole(user: SessionUser | null, role: PortalRole, tenant: TenantRef) {
  if (!user) throw unauthenticated();
  if (!hasPortalRole(user, role, tenant)) throw forbidden(`no ${role} role in ${tenant.slug}`);
}

/** Tenants whose back office the user may open. */
export function backOfficeTenants(user: SessionUser, all: TenantRef[]): TenantRef[] {
  return all.filter((t) => can(user, "read", t));
}
