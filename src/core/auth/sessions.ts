/**
 * Sessions live in the database, so any app process can serve any request.
 * The cookie carries a random token; the table keeps only its SHA-256.
 */
import crypto from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import type { Db, Executor } from "../db/index.ts";
import { rows } from "../db/index.ts";
import { sessions, users } from "../db/schema.ts";
import type { SessionUser } from "../../web/context.ts";

export const SESSION_COOKIE = "teilhabe_sid";
const TOUCH_AFTER_MS = 5 * 60_000;

const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("base64url");

export async function createSession(db: Executor, userId: string, days: number, via = "password"): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    csrfSecret: crypto.randomBytes(16).toString("base64url"),
    via,
    expiresAt: new Date(Date.now() + days * 86_400_000),
  });
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, userId));
  return token;
}

export interface LoadedSession {
  tokenHash: string;
  user: SessionUser;
}

export async function loadSession(db: Db, token: string): Promise<LoadedSession | null> {
  const tokenHash = sha256(token);
  const [row] = await rows<{
    user_id: string;
    email: string;
    display_name: string;
    platform_admin: boolean;
    last_seen_at: string | Date;
    memberships: { tenantId: string; tenantSlug: string; tenantName: string; role: string }[] | null;
  }>(
    db,
    sql`SELECT u.id AS user_id, u.email, u.display_name, u.platform_admin, s.last_seen_at,
          (SELECT json_agg(json_build_object('tenantId', t.id, 'tenantSlug', t.slug, 'tenantName', t.name, 'role', m.role) ORDER BY t.name)
             FROM membership m JOIN tenant t ON t.id = m.tenant_id WHERE m.user_id = u.id) AS memberships
        FROM session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = ${tokenHash} AND s.expires_at > now() AND u.disabled_at IS NULL`,
  );
  if (!row) return null;
  if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    tokenHash,
    user: {
      id: row.user_id,
      email: row.email,
      displayName: row.display_name,
      platformAdmin: row.platform_admin,
      memberships: row.memberships ?? [],
    },
  };
}

export async function destroySession(db: Db, token: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}

/** "Sign out everywhere": every session of the user, on every device. */
export async function destroyAllSessions(db: Executor, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Executor) {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
