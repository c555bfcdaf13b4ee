/**
 * The mediator's private iCal feed (RFC 5545): their own jobs, subscribed to
 * in any calendar app through a secret URL. Only the token identifies the
 * mediator, so the lookup is by tenant and token and nothing else is shown.
 *
 * Times are written as UTC instants: ical-generator turns a plain Date into
 * the wall time of the *server's* zone when the calendar has a TZID, which
 * would be wrong on a UTC host. UTC is exact across the DST changes and every
 * client shows it in local time; X-WR-TIMEZONE names the office's zone.
 */
import { sql } from "drizzle-orm";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import type { Executor } from "../../core/db/index.ts";
import { rows } from "../../core/db/index.ts";
import { translate } from "../../core/i18n.ts";
import { jobsOf, type PortalJob } from "./service.ts";
import { TIME_ZONE } from "../../core/time.ts";
import { languageName } from "./validation.ts";

/** How far back the feed reaches: recent past jobs stay visible (hours still to report), older ones drop out. */
const HISTORY_DAYS = 90;

/** Clients re-read the feed about hourly, so a cancellation reaches the mediator's phone the same day. */
const REFRESH_SECONDS = 3600;

function location(job: PortalJob): string | null {
  if (job.mode !== "on_site") return translate("de", `mediation.mode.${job.mode}`);
  const place = [job.street, [job.postcode, job.city].filter(Boolean).join(" "), job.room].filter(Boolean).join(", ");
  return place || null;
}

function description(job: PortalJob): string {
  const lines = [`Auftraggeber: ${job.requester}`, `Thema: ${translate("de", `mediation.topic.${job.topic}`)}`];
  const contact = [job.contactName, job.contactPhone].filter(Boolean).join(", ");
  if (contact) lines.push(`Ansprechperson vor Ort: ${contact}`);
  if (job.mode !== "on_site" && job.remoteDetails) lines.push(`Zugang: ${job.remoteDetails}`);
  if (job.status === "cancelled") lines.push(`Abgesagt${job.cancelReason ? `: ${job.cancelReason}` : ""}`);
  return lines.join("\n");
}

/**
 * The feed of the mediator whose `calendar_token` this is, or null when no
 * mediator of the tenant has it. Every job from 90 days back onwards, with a
 * UID stable per job; cancelled jobs stay in the feed as STATUS:CANCELLED so
 * clients remove or strike them instead of the appointment vanishing silently.
 */
export async function mediatorCalendar(db: Executor, tenantId: string, token: string, baseUrl: string, now = new Date()): Promise<string | null> {
  if (!token) return null;
  const [mediator] = await rows<{ id: string; name: string; slug: string }>(
    db,
    sql`SELECT m.id, m.name, t.slug FROM med_mediator m JOIN tenant t ON t.id = m.tenant_id
         WHERE m.tenant_id = ${tenantId} AND m.calendar_token = ${token}`,
  );
  if (!mediator) return null;
  const jobs = await jobsOf(db, mediator.id, { from: new Date(now.getTime() - HISTORY_DAYS * 86_400_000) });
  const portal = new URL(`/portal/${mediator.slug}/einsaetze`, baseUrl).toString();
  const calendar = ical({
    prodId: { company: "Teilhabe", product: "Sprachmittlung", language: "DE" },
    method: ICalCalendarMethod.PUBLISH,
    name: `Sprachmittlung – ${mediator.name}`,
    ttl: REFRESH_SECONDS,
    x: { "X-WR-TIMEZONE": TIME_ZONE },
  });
  for (const job of jobs) {
    const cancelled = job.status === "cancelled";
    const summary = `Sprachmittlung ${languageName("de", job.language)} – ${job.reference}`;
    calendar.createEvent({
      id: `${job.jobId}@teilhabe`,
      // A cancellation is a change of the event: the higher sequence makes clients take it over their copy.
      sequence: cancelled ? 1 : 0,
      stamp: now,
      start: job.startsAt,
      end: job.endsAt,
      summary: cancelled ? `Abgesagt: ${summary}` : summary,
      location: location(job),
      description: description(job),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      url: portal,
    });
  }
  return calendar.toString();
}
