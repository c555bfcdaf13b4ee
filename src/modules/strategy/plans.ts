/**
 * The Handlungskonzept: plans for a period (e.g. 2020–2025) with their fields
 * of action, goals (with an indicator, a target value and year) and measures
 * (responsible, partners, time frame, budget, status, dated progress notes).
 * One adopted plan is the current one and is public; a new period can
 * continue the previous plan (fields and goals, and the measures not done or
 * dropped). Every write: one transaction with its audit entry.
 */
import { and, asc, desc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Db, Executor } from "../../core/db/index.ts";
import { audit, diff } from "../../core/audit.ts";
import { conflict, invalid, notFound } from "../../core/errors.ts";
import type { MeasureStatus } from "./model.ts";
import type { Scope } from "./questionnaires.ts";
import { fields, goals, measureNotes, measures, plans } from "./schema.ts";

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

export type PlanRow = typeof plans.$inferSelect;
export type FieldRow = typeof fields.$inferSelect;
export type GoalRow = typeof goals.$inferSelect;
export type MeasureRow = typeof measures.$inferSelect;
export type NoteRow = typeof measureNotes.$inferSelect;

export interface MeasureTree extends MeasureRow {
  notes: NoteRow[];
}
export interface GoalTree extends GoalRow {
  measures: MeasureTree[];
}
export interface FieldTree extends FieldRow {
  goals: GoalTree[];
}
export interface PlanTree extends PlanRow {
  fields: FieldTree[];
}

export async function listPlans(db: Executor, tenantId: string): Promise<(PlanRow & { measures: number })[]> {
  return db
    .select({
      id: plans.id,
      tenantId: plans.tenantId,
      title: plans.title,
      startsYear: plans.startsYear,
      endsYear: plans.endsYear,
      status: plans.status,
      previousId: plans.previousId,
      createdAt: plans.createdAt,
      updatedAt: plans.updatedAt,
      measures: sql<number>`(SELECT count(*)::int FROM st_measure m JOIN st_goal g ON g.id = m.goal_id JOIN st_field f ON f.id = g.field_id WHERE f.plan_id = st_plan.id)`,
    })
    .from(plans)
    .where(eq(plans.tenantId, tenantId))
    .orderBy(desc(plans.startsYear), desc(plans.createdAt));
}

export async function getPlan(db: Executor, tenantId: string, id: string): Promise<PlanRow> {
  if (!isUuid(id)) throw notFound();
  const [row] = await db.select().from(plans).where(and(eq(plans.id, id), eq(plans.tenantId, tenantId)));
  if (!row) throw notFound();
  return row;
}

/** The plan with everything in it, in order. */
export async function planTree(db: Executor, tenantId: string, id: string): Promise<PlanTree> {
  const plan = await getPlan(db, tenantId, id);
  const fs = await db.select().from(fields).where(eq(fields.planId, id)).orderBy(asc(fields.position), asc(fields.title));
  const gs = fs.length ? await db.select().from(goals).where(inArray(goals.fieldId, fs.map((f) => f.id))).orderBy(asc(goals.position), asc(goals.createdAt)) : [];
  const ms = gs.length ? await db.select().from(measures).where(inArray(measures.goalId, gs.map((g) => g.id))).orderBy(asc(measures.position), asc(measures.createdAt)) : [];
  const ns = ms.length ? await db.select().from(measureNotes).where(inArray(measureNotes.measureId, ms.map((m) => m.id))).orderBy(desc(measureNotes.notedOn), desc(measureNotes.createdAt)) : [];
  return {
    ...plan,
    fields: fs.map((f) => ({
      ...f,
      goals: gs.filter((g) => g.fieldId === f.id).map((g) => ({ ...g, measures: ms.filter((m) => m.goalId === g.id).map((m) => ({ ...m, notes: ns.filter((n) => n.measureId === m.id) })) })),
    })),
  };
}

/** The public plan: the adopted one of the latest period, or none. */
export async function currentPlan(db: Executor, tenantId: string): Promise<PlanTree | null> {
  const [row] = await db.select({ id: plans.id }).from(plans).where(and(eq(plans.tenantId, tenantId), eq(plans.status, "adopted"))).orderBy(desc(plans.startsYear), desc(plans.updatedAt)).limit(1);
  return row ? planTree(db, tenantId, row.id) : null;
}

export interface PlanInput {
  title: string;
  startsYear: number;
  endsYear: number;
}

/**
 * A new plan, empty or continuing `fromId`: its fields and goals, and the measures still to do
 * (with their status and notes), so that a new period starts where the last one ended.
 */
