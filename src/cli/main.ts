/**
 * `teilhabe`: the operator's command for an installation — migrations, demo
 * data, accounts, Wegweiser export and import, backup and restore. It reads
 * the same environment as the server (DATA_DIR or DATABASE_URL, see
 * core/config.ts). Exit codes: 0 done, 1 failed, 2 usage error.
 *
 * PGlite serves one process per data folder: commands that open the folder
 * fail while the server runs on it (the lock file in DATA_DIR).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { PGlite } from "@electric-sql/pglite";
import { eq, sql } from "drizzle-orm";
import pg from "pg";
import { z } from "zod";
import { loadConfig, type Config } from "../core/config.ts";
import { acquireLock, DataDirLockedError, LOCK_FILE, migrationsFolder, openDatabase, pgliteExtensions, rows, type Database, type Db } from "../core/db/index.ts";
import { memberships, passwordResets, role, users } from "../core/db/schema.ts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../core/auth/password.ts";
import { clearFailures } from "../core/auth/rate-limit.ts";
import { destroyAllSessions } from "../core/auth/sessions.ts";
import { audit, diff, systemActor } from "../core/audit.ts";
import { findTenant, listTenants } from "../core/tenancy.ts";
import { translate } from "../core/i18n.ts";

/** Wrong arguments: exit code 2 and a pointer to the usage text. */
class UsageError extends Error {}
/** A failure with a message for the operator (no stack trace): exit code 1. */
class CliError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;

interface Command {
  usage: string;
  summary: string;
  run(args: string[], config: Config): Promise<void>;
}

const actor = systemActor("cli");

// ---------------------------------------------------------------- output

function write(stream: NodeJS.WriteStream, text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (err) => (err ? reject(err) : resolve())));
}
const out = (line = "") => write(process.stdout, `${line}\n`);
const err = (line = "") => write(process.stderr, `${line}\n`);

// ---------------------------------------------------------------- helpers

function parse<const O extends Options>(args: string[], options: O, maxPositionals = 0) {
  let result;
  try {
    result = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    if (typeof (e as { code?: unknown }).code === "string" && (e as { code: string }).code.startsWith("ERR_PARSE_ARGS")) {
      throw new UsageError((e as Error).message);
    }
    throw e;
  }
  if (result.positionals.length > maxPositionals) throw new UsageError(`Unexpected argument: ${result.positionals[maxPositionals]}`);
  return result;
}

function required<T>(value: T | undefined, option: string): T {
  if (value === undefined || value === "") throw new UsageError(`--${option} is required`);
  return value;
}

/** Where the data lives, without a password. */
function where(config: Config): string {
  if (!config.databaseUrl) return `PGlite in ${config.dataDir}`;
  const u = new URL(config.databaseUrl);
  u.password = "";
  return `PostgreSQL ${u.host}${u.pathname}`;
}

/** For commands that read a tenant's data: no new, empty PGlite database in a mistyped DATA_DIR. */
function requireExistingDatabase(config: Config) {
  if (!config.databaseUrl && !hasPgliteData(config.dataDir)) {
    throw new CliError(`There is no database in ${config.dataDir} (DATA_DIR). Set DATA_DIR to the server's data folder, or create one with \`teilhabe migrate\`.`);
  }
}

async function withDatabase<T>(config: Config, fn: (database: Database) => Promise<T>, opts: { migrate?: boolean } = {}): Promise<T> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrate: opts.migrate });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function tenantBySlug(db: Db, slug: string) {
  const tenant = await findTenant(db, slug);
  if (!tenant) {
    const known = (await listTenants(db)).map((t) => t.slug).sort();
    throw new CliError(`Unknown tenant "${slug}". ${known.length ? `Known tenants: ${known.join(", ")}` : "The database holds no tenant yet."}`);
  }
  return tenant;
}

interface State {
  migrations: { applied: number; known: number; latest?: string };
  tenants: number;
  users: number;
  services: number;
}

