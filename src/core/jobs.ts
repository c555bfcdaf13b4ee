/**
 * Scheduled jobs (retention, clean-up). Every app process runs the scheduler;
 * a PostgreSQL advisory lock per job and the job_run table make sure each job
 * runs once per interval across all processes.
 */
import crypto from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db, Executor } from "./db/index.ts";
import { rows } from "./db/index.ts";

export interface Job {
  name: string;
  everyMs: number;
  /** Runs inside the transaction that holds the job's lock. */
  run: (db: Executor) => Promise<string | void>;
}

const lockKey = (name: string) => crypto.createHash("sha1").update(`job:${name}`).digest().readInt32BE(0);

/** Runs `job` if it is due and no other process holds it; returns whether it ran. */
export async function runIfDue(db: Db, job: Job, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [lock] = await rows<{ ok: boolean }>(tx, sql`SELECT pg_try_advisory_xact_lock(${lockKey(job.name)}) AS ok`);
    if (!lock?.ok) return false;
    const due = new Date(now.getTime() - job.everyMs);
    const [state] = await rows<{ last_started_at: Date | string | null }>(tx, sql`SELECT last_started_at FROM job_run WHERE name = ${job.name}`);
    if (state?.last_started_at && new Date(state.last_started_at) > due) return false;
    await tx.execute(sql`INSERT INTO job_run (name, last_started_at, runs) VALUES (${job.name}, ${now}, 1)
      ON CONFLICT (name) DO UPDATE SET last_started_at = excluded.last_started_at, runs = job_run.runs + 1`);
    let result: string;
    try {
      // A savepoint, so a failing job leaves the bookkeeping below intact.
      result = (await tx.transaction((sp) => job.run(sp))) ?? "ok";
    } catch (err) {
      result = `error: ${(err as Error).message}`;
    }
    await tx.execute(sql`UPDATE job_run SET last_finished_at = now(), last_result = ${result} WHERE name = ${job.name}`);
    return true;
  });
}

export function startScheduler(db: Db, jobs: Job[], tickMs = 60_000, log: (msg: string) => void = () => {}) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      for (const job of jobs) {
        if (stopped) return;
        try {
          if (await runIfDue(db, job)) log(`job ${job.name} ran`);
        } catch (err) {
          log(`job ${job.name} failed: ${(err as Error).message}`);
        }
      }
    })();
  };
  const timer = setInterval(tick, tickMs);
  timer.unref();
  setTimeout(tick, 1_000).unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
