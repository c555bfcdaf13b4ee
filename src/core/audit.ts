/**
 * The audit log: every write records who, when, what and which fields changed,
 * in the same transaction as the write itself.
 */
import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Db, Executor } from "./db/index.ts";
import { auditLog } from "./db/schema.ts";

export interface Actor {
  /** null for the system (seed, scheduled jobs, CLI without a user). */
  id: string | null;
  label: string;
}

export const systemActor = (label = "system"): Actor => ({ id: null, label });

export interface AuditEntry {
  tenantId: string | null;
  actor: Actor;
  action: "create" | "update" | "archive" | "restore" | "delete" | "import" | "sign_in" | "sign_out" | string;
  entity: string;
  entityId?: string | null;
  changes?: Record<string, unknown>;
}

export async function audit(db: Executor, e: AuditEntry) {
  await db.insert(auditLog).values({
    tenantId: e.tenantId,
    actorId: e.actor.id,
    actorLabel: e.actor.label,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId ?? null,
    changes: e.changes ?? {},
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Fields whose value differs, as { field: [before, after] }. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    if (!same(before[key], after[key])) out[key] = [before[key] ?? null, after[key] ?? null];
  }
  return out;
}

export async function listAudit(db: Db, tenantId: string, opts: { limit?: number; offset?: number; entity?: string } = {}) {
  const where = opts.entity ? and(eq(auditLog.tenantId, tenantId), eq(auditLog.entity, opts.entity)) : eq(auditLog.tenantId, tenantId);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at))
      .limit(opts.limit ?? 50)
      .offset(opts.offset ?? 0),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Retention: audit entries hold personal data in their diffs, so they go after `days`. */
export async function deleteOldAudit(db: Executor, days: number) {
  await db.delete(auditLog).where(lt(auditLog.at, new Date(Date.now() - days * 86_400_000)));
}
