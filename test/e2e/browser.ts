/**
 * Browser-test helpers: the real app as a child process (`node --import tsx
 * src/main.ts`) on a free port with demo data in a fresh database, Debian's
 * Chromium through playwright-core, and axe-core for accessibility checks.
 *
 * The database is a fresh PGlite directory, or – when TEST_DATABASE_URL is
 * set – a new database on that server, dropped afterwards (as test/helpers.ts
 * does). No network is needed: every request to another host is aborted.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const DEMO_PASSWORD = "teilhabe-demo";
export const TENANT_ADMIN = "leitung@wilhelmshaven.teilhabe.example";

const READY_TIMEOUT_MS = 90_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

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
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "teilhabe-e2e-"));
    return { env: { DATA_DIR: dir }, dir, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "teilhabe-e2e-"));
  return {
    env: { DATABASE_URL: url.toString(), DATA_DIR: dir },
    dir,
    drop: async () => {
      fs.rmSync(dir, { recursive: true, force: true });
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

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Starts `node --import tsx src/main.ts` with demo data and waits for /readyz. */
export async function startApp(extraEnv: Record<string, string> = {}): Promise<RunningApp> {
  const db = await freshDatabase();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.NODE_TEST_CONTEXT; // the child is an app, not a test file
  Object.assign(env, {
    PORT: String(port),
    HOST: "127.0.0.1",
    BASE_URL: baseUrl,
    DEMO_DATA: "true",
    JOBS: "false",
    LOG_LEVEL: "warn",
    ...db.env,
    ...extraEnv,
  });
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (log += d.toString()));

  // Should the test process end without `after` (a crash, Ctrl-C, the runner's timeout), take the app along.
  const alive = () => child.exitCode === null && child.signalCode === null;
  const onExit = () => {
    if (alive()) child.kill("SIGKILL");
    fs.rmSync(db.dir, { recursive: true, force: true });
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
    if (alive()) {
      child.kill("SIGTERM");
      if (!(await waitForExit(child, 15_000))) {
        child.kill("SIGKILL");
        await waitForExit(child, 5_000);
      }
    }
    await db.drop();
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the app exited (${child.exitCode ?? child.signalCode}) before it was ready`);
      if (Date.now() > deadline) throw new Error(`the app was not ready after ${READY_TIMEOUT_MS / 1000} s`);
      try {
        const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
        if (res.ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- app output ---\n${log}`, { cause: err });
  }
  return { baseUrl, output: () => log, stop };
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
 * Registers before/after hooks for a test file: starts the app and the
 * browser before the tests, closes both (and every context) afterwards.
 * Returns a getter, to be called inside tests – not in another top-level
 * `before`: Node 20 starts a file's top-level before hooks concurrently.
 */
export function useE2E(): () => E2E {
  let e2e: E2E | undefined;
  const contexts: BrowserContext[] = [];
  let app: RunningApp | undefined;
  let browser: Browser | undefined;

  before(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
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
