/** Portals of the Sprachmittlung: institutions request, mediators answer offers and see their jobs. */
import { DataTable, Notice, Pagination } from "../../../web/components.tsx";
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import { Checkboxes, Csrf, ErrorSummary, Select, TextArea, TextField, type FormState } from "../../../web/form.tsx";
import { bookedMinutes, GENDERS, MODES, URGENCIES, type Topic } from "../model.ts";
import type { PortalJob, PortalOffer, Requester, RequestDetail, RequestListItem } from "../service.ts";
import { RequestFacts } from "./admin.tsx";
import { formatDate, formatDay } from "../../../core/i18n.ts";
import { Facts, inHours, langLabel, money, num, StatusTag, when } from "./shared.tsx";

const requesterBase = (ctx: PageContext) => `/portal/${ctx.tenant!.slug}/sprachmittlung`;
const mediatorBase = (ctx: PageContext) => `/portal/${ctx.tenant!.slug}/einsaetze`;

export function RequesterHome({ ctx, list, page, perPage, notice }: { ctx: PageContext; list: { items: RequestListItem[]; total: number }; page: number; perPage: number; notice: string | null }) {
  const { t } = ctx;
  const { items, total } = list;
  return (
    <Layout ctx={ctx} title={t("mediation.portal.requestsTitle")}>
      <Notice t={t} notice={notice} />
      <h1>{t("mediation.portal.requestsTitle")}</h1>
      <p>
        <a class="kern-btn kern-btn--primary" href={`${requesterBase(ctx)}/new`}>
          <span class="kern-label">{t("mediation.portal.newRequest")}</span>
        </a>
      </p>
      <p>
        <a href={`${requesterBase(ctx)}/statement`}>{t("mediation.portal.statement")}</a>
      </p>
      {total === 0 ? (
        <p>{t("mediation.portal.noRequests")}</p>
      ) : (
        <DataTable caption={t("mediation.portal.requestsTitle")} headers={[t("mediation.field.reference"), t("mediation.field.when"), t("mediation.field.language"), t("mediation.field.status"), t("mediation.field.mediator")]}>
          {items.map((r) => (
            <tr key={r.id}>
              <td>
                <a class="reference" href={`${requesterBase(ctx)}/${r.id}`}>{r.reference}</a>
              </td>
              <td>{when(ctx, new Date(r.startsAt), r.minutes)}</td>
              <td>{langLabel(ctx, r.language)}</td>
              <td>
                <StatusTag ctx={ctx} status={r.status} />
              </td>
              <td dir="auto">{r.mediator ?? ""}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination t={t} page={page} pages={Math.ceil(total / perPage)} href={(n) => (n > 1 ? `${requesterBase(ctx)}?page=${n}` : requesterBase(ctx))} />
    </Layout>
  );
}

/** The request form: every field the office needs, each with why it is asked. */
export function RequestForm({ ctx, state, requesters, languages, topics }: { ctx: PageContext; state: FormState; requesters: Requester[]; languages: string[]; topics: Topic[] }) {
  const { t } = ctx;
  const slot = (n: number) => (
    <fieldset class="kern-fieldset" key={n}>
      <legend class="kern-label">{n === 0 ? t("mediation.field.slot0") : t("mediation.field.slotAlt", { n })}</legend>
      <div class="row-fields">
        <TextField name={`date${n}`} type="date" label={t("mediation.field.date")} state={state} t={t} required={n === 0} />
        <TextField name={`time${n}`} type="time" label={t("mediation.field.start")} state={state} t={t} required={n === 0} />
      </div>
    </fieldset>
  );
  return (
    <Layout ctx={ctx} title={t("mediation.portal.newRequest")}>
      <p>
        <a href={requesterBase(ctx)}>{t("mediation.portal.backToRequests")}</a>
      </p>
      <h1>{t("mediation.portal.newRequest")}</h1>
      <ErrorSummary state={state} t={t} />
      <p class="kern-hint">{t("mediation.hint.requestPurpose")}</p>
      <form method="post" action={requesterBase(ctx)} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        {requesters.length === 1 ? (
          <input type="hidden" name="requesterId" value={requesters[0]!.id} />
        ) : (
          <Select name="requesterId" label={t("mediation.field.requester")} state={state} t={t} options={requesters.map((r) => ({ value: r.id, label: r.name }))} />
        )}
        <Select name="language" label={t("mediation.field.language")} state={state} t={t} empty="" options={languages.map((code) => ({ value: code, label: langLabel(ctx, code) })).sort((a, b) => a.label.localeCompare(b.label, ctx.lang))} required />
        <TextField name="dialect" label={t("mediation.field.dialect")} hint={t("mediation.hint.dialect")} state={state} t={t} />
        <Select name="preferredGender" label={t("mediation.field.preferredGender")} hint={t("mediation.hint.preferredGender")} state={state} t={t} empty={t("mediation.gender.any")} options={GENDERS.map((g) => ({ value: g, label: t(`mediation.gender.${g}`) }))} />
        <Select name="topic" label={t("mediation.field.topic")} hint={t("mediation.hint.topic")} state={state} t={t} required options={topics.map((k) => ({ value: k, label: t(`mediation.topic.${k}`) }))} />
        <TextField name="minutes" type="number" label={t("mediation.field.minutes")} state={state} t={t} required />
        {slot(0)}
        {slot(1)}
        {slot(2)}
        <Select name="mode" label={t("mediation.field.mode")} state={state} t={t} required options={MODES.map((m) => ({ value: m, label: t(`mediation.mode.${m}`) }))} />
        <TextField name="street" label={t("mediation.field.street")} hint={t("mediation.hint.onSite")} state={state} t={t} />
        <TextField name="postcode" label={t("mediation.field.postcode")} state={state} t={t} />
        <TextField name="city" label={t("mediation.field.city")} state={state} t={t} />
        <TextField name="room" label={t("mediation.field.room")} state={state} t={t} />
        <TextField name="remoteDetails" label={t("mediation.field.remoteDetails")} hint={t("mediation.hint.remote")} state={state} t={t} />
        <TextField name="participants" type="number" label={t("mediation.field.participants")} state={state} t={t} required />
        <Select name="urgency" label={t("mediation.field.urgency")} state={state} t={t} required options={URGENCIES.map((u) => ({ value: u, label: t(`mediation.urgency.${u}`) }))} />
        <TextArea name="urgencyReason" label={t("mediation.field.urgencyReason")} hint={t("mediation.hint.urgencyReason")} state={state} t={t} rows={2} />
        <TextField name="contactName" label={t("mediation.field.contactName")} hint={t("mediation.hint.contact")} state={state} t={t} autocomplete="off" />
        <TextField name="contactPhone" type="tel" label={t("mediation.field.contactPhone")} state={state} t={t} autocomplete="off" />
        <TextField name="followUpOf" label={t("mediation.field.followUpOf")} hint={t("mediation.hint.followUp")} state={state} t={t} />
        <TextArea name="notes" label={t("mediation.field.notes")} hint={t("mediation.hint.notes")} state={state} t={t} rows={3} />
        <Checkboxes name="clientConsent" label={t("mediation.field.consentGroup")} state={state} t={t} options={[{ value: "on", label: t("mediation.field.clientConsent") }]} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t("mediation.portal.submit")}</span>
        </button>
      </form>
    </Layout>
  );
}

/** `terms`: the cancellation rule for the booked appointment (cancellationTerms), null while none is booked. */
export function RequesterRequestPage({ ctx, r, terms, cancelForm, notice }: { ctx: PageContext; r: RequestDetail; terms: { freeUntil: Date; lateFeeCents: number } | null; cancelForm: FormState; notice: string | null }) {
  const { t } = ctx;
  const termsText = !terms
    ? null
    : terms.lateFeeCents === 0
      ? t("mediation.hint.cancelFree")
      : t(new Date() <= terms.freeUntil ? "mediation.hint.cancelFreeUntil" : "mediation.hint.cancelLate", {
          deadline: formatDate(ctx.lang, terms.freeUntil, { dateStyle: "full", timeStyle: "short" }),
          fee: money(ctx, terms.lateFeeCents),
        });
  const live = r.jobs.find((j) => j.status !== "cancelled");
  const open = ["submitted", "approved", "offered", "confirmed"].includes(r.status) && !(live && live.startsAt <= new Date());
  return (
    <Layout ctx={ctx} title={r.reference}>
      <Notice t={t} notice={notice} />
      <p>
        <a href={requesterBase(ctx)}>{t("mediation.portal.backToRequests")}</a>
      </p>
      <h1>
        {r.reference} <StatusTag ctx={ctx} status={r.status} />
      </h1>
      <ErrorSummary state={cancelForm} t={t} />
      <p>{t(`mediation.portal.explain.${r.status}`)}</p>
      {r.decisionReason && r.decisionReason !== "auto" ? <p>{t("mediation.portal.reason", { reason: r.decisionReason })}</p> : null}
      {live ? (
        <section aria-labelledby="confirmed-title" class="confirmation">
          <h2 id="confirmed-title">{t("mediation.portal.confirmed")}</h2>
          <Facts
            items={[
              [t("mediation.field.mediator"), live.mediator],
              [t("mediation.field.mediatorPhone"), live.mediatorPhone],
              [t("mediation.field.when"), when(ctx, live.startsAt, bookedMinutes(live))],
              [t("mediation.field.actualMinutes"), live.actualMinutes === null ? null : num(ctx, live.actualMinutes)],
              [t("mediation.field.travelKm"), live.travelKm === null ? null : num(ctx, live.travelKm)],
              [t("mediation.field.fee"), live.feeCents === null ? null : money(ctx, live.feeCents)],
            ]}
          />
          {live.actualMinutes !== null && !live.confirmedAt ? (
            <form method="post" action={`${requesterBase(ctx)}/${r.id}/confirm`}>
              <Csrf token={ctx.csrfToken()} />
              <input type="hidden" name="jobId" value={live.id} />
              <p>{t("mediation.portal.confirmHoursHint")}</p>
              <button class="kern-btn kern-btn--primary" type="submit">
                <span class="kern-label">{t("mediation.portal.confirmHours")}</span>
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
      <RequestFacts ctx={ctx} r={r} />
      {open ? (
        <form method="post" action={`${requesterBase(ctx)}/${r.id}/cancel`} class="stack">
          <h2>{t("mediation.portal.cancelTitle")}</h2>
          <Csrf token={ctx.csrfToken()} />
          {termsText ? <p>{termsText}</p> : null}
          <TextArea name="reason" label={t("mediation.field.cancelReason")} state={cancelForm} t={t} rows={2} required />
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">{t("mediation.portal.cancel")}</span>
          </button>
        </form>
      ) : null}
    </Layout>
  );
}

/** Offers and jobs look different on purpose: an offer is a question, a job is a booking. */
export function MediatorHome({ ctx, offers, toReport, upcoming, past, absences, absenceForm, minutesThisMonth, maxMinutes, calendarUrl, notice, errors }: {
  ctx: PageContext;
  absences: { id: string; from: string; to: string }[];
  absenceForm: FormState;
  offers: PortalOffer[];
  toReport: PortalJob[];
  upcoming: PortalJob[];
  past: PortalJob[];
  minutesThisMonth: number;
  maxMinutes: number;
  calendarUrl: string;
  notice: string | null;
  errors: FormState;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("mediation.portal.jobsTitle")}>
      <Notice t={t} notice={notice} />
      <h1>{t("mediation.portal.jobsTitle")}</h1>
      <ErrorSummary state={{ values: {}, errors: [...errors.errors, ...absenceForm.errors] }} t={t} />
      <p>{t("mediation.portal.hours", { hours: inHours(ctx, minutesThisMonth), max: inHours(ctx, maxMinutes) })}</p>

      {toReport.length > 0 ? (
        <section aria-labelledby="report-title">
          <h2 id="report-title">{t("mediation.portal.toReport", { count: toReport.length })}</h2>
          {toReport.map((j) => (
            <article class="job-card" key={j.jobId} aria-labelledby={`r-${j.jobId}`}>
              <h3 id={`r-${j.jobId}`}>
                {j.reference}: {when(ctx, j.startsAt, bookedMinutes(j))}
              </h3>
              <form method="post" action={`${mediatorBase(ctx)}/jobs/${j.jobId}/hours`} class="row-fields">
                <Csrf token={ctx.csrfToken()} />
                <TextField name="actualMinutes" type="number" label={t("mediation.field.actualMinutes")} state={{ values: { actualMinutes: String(bookedMinutes(j)) }, errors: errors.errors }} t={t} required />
                <TextField name="travelKm" label={t("mediation.field.travelKm")} state={{ values: { travelKm: "0" }, errors: [] }} t={t} inputMode="decimal" required />
                <TextField name="travelMinutes" type="number" label={t("mediation.field.travelMinutes")} state={{ values: { travelMinutes: "0" }, errors: [] }} t={t} required />
                <div>
                  <button class="kern-btn kern-btn--primary" type="submit">
                    <span class="kern-label">{t("mediation.portal.reportHours")}</span>
                  </button>
                </div>
              </form>
            </article>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="offers-title">
        <h2 id="offers-title">{t("mediation.portal.offers", { count: offers.length })}</h2>
        <p class="kern-hint">{t("mediation.hint.offerNotBooking")}</p>
        {offers.map((o) => (
          <article class="offer-card" key={o.offerId} aria-labelledby={`o-${o.offerId}`}>
            <h3 id={`o-${o.offerId}`}>
              <span class="tag tag--offer">{t("mediation.portal.offerTag")}</span> {when(ctx, o.startsAt, o.minutes)}
            </h3>
            <Facts
              items={[
                [t("mediation.field.reference"), o.reference],
                [t("mediation.field.language"), langLabel(ctx, o.language) + (o.dialect ? ` (${o.dialect})` : "")],
                [t("mediation.field.topic"), t(`mediation.topic.${o.topic}`)],
                [t("mediation.field.mode"), t(`mediation.mode.${o.mode}`)],
                [t("mediation.field.city"), o.city],
              ]}
            />
            <OfferButtons ctx={ctx} action={`${mediatorBase(ctx)}/offers/${o.offerId}`} />
          </article>
        ))}
      </section>

      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t("mediation.portal.upcoming", { count: upcoming.length })}</h2>
        {upcoming.map((j) => (
          <JobCard ctx={ctx} j={j} key={j.jobId} />
        ))}
      </section>

      <section aria-labelledby="past-title">
        <h2 id="past-title">{t("mediation.portal.history")}</h2>
        <DataTable caption={t("mediation.portal.history")} headers={[t("mediation.field.reference"), t("mediation.field.when"), t("mediation.field.requester"), t("mediation.field.status")]}>
          {past.map((j) => (
            <tr key={j.jobId}>
              <td>{j.reference}</td>
              <td>{when(ctx, j.startsAt, bookedMinutes(j))}</td>
              <td dir="auto">{j.requester}</td>
              <td>{t(`mediation.jobStatus.${j.status}`)}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="absences-title">
        <h2 id="absences-title">{t("mediation.field.absences")}</h2>
        <p class="kern-hint">{t("mediation.hint.absences")}</p>
        <ul>
          {absences.map((a) => (
            <li key={a.id}>
              <form method="post" action={`${mediatorBase(ctx)}/absences/${a.id}/delete`} class="inline-form">
                {day(ctx, a.from)} – {day(ctx, a.to)} <Csrf token={ctx.csrfToken()} />
                <button class="link-button" type="submit">
                  {t("mediation.portal.removeAbsence")}
                  <span class="visually-hidden">
                    {" "}
                    {day(ctx, a.from)} – {day(ctx, a.to)}
                  </span>
                </button>
              </form>
            </li>
          ))}
        </ul>
        <form method="post" action={`${mediatorBase(ctx)}/absences`} class="row-fields" novalidate>
          <Csrf token={ctx.csrfToken()} />
          <TextField name="from" type="date" label={t("mediation.field.absentSince")} state={absenceForm} t={t} required />
          <TextField name="to" type="date" label={t("mediation.field.absentUntil")} state={absenceForm} t={t} required />
          <div>
            <button class="kern-btn kern-btn--secondary" type="submit">
              <span class="kern-label">{t("mediation.portal.addAbsence")}</span>
            </button>
          </div>
        </form>
      </section>

      <p>
        <a href={`${mediatorBase(ctx)}/statement`}>{t("mediation.portal.statement")}</a>
      </p>

      <section aria-labelledby="calendar-title">
        <h2 id="calendar-title">{t("mediation.portal.calendarTitle")}</h2>
        <p>{t("mediation.portal.calendarHint")}</p>
        <p>
          <code>{calendarUrl}</code>
        </p>
      </section>
    </Layout>
  );
}

const day = (ctx: PageContext, date: string) => formatDay(ctx.lang, date);

function JobCard({ ctx, j }: { ctx: PageContext; j: PortalJob }) {
  const { t } = ctx;
  const minutes = bookedMinutes(j);
  const place = j.mode === "on_site" ? [j.street, [j.postcode, j.city].filter(Boolean).join(" "), j.room].filter(Boolean).join(", ") : j.remoteDetails;
  return (
    <article class={`job-card job-card--${j.status}`} aria-labelledby={`j-${j.jobId}`}>
      <h3 id={`j-${j.jobId}`}>
        <span class={`tag tag--${j.status}`}>{t(`mediation.jobStatus.${j.status}`)}</span> {when(ctx, j.startsAt, minutes)}
      </h3>
      <Facts
        items={[
          [t("mediation.field.reference"), j.reference],
          [t("mediation.field.requester"), j.requester],
          [t("mediation.field.language"), langLabel(ctx, j.language)],
          [t("mediation.field.topic"), t(`mediation.topic.${j.topic}`)],
          [t("mediation.field.place"), place],
          [t("mediation.field.contact"), [j.contactName, j.contactPhone].filter(Boolean).join(", ")],
          [t("mediation.field.cancelReason"), j.status === "cancelled" ? j.cancelReason : null],
        ]}
      />
      {j.status === "confirmed" && j.startsAt > new Date() ? (
        <details class="cancel-job">
          <summary>{t("mediation.portal.cancelJob")}</summary>
          <form method="post" action={`${mediatorBase(ctx)}/jobs/${j.jobId}/cancel`} class="stack">
            <Csrf token={ctx.csrfToken()} />
            <TextArea name="reason" label={t("mediation.field.cancelReason")} hint={t("mediation.hint.cancelMediator")} state={{ values: {}, errors: [] }} t={t} rows={2} required />
            <button class="kern-btn kern-btn--secondary" type="submit">
              <span class="kern-label">{t("mediation.portal.cancelJob")}</span>
            </button>
          </form>
        </details>
      ) : null}
    </article>
  );
}

function OfferButtons({ ctx, action, token }: { ctx: PageContext; action: string; token?: string }) {
  const { t } = ctx;
  return (
    <div class="offer-actions">
      <form method="post" action={`${action}/accept`}>
        <Csrf token={ctx.csrfToken()} />
        {token ? <input type="hidden" name="token" value={token} /> : null}
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t("mediation.portal.accept")}</span>
        </button>
      </form>
      <form method="post" action={`${action}/decline`}>
        <Csrf token={ctx.csrfToken()} />
        {token ? <input type="hidden" name="token" value={token} /> : null}
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{t("mediation.portal.decline")}</span>
        </button>
      </form>
    </div>
  );
}

/** The page behind the e-mail link: the offer, and accept/decline without signing in. */
export function OfferLinkPage({ ctx, offer, status, token, errors }: { ctx: PageContext; offer: PortalOffer | null; status: string; token: string; errors: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("mediation.portal.offerTitle")}>
      <h1>{t("mediation.portal.offerTitle")}</h1>
      <ErrorSummary state={errors} t={t} />
      {offer && status === "open" ? (
        <>
          <p class="kern-hint">{t("mediation.hint.offerNotBooking")}</p>
          <Facts
            items={[
              [t("mediation.field.when"), when(ctx, offer.startsAt, offer.minutes)],
              [t("mediation.field.reference"), offer.reference],
              [t("mediation.field.language"), langLabel(ctx, offer.language)],
              [t("mediation.field.topic"), t(`mediation.topic.${offer.topic}`)],
              [t("mediation.field.mode"), t(`mediation.mode.${offer.mode}`)],
              [t("mediation.field.city"), offer.city],
            ]}
          />
          <OfferButtons ctx={ctx} action={`/m/${ctx.tenant!.slug}/offers/${offer.offerId}`} token={token} />
        </>
      ) : (
        <p>{t(`mediation.offerStatus.${status}`)}</p>
      )}
    </Layout>
  );
}

