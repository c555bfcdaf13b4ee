import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "./db/index.ts";
import { settings } from "./db/schema.ts";

/** A secret shared by all app processes (cookie signing), made once and kept in the database. */
export async function sharedSecret(db: Db, name: string): Promise<string> {
  const key = `secret:${name}`;
  await db.insert(settings).values({ key, value: crypto.randomBytes(32).toString("base64url") }).onConflictDoNothing();
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  return row!.value;
}
