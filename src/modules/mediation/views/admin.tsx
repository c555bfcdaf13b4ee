/** Back-office pages of the Sprachmittlung: requests, decisions, offers, the pool, requesters, criteria. */
import { DataTable, Notice, Pagination, SubNav } from "../../../web/components.tsx";
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import { Checkboxes, Csrf, ErrorSummary, FieldError, FilterSelect, Select, TextArea, TextField, type FormState } from "../../../web/form.tsx";
import { bookedMinutes, COMMON_LANGUAGES, GENDERS, LEVELS, REQUEST_STATUSES, REQUESTER_KINDS, TOPICS, TRAVEL_MODES, type RequestStatus } from "../model.ts";
import type { Reason, Suggestion } from "../matching.ts";
import { dateFormat, formatDate } from "../../../core/i18n.ts";
import type { PlannedRow, PlanRun, Requester, RequestDetail, RequestListItem } from "../service.ts";
import { AssessmentList, Facts, inHours, langLabel, money, num, StatusTag, weekdayNames, when } from "./shared.tsx";

const base = (ctx: PageContext) => `/admin/${ctx.tenant!.slug}/sprachmittlung`;
/** Suggestions shown open on a request; the rest of those who could take it wait behind a click. */
export const SUGGESTIONS_SHOWN = 8;

