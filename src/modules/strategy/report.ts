/**
 * The integration report (Integrationsbericht) of a year: generated from the
 * monitoring, the latest Selbstcheck, the Handlungskonzept and the other
 * modules' counts, edited (summary, recommendations, which indicators), and
 * published. Publishing freezes the report's data (figures, counts, texts
 * with their translations) as a version; the public page and PDF show the
 * latest published version, rendered in the reader's language. Drafts render
 * from the live data for the office.
 *
 * Two steps: `reportData()` gathers the language-neutral data (what a version
 * stores), `reportContent()` turns it into text and charts in one language
 * (what the HTML view and the PDF render).
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db, Executor } from "../../core/db/index.ts";
import { audit } from "../../core/audit.ts";
import { invalid, notFound } from "../../core/errors.ts";
import { dirOf, LOCALES, translate, type Locale } from "../../core/i18n.ts";
import { loadTranslations, localized } from "../../core/translations.ts";
import { languageName } from "../../core/languages.ts";
import type { TenantRef } from "../../web/context.ts";
import { LineChart, RadarChart, svgString } from "../../web/charts.tsx";
import { eventCounts } from "../events/service.ts";
import { mediationCounts } from "../mediation/reports.ts";
import { trafficLight, type Direction } from "./lights.ts";
import { MEASURE_STATUSES, textIn, type LocalText, type MeasureStatus } from "./model.ts";
import { agsOf, seriesFor, type SeriesPoint, type Target } from "./monitoring.ts";
import { measureCounts } from "./plans.ts";
import type { Scope } from "./questionnaires.ts";
import type { ReportContent, ReportIndicator } from "./report-model.ts";
import { roundResults } from "./rounds.ts";
import { bandOf } from "./scoring.ts";
import { indicators, indicatorTargets, reports, reportVersions, rounds } from "./schema.ts";

export type ReportRow = typeof reports.$inferSelect;
export const REPORT_ENTITY = "st_report";

/** Text edited by the office, with its translations as they stood. */
interface TranslatedText {
  de: string;
  tr: Partial<Record<Locale, { text: string; state: "current" | "outdated" }>>;
}

export interface ReportData {
  tenant: string;
  year: number;
  title: string;
  summary: TranslatedText;
  recommendations: TranslatedText;
  indicators: {
    key: string;
    name: string;
    unit: string;
    decimals: number | null;
    direction: Direction;
    definition: string;
    calculation: string;
    source: string;
    sourceUrl: string | null;
    target: Target | null;
    own: SeriesPoint[];
    land: SeriesPoint[];
  }[];
  /** The latest Selbstcheck round that closed up to the end of the year. */
  selfcheck: null | {
    round: string;
    responses: number;
    areas: { key: string; title: LocalText; mean: number | null; change: number | null; suggestion: LocalText | null }[];
  };
  plan: null | { title: string; startsYear: number; endsYear: number; byStatus: Record<MeasureStatus, number>; fields: { field: string; byStatus: Partial<Record<MeasureStatus, number>> }[] };
  events: null | { events: number; occurrences: number; confirmed: number; attended: number; byProgramme: { programme: string; events: number; confirmed: number }[] };
  mediation: null | { requests: number; deployments: number; hours: number; languages: number; byLanguage: { language: string; deployments: number; hours: number }[] };
  generatedAt: string;
}

export async function listReports(db: Executor, tenantId: string) {
  return db.select().from(reports).where(eq(reports.tenantId, tenantId)).orderBy(desc(reports.year));
}

export async function getReport(db: Executor, tenantId: string, id: string): Promise<ReportRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const [row] = await db.select().from(reports).where(and(eq(reports.id, id), eq(reports.tenantId, tenantId)));
  if (!row) throw notFound();
  return row;
}

export async function createReport(db: Db, scope: Scope, year: number): Promise<string> {
  return db.transaction(async (tx) => {
    const [exists] = await tx.select({ id: reports.id }).from(reports).where(and(eq(reports.tenantId, scope.tenant.id), eq(reports.year, year)));
    if (exists) throw invalid([{ field: "year", key: "strategy.validation.reportExists" }]);
    const title = translate("de", "strategy.report.defaultTitle", { year });
    const [row] = await tx.insert(reports).values({ tenantId: scope.tenant.id, year, title }).returning({ id: reports.id });
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "create", entity: REPORT_ENTITY, entityId: row!.id, changes: { year } });
    return row!.id;
  });
}

export async function saveReport(db: Db, scope: Scope, id: string, input: { title: string; summary: string; recommendations: string; indicatorKeys: string[] }) {
  return db.transaction(async (tx) => {
    await getReport(tx, scope.tenant.id, id);
    await tx.update(reports).set({ ...input, updatedAt: new Date() }).where(eq(reports.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "update", entity: REPORT_ENTITY, entityId: id, changes: { title: input.title, indicators: input.indicatorKeys.length } });
  });
}

