/**
 * Wegweiser Integration: organisations, their locations, and the offers
 * (services) the public guide lists, with office hours and search documents.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenants, towns, tsvector } from "../../core/db/schema.ts";

export const barrierFree = pgEnum("barrier_free", ["yes", "no", "unknown"]);
export const recordStatus = pgEnum("record_status", ["active", "archived"]);

export const organisations = pgTable(
  "dir_organisation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** A Land tenant's organisations are visible to every tenant of that Land. */
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind").notNull().default("association"),
    website: text("website"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dir_org_tenant").on(t.tenantId)],
);

export const locations = pgTable(
  "dir_location",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "cascade" }),
    label: text("label"),
    street: text("street").notNull(),
    postcode: text("postcode").notNull(),
    city: text("city").notNull(),
    townId: uuid("town_id").references(() => towns.id, { onDelete: "set null" }),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    barrierFree: barrierFree("barrier_free").notNull().default("unknown"),
  },
  (t) => [index("dir_location_org").on(t.organisationId)],
);

/** One entry of the Wegweiser: an offer of an organisation, at a location, with its office hours. */
export const services = pgTable(
  "dir_service",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id").notNull().references(() => organisations.id, { onDelete: "restrict" }),
    locationId: uuid("location_id").references(() => locations.id, { onDelete: "set null" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    summary: text("summary").notNull().default(""),
    description: text("description").notNull().default(""),
    /** Kind of offer, a key of SERVICE_KINDS. */
    kind: text("kind").notNull(),
    topics: text("topics").array().notNull().default([]),
    targetGroups: text("target_groups").array().notNull().default([]),
    /** ISO 639 codes of the languages spoken, e.g. {de,ar,fa,prs}. */
    languages: text("languages").array().notNull().default([]),
    phone: text("phone"),
    email: text("email"),
    website: text("website"),
    appointmentUrl: text("appointment_url"),
    appointmentOnly: boolean("appointment_only").notNull().default(false),
    temporarilyClosed: boolean("temporarily_closed").notNull().default(false),
    hoursNote: text("hours_note").notNull().default(""),
    status: recordStatus("status").notNull().default("active"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("dir_service_tenant_slug").on(t.tenantId, t.slug),
    index("dir_service_tenant_status").on(t.tenantId, t.status),
    index("dir_service_topics").using("gin", t.topics),
    index("dir_service_languages").using("gin", t.languages),
  ],
);

/** Weekly office hours; a slot over midnight is stored as two slots. Minutes since 00:00, weekday 1 = Monday. */
export const openingSlots = pgTable(
  "dir_opening_slot",
  {
    serviceId: uuid("service_id").notNull().references(() => services.id, { onDelete: "cascade" }),
    weekday: smallint("weekday").notNull(),
    opens: smallint("opens").notNull(),
    closes: smallint("closes").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.weekday, t.opens] }),
    /** "Open now" over many entries: the slots of one weekday around one minute, without reading the table. */
    index("dir_opening_slot_weekday").on(t.weekday, t.opens, t.closes, t.serviceId),
  ],
);

/** Exception dates: closed (e.g. 24.12.) or extra/other hours on one day. */
export const openingExceptions = pgTable(
  "dir_opening_exception",
  {
    serviceId: uuid("service_id").notNull().references(() => services.id, { onDelete: "cascade" }),
    day: date("day").notNull(),
    opens: smallint("opens"),
    closes: smallint("closes"),
    note: text("note").notNull().default(""),
  },
  (t) => [
    index("dir_opening_exception_day").on(t.serviceId, t.day),
    /** "Open now": the entries with an exception today. */
    index("dir_opening_exception_by_day").on(t.day, t.serviceId),
  ],
);

/**
 * Search documents: one row per service and language (German plus each
 * translation), rebuilt whenever the service or a translation changes.
 */
export const searchDocuments = pgTable(
  "dir_search",
  {
    serviceId: uuid("service_id").notNull().references(() => services.id, { onDelete: "cascade" }),
    lang: text("lang").notNull(),
    tenantId: uuid("tenant_id").notNull(),
    /** fold(name) in this language, for exact-name ranking. */
    name: text("name").notNull(),
    document: tsvector("document").notNull(),
    /**
     * Copies of the entry's filter and sort attributes, so that a search reads
     * only this table (no join with dir_service for hundreds of candidates);
     * rewritten by indexServices() whenever the entry, its status or its
     * location changes.
     */
    active: boolean("active").notNull().default(true),
    kind: text("kind").notNull().default(""),
    topics: text("topics").array().notNull().default(sql`'{}'::text[]`),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    townSlug: text("town_slug"),
    temporarilyClosed: boolean("temporarily_closed").notNull().default(false),
    slug: text("slug").notNull().default(""),
    sortName: text("sort_name").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.lang] }),
    index("dir_search_document").using("gin", t.document),
    index("dir_search_tenant_lang").on(t.tenantId, t.lang),
  ],
);

/** Folded words of each tenant's entries: the vocabulary for typo tolerance and "did you mean". */
export const searchWords = pgTable(
  "dir_search_word",
  {
    tenantId: uuid("tenant_id").notNull(),
    /** fold() of the word: the key that queries are compared with. */
    word: text("word").notNull(),
    /** The word as written (lower case, with umlauts), for "did you mean". */
    display: text("display").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.word] }),
    index("dir_search_word_trgm").using("gin", t.word.op("gin_trgm_ops")),
  ],
);
