/**
 * iCalendar (RFC 5545) for the public side: one event ("add to calendar")
 * and feeds per tenant, programme or category that calendar clients
 * subscribe to.
 *
 * A recurring event is one VEVENT with DTSTART;TZID and its RRULE and
 * EXDATEs, and one VEVENT per moved or cancelled occurrence with the same
 * UID and its RECURRENCE-ID, so clients show the series as a series.
 * Times carry the event's TZID (a weekly 18:00 must stay 18:00 across summer
 * time, which UTC cannot express in an RRULE) with its VTIMEZONE from
 * timezones-ical-library; ical-generator writes a Temporal.ZonedDateTime's
 * local time as is, whatever zone the server runs in. All-day events are
 * DATE values.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from "ical-generator";
import { Temporal } from "temporal-polyfill";
import { tzlib_get_ical_block } from "timezones-ical-library";
import type { Locale } from "../../core/i18n.ts";
import { translate } from "../../core/i18n.ts";
import type { PublicEvent } from "./service.ts";

/** Clients re-read a feed about every few hours; a cancellation reaches them the same day. */
const REFRESH_SECONDS = 3 * 3600;

const zoned = (at: Date, timeZone: string) => Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(timeZone);
const plainDate = (at: Date, timeZone: string) => zoned(at, timeZone).toPlainDate();

export function newCalendar(name: string, url: string): ICalCalendar {
  return ical({
    prodId: { company: "Teilhabe", product: "Veranstaltungen", language: "DE" },
    method: ICalCalendarMethod.PUBLISH,
    name,
    url,
    ttl: REFRESH_SECONDS,
    timezone: { name: null, generator: (tz: string) => tzlib_get_ical_block(tz)[0] ?? null },
  });
}

function where(e: PublicEvent): string | null {
  const address = [e.venue, e.street, [e.postcode, e.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return address || e.onlineUrl || null;
}

/** Adds the event (its series, with its changed occurrences) to the calendar. `pageUrl`: the event's public page. */
export function addEvent(calendar: ICalCalendar, e: PublicEvent, pageUrl: string, lang: Locale, stamp: Date) {
  const uid = `${e.id}@teilhabe`;
  const cancelled = e.status === "cancelled";
  const time = (at: Date) => (e.allDay ? plainDate(at, e.timeZone) : zoned(at, e.timeZone));
  const description = [e.shownDescription, e.cost ? `${translate(lang, "events.event.cost")}: ${e.cost}` : "", e.onlineUrl ? `${translate(lang, "events.event.onlineLink")}: ${e.onlineUrl}` : "", pageUrl].filter(Boolean).join("\n\n");
  const common = {
    id: uid,
    // Any change of the event after it went out: a higher sequence makes clients take it over their copy.
    sequence: Math.floor(e.updatedAt.getTime() / 1000) - Math.floor(e.createdAt.getTime() / 1000),
    stamp,
    summary: cancelled ? `${translate(lang, "events.public.cancelled")}: ${e.shownTitle}` : e.shownTitle,
    location: where(e),
    description,
    url: pageUrl,
    allDay: e.allDay,
    timezone: e.allDay ? null : e.timeZone,
    organizer: e.contactEmail ? { name: e.organiser, email: e.contactEmail } : undefined,
    categories: e.categories.map((c) => ({ name: translate(lang, `events.category.${c}`) })),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
  const master = calendar.createEvent({ ...common, start: time(e.startsAt), end: time(e.endsAt) });
  if (!e.rrule) return;
  // ical-generator takes the rule as written; EXDATEs as a property of their own, in the event's zone.
  master.repeating(`RRULE:${e.rrule}${e.exdates.length ? `\nEXDATE${e.allDay ? ";VALUE=DATE" : `;TZID=${e.timeZone}`}:${e.exdates.map((d) => stampOf(d, e)).join(",")}` : ""}`);
  for (const c of e.changes) {
    calendar.createEvent({
      ...common,
      start: time(c.startsAt),
      end: time(c.endsAt),
      recurrenceId: time(c.originalStart),
      status: cancelled || c.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: cancelled || c.cancelled ? `${translate(lang, "events.public.cancelled")}: ${e.shownTitle}` : e.shownTitle,
    });
  }
}

/** 20261020T180000 (local, for TZID) or 20261020 (all-day). */
function stampOf(at: Date, e: PublicEvent): string {
  const z = zoned(at, e.timeZone);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const day = `${pad(z.year, 4)}${pad(z.month)}${pad(z.day)}`;
  return e.allDay ? day : `${day}T${pad(z.hour)}${pad(z.minute)}${pad(z.second)}`;
}
