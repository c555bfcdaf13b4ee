/**
 * Veranstaltungen (events): plain data shapes and catalogues shared by the
 * service, the recurrence and calendar code, the views and the demo data.
 * No I/O here.
 *
 * Times are instants (Date, UTC) together with the event's IANA time zone;
 * recurrence is computed on that zone's wall clock, so a weekly 18:00 stays
 * 18:00 across the change to and from summer time.
 */

/** Workflow: partners and staff draft, partners submit for review, staff publish; a cancelled event stays visible as cancelled. */
export const EVENT_STATUSES = ["draft", "review", "published", "cancelled"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Kinds of event. Labels: `events.category.<key>`. */
export const CATEGORIES = ["dialogue", "information", "culture", "celebration", "workshop", "training", "network", "counselling", "sport", "language", "children", "other"] as const;
export type Category = (typeof CATEGORIES)[number];

/** Registration of one person for one occurrence. */
export const REGISTRATION_STATUSES = ["confirmed", "waitlisted", "cancelled"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Questions an event may ask at registration, each a yes/no. Labels: `events.question.<key>`. */
export const QUESTIONS = ["childcare", "language_help", "accessibility_help"] as const;
export type Question = (typeof QUESTIONS)[number];

/**
 * The recurrence a form offers, turned into an RRULE (RFC 5545) by
 * `rruleOf()`; "custom" keeps an RRULE typed by the office.
 */
export const REPEATS = ["none", "daily", "weekly", "biweekly", "monthly_day", "monthly_weekday", "monthly_last_weekday", "custom"] as const;
export type Repeat = (typeof REPEATS)[number];

export const DEFAULT_TIME_ZONE = "Europe/Berlin";

/** A single change of one occurrence of a recurring event (RECURRENCE-ID): moved, or cancelled. */
export interface OccurrenceChange {
  /** The start the rule gives this occurrence: its identity. */
  originalStart: Date;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
}

/** The timing of an event, as recurrence needs it. */
export interface Timing {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  allDay: boolean;
  /** RRULE value without the "RRULE:" prefix, or null for a single event. */
  rrule: string | null;
  /** Original starts of occurrences taken out (EXDATE). */
  exdates: Date[];
  changes: OccurrenceChange[];
}

/** One occurrence as the calendar shows it. */
export interface Occurrence {
  /** Its identity: the start the rule gives it (equal to `startsAt` unless moved). */
  originalStart: Date;
  startsAt: Date;
  endsAt: Date;
  /** Cancelled as a single occurrence (the whole event's cancellation is its status). */
  cancelled: boolean;
  moved: boolean;
}

/**
 * Voluntary self-description at an interest sign-up, counted only in
 * aggregate (never stored with the person): dimensions and their values.
 * Labels: `events.self.<dimension>.<value>`; languages are ISO 639 codes.
 */
export const SELF_GENDERS = ["female", "male", "diverse"] as const;
export const SELF_BACKGROUNDS = ["own", "parents", "none"] as const;
export type SelfDimension = "gender" | "background" | "language";

/** Cells of the inclusion statistics below this count are shown as "fewer than" it, so nobody can be singled out. */
export const MIN_CELL = 5;
