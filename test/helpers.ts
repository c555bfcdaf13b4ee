/**
 * Test helpers: a fresh database per test file (in-memory PGlite, or a new
 * database on the server named by TEST_DATABASE_URL, dropped afterwards), the
 * app on top of it, and factories for tenants, users and signed-in sessions.
 */
import crypto from "node:crypto";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { loadConfig, type Config } from "../src/core/config.ts";
import { openDatabase, type Database, type Db } from "../src/core/db/index.ts";
import { buildApp } from "../src/core/app.ts";
import { memberships, tenants, towns, users } from "../src/core/db/schema.ts";
import { hashPassword } from "../src/core/auth/password.ts";
import { createSession, SESSION_COOKIE } from "../src/core/auth/sessions.ts";
import { invalidateTenantCache } from "../src/core/tenancy.ts";

export const serverUrl = process.env.TEST_DATABASE_URL;

export interface TestDatabase extends Database {
  url?: string;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!serverUrl) return openDatabase({});
  const name = `teilhabe_t_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: "silent", BASE_URL: "http://localhost:3000", JOBS: "false", ...overrides });
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function createTestApp(configOverrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  invalidateTenantCache();
  const app = await buildApp({ config: testConfig(configOverrides), db: database.db, logger: false });
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export async function buildTenant(db: Db, opts: { slug?: string; name?: string; kind?: "city" | "district" | "state"; parentId?: string | null; towns?: string[] } = {}) {
  const slug = opts.slug ?? unique("stadt");
  const [t] = await db
    .insert(tenants)
    .values({ slug, name: opts.name ?? `Stadt ${slug}`, kind: opts.kind ?? "city", parentId: opts.parentId ?? null, state: "NI" })
    .returning();
  if (opts.towns?.length) {
    await db.insert(towns).values(opts.towns.map((name) => ({ tenantId: t!.id, slug: name.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss").replace(/[^a-z0-9]+/g, "-"), name, kind: "municipality" as const })));
  }
  invalidateTenantCache();
  return t!;
}

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

export async function buildUser(db: Db, opts: { email?: string; tenantId?: string; role?: "tenant_admin" | "staff" | "requester" | "mediator"; platformAdmin?: boolean } = {}) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [u] = await db
    .insert(users)
    .values({ email: opts.email ?? `${unique("user")}@example.org`, displayName: "Test User", passwordHash: await passwordHash, platformAdmin: opts.platformAdmin ?? false })
    .returning();
  if (opts.tenantId) await db.insert(memberships).values({ userId: u!.id, tenantId: opts.tenantId, role: opts.role ?? "staff" });
  return u!;
}

/** Cookies of a response as a map (name → value). */
export function cookiesOf(res: LightMyRequestResponse): Record<string, string> {
  return Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
}

export const cookieHeader = (jar: Record<string, string>) =>
  Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");

/**
 * A browser-like client: keeps cookies, and reads the CSRF token from the
 * last page that had a form.
 */
export class Client {
  jar: Record<string, string> = {};
  csrf = "";
  constructor(private app: FastifyInstance) {}

  async get(url: string, headers: Record<string, string> = {}) {
    const res = await this.app.inject({ method: "GET", url, headers: { cookie: cookieHeader(this.jar), ...headers } });
    this.absorb(res);
    return res;
  }

  async post(url: string, form: Record<string, string | string[]>, opts: { csrf?: boolean } = {}) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
    if (opts.csrf !== false) {
      if (!this.csrf) await this.get("/login");
      body.set("_csrf", this.csrf);
    }
    const res = await this.app.inject({
      method: "POST",
      url,
      payload: body.toString(),
      headers: { cookie: cookieHeader(this.jar), "content-type": "application/x-www-form-urlencoded" },
    });
    this.absorb(res);
    return res;
  }

  async json(method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: unknown) {
    if (method !== "GET" && !this.csrf) await this.get("/login");
    const res = await this.app.inject({
      method,
      url,
      payload: payload as never,
      headers: { cookie: cookieHeader(this.jar), accept: "application/json", ...(method !== "GET" ? { "x-csrf-token": this.csrf } : {}) },
    });
    this.absorb(res);
    return res;
  }

  private absorb(res: LightMyRequestResponse) {
    for (const c of res.cookies) {
      if (c.maxAge === 0 || (c.expires && new Date(c.expires).getTime() < Date.now())) delete this.jar[c.name];
      else this.jar[c.name] = c.value;
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body) ?? /_csrf=([^"&]+)/.exec(res.body);
    if (m) this.csrf = decodeURIComponent(m[1]!);
  }
}

/** A client signed in as `user` (through a real session row, not the form). */
export async function signedIn(t: TestApp, userId: string): Promise<Client> {
  const c = new Client(t.app);
  await c.get("/login");
  c.jar[SESSION_COOKIE] = await createSession(t.db, userId, 1);
  return c;
}

/** A date (YYYY-MM-DD) some weeks ahead on the given weekday (0 Sunday … 6 Saturday), so that an event is in the future whenever the test runs. */
export function weekdayAhead(weekday: number, weeks: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 7 * weeks + ((weekday - d.getUTCDay() + 7) % 7));
  return d.toISOString().slice(0, 10);
}
