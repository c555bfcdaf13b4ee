/**
 * Strategy: questionnaires (Selbstcheck, needs analysis) and their rounds with
 * the responses, workshops with live priority voting, and the
 * Handlungskonzept (periods → fields of action → goals → measures).
 *
 * Questionnaires of the Land tenant are templates every municipality sees and
 * copies. A questionnaire's whole structure is one JSON definition (model.ts);
 * a round freezes the definition it was opened with.
 *
 * Personal data: a response holds no name unless the round is not anonymous;
 * the e-mail address an invitation went to is kept only in non-anonymous
 * rounds (anonymous rounds pass it to the mail outbox and forget it). A
 * workshop vote holds a hash of a random browser cookie, nothing else; votes
 * and responses go with their round when staff delete it.
 */
import { sql } from "drizzle-orm";
import { boolean, date, doublePrecision, index, integer, jsonb, numeric, pgEnum, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenants } from "../../core/db/schema.ts";
import { MEASURE_STATUSES, QUESTIONNAIRE_KINDS, RESPONDENT_GROUPS, ROUND_STATUSES, type Definition, type LocalText } from "./model.ts";
import type { Answers } from "./scoring.ts";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
const tenantId = () => uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" });

export const questionnaireKind = pgEnum("st_questionnaire_kind", QUESTIONNAIRE_KINDS);
export const roundStatus = pgEnum("st_round_status", ROUND_STATUSES);
export const respondentGroup = pgEnum("st_respondent_group", RESPONDENT_GROUPS);
export const measureStatus = pgEnum("st_measure_status", MEASURE_STATUSES);
export const planStatus = pgEnum("st_plan_status", ["draft", "adopted", "archived"]);
export const workshopStatus = pgEnum("st_workshop_status", ["open", "closed"]);

export const questionnaires = pgTable(
  "st_questionnaire",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    kind: questionnaireKind("kind").notNull(),
    /** The template it was made from (templates.ts key), kept through copies: rounds of copies compare. */
    templateKey: text("template_key"),
    /** The questionnaire it was copied from, if any. */
    copiedFrom: uuid("copied_from"),
    title: jsonb("title").$type<LocalText>().notNull(),
    description: jsonb("description").$type<LocalText>().notNull(),
    definition: jsonb("definition").$type<Definition>().notNull(),
    /** Optimistic lock: a form sends the version it showed. */
    version: integer("version").notNull().default(1),
    archived: boolean("archived").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("st_questionnaire_tenant").on(t.tenantId), uniqueIndex("st_questionnaire_template").on(t.tenantId, t.templateKey).where(sql`${t.copiedFrom} IS NULL AND ${t.templateKey} IS NOT NULL`)],
);

export const rounds = pgTable(
  "st_round",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    questionnaireId: uuid("questionnaire_id").notNull().references(() => questionnaires.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    status: roundStatus("status").notNull().default("draft"),
    anonymous: boolean("anonymous").notNull().default(true),
    /** Frozen when the round opens; until then the questionnaire's current one is used. */
    definition: jsonb("definition").$type<Definition>(),
    /** The round the results are compared with; by default the latest closed one of the same questionnaire lineage. */
    previousId: uuid("previous_id"),
    closesOn: date("closes_on", { mode: "string" }),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("st_round_tenant").on(t.tenantId, t.createdAt)],
);

