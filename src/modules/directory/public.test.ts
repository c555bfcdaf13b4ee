import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import zlib from "node:zlib";
import { buildTenant, Client, createTestApp, type TestApp } from "../../../test/helpers.ts";
import { saveTranslation } from "../../core/translations.ts";
import { buildEntry } from "./test-factories.ts";

describe("public Wegweiser pages", () => {
  let t: TestApp;
  let c: Client;
  let slug: string;

  before(async () => {
    t = await createTestApp();
    const tenant = await buildTenant(t.db, { name: "Stadt Musterhaven", towns: ["Musterhaven"] });
    slug = tenant.slug;
    await saveTranslation(t.db, { tenantId: tenant.id, entity: "tenant", entityId: tenant.id, field: "intro", lang: "en", text: "Welcome", german: "" });
    await buildEntry(t.db, slug, {
      name: "Migrationsbüro", kind: "coordination", summary: "Erste Anlaufstelle", organisation: "Stadt Musterhaven", phone: "04421 74956-14",
      street: "Kieler Straße 63", postcode: "26382", city: "Musterhaven", lat: 53.52, lng: 8.11, languages: ["ar", "tr", "fa"], topics: ["arrival"],
    }, { weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: 480, closes: 960 })) });
    for (let i = 0; i < 30; i++) {
      await buildEntry(t.db, slug, { name: `Beratungsstelle ${i}`, kind: "counselling", summary: "Beratung für Zugewanderte in vielen Lebenslagen", organisation: "Verein", street: `Weg ${i}`, postcode: "26382", city: "Musterhaven", lat: 53.5 + i / 1000, lng: 8.1, languages: ["de", "en", "ar"] },
        { weekly: [{ weekday: 2, opens: 540, closes: 720 }] });
    }
    c = new Client(t.app);
  });
  after(() => t.close());

  test("start page lists municipalities and finds them by name", async () => {
    const res = await c.get("/?q=muster");
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Stadt Musterhaven/);
    assert.doesNotMatch((await c.get("/?q=zzzz")).body, /Stadt Musterhaven/);
  });

  test("a tenant without language goes to the reader's language", async () => {
    const res = await c.get(`/${slug}`, { "accept-language": "fa-IR,fa;q=0.9,en;q=0.5" });
    assert.equal(res.statusCode, 302);
    assert.equal(res.headers.location, `/${slug}/fa/`);
  });

  test("tenant home shows the coordination office with contacts and hours", async () => {
    const res = await c.get(`/${slug}/de/`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Migrationsbüro/);
    assert.match(res.body, /href="tel:04421749561/);
  });

  test("lang and dir are right in every language; ar and fa are right-to-left", async () => {
    for (const [lang, dir] of [["de", "ltr"], ["en", "ltr"], ["ar", "rtl"], ["fa", "rtl"], ["tr", "ltr"], ["uk", "ltr"], ["ru", "ltr"]]) {
      const res = await c.get(`/${slug}/${lang}/wegweiser`);
      assert.equal(res.statusCode, 200, lang);
      assert.match(res.body, new RegExp(`<html lang="${lang}" dir="${dir}">`), lang);
    }
  });

  test("the language switcher keeps the page and its query", async () => {
    const res = await c.get(`/${slug}/de/wegweiser?q=Beratung&topic=arrival`);
    assert.match(res.body, new RegExp(`href="/${slug}/ar/wegweiser\\?q=Beratung&amp;topic=arrival"`));
  });

  test("ICU plurals in the result count", async () => {
    assert.match((await c.get(`/${slug}/de/wegweiser?q=Migrationsbüro`)).body, /1 Angebot für/);
    assert.match((await c.get(`/${slug}/de/wegweiser?q=Beratungsstelle`)).body, /30 Angebote für/);
    assert.match((await c.get(`/${slug}/en/wegweiser?q=Migrationsbüro`)).body, /1 (offer|service|result)/i);
  });

  test("untranslated content is shown in German and marked; a translated intro is used", async () => {
    const res = await c.get(`/${slug}/en/`);
    assert.match(res.body, /Welcome/);
    const entry = await c.get(`/${slug}/en/wegweiser/migrationsbuero`);
    assert.equal(entry.statusCode, 200);
    assert.match(entry.body, /<span lang="de" dir="ltr">Migrationsbüro<\/span><span class="untranslated">/);
  });

  test("entry page: hours, open status, directions, schema.org JSON-LD", async () => {
    const res = await c.get(`/${slug}/de/wegweiser/migrationsbuero`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /class="status status--(open|closed)"/);
    assert.match(res.body, /openstreetmap\.org\/directions\?to=53\.52%2C8\.11/);
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(res.body)?.[1];
    assert.ok(ld);
    const data = JSON.parse(ld!);
    assert.equal(data["@type"], "Service");
    assert.equal(data.availableChannel.serviceLocation.address.postalCode, "26382");
    assert.equal(data.availableChannel.serviceLocation.openingHoursSpecification[0].opens, "08:00");
  });

  test("a result page is under 60 KB transferred, compressed, with CSS and scripts", async () => {
    const res = await c.get(`/${slug}/de/wegweiser?q=Beratung`, { "accept-encoding": "gzip" });
    assert.equal(res.headers["content-encoding"], "gzip");
    let total = res.rawPayload.length;
    const html = zlib.gunzipSync(res.rawPayload).toString();
    const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    assert.ok(assets.length >= 2, "stylesheet and map loader");
    for (const url of assets) {
      const a = await t.app.inject({ url, headers: { "accept-encoding": "gzip" } });
      assert.equal(a.statusCode, 200, url);
      total += a.headers["content-encoding"] ? a.rawPayload.length : zlib.gzipSync(a.rawPayload).length;
    }
    assert.match(html, /Beratungsstelle/);
    assert.ok(total < 60 * 1024, `transferred ${total} bytes`);
    console.log(`result page with its assets: ${total} bytes compressed`);
  });

  test("unknown URLs get a real 404 page in the reader's language; no stack traces", async () => {
    const res = await c.get(`/${slug}/ar/wegweiser/gibt-es-nicht`);
    assert.equal(res.statusCode, 404);
    assert.match(res.body, /<html lang="ar" dir="rtl">/);
    const other = await c.get("/nirgendwo/de/", { "accept-language": "en" });
    assert.equal(other.statusCode, 404);
    const bad = await c.get(`/${slug}/xx/wegweiser`);
    assert.equal(bad.statusCode, 404);
    const api = await c.get(`/api/v1/${slug}/wegweiser?page=-1`);
    assert.equal(api.statusCode, 400);
    assert.doesNotMatch(api.body, /at .*\.ts:\d+/);
  });

  test("bad filters on the public page are ignored, never an error", async () => {
    const res = await c.get(`/${slug}/de/wegweiser?topic=%3Cscript%3E&page=abc&openNow=maybe&language=xx&town=..%2F`);
    assert.equal(res.statusCode, 200);
    assert.doesNotMatch(res.body, /<script>/);
  });

  test("the JSON API searches and describes itself in OpenAPI", async () => {
    const res = await c.get(`/api/v1/${slug}/wegweiser?q=Migrationsbuero&lang=en`);
    assert.equal(res.statusCode, 200);
    const body = res.json() as { total: number; items: { name: string; url: string; translation: Record<string, string> }[] };
    assert.equal(body.items[0]?.name, "Migrationsbüro");
    assert.equal(body.items[0]?.translation.name, "missing");
    assert.match(body.items[0]!.url, new RegExp(`/${slug}/en/wegweiser/migrationsbuero$`));
    const spec = (await c.get("/api/openapi.json")).json() as { openapi: string; paths: Record<string, unknown> };
    assert.equal(spec.openapi, "3.1.0");
    assert.ok(spec.paths["/api/v1/{tenant}/wegweiser"]);
    assert.ok(spec.paths["/api/v1/admin/{tenant}/wegweiser"]);
  });

  test("the whole guide as a PDF, in German and in Arabic", async () => {
    for (const lang of ["de", "ar"]) {
      const res = await t.app.inject({ url: `/${slug}/${lang}/wegweiser.pdf` });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers["content-type"], "application/pdf");
      assert.equal(res.rawPayload.subarray(0, 5).toString(), "%PDF-");
    }
  });

  test("a Content-Security-Policy allows only our own scripts and styles, and no page needs inline code", async () => {
    for (const url of [`/${slug}/de/wegweiser?q=Beratung`, `/${slug}/ar/wegweiser/migrationsbuero`, `/${slug}/de/`, "/login"]) {
      const res = await c.get(url);
      const csp = String(res.headers["content-security-policy"]);
      assert.match(csp, /script-src 'self'(;|$)/, url);
      assert.match(csp, /style-src 'self'(;|$)/, url);
      assert.match(csp, /img-src 'self' data: https:\/\/tile\.openstreetmap\.org/, url);
      for (const tag of res.body.match(/<script[^>]*>/g) ?? []) {
        assert.match(tag, /src="\/assets\/|type="application\/(ld\+)?json"/, `${url}: ${tag}`);
      }
      assert.doesNotMatch(res.body, /<style|\sstyle="|\son[a-z]+="/, url);
    }
  });

  test("health and readiness", async () => {
    assert.deepEqual((await c.get("/healthz")).json(), { status: "ok" });
    assert.deepEqual((await c.get("/readyz")).json(), { status: "ready" });
  });
});
