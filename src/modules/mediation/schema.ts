/**
 * Sprachmittlung: the mediator pool, the requesting institutions, requests
 * with their alternative slots, offers and jobs (confirmed deployments).
 *
 * The rule that one mediator never has two overlapping jobs is a database
 * constraint (migration 0006: EXCLUDE USING gist on mediator and time range),
 * as is "one live job per request" (a partial unique index), so parallel
 * accepts cannot both win whatever the code does.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenants, towns, users } from "../../core/db/schema.ts";
import {
  CANCELLED_BY,
  GENDERS,
  JOB_STATUSES,
  LEVELS,
  MODES,
  OFFER_STATUSES,
  REQUEST_STATUSES,
  REQUESTER_KINDS,
  TRAVEL_MODES,
  URGENCIES,
  type Criteria,
  type RateRules,
} from "./model.ts";
import type { Assessment } from "./eligibility.ts";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const tenantId = () => uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" });

export const requesterKind = pgEnum("med_requester_kind", REQUESTER_KINDS);
export const mediationMode = pgEnum("med_mode", MODES);
export const gender = pgEnum("med_gender", GENDERS);
export const urgency = pgEnum("med_urgency", URGENCIES);
export const languageLevel = pgEnum("med_level", LEVELS);
export const travelMode = pgEnum("med_travel_mode", TRAVEL_MODES);
export const requestStatus = pgEnum("med_request_status", REQUEST_STATUSES);
export const offerStatus = pgEnum("med_offer_status", OFFER_STATUSES);
export const jobStatus = pgEnum("med_job_status", JOB_STATUSES);
export const cancelledBy = pgEnum("med_cancelled_by", CANCELLED_BY);

/** The office's criteria, rates and public text; one row per tenant, created on first use. */
export const mediationSettings = pgTable("med_settings", {
  tenantId: uuid("tenant_id").primaryKey().references(() => tenants.id, { onDelete: "cascade" }),
  criteria: jsonb("criteria").$type<Criteria>().notNull(),
  rates: jsonb("rates").$type<RateRules>().notNull(),
  /** Public introduction of the service (German; translations in content_translation). */
  intro: text("intro").notNull().default(""),
  /** Functional mailbox of the coordinating office (not a person's address). */
  contactEmail: text("contact_email"),
  contactPhone: text("contact_phone"),
  /** Days after the appointment when on-site contacts and free-text notes of a request are erased. */
  retentionDays: integer("retention_days").notNull().default(90),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A requesting institution: a department of the city, a Kita, a school … */
export const requesters = pgTable(
  "med_requester",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    kind: requesterKind("kind").notNull(),
    /** Cost centre for the internal cost allocation (Kostenstelle). */
    costCentre: text("cost_centre"),
    street: text("street"),
    postcode: text("postcode"),
    city: text("city"),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    /** Functional mailbox that receives decisions and confirmations. */
    email: text("email").notNull(),
    phone: text("phone"),
    /** Budget per calendar year in cents; null: no limit. */
    annualBudgetCents: integer("annual_budget_cents"),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("med_requester_tenant").on(t.tenantId, t.name)],
);

/** Accounts that may request for an institution (their membership role is `requester`). */
export const requesterMembers = pgTable(
  "med_requester_member",
  {
    requesterId: uuid("requester_id").notNull().references(() => requesters.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.requesterId, t.userId] }), index("med_requester_member_user").on(t.userId)],
);

/**
 * A language mediator. Personal data kept to what dispatch needs; the purpose
 * is stated on the form and consent recorded (`consentAt`): without it the
 * mediator cannot be active.
 */