/** Freezes the report's data as the next published version. */
export async function publishReport(db: Db, scope: Scope, id: string): Promise<number> {
  const report = await getReport(db, scope.tenant.id, id);
  const data = await reportData(db, scope.tenant, report);
  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ id: reports.id }).from(reports).where(eq(reports.id, id)).for("update");
    if (!locked) throw notFound();
    const [last] = await tx.select({ version: reportVersions.version }).from(reportVersions).where(eq(reportVersions.reportId, id)).orderBy(desc(reportVersions.version)).limit(1);
    const version = (last?.version ?? 0) + 1;
    await tx.insert(reportVersions).values({ tenantId: scope.tenant.id, reportId: id, version, data, publishedBy: scope.actor.label });
    await tx.update(reports).set({ status: "published", updatedAt: new Date() }).where(eq(reports.id, id));
    await audit(tx, { tenantId: scope.tenant.id, actor: scope.actor, action: "publish", entity: REPORT_ENTITY, entityId: id, changes: { version } });
    return version;
  });
}

export async function versionsOf(db: Executor, tenantId: string, reportId: string) {
  return db
    .select({ version: reportVersions.version, publishedAt: reportVersions.publishedAt, publishedBy: reportVersions.publishedBy })
    .from(reportVersions)
    .where(and(eq(reportVersions.tenantId, tenantId), eq(reportVersions.reportId, reportId)))
    .orderBy(desc(reportVersions.version));
}

/** The latest published version of the tenant's report of `year` (or a given version), or null. */
export async function publishedReport(db: Executor, tenantId: string, year: number, version?: number): Promise<{ data: ReportData; version: number; publishedAt: Date } | null> {
  const [row] = await db
    .select({ data: reportVersions.data, version: reportVersions.version, publishedAt: reportVersions.publishedAt })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .where(and(eq(reports.tenantId, tenantId), eq(reports.year, year), version ? eq(reportVersions.version, version) : sql`true`))
    .orderBy(desc(reportVersions.version))
    .limit(1);
  return row ? { data: row.data as ReportData, version: row.version, publishedAt: row.publishedAt } : null;
}

/** Years with a published report, newest first. */
export async function publishedYears(db: Executor, tenantId: string): Promise<number[]> {
  const found = await db.selectDistinct({ year: reports.year }).from(reports).innerJoin(reportVersions, eq(reportVersions.reportId, reports.id)).where(eq(reports.tenantId, tenantId)).orderBy(desc(reports.year));
  return found.map((r) => r.year);
}

/** The edited texts with their translations as they stand, in one read. */
async function translatedTexts(db: Executor, report: ReportRow): Promise<Record<"summary" | "recommendations", TranslatedText>> {
  const others = LOCALES.filter((l) => l !== "de");
  const stored = await loadTranslations(db, REPORT_ENTITY, [report.id], [...others]);
  const of = (field: "summary" | "recommendations"): TranslatedText => {
    const tr: TranslatedText["tr"] = {};
    for (const lang of others) {
      const l = localized(report[field], stored.get(`${report.id}|${field}|${lang}`), lang);
      if (l.state === "current" || l.state === "outdated") tr[lang] = { text: l.text, state: l.state };
    }
    return { de: report[field], tr };
  };
  return { summary: of("summary"), recommendations: of("recommendations") };
}

