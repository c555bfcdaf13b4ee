/**
 * Plain data shapes of the Wegweiser, shared by the service, the views, the
 * PDF and the demo data. No I/O here.
 */

/** Kinds of offer; labels are the i18n messages `directory.kind.<key>`. */
export const SERVICE_KINDS = [
  "coordination",
  "counselling",
  "migration_counselling",
  "language_course",
  "language_mediation",
  "health",
  "youth",
  "women",
  "work",
  "housing",
  "education",
  "volunteering",
  "culture",
  "antidiscrimination",
  "refugee_support",
  "community_centre",
  "administration",
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** Topics; labels are `directory.topic.<key>`. */
export const TOPICS = [
  "arrival",
  "residence_law",
  "language",
  "work",
  "education",
  "health",
  "family",
  "children",
  "youth",
  "women",
  "housing",
  "volunteering",
  "sport",
  "culture",
  "equality",
  "discrimination",
  "social_benefits",
  "funding",
  "participation",
] as const;
export type Topic = (typeof TOPICS)[number];

import type { TargetGroup } from "../../core/target-groups.ts";
export { TARGET_GROUPS, type TargetGroup } from "../../core/target-groups.ts";

/** Languages an office can offer; ISO 639-1 where it exists, else 639-3 (prs = Dari). Labels: `language.<code>`. */
export const SPOKEN_LANGUAGES = [
  "de", "en", "ar", "fa", "prs", "ps", "tr", "ku", "uk", "ru", "pl", "ro", "bg", "fr", "es", "it",
  "sq", "sr", "ti", "so", "ur", "vi",
] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

export type BarrierFree = "yes" | "no" | "unknown";

/** Minutes since local midnight, 0..1440. Weekday 1 = Monday … 7 = Sunday (ISO). */
export interface WeeklySlot {
  weekday: number;
  opens: number;
  /** May be <= opens: the slot runs past midnight into the next day. */
  closes: number;
}

/** One date with other hours: opens/closes null means closed all day. */
export interface ExceptionDay {
  /** ISO date YYYY-MM-DD, local to the tenant (Europe/Berlin). */
  day: string;
  opens: number | null;
  closes: number | null;
  note?: string;
}

export interface OpeningHours {
  weekly: WeeklySlot[];
  exceptions: ExceptionDay[];
  appointmentOnly: boolean;
  temporarilyClosed: boolean;
}

export interface Address {
  label?: string | null;
  street: string;
  postcode: string;
  city: string;
  town?: string | null;
  lat?: number | null;
  lng?: number | null;
  barrierFree: BarrierFree;
}

/** A service (Wegweiser entry) as the public pages and the PDF show it, in one language. */
export interface ServiceView {
  id: string;
  slug: string;
  name: string;
  summary: string;
  description: string;
  kind: ServiceKind;
  topics: Topic[];
  targetGroups: TargetGroup[];
  languages: string[];
  organisation: string;
  phone: string | null;
  email: string | null;
  website: string | null;
  appointmentUrl: string | null;
  address: Address | null;
  hours: OpeningHours;
  hoursNote: string;
  /** Per translated field: the state of its translation in the reader's language. */
  translation: Record<string, "current" | "outdated" | "missing" | "source">;
}
