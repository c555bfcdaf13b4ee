/** The event form's field labels (`events.field.<name>`), for the error summary that names each field. */
import type { Translate } from "../../../core/i18n.ts";

/** The fields of the event form that can be wrong, as named in the form. */
const EVENT_FIELDS = [
  "title", "description", "startDate", "startTime", "endTime", "endDate", "repeat", "until", "count", "rrule", "exceptions",
  "venue", "street", "postcode", "city", "onlineUrl", "organiser", "contactEmail", "categories", "targetGroups", "languages",
  "accessibility", "cost", "imageUrl", "imageAlt", "capacity", "questions", "retentionDays",
] as const;

export function eventFieldLabels(t: Translate): Record<string, string> {
  return { ...Object.fromEntries(EVENT_FIELDS.map((f) => [f, t(`events.field.${f}`)])), programmeId: t("events.field.programme"), placeId: t("events.field.place") };
}
