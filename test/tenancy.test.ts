/**
 * Each tenant's back office is closed to every other tenant's staff. This file
 * tries it on every route under /admin/:tenant and /api/v1/admin/:tenant, and
 * with record ids of one tenant under another tenant's URL. Portals
 * (/portal/:tenant) are closed to everyone without the portal role there,
 * other tenants' portal users included.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { buildTenant, buildUser, signedIn, createTestApp, Client, type TestApp } from "./helpers.ts";
import { buildEntry } from "../src/modules/directory/test-factories.ts";
import { eq } from "drizzle-orm";
import { tenants } from "../src/core/db/schema.ts";

const SAMPLE_ID = "00000000-0000-4000-8000-000000000000";

describe("tenant isolation", () => {
  let t: TestApp;
  let staffA: Client;
  let staffB: Client;
  let anonymous: Client;
  let entryOfA: string;
  let slugA: string;
  let slugB: string;

  before(async () => {
    t = await createTestApp();
    const a = await buildTenant(t.db);
    const b = await buildTenant(t.db);
    slugA = a.slug;
    slugB = b.slug;
    staffA = await signedIn(t, (await buildUser(t.db, { tenantId: a.id, role: "tenant_admin" })).id);
    staffB = await signedIn(t, (await buildUser(t.db, { tenantId: b.id, role: "tenant_admin" })).id);
    anonymous = new Client(t.app);
    await anonymous.get("/login");
    const saved = await buildEntry(t.db, a.slug, { name: "Geheime Beratung A", organisation: "Träger A" });
    entryOfA = saved.id;
  });
  after(() => t.close());

  const backOfficeRoutes = () => t.app.routeList.filter((r) => r.url.startsWith("/admin/:tenant") || r.url.startsWith("/api/v1/admin/:tenant"));
  const fill = (url: string, tenant: string, id = SAMPLE_ID) =>
    url.replace(":tenant", tenant).replace(":id", id).replace(":lang", "en");

  async function call(c: Client, method: string, url: string) {
    if (method === "GET") return c.get(url);
    if (url.startsWith("/api/")) return c.json(method as "POST" | "PUT", url, { entry: { name: "x", kind: "counselling", organisation: "y" } });
    return c.post(url, { name: "x" });
  }

  test("there are back-office routes to try", () => {
    assert.ok(backOfficeRoutes().length >= 15, `found ${backOfficeRoutes().length}`);
  });

  test("staff of tenant B get 403 on every back-office route of tenant A", async () => {
    for (const r of backOfficeRoutes()) {
      const res = await call(staffB, r.method, fill(r.url, slugA, entryOfA));
      assert.equal(res.statusCode, 403, `${r.method} ${r.url} answered ${res.statusCode}`);
      assert.doesNotMatch(res.body, /Geheime Beratung A/);
    }
  });

  test("anonymous visitors are sent to sign in (pages) or get 401 (API) on every back-office route", async () => {
    for (const r of backOfficeRoutes()) {
      const res = await call(anonymous, r.method, fill(r.url, slugA, entryOfA));
      if (r.url.startsWith("/api/")) assert.equal(res.statusCode, 401, `${r.method} ${r.url}`);
      else {
        assert.equal(res.statusCode, 303, `${r.method} ${r.url}`);
        assert.match(String(res.headers.location), /^\/login\?next=/);
      }
    }
  });

  test("a record of tenant A is not found through tenant B's own back office", async () => {
    for (const r of backOfficeRoutes().filter((x) => x.url.includes(":id"))) {
      const res = await call(staffB, r.method, fill(r.url, slugB, entryOfA));
      assert.equal(res.statusCode, 404, `${r.method} ${r.url} answered ${res.statusCode}`);
      assert.doesNotMatch(res.body, /Geheime Beratung A/);
    }
  });

  test("tenant A's staff can read their own entry, and tenant B's list does not show it", async () => {
    const own = await staffA.get(`/admin/${slugA}/wegweiser/${entryOfA}`);
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /Geheime Beratung A/);
    const list = await staffB.get(`/admin/${slugB}/wegweiser?status=all`);
    assert.equal(list.statusCode, 200);
    assert.doesNotMatch(list.body, /Geheime Beratung A/);
    const exportB = await staffB.get(`/admin/${slugB}/wegweiser/export.csv`);
    assert.doesNotMatch(exportB.body, /Geheime Beratung A/);
  });

  const portalRoutes = () => t.app.routeList.filter((r) => r.url.startsWith("/portal/:tenant"));

  test("there are portal routes to try", () => {
    assert.ok(portalRoutes().length >= 6, `found ${portalRoutes().length}`);
  });

  test("staff of tenant B, and requesters and mediators of tenant B, get 403 on every portal route of tenant A", async () => {
    const [b] = await t.db.select().from(tenants).where(eq(tenants.slug, slugB));
    const requesterB = await signedIn(t, (await buildUser(t.db, { tenantId: b!.id, role: "requester" })).id);
    const mediatorB = await signedIn(t, (await buildUser(t.db, { tenantId: b!.id, role: "mediator" })).id);
    for (const c of [staffB, requesterB, mediatorB, staffA]) {
      for (const r of portalRoutes()) {
        const res = await call(c, r.method, fill(r.url, slugA, entryOfA));
        assert.equal(res.statusCode, 403, `${r.method} ${r.url} answered ${res.statusCode}`);
      }
    }
  });

  test("anonymous visitors are sent to sign in on every portal route", async () => {
    for (const r of portalRoutes()) {
      const res = await call(anonymous, r.method, fill(r.url, slugA, entryOfA));
      assert.equal(res.statusCode, 303, `${r.method} ${r.url}`);
      assert.match(String(res.headers.location), /^\/login\?next=/);
    }
  });

  test("the public search of tenant B does not list tenant A's entries", async () => {
    const res = await anonymous.get(`/${slugB}/de/wegweiser?q=Geheime`);
    assert.equal(res.statusCode, 200);
    assert.doesNotMatch(res.body, /Geheime Beratung A/);
    const own = await anonymous.get(`/${slugA}/de/wegweiser?q=Geheime`);
    assert.match(own.body, /Geheime Beratung A/);
  });
});