/** Applied migrations (matched to the journal) and a few counts; null where a table is missing. */
async function state(db: Db): Promise<State | null> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8")) as { entries: { tag: string; when: number }[] };
  try {
    const applied = await rows<{ created_at: string }>(db, sql`SELECT created_at::text AS created_at FROM drizzle.__drizzle_migrations`);
    const when = new Set(applied.map((r) => Number(r.created_at)));
    const latest = [...journal.entries].reverse().find((e) => when.has(e.when))?.tag;
    const [counts] = await rows<{ tenants: number; users: number; services: number }>(
      db,
      sql`SELECT (SELECT count(*) FROM tenant)::int AS tenants, (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM dir_service)::int AS services`,
    );
    return { migrations: { applied: applied.length, known: journal.entries.length, latest }, tenants: counts?.tenants ?? 0, users: counts?.users ?? 0, services: counts?.services ?? 0 };
  } catch {
    return null;
  }
}

async function printState(s: State | null) {
  if (!s) {
    await out("Schema: not a Teilhabe database (tables missing); the server applies the migrations at start.");
    return;
  }
  const m = s.migrations;
  const newer = m.applied > m.known ? " — the database is newer than this version of Teilhabe" : "";
  await out(`Migrations: ${m.applied} of ${m.known} applied${m.latest ? ` (latest: ${m.latest})` : ""}${newer}`);
  await out(`Contents: ${s.tenants} tenants, ${s.users} users, ${s.services} Wegweiser entries`);
}

// ---------------------------------------------------------------- migrate, seed

async function migrateCommand(args: string[], config: Config) {
  parse(args, {});
  await withDatabase(config, async ({ db }) => {
    await out(`Database: ${where(config)}`);
    const s = await state(db);
    await printState(s);
    if (s && s.tenants === 0) await out("The database is empty: `teilhabe seed` loads the demo data, `teilhabe create-user` adds an account.");
  });
}

