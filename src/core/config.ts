import path from "node:path";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().url().optional(),
  BASE_URL: z.string().url().optional(),
  /** Seed the demo tenants when the database holds no tenant yet. */
  DEMO_DATA: bool.default(true),
  /** Tile URL template for the public map (OpenStreetMap by default). */
  MAP_TILE_URL: z.string().default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
  MAP_ATTRIBUTION: z.string().default("© OpenStreetMap contributors"),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  /** Label of the single-sign-on button, e.g. "Stadt-Login". */
  OIDC_LABEL: z.string().default("Single Sign-On"),
  /** Allow plain http issuers (tests and local Keycloak only). */
  OIDC_ALLOW_HTTP: bool.default(false),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Teilhabe <noreply@localhost>"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Secure cookies; on by default when BASE_URL is https. */
  COOKIE_SECURE: bool.optional(),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** Days after which audit entries are deleted (personal data in diffs). */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).default(730),
  JOBS: bool.default(true),
  /**
   * Time limit of "plan the week" (Sprachmittlung) behind the page, which answers with the plan of the
   * first 2 s; a plan cut short is the best found, marked not proven.
   */
  PLAN_TIME_LIMIT_SECONDS: z.coerce.number().min(0).max(600).default(120),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = EnvSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== "")),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const baseUrl = c.BASE_URL ?? `http://localhost:${c.PORT}`;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    baseUrl,
    demoData: c.DEMO_DATA,
    map: { tileUrl: c.MAP_TILE_URL, attribution: c.MAP_ATTRIBUTION },
    oidc:
      c.OIDC_ISSUER && c.OIDC_CLIENT_ID
        ? {
            issuer: c.OIDC_ISSUER,
            clientId: c.OIDC_CLIENT_ID,
            clientSecret: c.OIDC_CLIENT_SECRET,
            label: c.OIDC_LABEL,
            allowHttp: c.OIDC_ALLOW_HTTP,
          }
        : undefined,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    logLevel: c.LOG_LEVEL,
    cookieSecure: c.COOKIE_SECURE ?? baseUrl.startsWith("https://"),
    sessionDays: c.SESSION_DAYS,
    auditRetentionDays: c.AUDIT_RETENTION_DAYS,
    jobs: c.JOBS,
    planTimeLimitSeconds: c.PLAN_TIME_LIMIT_SECONDS,
  };
}
