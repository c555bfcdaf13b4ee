/**
 * Sign-in throttling kept in the database, so it holds across app processes:
 * at most MAX_PER_ACCOUNT failures per account and MAX_PER_ADDRESS per client
 * address within WINDOW.
 */
import { eq, lt, sql } from "drizzle-orm";
import type { Db, Executor } from "../db/index.ts";
import { rows } from "../db/index.ts";
import { signInAttempts } from "../db/schema.ts";

export const WINDOW_MS = 15 * 60_000;
export const MAX_PER_ACCOUNT = 5;
export const MAX_PER_ADDRESS = 30;

const keys = (email: string, ip: string) => ({ account: `account:${email.toLowerCase()}`, address: `address:${ip}` });

export async function isThrottled(db: Db, email: string, ip: string): Promise<boolean> {
  const k = keys(email, ip);
  const since = new Date(Date.now() - WINDOW_MS);
  const counts = await rows<{ key: string; n: number }>(
    db,
    sql`SELECT key, count(*)::int AS n FROM sign_in_attempt WHERE key IN (${k.account}, ${k.address}) AND at > ${since} GROUP BY key`,
  );
  const n = (key: string) => counts.find((c) => c.key === key)?.n ?? 0;
  return n(k.account) >= MAX_PER_ACCOUNT || n(k.address) >= MAX_PER_ADDRESS;
}

export async function recordFailure(db: Db, email: string, ip: string) {
  const k = keys(email, ip);
  await db.insert(signInAttempts).values([{ key: k.account }, { key: k.address }]);
}

export async function clearFailures(db: Db, email: string) {
  await db.delete(signInAttempts).where(eq(signInAttempts.key, keys(email, "").account));
}

export async function deleteOldAttempts(db: Executor) {
  await db.delete(signInAttempts).where(lt(signInAttempts.at, new Date(Date.now() - WINDOW_MS)));
}

/** Generic throttle for other sensitive actions (e.g. password-reset requests): count events per key in the window. */
export async function countRecent(db: Db, key: string): Promise<number> {
  const [r] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM sign_in_attempt WHERE key = ${key} AND at > ${new Date(Date.now() - WINDOW_MS)}`);
  return r?.n ?? 0;
}

export async function recordEvent(db: Db, key: string) {
  await db.insert(signInAttempts).values({ key });
}