async function seedCommand(args: string[], config: Config) {
  parse(args, {});
  const { DEMO_ADMIN, DEMO_PASSWORD, isEmpty, seedDemo } = await import("../demo.ts");
  await withDatabase(config, async ({ db }) => {
    if (!(await isEmpty(db))) {
      const [r] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM tenant`);
      throw new CliError(`The database (${where(config)}) already holds ${r?.n ?? "some"} tenants: the demo data is loaded only into an empty database. Nothing was changed.`);
    }
    await out(`Loading the demo data into ${where(config)} …`);
    await seedDemo(db, (line) => void out(`  ${line}`));
    await out(`Done. Sign in as ${DEMO_ADMIN} (or leitung@<tenant>.teilhabe.example, team@<tenant>.teilhabe.example) with the password "${DEMO_PASSWORD}".`);
  });
}

// ---------------------------------------------------------------- create-user

const CreateUserInput = z
  .object({
    email: z.string().trim().toLowerCase().max(320).pipe(z.email({ error: "not a valid e-mail address" })),
    name: z.string().trim().min(1, { error: "must not be empty" }).max(200).optional(),
    password: z.string().min(MIN_PASSWORD_LENGTH, { error: `must have at least ${MIN_PASSWORD_LENGTH} characters` }).max(1024).optional(),
    tenant: z.string().trim().min(1).optional(),
    role: z.enum(role.enumValues, { error: `must be one of ${role.enumValues.join(", ")}` }).optional(),
    platformAdmin: z.boolean(),
  })
  .refine((v) => (v.tenant === undefined) === (v.role === undefined), { error: "--tenant and --role go together", path: ["role"] });

/** The first line of standard input (a trailing CR is dropped, nothing else). */
async function readFirstLine(): Promise<string> {
  if (process.stdin.isTTY) await err("Password (then Enter):");
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of rl) return line.replace(/\r$/, "");
    return "";
  } finally {
    rl.close();
  }
}

async function createUserCommand(args: string[], config: Config) {
  const { values } = parse(args, {
    email: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
    "password-stdin": { type: "boolean" },
    tenant: { type: "string" },
    role: { type: "string" },
    "platform-admin": { type: "boolean" },
  });
  required(values.email, "email");
  if (values.password !== undefined && values["password-stdin"]) throw new UsageError("Give either --password or --password-stdin, not both");
  const password = values["password-stdin"] ? await readFirstLine() : values.password;
  const parsed = CreateUserInput.safeParse({
    email: values.email,
    name: values.name,
    password,
    tenant: values.tenant,
    role: values.role,
    platformAdmin: values["platform-admin"] ?? false,
  });
  if (!parsed.success) {
    const option = (p: PropertyKey | undefined) => (p === "platformAdmin" ? "platform-admin" : String(p ?? "input"));
    throw new UsageError(parsed.error.issues.map((i) => `--${option(i.path[0])}: ${i.message}`).join("; "));
  }
  const input = parsed.data;
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;

  await withDatabase(config, async ({ db }) => {
    const tenant = input.tenant ? await tenantBySlug(db, input.tenant) : undefined;
    const result = await db.transaction(async (tx) => {
      const [before] = await tx.select().from(users).where(eq(users.email, input.email));
      let user: typeof users.$inferSelect | undefined;
      let changes: Record<string, unknown>;
      if (before) {
        const patch = {
          ...(input.name !== undefined ? { displayName: input.name } : {}),
          ...(passwordHash !== undefined ? { passwordHash } : {}),
          ...(input.platformAdmin ? { platformAdmin: true } : {}),
        };
        [user] = Object.keys(patch).length ? await tx.update(users).set(patch).where(eq(users.id, before.id)).returning() : [before];
        const { passwordHash: _hash, ...visible } = patch;
        if (passwordHash !== undefined) {
          // As after a reset by link: the old password's sessions and pending links end.
          await destroyAllSessions(tx, before.id);
          await tx.delete(passwordResets).where(eq(passwordResets.userId, before.id));
        }
        changes = { ...diff(before, visible), ...(passwordHash !== undefined ? { password: "changed" } : {}) };
      } else {
        if (input.name === undefined) throw new UsageError("--name is required for a new user");
        [user] = await tx
          .insert(users)
          .values({ email: input.email, displayName: input.name, passwordHash: passwordHash ?? null, platformAdmin: input.platformAdmin })
          .returning();
        changes = { email: input.email, displayName: input.name, platformAdmin: input.platformAdmin, password: passwordHash ? "set" : "none (single sign-on only)" };
      }
      let membershipAdded = false;
      if (tenant && input.role) {
        const added = await tx
          .insert(memberships)
          .values({ userId: user!.id, tenantId: tenant.id, role: input.role })
          .onConflictDoNothing()
          .returning({ userId: memberships.userId });
        membershipAdded = added.length > 0;
        if (membershipAdded) changes.membership = { tenant: tenant.slug, role: input.role };
      }
      if (!before || Object.keys(changes).length) {
        await audit(tx, { tenantId: tenant?.id ?? null, actor, action: before ? "update" : "create", entity: "user", entityId: user!.id, changes });
      }
      return { user: user!, created: !before, changes, membershipAdded };
    });
    if (passwordHash !== undefined) await clearFailures(db, input.email);

    const u = result.user;
    await out(`${result.created ? "Created" : Object.keys(result.changes).length ? "Updated" : "Unchanged:"} user ${u.email} (${u.displayName}, id ${u.id})`);
    if (u.platformAdmin) await out("  platform administrator");
    if (passwordHash) await out(result.created ? "  password set" : "  password changed, signed out everywhere");
    if (tenant && input.role) await out(`  ${input.role} in ${tenant.slug}${result.membershipAdded ? "" : " (already a member in this role)"}`);
    if (!u.passwordHash) {
      await out(`  no password: this account can sign in only through single sign-on${config.oidc ? "" : " (not configured: set OIDC_ISSUER and OIDC_CLIENT_ID)"}`);
    }
    if (u.disabledAt) await out("  note: this account is disabled");
  });
}

// ---------------------------------------------------------------- export, import

async function exportCommand(args: string[], config: Config) {
  const { values } = parse(args, { tenant: { type: "string" }, format: { type: "string" }, out: { type: "string" } });
  const slug = required(values.tenant, "tenant");
  const format = values.format ?? (values.out?.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv");
  if (format !== "csv" && format !== "xlsx") throw new UsageError(`--format must be csv or xlsx, not "${format}"`);
  if (format === "xlsx" && !values.out) throw new UsageError("--format xlsx needs --out FILE");
  requireExistingDatabase(config);
  const { exportRows, toCsv, toXlsx } = await import("../modules/directory/io.ts");
  await withDatabase(config, async ({ db }) => {
    const tenant = await tenantBySlug(db, slug);
    const data = await exportRows(db, tenant.id);
    const content = format === "csv" ? toCsv(data) : await toXlsx(data, "Wegweiser");
    if (!values.out) {
      await write(process.stdout, content);
      return;
    }
    writeAtomically(values.out, content);
    await out(`Exported ${data.length} Wegweiser entries of ${tenant.slug} to ${values.out}`);
  });
}


async function importCommand(args: string[], config: Config) {
  const { values, positionals } = parse(args, { tenant: { type: "string" } }, 1);
  const slug = required(values.tenant, "tenant");
  const file = positionals[0];
  if (!file) throw new UsageError("The CSV file is missing: teilhabe import --tenant SLUG FILE");
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(`Cannot read ${file}: ${(e as Error).message}`);
  }
  requireExistingDatabase(config);
  const { importCsv } = await import("../modules/directory/io.ts");
  await withDatabase(config, async ({ db }) => {
    const tenant = await tenantBySlug(db, slug);
    const result = text.trim()
      ? await importCsv(db, { tenant, actor }, text)
      : { created: 0, updated: 0, errors: [{ line: 0, field: "file", key: "import.empty" }] };
    if (result.errors.length) {
      await err(translate("de", "admin.import.failed", { count: result.errors.length }));
      for (const e of result.errors) {
        const at = e.line > 0 ? `${translate("de", "admin.import.line")} ${e.line}` : "Datei";
        const col = ["file", "header", "_row"].includes(e.field) ? "" : `, ${translate("de", "admin.import.column")} ${e.field}`;
        await err(`  ${at}${col}: ${translate("de", e.key, e.values)}`);
      }
      throw new CliError(`Nothing was imported into ${tenant.slug}.`);
    }
    await out(`Imported into ${tenant.slug}: ${result.created} created, ${result.updated} updated.`);
  });
}

// ---------------------------------------------------------------- backup, restore

function writeAtomically(file: string, content: string | Uint8Array) {
  const tmp = `${file}.partial-${process.pid}`;
  try {
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new CliError(`Cannot write ${file}: ${(e as Error).message}`);
  }
}

/** A libpq target for pg_dump/pg_restore; the password goes through the environment, not the process list. */
function libpq(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(databaseUrl);
  const env = { ...process.env };
  if (u.password) {
    env.PGPASSWORD = decodeURIComponent(u.password);
    u.password = "";
  }
  return { dbname: u.toString(), env };
}

function runTool(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", (e) => {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") {
        reject(new CliError(`${cmd} was not found. Install the PostgreSQL client tools (the server's major version or newer) and put ${cmd} on the PATH.`));
      } else reject(e);
    });
    child.on("close", (code, signal) => {
      if (code === 0) resolve();
      else reject(new CliError(`${cmd} failed (${signal ? `signal ${signal}` : `exit code ${code}`}); see its messages above.`));
    });
  });
}

