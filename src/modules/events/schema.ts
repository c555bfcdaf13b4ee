/**
 * Veranstaltungen: programmes (named series such as "Interkulturelle Woche
 * 2026"), events with their recurrence and single changed occurrences, and
 * registrations.
 *
 * Titles and descriptions are German here; translations live in the core's
 * content_translation (entities "ev_event", "ev_programme").
 *
 * Registrations hold personal data for one purpose, the event: name and
 * e-mail address (phone optional), the answers to the event's yes/no
 * questions and when consent was given. They are erased `retentionDays`
 * after the event (the event's own setting) by the retention job; the
 * counts stay in ev_registration_count.
 */
import { sql } from "drizzle-orm";
import { boolean, date, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenants, users } from "../../core/db/schema.ts";
import { EVENT_STATUSES, REGISTRATION_STATUSES, type Question } from "./model.ts";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const tenantId = () => uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" });

export const eventStatus = pgEnum("ev_status", EVENT_STATUSES);
export const registrationStatus = pgEnum("ev_registration_status", REGISTRATION_STATUSES);

export const programmes = pgTable(
  "ev_programme",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    startsOn: date("starts_on", { mode: "string" }),
    endsOn: date("ends_on", { mode: "string" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("ev_programme_slug").on(t.tenantId, t.slug)],
);

/**
 * Partner organisations with accounts: they draft their events in the
 * portal and send them to review. Their members are accounts with the
 * membership role `partner`; they see their events and the counts of
 * registrations, never the participants.
 */
export const partners = pgTable(
  "ev_partner",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    /** As the organisation wants to be named; the organiser of its events. */
    name: text("name").notNull(),
    /** Functional mailbox for the notices of the review. */
    contactEmail: text("contact_email").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("ev_partner_name").on(t.tenantId, t.name)],
);

export const partnerMembers = pgTable(
  "ev_partner_member",
  {
    partnerId: uuid("partner_id").notNull().references(() => partners.id, { onDelete: "cascade" }),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.userId] }), index("ev_partner_member_user").on(t.userId)],
);

export const events = pgTable(
  "ev_event",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    programmeId: uuid("programme_id").references(() => programmes.id, { onDelete: "set null" }),
    /** The partner organisation whose event this is (drafted in the portal); null: the office's own or a public proposal. */
    partnerId: uuid("partner_id").references(() => partners.id, { onDelete: "set null" }),
    slug: text("slug").notNull(),
    status: eventStatus("status").notNull().default("draft"),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** First occurrence; for all-day events local midnight of the first day and of the day after the last. */
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    timeZone: text("time_zone").notNull().default("Europe/Berlin"),
    allDay: boolean("all_day").notNull().default(false),
    /** RRULE value (RFC 5545) without the prefix; null: a single event. */
    rrule: text("rrule"),
    /** Original starts of occurrences taken out (EXDATE). */
    exdates: timestamp("exdates", { withTimezone: true }).array().notNull().default(sql`'{}'`),
    /** Where: a place of the Wegweiser (its address copied here), or a venue with address, and/or an online link. */
    placeId: uuid("place_id"),
    venue: text("venue"),
    street: text("street"),
    postcode: text("postcode"),
    city: text("city"),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    onlineUrl: text("online_url"),
    /** The organising organisation, as it wants to be named. */
    organiser: text("organiser").notNull(),
    /** Functional mailbox for questions and for the notices of the review. */
    contactEmail: text("contact_email"),
    categories: text("categories").array().notNull().default(sql`'{}'`),
    /** Languages spoken at the event (ISO 639). */
    languages: text("languages").array().notNull().default(sql`'{}'`),
    targetGroups: text("target_groups").array().notNull().default(sql`'{}'`),
    accessibility: text("accessibility").notNull().default(""),
    /** As the organiser writes it ("kostenlos", "5 €, ermäßigt 2 €"). */
    cost: text("cost").notNull().default(""),
    imageUrl: text("image_url"),
    imageAlt: text("image_alt").notNull().default(""),
    /** An interest sign-up for the event as a whole (dialogue events, workshops) instead of registration for places. */
    interest: boolean("interest").notNull().default(false),
    /** Places per occurrence; null: no registration. */
    capacity: integer("capacity"),
    questions: jsonb("questions").$type<Question[]>().notNull().default(sql`'[]'`),
    /** Days after the occurrence when its registrations' personal data is erased. */
    retentionDays: integer("retention_days").notNull().default(30),
    cancelReason: text("cancel_reason"),
    /** Sent in by a partner through the public form (then in review); whether the browser solved the spam challenge. */
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedSolved: boolean("submitted_solved"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("ev_event_slug").on(t.tenantId, t.slug), index("ev_event_tenant_start").on(t.tenantId, t.status, t.startsAt), index("ev_event_programme").on(t.programmeId), index("ev_event_partner").on(t.partnerId)],
);

