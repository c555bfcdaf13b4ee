/**
 * The embedded database in DATA_DIR: one process per folder (lock file, a
 * stale one taken over), a clean close on SIGTERM, and acknowledged writes
 * that survive a hard kill (fsync stays on).
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase, rows, type Database } from "./index.ts";
import { createTestDatabase, serverUrl } from "../../../test/helpers.ts";
import { freePort, HttpClient, removeTempDirs, spawnNode, startApp as startAppProcess, tempDir, waitForExit, waitForReady, type AppProcess } from "../../../test/processes.ts";

const LOCK = "teilhabe.lock";

/** A child process that opens the data folder, reports, closes and exits (3 when opening failed). */
const tryOpen = (dataDir: string) =>
  spawnNode(
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
const startApp = (dataDir: string, port: number, env: Record<string, string> = {}) =>
  startAppProcess({ port, env: { DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn", JOBS: "true", DEMO_DATA: "true", ...env } });

/** The pid of a process that has exited: a lock file holding it is stale. */
async function deadPid(): Promise<number> {
  const c = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await waitForExit(c);
  return c.pid!;
}

after(removeTempDirs);

describe("PGlite data folder: one process at a time", () => {
  let dir: string;
  let held: Database | undefined;

  before(async () => {
    dir = tempDir("teilhabe-db-test-");
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
  const running: AppProcess[] = [];

  before(() => {
    dir = tempDir("teilhabe-db-test-");
  });
  after(async () => {
    for (const c of running) await c.stop("SIGKILL");
  });

  const tenant = "wilhelmshaven";
  const browser = new HttpClient();
  let entrySlug: string;
  let entryName: string;

  test("an acknowledged write survives SIGKILL right after the response", async () => {
    const first = startApp(dir, await freePort());
    running.push(first);
    await waitForReady(first);
    assert.equal(fs.readFileSync(path.join(dir, LOCK), "utf8"), String(first.child.pid));

    await browser.get(`${first.url}/login`);
    const signIn = await browser.post(`${first.url}/login`, { email: `leitung@${tenant}.teilhabe.example`, password: "teilhabe-demo", next: `/admin/${tenant}` });
    assert.equal(signIn.status, 303, signIn.text.slice(0, 300));
    await browser.get(`${first.url}/admin/${tenant}/wegweiser/new`);
    const suffix = crypto.randomBytes(3).toString("hex");
    entryName = `Dauerhaftigkeitsprobe ${suffix}`;
    entrySlug = `dauerhaftigkeitsprobe-${suffix}`;
    const created = await browser.post(`${first.url}/admin/${tenant}/wegweiser`, {
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
    const { signal } = await first.stop("SIGKILL");
    assert.equal(signal, "SIGKILL");
    assert.equal(fs.readFileSync(path.join(dir, LOCK), "utf8"), String(first.child.pid), "a hard kill leaves its (now stale) lock");

    const second = startApp(dir, await freePort());
    running.push(second);
    await waitForReady(second);
    assert.doesNotMatch(second.output(), /loading the demo data/, "not re-seeded");
    const list = await browser.get(`${second.url}/admin/${tenant}/wegweiser?q=${encodeURIComponent(entryName)}`);
    assert.equal(list.status, 200, "the session survived too");
    assert.ok(list.text.includes(entryName), "the entry is in the back office");
    const pub = await fetch(`${second.url}/${tenant}/de/wegweiser/${entrySlug}`);
    assert.equal(pub.status, 200);
    assert.ok((await pub.text()).includes(entryName));
  });

  test("SIGTERM closes the database, removes the lock file and exits with 0", async () => {
    const app = running.at(-1)!;
    assert.ok(fs.existsSync(path.join(dir, LOCK)));
    const { code, signal } = await app.stop("SIGTERM");
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

describe("the app's connections to a PostgreSQL server", { skip: serverUrl ? false : "needs TEST_DATABASE_URL" }, () => {
  test("run without JIT, whose compiling cost a search 50–90 ms", async () => {
    const database = await createTestDatabase();
    try {
      assert.equal(database.kind, "postgres");
      // More than one connection: the setting is a startup parameter of each, not a one-off SET.
      const settings = await Promise.all([1, 2, 3].map(() => rows<{ jit: string }>(database.db, sql`SELECT current_setting('jit') AS jit, pg_sleep(0.05)`)));
      assert.deepEqual(settings.map((r) => r[0]?.jit), ["off", "off", "off"]);
    } finally {
      await database.close();
    }
  });
});
