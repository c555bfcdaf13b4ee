/**
 * The Wegweiser module as one Fastify plugin: public pages under
 * /:tenant/:lang, the public JSON API under /api/v1/:tenant, the back office
 * under /admin/:tenant (admin-routes.tsx).
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { notFound } from "../../core/errors.ts";
import { isLocale, LOCALES, negotiate, type Locale } from "../../core/i18n.ts";
import { pageContext, sendPage } from "../../core/http.ts";
import { publicPages, publicTenant, tenantOf } from "../../core/scopes.ts";
import { findTenant, listTowns, visibleTenantIds } from "../../core/tenancy.ts";
import { loadTranslations, localized } from "../../core/translations.ts";
import type { TenantRef } from "../../web/context.ts";
import { SERVICE_KINDS, SPOKEN_LANGUAGES, TOPICS, type ServiceView } from "./model.ts";
import { services } from "./schema.ts";
import { searchServices, type SearchParams } from "./search.ts";
import { findServiceBySlug, serviceViews } from "./service.ts";
import { serviceJsonLd } from "./jsonld.ts";
import { EntryPage, SearchPage, TenantHome } from "./views/public.tsx";
import { adminRoutes } from "./admin-routes.tsx";
import { guidePdf } from "./guide.ts";
import { slugPattern } from "./validation.ts";
import { openState } from "./opening-hours.ts";

const PER_PAGE = 20;
const flag = z
  .union([z.literal("1"), z.literal("true"), z.literal("on"), z.literal("0"), z.literal("false"), z.literal("")])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "on");

/** The filters of a search, as the API documents and checks them. */
export const SearchQuery = z.object({
  q: z.string().max(200).optional().describe("Free text: names, descriptions, topics, towns; German and the reader's language"),
  topic: z.enum(TOPICS).optional(),
  kind: z.enum(SERVICE_KINDS).optional(),
  language: z.enum(SPOKEN_LANGUAGES).optional().describe("A language spoken at the office (ISO 639)"),
  town: z.string().regex(slugPattern).max(80).optional(),
  openNow: flag.describe("Only offers open at this moment (public holidays and exception dates included)"),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(PER_PAGE),
  lang: z.enum(LOCALES).default("de").describe("Language of the texts returned"),
});

/** The same for the HTML page, forgiving: a bad filter is dropped, never an error. */
const forgiving = (raw: unknown): SearchParams => {
  const obj = (raw ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, schema] of Object.entries(SearchQuery.shape)) {
    const r = (schema as z.ZodType).safeParse(obj[k]);
    if (r.success && r.data !== undefined) out[k] = r.data;
  }
  if (typeof out.q === "string") out.q = out.q.trim() || undefined;
  return out as SearchParams;
};

const ServiceJson = z.object({
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  description: z.string(),
  kind: z.string(),
  topics: z.array(z.string()),
  targetGroups: z.array(z.string()),
  languages: z.array(z.string()),
  organisation: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  appointmentUrl: z.string().nullable(),
  address: z
    .object({
      street: z.string(),
      postcode: z.string(),
      city: z.string(),
      town: z.string().nullable().optional(),
      lat: z.number().nullable().optional(),
      lng: z.number().nullable().optional(),
      barrierFree: z.enum(["yes", "no", "unknown"]),
    })
    .nullable(),
  openNow: z.boolean(),
  hours: z.object({
    weekly: z.array(z.object({ weekday: z.number(), opens: z.number(), closes: z.number() })),
    exceptions: z.array(z.object({ day: z.string(), opens: z.number().nullable(), closes: z.number().nullable(), note: z.string().optional() })),
    appointmentOnly: z.boolean(),
    temporarilyClosed: z.boolean(),
  }),
  translation: z.record(z.string(), z.enum(["current", "outdated", "missing", "source"])),
  url: z.string(),
});


function presentService(s: ServiceView, tenant: TenantRef, lang: Locale, baseUrl: string, now: Date): z.infer<typeof ServiceJson> {
  return {
    slug: s.slug,
    name: s.name,
    summary: s.summary,
    description: s.description,
    kind: s.kind,
    topics: s.topics,
    targetGroups: s.targetGroups,
    languages: s.languages,
    organisation: s.organisation,
    phone: s.phone,
    email: s.email,
    website: s.website,
    appointmentUrl: s.appointmentUrl,
    address: s.address
      ? { street: s.address.street, postcode: s.address.postcode, city: s.address.city, town: s.address.town, lat: s.address.lat, lng: s.address.lng, barrierFree: s.address.barrierFree }
      : null,
    openNow: openState(s.hours, now, tenant.state).open,
    hours: s.hours,
    translation: s.translation,
    url: new URL(`/${tenant.slug}/${lang}/wegweiser/${s.slug}`, baseUrl).toString(),
  };
}

