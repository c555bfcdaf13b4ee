/**
 * Veranstaltungen over HTTP: the public calendar (/:tenant/:lang/veranstaltungen),
 * its iCal feeds, event pages with registration and the cancellation link;
 * the back office (/admin/:tenant/veranstaltungen); the JSON API.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { isAppError, notFound, type FieldError } from "../../core/errors.ts";
import { formBody, pageContext, parseWith, redirectWithNotice, sendPage, takeNotice } from "../../core/http.ts";
import { dateFormat, dirOf, formatDate, isLocale, type Locale, translator } from "../../core/i18n.ts";
import { languageName } from "../../core/languages.ts";
import type { TenantRef } from "../../web/context.ts";
import { renderProgrammePdf, type ProgrammePdfItem } from "./pdf.ts";
import { loadTranslations, localized } from "../../core/translations.ts";
import { backOffice, portal, publicPages, publicTenant, tenantOf } from "../../core/scopes.ts";
import { addDays, clock, instantOf, parseClock, wallOf } from "../../core/time.ts";
import { translate } from "../../core/i18n.ts";
import { emptyForm, type FormState, type FormValues } from "../../web/form.tsx";
import { TranslatePage } from "../../web/translate.tsx";
import { sheetCsv, sheetXlsx, type Sheet } from "../../core/sheets.ts";
import { stateOf } from "../../core/translations.ts";
import { CATEGORIES, EVENT_STATUSES, type Category, type EventStatus, type Occurrence } from "./model.ts";
import { isOccurrence, occurrences, repeatOf } from "./recurrence.ts";
import { renderAttendancePdf } from "./attendance.ts";
import { addPartnerMember, getPartner, listPartners, partnersOfUser, removePartnerMember, savePartner } from "./partners.ts";
import { PartnerEventPage, PartnerEventsPage } from "./views/portal.tsx";
import { placesOf } from "../directory/places.ts";
import { addEvent, newCalendar } from "./calendar.ts";
import {
  cancelRegistration,
  cancelRegistrationByStaff,
  changeOccurrence,
  duplicateEvent,
  eventCounts,
  officeOccurrences,
  saveEventTranslation,
  setCheckIn,
  getEvent,
  getProgramme,
  listEvents,
  listProgrammes,
  publicEvent,
  publicOccurrences,
  publicProgramme,
  register,
  registrationByToken,
  registrationsOf,
  saveEvent,
  saveProgramme,
  setStatus,
  signUpInterest,
  submitEvent,
  submitForReview,
  interestByToken,
  interestsOf,
  inclusionOf,
  withdrawInterest,
  timingOf,
  type EventCounts,
  type EventDetail,
  type ProgrammeRow,
  type RegistrationItem,
  type Scope,
} from "./service.ts";
import { CancelEventInput, CheckInInput, EventInput, EventTranslationInput, InterestInput, OccurrenceInput, PartnerInput, PartnerMemberInput, ProgrammeInput, RegistrationInput, SubmissionInput } from "./validation.ts";
import { checkForm, countForm, guardForm } from "../../core/antispam.ts";
import { sharedSecret } from "../../core/settings.ts";
import { CalendarPage, CheckInPage, EventAdminPage, EventFormPage, EventsAdminPage, FiguresPage, PartnersPage, ProgrammesPage, type MonthDay } from "./views/admin.tsx";
import { CancelPage, EventPage, EventsPage, InterestedPage, ProgrammePage, RegisteredPage, SubmitPage, type ListFilters } from "./views/public.tsx";

const scopeOf = (req: FastifyRequest): Scope => ({ tenant: tenantOf(req), actor: { id: req.user!.id, label: req.user!.email } });
const idOf = (req: FastifyRequest) => (req.params as { id: string }).id;
const str = (v: unknown) => (typeof v === "string" ? v : Array.isArray(v) ? String(v[0] ?? "") : "");
const formValues = (body: Record<string, unknown>): FormValues => Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v ?? "")]));
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;
/** How far ahead the calendar and the feeds look by default. */
const HORIZON_DAYS = 92;
/** What the spam challenge of the proposal form is bound to. */
const SUBMIT_PURPOSE = "events.submit";
/** How far a feed reaches back, so that a just-past event stays in subscribers' calendars. */
const FEED_HISTORY_DAYS = 31;

/** Field errors of a failed write, or rethrow. */
function fieldErrors(err: unknown): FieldError[] {
  if (isAppError(err) && err.fields.length) return err.fields;
  throw err;
}

/** The public filters from the query, each checked; the window defaults to today and the next three months. */
function filtersOf(req: FastifyRequest, now = new Date()): ListFilters & { window: { from: Date; to: Date } } {
  const q = req.query as Record<string, unknown>;
  const today = wallOf(now).date;
  const from = DATE.test(str(q.from)) ? str(q.from) : today;
  let to = DATE.test(str(q.to)) ? str(q.to) : addDays(from, HORIZON_DAYS);
  if (to < from) to = from;
  const category = (CATEGORIES as readonly string[]).includes(str(q.category)) ? (str(q.category) as Category) : "";
  const language = /^[a-z]{2,3}$/.test(str(q.language)) ? str(q.language) : "";
  const programme = /^[a-z0-9-]{1,100}$/.test(str(q.programme)) ? str(q.programme) : "";
  // "to" is a whole day: up to the next midnight.
  return { from, to, category, language, programme, window: { from: instantOf(from, 0), to: instantOf(addDays(to, 1), 0) } };
}

