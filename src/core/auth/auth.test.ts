import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { buildTenant, buildUser, Client, createTestApp, TEST_PASSWORD, type TestApp } from "../../../test/helpers.ts";
import { rows } from "../db/index.ts";
import { SESSION_COOKIE } from "./sessions.ts";
import { MAX_PER_ACCOUNT } from "./rate-limit.ts";

describe("sign-in", () => {
  let t: TestApp;
  let email: string;
  before(async () => {
    t = await createTestApp();
    const tenant = await buildTenant(t.db);
    email = (await buildUser(t.db, { tenantId: tenant.id, role: "staff" })).email;
  });
  after(() => t.close());

  test("a correct password starts a session stored in the database and redirects", async () => {
    const c = new Client(t.app);
    const res = await c.post("/login", { email: email.toUpperCase(), password: TEST_PASSWORD, next: "/admin" });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, "/admin");
    assert.ok(c.jar[SESSION_COOKIE], "session cookie set");
    const cookie = res.cookies.find((x) => x.name === SESSION_COOKIE)!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, "Lax");
    const [s] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = ${email}`);
    assert.ok((s?.n ?? 0) >= 1);
    // The token itself is not what is stored.
    const [stored] = await rows<{ token_hash: string }>(t.db, sql`SELECT token_hash FROM session LIMIT 1`);
    assert.notEqual(stored?.token_hash, c.jar[SESSION_COOKIE]);
  });

  test("a wrong password shows a message at the field, keeps the e-mail, and sets no session", async () => {
    const c = new Client(t.app);
    const res = await c.post("/login", { email, password: "wrong password!" });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /E-Mail-Adresse oder Passwort stimmen nicht/);
    assert.match(res.body, new RegExp(`value="${email}"`));
    assert.doesNotMatch(res.body, /wrong password!/, "the password is never echoed");
    assert.equal(c.jar[SESSION_COOKIE], undefined);
  });

  test("an invalid e-mail gets a localized validation message in the reader's language", async () => {
    const c = new Client(t.app);
    await c.get("/login?lang=en");
    const res = await c.post("/login?lang=en", { email: "not-an-address", password: "x" });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /<html lang="en" dir="ltr">/);
    assert.match(res.body, /href="#f-email"/, "the error summary links to the field");
  });

  test("a form without CSRF token is refused", async () => {
    const c = new Client(t.app);
    const res = await c.post("/login", { email, password: TEST_PASSWORD }, { csrf: false });
    assert.equal(res.statusCode, 403);
    assert.equal(c.jar[SESSION_COOKIE], undefined);
  });

  test("after repeated failures the account is throttled, even with the right password", async () => {
    const victim = (await buildUser(t.db)).email;
    const c = new Client(t.app);
    for (let i = 0; i < MAX_PER_ACCOUNT; i++) assert.equal((await c.post("/login", { email: victim, password: "nope" })).statusCode, 422);
    const res = await c.post("/login", { email: victim, password: TEST_PASSWORD });
    assert.equal(res.statusCode, 429);
    assert.match(res.body, /Zu viele fehlgeschlagene Versuche/);
    assert.equal(c.jar[SESSION_COOKIE], undefined);
  });

  test("sign-out ends this session; sign-out everywhere ends all of the user's sessions", async () => {
    const a = new Client(t.app);
    const b = new Client(t.app);
    await a.post("/login", { email, password: TEST_PASSWORD });
    await b.post("/login", { email, password: TEST_PASSWORD });
    assert.notEqual((await a.get("/admin")).headers.location, "/login?next=%2Fadmin");
    const outA = await a.post("/logout", {});
    assert.equal(outA.statusCode, 303);
    assert.equal((await a.get("/admin")).headers.location, "/login?next=%2Fadmin");
    // b still signed in
    assert.notEqual((await b.get("/admin")).headers.location, "/login?next=%2Fadmin");
    const c = new Client(t.app);
    await c.post("/login", { email, password: TEST_PASSWORD });
    await c.post("/logout/everywhere", {});
    assert.equal((await b.get("/admin")).headers.location, "/login?next=%2Fadmin", "the other device is signed out too");
  });

  test("next= only accepts local paths", async () => {
    const c = new Client(t.app);
    const res = await c.post("/login", { email, password: TEST_PASSWORD, next: "//evil.example/x" });
    assert.equal(res.headers.location, "/admin");
  });

  test("sign-ins are in the audit log", async () => {
    const [r] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'sign_in'`);
    assert.ok((r?.n ?? 0) >= 1);
  });
});
