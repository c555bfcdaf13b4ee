/** The public pages of the events: the calendar with filters, one event with registration, the registration's outcome, cancellation, a programme. */
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import { Facts, Notice } from "../../../web/components.tsx";
import { eventFieldLabels } from "./labels.ts";
import { Checkboxes, Csrf, ErrorSummary, FilterSelect, LanguageChoice, Select, TextArea, TextField, type FormState } from "../../../web/form.tsx";
import { languageName } from "../../../core/languages.ts";
import { CATEGORIES, SELF_BACKGROUNDS, SELF_GENDERS, type Category, type Occurrence } from "../model.ts";
import type { PublicEvent, PublicOccurrence } from "../service.ts";
import type { ProgrammeRow } from "../service.ts";
import { dateFormat, formatSpan } from "../../../core/i18n.ts";

const base = (ctx: PageContext) => `/${ctx.tenant!.slug}/${ctx.lang}/veranstaltungen`;

/** "Dienstag, 20. Oktober 2026, 18:00–20:00" or "Freitag, 18. September 2026 (ganztägig)" in the reader's language and the event's zone. */
export function span(ctx: PageContext, o: { startsAt: Date; endsAt: Date }, e: { allDay: boolean; timeZone: string }): string {
  const day = dateFormat(ctx.lang, { timeZone: e.timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" });
  if (e.allDay) {
    const last = new Date(o.endsAt.getTime() - 1);
    const first = day.format(o.startsAt);
    const end = day.format(last);
    return `${first === end ? first : `${first} – ${end}`} (${ctx.t("events.event.allDay")})`;
  }
  // As the language writes a span of time: the Arabic comma, "Uhr", the Farsi "تا"; one date when both ends share it.
  return formatSpan(ctx.lang, o.startsAt, o.endsAt, e.timeZone);
}

const placeOf = (e: PublicEvent) => [e.venue, e.street, [e.postcode, e.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");

export interface ListFilters {
  from: string;
  to: string;
  category: Category | "";
  language: string;
  programme: string;
}

export function EventsPage({ ctx, items, filters, languages, programmes }: { ctx: PageContext; items: PublicOccurrence[]; filters: ListFilters; languages: string[]; programmes: { slug: string; title: string }[] }) {
  const { t } = ctx;
  const query = new URLSearchParams(Object.entries({ category: filters.category, language: filters.language, programme: filters.programme }).filter(([, v]) => v) as [string, string][]).toString();
  return (
    <Layout ctx={ctx} title={t("events.public.title")}>
      <h1>{t("events.public.title")}</h1>
      <p>{t("events.public.lead", { tenant: ctx.tenant!.name })}</p>
      <form method="get" action={base(ctx)} class="search-form" role="search">
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("events.filter.legend")}</legend>
          <div class="filter-row">
            <FilterInput id="from" label={t("events.filter.from")} type="date" value={filters.from} />
            <FilterInput id="to" label={t("events.filter.to")} type="date" value={filters.to} />
            <FilterSelect id="category" label={t("events.filter.category")} any={t("events.filter.all")} value={filters.category} options={CATEGORIES.map((c) => ({ value: c, label: t(`events.category.${c}`) }))} />
            <FilterSelect id="language" label={t("events.filter.language")} any={t("events.filter.all")} value={filters.language} options={languages.map((c) => ({ value: c, label: languageName(ctx.lang, c) })).sort((a, b) => a.label.localeCompare(b.label, ctx.lang))} />
            {programmes.length ? <FilterSelect id="programme" label={t("events.filter.programme")} any={t("events.filter.all")} value={filters.programme} options={programmes.map((p) => ({ value: p.slug, label: p.title }))} /> : null}
          </div>
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t("events.filter.submit")}</span>
          </button>
        </fieldset>
      </form>
      <ul class="inline-list">
        <li>
          <a href={`${base(ctx)}.ics${query ? `?${query}` : ""}`} type="text/calendar">
            {t("events.public.feed")}
          </a>
        </li>
        <li>
          <a href={`${base(ctx)}/vorschlagen`}>{t("events.submit.link")}</a>
        </li>
      </ul>
      <h2 id="results">{t("events.public.results")}</h2>
      <p aria-live="polite">{t("events.public.count", { count: items.length })}</p>
      {items.length === 0 ? (
        <p>{t("events.public.none")}</p>
      ) : (
        <ol class="event-list" aria-labelledby="results">
          {items.map(({ event: e, occurrence: o }) => (
            <li key={`${e.id}-${o.originalStart.getTime()}`} class={`event-card${e.status === "cancelled" || o.cancelled ? " event-card--cancelled" : ""}`}>
              <h3>
                <a href={`${base(ctx)}/${e.slug}`} lang={e.titleState === "missing" ? "de" : undefined} dir="auto">
                  {e.shownTitle}
                </a>
              </h3>
              <p>
                <time dateTime={o.startsAt.toISOString()}>{span(ctx, o, e)}</time>
                {e.status === "cancelled" || o.cancelled ? <span class="tag tag--cancelled">{t("events.public.cancelled")}</span> : null}
                {o.moved ? <span class="tag">{t("events.public.moved")}</span> : null}
                {e.fromLand ? <span class="tag">{t("events.public.fromLand")}</span> : null}
              </p>
              <p>
                {/* Isolated, not dir="auto": a German address keeps the page's side in an Arabic card. */}
                <bdi>{placeOf(e) || (e.onlineUrl ? t("events.public.online") : "")}</bdi>
              </p>
              {e.categories.length ? <p class="muted">{e.categories.map((c) => t(`events.category.${c}`)).join(" · ")}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}

function FilterInput({ id, label, type, value }: { id: string; label: string; type: "date"; value: string }) {
  return (
    <div class="kern-form-input">
      <label class="kern-label" for={id}>
        {label}
      </label>
      <input class="kern-form-input__input" id={id} name={id} type={type} value={value} />
    </div>
  );
}


export type NextOccurrence = Occurrence & { left: number | null };

/** schema.org Event as JSON-LD, for search engines and assistants. */
function jsonLd(e: PublicEvent, next: NextOccurrence[], url: string): string {
  const first = next[0] ?? { startsAt: e.startsAt, endsAt: e.endsAt };
  const place = e.onlineUrl && !e.city && !e.venue ? undefined : { "@type": "Place", name: e.venue ?? e.city ?? undefined, address: { "@type": "PostalAddress", streetAddress: e.street ?? undefined, postalCode: e.postcode ?? undefined, addressLocality: e.city ?? undefined, addressCountry: "DE" } };
  const data = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: e.shownTitle,
    description: e.shownDescription || undefined,
    url,
    startDate: first.startsAt.toISOString(),
    endDate: first.endsAt.toISOString(),
    eventStatus: e.status === "cancelled" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: e.onlineUrl ? (place ? "https://schema.org/MixedEventAttendanceMode" : "https://schema.org/OnlineEventAttendanceMode") : "https://schema.org/OfflineEventAttendanceMode",
    location: [place, e.onlineUrl ? { "@type": "VirtualLocation", url: e.onlineUrl } : undefined].filter(Boolean),
    organizer: { "@type": "Organization", name: e.organiser },
    inLanguage: e.languages.length ? e.languages : undefined,
    image: e.imageUrl ?? undefined,
    isAccessibleForFree: /kostenlos|frei|free/i.test(e.cost) || undefined,
    subEvent:
      next.length > 1
        ? next.map((o) => ({ "@type": "Event", name: e.shownTitle, startDate: o.startsAt.toISOString(), endDate: o.endsAt.toISOString(), eventStatus: o.cancelled ? "https://schema.org/EventCancelled" : o.moved ? "https://schema.org/EventRescheduled" : "https://schema.org/EventScheduled" }))
        : undefined,
  };
  // "<" escaped: the JSON sits inside a script element.
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export function EventPage({ ctx, event: e, next, form, url }: { ctx: PageContext; event: PublicEvent; next: NextOccurrence[]; form: FormState; url: string }) {
  const { t } = ctx;
  const cancelled = e.status === "cancelled";
  const open = next.filter((o) => !o.cancelled);
  const place = placeOf(e);
  const mapQuery = e.lat !== null && e.lng !== null ? `${e.lat},${e.lng}` : place;
  return (
    <Layout ctx={ctx} title={e.shownTitle} head={<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(e, next, url) }} />}>
      <p>
        <a href={base(ctx)}>{t("events.event.back")}</a>
      </p>
      <h1 lang={e.titleState === "missing" ? "de" : undefined} dir="auto">
        {e.shownTitle}
      </h1>
      {e.titleState === "missing" && ctx.lang !== "de" ? <p class="tag">{t("translation.germanOnly")}</p> : null}
      {cancelled ? (
        <div class="kern-alert kern-alert--warning" role="status">
          <div class="kern-alert__header">
            <h2 class="kern-title">{t("events.event.cancelledBanner")}</h2>
          </div>
          {e.cancelReason ? <div class="kern-alert__body">{t("events.event.reason", { reason: e.cancelReason })}</div> : null}
        </div>
      ) : null}
      {e.imageUrl ? <img src={e.imageUrl} alt={e.imageAlt} class="event-image" loading="lazy" /> : null}
      <Facts
        items={[
          [t("events.event.when"), next[0] ? span(ctx, next[0], e) : span(ctx, e, e)],
          [t("events.event.where"), place || (e.onlineUrl ? t("events.public.online") : "")],
          [t("events.event.organiser"), e.organiser],
          [t("events.event.categories"), e.categories.map((c) => t(`events.category.${c}`)).join(", ")],
          [t("events.event.languages"), e.languages.map((c) => languageName(ctx.lang, c)).join(", ")],
          [t("events.event.targetGroups"), e.targetGroups.map((g) => t(`directory.target.${g}`)).join(", ")],
          [t("events.event.cost"), e.cost],
          [t("events.event.accessibility"), e.accessibility],
          [t("events.event.contact"), e.contactEmail],
          [t("events.event.programme"), e.programme?.title],
        ]}
      />
      {e.programme ? (
        <p>
          <a href={`${base(ctx)}/programm/${e.programme.slug}`}>{t("events.public.programme", { title: e.programme.title })}</a>
        </p>
      ) : null}
      {e.shownDescription ? (
        <div class="event-description" dir="auto" lang={e.titleState === "missing" ? "de" : undefined}>
          {e.shownDescription.split(/\n{2,}/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      ) : null}
      <ul class="inline-list">
        <li>
          <a href={`${base(ctx)}/${e.slug}.ics`} type="text/calendar">
            {t("events.event.addToCalendar")}
          </a>
        </li>
        {place ? (
          <li>
            <a href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(mapQuery)}`} rel="noopener">
              {t("events.event.directions")}
            </a>
          </li>
        ) : null}
        {e.onlineUrl && !cancelled ? (
          <li>
            <a href={e.onlineUrl} rel="noopener">
              {t("events.event.onlineLink")}
            </a>
          </li>
        ) : null}
      </ul>
      {e.rrule || next.length > 1 ? (
        <>
          <h2>{t("events.event.next")}</h2>
          {next.length ? (
            <ul>
              {next.map((o) => (
                <li key={o.originalStart.getTime()}>
                  <time dateTime={o.startsAt.toISOString()} class={o.cancelled ? "struck" : undefined}>
                    {span(ctx, o, e)}
                  </time>
                  {o.cancelled ? <span class="tag tag--cancelled">{t("events.public.cancelled")}</span> : null}
                  {o.moved ? <span class="tag">{t("events.public.moved")}</span> : null}
                  {o.left !== null && !o.cancelled && !cancelled ? <span class="tag">{t("events.event.left", { count: o.left })}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("events.event.noMore")}</p>
          )}
        </>
      ) : null}
      {e.interest && !cancelled ? open.length ? <InterestForm ctx={ctx} event={e} form={form} /> : <p>{t("events.register.closed")}</p> : null}
      {e.capacity !== null && !cancelled ? (
        open.length ? (
          <RegistrationForm ctx={ctx} event={e} next={open} form={form} />
        ) : (
          <p>{t("events.register.closed")}</p>
        )
      ) : null}
    </Layout>
  );
}

/** The labels of the contact fields, for the error summary. */
const contactLabels = (t: PageContext["t"]) => ({ name: t("events.register.name"), email: t("events.register.email"), phone: t("events.register.phone") });

/** Name, e-mail and (optional) phone of a person signing up. */
function ContactFields({ ctx, form }: { ctx: PageContext; form: FormState }) {
  const { t } = ctx;
  return (
    <>
      <TextField name="name" label={t("events.register.name")} state={form} t={t} required autocomplete="name" dirAuto />
      <TextField name="email" type="email" label={t("events.register.email")} state={form} t={t} required autocomplete="email" />
      <TextField name="phone" type="tel" label={t("events.register.phone")} state={form} t={t} autocomplete="tel" />
    </>
  );
}

function RegistrationForm({ ctx, event: e, next, form }: { ctx: PageContext; event: PublicEvent; next: NextOccurrence[]; form: FormState }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="register">
      <h2 id="register">{t("events.register.title")}</h2>
      <p>{t("events.register.lead")}</p>
      <ErrorSummary state={form} t={t} labels={{ occurrence: t("events.register.occurrence"), ...contactLabels(t), answers: t("events.register.questions"), consent: t("events.register.consentLegend") }} />
      <form method="post" action={`${base(ctx)}/${e.slug}/anmelden`} novalidate>
        <Csrf token={ctx.csrfToken()} />
        {next.length === 1 ? (
          <input type="hidden" name="occurrence" value={next[0]!.originalStart.toISOString()} />
        ) : (
          <Select
            name="occurrence"
            label={t("events.register.occurrence")}
            state={form}
            t={t}
            required
            options={next.map((o) => ({ value: o.originalStart.toISOString(), label: `${span(ctx, o, e)}${o.left !== null ? ` (${t("events.event.left", { count: o.left })})` : ""}` }))}
          />
        )}
        <ContactFields ctx={ctx} form={form} />
        {e.questions.length ? <Checkboxes name="answers" label={t("events.register.questions")} state={form} t={t} options={e.questions.map((q) => ({ value: q, label: t(`events.question.${q}`) }))} /> : null}
        <Checkboxes name="consent" label={t("events.register.consentLegend")} state={form} t={t} required hint={t("events.register.purpose", { tenant: ctx.tenant!.name, days: e.retentionDays })} options={[{ value: "on", label: t("events.register.consent") }]} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t("events.register.submit")}</span>
        </button>
      </form>
    </section>
  );
}

function InterestForm({ ctx, event: e, form }: { ctx: PageContext; event: PublicEvent; form: FormState }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="interest">
      <h2 id="interest">{t("events.interest.title")}</h2>
      <p>{t("events.interest.lead")}</p>
      <ErrorSummary
        state={form}
        t={t}
        labels={{ ...contactLabels(t), gender: t("events.interest.gender"), background: t("events.interest.background"), languages: t("events.interest.languages"), consent: t("events.register.consentLegend") }}
      />
      <form method="post" action={`${base(ctx)}/${e.slug}/interesse`} novalidate>
        <Csrf token={ctx.csrfToken()} />
        <ContactFields ctx={ctx} form={form} />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("events.interest.selfLegend")}</legend>
          <p class="kern-hint" id="self-hint">
            {t("events.interest.selfHint")}
          </p>
          <Select name="gender" label={t("events.interest.gender")} state={form} t={t} empty={t("events.interest.notSaying")} options={SELF_GENDERS.map((g) => ({ value: g, label: t(`events.self.gender.${g}`) }))} />
          <Select name="background" label={t("events.interest.background")} state={form} t={t} empty={t("events.interest.notSaying")} options={SELF_BACKGROUNDS.map((b) => ({ value: b, label: t(`events.self.background.${b}`) }))} />
          <LanguageChoice name="languages" label={t("events.interest.languages")} state={form} t={t} lang={ctx.lang} />
        </fieldset>
        <Checkboxes name="consent" label={t("events.register.consentLegend")} state={form} t={t} required hint={t("events.interest.purpose", { tenant: ctx.tenant!.name, days: e.retentionDays })} options={[{ value: "on", label: t("events.register.consent") }]} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t("events.interest.submit")}</span>
        </button>
      </form>
    </section>
  );
}

export function InterestedPage({ ctx, event: e, email }: { ctx: PageContext; event: PublicEvent; email: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("events.interest.doneTitle")}>
      <div class="kern-alert kern-alert--success" role="status">
        <div class="kern-alert__header">
          <h1 class="kern-title">{t("events.interest.doneTitle")}</h1>
        </div>
        <div class="kern-alert__body">
          <p dir="auto">{e.shownTitle}</p>
          <p>{t("events.interest.doneText", { email })}</p>
        </div>
      </div>
      <p>
        <a href={`${base(ctx)}/${e.slug}`}>{e.shownTitle}</a>
      </p>
    </Layout>
  );
}

export function RegisteredPage({ ctx, event: e, status, email, booked }: { ctx: PageContext; event: PublicEvent; status: "confirmed" | "waitlisted"; email: string; booked: { startsAt: Date; endsAt: Date } }) {
  const { t } = ctx;
  const title = t(status === "confirmed" ? "events.register.confirmedTitle" : "events.register.waitlistedTitle");
  return (
    <Layout ctx={ctx} title={title}>
      <div class={`kern-alert ${status === "confirmed" ? "kern-alert--success" : "kern-alert--info"}`} role="status">
        <div class="kern-alert__header">
          <h1 class="kern-title">{title}</h1>
        </div>
        <div class="kern-alert__body">
          <p>
            <bdi>{e.shownTitle}</bdi>
            <br />
            {span(ctx, booked, e)}
          </p>
          <p>{t(status === "confirmed" ? "events.register.confirmedText" : "events.register.waitlistedText", { email })}</p>
        </div>
      </div>
      <p>
        <a href={`${base(ctx)}/${e.slug}`}>{e.shownTitle}</a>
      </p>
    </Layout>
  );
}

export function CancelPage({ ctx, found, token, done }: { ctx: PageContext; found: { title: string; when: string | null; status: string } | null; token: string; done: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("events.cancel.title")}>
      <h1>{t("events.cancel.title")}</h1>
      {!found ? (
        <p>{t("events.cancel.unknown")}</p>
      ) : done ? (
        <Notice t={t} notice="events.cancel.done" />
      ) : found.status === "cancelled" ? (
        <p>{t("events.cancel.already")}</p>
      ) : (
        <form method="post" action={`${base(ctx)}/abmelden/${token}`}>
          <Csrf token={ctx.csrfToken()} />
          <p dir="auto">{found.when ? t("events.cancel.question", { title: found.title, when: found.when }) : t("events.cancel.interestQuestion", { title: found.title })}</p>
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t("events.cancel.submit")}</span>
          </button>
        </form>
      )}
    </Layout>
  );
}

export function ProgrammePage({ ctx, programme, items, description }: { ctx: PageContext; programme: ProgrammeRow; items: PublicOccurrence[]; description: string }) {
  const { t } = ctx;
  const day = (d: string) => dateFormat(ctx.lang, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" }).format(new Date(`${d}T00:00:00Z`));
  return (
    <Layout ctx={ctx} title={programme.title}>
      <p>
        <a href={base(ctx)}>{t("events.event.back")}</a>
      </p>
      <h1 dir="auto">{programme.title}</h1>
      {programme.startsOn && programme.endsOn ? <p>{t("events.programme.period", { from: day(programme.startsOn), to: day(programme.endsOn) })}</p> : null}
      {description ? (
        <div dir="auto">
          {description.split(/\n{2,}/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      ) : null}
      <ul class="inline-list">
        <li>
          <a href={`${base(ctx)}/programm/${programme.slug}.pdf`} type="application/pdf">
            {t("events.programme.pdf")}
          </a>
        </li>
        <li>
          <a href={`${base(ctx)}.ics?programme=${encodeURIComponent(programme.slug)}`} type="text/calendar">
            {t("events.public.feed")}
          </a>
        </li>
      </ul>
      <h2>{t("events.programme.events")}</h2>
      {items.length === 0 ? (
        <p>{t("events.public.none")}</p>
      ) : (
        <ol class="event-list">
          {items.map(({ event: e, occurrence: o }) => (
            <li key={`${e.id}-${o.originalStart.getTime()}`} class="event-card">
              <h3>
                <a href={`${base(ctx)}/${e.slug}`} dir="auto">
                  {e.shownTitle}
                </a>
              </h3>
              <p>
                <time dateTime={o.startsAt.toISOString()}>{span(ctx, o, e)}</time>
                {e.status === "cancelled" || o.cancelled ? <span class="tag tag--cancelled">{t("events.public.cancelled")}</span> : null}
              </p>
              <p>
                {/* Isolated, not dir="auto": a German address keeps the page's side in an Arabic card. */}
                <bdi>{placeOf(e)}</bdi>
              </p>
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}

export function SubmitPage({ ctx, form, guard, done }: { ctx: PageContext; form: FormState; guard: { challenge: string; stamp: string } | null; done: boolean }) {
  const { t } = ctx;
  if (done) {
    return (
      <Layout ctx={ctx} title={t("events.submit.doneTitle")}>
        <div class="kern-alert kern-alert--success" role="status">
          <div class="kern-alert__header">
            <h1 class="kern-title">{t("events.submit.doneTitle")}</h1>
          </div>
          <div class="kern-alert__body">
            <p>{t("events.submit.doneText")}</p>
          </div>
        </div>
        <p>
          <a href={base(ctx)}>{t("events.event.back")}</a>
        </p>
      </Layout>
    );
  }
  return (
    <Layout ctx={ctx} title={t("events.submit.title")} scripts={["altcha"]}>
      <h1>{t("events.submit.title")}</h1>
      <p>{t("events.submit.lead", { tenant: ctx.tenant!.name })}</p>
      <ErrorSummary state={form} t={t} labels={{ ...eventFieldLabels(t), contactEmail: t("events.submit.contactEmail"), consent: t("events.register.consentLegend") }} />
      <form method="post" action={`${base(ctx)}/vorschlagen`} novalidate data-altcha={guard?.challenge} data-altcha-working={t("events.submit.working")}>
        <Csrf token={ctx.csrfToken()} />
        <input type="hidden" name="_stamp" value={guard?.stamp ?? ""} />
        <input type="hidden" name="altcha" value="" />
        <div class="hp" aria-hidden="true">
          <label for="website">Website</label>
          <input id="website" name="website" type="text" tabIndex={-1} autocomplete="off" value="" />
        </div>
        <TextField name="title" label={t("events.field.title")} state={form} t={t} required dirAuto />
        <TextArea name="description" label={t("events.field.description")} state={form} t={t} rows={5} />
        <TextField name="startDate" type="date" label={t("events.field.startDate")} state={form} t={t} required />
        <TextField name="startTime" type="time" label={t("events.field.startTime")} state={form} t={t} required />
        <TextField name="endTime" type="time" label={t("events.field.endTime")} state={form} t={t} required />
        <TextField name="venue" label={t("events.field.venue")} state={form} t={t} dirAuto />
        <TextField name="street" label={t("events.field.street")} state={form} t={t} autocomplete="street-address" />
        <TextField name="postcode" label={t("events.field.postcode")} state={form} t={t} inputMode="numeric" autocomplete="postal-code" />
        <TextField name="city" label={t("events.field.city")} state={form} t={t} autocomplete="address-level2" />
        <TextField name="onlineUrl" type="url" label={t("events.field.onlineUrl")} state={form} t={t} />
        <TextField name="organiser" label={t("events.field.organiser")} state={form} t={t} required dirAuto autocomplete="organization" />
        <TextField name="contactEmail" type="email" label={t("events.submit.contactEmail")} state={form} t={t} required autocomplete="email" />
        <Checkboxes name="categories" label={t("events.field.categories")} state={form} t={t} columns options={CATEGORIES.map((c) => ({ value: c, label: t(`events.category.${c}`) }))} />
        <LanguageChoice name="languages" label={t("events.field.languages")} state={form} t={t} lang={ctx.lang} />
        <TextField name="cost" label={t("events.field.cost")} state={form} t={t} />
        <TextArea name="accessibility" label={t("events.field.accessibility")} state={form} t={t} rows={2} />
        <Checkboxes name="consent" label={t("events.register.consentLegend")} state={form} t={t} required hint={t("events.submit.purpose", { tenant: ctx.tenant!.name })} options={[{ value: "on", label: t("events.submit.consent") }]} />
        <p role="status" aria-live="polite" data-altcha-status=""></p>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t("events.submit.submit")}</span>
        </button>
      </form>
    </Layout>
  );
}