/** The event's values as the form shows them. */
function formOf(e: EventDetail): FormValues {
  const start = wallOf(e.startsAt, e.timeZone);
  const end = wallOf(e.allDay ? new Date(e.endsAt.getTime() - 1) : e.endsAt, e.timeZone);
  const r = repeatOf(e.rrule, e.startsAt, e.timeZone);
  return {
    title: e.title,
    description: e.description,
    programmeId: e.programmeId ?? "",
    startDate: start.date,
    startTime: e.allDay ? "" : clock(start.minute),
    endDate: end.date === start.date ? "" : end.date,
    endTime: e.allDay ? "" : clock(end.minute),
    allDay: e.allDay ? "on" : "",
    repeat: r.repeat,
    until: r.until ?? "",
    count: r.count ? String(r.count) : "",
    rrule: r.repeat === "custom" ? (e.rrule ?? "") : "",
    exceptions: e.exdates.map((d) => wallOf(d, e.timeZone).date).join(", "),
    placeId: e.placeId ?? "",
    venue: e.venue ?? "",
    street: e.street ?? "",
    postcode: e.postcode ?? "",
    city: e.city ?? "",
    onlineUrl: e.onlineUrl ?? "",
    organiser: e.organiser,
    contactEmail: e.contactEmail ?? "",
    categories: e.categories,
    targetGroups: e.targetGroups,
    languages: e.languages.join(", "),
    accessibility: e.accessibility,
    cost: e.cost,
    imageUrl: e.imageUrl ?? "",
    imageAlt: e.imageAlt,
    interest: e.interest ? "on" : "",
    capacity: e.capacity === null ? "" : String(e.capacity),
    questions: e.questions,
    retentionDays: String(e.retentionDays),
  };
}

/** The registrations as a table for CSV and XLSX. */
function registrationsSheet(e: EventDetail, list: RegistrationItem[]): Sheet {
  const t = (k: string) => translate("de", k);
  const when = (d: Date) => formatDate("de", d, { dateStyle: "short", timeStyle: "short", timeZone: e.timeZone });
  return {
    name: t("events.admin.registrations"),
    header: [t("events.admin.occurrence"), t("events.register.name"), t("events.register.email"), t("events.register.phone"), t("events.admin.answers"), t("events.admin.status"), t("events.admin.registeredAt"), t("events.admin.present")],
    rows: list.map((r) => [
      when(r.occurrence),
      r.name,
      r.email,
      r.phone ?? "",
      r.answers.map((q) => t(`events.question.${q}`)).join(", "),
      t(r.status === "confirmed" ? "events.admin.confirmed" : r.status === "waitlisted" ? "events.admin.waitlisted" : "events.public.cancelled"),
      when(r.createdAt),
      r.checkedInAt ? when(r.checkedInAt) : "",
    ]),
    widths: [18, 28, 32, 18, 30, 14, 18, 18],
  };
}

