/**
 * The one definition of a valid Wegweiser entry, used by the back-office form,
 * the JSON API and the CSV import alike. Messages are i18n keys.
 */
import { z } from "zod";
import { SERVICE_KINDS, SPOKEN_LANGUAGES, TARGET_GROUPS, TOPICS } from "./model.ts";
import type { ExceptionDay, WeeklySlot } from "./model.ts";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.array(z.string()), z.string()])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : v.split(/[;,]/)).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .transform((v) => [...new Set(v)]);

const phone = optionalText(60).refine((v) => v === null || /^[+0-9][0-9 ()/\-–]{3,}$/.test(v), "validation.phone");
const url = optionalText(500).refine((v) => v === null || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v), "validation.url");

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ServiceInput = z.object({
  name: z.string().trim().min(1, "validation.required").max(200),
  slug: z
    .string()
    .trim()
    .max(120)
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || slugPattern.test(v), "validation.slug"),
  summary: z.string().trim().max(400).default(""),
  description: z.string().trim().max(8000).default(""),
  kind: z.enum(SERVICE_KINDS, { error: "validation.choice" }),
  topics: listOf(TOPICS),
  targetGroups: listOf(TARGET_GROUPS),
  languages: listOf(SPOKEN_LANGUAGES),
  organisation: z.string().trim().min(1, "validation.required").max(200),
  phone,
  email: optionalText(320).refine((v) => v === null || z.email().safeParse(v).success, "validation.email"),
  website: url,
  appointmentUrl: url,
  street: z.string().trim().max(200).default(""),
  postcode: z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || /^\d{5}$/.test(v), "validation.postcode"),
  city: z.string().trim().max(120).default(""),
  town: optionalText(120),
  lat: z
    .union([z.number(), z.string()])
    .optional()
    .transform((v) => (v === undefined || v === "" ? null : Number(String(v).replace(",", "."))))
    .refine((v) => v === null || (Number.isFinite(v) && v >= 47 && v <= 56), "validation.latitude"),
  lng: z
    .union([z.number(), z.string()])
    .optional()
    .transform((v) => (v === undefined || v === "" ? null : Number(String(v).replace(",", "."))))
    .refine((v) => v === null || (Number.isFinite(v) && v >= 5 && v <= 16), "validation.longitude"),
  barrierFree: z.enum(["yes", "no", "unknown"], { error: "validation.choice" }).default("unknown"),
  appointmentOnly: z.boolean().default(false),
  temporarilyClosed: z.boolean().default(false),
  hoursNote: z.string().trim().max(500).default(""),
});

export type ServiceInput = z.infer<typeof ServiceInput>;

/** Either all three address lines or none. */
export function addressErrors(i: ServiceInput): { field: string; key: string }[] {
  const given = [i.street, i.postcode, i.city].filter(Boolean).length;
  if (given === 0 || given === 3) return [];
  return (["street", "postcode", "city"] as const).filter((f) => !i[f]).map((field) => ({ field, key: "validation.addressIncomplete" }));
}

export interface HoursInput {
  weekly: WeeklySlot[];
  exceptions: ExceptionDay[];
}

export const TranslationInput = z.object({
  name: z.string().trim().max(200).default(""),
  summary: z.string().trim().max(400).default(""),
  description: z.string().trim().max(8000).default(""),
  hoursNote: z.string().trim().max(500).default(""),
});
export type TranslationInput = z.infer<typeof TranslationInput>;
export const TRANSLATABLE_FIELDS = ["name", "summary", "description", "hoursNote"] as const;

export { slugify } from "../../core/slug.ts";