export async function createPlan(db: Db, scope: Scope, input: PlanInput, fromId: string | null): Promise<string> {
  if (input.endsYear < input.startsYear) throw invalid([{ field: "endsYear", key: "strategy.validation.period" }]);
  return db.transaction(async (tx) => {
    const [plan] = await tx.insert(plans).values({ ...input, tenantId: scope.tenant.id, previousId: fromId }).returning({ id: plans.id });
    const planId = plan!.id;
    let carried = 0;
    if (fromId) {
      const from = await planTree(tx, scope.tenant.id, fromId);
      for (const f of from.fields) {
        const [nf] = await tx.insert(fields).values({ tenantId: scope.tenant.id, planId, position: f.position, title: f.title, description: f.description, areaKey: f.areaKey, topics: f.topics }).returning({ id: fields.id });
        for (const g of f.goals) {
          const [ng] = await tx
            .insert(goals)
            .values({ tenantId: scope.tenant.id, fieldId: nf!.id, position: g.position, title: g.title, description: g.description, indicator: g.indicator, targetValue: g.targetValue, targetYear: g.targetYear })
            .returning({ id: goals.id });
          for (const m of g.measures.filter((m) => m.status !== "done" && m.status !== "dropped")) {
            const { id: _id, goalId: _g, createdAt: _c, updatedAt: _u, notes, ...rest } = m;
            const [nm] = await tx.insert(measures).values({ ...rest, goalId: ng!.id }).returning({ id: measures.id });
            if (notes.length) await tx.insert(measureNotes).values(notes.map(({ id: _n, measureId: _m, createdAt: _nc, ...n }) => ({ ...n, measureId: nm!.id })));
            carried++;
          }
        }
      }
    }
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "st_plan", entityId: planId, changes: { ...input, continues: fromId, measuresCarried: carried } });
    return planId;
  });
}

export async function updatePlan(db: Db, scope: Scope, id: string, input: PlanInput & { status: PlanRow["status"] }) {
  if (input.endsYear < input.startsYear) throw invalid([{ field: "endsYear", key: "strategy.validation.period" }]);
  return db.transaction(async (tx) => {
    const before = await getPlan(tx, scope.tenant.id, id);
    await tx.update(plans).set({ ...input, updatedAt: new Date() }).where(eq(plans.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: "st_plan", entityId: id, changes: diff(before as unknown as Record<string, unknown>, { ...input }) });
  });
}

// ---------------------------------------------------------------------------
// Fields, goals, measures: the same shape of write for each level, always checked against the tenant

export interface FieldInput {
  title: string;
  description: string;
  areaKey: string | null;
  topics: string[];
  position: number;
}

export interface GoalInput {
  title: string;
  description: string;
  indicator: string;
  targetValue: number | null;
  targetYear: number | null;
  position: number;
}

export interface MeasureInput {
  title: string;
  description: string;
  responsible: string;
  partners: string;
  startsOn: string | null;
  endsOn: string | null;
  budget: number | null;
  status: MeasureStatus;
  position: number;
}

async function own<T extends typeof fields | typeof goals | typeof measures>(db: Executor, table: T, tenantId: string, id: string) {
  if (!isUuid(id)) throw notFound();
  const [row] = await db.select().from(table as typeof fields).where(and(eq((table as typeof fields).id, id), eq((table as typeof fields).tenantId, tenantId)));
  if (!row) throw notFound();
  return row as unknown as T["$inferSelect"];
}

export const getField = (db: Executor, tenantId: string, id: string) => own(db, fields, tenantId, id);
export const getGoal = (db: Executor, tenantId: string, id: string) => own(db, goals, tenantId, id);
export const getMeasure = (db: Executor, tenantId: string, id: string) => own(db, measures, tenantId, id);

/** The plan a goal or measure belongs to: its page is where the office returns after a write. */
export async function planOfGoal(db: Executor, tenantId: string, goalId: string): Promise<string> {
  const goal = await getGoal(db, tenantId, goalId);
  return (await getField(db, tenantId, goal.fieldId)).planId;
}

export async function saveField(db: Db, scope: Scope, planId: string, id: string | null, input: FieldInput): Promise<string> {
  return db.transaction(async (tx) => {
    await getPlan(tx, scope.tenant.id, planId);
    if (id === null) {
      const [row] = await tx.insert(fields).values({ ...input, tenantId: scope.tenant.id, planId }).returning({ id: fields.id });
      await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "st_field", entityId: row!.id, changes: { ...input } });
      return row!.id;
    }
    const before = await getField(tx, scope.tenant.id, id);
    if (before.planId !== planId) throw notFound();
    await tx.update(fields).set(input).where(eq(fields.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: "st_field", entityId: id, changes: diff(before as unknown as Record<string, unknown>, { ...input }) });
    return id;
  });
}

