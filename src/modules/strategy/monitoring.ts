/**
 * Monitoring: indicator definitions (the Land's, shared; a municipality's own),
 * their figures per area (AGS), year and breakdown, targets, and the import of
 * the Land's Open SDG files (opensdg.ts parses; this writes).
 *
 * Who sees which figures: a municipality reads its own and its Land's; the
 * Land's figures about every district and city are what comparisons draw on.
 * Where both have a figure for the same area, year and breakdown, the
 * municipality's own wins (its correction).
 *
 * Import, per file all or nothing: a file with any error writes nothing; a
 * good file replaces what the same owner imported from it before, in one
 * transaction with the indicator's definition and the audit entry.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Executor } from "../../core/db/index.ts";
import { rows } from "../../core/db/index.ts";
import { audit } from "../../core/audit.ts";
import { invalid, notFound } from "../../core/errors.ts";
import type { TenantRef } from "../../web/context.ts";
import { tenants } from "../../core/db/schema.ts";
import { trafficLight, type Direction, type LightResult, type Point } from "./lights.ts";
import type { OpenSdgImport, ParsedIndicatorFile, ParsedMeta, RowError } from "./opensdg.ts";
import type { Scope } from "./questionnaires.ts";
import { indicators, indicatorTargets, indicatorValues } from "./schema.ts";

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

export type IndicatorRow = typeof indicators.$inferSelect;

/** The tenants whose indicators and figures a tenant reads: itself and its Land. */
const readers = (tenant: TenantRef) => (tenant.parentId ? [tenant.id, tenant.parentId] : [tenant.id]);

/** The breakdown as one string, keys sorted: the same breakdown always gives the same key. */
export const breakdownKeyOf = (b: Record<string, string>) =>
  Object.keys(b)
    .sort()
    .map((k) => `${k}=${b[k]}`)
    .join("|");

export async function agsOf(db: Executor, tenantId: string): Promise<string | null> {
  const [t] = await db.select({ ags: tenants.ags }).from(tenants).where(eq(tenants.id, tenantId));
  return t?.ags ?? null;
}

export async function readableIndicator(db: Executor, tenant: TenantRef, id: string): Promise<IndicatorRow> {
  if (!isUuid(id)) throw notFound();
  const [row] = await db.select().from(indicators).where(and(eq(indicators.id, id), inArray(indicators.tenantId, readers(tenant))));
  if (!row) throw notFound();
  return row;
}

export interface SeriesPoint extends Point {
  period: string;
  unit: string;
}

/** The figures of one area (AGS) for one breakdown, by year, as the tenant sees them. */
export async function series(db: Executor, tenant: TenantRef, indicatorId: string, ags: string, breakdownKey = ""): Promise<SeriesPoint[]> {
  const found = await rows<{ year: number; period: string; unit: string; value: number }>(
    db,
    sql`SELECT DISTINCT ON (year, period, unit) year, period, unit, value
          FROM st_indicator_value
         WHERE indicator_id = ${indicatorId} AND ags = ${ags} AND breakdown_key = ${breakdownKey}
           AND tenant_id = ANY(${sql.param(readers(tenant))}::uuid[])
         ORDER BY year, period, unit, (tenant_id = ${tenant.id}) DESC`,
  );
  return found.map((r) => ({ year: Number(r.year), period: r.period, unit: r.unit, value: Number(r.value) }));
}

/** The breakdowns that have figures for these areas, the total ("") first. */
export async function breakdownsOf(db: Executor, tenant: TenantRef, indicatorId: string, ags: string[]): Promise<{ key: string; breakdown: Record<string, string> }[]> {
  const found = await rows<{ key: string; breakdown: Record<string, string> }>(
    db,
    sql`SELECT DISTINCT ON (breakdown_key) breakdown_key AS key, breakdown
          FROM st_indicator_value
         WHERE indicator_id = ${indicatorId} AND ags = ANY(${sql.param(ags)}::text[]) AND tenant_id = ANY(${sql.param(readers(tenant))}::uuid[])
         ORDER BY breakdown_key`,
  );
  return found;
}