const hasPgliteData = (dataDir: string) => fs.existsSync(path.join(dataDir, "pg", "PG_VERSION"));

async function backupCommand(args: string[], config: Config) {
  const { values } = parse(args, { out: { type: "string" } });
  const file = path.resolve(required(values.out, "out"));
  if (config.databaseUrl) {
    const { dbname, env } = libpq(config.databaseUrl);
    await withDatabase(config, async ({ db }) => printState(await state(db)), { migrate: false });
    const tmp = `${file}.partial-${process.pid}`;
    try {
      await runTool("pg_dump", ["--format=custom", `--file=${tmp}`, `--dbname=${dbname}`], env);
      fs.renameSync(tmp, file);
    } finally {
      fs.rmSync(tmp, { force: true });
    }
    await out(`Backup of ${where(config)} written to ${file} (${fs.statSync(file).size} bytes; restore with pg_restore or \`teilhabe restore\`).`);
    return;
  }
  requireExistingDatabase(config);
  // Not migrated: the backup holds the data as it is. The lock keeps the server out meanwhile.
  await withDatabase(
    config,
    async ({ db }) => {
      const client = (db as unknown as { $client: PGlite }).$client;
      await printState(await state(db));
      await client.query("CHECKPOINT");
      const blob = await client.dumpDataDir("gzip");
      writeAtomically(file, new Uint8Array(await blob.arrayBuffer()));
    },
    { migrate: false },
  );
  await out(`Backup of ${where(config)} written to ${file} (${fs.statSync(file).size} bytes).`);
}