/** Everything the report shows, language-neutral: what a published version stores. */
export async function reportData(db: Executor, tenant: TenantRef, report: ReportRow): Promise<ReportData> {
  const ags = (await agsOf(db, tenant.id)) ?? "";
  const landAgs = tenant.parentId ? ((await agsOf(db, tenant.parentId)) ?? "") : "";
  const readers = tenant.parentId ? [tenant.id, tenant.parentId] : [tenant.id];
  const defs = await db.select().from(indicators).where(sql`${indicators.tenantId} = ANY(${sql.param(readers)}::uuid[])`).orderBy(indicators.key);
  const figures = await seriesFor(db, tenant, defs.map((d) => d.id), [ags, landAgs].filter(Boolean));
  const targets = await db.select().from(indicatorTargets).where(eq(indicatorTargets.tenantId, tenant.id));
  // The chosen indicators in their order, or every one with figures for the municipality up to the report's year.
  const upTo = (l: SeriesPoint[] | undefined) => (l ?? []).filter((p) => p.year <= report.year);
  const chosen = report.indicatorKeys.length ? report.indicatorKeys.flatMap((k) => defs.filter((d) => d.key === k)) : defs.filter((d) => upTo(figures.get(d.id)?.get(ags)).length > 0);

  const scope = { tenant, actor: { id: null, label: "report" } };
  const [round] = await db
    .select({ id: rounds.id })
    .from(rounds)
    .where(and(eq(rounds.tenantId, tenant.id), eq(rounds.status, "closed"), sql`${rounds.closedAt} < ${new Date(Date.UTC(report.year + 1, 0, 1))}`))
    .orderBy(desc(rounds.closedAt))
    .limit(1);
  let selfcheck: ReportData["selfcheck"] = null;
  if (round) {
    const r = await roundResults(db, scope, round.id);
    selfcheck = {
      round: r.round.title,
      responses: r.result.responses,
      areas: r.definition.areas.map((a, i) => {
        const mean = r.result.areas[i]?.overall.mean ?? null;
        return { key: a.key, title: a.title, mean, change: r.previous?.change[a.key] ?? null, suggestion: bandOf(a.bands, mean)?.text ?? null };
      }),
    };
  }
  const plan = await measureCounts(db, tenant.id);
  const ev = await eventCounts(db as Db, tenant.id, report.year);
  const med = await mediationCounts(db, tenant.id, report.year);
  return {
    tenant: tenant.name,
    year: report.year,
    title: report.title,
    ...(await translatedTexts(db, report)),
    indicators: chosen.map((d) => {
      const t = targets.find((x) => x.indicatorId === d.id);
      return {
        key: d.key,
        name: d.name,
        unit: d.unit,
        decimals: d.decimals,
        direction: d.direction,
        definition: d.definition,
        calculation: d.calculation,
        source: d.source,
        sourceUrl: d.sourceUrl,
        target: t ? { value: t.value, year: t.year } : null,
        own: upTo(figures.get(d.id)?.get(ags)),
        land: upTo(figures.get(d.id)?.get(landAgs)),
      };
    }),
    selfcheck,
    plan: plan.plan ? { title: plan.plan.title, startsYear: plan.plan.startsYear, endsYear: plan.plan.endsYear, byStatus: plan.byStatus, fields: plan.byField } : null,
    events: ev.events ? { events: ev.events, occurrences: ev.occurrences, confirmed: ev.registrations.confirmed, attended: ev.registrations.attended, byProgramme: ev.byProgramme.map((p) => ({ programme: p.programme, events: p.events, confirmed: p.confirmed })) } : null,
    mediation: med.requests || med.deployments ? { requests: med.requests, deployments: med.deployments, hours: med.hours, languages: med.languages, byLanguage: med.byLanguage } : null,
    generatedAt: new Date().toISOString(),
  };
}

const text = (t: TranslatedText, lang: Locale) => (lang === "de" ? t.de : (t.tr[lang]?.text ?? t.de));

