/**
 * Browser-test helpers: the real app as a child process (`node --import tsx
 * src/main.ts`) on a free port with demo data in a fresh database, Debian's
 * Chromium through playwright-core, and axe-core for accessibility checks.
 *
 * The database is a fresh PGlite directory, or – when TEST_DATABASE_URL is
 * set – a new database on that server, dropped afterwards (as test/helpers.ts
 * does). No network is needed: every request to another host is aborted.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import { after, before } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { freePort, removeDir, startApp, tempDir, waitForReady } from "../processes.ts";

const require = createRequire(import.meta.url);

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const DEMO_PASSWORD = "teilhabe-demo";
export const TENANT_ADMIN = "leitung@wilhelmshaven.teilhabe.example";

interface FreshDatabase {
  env: Record<string, string>;
  /** Temporary directory to remove, also when the test process dies. */
  dir: string;
  drop(): Promise<void>;
}

/** A fresh PGlite directory, or a fresh database on the TEST_DATABASE_URL server. */
async function freshDatabase(): Promise<FreshDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = tempDir("teilhabe-e2e-");
    return { env: { DATA_DIR: dir }, dir, drop: async () => removeDir(dir) };
  }
  const name = `teilhabe_e2e_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // DATA_DIR is unused with DATABASE_URL; point it at a temp dir all the same so nothing lands in ./data.
  const dir = tempDir("teilhabe-e2e-");
  return {
    env: { DATABASE_URL: url.toString(), DATA_DIR: dir },
    dir,
    drop: async () => {
      removeDir(dir);
      const a = new pg.Client({ connectionString: serverUrl });
      await a.connect();
      try {
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}

export interface RunningApp {
  baseUrl: string;
  /** Everything the app printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the app with demo data on a fresh database and a free port, and waits for /readyz. */
export async function startDemoApp(extraEnv: Record<string, string> = {}): Promise<RunningApp> {
  const db = await freshDatabase();
  const app = startApp({
    port: await freePort(),
    // DATABASE_URL only from db.env: never the one this process happens to have.
    env: { DATABASE_URL: undefined, DEMO_DATA: "true", JOBS: "false", LOG_LEVEL: "warn", ...db.env, ...extraEnv },
  });

  // Should the test process end without `after` (a crash, Ctrl-C, the runner's timeout), take the app along.
  const onExit = () => {
    if (app.alive()) app.child.kill("SIGKILL");
    removeDir(db.dir);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    onExit();
    process.kill(process.pid, signal);
  };
  process.once("exit", onExit);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", onExit);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await app.stop("SIGTERM", 15_000);
    await db.drop();
  };

  try {
    await waitForReady(app);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl: app.url, output: app.output, stop };
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export interface E2E {
  app: RunningApp;
  browser: Browser;
  baseUrl: string;
  /** A new browser context (own cookies) whose requests to other hosts are aborted. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a new context. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Registers before/after hooks for a test file: starts the app (with
 * `extraEnv` added to its environment) and the browser before the tests,
 * closes both (and every context) afterwards.
 * Returns a getter, to be called inside tests – not in another top-level
 * `before`: Node 20 starts a file's top-level before hooks concurrently.
 */
export function useE2E(extraEnv: Record<string, string> = {}): () => E2E {
  let e2e: E2E | undefined;
  const contexts: BrowserContext[] = [];
  let app: RunningApp | undefined;
  let browser: Browser | undefined;

  before(async () => {
    [app, browser] = await Promise.all([startDemoApp(extraEnv), launchBrowser()]);
    const baseUrl = app.baseUrl;
    const b = browser;
    const newContext = async (options: BrowserContextOptions = {}) => {
      const context = await b.newContext({ baseURL: baseUrl, locale: "de-DE", timezoneId: "Europe/Berlin", ...options });
      context.setDefaultTimeout(15_000);
      context.setDefaultNavigationTimeout(20_000);
      // No network in CI: map tiles and anything else off-site fail fast instead of hanging.
      await context.route((url) => url.host !== new URL(baseUrl).host, (route) => route.abort());
      contexts.push(context);
      return context;
    };
    e2e = {
      app,
      browser: b,
      baseUrl,
      newContext,
      newPage: async (options) => (await newContext(options)).newPage(),
    };
  });

  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close().catch(() => {});
    await app?.stop();
  });

  return () => {
    if (!e2e) throw new Error("useE2E: the app is not running (did `before` fail?)");
    return e2e;
  };
}

// ---------------------------------------------------------------- axe-core

let axeSource: string | undefined;
const axeScript = () => (axeSource ??= fs.readFileSync(require.resolve("axe-core"), "utf8"));

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** Runs axe-core (WCAG 2.1 A and AA) on the page as it is now; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy forbids inline scripts, and stays on.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeScript());
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact?: string | null; help: string; helpUrl: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map((t) => (Array.isArray(t) ? t.join(" >>> ") : String(t))), failureSummary: n.failureSummary ?? "" })),
    }));
  }, WCAG_TAGS);
}

export function formatViolations(violations: AxeViolation[], where: string): string {
  const lines = [`axe: ${violations.length} WCAG 2.1 A/AA violation(s) on ${where}:`];
  for (const v of violations) {
    lines.push(`  • ${v.id} [${v.impact ?? "?"}] ${v.help}  (${v.helpUrl})`);
    for (const n of v.nodes.slice(0, 10)) {
      lines.push(`      ${n.target.join(" ")}`);
      const summary = n.failureSummary.split("\n").map((s) => s.trim()).filter(Boolean).slice(0, 3).join(" / ");
      if (summary) lines.push(`        ${summary}`);
    }
    if (v.nodes.length > 10) lines.push(`      … and ${v.nodes.length - 10} more`);
  }
  return lines.join("\n");
}

/** Fails with a readable list when axe finds WCAG 2.1 A/AA violations on the page. */
export async function expectAccessible(page: Page, label = ""): Promise<void> {
  const violations = await axeViolations(page);
  const where = `${label ? `${label} – ` : ""}${new URL(page.url()).pathname}${new URL(page.url()).search}`;
  if (violations.length) assert.fail(formatViolations(violations, where));
}

// ---------------------------------------------------------------- small helpers

/** Describes the focused element: `tag#id`, or `tag.class.class` without an id (e.g. `a.skip-link`, `input#f-name`, `main#main`). */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    const tag = el.tagName.toLowerCase();
    if (el.id) return `${tag}#${el.id}`;
    return el.classList.length ? `${tag}.${[...el.classList].join(".")}` : tag;
  });
}

/** `lang` and `dir` of the <html> element. */
export async function htmlLangDir(page: Page): Promise<{ lang: string | null; dir: string | null }> {
  return page.evaluate(() => ({ lang: document.documentElement.getAttribute("lang"), dir: document.documentElement.getAttribute("dir") }));
}

/** Signs in through the sign-in form. */
export async function signIn(page: Page, email = TENANT_ADMIN, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.locator("#f-email").fill(email);
  await page.locator("#f-password").fill(password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/login")), page.locator("main form[action='/login'] button[type=submit]").click()]);
}
