/**
 * The Fastify application: shared decorators (db, config, i18n, user), the
 * error and not-found pages, health checks, assets, OpenAPI, and the modules
 * registered as plugins.
 */
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import compress from "@fastify/compress";
import fastifyStatic from "@fastify/static";
import csrf from "@fastify/csrf-protection";
import swagger from "@fastify/swagger";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { sql } from "drizzle-orm";
import { h } from "preact";
import type { Config } from "./config.ts";
import type { Db } from "./db/index.ts";
import { isAppError } from "./errors.ts";
import { isLocale, negotiate, translator, type Locale, type Translate } from "./i18n.ts";
import { LOCALE_IN_PATH, pageContext, sendPage } from "./http.ts";
import { loadSession, SESSION_COOKIE } from "./auth/sessions.ts";
import { sharedSecret } from "./settings.ts";
import { buildAssets, buildDir, type AssetManifest } from "../web/assets.ts";
import type { SessionUser } from "../web/context.ts";
import { ErrorPage } from "../web/error-page.tsx";
import "./scopes.ts";
import { authRoutes } from "./auth/routes.tsx";
import { coreRoutes } from "./routes.tsx";
import { accountRoutes } from "./accounts/routes.tsx";
import { settingsRoutes } from "./accounts/settings.tsx";
import { directoryModule } from "../modules/directory/routes.tsx";
import { mediationModule } from "../modules/mediation/routes.tsx";
import { eventsModule } from "../modules/events/routes.tsx";
import { strategyModule } from "../modules/strategy/routes.tsx";

declare module "fastify" {
  interface FastifyInstance {
    db: Db;
    config: Config;
    assets: AssetManifest;
    /** Every route registered (method and URL pattern): for the access tests that try each one. */
    routeList: { method: string; url: string }[];
  }
  interface FastifyRequest {
    lang: Locale;
    t: Translate;
    user: SessionUser | null;
    sessionToken: string | null;
  }
}

export interface AppOptions {
  config: Config;
  db: Db;
  logger?: boolean;
}

export async function buildApp({ config, db, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger === false ? false : { level: config.logLevel },
    trustProxy: true,
    // Request lines only when debugging: the access log belongs to the proxy in front.
    logController: new LogController({ disableRequestLogging: config.logLevel !== "debug" && config.logLevel !== "trace" }),
    routerOptions: { ignoreTrailingSlash: false },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("db", db);
  app.decorate("config", config);
  app.decorate("assets", await buildAssets());
  app.decorate("routeList", []);
  app.addHook("onRoute", (r) => {
    for (const method of [r.method].flat()) if (method !== "HEAD") app.routeList.push({ method, url: r.url });
  });
  app.decorateRequest("lang", "de");
  app.decorateRequest("t", null as unknown as Translate);
  app.decorateRequest("user", null);
  app.decorateRequest("sessionToken", null);
  app.decorateRequest("tenant", null);

  await app.register(compress, { threshold: 1024, encodings: ["br", "gzip"] });
  await app.register(cookie, { secret: await sharedSecret(db, "cookie") });
  await app.register(formbody);
  await app.register(csrf, {
    sessionPlugin: "@fastify/cookie",
    cookieKey: "teilhabe_csrf",
    cookieOpts: { path: "/", sameSite: "lax", httpOnly: true, signed: true, secure: config.cookieSecure },
    // Multipart uploads carry the token in the query string: their body is streamed, not parsed up front.
    getToken: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      const fromBody = body && typeof body._csrf === "string" ? body._csrf : undefined;
      const fromQuery = (req.query as Record<string, unknown> | undefined)?._csrf;
      const header = req.headers["x-csrf-token"];
      return fromBody ?? (typeof header === "string" ? header : undefined) ?? (typeof fromQuery === "string" ? fromQuery : undefined) ?? "";
    },
  });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Teilhabe API", version: "1.0.0", description: "Public and back-office JSON API of Teilhabe." },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifyStatic, {
    root: buildDir,
    prefix: "/assets/",
    immutable: true,
    maxAge: "365d",
    wildcard: false,
  });

  // Language and user of every request.
  app.addHook("onRequest", async (req, reply) => {
    req.lang = requestLocale(req);
    req.t = translator(req.lang);
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const session = await loadSession(db, token);
      if (session) {
        req.user = session.user;
        req.sessionToken = token;
      } else {
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
      }
    }
    const q = (req.query as Record<string, unknown> | undefined)?.lang;
    if (isLocale(q)) reply.setCookie("lang", q, { path: "/", sameSite: "lax", maxAge: 365 * 86_400 });
  });

  // Every unsafe request must carry a CSRF token (form field _csrf or header x-csrf-token).
  app.addHook("preHandler", (req, reply, done) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return done();
    app.csrfProtection(req, reply, done);
  });

  const csp = contentSecurityPolicy(config.map.tileUrl);
  app.addHook("onSend", async (_req, reply, payload) => {
    if (String(reply.getHeader("content-type") ?? "").startsWith("text/html")) reply.header("content-security-policy", csp);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    if (!reply.hasHeader("x-frame-options")) reply.header("x-frame-options", "DENY");
    return payload;
  });

  app.setErrorHandler((error, req, reply) => errorResponse(error, req, reply));
  app.setNotFoundHandler((req, reply) => {
    if (wantsJson(req)) return reply.code(404).send({ error: "not_found", message: req.t("error.notFound.title") });
    return sendPage(reply, h(ErrorPage, { ctx: pageContext(req, reply), status: 404 }), 404);
  });

  app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { schema: { hide: true } }, async (_req, reply) => {
    try {
      await db.execute(sql`SELECT 1`);
      return { status: "ready" };
    } catch {
      return reply.code(503).send({ status: "unavailable" });
    }
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  await app.register(coreRoutes);
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(settingsRoutes);
  await app.register(directoryModule);
  await app.register(mediationModule);
  await app.register(eventsModule);
  await app.register(strategyModule);
  return app;
}

