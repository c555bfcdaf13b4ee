/** The back office of the events: list, form, one event with workflow, occurrences and registrations; programmes. */
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import { DataTable, Facts, Notice, SubNav } from "../../../web/components.tsx";
import { eventFieldLabels } from "./labels.ts";
import { Checkboxes, Csrf, ErrorSummary, FilterSelect, LanguageChoice, Select, TextArea, TextField, type FormState } from "../../../web/form.tsx";
import { languageName } from "../../../core/languages.ts";
import { CATEGORIES, EVENT_STATUSES, MIN_CELL, QUESTIONS, REPEATS, type EventStatus, type Occurrence } from "../model.ts";
import type { EventCounts, EventDetail, EventListItem, InterestItem, ProgrammeRow, RegistrationItem } from "../service.ts";
import type { PartnerItem } from "../partners.ts";
import type { Place } from "../../directory/places.ts";
import { TARGET_GROUPS } from "../../../core/target-groups.ts";
import { span } from "./public.tsx";
import { dateFormat, formatDay } from "../../../core/i18n.ts";
import { repeatOf } from "../recurrence.ts";

const base = (ctx: PageContext) => `/admin/${ctx.tenant!.slug}/veranstaltungen`;

function ModuleNav({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const b = base(ctx);
  const links = [
    [b, t("events.admin.title")],
    [`${b}/kalender`, t("events.admin.calendar")],
    [`${b}/neu`, t("events.admin.new")],
    [`${b}/programme`, t("events.admin.programmes")],
    [`${b}/partner`, t("events.admin.partners")],
    [`${b}/zahlen`, t("events.admin.figuresNav")],
  ] as const;
  return <SubNav label={t("events.admin.title")} links={links} url={ctx.url} />;
}

const StatusTag = ({ ctx, status }: { ctx: PageContext; status: EventStatus }) => <span class={`tag tag--${status}`}>{ctx.t(`events.status.${status}`)}</span>;

export function EventsAdminPage({ ctx, items, status, notice }: { ctx: PageContext; items: EventListItem[]; status: EventStatus | ""; notice: string | null }) {
  const { t } = ctx;
  const date = dateFormat(ctx.lang, { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
  return (
    <Layout ctx={ctx} title={t("events.admin.title")}>
      <Notice t={t} notice={notice} />
      <h1>{t("events.admin.title")}</h1>
      <ModuleNav ctx={ctx} />
      <form method="get" action={base(ctx)} class="search-form">
        <FilterSelect id="status" label={t("events.admin.status")} any={t("events.filter.all")} value={status} options={EVENT_STATUSES.map((s) => ({ value: s, label: t(`events.status.${s}`) }))} />
        <div>
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">{t("admin.filter")}</span>
          </button>
        </div>
      </form>
      {items.length === 0 ? (
        <p>{t("events.admin.empty")}</p>
      ) : (
        <DataTable caption={t("events.admin.title")} headers={[t("events.field.title"), t("events.admin.start"), t("events.field.organiser"), t("events.field.programme"), t("events.admin.status"), t("events.admin.registrations")]}>
          {items.map((e) => (
            <tr key={e.id}>
              <td dir="auto">
                <a href={`${base(ctx)}/${e.id}`}>{e.title}</a>
                {e.recurring ? <> <span class="tag">{t("events.event.recurring")}</span></> : null}
              </td>
              <td>{date.format(e.startsAt)}</td>
              <td dir="auto">{e.organiser}</td>
              <td dir="auto">{e.programme ?? ""}</td>
              <td>
                <StatusTag ctx={ctx} status={e.status} />
              </td>
              <td>{e.capacity === null ? "" : t("events.admin.counts", { confirmed: e.confirmed, waitlisted: e.waitlisted })}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

/**
 * The event form. In the partners' portal (`portal`), the organiser is the
 * partner, and the programme and the retention of participants' data are
 * left to the office.
 */
export function EventFormPage({ ctx, id, form, programmes, places, portal }: { ctx: PageContext; id: string | null; form: FormState; programmes: ProgrammeRow[]; places: Place[]; portal?: { base: string; organiser: string } }) {
  const { t } = ctx;
  const title = t(id ? "events.admin.edit" : "events.admin.new");
  const b = portal?.base ?? base(ctx);
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {portal ? <p><a href={id ? `${b}/${id}` : b}>{t("events.portal.back")}</a></p> : <ModuleNav ctx={ctx} />}
      <ErrorSummary state={form} t={t} labels={eventFieldLabels(t)} />
      <form method="post" action={id ? `${b}/${id}` : `${b}/neu`} novalidate class="stack">
        <Csrf token={ctx.csrfToken()} />
        <TextField name="title" label={t("events.field.title")} state={form} t={t} required dirAuto />
        <TextArea name="description" label={t("events.field.description")} state={form} t={t} rows={6} />
        {programmes.length && !portal ? <Select name="programmeId" label={t("events.field.programme")} state={form} t={t} empty="–" options={programmes.map((p) => ({ value: p.id, label: p.title }))} /> : null}
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("events.admin.when")}</legend>
          <TextField name="startDate" type="date" label={t("events.field.startDate")} state={form} t={t} required />
          <TextField name="startTime" type="time" label={t("events.field.startTime")} state={form} t={t} />
          <TextField name="endTime" type="time" label={t("events.field.endTime")} state={form} t={t} />
          <TextField name="endDate" type="date" label={t("events.field.endDate")} state={form} t={t} />
          <Checkboxes name="allDay" label={t("events.field.allDay")} state={form} t={t} options={[{ value: "on", label: t("events.field.allDay") }]} />
        </fieldset>
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("events.admin.recurrence")}</legend>
          <Select name="repeat" label={t("events.field.repeat")} state={form} t={t} required options={REPEATS.map((r) => ({ value: r, label: t(`events.repeat.${r}`) }))} />
          <TextField name="until" type="date" label={t("events.field.until")} state={form} t={t} />
          <TextField name="count" type="number" inputMode="numeric" label={t("events.field.count")} state={form} t={t} />
          <TextField name="rrule" label={t("events.field.rrule")} state={form} t={t} />
          <TextField name="exceptions" label={t("events.field.exceptions")} state={form} t={t} />
        </fieldset>
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("events.admin.where")}</legend>
          {places.length ? <Select name="placeId" label={t("events.field.place")} hint={t("events.field.placeHint")} state={form} t={t} empty="–" options={places.map((p) => ({ value: p.id, label: `${p.name}, ${p.street}, ${p.city}` }))} /> : null}
          <TextField name="venue" label={t("events.field.venue")} state={form} t={t} dirAuto />
          <TextField name="street" label={t("events.field.street")} state={form} t={t} autocomplete="street-address" />
          <TextField name="postcode" label={t("events.field.postcode")} state={form} t={t} inputMode="numeric" autocomplete="postal-code" />
          <TextField name="city" label={t("events.field.city")} state={form} t={t} autocomplete="address-level2" />
          <TextField name="onlineUrl" type="url" label={t("events.field.onlineUrl")} state={form} t={t} />
        </fieldset>
        {portal ? <p>{t("events.field.organiser")}: <span dir="auto">{portal.organiser}</span></p> : <TextField name="organiser" label={t("events.field.organiser")} state={form} t={t} required dirAuto />}
        <TextField name="contactEmail" type="email" label={t("events.field.contactEmail")} state={form} t={t} />
        <Checkboxes name="categories" label={t("events.field.categories")} state={form} t={t} columns options={CATEGORIES.map((c) => ({ value: c, label: t(`events.category.${c}`) }))} />
        <Checkboxes name="targetGroups" label={t("events.field.targetGroups")} state={form} t={t} columns options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`directory.target.${g}`) }))} />
        <LanguageChoice name="languages" label={t("events.field.languages")} state={form} t={t} lang={ctx.lang} />
        <TextArea name="accessibility" label={t("events.field.accessibility")} state={form} t={t} rows={2} />
        <TextField name="cost" label={t("events.field.cost")} state={form} t={t} />
        <TextField name="imageUrl" type="url" label={t("events.field.imageUrl")} state={form} t={t} />
        <TextField name="imageAlt" label={t("events.field.imageAlt")} state={form} t={t} dirAuto />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("events.admin.registration")}</legend>
          <Checkboxes name="interest" label={t("events.field.interestLegend")} state={form} t={t} hint={t("events.field.interestHint")} options={[{ value: "on", label: t("events.field.interest") }]} />
          <TextField name="capacity" type="number" inputMode="numeric" label={t("events.field.capacity")} state={form} t={t} />
          <Checkboxes name="questions" label={t("events.field.questions")} state={form} t={t} options={QUESTIONS.map((q) => ({ value: q, label: t(`events.question.${q}`) }))} />
          {portal ? null : <TextField name="retentionDays" type="number" inputMode="numeric" label={t("events.field.retentionDays")} state={form} t={t} />}
        </fieldset>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t("events.admin.save")}</span>
        </button>
      </form>
    </Layout>
  );
}

