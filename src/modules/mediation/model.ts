/**
 * Sprachmittlung (language mediation): plain data shapes and catalogues shared
 * by the service, the pure rules (eligibility, fees, matching, planning), the
 * views and the demo data. No I/O here.
 *
 * Times are instants (Date, UTC); weekly availability is in local wall-clock
 * minutes of Europe/Berlin. Money is in euro cents, durations in minutes.
 */

/** Who may request: the office decides which kinds are eligible. Labels: `mediation.requesterKind.<key>`. */
export const REQUESTER_KINDS = ["department", "kita", "school", "counselling", "other"] as const;
export type RequesterKind = (typeof REQUESTER_KINDS)[number];

/**
 * What the conversation is about. The last six are the usual exclusions
 * (court, police, psychotherapy, medical treatment, conversations with legal
 * consequences, long-term accompaniment): professional interpreters or other
 * services are needed there. Labels: `mediation.topic.<key>`.
 */
export const TOPICS = [
  "parent_talk",
  "development_talk",
  "enrolment",
  "parents_evening",
  "youth_welfare",
  "social_benefits",
  "registration",
  "housing",
  "health_information",
  "counselling",
  "other",
  "court",
  "police",
  "psychotherapy",
  "medical_treatment",
  "legal_consequences",
  "long_term_accompaniment",
] as const;
export type Topic = (typeof TOPICS)[number];

export const DEFAULT_EXCLUDED_TOPICS: readonly Topic[] = [
  "court",
  "police",
  "psychotherapy",
  "medical_treatment",
  "legal_consequences",
  "long_term_accompaniment",
];

export const MODES = ["on_site", "phone", "video"] as const;
export type Mode = (typeof MODES)[number];

export const GENDERS = ["female", "male", "diverse"] as const;
export type Gender = (typeof GENDERS)[number];

export const URGENCIES = ["normal", "urgent"] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * Languages the forms offer first (after the pool's): those most asked for in German municipalities'
 * mediation. Any other ISO 639 code may still be entered.
 */
export const COMMON_LANGUAGES = ["ar", "tr", "fa", "prs", "ps", "ku", "ckb", "uk", "ru", "pl", "ro", "bg", "sq", "sr", "ti", "so", "ur", "vi", "fr", "en", "es", "it", "am", "hy", "ka", "ha", "yo", "ln"] as const;

/** Command of a language: native speaker, or a CEFR level. Labels: `mediation.level.<key>`. */
export const LEVELS = ["native", "c2", "c1", "b2"] as const;
export type Level = (typeof LEVELS)[number];

export const TRAVEL_MODES = ["car", "public_transport", "bicycle", "foot"] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

/**
 * A request's life: submitted → approved | declined; approved → offered (one
 * or more open offers) → confirmed (a mediator accepted: a job exists) →
 * completed (hours recorded); cancelled by either side at any point before;
 * unmet when nobody could take it.
 */
export const REQUEST_STATUSES = ["submitted", "approved", "declined", "offered", "confirmed", "completed", "cancelled", "unmet"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** An offer is not a booking: only an accepted offer becomes a job. */
export const OFFER_STATUSES = ["open", "accepted", "declined", "withdrawn", "taken"] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const JOB_STATUSES = ["confirmed", "cancelled", "completed"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const CANCELLED_BY = ["requester", "mediator", "office"] as const;
export type CancelledBy = (typeof CANCELLED_BY)[number];

/** The office's criteria: which cases get a mediator. One row per tenant. */
export interface Criteria {
  /** Kinds of requester that may request at all. */
  requesterKinds: RequesterKind[];
  /** Topics the office covers. */
  topics: Topic[];
  /** Topics never covered (checked before `topics`). */
  excludedTopics: Topic[];
  /** Hours between submission and the appointment. */
  minLeadHours: number;
  /** Shorter lead time accepted for an urgent request that gives a reason. */
  urgentMinLeadHours: number;
  /** Longest single appointment, minutes. */
  maxMinutes: number;
  /** Approve requests that pass every rule without a staff decision (never those that do not). */
  autoApprove: boolean;
}

export const DEFAULT_CRITERIA: Criteria = {
  requesterKinds: ["department", "kita", "school"],
  topics: [
    "parent_talk",
    "development_talk",
    "enrolment",
    "parents_evening",
    "youth_welfare",
    "social_benefits",
    "registration",
    "housing",
    "health_information",
    "counselling",
  ],
  excludedTopics: [...DEFAULT_EXCLUDED_TOPICS],
  minLeadHours: 72,
  urgentMinLeadHours: 24,
  maxMinutes: 180,
  autoApprove: false,
};

/** How deployments are paid. One row per tenant. */
export interface RateRules {
  /** Billing unit: every started unit counts. */
  unit: "half_hour" | "hour";
  /** Price of one unit, cents. */
  unitCents: number;
  /** Minimum billed duration, minutes. */
  minimumMinutes: number;
  /** Flat price of a phone or video appointment up to `flatMinutes`, cents; null: billed like on-site. */
  remoteFlatCents: number | null;
  remoteFlatMinutes: number;
  /** Travel is paid for the kilometres beyond this many (one way), at `kmCents` per km. */
  travelFreeKm: number;
  kmCents: number;
  /** A cancellation later than this many hours before the start is billable. */
  freeCancellationHours: number;
  /** Share of the booked fee billed for a late cancellation or a no-show of the client, percent. */
  cancellationPercent: number;
}

export const DEFAULT_RATES: RateRules = {
  unit: "half_hour",
  unitCents: 1500,
  minimumMinutes: 60,
  remoteFlatCents: 2500,
  remoteFlatMinutes: 30,
  travelFreeKm: 5,
  kmCents: 30,
  freeCancellationHours: 48,
  cancellationPercent: 100,
};

/** Weekly availability: ISO weekday (1 = Monday), local minutes [start, end). */
export interface WeeklyWindow {
  weekday: number;
  start: number;
  end: number;
}

export interface Point {
  lat: number;
  lng: number;
}

export interface MediatorLanguage {
  /** ISO 639-1 where it exists, else 639-3 (prs = Dari, ckb = Sorani, kmr = Kurmanji). */
  code: string;
  level: Level;
  dialects: string[];
}

/** A job's booked minutes: from its start to its end. */
export const bookedMinutes = (job: { startsAt: Date; endsAt: Date }) => Math.round((job.endsAt.getTime() - job.startsAt.getTime()) / 60_000);
