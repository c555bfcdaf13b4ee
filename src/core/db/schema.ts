/**
 * Core tables shared by every module: tenants and their towns, users and their
 * memberships, sessions, audit log, content translations, jobs.
 */
import {
  type AnyPgColumn,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

const id = () => uuid("id").primaryKey().defaultRandom();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/** kreisfreie Stadt, Landkreis, or the Land itself (whose records every tenant sees). */
export const tenantKind = pgEnum("tenant_kind", ["city", "district", "state"]);

export const tenants = pgTable("tenant", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  kind: tenantKind("kind").notNull(),
  /** The Land tenant whose records this tenant sees (null for a Land itself). */
  parentId: uuid("parent_id").references((): AnyPgColumn => tenants.id, { onDelete: "restrict" }),
  /** ISO 3166-2 subdivision code of the Land, e.g. "NI" (drives public holidays). */
  state: text("state").notNull().default("NI"),
  /** Short public introduction of the coordination office (German source; translations in content_translation). */
  intro: text("intro").notNull().default(""),
  /** Amtlicher Gemeindeschlüssel as statistics offices key their figures: "03405" (a city or district), "03" (the Land). */
  ags: text("ags").unique(),
  createdAt: createdAt(),
});

export const townKind = pgEnum("town_kind", ["city", "municipality", "joint_municipality"]);

/** Städte, Gemeinden and Samtgemeinden of a Landkreis; a kreisfreie Stadt has itself as its one town. */
export const towns = pgTable(
  "town",
  {
    id: id(),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: townKind("kind").notNull(),
  },
  (t) => [uniqueIndex("town_tenant_slug").on(t.tenantId, t.slug)],
);

export const users = pgTable("app_user", {
  id: id(),
  email: text("email").notNull().unique(),
  displayName: text("display_name").notNull(),
  /** argon2id; null for users who only sign in through OpenID Connect. */
  passwordHash: text("password_hash"),
  oidcIssuer: text("oidc_issuer"),
  oidcSubject: text("oidc_subject"),
  platformAdmin: boolean("platform_admin").notNull().default(false),
  locale: text("locale").notNull().default("de"),
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
  lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  createdAt: createdAt(),
}, (t) => [uniqueIndex("user_oidc").on(t.oidcIssuer, t.oidcSubject)]);

/**
 * Roles per tenant. Back office: tenant_admin, staff. Portals of later modules:
 * requester (Dienststellen, Kitas, schools), mediator, volunteer, applicant,
 * partner (organisations that propose events).
 */
export const role = pgEnum("role", ["tenant_admin", "staff", "requester", "mediator", "volunteer", "applicant", "partner"]);

export const memberships = pgTable(
  "membership",
  {
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    role: role("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.tenantId, t.role] })],
);

export const sessions = pgTable(
  "session",
  {
    /** SHA-256 of the cookie token; the token itself is never stored. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    /** Secret for this session's CSRF tokens. */
    csrfSecret: text("csrf_secret").notNull(),
    via: text("via").notNull().default("password"),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("session_user").on(t.userId), index("session_expires").on(t.expiresAt)],
);

/** Failed sign-ins, per key (account or address), shared by all app processes. */
export const signInAttempts = pgTable(
  "sign_in_attempt",
  {
    id: id(),
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_attempt_key_at").on(t.key, t.at)],
);

/** Pending OpenID Connect logins (state, nonce, PKCE verifier); short-lived. */
export const oidcFlows = pgTable("oidc_flow", {
  state: text("state").primaryKey(),
  nonce: text("nonce").notNull(),
  codeVerifier: text("code_verifier").notNull(),
  returnTo: text("return_to").notNull().default("/admin"),
  createdAt: createdAt(),
});

export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    tenantId: uuid("tenant_id").references(() => tenants.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    /** { field: [before, after] } for updates, the whole record for create/delete. */
    changes: jsonb("changes").$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_tenant_at").on(t.tenantId, t.at), index("audit_entity").on(t.entity, t.entityId)],
);

/**
 * Translations of content fields, for any module. German lives in the record
 * itself; sourceHash is the hash of the German text the translation was made
 * from, so a changed German text marks the translation outdated.
 */
export const contentTranslations = pgTable(
  "content_translation",
  {
    entity: text("entity").notNull(),
    entityId: uuid("entity_id").notNull(),
    field: text("field").notNull(),
    lang: text("lang").notNull(),
    text: text("text").notNull(),
    sourceHash: text("source_hash").notNull(),
    machine: boolean("machine").notNull().default(false),
    tenantId: uuid("tenant_id").notNull().references(() => tenants.id, { onDelete: "cascade" }),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.entity, t.entityId, t.field, t.lang] }),
    index("content_translation_tenant_lang").on(t.tenantId, t.lang),
  ],
);

/** Last run of each scheduled job; runs are serialised across processes by advisory locks. */
export const jobRuns = pgTable("job_run", {
  name: text("name").primaryKey(),
  lastStartedAt: timestamp("last_started_at", { withTimezone: true }),
  lastFinishedAt: timestamp("last_finished_at", { withTimezone: true }),
  lastResult: text("last_result"),
  runs: integer("runs").notNull().default(0),
});

/**
 * Outgoing mail, written in the same transaction as the change that causes it
 * and sent by the mail job (FOR UPDATE SKIP LOCKED, so several processes share
 * the work without sending twice). Sent mails are deleted after a while: they
 * hold personal data.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: id(),
    tenantId: uuid("tenant_id").references(() => tenants.id, { onDelete: "cascade" }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("mail_outbox_pending").on(t.status, t.createdAt)],
);

/** Password-reset links: the hash of the token, valid for an hour, used once. */
export const passwordResets = pgTable("password_reset", {
  tokenHash: text("token_hash").primaryKey(),
  userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdAt: createdAt(),
});

/** Installation-wide settings, e.g. the cookie-signing secret every process shares. */
export const settings = pgTable("setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: updatedAt(),
});

