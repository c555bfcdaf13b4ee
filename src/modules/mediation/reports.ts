/**
 * Figures of the Sprachmittlung for the office and for the integration report:
 * deployments by language, requester, month or topic, what became of the
 * requests, and how early requests arrive and how fast they are handled.
 *
 * Everything is aggregated in SQL and scoped by tenant_id on every table
 * read. Definitions, used throughout:
 * - a deployment is a job that was not cancelled (confirmed or completed);
 * - its minutes are the recorded actual minutes, else the booked duration;
 * - billed cents are the fees of completed jobs plus the fees of billable
 *   cancellations (late cancellations, clients' no-shows);
 * - a request's appointment is the start of its live job, else of its latest
 *   cancelled job, else its preferred slot: the filter range applies to it.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../core/db/index.ts";
import { rows } from "../../core/db/index.ts";
import { dateFormat, translate } from "../../core/i18n.ts";
import { instantOf, TIME_ZONE } from "../../core/time.ts";
import { JOB_MINUTES } from "./schema.ts";
import { languageName } from "./validation.ts";

/** Appointment time range [from, to). */
export interface ReportFilter {
  from: Date;
  to: Date;
}

export type Dimension = "language" | "requester" | "month" | "topic";

export interface DeploymentRow {
  key: string;
  label: string;
  deployments: number;
  minutes: number;
  cancelled: number;
  billedCents: number;
}

const monthLabel = dateFormat("de", { month: "long", year: "numeric", timeZone: "UTC" });

/** Group key in SQL, and the German label of a group (the requester's name comes from SQL). */
const DIMENSIONS: Record<Dimension, { key: SQL; label: SQL; relabel: (key: string, label: string) => string }> = {
  language: { key: sql`r.language`, label: sql`r.language`, relabel: (key) => languageName("de", key) },
  requester: { key: sql`q.id::text`, label: sql`q.name`, relabel: (_key, label) => label },
  month: {
    key: sql`to_char(j.starts_at AT TIME ZONE ${TIME_ZONE}, 'YYYY-MM')`,
    label: sql`to_char(j.starts_at AT TIME ZONE ${TIME_ZONE}, 'YYYY-MM')`,
    relabel: (key) => monthLabel.format(new Date(`${key}-01T00:00:00Z`)),
  },
  topic: { key: sql`r.topic`, label: sql`r.topic`, relabel: (key) => translate("de", `mediation.topic.${key}`) },
};

/**
 * Jobs with their appointment in the range, grouped. Months come in calendar
 * order, the other dimensions by deployments (most first), then by label.
 */
export async function deploymentsBy(db: Executor, tenantId: string, filter: ReportFilter, dimension: Dimension): Promise<DeploymentRow[]> {
  const dim = DIMENSIONS[dimension];
  const found = await rows<DeploymentRow>(
    db,
    sql`SELECT ${dim.key} AS key, ${dim.label} AS label,
               count(*) FILTER (WHERE j.status <> 'cancelled')::int AS deployments,
               coalesce(sum(${JOB_MINUTES}) FILTER (WHERE j.status <> 'cancelled'), 0)::int AS minutes,
               count(*) FILTER (WHERE j.status = 'cancelled')::int AS cancelled,
               (coalesce(sum(j.fee_cents) FILTER (WHERE j.status = 'completed'), 0)
                 + coalesce(sum(j.cancellation_fee_cents) FILTER (WHERE j.status = 'cancelled'), 0))::int AS "billedCents"
          FROM med_job j
          JOIN med_request r ON r.id = j.request_id AND r.tenant_id = ${tenantId}
          JOIN med_requester q ON q.id = r.requester_id AND q.tenant_id = ${tenantId}
         WHERE j.tenant_id = ${tenantId} AND j.starts_at >= ${filter.from} AND j.starts_at < ${filter.to}
         GROUP BY 1, 2`,
  );
  const labelled = found.map((row) => ({ ...row, label: dim.relabel(row.key, row.label) }));
  if (dimension === "month") return labelled.sort((a, b) => a.key.localeCompare(b.key));
  return labelled.sort((a, b) => b.deployments - a.deployments || a.label.localeCompare(b.label, "de"));
}

/**
 * The tenant's requests whose appointment lies in the range, with that
 * appointment (see the module comment); a CTE body for the queries below.
 */
function requestsIn(tenantId: string, filter: ReportFilter): SQL {
  return sql`SELECT r.id, r.status, r.decision_reason, r.created_at, r.decided_at, a.appointment,
                    (SELECT min(j.created_at) FROM med_job j WHERE j.request_id = r.id AND j.tenant_id = ${tenantId}) AS first_job_at
               FROM med_request r
               CROSS JOIN LATERAL (
                 SELECT coalesce(
                   (SELECT j.starts_at FROM med_job j WHERE j.request_id = r.id AND j.tenant_id = ${tenantId}
                     ORDER BY (j.status <> 'cancelled') DESC, j.created_at DESC LIMIT 1),
                   (SELECT s.starts_at FROM med_request_slot s WHERE s.request_id = r.id AND s.rank = 0)) AS appointment
               ) a
              WHERE r.tenant_id = ${tenantId} AND a.appointment >= ${filter.from} AND a.appointment < ${filter.to}`;
}