function ModuleNav({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const b = base(ctx);
  const links = [
    [b, t("mediation.admin.requests")],
    [`${b}/plan`, t("mediation.admin.plan")],
    [`${b}/mediators`, t("mediation.admin.mediators")],
    [`${b}/requesters`, t("mediation.admin.requesters")],
    [`${b}/statements`, t("mediation.admin.statements")],
    [`${b}/reports`, t("mediation.admin.reports")],
    [`${b}/settings`, t("mediation.admin.settings")],
  ] as const;
  return <SubNav label={t("mediation.admin.subnav")} links={links} url={ctx.url} />;
}

export function RequestsPage({
  ctx,
  list,
  page,
  perPage,
  filter,
  languages,
  notice,
}: {
  ctx: PageContext;
  list: { items: RequestListItem[]; total: number };
  page: number;
  perPage: number;
  filter: { status?: RequestStatus; language?: string; text?: string };
  languages: string[];
  notice: string | null;
}) {
  const { t } = ctx;
  const { items, total } = list;
  const link = (n: number) => {
    const qs = new URLSearchParams();
    if (filter.text) qs.set("q", filter.text);
    if (filter.status) qs.set("status", filter.status);
    if (filter.language) qs.set("language", filter.language);
    if (n > 1) qs.set("page", String(n));
    const s = qs.toString();
    return s ? `${base(ctx)}?${s}` : base(ctx);
  };
  return (
    <Layout ctx={ctx} title={t("mediation.admin.requests")}>
      <Notice t={t} notice={notice} />
      <h1>{t("mediation.admin.title")}</h1>
      <ModuleNav ctx={ctx} />
      <form method="get" action={base(ctx)} class="search-form" role="search">
        <div class="kern-form-input search-form__q">
          <label class="kern-label" for="q">
            {t("mediation.admin.filterText")}
          </label>
          <input class="kern-form-input__input" id="q" name="q" type="search" value={filter.text ?? ""} />
        </div>
        <FilterSelect id="status" label={t("mediation.field.status")} any={t("mediation.admin.allStatuses")} value={filter.status ?? ""} options={REQUEST_STATUSES.map((s) => ({ value: s, label: t(`mediation.status.${s}`) }))} />
        <FilterSelect id="language" label={t("mediation.field.language")} any={t("mediation.admin.allLanguages")} value={filter.language ?? ""} options={languages.map((l) => ({ value: l, label: langLabel(ctx, l) }))} />
        <div>
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">{t("admin.filter")}</span>
          </button>
        </div>
      </form>
      <p>{t("mediation.admin.count", { count: total })}</p>
      {items.length > 0 ? (
        <DataTable
          caption={t("mediation.admin.requests")}
          headers={[t("mediation.field.reference"), t("mediation.field.when"), t("mediation.field.language"), t("mediation.field.requester"), t("mediation.field.topic"), t("mediation.field.status"), t("mediation.field.mediator")]}
        >
          {items.map((r) => (
            <tr key={r.id}>
              <td>
                <a class="reference" href={`${base(ctx)}/requests/${r.id}`}>{r.reference}</a>
                {r.urgency === "urgent" ? <span class="tag tag--urgent">{t("mediation.urgency.urgent")}</span> : null}
              </td>
              <td>{when(ctx, new Date(r.startsAt), r.minutes)}</td>
              <td>{langLabel(ctx, r.language)}</td>
              <td dir="auto">{r.requester}</td>
              <td>{t(`mediation.topic.${r.topic}`)}</td>
              <td>
                <StatusTag ctx={ctx} status={r.status} />
                {r.status === "submitted" ? <span class="tag">{t(`mediation.outcome.${r.outcome}`)}</span> : null}
              </td>
              <td dir="auto">{r.mediator ?? ""}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <Pagination t={t} page={page} pages={Math.ceil(total / perPage)} href={link} />
    </Layout>
  );
}

/** The facts of a request, as the office, the requester and (after acceptance) the mediator see them. */
export function RequestFacts({ ctx, r }: { ctx: PageContext; r: RequestDetail }) {
  const { t } = ctx;
  const place = r.mode === "on_site" ? [r.street, [r.postcode, r.city].filter(Boolean).join(" "), r.room].filter(Boolean).join(", ") : r.remoteDetails;
  return (
    <Facts
      items={[
        [t("mediation.field.requester"), r.requester.name],
        [t("mediation.field.language"), langLabel(ctx, r.language) + (r.dialect ? ` (${r.dialect})` : "")],
        [t("mediation.field.preferredGender"), r.preferredGender ? t(`mediation.gender.${r.preferredGender}`) : t("mediation.gender.any")],
        [t("mediation.field.topic"), t(`mediation.topic.${r.topic}`)],
        [t("mediation.field.mode"), t(`mediation.mode.${r.mode}`)],
        [t("mediation.field.place"), place],
        [t("mediation.field.participants"), num(ctx, r.participants)],
        [t("mediation.field.urgency"), t(`mediation.urgency.${r.urgency}`) + (r.urgencyReason ? `: ${r.urgencyReason}` : "")],
        [t("mediation.field.contact"), [r.contactName, r.contactPhone].filter(Boolean).join(", ")],
        [t("mediation.field.notes"), r.notes],
        ...r.slots.map((s): [string, string] => [s.rank === 0 ? t("mediation.field.slot0") : t("mediation.field.slotAlt", { n: s.rank }), when(ctx, s.startsAt, s.minutes)]),
      ]}
    />
  );
}

export function RequestPage({
  ctx,
  r,
  suggestions,
  slotRank,
  decision,
  offer,
  cancelForm,
  notice,
}: {
  ctx: PageContext;
  r: RequestDetail;
  suggestions: Suggestion[] | null;
  slotRank: number;
  decision: FormState;
  offer: FormState;
  cancelForm: FormState;
  notice: string | null;
}) {
  const { t } = ctx;
  const action = `${base(ctx)}/requests/${r.id}`;
  const live = r.jobs.find((j) => j.status !== "cancelled");
  const open = ["submitted", "approved", "offered", "confirmed"].includes(r.status);
  const feasible = (suggestions ?? []).filter((s) => s.feasible);
  const infeasible = (suggestions ?? []).filter((s) => !s.feasible);
  const reasonText = (reason: Reason) => t(`mediation.reason.${reason.key}.${reason.ok ? "ok" : "no"}`, reason.values ?? {});
  const offerError = offer.errors.some((e) => e.field === "mediatorIds");
  const suggestion = (s: Suggestion) => (
    <li key={s.mediatorId} class="suggestion">
      <div class="kern-form-check">
        <input class="kern-form-check__checkbox" type="checkbox" id={`m-${s.mediatorId}`} name="mediatorIds" value={s.mediatorId} />
        <label class="kern-label" for={`m-${s.mediatorId}`}>
          {s.name} — {t("mediation.admin.score", { score: s.score })}
        </label>
      </div>
      <ul class="reasons">
        {s.reasons.map((reason) => (
          <li key={reason.key} class={reason.ok ? "reason reason--ok" : "reason reason--no"}>
            {reasonText(reason)}
            {reason.points ? ` (${reason.points > 0 ? "+" : ""}${reason.points})` : ""}
          </li>
        ))}
      </ul>
    </li>
  );
  return (
    <Layout ctx={ctx} title={`${r.reference} – ${t("mediation.admin.requests")}`}>
      <Notice t={t} notice={notice} />
      <p>
        <a href={base(ctx)}>{t("mediation.admin.backToRequests")}</a>
      </p>
      <h1>
        {r.reference} <StatusTag ctx={ctx} status={r.status} />
      </h1>
      <ErrorSummary state={{ values: {}, errors: [...decision.errors, ...offer.errors, ...cancelForm.errors] }} t={t} />
      <RequestFacts ctx={ctx} r={r} />

      <h2>{t("mediation.admin.assessment")}</h2>
      <AssessmentList ctx={ctx} assessment={r.assessment} />
      {r.decidedAt ? (
        <p>
          {t(r.status === "declined" ? "mediation.admin.declinedOn" : "mediation.admin.approvedOn", { date: dateFormat(ctx.lang, { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(r.decidedAt) })}
          {r.decisionReason && r.decisionReason !== "auto" ? `: ${r.decisionReason}` : r.decisionReason === "auto" ? ` (${t("mediation.admin.autoApproved")})` : ""}
        </p>
      ) : null}

      {r.status === "submitted" ? (
        <form method="post" action={`${action}/decision`} class="stack">
          <h2>{t("mediation.admin.decide")}</h2>
          <Csrf token={ctx.csrfToken()} />
          <fieldset class="kern-fieldset" id="f-decision">
            <legend class="kern-label">{t("mediation.field.decision")}</legend>
            <div class="kern-fieldset__body">
              {(["approve", "decline"] as const).map((d) => (
                <div class="kern-form-check" key={d}>
                  <input class="kern-form-check__radio" type="radio" id={`decision-${d}`} name="decision" value={d} checked={decision.values.decision === d} />
                  <label class="kern-label" for={`decision-${d}`}>
                    {t(`mediation.decision.${d}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <TextArea name="reason" label={t("mediation.field.reason")} hint={t("mediation.hint.reason")} state={decision} t={t} rows={3} />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t("mediation.admin.saveDecision")}</span>
          </button>
        </form>
      ) : null}

      {(r.status === "approved" || r.status === "offered") && suggestions ? (
        <section aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">{t("mediation.admin.suggestions")}</h2>
          {r.slots.length > 1 ? (
            <form method="get" action={action} class="search-form">
              <Select name="slot" label={t("mediation.field.slot")} state={{ values: { slot: String(slotRank) }, errors: [] }} t={t} options={r.slots.map((s) => ({ value: String(s.rank), label: when(ctx, s.startsAt, s.minutes) }))} />
              <div>
                <button class="kern-btn kern-btn--secondary" type="submit">
                  <span class="kern-label">{t("mediation.admin.showSlot")}</span>
                </button>
              </div>
            </form>
          ) : null}
          {feasible.length > 0 ? (
            <form method="post" action={`${action}/offers`}>
              <Csrf token={ctx.csrfToken()} />
              <input type="hidden" name="slotRank" value={String(slotRank)} />
              <fieldset class="kern-fieldset" id="f-mediatorIds" aria-describedby={offerError ? "f-mediatorIds-error" : undefined}>
                <legend class="kern-label">{t("mediation.admin.chooseMediators")}</legend>
                <div class="kern-hint">{t("mediation.hint.offer")}</div>
                <FieldError state={offer} name="mediatorIds" t={t} />
                <ol class="suggestions">{feasible.slice(0, SUGGESTIONS_SHOWN).map(suggestion)}</ol>
                {feasible.length > SUGGESTIONS_SHOWN ? (
                  // The best ranked first; the others who could take it are a click away, still to be ticked.
                  <details class="more-suggestions">
                    <summary>{t("mediation.admin.moreFeasible", { count: feasible.length - SUGGESTIONS_SHOWN })}</summary>
                    <ol class="suggestions" start={SUGGESTIONS_SHOWN + 1}>
                      {feasible.slice(SUGGESTIONS_SHOWN).map(suggestion)}
                    </ol>
                  </details>
                ) : null}
              </fieldset>
              <button class="kern-btn kern-btn--primary" type="submit">
                <span class="kern-label">{t("mediation.admin.sendOffers")}</span>
              </button>
            </form>
          ) : (
            <p>{t("mediation.admin.nobodyFeasible", { action: t("mediation.admin.markUnmet") })}</p>
          )}
          {infeasible.length > 0 ? (
            // Everyone else in the pool, closed by default: with a large pool they would bury the few who can.
            <details class="infeasible">
              <summary>{t("mediation.admin.notPossibleCount", { count: infeasible.length })}</summary>
              <ul class="reasons">
                {infeasible.map((s) => (
                  <li key={s.mediatorId}>
                    <span dir="auto">{s.name}</span>:{" "}
                    {s.reasons
                      .filter((reason) => !reason.ok)
                      .map(reasonText)
                      .join("; ")}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ) : null}

      {r.offers.length > 0 ? (
        <section aria-labelledby="offers-title">
          <h2 id="offers-title">{t("mediation.admin.offers")}</h2>
          <DataTable caption={t("mediation.admin.offers")} headers={[t("mediation.field.mediator"), t("mediation.field.slot"), t("mediation.field.status"), t("mediation.field.sentAt")]}>
            {r.offers.map((o) => (
              <tr key={o.id}>
                <td dir="auto">{o.mediator}</td>
                <td>{r.slots[o.slotRank] ? when(ctx, r.slots[o.slotRank]!.startsAt, r.slots[o.slotRank]!.minutes) : ""}</td>
                <td>
                  {t(`mediation.offerStatus.${o.status}`)}
                  {o.declineReason ? `: ${o.declineReason}` : ""}
                </td>
                <td>{dateFormat(ctx.lang, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Berlin" }).format(o.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}

      {r.jobs.length > 0 ? (
        <section aria-labelledby="jobs-title">
          <h2 id="jobs-title">{t("mediation.admin.jobs")}</h2>
          <ul>
            {r.jobs.map((j) => (
              <li key={j.id}>
                {j.mediator}, {when(ctx, j.startsAt, bookedMinutes(j))} — {t(`mediation.jobStatus.${j.status}`)}
                {j.status === "cancelled" ? ` (${t(`mediation.cancelledBy.${j.cancelledBy ?? "office"}`)}: ${j.cancelReason ?? ""}${j.cancellationFeeCents ? `; ${t("mediation.field.cancellationFee")} ${money(ctx, j.cancellationFeeCents)}` : ""})` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {live && live.startsAt <= new Date() && live.status === "confirmed" ? (
        <section class="stack" aria-labelledby="after-title">
          <h2 id="after-title">{t("mediation.admin.afterTitle")}</h2>
          {live.actualMinutes !== null ? (
            <p>{t("mediation.admin.reported", { minutes: live.actualMinutes, km: live.travelKm ?? 0 })}</p>
          ) : (
            <p>{t("mediation.admin.notReported")}</p>
          )}
          <div class="offer-actions">
            {live.actualMinutes !== null && !live.confirmedAt ? (
              <form method="post" action={`${action}/confirm-hours`}>
                <Csrf token={ctx.csrfToken()} />
                <button class="kern-btn kern-btn--primary" type="submit">
                  <span class="kern-label">{t("mediation.admin.confirmHours")}</span>
                </button>
              </form>
            ) : null}
            {(["client", "mediator"] as const).map((who) => (
              <form method="post" action={`${action}/no-show`} key={who}>
                <Csrf token={ctx.csrfToken()} />
                <input type="hidden" name="who" value={who} />
                <button class="kern-btn kern-btn--secondary" type="submit">
                  <span class="kern-label">{t(`mediation.admin.noShow.${who}`)}</span>
                </button>
              </form>
            ))}
          </div>
        </section>
      ) : null}

      {r.status === "approved" || r.status === "offered" ? (
        <form method="post" action={`${action}/unmet`} class="stack">
          <h2>{t("mediation.admin.unmetTitle")}</h2>
          <Csrf token={ctx.csrfToken()} />
          <TextArea name="unmetReason" label={t("mediation.field.reason")} state={cancelForm} t={t} rows={2} />
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">{t("mediation.admin.markUnmet")}</span>
          </button>
        </form>
      ) : null}

      {open && !(live && live.startsAt <= new Date()) ? (
        <form method="post" action={`${action}/cancel`} class="stack">
          <h2>{t("mediation.admin.cancelTitle")}</h2>
          <Csrf token={ctx.csrfToken()} />
          {live ? <p>{t("mediation.hint.cancelOffice")}</p> : null}
          <TextArea name="reason" label={t("mediation.field.cancelReason")} state={cancelForm} t={t} rows={2} required />
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">{t("mediation.admin.cancel")}</span>
          </button>
        </form>
      ) : null}
    </Layout>
  );
}

type MediatorListItem = { id: string; name: string; email: string; active: boolean; consent: boolean; languages: { code: string; level: string; dialects: string[] }[]; expiring: number; maxMinutesPerMonth: number; minutesThisMonth: number };

export function MediatorsPage({ ctx, items, notice }: { ctx: PageContext; items: MediatorListItem[]; notice: string | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("mediation.admin.mediators")}>
      <Notice t={t} notice={notice} />
      <h1>{t("mediation.admin.mediators")}</h1>
      <ModuleNav ctx={ctx} />
      <p>
        <a class="kern-btn kern-btn--primary" href={`${base(ctx)}/mediators/new`}>
          <span class="kern-label">{t("mediation.admin.newMediator")}</span>
        </a>
      </p>
      <DataTable caption={t("mediation.admin.mediators")} headers={[t("mediation.field.name"), t("mediation.field.languages"), t("mediation.admin.hoursThisMonth"), t("mediation.field.status")]}>
        {items.map((m) => (
          <tr key={m.id}>
            <td>
              <a href={`${base(ctx)}/mediators/${m.id}`}>{m.name}</a>
            </td>
            <td>{m.languages.map((l) => `${langLabel(ctx, l.code)} (${t(`mediation.level.${l.level}`)}${l.dialects.length ? `; ${l.dialects.join(", ")}` : ""})`).join(", ")}</td>
            <td>{t("mediation.admin.hoursOfMax", { hours: inHours(ctx, m.minutesThisMonth), max: inHours(ctx, m.maxMinutesPerMonth) })}</td>
            <td>
              {m.active ? t("mediation.admin.active") : t("mediation.admin.paused")}
              {!m.consent ? <span class="tag tag--warn">{t("mediation.admin.noConsent")}</span> : null}
              {m.expiring ? <span class="tag tag--warn">{t("mediation.admin.expiring", { count: m.expiring })}</span> : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </Layout>
  );
}

export const LANGUAGE_ROWS = 4;
export const WINDOW_ROWS = 7;
export const ABSENCE_ROWS = 3;
export const QUALIFICATION_ROWS = 3;

export function MediatorForm({ ctx, state, id, invited, calendarUrl }: { ctx: PageContext; state: FormState; id: string | null; invited: boolean; calendarUrl: string | null }) {
  const { t } = ctx;
  const action = id ? `${base(ctx)}/mediators/${id}` : `${base(ctx)}/mediators`;
  const weekdays = weekdayNames(ctx).map((label, i) => ({ value: String(i + 1), label }));
  return (
    <Layout ctx={ctx} title={id ? t("mediation.admin.editMediator") : t("mediation.admin.newMediator")}>
      <p>
        <a href={`${base(ctx)}/mediators`}>{t("mediation.admin.backToMediators")}</a>
      </p>
      <h1>{id ? t("mediation.admin.editMediator") : t("mediation.admin.newMediator")}</h1>
      <ErrorSummary state={state} t={t} />
      <p class="kern-hint">{t("mediation.hint.mediatorPurpose")}</p>
      <form method="post" action={action} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <TextField name="name" label={t("mediation.field.name")} state={state} t={t} required autocomplete="off" />
        <TextField name="email" type="email" label={t("mediation.field.email")} state={state} t={t} required />
        <TextField name="phone" type="tel" label={t("mediation.field.phone")} state={state} t={t} />
        <Select name="gender" label={t("mediation.field.gender")} hint={t("mediation.hint.gender")} state={state} t={t} empty={t("mediation.gender.unspecified")} options={GENDERS.map((g) => ({ value: g, label: t(`mediation.gender.${g}`) }))} />
        <Select name="travelMode" label={t("mediation.field.travelMode")} state={state} t={t} options={TRAVEL_MODES.map((m) => ({ value: m, label: t(`mediation.travelMode.${m}`) }))} />
        <TextField name="baseLabel" label={t("mediation.field.base")} hint={t("mediation.hint.base")} state={state} t={t} />
        <TextField name="baseLat" label={t("mediation.field.lat")} state={state} t={t} inputMode="decimal" />
        <TextField name="baseLng" label={t("mediation.field.lng")} state={state} t={t} inputMode="decimal" />
        <TextField name="maxHoursPerMonth" type="number" label={t("mediation.field.maxHours")} state={state} t={t} required />

        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("mediation.field.languages")}</legend>
          <div class="kern-hint">{t("mediation.hint.languages")}</div>
          {/* Codes suggested while typing, each with its name; any other ISO 639 code is taken too. */}
          <datalist id="language-codes">
            {COMMON_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {langLabel(ctx, code)}
              </option>
            ))}
          </datalist>
          {Array.from({ length: LANGUAGE_ROWS }, (_, i) => (
            <div class="row-fields" key={i}>
              <TextField name={`lang${i}Code`} label={t("mediation.field.languageCode", { n: i + 1 })} state={state} t={t} list="language-codes" />
              <Select name={`lang${i}Level`} label={t("mediation.field.level", { n: i + 1 })} state={state} t={t} options={LEVELS.map((l) => ({ value: l, label: t(`mediation.level.${l}`) }))} />
              <TextField name={`lang${i}Dialects`} label={t("mediation.field.dialects", { n: i + 1 })} state={state} t={t} />
            </div>
          ))}
        </fieldset>

        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("mediation.field.availability")}</legend>
          <div class="kern-hint">{t("mediation.hint.availability")}</div>
          {Array.from({ length: WINDOW_ROWS }, (_, i) => (
            <div class="row-fields" key={i}>
              <Select name={`win${i}Day`} label={t("mediation.field.weekday", { n: i + 1 })} state={state} t={t} empty="–" options={weekdays} />
              <TextField name={`win${i}From`} type="time" label={t("mediation.field.from", { n: i + 1 })} state={state} t={t} />
              <TextField name={`win${i}To`} type="time" label={t("mediation.field.to", { n: i + 1 })} state={state} t={t} />
            </div>
          ))}
        </fieldset>

        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("mediation.field.absences")}</legend>
          {Array.from({ length: ABSENCE_ROWS }, (_, i) => (
            <div class="row-fields" key={i}>
              <TextField name={`abs${i}From`} type="date" label={t("mediation.field.absentFrom", { n: i + 1 })} state={state} t={t} />
              <TextField name={`abs${i}To`} type="date" label={t("mediation.field.absentTo", { n: i + 1 })} state={state} t={t} />
            </div>
          ))}
        </fieldset>

        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("mediation.field.qualifications")}</legend>
          {Array.from({ length: QUALIFICATION_ROWS }, (_, i) => (
            <div class="row-fields" key={i}>
              <TextField name={`qual${i}Title`} label={t("mediation.field.qualification", { n: i + 1 })} state={state} t={t} />
              <TextField name={`qual${i}Until`} type="date" label={t("mediation.field.validUntil", { n: i + 1 })} state={state} t={t} />
            </div>
          ))}
        </fieldset>

        <Checkboxes
          name="flags"
          label={t("mediation.field.flags")}
          state={state}
          t={t}
          options={[
            { value: "consent", label: t("mediation.field.consent") },
            { value: "active", label: t("mediation.field.active") },
          ]}
        />
        <TextArea name="notes" label={t("mediation.field.internalNotes")} state={state} t={t} rows={3} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t("admin.save")}</span>
        </button>
      </form>
      {id ? (
        <section class="stack">
          <h2>{t("mediation.admin.portalAccess")}</h2>
          {invited ? <p>{t("mediation.admin.invited")}</p> : null}
          {calendarUrl ? (
            <p>
              {t("mediation.admin.calendar")} <code>{calendarUrl}</code>
            </p>
          ) : null}
          <form method="post" action={`${action}/invite`}>
            <Csrf token={ctx.csrfToken()} />
            <button class="kern-btn kern-btn--secondary" type="submit">
              <span class="kern-label">{t("mediation.admin.invite")}</span>
            </button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}

export function RequestersPage({ ctx, items, state, notice }: { ctx: PageContext; items: (Requester & { members: number })[]; state: FormState; notice: string | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("mediation.admin.requesters")}>
      <Notice t={t} notice={notice} />
      <h1>{t("mediation.admin.requesters")}</h1>
      <ModuleNav ctx={ctx} />
      <DataTable caption={t("mediation.admin.requesters")} headers={[t("mediation.field.name"), t("mediation.field.kind"), t("mediation.field.budget"), t("mediation.field.members")]}>
        {items.map((r) => (
          <tr key={r.id}>
            <td>
              <a href={`${base(ctx)}/requesters/${r.id}`}>{r.name}</a>
              {!r.active ? <span class="tag">{t("mediation.admin.paused")}</span> : null}
            </td>
            <td>{t(`mediation.requesterKind.${r.kind}`)}</td>
            <td>{r.annualBudgetCents === null ? t("mediation.admin.noBudget") : money(ctx, r.annualBudgetCents)}</td>
            <td>{r.members}</td>
          </tr>
        ))}
      </DataTable>
      <h2>{t("mediation.admin.newRequester")}</h2>
      <RequesterFields ctx={ctx} state={state} action={`${base(ctx)}/requesters`} />
    </Layout>
  );
}

function RequesterFields({ ctx, state, action }: { ctx: PageContext; state: FormState; action: string }) {
  const { t } = ctx;
  return (
    <form method="post" action={action} class="stack" novalidate>
      <ErrorSummary state={state} t={t} />
      <Csrf token={ctx.csrfToken()} />
      <TextField name="name" label={t("mediation.field.name")} state={state} t={t} required />
      <Select name="kind" label={t("mediation.field.kind")} state={state} t={t} options={REQUESTER_KINDS.map((k) => ({ value: k, label: t(`mediation.requesterKind.${k}`) }))} />
      <TextField name="email" type="email" label={t("mediation.field.functionalEmail")} hint={t("mediation.hint.functionalEmail")} state={state} t={t} required />
      <TextField name="phone" type="tel" label={t("mediation.field.phone")} state={state} t={t} />
      <TextField name="street" label={t("mediation.field.street")} state={state} t={t} />
      <TextField name="postcode" label={t("mediation.field.postcode")} state={state} t={t} />
      <TextField name="city" label={t("mediation.field.city")} state={state} t={t} />
      <TextField name="costCentre" label={t("mediation.field.costCentre")} state={state} t={t} />
      <TextField name="annualBudgetEuro" label={t("mediation.field.budgetEuro")} hint={t("mediation.hint.budget")} state={state} t={t} inputMode="decimal" />
      <Checkboxes name="flags" label={t("mediation.field.flags")} state={state} t={t} options={[{ value: "active", label: t("mediation.field.active") }]} />
      <button class="kern-btn kern-btn--primary" type="submit">
        <span class="kern-label">{t("admin.save")}</span>
      </button>
    </form>
  );
}

export function RequesterPage({ ctx, id, state, members, memberForm, notice }: { ctx: PageContext; id: string; state: FormState; members: { id: string; email: string; displayName: string }[]; memberForm: FormState; notice: string | null }) {
  const { t } = ctx;
  const action = `${base(ctx)}/requesters/${id}`;
  return (
    <Layout ctx={ctx} title={t("mediation.admin.editRequester")}>
      <Notice t={t} notice={notice} />
      <p>
        <a href={`${base(ctx)}/requesters`}>{t("mediation.admin.backToRequesters")}</a>
      </p>
      <h1>{t("mediation.admin.editRequester")}</h1>
      <RequesterFields ctx={ctx} state={state} action={action} />
      <h2>{t("mediation.field.members")}</h2>
      <ul>
        {members.map((m) => (
          <li key={m.id} dir="auto">
            {m.displayName} ({m.email})
          </li>
        ))}
      </ul>
      <form method="post" action={`${action}/members`} class="stack" novalidate>
        <ErrorSummary state={memberForm} t={t} />
        <Csrf token={ctx.csrfToken()} />
        <TextField name="memberName" label={t("mediation.field.memberName")} state={memberForm} t={t} required />
        <TextField name="memberEmail" type="email" label={t("mediation.field.memberEmail")} hint={t("mediation.hint.memberEmail")} state={memberForm} t={t} required />
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{t("mediation.admin.addMember")}</span>
        </button>
      </form>
    </Layout>
  );
}

export function SettingsPage({ ctx, state, notice }: { ctx: PageContext; state: FormState; notice: string | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("mediation.admin.settings")}>
      <Notice t={t} notice={notice} />
      <h1>{t("mediation.admin.settings")}</h1>
      <ModuleNav ctx={ctx} />
      <ErrorSummary state={state} t={t} />
      <form method="post" action={`${base(ctx)}/settings`} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <h2>{t("mediation.admin.criteria")}</h2>
        <Checkboxes name="requesterKinds" label={t("mediation.field.requesterKinds")} state={state} t={t} options={REQUESTER_KINDS.map((k) => ({ value: k, label: t(`mediation.requesterKind.${k}`) }))} />
        <Checkboxes name="topics" label={t("mediation.field.topics")} state={state} t={t} columns options={TOPICS.map((k) => ({ value: k, label: t(`mediation.topic.${k}`) }))} />
        <Checkboxes name="excludedTopics" label={t("mediation.field.excludedTopics")} hint={t("mediation.hint.excluded")} state={state} t={t} columns options={TOPICS.map((k) => ({ value: k, label: t(`mediation.topic.${k}`) }))} />
        <TextField name="minLeadHours" type="number" label={t("mediation.field.minLeadHours")} state={state} t={t} required />
        <TextField name="urgentMinLeadHours" type="number" label={t("mediation.field.urgentMinLeadHours")} state={state} t={t} required />
        <TextField name="maxMinutes" type="number" label={t("mediation.field.maxMinutes")} state={state} t={t} required />
        <Checkboxes name="flags" label={t("mediation.field.flags")} state={state} t={t} options={[{ value: "autoApprove", label: t("mediation.field.autoApprove") }]} />
        <h2>{t("mediation.admin.rates")}</h2>
        <Select name="unit" label={t("mediation.field.unit")} state={state} t={t} options={["half_hour", "hour"].map((u) => ({ value: u, label: t(`mediation.unit.${u}`) }))} />
        <TextField name="unitEuro" label={t("mediation.field.unitEuro")} state={state} t={t} inputMode="decimal" required />
        <TextField name="minimumMinutes" type="number" label={t("mediation.field.minimumMinutes")} state={state} t={t} required />
        <TextField name="remoteFlatEuro" label={t("mediation.field.remoteFlatEuro")} hint={t("mediation.hint.remoteFlat")} state={state} t={t} inputMode="decimal" />
        <TextField name="remoteFlatMinutes" type="number" label={t("mediation.field.remoteFlatMinutes")} state={state} t={t} />
        <TextField name="travelFreeKm" type="number" label={t("mediation.field.travelFreeKm")} state={state} t={t} required />
        <TextField name="kmEuro" label={t("mediation.field.kmEuro")} state={state} t={t} inputMode="decimal" required />
        <TextField name="freeCancellationHours" type="number" label={t("mediation.field.freeCancellationHours")} state={state} t={t} required />
        <TextField name="cancellationPercent" type="number" label={t("mediation.field.cancellationPercent")} state={state} t={t} required />
        <h2>{t("mediation.admin.publicPage")}</h2>
        <TextArea name="intro" label={t("mediation.field.intro")} state={state} t={t} rows={5} />
        <TextField name="contactEmail" type="email" label={t("mediation.field.contactEmail")} state={state} t={t} />
        <TextField name="contactPhone" type="tel" label={t("mediation.field.phone")} state={state} t={t} />
        <TextField name="retentionDays" type="number" label={t("mediation.field.retentionDays")} hint={t("mediation.hint.retention")} state={state} t={t} required />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t("admin.save")}</span>
        </button>
      </form>
    </Layout>
  );
}


/** Month picker shared by the statements and reports pages. */
function MonthForm({ ctx, action, month }: { ctx: PageContext; action: string; month: string }) {
  const { t } = ctx;
  return (
    <form method="get" action={action} class="search-form">
      <div class="kern-form-input">
        <label class="kern-label" for="month">
          {t("mediation.field.month")}
        </label>
        <input class="kern-form-input__input" id="month" name="month" type="month" value={month} />
      </div>
      <div>
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{t("admin.filter")}</span>
        </button>
      </div>
    </form>
  );
}

export function StatementsPage({ ctx, month, mediators, requesters, allocation }: {
  ctx: PageContext;
  month: string;
  mediators: { id: string; name: string }[];
  requesters: { id: string; name: string }[];
  allocation: { costCentre: string | null; requester: string; deployments: number; minutes: number; cents: number }[];
}) {
  const { t } = ctx;
  const b = `${base(ctx)}/statements`;
  const total = allocation.reduce((sum, a) => sum + a.cents, 0);
  return (
    <Layout ctx={ctx} title={t("mediation.admin.statements")}>
      <h1>{t("mediation.admin.statements")}</h1>
      <ModuleNav ctx={ctx} />
      <MonthForm ctx={ctx} action={b} month={month} />
      <p class="actions">
        <a href={`${b}/export.csv?month=${month}`}>{t("admin.export.csv")}</a> <a href={`${b}/export.xlsx?month=${month}`}>{t("admin.export.xlsx")}</a>
      </p>
      <h2>{t("mediation.admin.costAllocation")}</h2>
      <DataTable caption={t("mediation.admin.costAllocation")} headers={[t("mediation.field.costCentre"), t("mediation.field.requester"), t("mediation.admin.deployments"), t("mediation.statement.minutes"), t("mediation.field.fee")]}>
        {allocation.map((a, i) => (
          <tr key={i}>
            <td>{a.costCentre ?? "–"}</td>
            <td dir="auto">{a.requester}</td>
            <td>{num(ctx, a.deployments)}</td>
            <td>{num(ctx, a.minutes)}</td>
            <td>{money(ctx, a.cents)}</td>
          </tr>
        ))}
      </DataTable>
      <p>
        <strong>{t("mediation.admin.monthTotal", { amount: money(ctx, total) })}</strong>
      </p>
      <div class="two-columns">
        <section aria-labelledby="st-mediators">
          <h2 id="st-mediators">{t("mediation.admin.mediatorStatements")}</h2>
          <ul>
            {mediators.map((m) => (
              <li key={m.id}>
                <a href={`${b}/mediators/${m.id}?month=${month}`}>{m.name}</a> (PDF)
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="st-requesters">
          <h2 id="st-requesters">{t("mediation.admin.requesterStatements")}</h2>
          <ul>
            {requesters.map((r) => (
              <li key={r.id}>
                <a href={`${b}/requesters/${r.id}?month=${month}`}>{r.name}</a> (PDF)
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Layout>
  );
}

type Row = { key: string; label: string; deployments: number; minutes: number; cancelled: number; billedCents: number };

export function ReportsPage({ ctx, from, to, by, outcomes, lead }: {
  ctx: PageContext;
  from: string;
  to: string;
  by: Record<"language" | "requester" | "month" | "topic", Row[]>;
  outcomes: { submitted: number; approved: number; declined: number; unmet: number; cancelled: number; confirmed: number; completed: number; declineReasons: { reason: string; count: number }[] };
  lead: { medianHours: number | null; p90Hours: number | null; decisionMedianHours: number | null; confirmationMedianHours: number | null };
}) {
  const { t } = ctx;
  const hours = (h: number | null) => (h === null ? "–" : num(ctx, h));
  const monthName = (key: string) => dateFormat(ctx.lang, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${key}-01T00:00:00Z`));
  const label = (dim: keyof typeof by, r: Row) => (dim === "language" ? langLabel(ctx, r.key) : dim === "topic" ? t(`mediation.topic.${r.key}`) : dim === "month" ? monthName(r.key) : r.label);
  return (
    <Layout ctx={ctx} title={t("mediation.admin.reports")}>
      <h1>{t("mediation.admin.reports")}</h1>
      <ModuleNav ctx={ctx} />
      <form method="get" action={`${base(ctx)}/reports`} class="search-form">
        <div class="kern-form-input">
          <label class="kern-label" for="from">
            {t("mediation.field.fromDate")}
          </label>
          <input class="kern-form-input__input" id="from" name="from" type="date" value={from} />
        </div>
        <div class="kern-form-input">
          <label class="kern-label" for="to">
            {t("mediation.field.toDate")}
          </label>
          <input class="kern-form-input__input" id="to" name="to" type="date" value={to} />
        </div>
        <div>
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">{t("admin.filter")}</span>
          </button>
        </div>
      </form>
      <h2>{t("mediation.admin.outcomes")}</h2>
      <Facts
        items={(["submitted", "approved", "confirmed", "completed", "declined", "unmet", "cancelled"] as const).map((k): [string, string] => [t(`mediation.status.${k}`), num(ctx, outcomes[k])])}
      />
      <h2>{t("mediation.admin.leadTimes")}</h2>
      <Facts
        items={[
          [t("mediation.admin.leadMedian"), hours(lead.medianHours)],
          [t("mediation.admin.leadP90"), hours(lead.p90Hours)],
          [t("mediation.admin.decisionMedian"), hours(lead.decisionMedianHours)],
          [t("mediation.admin.confirmationMedian"), hours(lead.confirmationMedianHours)],
        ]}
      />
      {(["language", "requester", "month", "topic"] as const).map((dim) => (
        <section key={dim} aria-labelledby={`by-${dim}`}>
          <h2 id={`by-${dim}`}>{t(`mediation.admin.by.${dim}`)}</h2>
          <DataTable caption={t(`mediation.admin.by.${dim}`)} headers={[t(`mediation.admin.dim.${dim}`), t("mediation.admin.deployments"), t("mediation.admin.hours"), t("mediation.status.cancelled"), t("mediation.field.fee")]}>
            {by[dim].map((r) => (
              <tr key={r.key}>
                <td dir="auto">{label(dim, r)}</td>
                <td>{num(ctx, r.deployments)}</td>
                <td>{inHours(ctx, r.minutes)}</td>
                <td>{num(ctx, r.cancelled)}</td>
                <td>{money(ctx, r.billedCents)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ))}
      {outcomes.declineReasons.length ? (
        <section aria-labelledby="decline-reasons">
          <h2 id="decline-reasons">{t("mediation.admin.declineReasons")}</h2>
          <ul>
            {outcomes.declineReasons.map((d) => (
              <li key={d.reason} dir="auto">
                {d.reason} ({num(ctx, d.count)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

/** `rows`: plannedRows of `run`. */
export function PlanPage({ ctx, monday, run, rows, notice }: { ctx: PageContext; monday: string; run: PlanRun | null; rows: PlannedRow[]; notice: string | null }) {
  const { t } = ctx;
  const plan = run?.plan ?? null;
  const open = rows.filter((row) => row.status === "approved");
  const planButton = (
    <form method="post" action={`${base(ctx)}/plan/run`} class="actions">
      <Csrf token={ctx.csrfToken()} />
      <input type="hidden" name="week" value={monday} />
      <button class={`kern-btn ${plan ? "kern-btn--secondary" : "kern-btn--primary"}`} type="submit">
        <span class="kern-label">{t(plan ? "mediation.admin.replan" : "mediation.admin.planWeek")}</span>
      </button>
    </form>
  );
  const at = (d: Date) => formatDate(ctx.lang, d, { dateStyle: "long", timeStyle: "short" });
  const clockAt = (d: Date) => formatDate(ctx.lang, d, { timeStyle: "medium" });
  // While the planning goes on behind the page, the plan-watch island says when it is done (a polite live region).
  const watch = run && {
    role: "status" as const,
    "data-plan-watch": `/api/v1/admin/${ctx.tenant!.slug}/sprachmittlung/plan?week=${monday}`,
    "data-until": run.until.toISOString(),
    "data-settled": t("mediation.admin.planSettled"),
    "data-show": t("mediation.admin.planShowResult"),
    "data-href": `${base(ctx)}/plan?week=${monday}`,
  };
  return (
    <Layout ctx={ctx} title={t("mediation.admin.plan")} scripts={run?.status === "running" ? ["plan-watch"] : []}>
      <h1>{t("mediation.admin.plan")}</h1>
      <ModuleNav ctx={ctx} />
      <Notice t={t} notice={notice} />
      <p>{t("mediation.hint.plan")}</p>
      <form method="get" action={`${base(ctx)}/plan`} class="search-form">
        <div class="kern-form-input">
          <label class="kern-label" for="week">
            {t("mediation.field.weekOf")}
          </label>
          <input class="kern-form-input__input" id="week" name="week" type="date" value={monday} />
        </div>
        <div>
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">{t("mediation.admin.showWeek")}</span>
          </button>
        </div>
      </form>
      {run === null ? (
        <>
          <p>{t("mediation.admin.planNone")}</p>
          {planButton}
        </>
      ) : run.status === "running" && !plan ? (
        <p {...watch}>
          {t("mediation.admin.planRunning", { time: clockAt(run.startedAt), until: clockAt(run.until) })} <a href={`${base(ctx)}/plan?week=${monday}`}>{t("mediation.admin.refresh")}</a>
        </p>
      ) : run.status === "failed" || !plan ? (
        <>
          <p>{t("mediation.admin.planFailed")}</p>
          {planButton}
        </>
      ) : (
        <>
          {run.status === "running" ? (
            // The first plan, while the whole time limit looks for a better one or the proof.
            <p {...watch}>
              {t("mediation.admin.planImproving", { time: clockAt(run.until) })}{" "}
              <a href={`${base(ctx)}/plan?week=${monday}`}>{t("mediation.admin.refresh")}</a>
            </p>
          ) : (
            <p>{t("mediation.admin.plannedAt", { time: at(run.finishedAt ?? run.startedAt) })}</p>
          )}
          <Facts
            items={[
              [t("mediation.admin.planCovered"), t("mediation.admin.planCoveredValue", { covered: plan.objective.covered, total: plan.requests.size })],
              [t("mediation.admin.planMaxLoad"), inHours(ctx, plan.objective.maxLoadMinutes)],
              [t("mediation.admin.planTravel"), num(ctx, plan.objective.travelMinutes)],
              [t("mediation.admin.planGenderMisses"), num(ctx, plan.objective.genderMisses)],
              [t("mediation.admin.planOptimal"), plan.optimal ? t("mediation.admin.yes") : t("mediation.admin.no")],
              // Cut short by the time limit: how far the plan can be from the best one at most.
              ...(plan.optimal
                ? []
                : ([
                    [t("mediation.admin.planCoveredBound"), t("mediation.admin.planCoveredValue", { covered: plan.bounds.covered, total: plan.requests.size })],
                    [t("mediation.admin.planMaxLoadBound"), inHours(ctx, plan.bounds.maxLoadMinutes)],
                  ] satisfies [string, string][])),
            ]}
          />
          {plan.optimal ? null : <p>{t("mediation.admin.planNotProven")}</p>}
          {run.notPlanned > 0 ? <p>{t("mediation.admin.planNewSince", { count: run.notPlanned })}</p> : null}
          {rows.length > 0 ? (
            <form method="post" action={`${base(ctx)}/plan`}>
              <Csrf token={ctx.csrfToken()} />
              <input type="hidden" name="week" value={monday} />
              <DataTable
                caption={t("mediation.admin.plan")}
                headers={[t("mediation.admin.planSend"), t("mediation.field.reference"), t("mediation.field.language"), t("mediation.field.when"), t("mediation.field.mediator")]}
              >
                {rows.map((row) => (
                  <tr key={row.requestId}>
                    <td>
                      {row.status === "approved" ? (
                        <input
                          class="kern-form-check__checkbox"
                          type="checkbox"
                          name="assignment"
                          value={`${row.requestId}:${row.mediatorId}:${row.slotRank}`}
                          checked
                          aria-label={t("mediation.admin.planSendRow", { reference: row.reference })}
                        />
                      ) : (
                        <StatusTag ctx={ctx} status={row.status} />
                      )}
                    </td>
                    <td>
                      <a class="reference" href={`${base(ctx)}/requests/${row.requestId}`}>{row.reference}</a>
                    </td>
                    <td>{langLabel(ctx, row.language)}</td>
                    <td>{when(ctx, row.startsAt, row.minutes)}</td>
                    <td dir="auto">{row.mediator ?? "—"}</td>
                  </tr>
                ))}
              </DataTable>
              {open.length > 0 ? (
                <button class="kern-btn kern-btn--primary" type="submit">
                  <span class="kern-label">{t("mediation.admin.sendPlanOffers")}</span>
                </button>
              ) : null}
            </form>
          ) : plan.requests.size === 0 ? (
            <p>{t("mediation.admin.planEmpty")}</p>
          ) : null}
          {plan.unassigned.length > 0 ? (
            <section aria-labelledby="unassigned-title">
              <h2 id="unassigned-title">{t("mediation.admin.unassigned")}</h2>
              <ul>
                {plan.unassigned.map((id) => (
                  <li key={id}>
                    <a href={`${base(ctx)}/requests/${id}`}>{plan.requests.get(id)?.reference}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {run.status === "running" ? null : planButton}
        </>
      )}
    </Layout>
  );
}