/** The status changes offered from each status. */
const NEXT: Record<EventStatus, { to: EventStatus; label: string }[]> = {
  draft: [
    { to: "published", label: "events.admin.publish" },
    { to: "review", label: "events.admin.toReview" },
  ],
  review: [
    { to: "published", label: "events.admin.publish" },
    { to: "draft", label: "events.admin.toDraft" },
  ],
  published: [{ to: "draft", label: "events.admin.toDraft" }],
  cancelled: [{ to: "published", label: "events.admin.republish" }],
};

/** An event's recurrence in words ("Wöchentlich, 20 Termine"); a rule of its own also as written. */
function recurrenceText(ctx: PageContext, e: { rrule: string | null; startsAt: Date; timeZone: string }): string | null {
  if (!e.rrule) return null;
  const { t } = ctx;
  const { repeat, count, until } = repeatOf(e.rrule, e.startsAt, e.timeZone);
  const label = repeat === "custom" ? `${t("events.repeat.custom")} (${e.rrule})` : t(`events.repeat.${repeat}`);
  if (count) return t("events.admin.recurrenceCount", { repeat: label, count });
  if (until) return t("events.admin.recurrenceUntil", { repeat: label, until: formatDay(ctx.lang, until) });
  return label;
}

export function EventAdminPage({
  ctx,
  e,
  upcoming,
  registrations,
  notice,
  cancelForm,
  occurrenceForm,
  interested,
  inclusion,
}: {
  ctx: PageContext;
  e: EventDetail;
  upcoming: Occurrence[];
  registrations: RegistrationItem[];
  notice: string | null;
  cancelForm: FormState;
  occurrenceForm: FormState;
  interested: InterestItem[];
  inclusion: Map<string, { value: string; n: number }[]>;
}) {
  const { t } = ctx;
  const b = `${base(ctx)}/${e.id}`;
  const date = dateFormat(ctx.lang, { timeZone: e.timeZone, dateStyle: "medium", timeStyle: "short" });
  const occurrenceLabel = (iso: string) => {
    const o = upcoming.find((x) => x.originalStart.toISOString() === iso);
    return o ? span(ctx, o, e) : date.format(new Date(iso));
  };
  return (
    <Layout ctx={ctx} title={e.title}>
      <Notice t={t} notice={notice} />
      <h1 dir="auto">{e.title}</h1>
      <ModuleNav ctx={ctx} />
      <p>
        <StatusTag ctx={ctx} status={e.status} /> <a href={`${b}/bearbeiten`}>{t("events.admin.edit")}</a>
        {" · "}
        <a href={`${b}/uebersetzen/en`}>{t("events.admin.translate")}</a>
        {e.status === "published" || e.status === "cancelled" ? (
          <>
            {" · "}
            <a href={`/${ctx.tenant!.slug}/${ctx.lang}/veranstaltungen/${e.slug}`}>{t("events.admin.view")}</a>
          </>
        ) : null}
      </p>
      <Facts
        items={[
          [t("events.admin.when"), span(ctx, e, e)],
          [t("events.admin.recurrence"), recurrenceText(ctx, e)],
          [t("events.admin.where"), [e.venue, e.street, [e.postcode, e.city].filter(Boolean).join(" "), e.onlineUrl].filter(Boolean).join(", ")],
          [t("events.field.organiser"), e.organiser],
          [t("events.field.contactEmail"), e.contactEmail],
          [t("events.field.programme"), e.programme?.title],
          [t("events.field.categories"), e.categories.map((c) => t(`events.category.${c}`)).join(", ")],
          [t("events.field.targetGroups"), e.targetGroups.map((g) => t(`directory.target.${g}`)).join(", ")],
          [t("events.field.languages"), e.languages.map((c) => languageName(ctx.lang, c)).join(", ")],
          [t("events.field.capacity"), e.capacity === null ? null : String(e.capacity)],
          [t("events.field.retentionDays"), e.capacity === null ? null : String(e.retentionDays)],
          [t("events.field.reason"), e.cancelReason],
          [t("events.admin.submission"), e.submittedAt ? `${t("events.admin.submitted", { date: date.format(e.submittedAt) })}${e.submittedSolved === false ? ` – ${t("events.admin.unsolved")}` : ""}` : null],
        ]}
      />

      <form method="post" action={`${b}/duplizieren`}>
        <Csrf token={ctx.csrfToken()} />
        <button class="kern-btn kern-btn--tertiary" type="submit">
          <span class="kern-label">{t("events.admin.duplicate")}</span>
        </button>
      </form>

      <h2>{t("events.admin.workflow")}</h2>
      <div class="button-row">
        {NEXT[e.status].map((n) => (
          <form method="post" action={`${b}/status`} key={n.to}>
            <Csrf token={ctx.csrfToken()} />
            <input type="hidden" name="status" value={n.to} />
            <button class="kern-btn kern-btn--secondary" type="submit">
              <span class="kern-label">{t(n.label)}</span>
            </button>
          </form>
        ))}
      </div>
      {e.status === "published" ? (
        <form method="post" action={`${b}/absagen`} novalidate>
          <Csrf token={ctx.csrfToken()} />
          <ErrorSummary state={cancelForm} t={t} />
          <TextField name="reason" label={t("events.admin.cancelReason")} state={cancelForm} t={t} required dirAuto />
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">{t("events.admin.cancel")}</span>
          </button>
        </form>
      ) : null}

      {e.rrule ? (
        <>
          <h2>{t("events.admin.occurrences")}</h2>
          <ul>
            {upcoming.map((o) => (
              <li key={o.originalStart.getTime()}>
                <span class={o.cancelled ? "struck" : undefined}>{span(ctx, o, e)}</span>
                {o.cancelled ? <span class="tag tag--cancelled">{t("events.public.cancelled")}</span> : null}
                {o.moved ? <span class="tag">{t("events.public.moved")}</span> : null}
              </li>
            ))}
          </ul>
          {upcoming.length ? (
            <form method="post" action={`${b}/termin`} novalidate>
              <Csrf token={ctx.csrfToken()} />
              <ErrorSummary state={occurrenceForm} t={t} />
              <Select name="occurrence" label={t("events.admin.occurrence")} state={occurrenceForm} t={t} required options={upcoming.map((o) => ({ value: o.originalStart.toISOString(), label: occurrenceLabel(o.originalStart.toISOString()) }))} />
              <Select
                name="action"
                label={t("events.admin.workflow")}
                state={occurrenceForm}
                t={t}
                required
                options={[
                  { value: "move", label: t("events.admin.move") },
                  { value: "cancel", label: t("events.admin.cancelOccurrence") },
                  { value: "restore", label: t("events.admin.restore") },
                ]}
              />
              <TextField name="date" type="date" label={t("events.admin.newDate")} state={occurrenceForm} t={t} />
              <TextField name="startTime" type="time" label={t("events.field.startTime")} state={occurrenceForm} t={t} />
              <TextField name="endTime" type="time" label={t("events.field.endTime")} state={occurrenceForm} t={t} />
              <button class="kern-btn kern-btn--secondary" type="submit">
                <span class="kern-label">{t("events.admin.save")}</span>
              </button>
            </form>
          ) : null}
        </>
      ) : null}

      {e.interest ? <InterestSection ctx={ctx} interested={interested} inclusion={inclusion} /> : null}
      {e.capacity !== null ? (
        <>
          <h2>{t("events.admin.registrations")}</h2>
          <p>
            <a href={`${b}/anmeldungen.csv`}>{t("events.admin.export")}</a>
            {" · "}
            <a href={`${b}/anmeldungen.xlsx`}>{t("events.admin.exportXlsx")}</a>
          </p>
          {registrations.length ? (
            <>
              <h3>{t("events.admin.door")}</h3>
              <ul>
                {[...new Set(registrations.map((r) => r.occurrence.toISOString()))].map((iso) => (
                  <li key={iso}>
                    <a href={`${b}/einlass?termin=${encodeURIComponent(iso)}`}>{t("events.admin.checkIn")}</a>
                    {" · "}
                    <a href={`${b}/teilnahmeliste.pdf?termin=${encodeURIComponent(iso)}`}>{t("events.admin.attendancePdf")}</a>
                    {" – "}
                    {date.format(new Date(iso))}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {registrations.length === 0 ? (
            <p>{t("events.admin.noRegistrations")}</p>
          ) : (
            <DataTable caption={t("events.admin.registrations")} headers={[t("events.admin.occurrence"), t("events.register.name"), t("events.register.email"), t("events.admin.answers"), t("events.admin.status"), t("events.admin.registeredAt"), t("events.admin.present"), ""]}>
              {registrations.map((r) => (
                <tr key={r.id}>
                  <td>{date.format(r.occurrence)}</td>
                  <td dir="auto">{r.name}</td>
                  <td>{r.email}</td>
                  <td>{r.answers.map((q) => t(`events.question.${q}`)).join(", ")}</td>
                  <td>{t(r.status === "confirmed" ? "events.admin.confirmed" : r.status === "waitlisted" ? "events.admin.waitlisted" : "events.public.cancelled")}</td>
                  <td>{date.format(r.createdAt)}</td>
                  <td>{r.checkedInAt ? t("events.admin.yes") : ""}</td>
                  <td>
                    {r.status !== "cancelled" ? (
                      <form method="post" action={`${b}/anmeldungen/${r.id}/stornieren`}>
                        <Csrf token={ctx.csrfToken()} />
                        <button class="kern-btn kern-btn--tertiary" type="submit">
                          <span class="kern-label">{t("events.admin.cancelRegistration")}</span>
                          <span class="kern-sr-only"> {r.name}</span>
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      ) : null}
    </Layout>
  );
}

/** Who signed up, and the anonymous inclusion statistics; cells under MIN_CELL are not shown exactly. */
function InterestSection({ ctx, interested, inclusion }: { ctx: PageContext; interested: InterestItem[]; inclusion: Map<string, { value: string; n: number }[]> }) {
  const { t } = ctx;
  const date = dateFormat(ctx.lang, { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
  const total = inclusion.get("all")?.[0]?.n ?? 0;
  const cell = (n: number) => (n < MIN_CELL ? t("events.admin.fewer", { min: MIN_CELL }) : String(n));
  const label = (dimension: string, value: string) => (dimension === "language" ? languageName(ctx.lang, value) : t(`events.self.${dimension}.${value}`));
  return (
    <>
      <h2>{t("events.admin.interested")}</h2>
      {interested.length === 0 ? (
        <p>{t("events.admin.noRegistrations")}</p>
      ) : (
        <DataTable caption={t("events.admin.interested")} headers={[t("events.register.name"), t("events.register.email"), t("events.register.phone"), t("events.admin.registeredAt")]}>
          {interested.map((r) => (
            <tr key={r.id}>
              <td dir="auto">{r.name}</td>
              <td>{r.email}</td>
              <td>{r.phone ?? ""}</td>
              <td>{date.format(r.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>{t("events.admin.inclusion")}</h2>
      <p>{t("events.admin.inclusionLead", { count: total, min: MIN_CELL })}</p>
      {(["gender", "background", "language"] as const).map((dimension) => {
        const list = inclusion.get(dimension) ?? [];
        return list.length ? (
          <DataTable key={dimension} caption={t(`events.interest.${dimension === "language" ? "languages" : dimension}`)} headers={[t("events.admin.value"), t("events.admin.count")]}>
            {list.map((c) => (
              <tr key={c.value}>
                <td>{label(dimension, c.value)}</td>
                <td>{cell(c.n)}</td>
              </tr>
            ))}
          </DataTable>
        ) : null;
      })}
    </>
  );
}

export function ProgrammesPage({ ctx, items, form, notice, editing }: { ctx: PageContext; items: ProgrammeRow[]; form: FormState; notice: string | null; editing: ProgrammeRow | null }) {
  const { t } = ctx;
  const day = (d: string | null) => (d ? formatDay(ctx.lang, d) : "");
  return (
    <Layout ctx={ctx} title={t("events.admin.programmes")}>
      <Notice t={t} notice={notice} />
      <h1>{t("events.admin.programmes")}</h1>
      <ModuleNav ctx={ctx} />
      {items.length === 0 ? (
        <p>{t("events.admin.noProgrammes")}</p>
      ) : (
        <DataTable caption={t("events.admin.programmes")} headers={[t("events.programme.title"), t("events.programme.startsOn"), t("events.programme.endsOn"), ""]}>
          {items.map((p) => (
            <tr key={p.id}>
              <td dir="auto">
                <a href={`/${ctx.tenant!.slug}/${ctx.lang}/veranstaltungen/programm/${p.slug}`}>{p.title}</a>
              </td>
              <td>{day(p.startsOn)}</td>
              <td>{day(p.endsOn)}</td>
              <td>
                <a href={`${base(ctx)}/programme/${p.id}`}>
                  {t("events.admin.editProgramme")}
                  <span class="kern-sr-only"> {p.title}</span>
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>{t(editing ? "events.admin.editProgramme" : "events.admin.newProgramme")}</h2>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={editing ? `${base(ctx)}/programme/${editing.id}` : `${base(ctx)}/programme`} novalidate>
        <Csrf token={ctx.csrfToken()} />
        <TextField name="title" label={t("events.programme.title")} state={form} t={t} required dirAuto />
        <TextArea name="description" label={t("events.programme.description")} state={form} t={t} />
        <TextField name="startsOn" type="date" label={t("events.programme.startsOn")} state={form} t={t} />
        <TextField name="endsOn" type="date" label={t("events.programme.endsOn")} state={form} t={t} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t("events.admin.save")}</span>
        </button>
      </form>
    </Layout>
  );
}

/** Check-in at the door for one occurrence: a button per person, usable on a phone; the list as PDF to print. */
export function CheckInPage({ ctx, e, occurrence, list, notice }: { ctx: PageContext; e: EventDetail; occurrence: Date; list: RegistrationItem[]; notice: string | null }) {
  const { t } = ctx;
  const b = `${base(ctx)}/${e.id}`;
  const when = dateFormat(ctx.lang, { timeZone: e.timeZone, dateStyle: "full", timeStyle: "short" }).format(occurrence);
  const termin = encodeURIComponent(occurrence.toISOString());
  const present = list.filter((r) => r.checkedInAt).length;
  const confirmed = list.filter((r) => r.status === "confirmed").length;
  return (
    <Layout ctx={ctx} title={t("events.admin.checkInTitle", { title: e.title })}>
      <Notice t={t} notice={notice} />
      <p><a href={b}>{t("events.admin.backToEvent")}</a></p>
      <h1 dir="auto">{t("events.admin.checkInTitle", { title: e.title })}</h1>
      <p class="lead">{when}</p>
      <p class="checkin-counts">{t("events.admin.checkInCounts", { present, confirmed, waitlisted: list.length - confirmed })}</p>
      <p><a href={`${b}/teilnahmeliste.pdf?termin=${termin}`}>{t("events.admin.attendancePdf")}</a></p>
      {list.length === 0 ? (
        <p>{t("events.admin.noRegistrations")}</p>
      ) : (
        <DataTable caption={t("events.admin.registrations")} headers={[t("events.register.name"), t("events.register.phone"), t("events.admin.answers"), t("events.admin.status"), t("events.admin.present")]}>
          {list.map((r) => (
            <tr key={r.id} id={`r-${r.id}`}>
              <td dir="auto">{r.name}</td>
              <td>{r.phone ?? ""}</td>
              <td>{r.answers.map((q) => t(`events.question.${q}`)).join(", ")}</td>
              <td>{t(r.status === "confirmed" ? "events.admin.confirmed" : "events.admin.waitlisted")}</td>
              <td>
                <form method="post" action={`${b}/einlass/${r.id}?termin=${termin}`}>
                  <Csrf token={ctx.csrfToken()} />
                  <input type="hidden" name="present" value={r.checkedInAt ? "no" : "yes"} />
                  {r.checkedInAt ? <span class="tag tag--published">{t("events.admin.present")}</span> : null}{" "}
                  <button class={`kern-btn ${r.checkedInAt ? "kern-btn--tertiary" : "kern-btn--primary"}`} type="submit">
                    <span class="kern-label">{t(r.checkedInAt ? "events.admin.undoCheckIn" : "events.admin.markPresent")}</span>
                    <span class="kern-sr-only"> {r.name}</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

export interface MonthDay {
  /** YYYY-MM-DD, or null for the cells before the first and after the last day. */
  date: string | null;
  items: { href: string; time: string; title: string; status: EventStatus; cancelled: boolean }[];
}

/** A month as a table of weeks (Monday first), each day with its occurrences; previous and next month as links. */
export function CalendarPage({ ctx, month, weeks, prev, next }: { ctx: PageContext; month: string; weeks: MonthDay[][]; prev: string; next: string }) {
  const { t } = ctx;
  const title = dateFormat(ctx.lang, { timeZone: "UTC", month: "long", year: "numeric" }).format(new Date(`${month}-01T12:00:00Z`));
  // 2024-01-01 was a Monday.
  const weekday = (i: number, style: "long" | "short") => dateFormat(ctx.lang, { timeZone: "UTC", weekday: style }).format(new Date(Date.UTC(2024, 0, 1 + i, 12)));
  const dayNumber = (d: string) => dateFormat(ctx.lang, { timeZone: "UTC", day: "numeric" }).format(new Date(`${d}T12:00:00Z`));
  return (
    <Layout ctx={ctx} title={`${t("events.admin.calendar")}: ${title}`}>
      <h1>{t("events.admin.calendar")}</h1>
      <ModuleNav ctx={ctx} />
      <nav aria-label={t("events.admin.months")}>
        <ul class="pagination">
          <li><a href={`${base(ctx)}/kalender?monat=${prev}`}>{t("events.admin.prevMonth")}</a></li>
          <li><a href={`${base(ctx)}/kalender?monat=${next}`}>{t("events.admin.nextMonth")}</a></li>
        </ul>
      </nav>
      <div class="table-scroll">
        <table class="data month">
          <caption>{title}</caption>
          <thead>
            <tr>
              {[0, 1, 2, 3, 4, 5, 6].map((i) => (
                <th scope="col" key={i}>
                  <abbr title={weekday(i, "long")}>{weekday(i, "short")}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((day, i) =>
                  day.date ? (
                    <td key={i}>
                      <span class="month__day">{dayNumber(day.date)}</span>
                      {day.items.length ? (
                        <ul class="month__items">
                          {day.items.map((item, k) => (
                            <li key={k} class={item.cancelled ? "struck" : undefined}>
                              <a href={item.href}>
                                {item.time ? `${item.time} ` : ""}
                                <span dir="auto">{item.title}</span>
                              </a>
                              {item.status !== "published" ? <> <StatusTag ctx={ctx} status={item.status} /></> : null}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  ) : (
                    <td key={i} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}

/** The year's figures per programme and per event, for the integration report; exports as XLSX and CSV. */
export function FiguresPage({ ctx, counts }: { ctx: PageContext; counts: EventCounts }) {
  const { t } = ctx;
  const n = (v: number) => new Intl.NumberFormat(ctx.lang).format(v);
  const b = base(ctx);
  return (
    <Layout ctx={ctx} title={t("events.admin.figuresTitle", { year: counts.year })}>
      <h1>{t("events.admin.figuresTitle", { year: counts.year })}</h1>
      <ModuleNav ctx={ctx} />
      <form method="get" action={`${b}/zahlen`} class="search-form">
        <TextField name="jahr" type="number" inputMode="numeric" label={t("events.admin.year")} state={{ values: { jahr: String(counts.year) }, errors: [] }} t={t} />
        <div>
          <button class="kern-btn kern-btn--secondary" type="submit">
            <span class="kern-label">{t("admin.filter")}</span>
          </button>
        </div>
      </form>
      <p>
        <a href={`${b}/zahlen.xlsx?jahr=${counts.year}`}>{t("events.admin.exportXlsx")}</a>
        {" · "}
        <a href={`${b}/zahlen.csv?jahr=${counts.year}`}>{t("events.admin.exportCsv")}</a>
      </p>
      <Facts
        items={[
          [t("events.admin.figures.events"), n(counts.events)],
          [t("events.admin.figures.occurrences"), n(counts.occurrences)],
          [t("events.admin.figures.cancelledEvents"), n(counts.cancelledEvents)],
          [t("events.admin.confirmed"), n(counts.registrations.confirmed)],
          [t("events.admin.waitlisted"), n(counts.registrations.waitlisted)],
          [t("events.admin.present"), n(counts.registrations.attended)],
        ]}
      />
      <h2>{t("events.admin.programmes")}</h2>
      {counts.byProgramme.length === 0 ? (
        <p>{t("events.admin.noProgrammesInYear", { year: new Intl.NumberFormat(ctx.lang, { useGrouping: false }).format(counts.year) })}</p>
      ) : (
        <DataTable caption={t("events.admin.programmes")} headers={[t("events.programme.title"), t("events.admin.figures.events"), t("events.admin.figures.occurrences"), t("events.admin.confirmed"), t("events.admin.present")]}>
          {counts.byProgramme.map((p) => (
            <tr key={p.programme}>
              <td dir="auto">{p.programme}</td>
              <td>{n(p.events)}</td>
              <td>{n(p.occurrences)}</td>
              <td>{n(p.confirmed)}</td>
              <td>{n(p.attended)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>{t("events.admin.figures.perEvent")}</h2>
      {counts.byEvent.length === 0 ? (
        <p>{t("events.admin.empty")}</p>
      ) : (
        <DataTable caption={t("events.admin.figures.perEvent")} headers={[t("events.field.title"), t("events.field.programme"), t("events.admin.figures.occurrences"), t("events.admin.confirmed"), t("events.admin.waitlisted"), t("events.admin.present")]}>
          {counts.byEvent.map((e) => (
            <tr key={e.id}>
              <td dir="auto">
                <a href={`${b}/${e.id}`}>{e.title}</a>
                {e.status === "cancelled" ? <> <StatusTag ctx={ctx} status={e.status} /></> : null}
              </td>
              <td dir="auto">{e.programme ?? ""}</td>
              <td>{n(e.occurrences)}</td>
              <td>{n(e.confirmed)}</td>
              <td>{n(e.waitlisted)}</td>
              <td>{n(e.attended)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Layout>
  );
}

/** Partner organisations with their accounts; a form for a partner and one for a person. */
export function PartnersPage({ ctx, items, form, memberForm, notice, editing }: { ctx: PageContext; items: PartnerItem[]; form: FormState; memberForm: FormState; notice: string | null; editing: PartnerItem | null }) {
  const { t } = ctx;
  const b = `${base(ctx)}/partner`;
  return (
    <Layout ctx={ctx} title={t("events.admin.partners")}>
      <Notice t={t} notice={notice} />
      <h1>{t("events.admin.partners")}</h1>
      <ModuleNav ctx={ctx} />
      <p class="lead">{t("events.admin.partnersLead")}</p>
      {items.length === 0 ? (
        <p>{t("events.admin.noPartners")}</p>
      ) : (
        <DataTable caption={t("events.admin.partners")} headers={[t("events.partner.name"), t("events.field.contactEmail"), t("events.admin.title"), t("events.partner.members"), ""]}>
          {items.map((p) => (
            <tr key={p.id}>
              <td dir="auto">{p.name}</td>
              <td>{p.contactEmail}</td>
              <td>{p.events}</td>
              <td>
                <ul class="plain-list">
                  {p.members.map((m) => (
                    <li key={m.id}>
                      <span dir="auto">{m.displayName}</span> ({m.email}){" "}
                      <form method="post" action={`${b}/${p.id}/mitglieder/${m.id}/entfernen`} class="inline-form">
                        <Csrf token={ctx.csrfToken()} />
                        <button class="kern-btn kern-btn--tertiary" type="submit">
                          <span class="kern-label">{t("events.partner.remove")}</span>
                          <span class="kern-sr-only"> {m.displayName}</span>
                        </button>
                      </form>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <a href={`${b}/${p.id}`}>
                  {t("events.partner.edit")}
                  <span class="kern-sr-only"> {p.name}</span>
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>{t(editing ? "events.partner.edit" : "events.partner.new")}</h2>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={editing ? `${b}/${editing.id}` : b} novalidate>
        <Csrf token={ctx.csrfToken()} />
        <TextField name="name" label={t("events.partner.name")} state={form} t={t} required dirAuto />
        <TextField name="contactEmail" type="email" label={t("events.field.contactEmail")} state={form} t={t} required />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t("events.admin.save")}</span>
        </button>
      </form>
      {items.length ? (
        <>
          <h2>{t("events.partner.addMember")}</h2>
          <p>{t("events.partner.addMemberLead")}</p>
          <ErrorSummary state={memberForm} t={t} />
          <form method="post" action={`${b}/mitglieder`} novalidate>
            <Csrf token={ctx.csrfToken()} />
            <Select name="partnerId" label={t("events.partner.name")} state={memberForm} t={t} required options={items.map((p) => ({ value: p.id, label: p.name }))} />
            <TextField name="displayName" label={t("events.partner.person")} state={memberForm} t={t} required dirAuto />
            <TextField name="email" type="email" label={t("events.register.email")} state={memberForm} t={t} required />
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">{t("events.partner.addMember")}</span>
            </button>
          </form>
        </>
      ) : null}
    </Layout>
  );
}