export const mediators = pgTable(
  "med_mediator",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    /** Portal account; null until invited. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    gender: gender("gender"),
    travelMode: travelMode("travel_mode").notNull().default("public_transport"),
    /** Starting point for travel times: a postcode area centre is enough, not the home address. */
    baseLat: doublePrecision("base_lat"),
    baseLng: doublePrecision("base_lng"),
    baseLabel: text("base_label"),
    maxMinutesPerMonth: integer("max_minutes_per_month").notNull().default(1200),
    active: boolean("active").notNull().default(true),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    /** Secret of the private iCal feed URL (set by the service, regenerated on request). */
    calendarToken: text("calendar_token").notNull(),
    notes: text("notes").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("med_mediator_tenant").on(t.tenantId, t.name), uniqueIndex("med_mediator_user").on(t.tenantId, t.userId), uniqueIndex("med_mediator_calendar").on(t.calendarToken)],
);

export const mediatorLanguages = pgTable(
  "med_mediator_language",
  {
    mediatorId: uuid("mediator_id").notNull().references(() => mediators.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    level: languageLevel("level").notNull(),
    dialects: text("dialects").array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [primaryKey({ columns: [t.mediatorId, t.code] }), index("med_mediator_language_code").on(t.code)],
);

/** Qualifications and trainings, with the date they run out (first-aid style refreshers, confidentiality training …). */
export const qualifications = pgTable(
  "med_qualification",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mediatorId: uuid("mediator_id").notNull().references(() => mediators.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    obtainedOn: date("obtained_on"),
    validUntil: date("valid_until"),
  },
  (t) => [index("med_qualification_mediator").on(t.mediatorId)],
);

/** Towns (of a Landkreis) the mediator covers; none: the whole tenant. */
export const mediatorTowns = pgTable(
  "med_mediator_town",
  {
    mediatorId: uuid("mediator_id").notNull().references(() => mediators.id, { onDelete: "cascade" }),
    townId: uuid("town_id").notNull().references(() => towns.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.mediatorId, t.townId] })],
);

/** Weekly availability, local minutes of the day [start, end). */
export const availability = pgTable(
  "med_availability",
  {
    mediatorId: uuid("mediator_id").notNull().references(() => mediators.id, { onDelete: "cascade" }),
    weekday: smallint("weekday").notNull(),
    start: smallint("start").notNull(),
    end: smallint("end").notNull(),
  },
  (t) => [primaryKey({ columns: [t.mediatorId, t.weekday, t.start] })],
);

/** Holidays, illness and other absences, whole local days [from, to]. */
export const absences = pgTable(
  "med_absence",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mediatorId: uuid("mediator_id").notNull().references(() => mediators.id, { onDelete: "cascade" }),
    fromDay: date("from_day").notNull(),
    toDay: date("to_day").notNull(),
  },
  (t) => [index("med_absence_mediator").on(t.mediatorId, t.fromDay)],
);