/**
 * Scripts and styles only from our own files; images also from the map's tile
 * server. JSON-LD and the map's data are not executed, so they need no exception.
 */
export function contentSecurityPolicy(tileUrl: string): string {
  let tiles: string;
  try {
    const u = new URL(tileUrl.replace(/\{s\}/g, "a").replace(/\{[a-z]\}/g, "0"));
    tiles = tileUrl.includes("{s}") ? `${u.protocol}//*.${u.host.split(".").slice(1).join(".")}` : u.origin;
  } catch {
    tiles = "";
  }
  return [
    "default-src 'self'",
    `img-src 'self' data: ${tiles}`.trim(),
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function requestLocale(req: FastifyRequest): Locale {
  const m = LOCALE_IN_PATH.exec(req.url.split("?")[0] ?? "/");
  if (m && isLocale(m[2])) return m[2];
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (isLocale(q)) return q;
  const c = req.cookies.lang;
  if (isLocale(c)) return c;
  return negotiate(req.headers["accept-language"]);
}

export const wantsJson = (req: FastifyRequest) => req.url.startsWith("/api/") || (req.headers.accept ?? "").startsWith("application/json");

function errorResponse(error: unknown, req: FastifyRequest, reply: FastifyReply) {
  const err = error as { statusCode?: number; code?: string; validation?: unknown; message?: string };
  let status = 500;
  let code = "internal";
  if (isAppError(error)) {
    status = error.status;
    code = error.code;
  } else if (err.code === "FST_CSRF_INVALID_TOKEN" || err.code === "FST_CSRF_MISSING_SECRET") {
    status = 403;
    code = "csrf";
  } else if (err.validation || err.code === "FST_ERR_VALIDATION") {
    status = 400;
    code = "bad_request";
  } else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    status = err.statusCode;
    code = err.code ?? "bad_request";
  }
  if (status >= 500) req.log.error({ err: error }, "request failed");
  if (status === 401 && !wantsJson(req)) {
    return reply.redirect(`/login?next=${encodeURIComponent(req.url)}`, 303);
  }
  if (wantsJson(req)) {
    const body: Record<string, unknown> = { error: code, message: status >= 500 ? "Internal error" : (err.message ?? code) };
    if (isAppError(error) && error.fields.length) body.fields = error.fields.map((f) => ({ ...f, message: req.t(f.key, f.values) }));
    return reply.code(status).send(body);
  }
  return sendPage(reply, h(ErrorPage, { ctx: pageContext(req, reply), status, code }), status);
}
