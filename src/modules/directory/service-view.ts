/**
 * An entry as the public pages show it, in the reader's language: the SELECT
 * list that loads it and the function that shapes a row of it. Shared by
 * serviceViews() (entries by id) and searchServices(), which loads the views of
 * a result page in the same statement as the search itself.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Locale } from "../../core/i18n.ts";
import { localized, type TranslationState } from "../../core/translations.ts";
import type { BarrierFree, ExceptionDay, ServiceKind, ServiceView, TargetGroup, Topic, WeeklySlot } from "./model.ts";
import type { TRANSLATABLE_FIELDS } from "./validation.ts";

export const ENTITY = "dir_service";

export interface ViewRow {
  id: string;
  slug: string;
  name: string;
  summary: string;
  description: string;
  hoursNote: string;
  kind: string;
  topics: string[];
  targetGroups: string[];
  languages: string[];
  phone: string | null;
  email: string | null;
  website: string | null;
  appointmentUrl: string | null;
  appointmentOnly: boolean;
  temporarilyClosed: boolean;
  organisation: string;
  locationId: string | null;
  label: string | null;
  street: string;
  postcode: string;
  city: string;
  lat: number | null;
  lng: number | null;
  barrierFree: BarrierFree;
  town: string | null;
  weekly: WeeklySlot[];
  exceptions: ExceptionDay[];
  translations: { field: string; text: string; sourceHash: string; machine: boolean }[] | null;
}

/** The columns of a ViewRow, for an entry `s` joined with `o` (organisation), `l` (location, left) and `w` (town, left). */
export function viewColumns(lang: Locale): SQL {
  const translations =
    lang === "de"
      ? sql`NULL::json`
      : sql`(SELECT json_agg(json_build_object('field', t.field, 'text', t.text, 'sourceHash', t.source_hash, 'machine', t.machine))
               FROM content_translation t WHERE t.entity = ${ENTITY} AND t.entity_id = s.id AND t.lang = ${lang})`;
  return sql`s.id, s.slug, s.name, s.summary, s.description, s.hours_note AS "hoursNote", s.kind, s.topics,
               s.target_groups AS "targetGroups", s.languages, s.phone, s.email, s.website, s.appointment_url AS "appointmentUrl",
               s.appointment_only AS "appointmentOnly", s.temporarily_closed AS "temporarilyClosed", o.name AS organisation,
               l.id AS "locationId", l.label, l.street, l.postcode, l.city, l.lat, l.lng, l.barrier_free AS "barrierFree", w.name AS town,
               coalesce((SELECT json_agg(json_build_object('weekday', x.weekday, 'opens', x.opens, 'closes', x.closes) ORDER BY x.weekday, x.opens)
                           FROM dir_opening_slot x WHERE x.service_id = s.id), '[]') AS weekly,
               coalesce((SELECT json_agg(json_build_object('day', e.day, 'opens', e.opens, 'closes', e.closes, 'note', e.note) ORDER BY e.day)
                           FROM dir_opening_exception e WHERE e.service_id = s.id), '[]') AS exceptions,
               ${translations} AS translations`;
}

/** The joins viewColumns() reads, after `FROM … dir_service s`. */
export const viewJoins = sql`JOIN dir_organisation o ON o.id = s.organisation_id
          LEFT JOIN dir_location l ON l.id = s.location_id
          LEFT JOIN town w ON w.id = l.town_id`;

export function toServiceView(s: ViewRow, lang: Locale): ServiceView {
  const stored = new Map((s.translations ?? []).map((t) => [t.field, { entityId: s.id, lang, ...t }]));
  const state: Record<string, TranslationState> = {};
  const text = (field: (typeof TRANSLATABLE_FIELDS)[number]) => {
    const german = s[field];
    if (!german) return german;
    const l = localized(german, stored.get(field), lang);
    state[field] = l.state;
    return l.text;
  };
  return {
    id: s.id,
    slug: s.slug,
    name: text("name"),
    summary: text("summary"),
    description: text("description"),
    hoursNote: text("hoursNote"),
    kind: s.kind as ServiceKind,
    topics: s.topics as Topic[],
    targetGroups: s.targetGroups as TargetGroup[],
    languages: s.languages,
    organisation: s.organisation,
    phone: s.phone,
    email: s.email,
    website: s.website,
    appointmentUrl: s.appointmentUrl,
    address: s.locationId
      ? {
          label: s.label,
          street: s.street,
          postcode: s.postcode,
          city: s.city,
          town: s.town,
          lat: s.lat,
          lng: s.lng,
          barrierFree: s.barrierFree,
        }
      : null,
    hours: { weekly: s.weekly, exceptions: s.exceptions, appointmentOnly: s.appointmentOnly, temporarilyClosed: s.temporarilyClosed },
    translation: state,
  };
}