export interface Target {
  value: number;
  year: number;
}

export async function targetOf(db: Executor, tenantId: string, indicatorId: string): Promise<Target | null> {
  const [t] = await db.select().from(indicatorTargets).where(and(eq(indicatorTargets.tenantId, tenantId), eq(indicatorTargets.indicatorId, indicatorId)));
  return t ? { value: t.value, year: t.year } : null;
}

export interface IndicatorOverview {
  indicator: IndicatorRow;
  fromLand: boolean;
  /** The tenant's latest total figure and the Land's. */
  latest: SeriesPoint | null;
  landLatest: SeriesPoint | null;
  target: Target | null;
  light: LightResult;
}

/** Every indicator the tenant reads, with its latest figures, target and light; one query per kind, not per indicator. */
export async function overview(db: Executor, tenant: TenantRef): Promise<IndicatorOverview[]> {
  const ags = (await agsOf(db, tenant.id)) ?? "";
  const landAgs = tenant.parentId ? ((await agsOf(db, tenant.parentId)) ?? "") : ags;
  const defs = await db.select().from(indicators).where(inArray(indicators.tenantId, readers(tenant))).orderBy(asc(indicators.key));
  if (defs.length === 0) return [];
  const values = await rows<{ indicator_id: string; ags: string; year: number; period: string; unit: string; value: number }>(
    db,
    sql`SELECT DISTINCT ON (indicator_id, ags, year, period, unit) indicator_id, ags, year, period, unit, value
          FROM st_indicator_value
         WHERE indicator_id = ANY(${sql.param(defs.map((d) => d.id))}::uuid[]) AND ags = ANY(${sql.param([ags, landAgs])}::text[]) AND breakdown_key = ''
           AND tenant_id = ANY(${sql.param(readers(tenant))}::uuid[])
         ORDER BY indicator_id, ags, year, period, unit, (tenant_id = ${tenant.id}) DESC`,
  );
  const targets = await db.select().from(indicatorTargets).where(eq(indicatorTargets.tenantId, tenant.id));
  return defs.map((d) => {
    const own = values.filter((v) => v.indicator_id === d.id && v.ags === ags).map((v) => ({ year: Number(v.year), period: v.period, unit: v.unit, value: Number(v.value) }));
    const land = values.filter((v) => v.indicator_id === d.id && v.ags === landAgs).map((v) => ({ year: Number(v.year), period: v.period, unit: v.unit, value: Number(v.value) }));
    const t = targets.find((x) => x.indicatorId === d.id);
    const target = t ? { value: t.value, year: t.year } : null;
    return { indicator: d, fromLand: d.tenantId !== tenant.id, latest: own.at(-1) ?? null, landLatest: land.at(-1) ?? null, target, light: trafficLight(own, d.direction as Direction, target) };
  });
}

export async function setTarget(db: Db, scope: Scope, indicatorId: string, target: Target | null) {
  return db.transaction(async (tx) => {
    await readableIndicator(tx, scope.tenant, indicatorId);
    await tx.delete(indicatorTargets).where(and(eq(indicatorTargets.tenantId, scope.tenant.id), eq(indicatorTargets.indicatorId, indicatorId)));
    if (target) await tx.insert(indicatorTargets).values({ tenantId: scope.tenant.id, indicatorId, ...target });
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: "st_indicator_target", entityId: indicatorId, changes: { target } });
  });
}

export interface IndicatorInput {
  key: string;
  name: string;
  definition: string;
  calculation: string;
  source: string;
  sourceUrl: string | null;
  unit: string;
  direction: Direction;
  decimals: number | null;
}