async function restoreCommand(args: string[], config: Config) {
  const { values, positionals } = parse(args, { replace: { type: "boolean" } }, 1);
  const given = positionals[0];
  if (!given) throw new UsageError("The backup file is missing: teilhabe restore [--replace] FILE");
  const file = path.resolve(given);
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new CliError(`No backup file at ${file}`);
  if (config.databaseUrl) await restorePostgres(config.databaseUrl, file, values.replace ?? false, config);
  else await restorePglite(config.dataDir, file, values.replace ?? false);
}

async function restorePostgres(databaseUrl: string, file: string, replace: boolean, config: Config) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: r } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND s.nspname NOT IN ('pg_catalog', 'information_schema') AND s.nspname NOT LIKE 'pg\\_toast%'`,
    );
    if ((r[0]?.n ?? 0) > 0 && !replace) {
      throw new CliError(`The database ${where(config)} already holds ${r[0]!.n} tables. Restore with --replace to overwrite them (pg_restore --clean), or into an empty database.`);
    }
  } finally {
    await client.end();
  }
  const { dbname, env } = libpq(databaseUrl);
  await runTool("pg_restore", ["--clean", "--if-exists", "--no-owner", `--dbname=${dbname}`, file], env);
  await withDatabase(config, async ({ db }) => printState(await state(db)), { migrate: false });
  await out(`Restored ${file} into ${where(config)}.`);
}

const timestamp = () => new Date().toISOString().replace(/[:.]/g, "-");

async function restorePglite(dataDir: string, file: string, replace: boolean) {
  fs.mkdirSync(dataDir, { recursive: true });
  const release = acquireLock(path.join(dataDir, LOCK_FILE));
  const staging = `${dataDir}.restoring-${process.pid}`;
  try {
    const existing = fs.readdirSync(dataDir).filter((n) => n !== LOCK_FILE);
    if (existing.length && !replace) {
      throw new CliError(`${dataDir} (DATA_DIR) already holds data. Restore with --replace to move it aside to ${path.basename(dataDir)}.before-restore-<timestamp>, or set DATA_DIR to an empty folder.`);
    }
    // Load the backup into a folder next to DATA_DIR first: a broken file leaves DATA_DIR as it was.
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging);
    const restored = await loadPgliteBackup(file, path.join(staging, "pg"));
    let aside: string | undefined;
    if (existing.length) {
      aside = `${dataDir}.before-restore-${timestamp()}`;
      fs.mkdirSync(aside);
      for (const name of existing) fs.renameSync(path.join(dataDir, name), path.join(aside, name));
    }
    fs.renameSync(path.join(staging, "pg"), path.join(dataDir, "pg"));
    await printState(restored);
    await out(`Restored ${file} into ${dataDir}.${aside ? ` The previous contents are in ${aside}.` : ""}`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    release();
  }
}

async function loadPgliteBackup(file: string, pgDir: string): Promise<State | null> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let client;
  try {
    client = await PGlite.create({ dataDir: pgDir, loadDataDir: new Blob([fs.readFileSync(file)]), extensions: await pgliteExtensions() });
    await client.query("SELECT 1");
  } catch (e) {
    await client?.close().catch(() => {});
    throw new CliError(`${file} is not a readable PGlite backup (made by \`teilhabe backup\`): ${(e as Error).message ?? e}`);
  }
  try {
    return await state(drizzle(client) as unknown as Db);
  } finally {
    await client.close();
  }
}

