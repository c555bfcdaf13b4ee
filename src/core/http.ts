/**
 * Request-level helpers shared by every module: the page context, rendering,
 * reading forms through zod, redirects with flash messages.
 */
import { readingNumbersIn } from "./numbers.ts";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { z } from "zod";
import { invalid, type FieldError } from "./errors.ts";
import { dirOf, type Locale, LOCALES } from "./i18n.ts";
import type { PageContext, TenantRef } from "../web/context.ts";

export const LOCALE_IN_PATH = new RegExp(`^/([a-z0-9-]+)/(${LOCALES.join("|")})(/|$)`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's vnode
type AnyVNode = VNode<any>;

export function renderDocument(vnode: AnyVNode): string {
  return `<!doctype html>${renderToString(vnode)}`;
}

/** Link to the same page in another language: the path segment for public pages, ?lang= elsewhere. */
export function langHrefFor(url: string, lang: Locale): string {
  const [pathname = "/", query = ""] = url.split("?");
  const m = LOCALE_IN_PATH.exec(pathname);
  if (m) return `/${m[1]}/${lang}${pathname.slice(m[0].length - (m[3] ? 1 : 0))}${query ? `?${query}` : ""}`;
  const params = new URLSearchParams(query);
  params.set("lang", lang);
  return `${pathname}?${params.toString()}`;
}

export function pageContext(req: FastifyRequest, reply: FastifyReply, opts: { tenant?: TenantRef | null; area?: "public" | "admin" | "portal" } = {}): PageContext {
  const { assets } = req.server;
  return {
    lang: req.lang,
    dir: dirOf(req.lang),
    t: req.t,
    user: req.user,
    tenant: opts.tenant ?? null,
    url: req.url,
    csrfToken: () => reply.generateCsrf(),
    langHref: (l) => langHrefFor(req.url, l),
    assets: { css: `/assets/${assets.css}`, js: (name) => `/assets/${assets.js[name] ?? ""}`, style: (name) => `/assets/${assets.styles[name] ?? ""}` },
    area: opts.area ?? "public",
  };
}

export function sendPage(reply: FastifyReply, vnode: AnyVNode, status = 200) {
  return reply.code(status).type("text/html; charset=utf-8").header("cache-control", "no-store").send(renderDocument(vnode));
}

type FormInput = Record<string, unknown>;

/** zod issue → i18n key, unless the schema named a key itself ("validation.…", or a module's "<module>.validation.…"). */
function issueToField(issue: z.core.$ZodIssue): FieldError {
  const field = issue.path.join(".") || "_form";
  if (/^([a-z]+\.)?validation\.[a-zA-Z]+$/.test(issue.message)) return { field, key: issue.message };
  switch (issue.code) {
    case "too_small":
      return issue.minimum === 1 && issue.origin === "string"
        ? { field, key: "validation.required" }
        : { field, key: "validation.tooSmall", values: { min: Number(issue.minimum) } };
    case "too_big":
      return { field, key: "validation.tooLong", values: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { field, key: issue.format === "email" ? "validation.email" : issue.format === "url" ? "validation.url" : "validation.format" };
    case "invalid_value":
      return { field, key: "validation.choice" };
    case "invalid_type":
      return { field, key: issue.input === undefined ? "validation.required" : "validation.invalid" };
    default:
      return { field, key: "validation.invalid" };
  }
}

/** Parses input with a zod schema; throws a validation AppError with one message per field. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, locale?: string): z.infer<S> {
  // Numbers in the form are read as the page's language writes them (core/numbers.ts).
  const result = locale ? readingNumbersIn(locale, () => schema.safeParse(input)) : schema.safeParse(input);
  if (result.success) return result.data;
  const seen = new Set<string>();
  const fields = result.error.issues.map(issueToField).filter((f) => (seen.has(f.field) ? false : (seen.add(f.field), true)));
  throw invalid(fields);
}

/** Form bodies as plain objects; repeated fields become arrays. */
export const formBody = (req: FastifyRequest): FormInput => (req.body && typeof req.body === "object" ? (req.body as FormInput) : {});

/** Post-redirect-get with a one-time notice shown on the next page. */
export function redirectWithNotice(reply: FastifyReply, location: string, noticeKey: string) {
  reply.setCookie("notice", noticeKey, { path: "/", httpOnly: true, sameSite: "lax", maxAge: 60 });
  return reply.redirect(location, 303);
}

export function takeNotice(req: FastifyRequest, reply: FastifyReply): string | null {
  const key = req.cookies.notice;
  if (!key) return null;
  reply.clearCookie("notice", { path: "/" });
  return /^[a-zA-Z0-9_.]+$/.test(key) ? key : null;
}