/** A single occurrence moved or cancelled (RECURRENCE-ID in iCalendar). */
export const occurrenceChanges = pgTable(
  "ev_occurrence_change",
  {
    eventId: uuid("event_id").notNull().references(() => events.id, { onDelete: "cascade" }),
    originalStart: timestamp("original_start", { withTimezone: true }).notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    cancelled: boolean("cancelled").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.originalStart] })],
);

export const registrations = pgTable(
  "ev_registration",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    eventId: uuid("event_id").notNull().references(() => events.id, { onDelete: "cascade" }),
    /** The occurrence (its original start). */
    occurrence: timestamp("occurrence", { withTimezone: true }).notNull(),
    status: registrationStatus("status").notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    answers: jsonb("answers").$type<Question[]>().notNull().default(sql`'[]'`),
    /** The language the person registered in: mails to them are written in it. */
    lang: text("lang").notNull().default("de"),
    consentAt: timestamp("consent_at", { withTimezone: true }).notNull(),
    /** SHA-256 of the secret in the cancellation link. */
    tokenHash: text("token_hash").notNull(),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }),
    /** When the reminder mail before the occurrence was queued. */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
    createdAt: createdAt(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [
    index("ev_registration_occurrence").on(t.eventId, t.occurrence, t.status, t.createdAt),
    uniqueIndex("ev_registration_token").on(t.tokenHash),
    index("ev_registration_tenant").on(t.tenantId),
  ],
);

/** Anonymous counts per occurrence, kept when the registrations are erased. */
export const registrationCounts = pgTable(
  "ev_registration_count",
  {
    eventId: uuid("event_id").notNull().references(() => events.id, { onDelete: "cascade" }),
    occurrence: timestamp("occurrence", { withTimezone: true }).notNull(),
    confirmed: integer("confirmed").notNull().default(0),
    waitlisted: integer("waitlisted").notNull().default(0),
    cancelled: integer("cancelled").notNull().default(0),
    attended: integer("attended").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.occurrence] })],
);

/**
 * Residents who said they want to take part (interest sign-up): contact data
 * only, for the office to get in touch; erased like registrations. What they
 * said about themselves is not here but counted in ev_inclusion_count.
 */
export const interests = pgTable(
  "ev_interest",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantId(),
    eventId: uuid("event_id").notNull().references(() => events.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    lang: text("lang").notNull().default("de"),
    consentAt: timestamp("consent_at", { withTimezone: true }).notNull(),
    /** SHA-256 of the secret in the withdrawal link. */
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("ev_interest_event").on(t.eventId, t.createdAt), uniqueIndex("ev_interest_token").on(t.tokenHash), uniqueIndex("ev_interest_email").on(t.eventId, t.email)],
);

/** Anonymous counts of the voluntary self-description per event: dimension (gender, background, language, all) and value. */
export const inclusionCounts = pgTable(
  "ev_inclusion_count",
  {
    eventId: uuid("event_id").notNull().references(() => events.id, { onDelete: "cascade" }),
    dimension: text("dimension").notNull(),
    value: text("value").notNull(),
    n: integer("n").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.dimension, t.value] })],
);
