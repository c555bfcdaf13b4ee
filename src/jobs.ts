/** The scheduled jobs of the installation: retention and clean-up. */
import type { Config } from "./core/config.ts";
import type { Job } from "./core/jobs.ts";
import { deleteExpiredSessions } from "./core/auth/sessions.ts";
import { deleteOldAttempts } from "./core/auth/rate-limit.ts";
import { deleteStaleFlows } from "./core/auth/oidc.ts";
import { deleteOldAudit } from "./core/audit.ts";
import { deleteOldMail, sendQueuedMail } from "./core/mail.ts";
import { deleteExpiredResets } from "./core/auth/password-reset.ts";
import { eraseExpiredPersonalData } from "./modules/mediation/service.ts";
import { eraseExpiredRegistrations, sendReminders } from "./modules/events/service.ts";
import { closeRoundsPastDeadline, eraseRespondentNames } from "./modules/strategy/rounds.ts";

export function jobs(config: Config): Job[] {
  return [
    { name: "sessions.expire", everyMs: 60 * 60_000, run: (db) => deleteExpiredSessions(db) },
    { name: "sign-in-attempts.expire", everyMs: 15 * 60_000, run: (db) => deleteOldAttempts(db) },
    { name: "oidc-flows.expire", everyMs: 15 * 60_000, run: (db) => deleteStaleFlows(db) },
    { name: "mail.send", everyMs: 60_000, run: (db) => sendQueuedMail(db, config) },
    { name: "mail.retention", everyMs: 24 * 60 * 60_000, run: (db) => deleteOldMail(db) },
    { name: "password-resets.expire", everyMs: 60 * 60_000, run: (db) => deleteExpiredResets(db) },
    { name: "mediation.retention", everyMs: 24 * 60 * 60_000, run: (db) => eraseExpiredPersonalData(db) },
    { name: "events.retention", everyMs: 24 * 60 * 60_000, run: async (db) => `${await eraseExpiredRegistrations(db)} registrations erased` },
    { name: "events.reminders", everyMs: 15 * 60_000, run: async (db) => `${await sendReminders(db, config.baseUrl)} reminders queued` },
    { name: "strategy.deadlines", everyMs: 60 * 60_000, run: async (db) => `${await closeRoundsPastDeadline(db)} rounds closed at their last day for answers` },
    { name: "strategy.retention", everyMs: 24 * 60 * 60_000, run: async (db) => `${await eraseRespondentNames(db)} respondents' names erased` },
    { name: "audit.retention", everyMs: 24 * 60 * 60_000, run: (db) => deleteOldAudit(db, config.auditRetentionDays) },
  ];
}