export interface RequestOutcomes {
  submitted: number;
  approved: number;
  declined: number;
  unmet: number;
  cancelled: number;
  confirmed: number;
  completed: number;
  declineReasons: { reason: string; count: number }[];
}

/**
 * What became of the requests with their appointment in the range. Each
 * request is counted once, by its current status, so the counts add up to
 * all requests: `submitted` waits for a decision, `approved` includes
 * "offered" (approved, mediator search under way). A cancellation by the
 * mediator reopens the request, so it is not counted as cancelled.
 * Decline reasons are grouped by their exact text, most frequent first.
 */
export async function requestOutcomes(db: Executor, tenantId: string, filter: ReportFilter): Promise<RequestOutcomes> {
  const [counts] = await rows<Omit<RequestOutcomes, "declineReasons">>(
    db,
    sql`WITH req AS (${requestsIn(tenantId, filter)})
        SELECT count(*) FILTER (WHERE status = 'submitted')::int AS submitted,
               count(*) FILTER (WHERE status IN ('approved', 'offered'))::int AS approved,
               count(*) FILTER (WHERE status = 'declined')::int AS declined,
               count(*) FILTER (WHERE status = 'unmet')::int AS unmet,
               count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
               count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
               count(*) FILTER (WHERE status = 'completed')::int AS completed
          FROM req`,
  );
  const declineReasons = await rows<{ reason: string; count: number }>(
    db,
    sql`WITH req AS (${requestsIn(tenantId, filter)})
        SELECT coalesce(trim(decision_reason), '') AS reason, count(*)::int AS count
          FROM req WHERE status = 'declined'
         GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  return { ...counts!, declineReasons };
}

export interface LeadTimes {
  /** Submission → appointment, median and 90th percentile, hours. */
  medianHours: number | null;
  p90Hours: number | null;
  /** Submission → staff decision (automatic approvals count with their ~0 h). */
  decisionMedianHours: number | null;
  /** Submission → first job (a mediator accepted). */
  confirmationMedianHours: number | null;
}

/**
 * How early requests arrive and how fast the office answers them, over the
 * requests with their appointment in the range; null when there is nothing to
 * measure. Interpolated percentiles (percentile_cont), unrounded.
 */
export async function leadTimes(db: Executor, tenantId: string, filter: ReportFilter): Promise<LeadTimes> {
  const hours = (until: SQL) => sql`(extract(epoch FROM ${until} - created_at) / 3600)::float8`;
  const [r] = await rows<LeadTimes>(
    db,
    sql`WITH req AS (${requestsIn(tenantId, filter)})
        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours(sql`appointment`)}) AS "medianHours",
               percentile_cont(0.9) WITHIN GROUP (ORDER BY ${hours(sql`appointment`)}) AS "p90Hours",
               percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours(sql`decided_at`)}) AS "decisionMedianHours",
               percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours(sql`first_job_at`)}) AS "confirmationMedianHours"
          FROM req`,
  );
  return r!;
}

export interface MediationCounts {
  year: number;
  /** Requests with their appointment in the year. */
  requests: number;
  /** Jobs not cancelled. */
  deployments: number;
  /** Their minutes in hours, one decimal. */
  hours: number;
  /** Languages with at least one deployment. */
  languages: number;
  /** Language code (ISO 639), deployments and their hours, most deployments first; languages without deployments are left out. */
  byLanguage: { language: string; deployments: number; hours: number }[];
  /** Requests declined by the office, and requests nobody could take. */
  declined: number;
  unmet: number;
}

/**
 * The counts the integration report (strategy module) reads: small, stable,
 * documented. One calendar year of Europe/Berlin, by appointment; same
 * definitions as the office's figures above.
 */
export async function mediationCounts(db: Executor, tenantId: string, year: number): Promise<MediationCounts> {
  const filter = { from: instantOf(`${year}-01-01`, 0), to: instantOf(`${year + 1}-01-01`, 0) };
  const [byLanguage, outcomes] = await Promise.all([deploymentsBy(db, tenantId, filter, "language"), requestOutcomes(db, tenantId, filter)]);
  const deployed = byLanguage.filter((l) => l.deployments > 0).sort((a, b) => b.deployments - a.deployments || a.key.localeCompare(b.key));
  const minutes = deployed.reduce((sum, l) => sum + l.minutes, 0);
  return {
    year,
    requests: outcomes.submitted + outcomes.approved + outcomes.declined + outcomes.unmet + outcomes.cancelled + outcomes.confirmed + outcomes.completed,
    deployments: deployed.reduce((sum, l) => sum + l.deployments, 0),
    hours: Math.round(minutes / 6) / 10,
    languages: deployed.length,
    byLanguage: deployed.map((l) => ({ language: l.key, deployments: l.deployments, hours: Math.round(l.minutes / 6) / 10 })),
    declined: outcomes.declined,
    unmet: outcomes.unmet,
  };
}