/** A personal link and what was answered through it. The link's secret is an HMAC of the id, never stored. */
export const responses = pgTable(
  "st_response",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    roundId: uuid("round_id").notNull().references(() => rounds.id, { onDelete: "cascade" }),
    group: respondentGroup("group").notNull(),
    /** For the administration: which department (several people of one department may answer). */
    department: text("department").notNull().default(""),
    /** Only in rounds that are not anonymous. */
    name: text("name"),
    email: text("email"),
    answers: jsonb("answers").$type<Answers>().notNull().default(sql`'{}'`),
    /** The area the respondent reached (0-based), to continue there. */
    reached: smallint("reached").notNull().default(0),
    startedAt: timestamp("started_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("st_response_round").on(t.roundId, t.group)],
);

export const workshops = pgTable(
  "st_workshop",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    roundId: uuid("round_id").references(() => rounds.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** What participants type on their phones; unique among open workshops. */
    code: text("code").notNull(),
    status: workshopStatus("status").notNull().default("open"),
    votesPerPerson: smallint("votes_per_person").notNull().default(3),
    createdAt: createdAt(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("st_workshop_open_code").on(t.code).where(sql`${t.status} = 'open'`), index("st_workshop_tenant").on(t.tenantId)],
);

/** A priority participants can vote for, per area (field of action). */
export const workshopItems = pgTable(
  "st_workshop_item",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workshopId: uuid("workshop_id").notNull().references(() => workshops.id, { onDelete: "cascade" }),
    areaKey: text("area_key").notNull(),
    text: text("text").notNull(),
    position: integer("position").notNull().default(0),
    /** The goal this priority became in the Handlungskonzept. */
    goalId: uuid("goal_id"),
  },
  (t) => [index("st_workshop_item_workshop").on(t.workshopId)],
);

export const workshopVotes = pgTable(
  "st_workshop_vote",
  {
    itemId: uuid("item_id").notNull().references(() => workshopItems.id, { onDelete: "cascade" }),
    workshopId: uuid("workshop_id").notNull().references(() => workshops.id, { onDelete: "cascade" }),
    /** SHA-256 of the participant's random cookie: one vote per item and person, nothing that names anyone. */
    participant: text("participant").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.participant] }), index("st_workshop_vote_person").on(t.workshopId, t.participant)],
);