/** A municipality's own indicator (new or changed); the Land's are changed only by importing them again. */
export async function saveIndicator(db: Db, scope: Scope, id: string | null, input: IndicatorInput): Promise<string> {
  return db.transaction(async (tx) => {
    const clash = await tx.select({ id: indicators.id }).from(indicators).where(and(inArray(indicators.tenantId, readers(scope.tenant)), eq(indicators.key, input.key)));
    if (clash.some((c) => c.id !== id)) throw invalid([{ field: "key", key: "strategy.validation.indicatorKey" }]);
    if (id === null) {
      const [row] = await tx.insert(indicators).values({ ...input, tenantId: scope.tenant.id, origin: "manual" }).returning({ id: indicators.id });
      await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: "st_indicator", entityId: row!.id, changes: { ...input } });
      return row!.id;
    }
    const before = await readableIndicator(tx, scope.tenant, id);
    if (before.tenantId !== scope.tenant.id) throw notFound();
    await tx.update(indicators).set({ ...input, updatedAt: new Date() }).where(eq(indicators.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: "st_indicator", entityId: id, changes: { ...input } });
    return id;
  });
}

export interface ValueInput {
  year: number;
  value: number;
  unit: string;
  breakdown: Record<string, string>;
  source: string;
}

/** A figure entered by hand for the tenant's own area; the same year and breakdown again replaces it. */
export async function enterValue(db: Db, scope: Scope, indicatorId: string, input: ValueInput) {
  return db.transaction(async (tx) => {
    await readableIndicator(tx, scope.tenant, indicatorId);
    const ags = await agsOf(tx, scope.tenant.id);
    if (!ags) throw invalid([{ field: "value", key: "strategy.validation.noAgs" }]);
    const breakdownKey = breakdownKeyOf(input.breakdown);
    const period = String(input.year);
    await tx
      .insert(indicatorValues)
      .values({ tenantId: scope.tenant.id, indicatorId, ags, year: input.year, period, breakdown: input.breakdown, breakdownKey, unit: input.unit, value: input.value, source: input.source })
      .onConflictDoUpdate({
        target: [indicatorValues.indicatorId, indicatorValues.tenantId, indicatorValues.ags, indicatorValues.year, indicatorValues.period, indicatorValues.breakdownKey, indicatorValues.unit],
        set: { value: input.value, source: input.source, file: null },
      });
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: "st_indicator_value", entityId: indicatorId, changes: { ...input, ags } });
  });
}

// ---------------------------------------------------------------------------
// Import of the Land's Open SDG files

export interface FileReport {
  /** The file as uploaded or found in the folder. */
  file: string;
  indicator: string;
  imported: number;
  /** Rows about other areas than the owner's, left out (a municipality imports only its own). */
  skipped: number;
  /** Rows with an empty value (Open SDG leaves some breakdowns empty). */
  empty: number;
  /** Non-empty: nothing of this file was written. */
  errors: RowError[];
  /** The figures it replaced from an earlier import of the same file. */
  replaced: number;
}

export interface ImportReport {
  files: FileReport[];
  /** Problems outside the files' rows (unreadable metadata, ignored files, warnings). */
  problems: (RowError & { file: string; severity: "error" | "warning" })[];
}

/** Whether a K-code names an area of this Land (its AGS starts with the Land's two digits). */
export function geoCodeCheck(landAgs: string | null) {
  return (code: string) => !landAgs || code.slice(1, 3) === landAgs.slice(0, 2);
}

function definitionOf(meta: ParsedMeta | undefined, id: string) {
  return {
    name: meta?.name || id,
    definition: meta?.definition || meta?.description || "",
    calculation: meta?.calculation ?? "",
    source: meta?.source ?? "",
    sourceUrl: meta?.sourceUrl ?? null,
    unit: meta?.unit ?? "",
    decimals: meta?.decimals ?? null,
  };
}

/**
 * Writes the parsed files. `owner` holds the figures (and, for a Land, the definitions); a
 * municipality keeps only the rows about its own area and uses the Land's definition where there
 * is one. Every good file is its own transaction: one bad file does not stop the others.
 */