/** The year's figures as two tables (per programme, per event), for the integration report. */
function figuresSheets(c: EventCounts): Sheet[] {
  const t = (k: string) => translate("de", k);
  return [
    {
      name: t("events.admin.programmes"),
      header: [t("events.programme.title"), t("events.admin.figures.events"), t("events.admin.figures.occurrences"), t("events.admin.confirmed"), t("events.admin.present")],
      rows: c.byProgramme.map((p) => [p.programme, p.events, p.occurrences, p.confirmed, p.attended]),
      widths: [40, 14, 14, 14, 14],
    },
    {
      name: t("events.admin.figures.perEvent"),
      header: [t("events.field.title"), t("events.field.programme"), t("events.admin.status"), t("events.admin.figures.occurrences"), t("events.admin.confirmed"), t("events.admin.waitlisted"), t("events.public.cancelled"), t("events.admin.present")],
      rows: c.byEvent.map((e) => [e.title, e.programme ?? "", t(`events.status.${e.status}`), e.occurrences, e.confirmed, e.waitlisted, e.cancelled, e.attended]),
      widths: [40, 30, 14, 14, 14, 14, 14, 14],
    },
  ];
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** The month grid's months: YYYY-MM. */
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The weeks of a month (Monday first) with the occurrences of each day. */
function monthWeeks(month: string, items: { event: EventDetail; occurrence: Occurrence }[], href: (e: EventDetail) => string, lang: Locale): MonthDay[][] {
  const first = `${month}-01`;
  const days: MonthDay[] = [];
  const lead = (new Date(`${first}T12:00:00Z`).getUTCDay() + 6) % 7;
  for (let i = 0; i < lead; i++) days.push({ date: null, items: [] });
  for (let d = first; d.startsWith(month); d = addDays(d, 1)) days.push({ date: d, items: [] });
  while (days.length % 7) days.push({ date: null, items: [] });
  const byDate = new Map(days.filter((d) => d.date).map((d) => [d.date!, d]));
  for (const { event: e, occurrence: o } of items) {
    const day = byDate.get(wallOf(o.startsAt, e.timeZone).date);
    if (!day) continue;
    const time = e.allDay ? "" : dateFormat(lang, { timeZone: e.timeZone, hour: "2-digit", minute: "2-digit" }).format(o.startsAt);
    day.items.push({ href: href(e), time, title: e.title, status: e.status, cancelled: o.cancelled || e.status === "cancelled" });
  }
  const weeks: MonthDay[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

export async function eventsModule(app: FastifyInstance) {
  const { db, config } = app;

  /** A programme's window: its days, or the coming 400 days when it has none. */
  const programmeWindow = (programme: ProgrammeRow) => {
    const from = programme.startsOn ? instantOf(programme.startsOn, 0) : new Date();
    const to = programme.endsOn ? instantOf(addDays(programme.endsOn, 1), 0) : new Date(from.getTime() + 400 * DAY);
    return { from, to };
  };

  async function programmePdf(tenant: TenantRef, programme: ProgrammeRow, reader: Locale): Promise<Buffer> {
    const t = translator(reader);
    const items = await publicOccurrences(db, tenant, reader, { ...programmeWindow(programme), programme: programme.slug });
    const dayOf = dateFormat(reader, { timeZone: "Europe/Berlin", weekday: "long", day: "numeric", month: "long", year: "numeric" });
    const timeOf = dateFormat(reader, { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" });
    const days = new Map<string, ProgrammePdfItem[]>();
    for (const { event: e, occurrence: o } of items) {
      const heading = dayOf.format(o.startsAt);
      const list = days.get(heading) ?? [];
      const summary = e.shownDescription.split(/\n{2,}/)[0] ?? "";
      list.push({
        time: e.allDay ? t("events.event.allDay") : `${timeOf.format(o.startsAt)}–${timeOf.format(o.endsAt)}`,
        title: e.shownTitle,
        missingTranslation: e.titleState === "missing" && reader !== "de",
        place: [e.venue, e.street, [e.postcode, e.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || (e.onlineUrl ? t("events.public.online") : ""),
        organiser: e.organiser,
        languages: e.languages.map((c) => languageName(reader, c)).join(", "),
        cost: e.cost,
        summary: summary.length > 400 ? `${summary.slice(0, 397)}…` : summary,
        cancelled: e.status === "cancelled" || o.cancelled,
      });
      days.set(heading, list);
    }
    const day = (d: string) => formatDate(reader, new Date(`${d}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
    const tr = await loadTranslations(db, "ev_programme", [programme.id], [reader]);
    return renderProgrammePdf({
      lang: reader,
      dir: dirOf(reader),
      title: programme.title,
      subtitle: programme.startsOn && programme.endsOn ? t("events.programme.period", { from: day(programme.startsOn), to: day(programme.endsOn) }) : tenant.name,
      description: localized(programme.description, tr.get(`${programme.id}|description|${reader}`), reader).text,
      tocTitle: t("events.pdf.toc"),
      footer: t("events.pdf.footer", { title: programme.title, tenant: tenant.name }),
      labels: { where: t("events.event.where"), organiser: t("events.event.organiser"), languages: t("events.event.languages"), cost: t("events.event.cost"), cancelled: t("events.public.cancelled") },
      days: [...days].map(([heading, list]) => ({ heading, items: list })),
    });
  }

  // -------------------------------------------------------------------------
  // Public side

  await app.register(
    publicPages(async (pub) => {
      const lang = (req: FastifyRequest) => req.lang as Locale;
      const pageUrl = (req: FastifyRequest, slug: string) => new URL(`/${tenantOf(req).slug}/${lang(req)}/veranstaltungen/${slug}`, config.baseUrl).toString();

      pub.get("/veranstaltungen", { schema: { hide: true } }, async (req, reply) => {
        const tenant = tenantOf(req);
        const f = filtersOf(req);
        // One expansion of the window: the filters' choices come from all of it, the list from the filtered part
        // (the same conditions publicOccurrences applies in SQL; a programme is the tenant's own).
        const all = await publicOccurrences(db, tenant, lang(req), f.window);
        const items = all.filter(
          ({ event: e }) =>
            (!f.category || e.categories.includes(f.category)) && (!f.language || e.languages.includes(f.language)) && (!f.programme || (e.programme?.slug === f.programme && e.tenantId === tenant.id)),
        );
        const languages = [...new Set(all.flatMap((o) => o.event.languages))];
        const programmes = [...new Map(all.flatMap((o) => (o.event.programme ? [[o.event.programme.slug, o.event.programme] as const] : []))).values()];
        return sendPage(reply, <EventsPage ctx={pageContext(req, reply, { tenant })} items={items} filters={f} languages={languages} programmes={programmes} />);
      });

      pub.get("/veranstaltungen.ics", { schema: { hide: true } }, async (req, reply) => {
        const tenant = tenantOf(req);
        const f = filtersOf(req);
        const now = new Date();
        const window = { from: new Date(now.getTime() - FEED_HISTORY_DAYS * DAY), to: new Date(now.getTime() + 400 * DAY) };
        const items = await publicOccurrences(db, tenant, lang(req), { ...window, category: f.category || undefined, language: f.language || undefined, programme: f.programme || undefined });
        const calendar = newCalendar(translate(lang(req), "events.ics.calendarName", { tenant: tenant.name }), new URL(`/${tenant.slug}/${lang(req)}/veranstaltungen`, config.baseUrl).toString());
        const seen = new Set<string>();
        for (const { event } of items) {
          if (seen.has(event.id)) continue;
          seen.add(event.id);
          addEvent(calendar, event, pageUrl(req, event.slug), lang(req), now);
        }
        return reply.type("text/calendar; charset=utf-8").header("content-disposition", `inline; filename="veranstaltungen-${tenant.slug}.ics"`).header("cache-control", "public, max-age=900").send(calendar.toString());
      });

      pub.get("/veranstaltungen/programm/:slug", { schema: { hide: true } }, async (req, reply) => {
        const tenant = tenantOf(req);
        const requested = (req.params as { slug: string }).slug;
        if (requested.endsWith(".pdf")) {
          const pdf = await programmePdf(tenant, await publicProgramme(db, tenant, requested.slice(0, -4)), lang(req));
          return reply.type("application/pdf").header("content-disposition", `inline; filename="${requested}"`).header("cache-control", "public, max-age=300").send(pdf);
        }
        const programme = await publicProgramme(db, tenant, requested);
        const items = await publicOccurrences(db, tenant, lang(req), { ...programmeWindow(programme), programme: programme.slug });
        const tr = await loadTranslations(db, "ev_programme", [programme.id], [lang(req)]);
        const description = localized(programme.description, tr.get(`${programme.id}|description|${lang(req)}`), lang(req)).text;
        return sendPage(reply, <ProgrammePage ctx={pageContext(req, reply, { tenant })} programme={programme} items={items} description={description} />);
      });

      const showEvent = async (req: FastifyRequest, reply: FastifyReply, form = emptyForm(), status = 200) => {
        const tenant = tenantOf(req);
        const { event, next } = await publicEvent(db, tenant, lang(req), (req.params as { slug: string }).slug);
        return sendPage(reply, <EventPage ctx={pageContext(req, reply, { tenant })} event={event} next={next} form={form} url={pageUrl(req, event.slug)} />, status);
      };

      pub.get("/veranstaltungen/:slug", { schema: { hide: true } }, async (req, reply) => {
        const slug = (req.params as { slug: string }).slug;
        if (slug.endsWith(".ics")) {
          const tenant = tenantOf(req);
          const { event } = await publicEvent(db, tenant, lang(req), slug.slice(0, -4));
          const calendar = newCalendar(event.shownTitle, pageUrl(req, event.slug));
          addEvent(calendar, event, pageUrl(req, event.slug), lang(req), new Date());
          return reply.type("text/calendar; charset=utf-8").header("content-disposition", `attachment; filename="${event.slug}.ics"`).send(calendar.toString());
        }
        return showEvent(req, reply);
      });

      pub.post("/veranstaltungen/:slug/interesse", { schema: { hide: true } }, async (req, reply) => {
        const tenant = tenantOf(req);
        const body = formBody(req);
        const { event } = await publicEvent(db, tenant, lang(req), (req.params as { slug: string }).slug);
        try {
          await signUpInterest(db, tenant, event.id, parseWith(InterestInput, body), lang(req), config.baseUrl);
        } catch (err) {
          return showEvent(req, reply, { values: formValues(body), errors: fieldErrors(err) }, 422);
        }
        return sendPage(reply, <InterestedPage ctx={pageContext(req, reply, { tenant })} event={event} email={str(body.email).trim()} />);
      });

      pub.post("/veranstaltungen/:slug/anmelden", { schema: { hide: true } }, async (req, reply) => {
        const tenant = tenantOf(req);
        const body = formBody(req);
        const { event } = await publicEvent(db, tenant, lang(req), (req.params as { slug: string }).slug);
        let result;
        try {
          result = await register(db, tenant, event.id, parseWith(RegistrationInput, body), lang(req), config.baseUrl);
        } catch (err) {
          return showEvent(req, reply, { values: formValues(body), errors: fieldErrors(err) }, 422);
        }
        return sendPage(reply, <RegisteredPage ctx={pageContext(req, reply, { tenant })} event={event} status={result.status} email={str(body.email).trim()} booked={result} />);
      });

      // Partners propose an event; it goes to review.
      const secret = () => sharedSecret(db, "forms");
      const showSubmit = async (req: FastifyRequest, reply: FastifyReply, form = emptyForm(), status = 200) =>
        sendPage(reply, <SubmitPage ctx={pageContext(req, reply, { tenant: tenantOf(req) })} form={form} guard={await guardForm(await secret(), SUBMIT_PURPOSE)} done={false} />, status);
      pub.get("/veranstaltungen/vorschlagen", { schema: { hide: true } }, async (req, reply) => showSubmit(req, reply));
      pub.post("/veranstaltungen/vorschlagen", { schema: { hide: true } }, async (req, reply) => {
        const tenant = tenantOf(req);
        const body = formBody(req);
        const guard = await checkForm(db, await secret(), SUBMIT_PURPOSE, body, req.ip);
        if (!guard.ok) {
          const key = guard.reason === "throttled" ? "events.submit.throttled" : guard.reason === "too_fast" ? "events.submit.tooFast" : "events.submit.refused";
          return showSubmit(req, reply, { values: formValues(body), errors: [{ field: "_form", key }] }, guard.reason === "throttled" ? 429 : 422);
        }
        // The proposal is a single event; staff add recurrence, places and the programme.
        const fields = { ...body, placeId: "", repeat: "none", count: "", rrule: "", exceptions: "", capacity: "", questions: [], programmeId: "", imageUrl: "", imageAlt: "", retentionDays: "", allDay: undefined, interest: undefined };
        const errors: FieldError[] = [];
        let input: EventInput | undefined;
        let extra: z.infer<typeof SubmissionInput> | undefined;
        try {
          input = parseWith(EventInput, fields);
        } catch (err) {
          errors.push(...fieldErrors(err));
        }
        try {
          extra = parseWith(SubmissionInput, body);
        } catch (err) {
          errors.push(...fieldErrors(err).filter((e) => !errors.some((x) => x.field === e.field)));
        }
        // A proposal is for something to come; staff may enter past events (for the records), the public may not.
        if (input && input.endsAt.getTime() < Date.now()) errors.push({ field: "startDate", key: "events.validation.proposalPast" });
        if (errors.length || !input || !extra) return showSubmit(req, reply, { values: formValues(body), errors }, 422);
        await submitEvent(db, tenant, { ...input, contactEmail: extra.contactEmail }, { solved: guard.solved, baseUrl: config.baseUrl, lang: lang(req) });
        await countForm(db, SUBMIT_PURPOSE, guard.solved, req.ip);
        return sendPage(reply, <SubmitPage ctx={pageContext(req, reply, { tenant })} form={emptyForm()} guard={null} done />);
      });

      const cancelPage = async (req: FastifyRequest, reply: FastifyReply, done: boolean) => {
        const token = (req.params as { token: string }).token;
        const found = await registrationByToken(db, token);
        const interest = found ? null : await interestByToken(db, token);
        const shown = found
          ? { title: found.title, status: found.status, when: formatDate(lang(req), found.occurrence, { dateStyle: "full", timeStyle: "short", timeZone: found.timeZone }) }
          : interest
            ? { title: interest.title, status: "interested", when: null }
            : null;
        // The link is a secret: not indexed, not passed on.
        reply.header("x-robots-tag", "noindex").header("referrer-policy", "no-referrer").header("cache-control", "private, no-store");
        return sendPage(reply, <CancelPage ctx={pageContext(req, reply, { tenant: tenantOf(req) })} found={shown} token={token} done={done} />, shown || done ? 200 : 404);
      };
      pub.get("/veranstaltungen/abmelden/:token", { schema: { hide: true } }, async (req, reply) => cancelPage(req, reply, false));
      pub.post("/veranstaltungen/abmelden/:token", { schema: { hide: true } }, async (req, reply) => {
        const token = (req.params as { token: string }).token;
        if (await registrationByToken(db, token)) await cancelRegistration(db, token);
        else if (!(await withdrawInterest(db, token))) return cancelPage(req, reply, false);
        return cancelPage(req, reply, true);
      });
    }),
    { prefix: "/:tenant/:lang" },
  );

  // -------------------------------------------------------------------------
  // Back office

  await app.register(
    backOffice(async (admin) => {
      const base = (req: FastifyRequest) => `/admin/${tenantOf(req).slug}/veranstaltungen`;
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req), area: "admin" });

      admin.get("/veranstaltungen", async (req, reply) => {
        const q = req.query as { status?: string };
        const status = EVENT_STATUSES.find((s) => s === q.status) ?? "";
        const items = await listEvents(db, tenantOf(req).id, { status: status || undefined });
        return sendPage(reply, <EventsAdminPage ctx={ctxOf(req, reply)} items={items} status={status} notice={takeNotice(req, reply)} />);
      });

      const showForm = async (req: FastifyRequest, reply: FastifyReply, id: string | null, values: FormValues, errors: FieldError[] = [], status = 200) =>
        sendPage(reply, <EventFormPage ctx={ctxOf(req, reply)} id={id} form={{ values, errors }} programmes={await listProgrammes(db, tenantOf(req).id)} places={await placesOf(db, tenantOf(req).id)} />, status);

      admin.get("/veranstaltungen/neu", async (req, reply) => showForm(req, reply, null, { repeat: "none", retentionDays: "30", startTime: "18:00", endTime: "20:00" }));
      admin.post("/veranstaltungen/neu", async (req, reply) => {
        const body = formBody(req);
        let id: string;
        try {
          id = await saveEvent(db, scopeOf(req), null, parseWith(EventInput, body));
        } catch (err) {
          return showForm(req, reply, null, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/${id}`, "events.notice.saved");
      });

      const showEvent = async (req: FastifyRequest, reply: FastifyReply, forms: { cancel?: [FormValues, FieldError[]]; occurrence?: [FormValues, FieldError[]] } = {}, status = 200) => {
        const tenant = tenantOf(req);
        const e = await getEvent(db, tenant.id, idOf(req));
        const now = new Date();
        const upcoming = e.rrule ? occurrences(timingOf(e), new Date(now.getTime() - DAY), new Date(now.getTime() + 400 * DAY)).slice(0, 60) : [];
        const list = e.capacity !== null ? await registrationsOf(db, tenant.id, e.id) : [];
        const [interested, inclusion] = e.interest ? await Promise.all([interestsOf(db, tenant.id, e.id), inclusionOf(db, tenant.id, e.id)]) : [[], new Map()];
        return sendPage(
          reply,
          <EventAdminPage
            ctx={ctxOf(req, reply)}
            e={e}
            upcoming={upcoming}
            registrations={list}
            notice={takeNotice(req, reply)}
            cancelForm={{ values: forms.cancel?.[0] ?? {}, errors: forms.cancel?.[1] ?? [] }}
            occurrenceForm={{ values: forms.occurrence?.[0] ?? {}, errors: forms.occurrence?.[1] ?? [] }}
            interested={interested}
            inclusion={inclusion}
          />,
          status,
        );
      };

      admin.get("/veranstaltungen/:id", async (req, reply) => showEvent(req, reply));
      admin.get("/veranstaltungen/:id/bearbeiten", async (req, reply) => showForm(req, reply, idOf(req), formOf(await getEvent(db, tenantOf(req).id, idOf(req)))));
      admin.post("/veranstaltungen/:id", async (req, reply) => {
        const body = formBody(req);
        await getEvent(db, tenantOf(req).id, idOf(req));
        try {
          await saveEvent(db, scopeOf(req), idOf(req), parseWith(EventInput, body));
        } catch (err) {
          return showForm(req, reply, idOf(req), formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/${idOf(req)}`, "events.notice.saved");
      });

      admin.post("/veranstaltungen/:id/status", async (req, reply) => {
        const status = EVENT_STATUSES.find((s) => s === str(formBody(req).status));
        if (!status || status === "cancelled") return showEvent(req, reply, {}, 422);
        try {
          await setStatus(db, scopeOf(req), idOf(req), status as EventStatus, { baseUrl: config.baseUrl });
        } catch (err) {
          return showEvent(req, reply, { cancel: [{}, fieldErrors(err)] }, 409);
        }
        return redirectWithNotice(reply, `${base(req)}/${idOf(req)}`, "events.notice.status");
      });

      admin.post("/veranstaltungen/:id/absagen", async (req, reply) => {
        const body = formBody(req);
        try {
          const { reason } = parseWith(CancelEventInput, body);
          await setStatus(db, scopeOf(req), idOf(req), "cancelled", { reason, baseUrl: config.baseUrl });
        } catch (err) {
          return showEvent(req, reply, { cancel: [formValues(body), fieldErrors(err)] }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/${idOf(req)}`, "events.notice.status");
      });

      admin.post("/veranstaltungen/:id/termin", async (req, reply) => {
        const body = formBody(req);
        try {
          const input = parseWith(OccurrenceInput, body);
          const e = await getEvent(db, tenantOf(req).id, idOf(req));
          await changeOccurrence(
            db,
            scopeOf(req),
            e.id,
            input.occurrence,
            input.action === "move" ? { action: "move", startsAt: instantOf(input.date, parseClock(input.startTime)!, e.timeZone), endsAt: instantOf(input.date, parseClock(input.endTime)!, e.timeZone) } : { action: input.action },
          );
        } catch (err) {
          return showEvent(req, reply, { occurrence: [formValues(body), fieldErrors(err)] }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/${idOf(req)}`, "events.notice.occurrence");
      });

      admin.get("/veranstaltungen/:id/anmeldungen.csv", async (req, reply) => {
        const e = await getEvent(db, tenantOf(req).id, idOf(req));
        const list = await registrationsOf(db, tenantOf(req).id, e.id);
        return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="anmeldungen-${e.slug}.csv"`).header("cache-control", "private, no-store").send(sheetCsv(registrationsSheet(e, list)));
      });

      admin.get("/veranstaltungen/:id/anmeldungen.xlsx", async (req, reply) => {
        const e = await getEvent(db, tenantOf(req).id, idOf(req));
        const list = await registrationsOf(db, tenantOf(req).id, e.id);
        return reply.type(XLSX).header("content-disposition", `attachment; filename="anmeldungen-${e.slug}.xlsx"`).header("cache-control", "private, no-store").send(await sheetXlsx(registrationsSheet(e, list)));
      });

      admin.post("/veranstaltungen/:id/duplizieren", async (req, reply) => {
        const id = await duplicateEvent(db, scopeOf(req), idOf(req));
        return redirectWithNotice(reply, `${base(req)}/${id}/bearbeiten`, "events.notice.duplicated");
      });

      // Check-in at the door and the attendance list, per occurrence (?termin=its original start).
      const occurrenceOf = (req: FastifyRequest) => {
        const d = new Date(str((req.query as Record<string, unknown>).termin));
        if (Number.isNaN(d.getTime())) throw notFound("occurrence");
        return d;
      };
      const door = async (req: FastifyRequest) => {
        const e = await getEvent(db, tenantOf(req).id, idOf(req));
        const occurrence = occurrenceOf(req);
        if (!isOccurrence(timingOf(e), occurrence)) throw notFound("occurrence");
        const list = (await registrationsOf(db, tenantOf(req).id, e.id)).filter((r) => r.status !== "cancelled" && r.occurrence.getTime() === occurrence.getTime());
        // Confirmed first, each group in order of registration.
        list.sort((a, b) => Number(a.status !== "confirmed") - Number(b.status !== "confirmed") || a.createdAt.getTime() - b.createdAt.getTime());
        const change = e.changes.find((c) => c.originalStart.getTime() === occurrence.getTime());
        return { e, occurrence, startsAt: change?.startsAt ?? occurrence, endsAt: change?.endsAt ?? new Date(occurrence.getTime() + e.endsAt.getTime() - e.startsAt.getTime()), list };
      };
      admin.get("/veranstaltungen/:id/einlass", async (req, reply) => {
        const { e, startsAt, list } = await door(req);
        return sendPage(reply, <CheckInPage ctx={ctxOf(req, reply)} e={e} occurrence={startsAt} list={list} notice={takeNotice(req, reply)} />);
      });
      admin.post("/veranstaltungen/:id/einlass/:registration", async (req, reply) => {
        const registration = (req.params as { registration: string }).registration;
        await getEvent(db, tenantOf(req).id, idOf(req));
        const { present } = parseWith(CheckInInput, formBody(req));
        await setCheckIn(db, scopeOf(req), idOf(req), registration, present);
        const termin = encodeURIComponent(occurrenceOf(req).toISOString());
        return redirectWithNotice(reply, `${base(req)}/${idOf(req)}/einlass?termin=${termin}#r-${registration}`, present ? "events.notice.checkedIn" : "events.notice.checkInUndone");
      });
      admin.get("/veranstaltungen/:id/teilnahmeliste.pdf", async (req, reply) => {
        const { e, startsAt, endsAt, list } = await door(req);
        const reader = (req.lang as Locale) ?? "de";
        const t = translator(reader);
        const span = (a: Date, b: Date) => `${formatDate(reader, a, { dateStyle: "full", timeStyle: "short", timeZone: e.timeZone })}–${formatDate(reader, b, { timeStyle: "short", timeZone: e.timeZone })}`;
        const row = (r: RegistrationItem) => ({ name: r.name, phone: r.phone ?? "", answers: r.answers.map((q) => t(`events.question.${q}`)).join(", "), checkedIn: r.checkedInAt !== null });
        const confirmed = list.filter((r) => r.status === "confirmed");
        const waitlisted = list.filter((r) => r.status === "waitlisted");
        const pdf = await renderAttendancePdf({
          lang: reader,
          dir: dirOf(reader),
          title: e.title,
          when: span(startsAt, endsAt),
          place: [e.venue, e.street, [e.postcode, e.city].filter(Boolean).join(" ")].filter(Boolean).join(", "),
          organiser: e.organiser,
          footer: t("events.pdf.attendanceFooter", { tenant: tenantOf(req).name, date: formatDate(reader, new Date(), { dateStyle: "short", timeStyle: "short", timeZone: e.timeZone }) }),
          labels: {
            number: t("events.pdf.number"),
            name: t("events.register.name"),
            phone: t("events.register.phone"),
            answers: t("events.admin.answers"),
            present: t("events.admin.present"),
            signature: t("events.pdf.signature"),
            confirmed: t("events.admin.confirmed"),
            waitlisted: t("events.admin.waitlisted"),
            page: t("events.pdf.page"),
            totals: t("events.admin.checkInCounts", { present: list.filter((r) => r.checkedInAt).length, confirmed: confirmed.length, waitlisted: waitlisted.length }),
          },
          confirmed: confirmed.map(row),
          waitlisted: waitlisted.map(row),
          blankRows: 5,
        });
        return reply.type("application/pdf").header("content-disposition", `inline; filename="teilnahmeliste-${e.slug}.pdf"`).header("cache-control", "private, no-store").send(pdf);
      });

      // Translations of the title and description.
      const translationLang = (req: FastifyRequest): Locale => {
        const l = (req.params as { lang: string }).lang;
        if (!isLocale(l) || l === "de") throw notFound();
        return l;
      };
      const translatePage = async (req: FastifyRequest, reply: FastifyReply, state: FormState | null, status = 200) => {
        const e = await getEvent(db, tenantOf(req).id, idOf(req));
        const lang = translationLang(req);
        const stored = await loadTranslations(db, "ev_event", [e.id], [lang]);
        const fields = (["title", "description"] as const).map((field) => ({ field, german: e[field], state: e[field] ? stateOf(e[field], stored.get(`${e.id}|${field}|${lang}`), lang) : "current", long: field === "description" }));
        const values = state?.values ?? Object.fromEntries(fields.map((f) => [f.field, stored.get(`${e.id}|${f.field}|${lang}`)?.text ?? ""]));
        const ctx = ctxOf(req, reply);
        const b = `${base(req)}/${e.id}`;
        return sendPage(reply, <TranslatePage ctx={ctx} name={e.title} lang={lang} back={b} hrefFor={(l) => `${b}/uebersetzen/${l}`} fields={fields} labelOf={(f) => ctx.t(`events.field.${f}`)} state={{ values, errors: state?.errors ?? [] }} />, status);
      };
      admin.get("/veranstaltungen/:id/uebersetzen/:lang", async (req, reply) => translatePage(req, reply, null));
      admin.post("/veranstaltungen/:id/uebersetzen/:lang", async (req, reply) => {
        const body = formBody(req);
        const lang = translationLang(req);
        try {
          await saveEventTranslation(db, scopeOf(req), idOf(req), lang, parseWith(EventTranslationInput, body));
        } catch (err) {
          return translatePage(req, reply, { values: formValues(body), errors: fieldErrors(err) }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/${idOf(req)}`, "events.notice.translated");
      });

      admin.get("/veranstaltungen/kalender", async (req, reply) => {
        const q = str((req.query as Record<string, unknown>).monat);
        const month = MONTH.test(q) ? q : wallOf(new Date()).date.slice(0, 7);
        const first = `${month}-01`;
        const following = addDays(first, 32).slice(0, 7);
        const preceding = addDays(first, -1).slice(0, 7);
        const items = await officeOccurrences(db, tenantOf(req).id, instantOf(first, 0), instantOf(`${following}-01`, 0));
        const weeks = monthWeeks(month, items, (e) => `${base(req)}/${e.id}`, req.lang as Locale);
        return sendPage(reply, <CalendarPage ctx={ctxOf(req, reply)} month={month} weeks={weeks} prev={preceding} next={following} />);
      });

      const yearOf = (req: FastifyRequest) => {
        const y = Number(str((req.query as Record<string, unknown>).jahr));
        return Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : Number(wallOf(new Date()).date.slice(0, 4));
      };
      admin.get("/veranstaltungen/zahlen", async (req, reply) => sendPage(reply, <FiguresPage ctx={ctxOf(req, reply)} counts={await eventCounts(db, tenantOf(req).id, yearOf(req))} />));
      admin.get("/veranstaltungen/zahlen.xlsx", async (req, reply) => {
        const year = yearOf(req);
        const xlsx = await sheetXlsx(...figuresSheets(await eventCounts(db, tenantOf(req).id, year)));
        return reply.type(XLSX).header("content-disposition", `attachment; filename="veranstaltungen-${tenantOf(req).slug}-${year}.xlsx"`).header("cache-control", "private, no-store").send(xlsx);
      });
      admin.get("/veranstaltungen/zahlen.csv", async (req, reply) => {
        const year = yearOf(req);
        const perEvent = figuresSheets(await eventCounts(db, tenantOf(req).id, year))[1]!;
        return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="veranstaltungen-${tenantOf(req).slug}-${year}.csv"`).header("cache-control", "private, no-store").send(sheetCsv(perEvent));
      });

      // Partner organisations and their accounts.
      const showPartners = async (req: FastifyRequest, reply: FastifyReply, editing: string | null, forms: { partner?: [FormValues, FieldError[]]; member?: [FormValues, FieldError[]] } = {}, status = 200) => {
        const items = await listPartners(db, tenantOf(req).id);
        const p = editing ? (items.find((x) => x.id === editing) ?? null) : null;
        if (editing && !p) throw notFound("partner");
        const values = forms.partner?.[0] ?? (p ? { name: p.name, contactEmail: p.contactEmail } : {});
        return sendPage(
          reply,
          <PartnersPage ctx={ctxOf(req, reply)} items={items} editing={p} notice={takeNotice(req, reply)} form={{ values, errors: forms.partner?.[1] ?? [] }} memberForm={{ values: forms.member?.[0] ?? {}, errors: forms.member?.[1] ?? [] }} />,
          status,
        );
      };
      admin.get("/veranstaltungen/partner", async (req, reply) => showPartners(req, reply, null));
      admin.get("/veranstaltungen/partner/:id", async (req, reply) => showPartners(req, reply, idOf(req)));
      const savePartnerRoute = (editing: boolean) => async (req: FastifyRequest, reply: FastifyReply) => {
        const body = formBody(req);
        const id = editing ? idOf(req) : null;
        if (id) await getPartner(db, tenantOf(req).id, id);
        try {
          await savePartner(db, scopeOf(req), id, parseWith(PartnerInput, body));
        } catch (err) {
          return showPartners(req, reply, id, { partner: [formValues(body), fieldErrors(err)] }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/partner`, "events.notice.saved");
      };
      admin.post("/veranstaltungen/partner", savePartnerRoute(false));
      admin.post("/veranstaltungen/partner/:id", savePartnerRoute(true));
      admin.post("/veranstaltungen/partner/mitglieder", async (req, reply) => {
        const body = formBody(req);
        try {
          const input = parseWith(PartnerMemberInput, body);
          await addPartnerMember(db, scopeOf(req), str(body.partnerId), input);
        } catch (err) {
          if (!isAppError(err) || err.status === 404) return showPartners(req, reply, null, { member: [formValues(body), [{ field: "partnerId", key: "validation.choice" }]] }, 422);
          return showPartners(req, reply, null, { member: [formValues(body), fieldErrors(err)] }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/partner`, "events.notice.memberAdded");
      });
      admin.post("/veranstaltungen/partner/:id/mitglieder/:user/entfernen", async (req, reply) => {
        await removePartnerMember(db, scopeOf(req), idOf(req), (req.params as { user: string }).user);
        return redirectWithNotice(reply, `${base(req)}/partner`, "events.notice.memberRemoved");
      });

      admin.post("/veranstaltungen/:id/anmeldungen/:registration/stornieren", async (req, reply) => {
        await cancelRegistrationByStaff(db, scopeOf(req), idOf(req), (req.params as { registration: string }).registration);
        return redirectWithNotice(reply, `${base(req)}/${idOf(req)}`, "events.notice.registrationCancelled");
      });

      const showProgrammes = async (req: FastifyRequest, reply: FastifyReply, editing: string | null, values: FormValues = {}, errors: FieldError[] = [], status = 200) => {
        const tenant = tenantOf(req);
        const p = editing ? await getProgramme(db, tenant.id, editing) : null;
        const shown = p && Object.keys(values).length === 0 ? { title: p.title, description: p.description, startsOn: p.startsOn ?? "", endsOn: p.endsOn ?? "" } : values;
        return sendPage(reply, <ProgrammesPage ctx={ctxOf(req, reply)} items={await listProgrammes(db, tenant.id)} form={{ values: shown, errors }} notice={takeNotice(req, reply)} editing={p} />, status);
      };
      admin.get("/veranstaltungen/programme", async (req, reply) => showProgrammes(req, reply, null));
      admin.get("/veranstaltungen/programme/:id", async (req, reply) => showProgrammes(req, reply, idOf(req)));
      const saveProgrammeRoute = (editing: boolean) => async (req: FastifyRequest, reply: FastifyReply) => {
        const body = formBody(req);
        const id = editing ? idOf(req) : null;
        if (id) await getProgramme(db, tenantOf(req).id, id);
        try {
          await saveProgramme(db, scopeOf(req), id, parseWith(ProgrammeInput, body));
        } catch (err) {
          return showProgrammes(req, reply, id, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/programme`, "events.notice.saved");
      };
      admin.post("/veranstaltungen/programme", saveProgrammeRoute(false));
      admin.post("/veranstaltungen/programme/:id", saveProgrammeRoute(true));
    }),
    { prefix: "/admin/:tenant" },
  );

  // -------------------------------------------------------------------------
  // Partners' portal: their organisation's events, drafted and sent to review.

  await app.register(
    portal("partner", async (p) => {
      const base = (req: FastifyRequest) => `/portal/${tenantOf(req).slug}/veranstaltungen`;
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req), area: "portal" });
      const mine = (req: FastifyRequest) => partnersOfUser(db, tenantOf(req).id, req.user!.id);
      /** The event, if it belongs to one of the person's partners (else 404, as for any event not theirs). */
      const ownEvent = async (req: FastifyRequest) => {
        const e = await getEvent(db, tenantOf(req).id, idOf(req));
        const partner = (await mine(req)).find((x) => x.id === e.partnerId);
        if (!partner) throw notFound("event");
        return { e, partner };
      };
      const showForm = async (req: FastifyRequest, reply: FastifyReply, id: string | null, organiser: string, values: FormValues, errors: FieldError[] = [], status = 200) =>
        sendPage(reply, <EventFormPage ctx={ctxOf(req, reply)} id={id} form={{ values, errors }} programmes={[]} places={await placesOf(db, tenantOf(req).id)} portal={{ base: base(req), organiser }} />, status);
      const showEvent = async (req: FastifyRequest, reply: FastifyReply, errors: FieldError[] = [], status = 200) => {
        const { e, partner } = await ownEvent(req);
        const item = (await listEvents(db, tenantOf(req).id, { partnerIds: [partner.id] })).find((x) => x.id === e.id);
        return sendPage(reply, <PartnerEventPage ctx={ctxOf(req, reply)} e={e} counts={{ confirmed: item?.confirmed ?? 0, waitlisted: item?.waitlisted ?? 0 }} notice={takeNotice(req, reply)} errors={{ values: {}, errors }} />, status);
      };

      p.get("/veranstaltungen", async (req, reply) => {
        const partners = await mine(req);
        const items = partners.length ? await listEvents(db, tenantOf(req).id, { partnerIds: partners.map((x) => x.id) }) : [];
        return sendPage(reply, <PartnerEventsPage ctx={ctxOf(req, reply)} partners={partners} items={items} notice={takeNotice(req, reply)} />);
      });
      p.get("/veranstaltungen/neu", async (req, reply) => {
        const [partner] = await mine(req);
        if (!partner) throw notFound("partner");
        return showForm(req, reply, null, partner.name, { repeat: "none", startTime: "18:00", endTime: "20:00", contactEmail: partner.contactEmail });
      });
      p.post("/veranstaltungen/neu", async (req, reply) => {
        const [partner] = await mine(req);
        if (!partner) throw notFound("partner");
        const body = formBody(req);
        let id: string;
        try {
          id = await saveEvent(db, scopeOf(req), null, parseWith(EventInput, { ...body, organiser: partner.name }), partner);
        } catch (err) {
          return showForm(req, reply, null, partner.name, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/${id}`, "events.notice.saved");
      });
      p.get("/veranstaltungen/:id", async (req, reply) => showEvent(req, reply));
      p.get("/veranstaltungen/:id/bearbeiten", async (req, reply) => {
        const { e, partner } = await ownEvent(req);
        return showForm(req, reply, e.id, partner.name, formOf(e));
      });
      p.post("/veranstaltungen/:id", async (req, reply) => {
        const { e, partner } = await ownEvent(req);
        const body = formBody(req);
        try {
          await saveEvent(db, scopeOf(req), e.id, parseWith(EventInput, { ...body, organiser: partner.name }), partner);
        } catch (err) {
          return showForm(req, reply, e.id, partner.name, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/${e.id}`, "events.notice.saved");
      });
      p.post("/veranstaltungen/:id/einreichen", async (req, reply) => {
        const { e, partner } = await ownEvent(req);
        try {
          await submitForReview(db, scopeOf(req), e.id, partner.id, config.baseUrl);
        } catch (err) {
          return showEvent(req, reply, fieldErrors(err), 409);
        }
        return redirectWithNotice(reply, `${base(req)}/${e.id}`, "events.notice.submitted");
      });
    }),
    { prefix: "/portal/:tenant" },
  );

  // -------------------------------------------------------------------------
  // JSON API

  const tags = ["Veranstaltungen"];
  await app.register(
    publicTenant(async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get(
        "/veranstaltungen",
        {
          schema: {
            tags,
            summary: "Published events' occurrences in a window (default: today and the next three months), with filters",
            querystring: z.object({ from: z.string().optional(), to: z.string().optional(), category: z.enum(CATEGORIES).optional(), language: z.string().optional(), programme: z.string().optional(), lang: z.string().optional() }),
          },
        },
        async (req) => {
          const reader: Locale = isLocale(req.query.lang) ? req.query.lang : "de";
          const f = filtersOf(req);
          const items = await publicOccurrences(db, tenantOf(req), reader, { ...f.window, category: f.category || undefined, language: f.language || undefined, programme: f.programme || undefined });
          return items.map(({ event: e, occurrence: o }) => ({
            slug: e.slug,
            title: e.shownTitle,
            status: e.status,
            startsAt: o.startsAt,
            endsAt: o.endsAt,
            allDay: e.allDay,
            cancelled: e.status === "cancelled" || o.cancelled,
            moved: o.moved,
            place: [e.venue, e.street, [e.postcode, e.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null,
            onlineUrl: e.onlineUrl,
            organiser: e.organiser,
            categories: e.categories,
            targetGroups: e.targetGroups,
            languages: e.languages,
            programme: e.programme?.slug ?? null,
            registration: e.capacity !== null,
          }));
        },
      );
    }),
    { prefix: "/api/v1/:tenant" },
  );

  await app.register(
    backOffice(async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get(
        "/veranstaltungen/counts/:year",
        { schema: { tags, summary: "The year's figures for the integration report: events, occurrences, registrations, by category and programme", params: z.object({ tenant: z.string(), year: z.coerce.number().int().min(2000).max(2100) }) } },
        async (req) => eventCounts(db, tenantOf(req).id, req.params.year),
      );
    }),
    { prefix: "/api/v1/admin/:tenant" },
  );
}

