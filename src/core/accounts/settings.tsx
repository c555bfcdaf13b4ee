/**
 * The tenant's own public text (the coordination office's introduction on
 * its home page) in German and every other language, with translation states.
 */
import type { FastifyInstance } from "fastify";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { tenants } from "../db/schema.ts";
import type { Executor } from "../db/index.ts";
import { audit } from "../audit.ts";
import { AUTONYMS, LOCALES, type Locale } from "../i18n.ts";
import { formBody, pageContext, parseWith, redirectWithNotice, sendPage, takeNotice } from "../http.ts";
import { backOffice, tenantOf } from "../scopes.ts";
import { invalidateTenantCache, requireAccess } from "../tenancy.ts";
import { loadTranslations, saveTranslation, stateOf } from "../translations.ts";
import { isAppError } from "../errors.ts";
import { Layout } from "../../web/layout.tsx";
import { Notice } from "../../web/components.tsx";
import { Csrf, ErrorSummary, TextArea, type FormState, type FormValues } from "../../web/form.tsx";
import type { PageContext } from "../../web/context.ts";

const OTHER = LOCALES.filter((l) => l !== "de");
const Settings = z.object(Object.fromEntries([["intro", z.string().trim().max(2000)], ...OTHER.map((l) => [`intro_${l}`, z.string().trim().max(2000).default("")])]));

function SettingsPage({ ctx, state, states, notice }: { ctx: PageContext; state: FormState; states: Record<string, string>; notice: string | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("settings.title")}>
      <Notice t={t} notice={notice} />
      <h1>{t("settings.title")}</h1>
      <p class="lead">{t("settings.lead")}</p>
      <ErrorSummary state={state} t={t} />
      <form method="post" action={`/admin/${ctx.tenant!.slug}/settings`} novalidate class="stack">
        <Csrf token={ctx.csrfToken()} />
        <TextArea name="intro" label={`${t("settings.intro")} (${AUTONYMS.de})`} hint={t("settings.introHint")} rows={5} required state={state} t={t} />
        {OTHER.map((l) => (
          <TextArea key={l} name={`intro_${l}`} label={`${t("settings.intro")} (${AUTONYMS[l]}) – ${t(`translation.state.${states[l] ?? "missing"}`)}`} rows={4} state={state} t={t} />
        ))}
        <div class="actions">
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t("admin.save")}</span>
          </button>
        </div>
      </form>
    </Layout>
  );
}

export async function settingsRoutes(app: FastifyInstance) {
  const { db } = app;
  await app.register(
    backOffice(async (scope) => {
      scope.addHook("preHandler", async (req) => requireAccess(req.user, "admin", tenantOf(req)));

      const current = async (tenantId: string, intro: string, ex: Executor = db) => {
        const stored = await loadTranslations(ex, "tenant", [tenantId], OTHER);
        const values: FormValues = { intro };
        const states: Record<string, string> = {};
        for (const l of OTHER) {
          const tr = stored.get(`${tenantId}|intro|${l}`);
          values[`intro_${l}`] = tr?.text ?? "";
          states[l] = stateOf(intro, tr, l as Locale);
        }
        return { values, states, stored };
      };

      scope.get("/settings", async (req, reply) => {
        const tenant = tenantOf(req);
        const [row] = await db.select({ intro: tenants.intro }).from(tenants).where(eq(tenants.id, tenant.id));
        const { values, states } = await current(tenant.id, row?.intro ?? "");
        return sendPage(reply, <SettingsPage ctx={pageContext(req, reply, { tenant, area: "admin" })} state={{ values, errors: [] }} states={states} notice={takeNotice(req, reply)} />);
      });

      scope.post("/settings", async (req, reply) => {
        const tenant = tenantOf(req);
        const body = formBody(req);
        let input: Record<string, string>;
        try {
          input = parseWith(Settings, body) as Record<string, string>;
        } catch (err) {
          if (!isAppError(err)) throw err;
          const { states } = await current(tenant.id, tenant.intro);
          return sendPage(reply, <SettingsPage ctx={pageContext(req, reply, { tenant, area: "admin" })} state={{ values: body as FormValues, errors: err.fields }} states={states} notice={null} />, 422);
        }
        await db.transaction(async (tx) => {
          const [before] = await tx.select({ intro: tenants.intro }).from(tenants).where(eq(tenants.id, tenant.id));
          const { stored } = await current(tenant.id, before?.intro ?? "", tx);
          await tx.update(tenants).set({ intro: input.intro! }).where(eq(tenants.id, tenant.id));
          const changed: Record<string, unknown> = {};
          if (before?.intro !== input.intro) changed.intro = [before?.intro, input.intro];
          for (const l of OTHER) {
            const text = input[`intro_${l}`] ?? "";
            // An unchanged translation keeps the German it was made from, so a changed German marks it outdated.
            if (text === (stored.get(`${tenant.id}|intro|${l}`)?.text ?? "")) continue;
            await saveTranslation(tx, { tenantId: tenant.id, entity: "tenant", entityId: tenant.id, field: "intro", lang: l, text, german: input.intro! });
            changed[`intro_${l}`] = text;
          }
          await audit(tx, { tenantId: tenant.id, actor: { id: req.user!.id, label: req.user!.email }, action: "update", entity: "tenant", entityId: tenant.id, changes: changed });
        });
        invalidateTenantCache();
        return redirectWithNotice(reply, `/admin/${tenant.slug}/settings`, "admin.saved");
      });
    }),
    { prefix: "/admin/:tenant" },
  );
}
