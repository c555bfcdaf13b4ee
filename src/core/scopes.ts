/**
 * The places where access is decided. A module puts its back-office routes in
 * `backOffice` (prefix /admin/:tenant or /api/v1/admin/:tenant), its portal
 * routes in `portal` (prefix /portal/:tenant) and its public ones in
 * `publicPages` (prefix /:tenant/:lang) or `publicTenant` (/api/v1/:tenant); the
 * hooks here resolve the tenant and check the user's right once, for every route.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from "fastify";
import { notFound } from "./errors.ts";
import { isLocale } from "./i18n.ts";
import { findTenant, requireAccess, requirePortalRole, type PortalRole } from "./tenancy.ts";
import type { TenantRef } from "../web/context.ts";

declare module "fastify" {
  interface FastifyRequest {
    tenant: TenantRef | null;
  }
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

async function resolveTenant(app: FastifyInstance, req: FastifyRequest): Promise<TenantRef> {
  const slug = (req.params as { tenant?: string }).tenant ?? "";
  const tenant = await findTenant(app.db, slug);
  if (!tenant) throw notFound(`tenant ${slug}`);
  return tenant;
}

/** Routes of a tenant's back office: staff of that tenant (or platform admins) only. */
export function backOffice(routes: FastifyPluginAsync): FastifyPluginAsync {
  return async (app) => {
    app.addHook("onRequest", async (req) => {
      const tenant = await resolveTenant(app, req);
      requireAccess(req.user, SAFE.has(req.method) ? "read" : "write", tenant);
      req.tenant = tenant;
    });
    await routes(app, {});
  };
}

/**
 * Routes of a portal (prefix /portal/:tenant): people with the given portal
 * role in that tenant only. What each person may see inside the portal (their
 * institution's requests, their own jobs) is the module's second check.
 */
export function portal(role: PortalRole, routes: FastifyPluginAsync): FastifyPluginAsync {
  return async (app) => {
    app.addHook("onRequest", async (req) => {
      const tenant = await resolveTenant(app, req);
      requirePortalRole(req.user, role, tenant);
      req.tenant = tenant;
    });
    await routes(app, {});
  };
}

/** Public routes of a tenant: anyone may read. */
export function publicTenant(routes: FastifyPluginAsync): FastifyPluginAsync {
  return async (app) => {
    app.addHook("onRequest", async (req) => {
      req.tenant = await resolveTenant(app, req);
    });
    await routes(app, {});
  };
}

/** Public pages under /:tenant/:lang: the tenant resolved, an unknown language "not found". */
export function publicPages(routes: FastifyPluginAsync): FastifyPluginAsync {
  return publicTenant(async (pub, opts) => {
    pub.addHook("onRequest", async (req) => {
      if (!isLocale((req.params as { lang?: string }).lang)) throw notFound();
    });
    await routes(pub, opts);
  });
}

/** The tenant a scoped route runs for; set by the hooks above. */
export function tenantOf(req: FastifyRequest): TenantRef {
  if (!req.tenant) throw new Error("route is not inside a tenant scope");
  return req.tenant;
}