export async function saveGoal(db: Db, scope: Scope, fieldId: string, id: string | null, input: GoalInput): Promise<string> {
  return db.transaction(async (tx) => {
    await getField(tx, scope.tenant.id, fieldId);
    if (id === null) {
      const [row] = await tx.insert(goals).values({ ...input, tenantId: scope.tenant.id, fieldId }).returning({ id: goals.id });
      await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "st_goal", entityId: row!.id, changes: { ...input } });
      return row!.id;
    }
    const before = await getGoal(tx, scope.tenant.id, id);
    await tx.update(goals).set({ ...input, fieldId }).where(eq(goals.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: "st_goal", entityId: id, changes: diff(before as unknown as Record<string, unknown>, { ...input, fieldId }) });
    return id;
  });
}

export async function saveMeasure(db: Db, scope: Scope, goalId: string, id: string | null, input: MeasureInput): Promise<string> {
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn) throw invalid([{ field: "endsOn", key: "strategy.validation.period" }]);
  return db.transaction(async (tx) => {
    await getGoal(tx, scope.tenant.id, goalId);
    if (id === null) {
      const [row] = await tx.insert(measures).values({ ...input, tenantId: scope.tenant.id, goalId }).returning({ id: measures.id });
      await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "st_measure", entityId: row!.id, changes: { ...input } });
      return row!.id;
    }
    const before = await getMeasure(tx, scope.tenant.id, id);
    await tx.update(measures).set({ ...input, goalId, updatedAt: new Date() }).where(eq(measures.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: "st_measure", entityId: id, changes: diff(before as unknown as Record<string, unknown>, { ...input, goalId }) });
    return id;
  });
}

export async function addNote(db: Db, scope: Scope, measureId: string, input: { notedOn: string; text: string }) {
  return db.transaction(async (tx) => {
    await getMeasure(tx, scope.tenant.id, measureId);
    const [row] = await tx.insert(measureNotes).values({ ...input, tenantId: scope.tenant.id, measureId, author: scope.actor.label }).returning({ id: measureNotes.id });
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "st_measure_note", entityId: row!.id, changes: { measureId, ...input } });
  });
}

/** Deletes a field, goal or measure with everything below it; a field of an adopted plan only when it is empty. */
export async function deleteNode(db: Db, scope: Scope, kind: "field" | "goal" | "measure", id: string) {
  return db.transaction(async (tx) => {
    const table = kind === "field" ? fields : kind === "goal" ? goals : measures;
    const row = await own(tx, table, scope.tenant.id, id);
    if (kind === "field") {
      const [{ n } = { n: 0 }] = await tx.select({ n: sql<number>`count(*)::int` }).from(goals).where(eq(goals.fieldId, id));
      const plan = await getPlan(tx, scope.tenant.id, (row as FieldRow).planId);
      if (plan.status === "adopted" && n > 0) throw conflict("adopted", [{ field: "_form", key: "strategy.validation.fieldInUse" }]);
    }
    await tx.delete(table).where(eq(table.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "delete", entity: `st_${kind}`, entityId: id, changes: { title: (row as { title: string }).title } });
  });
}

/** Counts for the integration report: measures of the current plan by field and status. */
export async function measureCounts(db: Executor, tenantId: string): Promise<{ plan: { title: string; startsYear: number; endsYear: number } | null; byStatus: Record<MeasureStatus, number>; byField: { field: string; byStatus: Partial<Record<MeasureStatus, number>> }[] }> {
  const plan = await currentPlan(db, tenantId);
  const byStatus = { idea: 0, planned: 0, in_progress: 0, done: 0, dropped: 0 } satisfies Record<MeasureStatus, number>;
  const byField = (plan?.fields ?? []).map((f) => {
    const counts: Partial<Record<MeasureStatus, number>> = {};
    for (const m of f.goals.flatMap((g) => g.measures)) {
      counts[m.status] = (counts[m.status] ?? 0) + 1;
      byStatus[m.status]++;
    }
    return { field: f.title, byStatus: counts };
  });
  return { plan: plan ? { title: plan.title, startsYear: plan.startsYear, endsYear: plan.endsYear } : null, byStatus, byField };
}

/** Goals made from workshop priorities land in the field that answers the area; the office's own fields are untouched. */
export async function fieldForArea(db: Executor, tenantId: string, planId: string, areaKey: string): Promise<FieldRow | undefined> {
  const [row] = await db.select().from(fields).where(and(eq(fields.tenantId, tenantId), eq(fields.planId, planId), eq(fields.areaKey, areaKey)));
  return row;
}

/** Plans that can receive goals (not archived), newest first. */
export async function openPlans(db: Executor, tenantId: string) {
  return db.select({ id: plans.id, title: plans.title }).from(plans).where(and(eq(plans.tenantId, tenantId), notInArray(plans.status, ["archived"]))).orderBy(desc(plans.startsYear));
}
