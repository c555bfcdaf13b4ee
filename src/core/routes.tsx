/** Core pages: choose a municipality, the back-office entry, the audit log. */
import { DataTable, Notice } from "../web/components.tsx";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { listAudit } from "./audit.ts";
import { formatDate } from "./i18n.ts";
import { pageContext, sendPage, takeNotice } from "./http.ts";
import { backOffice, tenantOf } from "./scopes.ts";
import { backOfficeTenants, listTenants, requireAccess, tenantsWithTowns } from "./tenancy.ts";
import { unauthenticated } from "./errors.ts";
import { Layout } from "../web/layout.tsx";
import type { PageContext } from "../web/context.ts";

const fold = (s: string) => s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/g, "ss");

function StartPage({ ctx, q, tenants, notice }: { ctx: PageContext; q: string; tenants: { slug: string; name: string; towns: string[] }[]; notice: string | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("start.title")}>
      <Notice t={t} notice={notice} />
      <h1>{t("start.title")}</h1>
      <p class="lead">{t("start.lead")}</p>
      <form method="get" action="/" role="search" class="search-form">
        <div class="kern-form-input search-form__q">
          <label class="kern-label" for="q">
            {t("start.searchLabel")}
          </label>
          <input class="kern-form-input__input" id="q" name="q" type="search" value={q} dir="auto" />
        </div>
        <input type="hidden" name="lang" value={ctx.lang} />
        <div>
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t("start.search")}</span>
          </button>
        </div>
      </form>
      <h2 id="municipalities">{t("start.count", { count: tenants.length })}</h2>
      <ul class="cards" aria-labelledby="municipalities">
        {tenants.map((m) => (
          <li class="card" key={m.slug}>
            <h3>
              <a href={`/${m.slug}/${ctx.lang}/`}>{m.name}</a>
            </h3>
            {m.towns.length > 1 ? <p class="meta">{m.towns.join(", ")}</p> : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export async function coreRoutes(app: FastifyInstance) {
  const { db } = app;

  app.get("/", { schema: { hide: true } }, async (req, reply) => {
    const q = z.string().max(100).catch("").parse((req.query as { q?: unknown }).q).trim();
    const all = await tenantsWithTowns(db);
    const needle = fold(q);
    const matching = needle ? all.filter((m) => fold(m.name).includes(needle) || m.towns.some((w) => fold(w).includes(needle))) : all;
    return sendPage(reply, <StartPage ctx={pageContext(req, reply)} q={q} tenants={matching} notice={takeNotice(req, reply)} />);
  });

  /** Where each portal role starts (the module that owns the portal). */
  const PORTAL_HOME: Record<string, string> = { requester: "sprachmittlung", mediator: "einsaetze", partner: "veranstaltungen" };

  app.get("/admin", { schema: { hide: true } }, async (req, reply) => {
    if (!req.user) throw unauthenticated();
    const mine = backOfficeTenants(req.user, await listTenants(db));
    if (mine.length === 1 && !req.user.platformAdmin) return reply.redirect(`/admin/${mine[0]!.slug}`, 303);
    // People of a portal only (institutions that request, mediators …): their portals, by role.
    const portals = mine.length === 0 && !req.user.platformAdmin ? req.user.memberships.flatMap((m) => (PORTAL_HOME[m.role] ? [{ href: `/portal/${m.tenantSlug}/${PORTAL_HOME[m.role]}`, label: `${m.tenantName}: ${req.t(`portal.${m.role}`)}` }] : [])) : [];
    if (portals.length === 1) return reply.redirect(portals[0]!.href, 303);
    const ctx = pageContext(req, reply, { area: "admin" });
    return sendPage(
      reply,
      <Layout ctx={ctx} title={ctx.t("admin.chooseTenant")}>
        <h1>{ctx.t("admin.chooseTenant")}</h1>
        {mine.length === 0 && portals.length === 0 ? <p>{ctx.t("admin.noTenant")}</p> : null}
        {portals.length > 0 ? (
          <ul class="cards">
            {portals.map((p) => (
              <li class="card" key={p.href}>
                <a href={p.href}>{p.label}</a>
              </li>
            ))}
          </ul>
        ) : null}
        <ul class="cards">
          {mine.map((tn) => (
            <li class="card" key={tn.slug}>
              <a href={`/admin/${tn.slug}`}>{tn.name}</a>
            </li>
          ))}
        </ul>
        {req.user.platformAdmin ? (
          <p>
            <a href="/platform/tenants">{ctx.t("platform.title")}</a>
          </p>
        ) : null}
        <SignOutEverywhere ctx={ctx} />
      </Layout>,
    );
  });

  await app.register(
    backOffice(async (scope) => {
      scope.get("/", async (req, reply) => {
        const tenant = tenantOf(req);
        const ctx = pageContext(req, reply, { tenant, area: "admin" });
        const { t } = ctx;
        const notice = takeNotice(req, reply);
        return sendPage(
          reply,
          <Layout ctx={ctx} title={t("admin.home")}>
            <Notice t={t} notice={notice} />
            <h1>{t("admin.home")}</h1>
            <p class="lead">{t("admin.welcome", { name: req.user!.displayName, tenant: tenant.name })}</p>
            <ul class="cards">
              <li class="card">
                <h2><a href={`/admin/${tenant.slug}/wegweiser`}>{t("nav.directory")}</a></h2>
                <p>{t("admin.directoryCard")}</p>
              </li>
              <li class="card">
                <h2><a href={`/admin/${tenant.slug}/wegweiser/translations`}>{t("nav.translations")}</a></h2>
                <p>{t("admin.translationsCard")}</p>
              </li>
              <li class="card">
                <h2><a href={`/admin/${tenant.slug}/audit`}>{t("nav.audit")}</a></h2>
                <p>{t("admin.auditCard")}</p>
              </li>
            </ul>
            <SignOutEverywhere ctx={ctx} />
          </Layout>,
        );
      });

      scope.get("/audit", async (req, reply) => {
        const tenant = tenantOf(req);
        requireAccess(req.user, "admin", tenant);
        const page = z.coerce.number().int().min(1).max(10_000).catch(1).parse((req.query as { page?: unknown }).page);
        const { items, total } = await listAudit(db, tenant.id, { limit: 50, offset: (page - 1) * 50 });
        const ctx = pageContext(req, reply, { tenant, area: "admin" });
        const { t } = ctx;
        return sendPage(
          reply,
          <Layout ctx={ctx} title={t("audit.title")}>
            <h1>{t("audit.title")}</h1>
            <p class="lead">{t("audit.lead", { count: total })}</p>
            <DataTable caption={t("audit.title")} headers={[t("audit.when"), t("audit.who"), t("audit.what"), t("audit.changes")]}>
                  {items.map((e) => (
                    <tr key={e.id}>
                      <td>{formatDate(ctx.lang, e.at, { dateStyle: "short", timeStyle: "medium" })}</td>
                      <td>{e.actorLabel}</td>
                      <td>
                        {e.action} · {e.entity}
                      </td>
                      <td>
                        <ul>
                          {Object.entries(e.changes).slice(0, 12).map(([field, value]) => (
                            <li key={field}>
                              <code>{field}</code>: <span dir="auto">{JSON.stringify(value).slice(0, 200)}</span>
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </DataTable>
            <nav aria-label={t("pagination.label")}>
              <ul class="pagination">
                {page > 1 ? <li><a href={`?page=${page - 1}`}>{t("pagination.previous")}</a></li> : null}
                {page * 50 < total ? <li><a href={`?page=${page + 1}`}>{t("pagination.next")}</a></li> : null}
              </ul>
            </nav>
          </Layout>,
        );
      });
    }),
    { prefix: "/admin/:tenant" },
  );
}

function SignOutEverywhere({ ctx }: { ctx: PageContext }) {
  return (
    <form method="post" action="/logout/everywhere" class="actions">
      <input type="hidden" name="_csrf" value={ctx.csrfToken()} />
      <button class="kern-btn kern-btn--secondary" type="submit">
        <span class="kern-label">{ctx.t("auth.signOutEverywhere")}</span>
      </button>
    </form>
  );
}
