/** Shape of the demo data the seed command loads (see demo-data.ts). */
import type { BarrierFree, ExceptionDay, ServiceKind, TargetGroup, Topic, WeeklySlot } from "./model.ts";

export interface DemoTown {
  slug: string;
  name: string;
  kind: "city" | "municipality" | "joint_municipality";
}

export interface DemoLocation {
  /** Key to refer to this location from services in the same tenant. */
  key: string;
  label?: string;
  street: string;
  postcode: string;
  city: string;
  /** slug of a DemoTown of the same tenant */
  town?: string;
  lat: number;
  lng: number;
  barrierFree: BarrierFree;
}

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: "public_authority" | "association" | "welfare_organisation" | "education_provider" | "project";
  website?: string;
  locations: DemoLocation[];
}

export interface DemoService {
  slug: string;
  name: string;
  summary: string;
  description: string;
  kind: ServiceKind;
  organisation: string; // DemoOrganisation.key
  location?: string; // DemoLocation.key
  topics: Topic[];
  targetGroups: TargetGroup[];
  languages: string[];
  phone?: string;
  email?: string;
  website?: string;
  appointmentUrl?: string;
  appointmentOnly?: boolean;
  temporarilyClosed?: boolean;
  hoursNote?: string;
  weekly: WeeklySlot[];
  exceptions?: ExceptionDay[];
  /** Translations of name/summary/description, keyed by language. */
  translations?: Partial<Record<"en" | "ar" | "fa" | "tr" | "uk" | "ru", { name?: string; summary?: string; description?: string }>>;
}

export interface DemoTenant {
  slug: string;
  name: string;
  kind: "city" | "district" | "state";
  /** Public introduction of the coordination office (German). */
  intro: string;
  introTranslations?: Partial<Record<"en" | "ar" | "fa" | "tr" | "uk" | "ru", string>>;
  towns: DemoTown[];
  organisations: DemoOrganisation[];
  /** The tenant home page shows the services of kind "coordination". */
  services: DemoService[];
}
