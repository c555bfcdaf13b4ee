/**
 * The embedded database in DATA_DIR: one process per folder (lock file, a
 * stale one taken over), a clean close on SIGTERM, and acknowledged writes
 * that survive a hard kill (fsync stays on).
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { openDatabase, rows, type Database } from "./index.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const LOCK = "teilhabe.lock";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "teilhabe-db-test-"));
  tempDirs.push(dir);
  return dir;
}

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

interface Child {
  child: ChildProcess;
  output(): string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, output: () => out, exit };
}

/** A child process that opens the data folder, reports, closes and exits (3 when opening failed). */
const tryOpen = (dataDir: string) =>
  run(
    [
      "--input-type=module",
      "-e",
      `import { openDatabase } from "./src/core/db/index.ts";
       try {
         const database = await openDatabase({ dataDir: process.env.TRY_DIR, migrate: false });
         console.log("OPENED");
         await database.close();
         process.exit(0);
       } catch (err) {
         console.log("FAILED: " + err.message);
         process.exit(3);
       }`,
    ],
    { TRY_DIR: dataDir },
  );

/** The app (src/main.ts) as a child process on `dataDir`. */
function startApp(dataDir: string, port: number, env: Record<string, string> = {}) {
  const url = `http://127.0.0.1:${port}`;
  const app = run(["src/main.ts"], {
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    PORT: String(port),
    HOST: "127.0.0.1",
    BASE_URL: url,
    LOG_LEVEL: "warn",
    JOBS: "true",
    DEMO_DATA: "true",
    ...env,
  });
  return { ...app, url };
}

