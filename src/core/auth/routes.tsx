/** Sign-in (password and OpenID Connect), sign-out, sign-out everywhere. */
import { Notice } from "../../web/components.tsx";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "../db/schema.ts";
import { audit } from "../audit.ts";
import { formBody, pageContext, parseWith, redirectWithNotice, sendPage, takeNotice } from "../http.ts";
import { isAppError } from "../errors.ts";
import { Layout } from "../../web/layout.tsx";
import { Csrf, ErrorSummary, TextField, type FormState } from "../../web/form.tsx";
import type { PageContext } from "../../web/context.ts";
import { verifyPassword } from "./password.ts";
import { clearFailures, countRecent, isThrottled, recordEvent, recordFailure } from "./rate-limit.ts";
import { completeReset, requestReset, resetUser } from "./password-reset.ts";
import { MIN_PASSWORD_LENGTH } from "./password.ts";
import { ErrorPage } from "../../web/error-page.tsx";
import { createSession, destroyAllSessions, destroySession, SESSION_COOKIE } from "./sessions.ts";
import { finishLogin, startLogin } from "./oidc.ts";

const SignIn = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320).pipe(z.email()),
  password: z.string().min(1).max(1024),
  next: z.string().optional(),
});

/** Only local paths, so the sign-in form cannot be used to send people elsewhere. */
const safeNext = (next: unknown) => (typeof next === "string" && /^\/(?!\/)[^\s\\]*$/.test(next) ? next : "/admin");

function SignInPage({ ctx, state, next, sso, notice }: { ctx: PageContext; state: FormState; next: string; sso?: string; notice?: string | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("auth.signIn")}>
      <Notice t={t} notice={notice} />
      <h1>{t("auth.signIn")}</h1>
      <p class="lead">{t("auth.signInLead")}</p>
      <ErrorSummary state={state} t={t} />
      <form method="post" action="/login" novalidate class="stack narrow">
        <Csrf token={ctx.csrfToken()} />
        <input type="hidden" name="next" value={next} />
        <TextField name="email" type="email" label={t("auth.email")} autocomplete="username" required state={state} t={t} />
        <TextField name="password" type="password" label={t("auth.password")} autocomplete="current-password" required state={{ ...state, values: {} }} t={t} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t("auth.signIn")}</span>
        </button>
      </form>
      {sso ? (
        <p>
          <a class="kern-btn kern-btn--secondary" href={`/login/oidc?next=${encodeURIComponent(next)}`}>
            <span class="kern-label">{t("auth.signInWith", { provider: sso })}</span>
          </a>
        </p>
      ) : null}
      <p>
        <a href={`/login/reset?lang=${ctx.lang}`}>{t("reset.link")}</a>
      </p>
      <p class="meta">{t("auth.privacy")}</p>
    </Layout>
  );
}

function ResetRequestPage({ ctx, state, sent }: { ctx: PageContext; state: FormState; sent: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("reset.title")}>
      <h1>{t("reset.title")}</h1>
      {sent ? (
        <p class="notice notice--success" role="status">{t("reset.sent")}</p>
      ) : (
        <>
          <p class="lead">{t("reset.lead")}</p>
          <ErrorSummary state={state} t={t} />
          <form method="post" action="/login/reset" novalidate class="stack narrow">
            <Csrf token={ctx.csrfToken()} />
            <TextField name="email" type="email" label={t("auth.email")} autocomplete="username" required state={state} t={t} />
            <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t("reset.submit")}</span></button>
          </form>
        </>
      )}
    </Layout>
  );
}

function NewPasswordPage({ ctx, state, token }: { ctx: PageContext; state: FormState; token: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("reset.newTitle")}>
      <h1>{t("reset.newTitle")}</h1>
      <ErrorSummary state={state} t={t} />
      <form method="post" action={`/login/reset/${token}`} novalidate class="stack narrow">
        <Csrf token={ctx.csrfToken()} />
        <TextField name="password" type="password" label={t("reset.newPassword")} hint={t("accounts.passwordHint")} autocomplete="new-password" required state={{ ...state, values: {} }} t={t} />
        <TextField name="confirm" type="password" label={t("reset.confirm")} autocomplete="new-password" required state={{ ...state, values: {} }} t={t} />
        <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t("reset.save")}</span></button>
      </form>
    </Layout>
  );
}

const NewPassword = z
  .object({ password: z.string().min(MIN_PASSWORD_LENGTH, "validation.passwordTooShort").max(1024), confirm: z.string().max(1024) })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "validation.passwordMismatch" });

function startSession(app: FastifyInstance, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: app.config.cookieSecure,
    maxAge: app.config.sessionDays * 86_400,
  });
}