// ---------------------------------------------------------------- monitoring

/**
 * `monitoring import PATH… --tenant SLUG|all`: the Land's Open SDG files (a checkout of its data
 * repository, a folder of CSVs, or single files). `all` imports for the Land: every area's figures,
 * seen by all its municipalities; a municipality's slug keeps only the figures of its own area.
 */
async function monitoringCommand(args: string[], config: Config) {
  const [sub, ...rest] = args;
  if (sub !== "import") throw new UsageError("Unknown monitoring command: use `teilhabe monitoring import PATH… --tenant SLUG|all`");
  const { values, positionals } = parse(rest, { tenant: { type: "string" } }, 1000);
  const slug = required(values.tenant, "tenant");
  if (positionals.length === 0) throw new UsageError("The folder or files are missing: teilhabe monitoring import PATH… --tenant SLUG|all");
  requireExistingDatabase(config);
  const { parseOpenSdgFiles, readOpenSdgFolder } = await import("../modules/strategy/opensdg.ts");
  const { agsOf, geoCodeCheck, importOpenSdg } = await import("../modules/strategy/monitoring.ts");
  await withDatabase(config, async ({ db }) => {
    let owner;
    if (slug === "all") {
      const lands = (await listTenants(db)).filter((t) => t.kind === "state");
      if (lands.length !== 1) throw new CliError(lands.length ? `Several Land tenants (${lands.map((l) => l.slug).join(", ")}): name one with --tenant.` : "There is no Land tenant to import for.");
      owner = lands[0]!;
    } else owner = await tenantBySlug(db, slug);
    const landAgs = owner.kind === "state" ? await agsOf(db, owner.id) : owner.parentId ? await agsOf(db, owner.parentId) : null;
    const opts = { knownGeoCodes: geoCodeCheck(landAgs) };
    const parts = [];
    const singles: { name: string; text: string }[] = [];
    for (const p of positionals) {
      let stat;
      try {
        stat = fs.statSync(p);
      } catch (e) {
        throw new CliError(`Cannot read ${p}: ${(e as Error).message}`);
      }
      if (stat.isDirectory()) parts.push(await readOpenSdgFolder(p, opts));
      else singles.push({ name: p, text: fs.readFileSync(p, "utf8") });
    }
    if (singles.length) parts.push(parseOpenSdgFiles(singles, opts));
    if (parts.every((p) => p.files.length === 0)) {
      for (const p of parts.flatMap((x) => x.problems)) await err(`${p.file}: ${p.severity}: ${translate("en", `strategy.import.error.${p.code}`, p.values)}`);
      throw new CliError("No indicator data file found (data/indicator_<id>.csv): nothing was imported.");
    }
    let failed = 0;
    for (const parsed of parts) {
      const report = await importOpenSdg(db, owner, actor, parsed);
      for (const f of report.files) {
        if (f.errors.length) {
          failed++;
          await err(`${f.file}: not imported, ${f.errors.length} error(s):`);
          for (const e of f.errors.slice(0, 50)) await err(`  ${e.line ? `line ${e.line}` : "file"}${e.column ? `, ${e.column}` : ""}: ${translate("en", `strategy.import.error.${e.code}`, e.values)}`);
        } else await out(`${f.file}: ${f.imported} figures imported into ${owner.slug} (${f.replaced} replaced, ${f.skipped} of other areas left out, ${f.empty} empty)`);
      }
      for (const p of report.problems) await err(`${p.file}: ${p.severity}: ${translate("en", `strategy.import.error.${p.code}`, p.values)}`);
    }
    if (failed) throw new CliError(`${failed} file(s) had errors and were not imported; the others were.`);
  });
}