export async function directoryModule(app: FastifyInstance) {
  const { db, config } = app;

  // A tenant's address without a language goes to the reader's language.
  app.get("/:tenant", { schema: { hide: true } }, async (req, reply) => {
    const { tenant: slug } = req.params as { tenant: string };
    const tenant = await findTenant(db, slug);
    if (!tenant || tenant.kind === "state") return reply.callNotFound();
    const lang = isLocale(req.cookies.lang) ? req.cookies.lang : negotiate(req.headers["accept-language"]);
    return reply.redirect(`/${tenant.slug}/${lang}/`, 302);
  });

  await app.register(
    publicPages(async (pub) => {

      pub.get("/", { schema: { hide: true } }, async (req, reply) => {
        const tenant = tenantOf(req);
        const now = new Date();
        const offices = await db
          .select({ id: services.id })
          .from(services)
          .where(and(eq(services.tenantId, tenant.id), eq(services.kind, "coordination"), eq(services.status, "active")))
          .orderBy(asc(services.name));
        const views = await serviceViews(db, offices.map((o) => o.id), req.lang);
        const tr = await loadTranslations(db, "tenant", [tenant.id], [req.lang]);
        const intro = localized(tenant.intro, tr.get(`${tenant.id}|intro|${req.lang}`), req.lang);
        return sendPage(
          reply,
          <TenantHome ctx={pageContext(req, reply, { tenant })} intro={intro.text} introMissing={intro.state === "missing"} offices={views} now={now} />,
        );
      });

      pub.get("/wegweiser", { schema: { hide: true } }, async (req, reply) => {
        const tenant = tenantOf(req);
        const params = forgiving(req.query);
        const now = new Date();
        const [result, towns] = await Promise.all([
          searchServices(db, visibleTenantIds(tenant), req.lang, { ...params, perPage: PER_PAGE }, now, tenant.state),
          listTowns(db, tenant.id),
        ]);
        return sendPage(
          reply,
          <SearchPage
            ctx={pageContext(req, reply, { tenant })}
            params={params}
            towns={towns}
            total={result.total}
            results={result.items}
            suggestion={result.suggestion}
            now={now}
            perPage={PER_PAGE}
            mapTileUrl={config.map.tileUrl}
            mapAttribution={config.map.attribution}
          />,
        );
      });

      pub.get("/wegweiser.pdf", { schema: { hide: true } }, async (req, reply) => {
        const tenant = tenantOf(req);
        const pdf = await guidePdf(db, tenant, req.lang);
        return reply
          .type("application/pdf")
          .header("content-disposition", `inline; filename="wegweiser-${tenant.slug}-${req.lang}.pdf"`)
          .header("cache-control", "public, max-age=300")
          .send(pdf);
      });

      pub.get("/wegweiser/:slug", { schema: { hide: true } }, async (req, reply) => {
        const tenant = tenantOf(req);
        const { slug } = req.params as { slug: string };
        const s = slugPattern.test(slug) ? await findServiceBySlug(db, visibleTenantIds(tenant), slug, req.lang) : undefined;
        if (!s) throw notFound();
        const url = new URL(`/${tenant.slug}/${req.lang}/wegweiser/${s.slug}`, config.baseUrl).toString();
        return sendPage(reply, <EntryPage ctx={pageContext(req, reply, { tenant })} s={s} now={new Date()} jsonLd={serviceJsonLd(s, url, req.lang)} />);
      });
    }),
    { prefix: "/:tenant/:lang" },
  );

  await app.register(
    publicTenant(async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get(
        "/wegweiser",
        {
          schema: {
            tags: ["Wegweiser"],
            summary: "Search the guide to local offers of a municipality",
            params: z.object({ tenant: z.string() }),
            querystring: SearchQuery,
            response: { 200: z.object({ total: z.number(), page: z.number(), perPage: z.number(), suggestion: z.string().optional(), items: z.array(ServiceJson) }) },
          },
        },
        async (req) => {
          const tenant = tenantOf(req);
          const q = req.query;
          const now = new Date();
          const result = await searchServices(db, visibleTenantIds(tenant), q.lang, { ...q, q: q.q?.trim() || undefined }, now, tenant.state);
          return {
            total: result.total,
            page: q.page,
            perPage: q.perPage,
            suggestion: result.suggestion,
            items: result.items.map((s) => presentService(s, tenant, q.lang, config.baseUrl, now)),
          };
        },
      );
      typed.get(
        "/wegweiser/:slug",
        {
          schema: {
            tags: ["Wegweiser"],
            summary: "One entry of the guide",
            params: z.object({ tenant: z.string(), slug: z.string().regex(slugPattern) }),
            querystring: z.object({ lang: z.enum(LOCALES).default("de") }),
            response: { 200: ServiceJson },
          },
        },
        async (req) => {
          const tenant = tenantOf(req);
          const s = await findServiceBySlug(db, visibleTenantIds(tenant), req.params.slug, req.query.lang);
          if (!s) throw notFound();
          return presentService(s, tenant, req.query.lang, config.baseUrl, new Date());
        },
      );
    }),
    { prefix: "/api/v1/:tenant" },
  );

  await app.register(adminRoutes);
}

