/**
 * The database: embedded PGlite in DATA_DIR by default, a PostgreSQL server
 * when DATABASE_URL is set. Both speak the same SQL through Drizzle; the
 * migrations in /migrations are applied at start, under an advisory lock so
 * several processes may start at once.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";

export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A database handle or an open transaction: services accept either. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../migrations");

/** Arbitrary, fixed key of the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 727_001;

/** PGlite's defaults without "-F": fsync stays on, so an acknowledged write survives a hard kill. */
const PGLITE_START_PARAMS = [
  "--single", "-O", "-j",
  "-c", "search_path=public",
  "-c", "exit_on_error=false",
  "-c", "log_checkpoints=false",
  "-c", "max_worker_processes=0",
  "-c", "max_parallel_workers=0",
  "-c", "max_parallel_workers_per_gather=0",
  "-c", "io_method=sync",
  "-c", "max_parallel_maintenance_workers=0",
];

export async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; migrate?: boolean }): Promise<Database> {
  const database = opts.databaseUrl ? await openPostgres(opts.databaseUrl) : await openPglite(opts.dataDir);
  if (opts.migrate !== false) {
    try {
      await migrate(database, opts.databaseUrl);
    } catch (err) {
      await database.close();
      throw err;
    }
  }
  return database;
}

async function openPostgres(url: string): Promise<Database> {
  const pg = (await import("pg")).default;
  const { drizzle } = await import("drizzle-orm/node-postgres");
  // No JIT (a startup parameter, so it costs no round trip; a connection string's own `options`
  // win): the app's statements are short, and a search whose estimated cost passed
  // jit_above_cost spent 50–90 ms compiling for 5 ms of work (docs/benchmarks.md).
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10), options: "-c jit=off" });
  // An idle connection that the server closes (restart, failover, DROP DATABASE … FORCE) is
  // dropped from the pool; without a listener node-postgres would crash the process.
  pool.on("error", (err) => console.error(`database connection lost: ${err.message}`));
  const db = drizzle(pool) as unknown as Db;
  return { db, kind: "postgres", close: () => pool.end() };
}

export const LOCK_FILE = "teilhabe.lock";

/** The PostgreSQL extensions the migrations create, as PGlite modules. */
export async function pgliteExtensions() {
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const { btree_gist } = await import("@electric-sql/pglite/contrib/btree_gist");
  return { pg_trgm, unaccent, btree_gist };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let releaseLock = () => {};
  let pgDir: string | undefined;
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    releaseLock = acquireLock(path.join(dataDir, LOCK_FILE));
    pgDir = path.join(dataDir, "pg");
  }
  try {
    const client = await PGlite.create({
      dataDir: pgDir,
      extensions: await pgliteExtensions(),
      startParams: pgDir ? PGLITE_START_PARAMS : undefined,
    });
    const db = drizzle(client) as unknown as Db;
    let closed = false;
    return {
      db,
      kind: "pglite",
      close: async () => {
        if (closed) return;
        closed = true;
        try {
          await client.close();
        } finally {
          releaseLock();
        }
      },
    };
  } catch (err) {
    releaseLock();
    throw err;
  }
}

export class DataDirLockedError extends Error {
  constructor(lockFile: string, pid: number) {
    super(`The data folder is in use by process ${pid} (${lockFile}). Stop that process first, or set DATA_DIR to another folder.`);
  }
}

/** A lock file holding our pid; a stale one (its process gone) is taken over. Returns the release function. */
export function acquireLock(lockFile: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return () => {
        try {
          if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(fs.readFileSync(lockFile, "utf8"));
      if (pid && pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(lockFile, pid);
      fs.unlinkSync(lockFile);
    }
  }
  throw new Error(`Could not take the lock ${lockFile}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Runs `fn` while holding a PostgreSQL advisory lock on a connection of its
 * own, so processes starting together take turns. PGlite needs none: its data
 * folder has a single process (lock file).
 */
export async function withAdvisoryLock<T>(databaseUrl: string | undefined, key: number, fn: () => Promise<T>): Promise<T> {
  if (!databaseUrl) return fn();
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [key]);
    return await fn();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [key]).catch(() => {});
    await client.end();
  }
}

async function migrate(database: Database, url: string | undefined) {
  if (database.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(database.db as never, { migrationsFolder });
    return;
  }
  // One connection holds the advisory lock and runs the migrations.
  const pg = (await import("pg")).default;
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
