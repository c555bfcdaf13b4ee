/** Pieces the public pages share: open status, address, hours table, labels. */
import type { Translate, Locale } from "../../../core/i18n.ts";
import { formatDate } from "../../../core/i18n.ts";
import type { Address, ServiceView } from "../model.ts";
import { openState, formatMinutes, type OpenState, upcomingDays } from "../opening-hours.ts";
import { weekdays } from "../hours-text.ts";

export const languageName = (t: Translate, code: string) => t(`language.${code}`);

export function addressLine(a: Address): string {
  return [a.label, a.street, `${a.postcode} ${a.city}`.trim()].filter(Boolean).join(", ");
}

export function openStatusText(t: Translate, lang: Locale, s: OpenState): string {
  const time = (d: Date) => formatDate(lang, d, { hour: "2-digit", minute: "2-digit", hour12: false });
  const when = (d: Date) => formatDate(lang, d, { weekday: "short", hour: "2-digit", minute: "2-digit", hour12: false });
  switch (s.reason) {
    case "open":
      return s.closesAt ? t("hours.openUntil", { time: time(s.closesAt) }) : t("hours.open");
    case "temporarily_closed":
      return t("hours.temporarilyClosed");
    case "appointment_only":
      return t("hours.appointmentOnly");
    case "holiday":
      return s.opensAt ? t("hours.holidayOpens", { holiday: s.holiday ?? "", when: when(s.opensAt) }) : t("hours.holiday", { holiday: s.holiday ?? "" });
    default:
      return s.opensAt ? t("hours.closedOpens", { when: when(s.opensAt) }) : t("hours.closed");
  }
}

export function OpenStatus({ t, lang, service, now, state }: { t: Translate; lang: Locale; service: ServiceView; now: Date; state: string }) {
  const s = openState(service.hours, now, state);
  return <p class={`status ${s.open ? "status--open" : "status--closed"}`}>{openStatusText(t, lang, s)}</p>;
}

/** Attributes for an element holding German text in another language's page: right language, right direction. */
export const sourceText = (state?: string) => (state === "missing" ? { lang: "de", dir: "ltr" as const } : {});

/** Marks German text shown because the reader's language has no translation yet. */
export function Untranslated({ t, state }: { t: Translate; state?: string }) {
  if (state !== "missing") return null;
  return (
    <span class="untranslated">
      {t("translation.germanOnly")}
    </span>
  );
}

export function HoursTable({ t, lang, service, now, state }: { t: Translate; lang: Locale; service: ServiceView; now: Date; state: string }) {
  const days = upcomingDays(service.hours, now, state, 7);
  const names = weekdays(lang, "long");
  return (
    <table class="hours">
      <caption class="visually-hidden">{t("hours.nextDays")}</caption>
      <tbody>
        {days.map((d, i) => (
          <tr key={d.date} aria-current={i === 0 ? "date" : undefined}>
            <th scope="row">
              {names[d.weekday - 1]}, {formatDate(lang, new Date(`${d.date}T12:00:00Z`), { day: "numeric", month: "numeric" })}
            </th>
            <td>
              {d.slots.length ? (
                <span class="ltr">{d.slots.map((s) => `${formatMinutes(s.opens)}–${formatMinutes(s.closes)}`).join(", ")}</span>
              ) : (
                t("hours.closedDay")
              )}
              {d.holiday ? <span> · {d.holiday}</span> : null}
              {d.note ? <span> · {d.note}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