export async function importOpenSdg(db: Db, owner: TenantRef, actor: Scope["actor"], parsed: OpenSdgImport): Promise<ImportReport> {
  const ownerAgs = await agsOf(db, owner.id);
  const isLand = owner.kind === "state";
  if (!isLand && !ownerAgs) throw invalid([{ field: "files", key: "strategy.validation.noAgs" }]);
  const landAgs = isLand ? ownerAgs : owner.parentId ? await agsOf(db, owner.parentId) : null;
  const metaById = new Map(parsed.meta.map((m) => [m.id, m]));
  const files: FileReport[] = [];
  for (const f of parsed.files) {
    const base: FileReport = { file: f.file, indicator: f.id, imported: 0, skipped: 0, empty: f.emptyValues, errors: f.errors, replaced: 0 };
    if (f.errors.length) {
      files.push(base);
      continue;
    }
    files.push(await db.transaction((tx) => writeFile(tx, owner, actor, f, metaById.get(f.id), { isLand, ownerAgs, landAgs }).then((r) => ({ ...base, ...r }))));
  }
  return { files, problems: parsed.problems };
}

/**
 * Columns that only name the area of a row (Open SDG files carry "Gebietseinheit" beside the
 * GeoCode): one and the same value for every row of a GeoCode. They are no breakdown: kept in it,
 * a municipality's total would never have the empty breakdown that marks a total.
 */
export function areaColumns(rows: ParsedIndicatorFile["rows"]): Set<string> {
  const out = new Set<string>();
  if (rows.length === 0 || rows.some((r) => !r.geoCode)) return out;
  const columns = new Set(rows.flatMap((r) => Object.keys(r.breakdown)));
  for (const c of columns) {
    const byCode = new Map<string, string>();
    if (rows.every((r) => {
      const v = r.breakdown[c];
      if (v === undefined) return false;
      const seen = byCode.get(r.geoCode!);
      if (seen === undefined) byCode.set(r.geoCode!, v);
      return seen === undefined || seen === v;
    })) out.add(c);
  }
  return out;
}

async function writeFile(
  tx: Executor,
  owner: TenantRef,
  actor: Scope["actor"],
  f: ParsedIndicatorFile,
  meta: ParsedMeta | undefined,
  where: { isLand: boolean; ownerAgs: string | null; landAgs: string | null },
): Promise<Pick<FileReport, "imported" | "skipped" | "replaced">> {
  // The definition: the Land's when it has one (a municipality never changes it), else the owner's, made or updated.
  const owners = owner.parentId && !where.isLand ? [owner.parentId, owner.id] : [owner.id];
  const existing = await tx.select().from(indicators).where(and(inArray(indicators.tenantId, owners), eq(indicators.key, f.id)));
  const shared = existing.find((e) => e.tenantId !== owner.id);
  let indicatorId: string;
  if (shared) indicatorId = shared.id;
  else {
    const own = existing.find((e) => e.tenantId === owner.id);
    const def = definitionOf(meta, f.id);
    if (own) {
      // Metadata imported with the file overwrites; without it the definition stays as it was.
      if (meta) await tx.update(indicators).set({ ...def, origin: "opensdg", updatedAt: new Date() }).where(eq(indicators.id, own.id));
      indicatorId = own.id;
    } else {
      const [made] = await tx.insert(indicators).values({ ...def, key: f.id, tenantId: owner.id, origin: "opensdg" }).returning({ id: indicators.id });
      indicatorId = made!.id;
    }
  }
  const areaOf = (r: ParsedIndicatorFile["rows"][number]) => r.ags ?? (r.geoCode ? "" : (where.landAgs ?? ""));
  const kept = where.isLand ? f.rows : f.rows.filter((r) => areaOf(r) === where.ownerAgs);
  const naming = areaColumns(f.rows);
  const breakdownOf = (b: Record<string, string>) => Object.fromEntries(Object.entries(b).filter(([k]) => !naming.has(k)));
  const deleted = await tx
    .delete(indicatorValues)
    .where(and(eq(indicatorValues.tenantId, owner.id), eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.file, f.id)))
    .returning({ id: indicatorValues.id });
  // Inserted in chunks: a Land file can hold tens of thousands of rows, more than one statement's parameters.
  for (let i = 0; i < kept.length; i += 2000) {
    await tx
      .insert(indicatorValues)
      .values(
        kept.slice(i, i + 2000).map((r) => ({
          tenantId: owner.id,
          indicatorId,
          ags: areaOf(r),
          geoCode: r.geoCode,
          year: r.year,
          period: r.period,
          breakdown: breakdownOf(r.breakdown),
          breakdownKey: breakdownKeyOf(breakdownOf(r.breakdown)),
          unit: r.unit ?? "",
          value: r.value,
          file: f.id,
        })),
      )
      // A figure entered by hand for the same cell is replaced by the import.
      .onConflictDoUpdate({
        target: [indicatorValues.indicatorId, indicatorValues.tenantId, indicatorValues.ags, indicatorValues.year, indicatorValues.period, indicatorValues.breakdownKey, indicatorValues.unit],
        set: { value: sql`excluded.value`, file: sql`excluded.file`, geoCode: sql`excluded.geo_code`, source: "" },
      });
  }
  await audit(tx, { tenantId: owner.id, actor, action: "import", entity: "st_indicator", entityId: indicatorId, changes: { file: f.id, rows: kept.length, replaced: deleted.length } });
  return { imported: kept.length, skipped: f.rows.length - kept.length, replaced: deleted.length };
}

