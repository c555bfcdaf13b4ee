/** Building blocks shared by the back office, the portals and the public page of the Sprachmittlung. */
import type { PageContext } from "../../../web/context.ts";
import type { Assessment } from "../eligibility.ts";
import { languageName } from "../validation.ts";
import { dateFormat, formatSpan } from "../../../core/i18n.ts";

export { Facts } from "../../../web/components.tsx";

export const langLabel = (ctx: PageContext, code: string) => languageName(ctx.lang, code);

/** A number in the reader's language (Persian digits in Farsi, a decimal comma in German). */
export const num = (ctx: PageContext, n: number) => new Intl.NumberFormat(ctx.lang, { maximumFractionDigits: 1 }).format(n);
/** Minutes as hours, to a tenth, in the reader's language. */
export const inHours = (ctx: PageContext, minutes: number) => num(ctx, minutes / 60);

export function money(ctx: PageContext, cents: number): string {
  return new Intl.NumberFormat(ctx.lang, { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** "Dienstag, 24. November 2026, 09:30–11:00 Uhr", as the reader's language writes a span of time (Berlin time). */
export function when(ctx: PageContext, startsAt: Date, minutes: number): string {
  return formatSpan(ctx.lang, startsAt, new Date(startsAt.getTime() + minutes * 60_000));
}

/** Weekday names, ISO order (Monday first), in the reader's language. */
export function weekdayNames(ctx: PageContext): string[] {
  const f = dateFormat(ctx.lang, { weekday: "long", timeZone: "UTC" });
  return [1, 2, 3, 4, 5, 6, 7].map((d) => f.format(new Date(Date.UTC(2024, 0, d))));
}

export function StatusTag({ ctx, status }: { ctx: PageContext; status: string }) {
  return <span class={`tag tag--${status}`}>{ctx.t(`mediation.status.${status}`)}</span>;
}

/** The rules of the pre-assessment, each with its result, in words. */
export function AssessmentList({ ctx, assessment }: { ctx: PageContext; assessment: Assessment }) {
  const { t } = ctx;
  return (
    <div>
      <p>
        <strong>{t(`mediation.outcome.${assessment.outcome}`)}</strong>
      </p>
      <ul class="rule-list">
        {assessment.rules.map((r) => (
          <li key={r.rule} class={`rule rule--${r.result}`}>
            <span class="rule__result">{t(`mediation.result.${r.result}`)}</span>{" "}
            {t(`mediation.rule.${r.rule}`, { ...(r.values ?? {}), topic: r.values?.topic ? t(`mediation.topic.${r.values.topic}`) : "" })}
          </li>
        ))}
      </ul>
    </div>
  );
}