// ---------------------------------------------------------------- dispatch

const commands: Record<string, Command> = {
  migrate: { usage: "migrate", summary: "Apply the database migrations and show the state.", run: migrateCommand },
  seed: { usage: "seed", summary: "Load the demo tenants, Wegweiser and accounts into an empty database.", run: seedCommand },
  "create-user": {
    usage: `create-user --email E [--name N] [--password P | --password-stdin]\n              [--tenant SLUG --role ${role.enumValues.join("|")}] [--platform-admin]`,
    summary: `Create an account or update it (name, password, platform admin, one more membership). Passwords need ${MIN_PASSWORD_LENGTH} characters or more; --name is required for a new account; without a password the account signs in only through single sign-on. Prefer --password-stdin: --password shows in the process list and shell history.`,
    run: createUserCommand,
  },
  export: {
    usage: "export --tenant SLUG [--format csv|xlsx] [--out FILE]",
    summary: "Export the tenant's Wegweiser; CSV goes to standard output without --out.",
    run: exportCommand,
  },
  import: {
    usage: "import --tenant SLUG FILE",
    summary: "Import a CSV file in the export's format: known slugs update, others create entries. All or nothing; errors are listed per line.",
    run: importCommand,
  },
  monitoring: {
    usage: "monitoring import PATH... --tenant SLUG|all",
    summary: "Import the Land's integration monitoring (Open SDG: data/indicator_*.csv, meta/*.md, translations/de/*.yml) from folders or files. --tenant all imports for the Land (every area, seen by all its municipalities); a municipality keeps only its own area's figures. Each file all or nothing; importing a file again replaces its figures.",
    run: monitoringCommand,
  },
  backup: {
    usage: "backup --out FILE",
    summary: "PGlite: a snapshot of DATA_DIR (.tar.gz), the server must be stopped. PostgreSQL: pg_dump --format=custom of DATABASE_URL.",
    run: backupCommand,
  },
  restore: {
    usage: "restore [--replace] FILE",
    summary: "PGlite: load a backup into DATA_DIR (the server must be stopped); --replace moves existing data aside to <DATA_DIR>.before-restore-<timestamp>. PostgreSQL: pg_restore into DATABASE_URL; --replace is needed when the database holds tables.",
    run: restoreCommand,
  },
  help: { usage: "help [COMMAND]", summary: "Show this text, or one command's.", run: async () => {} },
};

function usage(only?: string): string {
  if (only && commands[only]) return `Usage: teilhabe ${commands[only].usage}\n\n${commands[only].summary}\n`;
  const lines = Object.values(commands).map((c) => `  teilhabe ${c.usage}\n      ${c.summary}`);
  return [
    "Usage: teilhabe COMMAND [OPTIONS]",
    "",
    ...lines,
    "",
    "The database is PGlite in DATA_DIR (default ./data) or the PostgreSQL server named by DATABASE_URL.",
    "Exit codes: 0 done, 1 failed, 2 usage error.",
    "",
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    if (args[0] && !commands[args[0]]) {
      await err(`Unknown command: ${args[0]}\n`);
      await err(usage());
      return 2;
    }
    await write(process.stdout, usage(args[0]));
    return 0;
  }
  const command = commands[name];
  if (!command) {
    await err(`Unknown command: ${name}\n`);
    await err(usage());
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    await write(process.stdout, usage(name));
    return 0;
  }
  try {
    await command.run(args, loadConfig());
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      await err(`teilhabe ${name}: ${e.message}`);
      await err(`Usage: teilhabe ${command.usage}`);
      return 2;
    }
    if (e instanceof DataDirLockedError) {
      await err(`teilhabe ${name}: ${e.message}`);
      await err("Stop the server first: PGlite serves one process per data folder.");
      return 1;
    }
    if (e instanceof CliError) {
      await err(`teilhabe ${name}: ${e.message}`);
      return 1;
    }
    await err(`teilhabe ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
