/**
 * "Forgot your password": a one-hour, one-time link by mail. The answer is the
 * same whether or not the address has an account, so it reveals nothing.
 */
import crypto from "node:crypto";
import { eq, lt, sql } from "drizzle-orm";
import type { Config } from "../config.ts";
import type { Db, Executor } from "../db/index.ts";
import { passwordResets, users } from "../db/schema.ts";
import { audit } from "../audit.ts";
import { queueMail } from "../mail.ts";
import { translate, type Locale } from "../i18n.ts";
import { hashPassword } from "./password.ts";
import { destroyAllSessions } from "./sessions.ts";

const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("base64url");
const VALID_MS = 60 * 60_000;

export async function requestReset(db: Db, config: Config, email: string, lang: Locale) {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  if (!user || user.disabledAt) return;
  const token = crypto.randomBytes(32).toString("base64url");
  await db.transaction(async (tx) => {
    await tx.delete(passwordResets).where(eq(passwordResets.userId, user.id));
    await tx.insert(passwordResets).values({ tokenHash: sha256(token), userId: user.id, expiresAt: new Date(Date.now() + VALID_MS) });
    const link = new URL(`/login/reset/${token}?lang=${lang}`, config.baseUrl).toString();
    await queueMail(tx, { to: user.email, subject: translate(lang, "reset.mailSubject"), text: translate(lang, "reset.mailText", { link }) });
  });
}

export async function resetUser(db: Executor, token: string) {
  const [row] = await db
    .select({ userId: passwordResets.userId, email: users.email })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(sql`${passwordResets.tokenHash} = ${sha256(token)} AND ${passwordResets.expiresAt} > now()`);
  return row;
}

/** Sets the new password, spends the link and signs the person out everywhere. */
export async function completeReset(db: Db, token: string, password: string): Promise<boolean> {
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const row = await resetUser(tx, token);
    if (!row) return false;
    await tx.update(users).set({ passwordHash: hash }).where(eq(users.id, row.userId));
    await tx.delete(passwordResets).where(eq(passwordResets.userId, row.userId));
    await destroyAllSessions(tx, row.userId);
    await audit(tx, { tenantId: null, actor: { id: row.userId, label: row.email }, action: "password_reset", entity: "user", entityId: row.userId });
    return true;
  });
}

export async function deleteExpiredResets(db: Executor) {
  await db.delete(passwordResets).where(lt(passwordResets.expiresAt, new Date()));
}
