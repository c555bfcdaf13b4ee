/** The partners' portal: their organisation's events, each with its status and how many registered. */
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import { DataTable, Facts, Notice } from "../../../web/components.tsx";
import { Csrf, ErrorSummary, type FormState } from "../../../web/form.tsx";
import type { EventDetail, EventListItem } from "../service.ts";
import type { PartnerRow } from "../partners.ts";
import { span } from "./public.tsx";
import { dateFormat } from "../../../core/i18n.ts";

const base = (ctx: PageContext) => `/portal/${ctx.tenant!.slug}/veranstaltungen`;

export function PartnerEventsPage({ ctx, partners, items, notice }: { ctx: PageContext; partners: PartnerRow[]; items: EventListItem[]; notice: string | null }) {
  const { t } = ctx;
  const date = dateFormat(ctx.lang, { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
  return (
    <Layout ctx={ctx} title={t("events.portal.title")}>
      <Notice t={t} notice={notice} />
      <h1>{t("events.portal.title")}</h1>
      <p class="lead">{t("events.portal.lead", { partner: partners.map((p) => p.name).join(", ") })}</p>
      <p>
        <a class="kern-btn kern-btn--primary" href={`${base(ctx)}/neu`}>
          <span class="kern-label">{t("events.admin.new")}</span>
        </a>
      </p>
      {items.length === 0 ? (
        <p>{t("events.admin.empty")}</p>
      ) : (
        <DataTable caption={t("events.portal.title")} headers={[t("events.field.title"), t("events.admin.start"), t("events.admin.status"), t("events.admin.registrations")]}>
          {items.map((e) => (
            <tr key={e.id}>
              <td dir="auto">
                <a href={`${base(ctx)}/${e.id}`}>{e.title}</a>
              </td>
              <td>{date.format(e.startsAt)}</td>
              <td>
                <span class={`tag tag--${e.status}`}>{t(`events.status.${e.status}`)}</span>
              </td>
              <td>{e.capacity === null ? "" : t("events.admin.counts", { confirmed: e.confirmed, waitlisted: e.waitlisted })}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

/** One of the partner's events: its status, what to do next, and the counts (never who registered). */
export function PartnerEventPage({ ctx, e, counts, notice, errors }: { ctx: PageContext; e: EventDetail; counts: { confirmed: number; waitlisted: number }; notice: string | null; errors: FormState }) {
  const { t } = ctx;
  const b = `${base(ctx)}/${e.id}`;
  const editable = e.status === "draft" || e.status === "review";
  return (
    <Layout ctx={ctx} title={e.title}>
      <Notice t={t} notice={notice} />
      <p><a href={base(ctx)}>{t("events.portal.back")}</a></p>
      <h1 dir="auto">{e.title}</h1>
      <ErrorSummary state={errors} t={t} />
      <p>
        <span class={`tag tag--${e.status}`}>{t(`events.status.${e.status}`)}</span> {t(`events.portal.state.${e.status}`)}
      </p>
      <Facts
        items={[
          [t("events.admin.when"), span(ctx, e, e)],
          [t("events.admin.where"), [e.venue, e.street, [e.postcode, e.city].filter(Boolean).join(" "), e.onlineUrl].filter(Boolean).join(", ")],
          [t("events.field.programme"), e.programme?.title],
          [t("events.field.capacity"), e.capacity === null ? null : String(e.capacity)],
          [t("events.admin.registrations"), e.capacity === null ? null : t("events.admin.counts", counts)],
        ]}
      />
      {editable ? (
        <p>
          <a href={`${b}/bearbeiten`}>{t("events.admin.edit")}</a>
        </p>
      ) : null}
      {e.status === "published" || e.status === "cancelled" ? (
        <p>
          <a href={`/${ctx.tenant!.slug}/${ctx.lang}/veranstaltungen/${e.slug}`}>{t("events.admin.view")}</a>
        </p>
      ) : null}
      {e.status === "draft" ? (
        <form method="post" action={`${b}/einreichen`}>
          <Csrf token={ctx.csrfToken()} />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t("events.portal.submit")}</span>
          </button>
        </form>
      ) : null}
    </Layout>
  );
}