/** The report in one language: texts, formatted figures, charts. */
export function reportContent(data: ReportData, lang: Locale, status: string): ReportContent {
  const t = (key: string, values?: Record<string, string | number>) => translate(lang, key, values);
  const number = (decimals: number | null) => new Intl.NumberFormat(lang, { maximumFractionDigits: decimals ?? 1, minimumFractionDigits: decimals ?? 0 });
  const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const withUnit = (v: string, unit: string) => (unit ? `${v} ${unit}` : v);
  const indicatorsOut: ReportIndicator[] = data.indicators.map((i) => {
    const f = number(i.decimals);
    const years = [...new Set([...i.own, ...i.land].map((p) => p.year))].sort((a, b) => a - b);
    const at = (list: SeriesPoint[]) => years.map((y) => list.find((p) => p.year === y)?.value ?? null);
    const series = [
      { key: "own", label: data.tenant, values: at(i.own) },
      ...(i.land.length ? [{ key: "land", label: t("strategy.monitoring.land"), values: at(i.land) }] : []),
    ];
    const light = trafficLight(i.own, i.direction, i.target);
    const latest = i.own.at(-1);
    const target = i.target ? t("strategy.monitoring.targetIs", { value: withUnit(f.format(i.target.value), i.unit), year: i.target.year }) : null;
    return {
      key: i.key,
      name: i.name,
      unit: i.unit,
      light: light.light,
      lightText: t(`strategy.light.${light.reason}`),
      latest: latest ? `${withUnit(f.format(latest.value), i.unit)} (${latest.year})` : "–",
      target,
      chartSvg: years.length
        ? svgString(LineChart({ id: `ind-${i.key}`, title: i.name, x: years, series, target: i.target ? { value: i.target.value, label: t("strategy.monitoring.targetLine", { year: i.target.year }) } : undefined, unit: i.unit, format: (v) => f.format(v), dir: dirOf(lang) }))
        : null,
      table: { caption: i.name, header: [t("strategy.monitoring.year"), ...series.map((s) => s.label)], rows: years.map((y, k) => [String(y), ...series.map((s) => (s.values[k] === null ? "–" : f.format(s.values[k]!)))]) },
    };
  });
  const sc = data.selfcheck;
  const plan = data.plan;
  const statusLabels = MEASURE_STATUSES.map((s) => t(`strategy.measure.status.${s}`));
  const activities: ReportContent["activities"] = [];
  if (data.events) {
    activities.push({
      title: t("strategy.report.events"),
      items: [
        { label: t("strategy.report.eventsHeld"), value: whole.format(data.events.events) },
        { label: t("strategy.report.occurrences"), value: whole.format(data.events.occurrences) },
        { label: t("strategy.report.registrations"), value: whole.format(data.events.confirmed) },
        { label: t("strategy.report.attended"), value: whole.format(data.events.attended) },
      ],
      table: data.events.byProgramme.length
        ? { caption: t("strategy.report.programmes"), header: [t("strategy.report.programme"), t("strategy.report.eventsHeld"), t("strategy.report.registrations")], rows: data.events.byProgramme.map((p) => [p.programme, whole.format(p.events), whole.format(p.confirmed)]) }
        : undefined,
    });
  }
  if (data.mediation) {
    const hours = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    activities.push({
      title: t("strategy.report.mediation"),
      items: [
        { label: t("strategy.report.requests"), value: whole.format(data.mediation.requests) },
        { label: t("strategy.report.deployments"), value: whole.format(data.mediation.deployments) },
        { label: t("strategy.report.hours"), value: hours.format(data.mediation.hours) },
        { label: t("strategy.report.languages"), value: whole.format(data.mediation.languages) },
      ],
      table: data.mediation.byLanguage.length
        ? {
            caption: t("strategy.report.byLanguage"),
            header: [t("strategy.report.language"), t("strategy.report.deployments"), t("strategy.report.hours")],
            rows: data.mediation.byLanguage.map((l) => [languageName(l.language, lang), whole.format(l.deployments), hours.format(l.hours)]),
          }
        : undefined,
    });
  }
  return {
    lang,
    dir: dirOf(lang),
    title: data.title,
    tenant: data.tenant,
    year: data.year,
    status,
    labels: {
      contents: t("strategy.report.contents"),
      summary: t("strategy.report.summary"),
      indicators: t("strategy.report.indicators"),
      selfcheck: t("strategy.report.selfcheck"),
      plan: t("strategy.report.plan"),
      activities: t("strategy.report.activities"),
      recommendations: t("strategy.report.recommendations"),
      annex: t("strategy.report.annex"),
      target: t("strategy.report.target"),
      latest: t("strategy.report.latest"),
      definition: t("strategy.report.definition"),
      calculation: t("strategy.report.calculation"),
      source: t("strategy.report.source"),
      page: t("strategy.report.page"),
      noData: t("strategy.report.noData"),
    },
    summary: text(data.summary, lang),
    recommendations: text(data.recommendations, lang),
    indicators: indicatorsOut,
    selfcheck: sc
      ? {
          round: sc.round,
          responses: t("strategy.report.responses", { count: sc.responses }),
          chartSvg:
            sc.areas.length >= 3
              ? svgString(RadarChart({ id: "report-selfcheck", title: sc.round, categories: sc.areas.map((a) => textIn(a.title, lang).text), series: [{ key: "all", label: t("strategy.results.everyone"), values: sc.areas.map((a) => a.mean) }], dir: dirOf(lang), format: (v) => whole.format(v) }))
              : null,
          areas: sc.areas.map((a) => ({
            title: textIn(a.title, lang).text,
            score: a.mean === null ? "–" : whole.format(a.mean),
            change: a.change === null ? null : `${a.change >= 0 ? "+" : "−"}${whole.format(Math.abs(a.change))}`,
            suggestion: a.suggestion ? textIn(a.suggestion, lang).text : "",
          })),
        }
      : null,
    plan: plan
      ? {
          title: plan.title,
          period: `${plan.startsYear}–${plan.endsYear}`,
          byStatus: MEASURE_STATUSES.map((s, i) => ({ label: statusLabels[i]!, count: plan.byStatus[s] })),
          fields: plan.fields.map((f) => ({ title: f.field, counts: MEASURE_STATUSES.map((s) => f.byStatus[s] ?? 0) })),
        }
      : null,
    activities,
    annex: data.indicators.map((i) => ({ name: i.name, definition: i.definition, calculation: i.calculation, source: i.source, sourceUrl: i.sourceUrl })),
  };
}
