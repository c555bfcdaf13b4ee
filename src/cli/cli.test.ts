/**
 * The `teilhabe` command, run as a child process against a temporary data
 * folder (and, with TEST_DATABASE_URL and pg_dump, against fresh databases on
 * that server). One folder is seeded once and shared by the tests in order.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openDatabase, rows, type Db } from "../core/db/index.ts";
import { verifyPassword } from "../core/auth/password.ts";
import { buildApp } from "../core/app.ts";
import { invalidateTenantCache } from "../core/tenancy.ts";
import { Client, serverUrl, testConfig } from "../../test/helpers.ts";
import { poppler, withoutPoppler } from "../../test/poppler.ts";
import { SESSION_COOKIE } from "../core/auth/sessions.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `teilhabe …` as the operator would (through tsx), with its own environment. */
function cli(args: string[], env: Record<string, string>, input?: string): Promise<Run> {
  const base: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "silent", DATABASE_URL: "", ...env };
  delete base.NODE_TEST_CONTEXT;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: root, env: base, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

const explain = (r: Run) => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

function ok(r: Run) {
  assert.equal(r.code, 0, explain(r));
  return r;
}

async function withDb<T>(dataDir: string, fn: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir, migrate: false });
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

async function withApp<T>(db: Db, fn: (c: Client) => Promise<T>): Promise<T> {
  invalidateTenantCache();
  const app = await buildApp({ config: testConfig(), db, logger: false });
  try {
    return await fn(new Client(app));
  } finally {
    await app.close();
  }
}

type CsvRow = Record<string, string>;
const readCsv = (text: string) => parse(text.replace(/^\uFEFF/, ""), { columns: true }) as CsvRow[];
const writeCsv = (data: CsvRow[]) => stringify(data, { header: true, columns: Object.keys(data[0]!) });

