/** The back office of the events: list, form, one event with workflow, occurrences and registrations; programmes. */
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import { DataTable, Facts, Notice, SubNav } from "../../../web/components.tsx";
import { Checkboxes, Csrf, ErrorSummary, FilterSelect, Select, TextArea, TextField, type FormState } from "../../../web/form.tsx";
import { languageName } from "../../../core/languages.ts";
import { CATEGORIES, EVENT_STATUSES, MIN_CELL, QUESTIONS, REPEATS, type EventStatus, type Occurrence } from "../model.ts";
import type { EventDetail, EventListItem, InterestItem, ProgrammeRow, RegistrationItem } from "../service.ts";
import { span } from "./public.tsx";

const base = (ctx: PageContext) => `/admin/${ctx.tenant!.slug}/veranstaltungen`;

function ModuleNav({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const b = base(ctx);
  const links = [
    [b, t("events.admin.title")],
    [`${b}/neu`, t("events.admin.new")],
    [`${b}/programme`, t("events.admin.programmes")],
  ] as const;
  return <SubNav label={t("events.admin.title")} links={links} url={ctx.url} />;
}

const StatusTag = ({ ctx, status }: { ctx: PageContext; status: EventStatus }) => <span class={`tag tag--${status}`}>{ctx.t(`events.status.${status}`)}</span>;

export function EventsAdminPage({ ctx, items, status, notice }: { ctx: PageContext; items: EventListItem[]; status: EventStatus | ""; notice: string | null }) {
  const { t } = ctx;
  const date = new Intl.DateTimeFormat(ctx.lang, { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
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
                {e.recurring ? <span class="tag">{t("events.event.recurring")}</span> : null}
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

export function EventFormPage({ ctx, id, form, programmes }: { ctx: PageContext; id: string | null; form: FormState; programmes: ProgrammeRow[] }) {
  const { t } = ctx;
  const title = t(id ? "events.admin.edit" : "events.admin.new");
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <ModuleNav ctx={ctx} />
      <ErrorSummary state={form} t={t} />
      <form method="post" action={id ? `${base(ctx)}/${id}` : `${base(ctx)}/neu`} novalidate class="stack">
        <Csrf token={ctx.csrfToken()} />
        <TextField name="title" label={t("events.field.title")} state={form} t={t} required dirAuto />
        <TextArea name="description" label={t("events.field.description")} state={form} t={t} rows={6} />
        {programmes.length ? <Select name="programmeId" label={t("events.field.programme")} state={form} t={t} empty="–" options={programmes.map((p) => ({ value: p.id, label: p.title }))} /> : null}
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
          <TextField name="venue" label={t("events.field.venue")} state={form} t={t} dirAuto />
          <TextField name="street" label={t("events.field.street")} state={form} t={t} autocomplete="street-address" />
          <TextField name="postcode" label={t("events.field.postcode")} state={form} t={t} inputMode="numeric" autocomplete="postal-code" />
          <TextField name="city" label={t("events.field.city")} state={form} t={t} autocomplete="address-level2" />
          <TextField name="onlineUrl" type="url" label={t("events.field.onlineUrl")} state={form} t={t} />
        </fieldset>
        <TextField name="organiser" label={t("events.field.organiser")} state={form} t={t} required dirAuto />
        <TextField name="contactEmail" type="email" label={t("events.field.contactEmail")} state={form} t={t} />
        <Checkboxes name="categories" label={t("events.field.categories")} state={form} t={t} columns options={CATEGORIES.map((c) => ({ value: c, label: t(`events.category.${c}`) }))} />
        <TextField name="languages" label={t("events.field.languages")} state={form} t={t} />
        <TextArea name="accessibility" label={t("events.field.accessibility")} state={form} t={t} rows={2} />
        <TextField name="cost" label={t("events.field.cost")} state={form} t={t} />
        <TextField name="imageUrl" type="url" label={t("events.field.imageUrl")} state={form} t={t} />
        <TextField name="imageAlt" label={t("events.field.imageAlt")} state={form} t={t} dirAuto />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("events.admin.registration")}</legend>
          <Checkboxes name="interest" label={t("events.field.interestLegend")} state={form} t={t} hint={t("events.field.interestHint")} options={[{ value: "on", label: t("events.field.interest") }]} />
          <TextField name="capacity" type="number" inputMode="numeric" label={t("events.field.capacity")} state={form} t={t} />
          <Checkboxes name="questions" label={t("events.field.questions")} state={form} t={t} options={QUESTIONS.map((q) => ({ value: q, label: t(`events.question.${q}`) }))} />
          <TextField name="retentionDays" type="number" inputMode="numeric" label={t("events.field.retentionDays")} state={form} t={t} />
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
  const date = new Intl.DateTimeFormat(ctx.lang, { timeZone: e.timeZone, dateStyle: "medium", timeStyle: "short" });
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
          [t("events.admin.recurrence"), e.rrule],
          [t("events.admin.where"), [e.venue, e.street, [e.postcode, e.city].filter(Boolean).join(" "), e.onlineUrl].filter(Boolean).join(", ")],
          [t("events.field.organiser"), e.organiser],
          [t("events.field.contactEmail"), e.contactEmail],
          [t("events.field.programme"), e.programme?.title],
          [t("events.field.categories"), e.categories.map((c) => t(`events.category.${c}`)).join(", ")],
          [t("events.field.languages"), e.languages.map((c) => languageName(ctx.lang, c)).join(", ")],
          [t("events.field.capacity"), e.capacity === null ? null : String(e.capacity)],
          [t("events.field.retentionDays"), e.capacity === null ? null : String(e.retentionDays)],
          [t("events.field.reason"), e.cancelReason],
          [t("events.admin.submission"), e.submittedAt ? `${t("events.admin.submitted", { date: date.format(e.submittedAt) })}${e.submittedSolved === false ? ` – ${t("events.admin.unsolved")}` : ""}` : null],
        ]}
      />

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
          </p>
          {registrations.length === 0 ? (
            <p>{t("events.admin.noRegistrations")}</p>
          ) : (
            <DataTable caption={t("events.admin.registrations")} headers={[t("events.admin.occurrence"), t("events.register.name"), t("events.register.email"), t("events.admin.answers"), t("events.admin.status"), t("events.admin.registeredAt"), ""]}>
              {registrations.map((r) => (
                <tr key={r.id}>
                  <td>{date.format(r.occurrence)}</td>
                  <td dir="auto">{r.name}</td>
                  <td>{r.email}</td>
                  <td>{r.answers.map((q) => t(`events.question.${q}`)).join(", ")}</td>
                  <td>{t(r.status === "confirmed" ? "events.admin.confirmed" : r.status === "waitlisted" ? "events.admin.waitlisted" : "events.public.cancelled")}</td>
                  <td>{date.format(r.createdAt)}</td>
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
  const date = new Intl.DateTimeFormat(ctx.lang, { timeZone: "Europe/Berlin", dateStyle: "medium", timeStyle: "short" });
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
  const day = (d: string | null) => (d ? new Intl.DateTimeFormat(ctx.lang, { timeZone: "UTC", dateStyle: "medium" }).format(new Date(`${d}T00:00:00Z`)) : "");
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
