/**
 * Two app processes on one PostgreSQL database, started at the same moment:
 * migrations and demo seeding must not collide, and sessions, CSRF, sign-in
 * throttling, writes and scheduled jobs must hold across processes.
 * Needs a PostgreSQL server (TEST_DATABASE_URL).
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { serverUrl } from "./helpers.ts";
import { decodeHtml, freePort, HttpClient, sleep, startApp, waitForReady, type AppProcess } from "./processes.ts";
import { DEMO_MEDIATOR_COUNT, DEMO_PORTAL_ACCOUNTS } from "../src/modules/mediation/demo.ts";
import { DEMO_PARTNER } from "../src/modules/events/demo.ts";
import { demoTenants } from "../src/modules/directory/demo-data.ts";
import { SESSION_COOKIE } from "../src/core/auth/sessions.ts";
import { MAX_PER_ACCOUNT } from "../src/core/auth/rate-limit.ts";

const TENANT = "wilhelmshaven";
const ADMIN = `leitung@${TENANT}.teilhabe.example`;
const PASSWORD = "teilhabe-demo";

/** One app process on `databaseUrl`, with jobs and the demo data. */
const app = (name: string, port: number, databaseUrl: string) =>
  startApp({
    name,
    port,
    env: {
      DATABASE_URL: databaseUrl,
      DATA_DIR: path.join(os.tmpdir(), `teilhabe-unused-${name}`),
      DEMO_DATA: "true",
      JOBS: "true",
      LOG_LEVEL: "info",
      NODE_ENV: "test",
    },
  });

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>])`).exec(tag);
  return m ? decodeHtml(m[1] ?? "") : undefined;
};

/** The fields a browser would submit for the form whose action is `action`. */
function formFields(html: string, action: string): [string, string][] {
  const start = html.indexOf(`action="${action}"`);
  assert.ok(start >= 0, `a form posting to ${action}`);
  const form = html.slice(start, html.indexOf("</form>", start));
  const fields: [string, string][] = [];
  for (const m of form.matchAll(/<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>|<textarea\b[^>]*>[\s\S]*?<\/textarea>/g)) {
    const el = m[0];
    const open = /^<\w+\b[^>]*>/.exec(el)![0];
    const name = attr(open, "name");
    if (!name || attr(open, "disabled") !== undefined) continue;
    if (el.startsWith("<input")) {
      const type = (attr(open, "type") ?? "text").toLowerCase();
      if (["submit", "button", "file", "image", "reset"].includes(type)) continue;
      if ((type === "checkbox" || type === "radio") && attr(open, "checked") === undefined) continue;
      fields.push([name, attr(open, "value") ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
    } else if (el.startsWith("<select")) {
      const options = [...el.matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
      const chosen = options.filter((o) => attr(o, "selected") !== undefined);
      for (const o of chosen.length ? chosen : attr(open, "multiple") !== undefined ? [] : options.slice(0, 1)) fields.push([name, attr(o, "value") ?? ""]);
    } else {
      fields.push([name, decodeHtml(/^<textarea\b[^>]*>([\s\S]*?)<\/textarea>$/.exec(el)![1]!.replace(/^\n/, ""))]);
    }
  }
  return fields;
}

const toForm = (fields: [string, string][]) => {
  const out: Record<string, string[]> = {};
  for (const [k, v] of fields) (out[k] ??= []).push(v);
  return out;
};

describe("scale-out: two app processes on one PostgreSQL database", { skip: serverUrl ? false : "needs a PostgreSQL server" }, () => {
  let dbName: string;
  let pool: pg.Pool;
  let a: AppProcess;
  let b: AppProcess;
  // A browser over both processes: one cookie jar (cookies do not tell ports apart).
  const browser = new HttpClient();

  const one = async <T,>(query: string, params: unknown[] = []) => (await pool.query(query, params)).rows[0] as T;

  before(async () => {
    dbName = `teilhabe_scale_${crypto.randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    const url = new URL(serverUrl!);
    url.pathname = `/${dbName}`;
    pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    const [portA, portB] = [await freePort(), await freePort()];
    assert.notEqual(portA, portB);
    // The same moment: both migrate and both find the database empty.
    a = app("A", portA, url.toString());
    b = app("B", portB, url.toString());
    await Promise.all([waitForReady(a), waitForReady(b)]);
  });

  after(async () => {
    for (const p of [a, b]) await p?.stop("SIGKILL");
    await pool?.end();
    if (dbName) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  });

  test("both started: migrations applied once, the demo data loaded exactly once", async () => {
    assert.equal(a.child.exitCode, null, a.output());
    assert.equal(b.child.exitCode, null, b.output());
    const migrations = await one<{ n: number; distinct: number }>("SELECT count(*)::int AS n, count(DISTINCT hash)::int AS distinct FROM drizzle.__drizzle_migrations");
    assert.ok(migrations.n > 0);
    assert.equal(migrations.n, migrations.distinct, "no migration recorded twice");
    // Neither serves before the seeding is complete.
    const services = demoTenants.reduce((n, t) => n + t.services.length, 0);
    assert.equal((await one<{ n: number }>("SELECT count(*)::int AS n FROM tenant")).n, demoTenants.length);
    assert.equal((await one<{ n: number }>("SELECT count(*)::int AS n FROM app_user")).n, 1 + 2 * demoTenants.length + DEMO_PORTAL_ACCOUNTS.length + [DEMO_PARTNER].length);
    assert.equal((await one<{ n: number }>("SELECT count(*)::int AS n FROM med_mediator")).n, DEMO_MEDIATOR_COUNT);
    assert.equal((await one<{ n: number }>("SELECT count(*)::int AS n FROM dir_service")).n, services);
    const seeders = [a, b].filter((p) => p.output().includes("Empty database: loading the demo data"));
    assert.equal(seeders.length, 1, `exactly one process seeds:\nA:\n${a.output()}\nB:\n${b.output()}`);
  });

  test("scheduled jobs run once per interval although two schedulers run", async () => {
    // Both schedulers tick about 1 s after start: wait for the first run, then
    // long enough for the other scheduler to have ticked too.
    for (let i = 0; i < 150; i++) {
      if ((await pool.query("SELECT 1 FROM job_run WHERE name = 'sessions.expire' AND last_finished_at IS NOT NULL")).rowCount) break;
      await sleep(100);
    }
    await sleep(2_000);
    const jobs = (await pool.query<{ name: string; runs: number; last_result: string | null }>("SELECT name, runs, last_result FROM job_run ORDER BY name")).rows;
    const expire = jobs.find((j) => j.name === "sessions.expire");
    assert.ok(expire, `sessions.expire ran: ${JSON.stringify(jobs)}`);
    assert.equal(expire.runs, 1);
    assert.equal(expire.last_result, "ok");
    for (const j of jobs) assert.equal(j.runs, 1, `${j.name} ran once`);
    const ran = (p: AppProcess) => (p.output().match(/job sessions\.expire ran/g) ?? []).length;
    assert.equal(ran(a) + ran(b), 1, "exactly one of the processes ran it");
  });

  test("a session started on A is valid on B (CSRF too), and B serves the back office", async () => {
    const form = await browser.get(`${a.url}/login`);
    assert.equal(form.status, 200);
    assert.ok(browser.csrf, "a CSRF token");
    const res = await browser.post(`${a.url}/login`, { email: ADMIN, password: PASSWORD, next: `/admin/${TENANT}` });
    assert.equal(res.status, 303, res.text.slice(0, 500));
    assert.ok(browser.cookie(a.url, SESSION_COOKIE));
    const page = await browser.get(`${b.url}/admin/${TENANT}`);
    assert.equal(page.status, 200);
    assert.match(page.text, /Leitung/);
  });

  test("a write through A is visible on B's public page at once", async () => {
    const list = await browser.get(`${a.url}/admin/${TENANT}/wegweiser`);
    assert.equal(list.status, 200);
    const id = new RegExp(`/admin/${TENANT}/wegweiser/([0-9a-f-]{36})`).exec(list.text)?.[1];
    assert.ok(id, "an entry in the list");
    const action = `/admin/${TENANT}/wegweiser/${id}`;
    const edit = await browser.get(`${a.url}${action}`);
    assert.equal(edit.status, 200);
    const fields = formFields(edit.text, action);
    const name = fields.find(([k]) => k === "name")?.[1];
    assert.ok(name, "the form holds the name");
    const renamed = `${name} (geändert ${crypto.randomBytes(3).toString("hex")})`;
    const saved = await browser.post(`${a.url}${action}`, toForm(fields.map(([k, v]) => [k, k === "name" ? renamed : v])));
    assert.equal(saved.status, 303, saved.text.match(/id="error-summary"[\s\S]{0,2000}/)?.[0] ?? saved.text.slice(0, 500));
    const [{ slug }] = (await pool.query<{ slug: string }>("SELECT slug FROM dir_service WHERE id = $1", [id])).rows as [{ slug: string }];
    const pub = await fetch(`${b.url}/${TENANT}/de/wegweiser/${slug}`);
    assert.equal(pub.status, 200);
    assert.ok((await pub.text()).includes(renamed.replace(/&/g, "&amp;")), "B shows the new name");
  });

  test("signing out on B ends the session on A", async () => {
    const token = browser.cookie(a.url, SESSION_COOKIE)!;
    assert.equal((await browser.get(`${a.url}/admin/${TENANT}`)).status, 200);
    await browser.get(`${b.url}/admin/${TENANT}`); // a page of B for its CSRF token
    const out = await browser.post(`${b.url}/logout`, {});
    assert.equal(out.status, 303);
    assert.equal(browser.cookie(b.url, SESSION_COOKIE), undefined);
    // Even with the old cookie, A no longer knows the session.
    browser.jar(a.url).set(SESSION_COOKIE, token);
    const res = await browser.get(`${a.url}/admin/${TENANT}`);
    assert.equal(res.status, 303);
    assert.match(res.location ?? "", /^\/login\?next=/);
  });

  test("failed sign-ins spread over both processes are throttled together", async () => {
    const victim = `team@${TENANT}.teilhabe.example`;
    const c = new HttpClient();
    await c.get(`${a.url}/login`);
    for (let i = 0; i < MAX_PER_ACCOUNT; i++) {
      const p = i % 2 === 0 ? a : b;
      const res = await c.post(`${p.url}/login`, { email: victim, password: `wrong-${i}` });
      assert.equal(res.status, 422, `attempt ${i + 1} on ${p.name} is an ordinary failure`);
    }
    for (const p of [a, b]) {
      const res = await c.post(`${p.url}/login`, { email: victim, password: PASSWORD });
      assert.equal(res.status, 429, `${p.name} throttles even the right password`);
      assert.equal(c.cookie(p.url, SESSION_COOKIE), undefined);
    }
  });
});
