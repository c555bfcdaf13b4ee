/**
 * Mail: queue in the database, send from a job. A message is queued in the
 * transaction of the change it reports, so a rolled-back change sends nothing
 * and a crash after the commit loses nothing.
 */
import { sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Config } from "./config.ts";
import type { Executor } from "./db/index.ts";
import { rows } from "./db/index.ts";
import { mailOutbox } from "./db/schema.ts";

export interface Mail {
  tenantId?: string | null;
  to: string;
  subject: string;
  text: string;
}

export async function queueMail(db: Executor, mail: Mail) {
  await db.insert(mailOutbox).values({ tenantId: mail.tenantId ?? null, to: mail.to, subject: mail.subject, text: mail.text });
}

const MAX_ATTEMPTS = 8;
const BATCH = 20;

let transport: { url: string | undefined; t: Transporter } | undefined;
function transporter(config: Config): Transporter {
  if (!transport || transport.url !== config.smtpUrl) {
    // Without SMTP_URL mail is only logged (development, demo).
    transport = { url: config.smtpUrl, t: config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : nodemailer.createTransport({ jsonTransport: true }) };
  }
  return transport.t;
}

/** Sends a batch of queued mail; rows are locked with SKIP LOCKED so processes never send the same one. */
export async function sendQueuedMail(db: Executor, config: Config): Promise<string> {
  const batch = await rows<{ id: string; to: string; subject: string; text: string; attempts: number }>(
    db,
    sql`SELECT id, "to", subject, text, attempts FROM mail_outbox
         WHERE status = 'pending' ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
  );
  let sent = 0;
  for (const m of batch) {
    try {
      await transporter(config).sendMail({ from: config.mailFrom, to: m.to, subject: m.subject, text: m.text });
      await db.execute(sql`UPDATE mail_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1 WHERE id = ${m.id}`);
      sent++;
    } catch (err) {
      const failed = m.attempts + 1 >= MAX_ATTEMPTS;
      await db.execute(sql`UPDATE mail_outbox SET attempts = attempts + 1, last_error = ${(err as Error).message.slice(0, 500)},
                             status = ${failed ? "failed" : "pending"} WHERE id = ${m.id}`);
    }
  }
  return `sent ${sent} of ${batch.length}`;
}

/** Retention: sent and failed mail is deleted after 30 days. */
export async function deleteOldMail(db: Executor) {
  await db.execute(sql`DELETE FROM mail_outbox WHERE status <> 'pending' AND created_at < now() - interval '30 days'`);
}
