import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { buildUser, Client, createTestApp, signedIn, TEST_PASSWORD, testConfig, type TestApp } from "../../../test/helpers.ts";
import { rows } from "../db/index.ts";
import { sendQueuedMail } from "../mail.ts";
import { SESSION_COOKIE } from "./sessions.ts";

describe("password reset and the mail queue", () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const outbox = () => rows<{ to: string; text: string; status: string }>(t.db, sql`SELECT "to", text, status FROM mail_outbox ORDER BY created_at`);

  test("unknown addresses get the same answer and no mail", async () => {
    const c = new Client(t.app);
    await c.get("/login/reset");
    const res = await c.post("/login/reset", { email: "niemand@example.org" });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Wenn es ein Konto zu dieser Adresse gibt/);
    assert.equal((await outbox()).length, 0);
  });

  test("a reset link sets a new password once, ends all sessions, and is audited", async () => {
    const user = await buildUser(t.db);
    const elsewhere = await signedIn(t, user.id);
    const c = new Client(t.app);
    await c.get("/login/reset?lang=en");
    await c.post("/login/reset?lang=en", { email: user.email });
    const mails = (await outbox()).filter((m) => m.to === user.email);
    assert.equal(mails.length, 1);
    const link = /http:\/\/localhost:3000(\/login\/reset\/[A-Za-z0-9_-]+)\?lang=en/.exec(mails[0]!.text);
    assert.ok(link, mails[0]!.text);
    const path = link[1]!;
    assert.equal((await c.get(path)).statusCode, 200);
    const short = await c.post(path, { password: "kurz", confirm: "kurz" });
    assert.equal(short.statusCode, 422);
    const mismatch = await c.post(path, { password: "ein ganz neues Passwort", confirm: "ein anderes Passwort!" });
    assert.match(mismatch.body, /href="#f-confirm"/);
    const done = await c.post(path, { password: "ein ganz neues Passwort", confirm: "ein ganz neues Passwort" });
    assert.equal(done.statusCode, 303);
    assert.equal((await c.get(path)).statusCode, 404, "the link works once");
    assert.equal((await elsewhere.get("/admin")).statusCode, 303, "other sessions ended");
    assert.equal(elsewhere.jar[SESSION_COOKIE], undefined);
    const oldLogin = await new Client(t.app).post("/login", { email: user.email, password: TEST_PASSWORD });
    assert.equal(oldLogin.statusCode, 422);
    const newLogin = await new Client(t.app).post("/login", { email: user.email, password: "ein ganz neues Passwort" });
    assert.equal(newLogin.statusCode, 303);
  });

  test("the mail job sends queued mail once and marks it sent", async () => {
    const before = (await outbox()).filter((m) => m.status === "pending").length;
    assert.ok(before >= 1);
    const result = await t.db.transaction((tx) => sendQueuedMail(tx, testConfig()));
    assert.equal(result, `sent ${before} of ${before}`);
    assert.equal((await outbox()).filter((m) => m.status === "pending").length, 0);
    assert.equal(await t.db.transaction((tx) => sendQueuedMail(tx, testConfig())), "sent 0 of 0");
  });
});