describe("teilhabe (PGlite)", () => {
  let tmp: string;
  let dataDir: string;
  const env = () => ({ DATA_DIR: dataDir });

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "teilhabe-cli-"));
    dataDir = path.join(tmp, "data");
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("usage: help, no arguments, unknown commands and options", async () => {
    const [help, none, unknown, option] = await Promise.all([["help"], [], ["frobnicate"], ["seed", "--force"]].map((a) => cli(a, env())));
    assert.match(ok(help!).stdout, /teilhabe create-user --email/);
    assert.match(ok(none!).stdout, /Usage: teilhabe COMMAND/);
    assert.equal(unknown!.code, 2);
    assert.match(unknown!.stderr, /Unknown command: frobnicate/);
    assert.equal(option!.code, 2);
    assert.match(option!.stderr, /--force/);
    assert.ok(!fs.existsSync(dataDir), "usage errors open no database");
  });

  test("migrate creates the schema and shows the state", async () => {
    const r = ok(await cli(["migrate"], env()));
    assert.match(r.stdout, /Migrations: (\d+) of \1 applied/);
    assert.match(r.stdout, /0 tenants/);
    assert.ok(!fs.existsSync(path.join(dataDir, "teilhabe.lock")), "the lock is released");
  });

  test("seed loads the demo data into an empty database, and only there", async () => {
    const r = ok(await cli(["seed"], env()));
    assert.match(r.stdout, /seeded wilhelmshaven/);
    const again = await cli(["seed"], env());
    assert.equal(again.code, 1, explain(again));
    assert.match(again.stderr, /already holds 5 tenants/);
  });

  test("the demo's integration report of last year: published, as a page and as a PDF whose text holds its sections", async (t) => {
    const year = new Date().getFullYear() - 1;
    await withDb(dataDir, (db) =>
      withApp(db, async (c) => {
        const page = await c.get(`/wilhelmshaven/de/integrationsbericht/${year}`);
        assert.equal(page.statusCode, 200);
        assert.match(page.body, new RegExp(`Integrationsbericht ${year}`));
        assert.match(page.body, /Betreuungsquote ausländischer Kinder unter drei Jahren/);
        assert.match(page.body, /Selbstcheck Weltoffene Kommune 2025/);
        const ar = await c.get(`/wilhelmshaven/ar/integrationsbericht/${year}`);
        assert.match(ar.body, /أصبحت فيلهلمسهافن أكثر تنوعاً/, "the summary's Arabic translation");
        const pdf = await c.get(`/wilhelmshaven/de/integrationsbericht/${year}.pdf`);
        assert.equal(pdf.headers["content-type"], "application/pdf");
        if (withoutPoppler(t)) return;
        const text = poppler("pdftotext", ["-layout"], pdf.rawPayload);
        for (const expected of [`Integrationsbericht ${year}`, "Inhalt", "Zusammenfassung", "Indikatoren", "Selbstcheck", "Stand des Handlungskonzepts", "Empfehlungen", "Anhang", "Handlungskonzept Integration 2020–2025", "Demo-Daten: erfundene Werte"]) {
          assert.ok(text.includes(expected), `the PDF holds "${expected}"`);
        }
        assert.match(text, /Seite 2 \/ \d+/);
      }),
    );
  });

  test("create-user creates an account with a membership, updates it, and audits both", async () => {
    const email = "Neue.Kollegin@Example.org";
    const created = ok(
      await cli(["create-user", "--email", email, "--name", "Neue Kollegin", "--password", "erstes langes Passwort", "--tenant", "wilhelmshaven", "--role", "staff"], env()),
    );
    assert.match(created.stdout, /Created user neue\.kollegin@example\.org/);
    const signIn = (db: Db, password: string) => withApp(db, (c) => c.post("/login", { email: "neue.kollegin@example.org", password, next: "/admin" }));
    await withDb(dataDir, async (db) => assert.equal((await signIn(db, "erstes langes Passwort")).statusCode, 303));
    const updated = ok(await cli(["create-user", "--email", "neue.kollegin@example.org", "--password-stdin", "--platform-admin"], env(), "zweites langes Passwort\n"));
    assert.match(updated.stdout, /Updated user .*\n.*platform administrator\n.*password changed, signed out everywhere/);

    await withDb(dataDir, async (db) => {
      const [user] = await rows<{ id: string; display_name: string; password_hash: string; platform_admin: boolean }>(
        db,
        sql`SELECT id, display_name, password_hash, platform_admin FROM app_user WHERE email = 'neue.kollegin@example.org'`,
      );
      assert.ok(user);
      assert.equal(user.display_name, "Neue Kollegin");
      assert.equal(user.platform_admin, true);
      assert.equal(await verifyPassword(user.password_hash, "zweites langes Passwort"), true);
      assert.equal(await verifyPassword(user.password_hash, "erstes langes Passwort"), false);
      const member = await rows<{ role: string }>(db, sql`SELECT m.role FROM membership m JOIN tenant t ON t.id = m.tenant_id WHERE m.user_id = ${user.id} AND t.slug = 'wilhelmshaven'`);
      assert.deepEqual(member.map((m) => m.role), ["staff"]);
      const log = await rows<{ action: string; actor_label: string; changes: Record<string, unknown> }>(
        db,
        sql`SELECT action, actor_label, changes FROM audit_log WHERE entity = 'user' AND entity_id = ${user.id} AND action <> 'sign_in' ORDER BY at`,
      );
      assert.deepEqual(log.map((l) => [l.action, l.actor_label]), [["create", "cli"], ["update", "cli"]]);
      assert.deepEqual(log[0]!.changes.membership, { tenant: "wilhelmshaven", role: "staff" });
      assert.doesNotMatch(JSON.stringify(log), /argon2|Passwort/, "no password or hash in the audit log");

      // The session of the old password ended; the new one signs in through the real login form.
      const sessions = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM session WHERE user_id = ${user.id}`);
      assert.equal(sessions[0]!.n, 0);
      const res = await signIn(db, "zweites langes Passwort");
      assert.equal(res.statusCode, 303);
      assert.ok(res.cookies.some((c) => c.name === SESSION_COOKIE));
    });
  });

  test("create-user rejects bad input with exit code 2 (1 for an unknown tenant)", async () => {
    const user = ["create-user", "--email", "x@example.org", "--name", "X"];
    const [badEmail, shortPassword, badRole, unknownTenant] = await Promise.all(
      [
        ["create-user", "--email", "keine-adresse", "--name", "X", "--password", "ein langes Passwort"],
        [...user, "--password", "kurz"],
        [...user, "--tenant", "wilhelmshaven", "--role", "boss"],
        [...user, "--tenant", "atlantis", "--role", "staff"],
      ].map((a) => cli(a, env())),
    );
    assert.equal(badEmail!.code, 2, explain(badEmail!));
    assert.match(badEmail!.stderr, /--email: not a valid e-mail address/);
    assert.equal(shortPassword!.code, 2, explain(shortPassword!));
    assert.match(shortPassword!.stderr, /at least 12 characters/);
    assert.equal(badRole!.code, 2, explain(badRole!));
    assert.match(badRole!.stderr, /--role: must be one of tenant_admin/);
    assert.equal(unknownTenant!.code, 1, explain(unknownTenant!));
    assert.match(unknownTenant!.stderr, /Unknown tenant "atlantis"/);
  });

  let exported = "";

  test("export writes the tenant's Wegweiser as CSV to stdout, or XLSX to a file", async () => {
    exported = ok(await cli(["export", "--tenant", "wilhelmshaven"], env())).stdout;
    const data = readCsv(exported);
    assert.ok(data.some((r) => r.slug === "migrationsbuero" && r.name === "Migrationsbüro der Stadt Wilhelmshaven"));
    assert.match(exported, /^\uFEFFslug,name,summary/);
    const xlsx = path.join(tmp, "wegweiser.xlsx");
    ok(await cli(["export", "--tenant", "wilhelmshaven", "--out", xlsx], env()));
    assert.equal(fs.readFileSync(xlsx).subarray(0, 2).toString(), "PK");
  });

  let edited: CsvRow[] = [];

  test("import of an edited CSV updates the entry", async () => {
    edited = readCsv(exported);
    edited.find((r) => r.slug === "migrationsbuero")!.name = "Migrationsbüro Wilhelmshaven (Test)";
    const file = path.join(tmp, "edited.csv");
    fs.writeFileSync(file, writeCsv(edited));
    const r = ok(await cli(["import", "--tenant", "wilhelmshaven", file], env()));
    assert.match(r.stdout, new RegExp(`0 created, ${edited.length} updated`));
    // The export after the next test shows the new name.
  });

  test("import of a CSV with errors lists them per line, exits 1 and changes nothing", async () => {
    const data = structuredClone(edited);
    data[0]!.name = "Diese Änderung darf nicht ankommen";
    data[1]!.kind = "quatsch"; // line 3
    data[3]!.postcode = "123"; // line 5
    const file = path.join(tmp, "broken.csv");
    fs.writeFileSync(file, writeCsv(data));
    const r = await cli(["import", "--tenant", "wilhelmshaven", file], env());
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr, /2 Fehler – nichts wurde importiert/);
    assert.match(r.stderr, /Zeile 3, Spalte kind: Bitte wählen Sie einen der angebotenen Werte\./);
    assert.match(r.stderr, /Zeile 5, Spalte postcode: Bitte eine fünfstellige Postleitzahl eingeben\./);
    // The state after the good import: the new name, and nothing of this file.
    assert.deepEqual(readCsv(ok(await cli(["export", "--tenant", "wilhelmshaven"], env())).stdout), edited);
  });

  test("monitoring import: the Land's Open SDG folder for all; a municipality keeps its own area; a bad file exits 1 and writes nothing", async () => {
    const fixtures = path.join(root, "src/modules/strategy/fixtures/opensdg");
    const all = ok(await cli(["monitoring", "import", fixtures, "--tenant", "all"], env()));
    assert.match(all.stdout, /indicator_1-1\.csv: 106 figures imported into niedersachsen \(0 replaced/);
    assert.match(all.stderr, /3-2a: .*missing|metadata for indicator 3-2a/i);
    const again = ok(await cli(["monitoring", "import", path.join(fixtures, "data/indicator_1-1.csv"), "--tenant", "all"], env()));
    assert.match(again.stdout, /106 figures imported into niedersachsen \(106 replaced/);
    const own = ok(await cli(["monitoring", "import", path.join(fixtures, "data/indicator_1-1.csv"), "--tenant", "wilhelmshaven"], env()));
    assert.match(own.stdout, /27 figures imported into wilhelmshaven \(0 replaced, 79 of other areas left out/);
    const bad = path.join(tmp, "indicator_9-9.csv");
    fs.copyFileSync(path.join(fixtures, "malformed/non-numbers.csv"), bad);
    const r = await cli(["monitoring", "import", bad, "--tenant", "all"], env());
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr, /indicator_9-9\.csv: not imported/);
    assert.match(r.stderr, /line 2, Value: /);
    const counts = await withDb(dataDir, (db) => rows<{ key: string; n: number }>(db, sql`SELECT i.key, count(v.*)::int AS n FROM st_indicator i LEFT JOIN st_indicator_value v ON v.indicator_id = i.id GROUP BY i.key ORDER BY i.key`));
    assert.ok(!counts.some((c) => c.key === "9-9"), "nothing of the bad file");
    const usage = await cli(["monitoring", "import", fixtures], env());
    assert.equal(usage.code, 2, explain(usage));
  });

  let backup = "";
  let restored = "";

  test("backup and restore into a new data folder give the same data", async () => {
    backup = path.join(tmp, "backup.tar.gz");
    const b = ok(await cli(["backup", "--out", backup], env()));
    assert.equal(fs.readFileSync(backup).subarray(0, 2).toString("hex"), "1f8b", "gzip");
    restored = path.join(tmp, "restored");
    const r = ok(await cli(["restore", backup], { DATA_DIR: restored }));
    // Both print the counts of the database they read: tenants, users, dir_service rows.
    const contents = (out: string) => /Contents: (\d+) tenants, (\d+) users, (\d+) Wegweiser entries/.exec(out)?.slice(1).map(Number);
    assert.deepEqual(contents(r.stdout), contents(b.stdout));
    assert.ok(contents(b.stdout)![2]! > 50);
    const [after] = await withDb(restored, (db) =>
      rows<{ n: number; name: string }>(db, sql`SELECT (SELECT count(*) FROM dir_service)::int AS n, (SELECT name FROM dir_service WHERE slug = 'migrationsbuero') AS name`),
    );
    assert.equal(after!.n, contents(b.stdout)![2]);
    assert.equal(after!.name, "Migrationsbüro Wilhelmshaven (Test)");
  });

  test("restore refuses a data folder that holds data, unless --replace moves it aside", async () => {
    const r = await cli(["restore", backup], { DATA_DIR: restored });
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr, /already holds data.*--replace/);
    ok(await cli(["restore", "--replace", backup], { DATA_DIR: restored }));
    const aside = fs.readdirSync(tmp).filter((n) => n.startsWith("restored.before-restore-"));
    assert.equal(aside.length, 1);
    assert.ok(fs.existsSync(path.join(tmp, aside[0]!, "pg", "PG_VERSION")));
    assert.ok(fs.existsSync(path.join(restored, "pg", "PG_VERSION")));
    assert.deepEqual(fs.readdirSync(tmp).filter((n) => n.includes(".restoring-")), [], "no staging folder left behind");
  });

  test("backup and restore refuse a data folder in use", async () => {
    // A live process (this one) holds the lock, as a running server would.
    const lock = path.join(dataDir, "teilhabe.lock");
    fs.writeFileSync(lock, String(process.pid));
    try {
      const [b, r] = await Promise.all([cli(["backup", "--out", path.join(tmp, "locked.tar.gz")], env()), cli(["restore", "--replace", backup], env())]);
      assert.equal(b!.code, 1, explain(b!));
      assert.match(b!.stderr, /in use by process \d+.*\n.*Stop the server first/);
      assert.ok(!fs.existsSync(path.join(tmp, "locked.tar.gz")));
      assert.equal(r!.code, 1, explain(r!));
      assert.match(r!.stderr, /Stop the server first/);
      assert.deepEqual(fs.readdirSync(tmp).filter((n) => n.startsWith("data.")), [], "nothing moved aside");
      assert.equal(fs.readFileSync(lock, "utf8"), String(process.pid), "the lock is left alone");
    } finally {
      fs.rmSync(lock, { force: true });
    }
  });

  test("restore reports a file that is no backup", async () => {
    const junk = path.join(tmp, "junk.tar.gz");
    fs.writeFileSync(junk, "no backup");
    const r = await cli(["restore", junk], { DATA_DIR: path.join(tmp, "junk-target") });
    assert.equal(r.code, 1, explain(r));
    assert.match(r.stderr, /not a readable PGlite backup/);
    assert.deepEqual(fs.readdirSync(path.join(tmp, "junk-target")), []);
  });
});

const hasTool = (cmd: string) => {
  const r = spawnSync(cmd, ["--version"]);
  return !r.error && r.status === 0;
};
const skipPostgres = !serverUrl ? "TEST_DATABASE_URL is not set" : !hasTool("pg_dump") || !hasTool("pg_restore") ? "pg_dump/pg_restore not found" : false;

describe("teilhabe (PostgreSQL)", { skip: skipPostgres }, () => {
  const names = [0, 1].map(() => `teilhabe_cli_${crypto.randomBytes(6).toString("hex")}`);
  const urlOf = (name: string) => {
    const u = new URL(serverUrl!);
    u.pathname = `/${name}`;
    return u.toString();
  };
  let tmp: string;

  async function admin(query: string) {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(query);
    } finally {
      await c.end();
    }
  }

  async function facts(url: string) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const { rows: r } = await c.query<{ n: number; name: string }>(
        "SELECT (SELECT count(*) FROM dir_service)::int AS n, (SELECT name FROM dir_service WHERE slug = 'migrationsbuero') AS name",
      );
      return r[0];
    } finally {
      await c.end();
    }
  }

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "teilhabe-cli-pg-"));
    for (const name of names) await admin(`CREATE DATABASE ${name}`);
  });
  after(async () => {
    for (const name of names) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test("pg_dump backup and pg_restore into a fresh database", async () => {
    const [source, target] = names.map(urlOf) as [string, string];
    ok(await cli(["seed"], { DATABASE_URL: source }));
    const file = path.join(tmp, "backup.dump");
    ok(await cli(["backup", "--out", file], { DATABASE_URL: source }));
    assert.equal(fs.readFileSync(file).subarray(0, 5).toString(), "PGDMP");
    const r = ok(await cli(["restore", file], { DATABASE_URL: target }));
    assert.match(r.stdout, /5 tenants/);
    const [a, b] = [await facts(source), await facts(target)];
    assert.ok(a!.n > 50);
    assert.deepEqual(b, a);
    assert.equal(b!.name, "Migrationsbüro der Stadt Wilhelmshaven");

    const refused = await cli(["restore", file], { DATABASE_URL: source });
    assert.equal(refused.code, 1, explain(refused));
    assert.match(refused.stderr, /already holds \d+ tables.*--replace/);
  });
});