export async function authRoutes(app: FastifyInstance) {
  const { db, config } = app;

  app.get("/login", { schema: { hide: true } }, async (req, reply) => {
    const next = safeNext((req.query as { next?: string }).next);
    if (req.user) return reply.redirect(next, 303);
    return sendPage(reply, <SignInPage ctx={pageContext(req, reply)} state={{ values: {}, errors: [] }} next={next} sso={config.oidc?.label} notice={takeNotice(req, reply)} />);
  });

  app.post("/login", { schema: { hide: true } }, async (req: FastifyRequest, reply) => {
    const body = formBody(req);
    const next = safeNext(body.next);
    const show = (state: FormState, status: number) =>
      sendPage(reply, <SignInPage ctx={pageContext(req, reply)} state={state} next={next} sso={config.oidc?.label} />, status);
    let input: z.infer<typeof SignIn>;
    try {
      input = parseWith(SignIn, body);
    } catch (err) {
      if (isAppError(err)) return show({ values: { email: String(body.email ?? "") }, errors: err.fields }, 422);
      throw err;
    }
    if (await isThrottled(db, input.email, req.ip)) {
      return show({ values: { email: input.email }, errors: [{ field: "email", key: "auth.throttled" }] }, 429);
    }
    const [user] = await db.select().from(users).where(eq(users.email, input.email));
    const ok = await verifyPassword(user?.disabledAt ? null : user?.passwordHash, input.password);
    if (!user || !ok) {
      await recordFailure(db, input.email, req.ip);
      return show({ values: { email: input.email }, errors: [{ field: "email", key: "auth.invalidCredentials" }] }, 422);
    }
    await clearFailures(db, input.email);
    startSession(app, reply, await createSession(db, user.id, config.sessionDays));
    await audit(db, { tenantId: null, actor: { id: user.id, label: user.email }, action: "sign_in", entity: "user", entityId: user.id });
    return reply.redirect(next, 303);
  });

  app.get("/login/reset", { schema: { hide: true } }, async (req, reply) =>
    sendPage(reply, <ResetRequestPage ctx={pageContext(req, reply)} state={{ values: {}, errors: [] }} sent={false} />),
  );

  app.post("/login/reset", { schema: { hide: true } }, async (req, reply) => {
    const body = formBody(req);
    const parsed = z.object({ email: z.string().trim().toLowerCase().max(320).pipe(z.email()) }).safeParse(body);
    if (!parsed.success) {
      const state: FormState = { values: { email: String(body.email ?? "") }, errors: [{ field: "email", key: "validation.email" }] };
      return sendPage(reply, <ResetRequestPage ctx={pageContext(req, reply)} state={state} sent={false} />, 422);
    }
    const key = `reset:${req.ip}`;
    if ((await countRecent(db, key)) >= 10) {
      const state: FormState = { values: { email: parsed.data.email }, errors: [{ field: "email", key: "auth.throttled" }] };
      return sendPage(reply, <ResetRequestPage ctx={pageContext(req, reply)} state={state} sent={false} />, 429);
    }
    await recordEvent(db, key);
    await requestReset(db, config, parsed.data.email, req.lang);
    return sendPage(reply, <ResetRequestPage ctx={pageContext(req, reply)} state={{ values: {}, errors: [] }} sent />);
  });

  app.get("/login/reset/:token", { schema: { hide: true } }, async (req, reply) => {
    const { token } = req.params as { token: string };
    if (!(await resetUser(db, token))) return sendPage(reply, <ErrorPage ctx={pageContext(req, reply)} status={404} code="reset" />, 404);
    return sendPage(reply, <NewPasswordPage ctx={pageContext(req, reply)} state={{ values: {}, errors: [] }} token={token} />);
  });

  app.post("/login/reset/:token", { schema: { hide: true } }, async (req, reply) => {
    const { token } = req.params as { token: string };
    let input: z.infer<typeof NewPassword>;
    try {
      input = parseWith(NewPassword, formBody(req));
    } catch (err) {
      if (!isAppError(err)) throw err;
      return sendPage(reply, <NewPasswordPage ctx={pageContext(req, reply)} state={{ values: {}, errors: err.fields }} token={token} />, 422);
    }
    if (!(await completeReset(db, token, input.password))) return sendPage(reply, <ErrorPage ctx={pageContext(req, reply)} status={404} code="reset" />, 404);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return redirectWithNotice(reply, "/login", "reset.done");
  });

  app.post("/logout", { schema: { hide: true } }, async (req, reply) => {
    if (req.sessionToken) await destroySession(db, req.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return redirectWithNotice(reply, "/", "auth.signedOut");
  });

  app.post("/logout/everywhere", { schema: { hide: true } }, async (req, reply) => {
    if (req.user) {
      await destroyAllSessions(db, req.user.id);
      await audit(db, { tenantId: null, actor: { id: req.user.id, label: req.user.email }, action: "sign_out_everywhere", entity: "user", entityId: req.user.id });
    }
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return redirectWithNotice(reply, "/", "auth.signedOutEverywhere");
  });

  app.get("/login/oidc", { schema: { hide: true } }, async (req, reply) => {
    if (!config.oidc) return reply.callNotFound();
    return reply.redirect(await startLogin(db, config, safeNext((req.query as { next?: string }).next)), 303);
  });

  app.get("/login/oidc/callback", { schema: { hide: true } }, async (req, reply) => {
    if (!config.oidc) return reply.callNotFound();
    const result = await finishLogin(db, config, new URL(req.url, config.baseUrl));
    if (!result.ok) {
      const state: FormState = { values: {}, errors: [{ field: "email", key: `auth.oidc.${result.reason}` }] };
      return sendPage(reply, <SignInPage ctx={pageContext(req, reply)} state={state} next="/admin" sso={config.oidc.label} />, 403);
    }
    startSession(app, reply, await createSession(db, result.userId, config.sessionDays, "oidc"));
    await audit(db, { tenantId: null, actor: { id: result.userId, label: "oidc" }, action: "sign_in", entity: "user", entityId: result.userId, changes: { via: "oidc" } });
    return reply.redirect(result.returnTo, 303);
  });
}