/** Figures per indicator for the report and the bench: the tenant's, its Land's and chosen others', totals only. */
export async function seriesFor(db: Executor, tenant: TenantRef, indicatorIds: string[], ags: string[]): Promise<Map<string, Map<string, SeriesPoint[]>>> {
  const out = new Map<string, Map<string, SeriesPoint[]>>();
  if (indicatorIds.length === 0 || ags.length === 0) return out;
  const found = await rows<{ indicator_id: string; ags: string; year: number; period: string; unit: string; value: number }>(
    db,
    sql`SELECT DISTINCT ON (indicator_id, ags, year, period, unit) indicator_id, ags, year, period, unit, value
          FROM st_indicator_value
         WHERE indicator_id = ANY(${sql.param(indicatorIds)}::uuid[]) AND ags = ANY(${sql.param(ags)}::text[]) AND breakdown_key = ''
           AND tenant_id = ANY(${sql.param(readers(tenant))}::uuid[])
         ORDER BY indicator_id, ags, year, period, unit, (tenant_id = ${tenant.id}) DESC`,
  );
  for (const r of found) {
    const byAgs = out.get(r.indicator_id) ?? new Map<string, SeriesPoint[]>();
    out.set(r.indicator_id, byAgs);
    const list = byAgs.get(r.ags) ?? [];
    byAgs.set(r.ags, list);
    list.push({ year: Number(r.year), period: r.period, unit: r.unit, value: Number(r.value) });
  }
  return out;
}

/** Municipalities of the same Land with an AGS, for choosing comparisons. */
export async function comparableTenants(db: Executor, tenant: TenantRef): Promise<{ slug: string; name: string; ags: string }[]> {
  if (!tenant.parentId) return [];
  const found = await db
    .select({ slug: tenants.slug, name: tenants.name, ags: tenants.ags })
    .from(tenants)
    .where(and(eq(tenants.parentId, tenant.parentId), sql`${tenants.ags} IS NOT NULL`, sql`${tenants.id} <> ${tenant.id}`))
    .orderBy(asc(tenants.name));
  return found.map((t) => ({ slug: t.slug, name: t.name, ags: t.ags! }));
}