/** A Handlungskonzept for a period, e.g. 2020–2025. */
export const plans = pgTable(
  "st_plan",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    title: text("title").notNull(),
    startsYear: smallint("starts_year").notNull(),
    endsYear: smallint("ends_year").notNull(),
    status: planStatus("status").notNull().default("draft"),
    /** The plan of the period before, when this one was continued from it. */
    previousId: uuid("previous_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("st_plan_tenant").on(t.tenantId, t.startsYear)],
);

export const fields = pgTable(
  "st_field",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    planId: uuid("plan_id").notNull().references(() => plans.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** The Selbstcheck area it answers (a workshop's priorities for that area become its goals). */
    areaKey: text("area_key"),
    /** Wegweiser topics that belong to it, for the inventory of offers. */
    topics: text("topics").array().notNull().default(sql`'{}'`),
  },
  (t) => [index("st_field_plan").on(t.planId, t.position)],
);

export const goals = pgTable(
  "st_goal",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    fieldId: uuid("field_id").notNull().references(() => fields.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** How the goal is measured, in words (an indicator of the monitoring can be named here). */
    indicator: text("indicator").notNull().default(""),
    targetValue: numeric("target_value", { precision: 14, scale: 4, mode: "number" }),
    targetYear: smallint("target_year"),
    createdAt: createdAt(),
  },
  (t) => [index("st_goal_field").on(t.fieldId, t.position)],
);

export const measures = pgTable(
  "st_measure",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    goalId: uuid("goal_id").notNull().references(() => goals.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** The office or organisation responsible. */
    responsible: text("responsible").notNull().default(""),
    partners: text("partners").notNull().default(""),
    startsOn: date("starts_on", { mode: "string" }),
    endsOn: date("ends_on", { mode: "string" }),
    /** Euro. */
    budget: numeric("budget", { precision: 14, scale: 2, mode: "number" }),
    status: measureStatus("status").notNull().default("idea"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("st_measure_goal").on(t.goalId, t.position)],
);

export const measureNotes = pgTable(
  "st_measure_note",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    measureId: uuid("measure_id").notNull().references(() => measures.id, { onDelete: "cascade" }),
    notedOn: date("noted_on", { mode: "string" }).notNull(),
    text: text("text").notNull(),
    /** Who wrote it, as the audit log names people. */
    author: text("author").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("st_measure_note_measure").on(t.measureId, t.notedOn)],
);

// ---------------------------------------------------------------------------
// Monitoring and the integration report

export const indicatorDirection = pgEnum("st_indicator_direction", ["up", "down", "none"]);
export const reportStatus = pgEnum("st_report_status", ["draft", "published"]);

/**
 * An indicator's definition. The Land's (imported from its Open SDG monitoring) are shared by all
 * its municipalities; a municipality adds its own. `key` is the Open SDG id ("1-1") or the
 * municipality's own.
 */
export const indicators = pgTable(
  "st_indicator",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    key: text("key").notNull(),
    name: text("name").notNull(),
    definition: text("definition").notNull().default(""),
    calculation: text("calculation").notNull().default(""),
    source: text("source").notNull().default(""),
    sourceUrl: text("source_url"),
    unit: text("unit").notNull().default(""),
    direction: indicatorDirection("direction").notNull().default("none"),
    decimals: smallint("decimals"),
    /** "opensdg" (imported) or "manual". */
    origin: text("origin").notNull().default("manual"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("st_indicator_key").on(t.tenantId, t.key)],
);

/**
 * One figure: an indicator's value for an area (its AGS: "03405" a district or city, "03" the
 * Land, "" none given), a year, and a breakdown (column → value, e.g. Geschlecht → weiblich).
 * Owned by the tenant that imported or entered it; the Land's figures are seen by every
 * municipality. `file` names the import it came from: importing that file again replaces them.
 */
export const indicatorValues = pgTable(
  "st_indicator_value",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    indicatorId: uuid("indicator_id").notNull().references(() => indicators.id, { onDelete: "cascade" }),
    ags: text("ags").notNull().default(""),
    geoCode: text("geo_code"),
    year: smallint("year").notNull(),
    /** The period as the source wrote it ("Juni 2007", "2019/20"), or the year. */
    period: text("period").notNull(),
    breakdown: jsonb("breakdown").$type<Record<string, string>>().notNull().default(sql`'{}'`),
    /** The breakdown as one sortable string ("Geschlecht=weiblich|Kategorie=…"; "" for the total). */
    breakdownKey: text("breakdown_key").notNull().default(""),
    unit: text("unit").notNull().default(""),
    value: doublePrecision("value").notNull(),
    file: text("file"),
    /** For a value entered by hand: where it comes from. */
    source: text("source").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("st_indicator_value_key").on(t.indicatorId, t.tenantId, t.ags, t.year, t.period, t.breakdownKey, t.unit),
    index("st_indicator_value_series").on(t.indicatorId, t.ags, t.breakdownKey, t.year),
    index("st_indicator_value_file").on(t.tenantId, t.indicatorId, t.file),
  ],
);

/** A municipality's target for an indicator: the value it wants to reach by a year. */
export const indicatorTargets = pgTable(
  "st_indicator_target",
  {
    tenantId: tenantId(),
    indicatorId: uuid("indicator_id").notNull().references(() => indicators.id, { onDelete: "cascade" }),
    value: doublePrecision("value").notNull(),
    year: smallint("year").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.indicatorId] })],
);

/** The integration report of a year: the edited texts and which indicators it shows; its published versions are frozen below. */
export const reports = pgTable(
  "st_report",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    year: smallint("year").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    recommendations: text("recommendations").notNull().default(""),
    /** Indicator keys to show, in order; empty: every indicator with figures for the municipality. */
    indicatorKeys: text("indicator_keys").array().notNull().default(sql`'{}'`),
    status: reportStatus("status").notNull().default("draft"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("st_report_year").on(t.tenantId, t.year)],
);

/** A published version: the report's data as it was (figures, counts, texts with their translations), rendered again in any language. */
export const reportVersions = pgTable(
  "st_report_version",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    reportId: uuid("report_id").notNull().references(() => reports.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    data: jsonb("data").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    publishedBy: text("published_by").notNull(),
  },
  (t) => [uniqueIndex("st_report_version_number").on(t.reportId, t.version)],
);