/** A request for a mediator, with the pre-assessment and the staff decision. */
export const requests = pgTable(
  "med_request",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    /** Reference quoted in every message: SM-<year>-<number>. */
    reference: text("reference").notNull(),
    requesterId: uuid("requester_id").notNull().references(() => requesters.id, { onDelete: "restrict" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    language: text("language").notNull(),
    dialect: text("dialect"),
    preferredGender: gender("preferred_gender"),
    mode: mediationMode("mode").notNull(),
    topic: text("topic").notNull(),
    participants: smallint("participants").notNull().default(1),
    urgency: urgency("urgency").notNull().default("normal"),
    urgencyReason: text("urgency_reason").notNull().default(""),
    clientConsent: boolean("client_consent").notNull(),
    /** On site: where; phone/video: the number or link is sent with the confirmation. */
    street: text("street"),
    postcode: text("postcode"),
    city: text("city"),
    room: text("room"),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    remoteDetails: text("remote_details"),
    /** Personal data, erased `retentionDays` after the appointment. */
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    notes: text("notes").notNull().default(""),
    /** An earlier request of the same case: the same mediator is preferred (continuity). */
    followUpOf: uuid("follow_up_of"),
    status: requestStatus("status").notNull().default("submitted"),
    assessment: jsonb("assessment").$type<Assessment>().notNull(),
    decisionReason: text("decision_reason"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    cancelledBy: cancelledBy("cancelled_by"),
    cancelReason: text("cancel_reason"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("med_request_reference").on(t.tenantId, t.reference),
    index("med_request_tenant_status").on(t.tenantId, t.status),
    index("med_request_requester").on(t.requesterId, t.createdAt),
  ],
);

/** The preferred slot (rank 0) and up to two alternatives. */
export const requestSlots = pgTable(
  "med_request_slot",
  {
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    rank: smallint("rank").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    minutes: smallint("minutes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.rank] }), index("med_request_slot_starts").on(t.startsAt)],
);

/** An offer to one mediator for one slot. Not a booking: only an accepted offer becomes a job. */
export const offers = pgTable(
  "med_offer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    mediatorId: uuid("mediator_id").notNull().references(() => mediators.id, { onDelete: "cascade" }),
    slotRank: smallint("slot_rank").notNull(),
    status: offerStatus("status").notNull().default("open"),
    /** SHA-256 of the secret in the e-mail link (accept/decline without signing in). */
    tokenHash: text("token_hash").notNull(),
    sentBy: uuid("sent_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    declineReason: text("decline_reason"),
  },
  (t) => [
    index("med_offer_request").on(t.requestId),
    index("med_offer_mediator").on(t.mediatorId, t.status),
    uniqueIndex("med_offer_open").on(t.requestId, t.mediatorId, t.slotRank).where(sql`status = 'open'`),
  ],
);

/**
 * A confirmed deployment. Overlaps per mediator are excluded by a gist
 * constraint (migration 0006); one live job per request by a partial unique index.
 */
/**
 * A job's minutes, for SQL over `med_job j`: the recorded duration once there is a timesheet, else
 * the booked one. What the monthly maximum and the reports count.
 */
export const JOB_MINUTES = sql`coalesce(j.actual_minutes, extract(epoch FROM j.ends_at - j.starts_at)::int / 60)`;

export const jobs = pgTable(
  "med_job",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    requestId: uuid("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    mediatorId: uuid("mediator_id").notNull().references(() => mediators.id, { onDelete: "restrict" }),
    offerId: uuid("offer_id").references(() => offers.id, { onDelete: "set null" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    status: jobStatus("status").notNull().default("confirmed"),
    cancelledBy: cancelledBy("cancelled_by"),
    cancelReason: text("cancel_reason"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** Fee billed for a late cancellation (cents); 0 when free. */
    cancellationFeeCents: integer("cancellation_fee_cents").notNull().default(0),
    /** The client did not come (billable like a late cancellation) or the mediator did not. */
    noShow: text("no_show"),
    /** Timesheet: actual duration and travel, entered by the mediator, confirmed by the requester. */
    actualMinutes: integer("actual_minutes"),
    travelKm: doublePrecision("travel_km"),
    travelMinutes: integer("travel_minutes"),
    reportedAt: timestamp("reported_at", { withTimezone: true }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    confirmedBy: uuid("confirmed_by").references(() => users.id, { onDelete: "set null" }),
    feeCents: integer("fee_cents"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("med_job_live").on(t.requestId).where(sql`status <> 'cancelled'`),
    index("med_job_mediator").on(t.mediatorId, t.startsAt),
    index("med_job_tenant_starts").on(t.tenantId, t.startsAt),
  ],
);

/**
 * The latest "plan the week" of a tenant's week: planned once on request and
 * kept, so that the page, a reload and the redirect after sending offers show
 * it without planning again. `status` 'running' while the solver works (a row
 * older than the time limit and a margin counts as abandoned: the process
 * ended). `plan` is the solver's answer with what the page shows of each
 * request (reference, language, slots); no personal data. Deleted with the
 * request data's retention, weeks after the week.
 */
export const planRuns = pgTable(
  "med_plan_run",
  {
    tenantId: tenantId(),
    /** The Monday of the week, local date. */
    week: date("week", { mode: "string" }).notNull(),
    status: text("status", { enum: ["running", "done", "failed"] }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    plan: jsonb("plan"),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.week] }), check("med_plan_run_status", sql`${t.status} IN ('running', 'done', 'failed')`)],
);
