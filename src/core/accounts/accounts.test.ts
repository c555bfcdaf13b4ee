import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { buildTenant, buildUser, Client, createTestApp, signedIn, type TestApp } from "../../../test/helpers.ts";
import { rows } from "../db/index.ts";
import { SESSION_COOKIE } from "../auth/sessions.ts";

describe("team and tenants", () => {
  let t: TestApp;
  let slug: string;
  let admin: Client;
  let tenantId: string;

  before(async () => {
    t = await createTestApp();
    const tenant = await buildTenant(t.db);
    slug = tenant.slug;
    tenantId = tenant.id;
    admin = await signedIn(t, (await buildUser(t.db, { tenantId, role: "tenant_admin" })).id);
  });
  after(() => t.close());

  test("a tenant admin adds a colleague, who can then sign in and use the back office", async () => {
    const res = await admin.post(`/admin/${slug}/team`, { displayName: "Neue Kollegin", email: "Kollegin@Stadt.example", role: "staff", password: "ein langes Passwort" });
    assert.equal(res.statusCode, 303);
    assert.match((await admin.get(`/admin/${slug}/team`)).body, /kollegin@stadt\.example/);
    const colleague = new Client(t.app);
    const login = await colleague.post("/login", { email: "kollegin@stadt.example", password: "ein langes Passwort" });
    assert.equal(login.statusCode, 303);
    assert.equal((await colleague.get(`/admin/${slug}/wegweiser`)).statusCode, 200);
    assert.equal((await colleague.get(`/admin/${slug}/team`)).statusCode, 403, "staff do not manage the team");
  });

  test("bad input: messages at the fields, input kept, nothing written", async () => {
    const [before] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM app_user`);
    const res = await admin.post(`/admin/${slug}/team`, { displayName: "", email: "kaputt", role: "king", password: "kurz" });
    assert.equal(res.statusCode, 422);
    for (const f of ["displayName", "email", "role", "password"]) assert.match(res.body, new RegExp(`href="#f-${f}"`), f);
    assert.match(res.body, /value="kaputt"/);
    const [after] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM app_user`);
    assert.equal(after!.n, before!.n);
  });

  test("removing someone ends their sessions at once", async () => {
    const user = await buildUser(t.db, { tenantId, role: "staff" });
    const other = await signedIn(t, user.id);
    assert.equal((await other.get(`/admin/${slug}/wegweiser`)).statusCode, 200);
    assert.equal((await admin.post(`/admin/${slug}/team/${user.id}/remove`, {})).statusCode, 303);
    const res = await other.get(`/admin/${slug}/wegweiser`);
    assert.equal(res.statusCode, 303);
    assert.equal(other.jar[SESSION_COOKIE], undefined);
    const [a] = await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE entity = 'membership' AND entity_id = ${user.id} ORDER BY at DESC LIMIT 1`);
    assert.equal(a?.action, "revoke");
  });

  test("only platform admins create tenants; a new Landkreis gets its towns", async () => {
    assert.equal((await admin.get("/platform/tenants")).statusCode, 403);
    const root = await signedIn(t, (await buildUser(t.db, { platformAdmin: true })).id);
    const bad = await root.post("/platform/tenants", { name: "X", slug: "admin", kind: "district", towns: "" });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /reserviert/);
    const badKey = await root.post("/platform/tenants", { name: "Landkreis Probe", slug: "probe", kind: "district", towns: "Papenburg", ags: "0345" });
    assert.equal(badKey.statusCode, 422);
    assert.match(badKey.body, /2, 5 oder 8 Ziffern/);
    const ok = await root.post("/platform/tenants", { name: "Landkreis Probe", slug: "probe", kind: "district", towns: "Papenburg\nSögel\nSögel", ags: "03454" });
    assert.equal(ok.statusCode, 303);
    const [made] = await rows<{ ags: string }>(t.db, sql`SELECT ags FROM tenant WHERE slug = 'probe'`);
    assert.equal(made!.ags, "03454", "the official key, by which the monitoring matches figures");
    const clash = await root.post("/platform/tenants", { name: "Landkreis Doppelt", slug: "doppelt", kind: "district", towns: "", ags: "03454" });
    assert.match(clash.body, /hat schon eine andere Kommune/);
    const towns = await rows<{ slug: string }>(t.db, sql`SELECT w.slug FROM town w JOIN tenant t ON t.id = w.tenant_id WHERE t.slug = 'probe' ORDER BY w.slug`);
    assert.deepEqual(towns.map((w) => w.slug), ["papenburg", "soegel"]);
    assert.equal((await new Client(t.app).get("/probe/de/")).statusCode, 200);
  });
});

describe("municipality settings", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test("the introduction and its translations: a changed German text marks untouched translations outdated", async () => {
    const tenant = await buildTenant(t.db);
    const admin = await signedIn(t, (await buildUser(t.db, { tenantId: tenant.id, role: "tenant_admin" })).id);
    await admin.get(`/admin/${tenant.slug}/settings`);
    assert.equal((await admin.post(`/admin/${tenant.slug}/settings`, { intro: "Wir beraten Zugewanderte.", intro_en: "We advise newcomers." })).statusCode, 303);
    const visitor = new Client(t.app);
    assert.match((await visitor.get(`/${tenant.slug}/en/`)).body, /We advise newcomers\./);
    assert.match((await visitor.get(`/${tenant.slug}/ar/`)).body, /Wir beraten Zugewanderte\./, "German shown where no translation exists");
    await admin.get(`/admin/${tenant.slug}/settings`);
    await admin.post(`/admin/${tenant.slug}/settings`, { intro: "Wir beraten Zugewanderte und Vereine.", intro_en: "We advise newcomers." });
    const page = await admin.get(`/admin/${tenant.slug}/settings`);
    assert.match(page.body, /English\) – veraltet/);
    assert.match(page.body, /العربية\) – fehlt/);
    const staff = await signedIn(t, (await buildUser(t.db, { tenantId: tenant.id, role: "staff" })).id);
    assert.equal((await staff.get(`/admin/${tenant.slug}/settings`)).statusCode, 403);
  });
});
