/** Team of a tenant (/admin/:tenant/team, tenant admins) and tenants of the installation (/platform/tenants, platform admins). */
import { DataTable, Notice } from "../../web/components.tsx";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { forbidden, isAppError, unauthenticated, type FieldError } from "../errors.ts";
import { formatDate } from "../i18n.ts";
import { formBody, pageContext, parseWith, redirectWithNotice, sendPage, takeNotice } from "../http.ts";
import { backOffice, tenantOf } from "../scopes.ts";
import { requireAccess } from "../tenancy.ts";
import { Layout } from "../../web/layout.tsx";
import { Csrf, ErrorSummary, Select, TextArea, TextField, type FormState, type FormValues } from "../../web/form.tsx";
import type { PageContext } from "../../web/context.ts";
import { addMember, BACK_OFFICE_ROLES, createTenant, listAllTenants, listMembers, MemberInput, removeMember, stateTenants, TenantInput } from "./service.ts";

const actorOf = (req: FastifyRequest) => ({ id: req.user!.id, label: req.user!.email });

function TeamPage({ ctx, members, state, notice }: { ctx: PageContext; members: Awaited<ReturnType<typeof listMembers>>; state: FormState; notice: string | null }) {
  const { t, tenant } = ctx;
  const base = `/admin/${tenant!.slug}/team`;
  return (
    <Layout ctx={ctx} title={t("accounts.title")}>
      <Notice t={t} notice={notice} />
      <h1>{t("accounts.title")}</h1>
      <DataTable caption={t("accounts.title")} headers={[t("accounts.name"), t("auth.email"), t("accounts.role"), t("accounts.lastSignIn"), <><span class="visually-hidden">{t("accounts.actions")}</span></>]}>
            {members.map((m) => (
              <tr key={m.id}>
                <td>{m.display_name}</td>
                <td>{m.email}</td>
                <td>{m.roles.map((r) => t(`role.${r}`)).join(", ")}</td>
                <td>{m.last_sign_in_at ? formatDate(ctx.lang, new Date(m.last_sign_in_at), { dateStyle: "short" }) : "–"}</td>
                <td>
                  {m.id === ctx.user?.id ? null : (
                    <form method="post" action={`${base}/${m.id}/remove`} class="inline-form">
                      <Csrf token={ctx.csrfToken()} />
                      <button type="submit" class="link-button">
                        {t("accounts.remove")}<span class="visually-hidden">: {m.display_name}</span>
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
      <h2>{t("accounts.add")}</h2>
      <p class="kern-hint">{t("accounts.addHint")}</p>
      <ErrorSummary state={state} t={t} />
      <form method="post" action={base} novalidate class="stack narrow">
        <Csrf token={ctx.csrfToken()} />
        <TextField name="displayName" label={t("accounts.name")} required state={state} t={t} autocomplete="off" />
        <TextField name="email" type="email" label={t("auth.email")} required state={state} t={t} autocomplete="off" />
        <Select name="role" label={t("accounts.role")} required state={state} t={t} options={BACK_OFFICE_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        <TextField name="password" type="password" label={t("accounts.initialPassword")} hint={t("accounts.passwordHint")} state={{ ...state, values: {} }} t={t} autocomplete="new-password" />
        <div class="actions">
          <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t("accounts.addSubmit")}</span></button>
        </div>
      </form>
    </Layout>
  );
}

function TenantsPage({ ctx, list, lands, state, notice }: { ctx: PageContext; list: Awaited<ReturnType<typeof listAllTenants>>; lands: { slug: string; name: string }[]; state: FormState; notice: string | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("platform.title")}>
      <Notice t={t} notice={notice} />
      <h1>{t("platform.title")}</h1>
      <DataTable caption={t("platform.title")} headers={[t("accounts.name"), t("platform.kind"), t("platform.parent"), t("platform.towns"), t("platform.members")]}>
            {list.map((x) => (
              <tr key={x.slug}>
                <td><a href={`/admin/${x.slug}`}>{x.name}</a> <code>{x.slug}</code></td>
                <td>{t(`tenantKind.${x.kind}`)}</td>
                <td>{x.parent ?? "–"}</td>
                <td>{x.towns}</td>
                <td>{x.members}</td>
              </tr>
            ))}
          </DataTable>
      <h2>{t("platform.add")}</h2>
      <ErrorSummary state={state} t={t} />
      <form method="post" action="/platform/tenants" novalidate class="stack narrow">
        <Csrf token={ctx.csrfToken()} />
        <TextField name="name" label={t("accounts.name")} hint={t("platform.nameHint")} required state={state} t={t} />
        <TextField name="slug" label={t("platform.slug")} hint={t("platform.slugHint")} required state={state} t={t} />
        <Select name="kind" label={t("platform.kind")} required state={state} t={t} options={(["city", "district", "state"] as const).map((k) => ({ value: k, label: t(`tenantKind.${k}`) }))} />
        <Select name="parent" label={t("platform.parent")} state={state} t={t} empty={t("admin.none")} options={lands.map((l) => ({ value: l.slug, label: l.name }))} />
        <TextArea name="towns" label={t("platform.townList")} hint={t("platform.townHint")} rows={6} state={state} t={t} />
        <TextField name="ags" label={t("platform.ags")} hint={t("platform.agsHint")} inputMode="numeric" state={state} t={t} />
        <div class="actions">
          <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t("platform.addSubmit")}</span></button>
        </div>
      </form>
    </Layout>
  );
}

export async function accountRoutes(app: FastifyInstance) {
  const { db } = app;

  await app.register(
    backOffice(async (scope) => {
      scope.addHook("preHandler", async (req) => requireAccess(req.user, "admin", tenantOf(req)));

      const show = async (req: FastifyRequest, reply: FastifyReply, state: FormState, status = 200) => {
        const tenant = tenantOf(req);
        const ctx = pageContext(req, reply, { tenant, area: "admin" });
        return sendPage(reply, <TeamPage ctx={ctx} members={await listMembers(db, tenant.id)} state={state} notice={takeNotice(req, reply)} />, status);
      };

      scope.get("/team", async (req, reply) => show(req, reply, { values: { role: "staff" }, errors: [] }));

      scope.post("/team", async (req, reply) => {
        const body = formBody(req);
        try {
          await addMember(db, tenantOf(req), actorOf(req), parseWith(MemberInput, body));
        } catch (err) {
          if (!isAppError(err) || !err.fields.length) throw err;
          return show(req, reply, { values: body as FormValues, errors: err.fields as FieldError[] }, 422);
        }
        return redirectWithNotice(reply, `/admin/${tenantOf(req).slug}/team`, "accounts.added");
      });

      scope.post("/team/:userId/remove", async (req, reply) => {
        await removeMember(db, tenantOf(req), actorOf(req), (req.params as { userId: string }).userId);
        return redirectWithNotice(reply, `/admin/${tenantOf(req).slug}/team`, "accounts.removed");
      });
    }),
    { prefix: "/admin/:tenant" },
  );

  await app.register(async (platform) => {
    platform.addHook("onRequest", async (req) => {
      if (!req.user) throw unauthenticated();
      if (!req.user.platformAdmin) throw forbidden("platform admins only");
    });
    const show = async (req: FastifyRequest, reply: FastifyReply, state: FormState, status = 200) => {
      const ctx = pageContext(req, reply, { area: "admin" });
      return sendPage(reply, <TenantsPage ctx={ctx} list={await listAllTenants(db)} lands={await stateTenants(db)} state={state} notice={takeNotice(req, reply)} />, status);
    };
    platform.get("/tenants", async (req, reply) => show(req, reply, { values: { kind: "city" }, errors: [] }));
    platform.post("/tenants", async (req, reply) => {
      const body = formBody(req);
      try {
        await createTenant(db, actorOf(req), parseWith(TenantInput, body));
      } catch (err) {
        if (!isAppError(err) || !err.fields.length) throw err;
        return show(req, reply, { values: body as FormValues, errors: err.fields }, 422);
      }
      return redirectWithNotice(reply, "/platform/tenants", "platform.added");
    });
  }, { prefix: "/platform" });
}