async function waitReady(app: Child & { url: string }, timeoutMs = 90_000) {
  let exited = false;
  void app.exit.then(() => (exited = true));
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (exited) throw new Error(`the app exited during start:\n${app.output()}`);
    try {
      if ((await fetch(`${app.url}/readyz`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  throw new Error(`the app was not ready after ${timeoutMs} ms:\n${app.output()}`);
}

/** Cookies and the CSRF token of the last form, over plain HTTP. */
class Browser {
  jar = new Map<string, string>();
  csrf = "";

  async request(url: string, form?: Record<string, string | string[]>) {
    const headers: Record<string, string> = { cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ") };
    let body: string | undefined;
    if (form) {
      const params = new URLSearchParams({ _csrf: this.csrf });
      for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) params.append(k, x);
      body = params.toString();
      headers["content-type"] = "application/x-www-form-urlencoded";
    }
    const res = await fetch(url, { method: form ? "POST" : "GET", headers, body, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(";")[0]!;
      const i = pair.indexOf("=");
      const value = pair.slice(i + 1).trim();
      if (value === "" || /max-age=0\b/i.test(line)) this.jar.delete(pair.slice(0, i).trim());
      else this.jar.set(pair.slice(0, i).trim(), value);
    }
    const text = await res.text();
    const m = /name="_csrf" value="([^"]+)"/.exec(text);
    if (m) this.csrf = m[1]!.replace(/&amp;/g, "&");
    return { status: res.status, text, location: res.headers.get("location") };
  }
}

/** The pid of a process that has exited: a lock file holding it is stale. */
async function deadPid(): Promise<number> {
  const c = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => c.on("exit", resolve));
  return c.pid!;
}

after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("PGlite data folder: one process at a time", () => {
  let dir: string;
  let held: Database | undefined;

  before(async () => {
    dir = tempDir();
    held = await openDatabase({ dataDir: dir, migrate: false });
  });
  after(() => held?.close());

  test("a second process on the same folder fails with a clear 'in use' error and leaves the lock alone", async () => {
    assert.equal(fs.readFileSync(path.join(dir, LOCK), "utf8"), String(process.pid));
    const other = tryOpen(dir);
    const { code } = await other.exit;
    assert.equal(code, 3, other.output());
    assert.match(other.output(), new RegExp(`FAILED: The data folder is in use by process ${process.pid} \\(.*${LOCK}\\)\\. Stop that process first, or set DATA_DIR to another folder\\.`));
    assert.equal(fs.readFileSync(path.join(dir, LOCK), "utf8"), String(process.pid), "the holder's lock is untouched");
    // Still usable by its holder.
    assert.deepEqual(await rows(held!.db, sql`SELECT 1 AS one`), [{ one: 1 }]);
  });

  test("the app itself refuses to start on a folder in use", async () => {
    const app = startApp(dir, await freePort());
    const { code } = await app.exit;
    assert.notEqual(code, 0);
    assert.match(app.output(), new RegExp(`The data folder is in use by process ${process.pid}`));
    assert.equal(fs.readFileSync(path.join(dir, LOCK), "utf8"), String(process.pid));
  });

  test("a stale lock file (its process gone) is taken over, and released on close", async () => {
    await held!.close();
    held = undefined;
    assert.equal(fs.existsSync(path.join(dir, LOCK)), false, "closing removes the lock file");
    const stale = await deadPid();
    fs.writeFileSync(path.join(dir, LOCK), String(stale));
    const other = tryOpen(dir);
    const { code } = await other.exit;
    assert.equal(code, 0, other.output());
    assert.match(other.output(), /OPENED/);
    assert.equal(fs.existsSync(path.join(dir, LOCK)), false, "the lock is released on close");
  });
});

describe("the app on PGlite: clean shutdown and durable writes", () => {
  let dir: string;
  const running: Child[] = [];

  before(() => {
    dir = tempDir();
  });
  after(async () => {
    for (const c of running) {
      if (c.child.exitCode === null && c.child.signalCode === null) {
        c.child.kill("SIGKILL");
        await c.exit;
      }
    }
  });

  const tenant = "wilhelmshaven";
  const browser = new Browser();
  let entrySlug: string;
  let entryName: string;

  test("an acknowledged write survives SIGKILL right after the response", async () => {
    const first = startApp(dir, await freePort());
    running.push(first);
    await waitReady(first);
    assert.equal(fs.readFileSync(path.join(dir, LOCK), "utf8"), String(first.child.pid));

    await browser.request(`${first.url}/login`);
    const signIn = await browser.request(`${first.url}/login`, { email: `leitung@${tenant}.teilhabe.example`, password: "teilhabe-demo", next: `/admin/${tenant}` });
    assert.equal(signIn.status, 303, signIn.text.slice(0, 300));
    await browser.request(`${first.url}/admin/${tenant}/wegweiser/new`);
    const suffix = crypto.randomBytes(3).toString("hex");
    entryName = `Dauerhaftigkeitsprobe ${suffix}`;
    entrySlug = `dauerhaftigkeitsprobe-${suffix}`;
    const created = await browser.request(`${first.url}/admin/${tenant}/wegweiser`, {
      name: entryName,
      organisation: "Probeverein",
      kind: "counselling",
      summary: "Überlebt einen harten Abbruch",
      topics: ["arrival"],
      languages: ["de"],
      barrierFree: "unknown",
    });
    assert.equal(created.status, 303, created.text.match(/id="error-summary"[\s\S]{0,1500}/)?.[0] ?? created.text.slice(0, 300));
    // The write is acknowledged: kill at once, no chance to close anything.
    first.child.kill("SIGKILL");
    const { signal } = await first.exit;
    assert.equal(signal, "SIGKILL");
    assert.equal(fs.readFileSync(path.join(dir, LOCK), "utf8"), String(first.child.pid), "a hard kill leaves its (now stale) lock");

    const second = startApp(dir, await freePort());
    running.push(second);
    await waitReady(second);
    assert.doesNotMatch(second.output(), /loading the demo data/, "not re-seeded");
    const list = await browser.request(`${second.url}/admin/${tenant}/wegweiser?q=${encodeURIComponent(entryName)}`);
    assert.equal(list.status, 200, "the session survived too");
    assert.ok(list.text.includes(entryName), "the entry is in the back office");
    const pub = await fetch(`${second.url}/${tenant}/de/wegweiser/${entrySlug}`);
    assert.equal(pub.status, 200);
    assert.ok((await pub.text()).includes(entryName));
  });

  test("SIGTERM closes the database, removes the lock file and exits with 0", async () => {
    const app = running.at(-1)!;
    assert.ok(fs.existsSync(path.join(dir, LOCK)));
    app.child.kill("SIGTERM");
    const { code, signal } = await app.exit;
    assert.equal(signal, null, app.output());
    assert.equal(code, 0, app.output());
    assert.equal(fs.existsSync(path.join(dir, LOCK)), false, "no lock file left");
    // Cleanly closed: the folder opens again at once, with the data.
    const database = await openDatabase({ dataDir: dir, migrate: false });
    try {
      assert.deepEqual(await rows(database.db, sql`SELECT name FROM dir_service WHERE slug = ${entrySlug}`), [{ name: entryName }]);
    } finally {
      await database.close();
    }
  });
});
