/**
 * Sprachmittlung over HTTP: the public page, the back office
 * (/admin/:tenant/sprachmittlung), the requester portal
 * (/portal/:tenant/sprachmittlung), the mediator portal
 * (/portal/:tenant/einsaetze) and the signed e-mail links (/m/:tenant/…).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { isAppError, notFound, type FieldError } from "../../core/errors.ts";
import { isDate } from "../../core/fields.ts";
import { formBody, pageContext, parseWith, redirectWithNotice, sendPage, takeNotice } from "../../core/http.ts";
import type { Locale } from "../../core/i18n.ts";
import { loadTranslations, localized } from "../../core/translations.ts";
import { backOffice, portal, publicPages, publicTenant, tenantOf } from "../../core/scopes.ts";
import type { FormValues } from "../../web/form.tsx";
import { COMMON_LANGUAGES, REQUEST_STATUSES, TOPICS, type Topic } from "./model.ts";
import {
  absencesOf,
  addAbsence,
  addRequesterMember,
  answerOffer,
  cancel,
  cancellationTermsOf,
  confirmHours,
  createRequest,
  decide,
  getMediator,
  getRequest,
  getRequester,
  inviteMediator,
  jobsOf,
  listMediators,
  listRequesterMembers,
  listRequesters,
  listRequests,
  loadSettings,
  markUnmet,
  mediatorOfUser,
  minutesInMonth,
  offerByToken,
  offerSummary,
  openOffersOf,
  planAndKeep,
  plannedRows,
  planRun,
  poolLanguages,
  recordNoShow,
  removeAbsence,
  reportHours,
  requestersOfUser,
  requestLanguages,
  REQUESTS_PER_PAGE,
  saveMediator,
  saveRequester,
  saveSettings,
  sendOffers,
  suggestionsFor,
  type MediatorDetail,
  type Scope,
  type Settings,
} from "./service.ts";
import { stopPlanning, warmUpPlanning } from "./plan-thread.ts";
import { clock, instantOf, mondayOf, parseClock, wallOf } from "../../core/time.ts";
import { AbsenceInput, CancelInput, DecisionInput, MediatorInput, RequesterInput, RequestInput, TimesheetInput } from "./validation.ts";
import { ABSENCE_ROWS, LANGUAGE_ROWS, MediatorForm, MediatorsPage, PlanPage, QUALIFICATION_ROWS, ReportsPage, RequesterPage, RequestersPage, RequestPage, RequestsPage, SettingsPage, StatementsPage, WINDOW_ROWS } from "./views/admin.tsx";
import { MediatorHome, OfferLinkPage, RequesterHome, RequesterRequestPage, RequestForm } from "./views/portal.tsx";
import { InfoPage } from "./views/public.tsx";
import { mediatorCalendar } from "./calendar.ts";
import { deploymentsBy, leadTimes, mediationCounts, requestOutcomes } from "./reports.ts";
import { costAllocation, linesCsv, linesXlsx, mediatorStatement, monthLines, requesterStatement, statementPdf, type Statement } from "./statements.ts";

const scopeOf = (req: FastifyRequest): Scope => ({ tenant: tenantOf(req), actor: { id: req.user!.id, label: req.user!.email } });
const idOf = (req: FastifyRequest) => (req.params as { id: string }).id;
const str = (v: unknown) => (typeof v === "string" ? v : Array.isArray(v) ? String(v[0] ?? "") : "");
/** The page of a list asked for: a whole number from 1, else the first. */
const pageOf = (v: unknown) => Math.max(1, Math.min(10_000, Math.floor(Number(str(v))) || 1));
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : []);
const formValues = (body: Record<string, unknown>): FormValues => Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v ?? "")]));

/** Field errors of a failed write, or rethrow. */
function fieldErrors(err: unknown): FieldError[] {
  if (isAppError(err) && err.fields.length) return err.fields;
  throw err;
}

/** ?month=YYYY-MM, else the month before this one (statements are made after the month). */
function monthParam(req: FastifyRequest): string {
  const m = str((req.query as { month?: string }).month);
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(m)) return m;
  const now = wallOf(new Date()).date;
  const [y, mo] = now.split("-").map(Number) as [number, number];
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, "0")}`;
}

async function sendStatementPdf(reply: FastifyReply, statement: Statement, tenantName: string, lang: Locale) {
  const pdf = await statementPdf(statement, tenantName, lang);
  return reply
    .type("application/pdf")
    .header("content-disposition", `inline; filename="abrechnung-${statement.month}-${statement.party.kind}.pdf"`)
    .header("cache-control", "private, no-store")
    .send(Buffer.from(pdf));
}

// ---------------------------------------------------------------------------
// Mediator form ↔ input

function mediatorFromForm(body: Record<string, unknown>) {
  const flags = list(body.flags);
  const rows = <T,>(n: number, f: (i: number) => T | null) => Array.from({ length: n }, (_, i) => f(i)).filter((x): x is T => x !== null);
  return {
    ...body,
    baseLat: str(body.baseLat) === "" ? null : str(body.baseLat).replace(",", "."),
    baseLng: str(body.baseLng) === "" ? null : str(body.baseLng).replace(",", "."),
    active: flags.includes("active"),
    consent: flags.includes("consent"),
    languages: rows(LANGUAGE_ROWS, (i) => {
      const code = str(body[`lang${i}Code`]).trim();
      if (!code) return null;
      const dialects = str(body[`lang${i}Dialects`]).split(",").map((d) => d.trim()).filter(Boolean);
      return { code, level: str(body[`lang${i}Level`]) || "native", dialects };
    }),
    weekly: rows(WINDOW_ROWS, (i) => {
      const day = str(body[`win${i}Day`]);
      if (!day) return null;
      return { weekday: day, start: parseClock(str(body[`win${i}From`])) ?? -1, end: parseClock(str(body[`win${i}To`]) === "24:00" ? "23:59" : str(body[`win${i}To`])) ?? -1 };
    }),
    absences: rows(ABSENCE_ROWS, (i) => {
      const from = str(body[`abs${i}From`]);
      const to = str(body[`abs${i}To`]);
      return from || to ? { from, to: to || from } : null;
    }),
    qualifications: rows(QUALIFICATION_ROWS, (i) => {
      const title = str(body[`qual${i}Title`]).trim();
      return title ? { title, validUntil: str(body[`qual${i}Until`]) || null } : null;
    }),
  };
}

/** zod paths of the rows ("languages.1.code") → the form's field names ("lang1Code"). */
function mediatorFieldName(field: string): string {
  const m = /^(languages|weekly|absences|qualifications)\.(\d+)\.?(\w*)/.exec(field);
  if (!m) return field;
  const i = m[2];
  const sub = m[3] ?? "";
  switch (m[1]) {
    case "languages":
      return `lang${i}${sub === "level" ? "Level" : sub === "dialects" ? "Dialects" : "Code"}`;
    case "weekly":
      return `win${i}${sub === "start" ? "From" : sub === "end" ? "To" : "Day"}`;
    case "absences":
      return `abs${i}${sub === "to" ? "To" : "From"}`;
    default:
      return `qual${i}${sub === "validUntil" ? "Until" : "Title"}`;
  }
}

function mediatorToForm(m: MediatorDetail): FormValues {
  const v: FormValues = {
    name: m.name,
    email: m.email,
    phone: m.phone ?? "",
    gender: m.gender ?? "",
    travelMode: m.travelMode,
    baseLabel: m.baseLabel ?? "",
    baseLat: m.baseLat === null ? "" : String(m.baseLat),
    baseLng: m.baseLng === null ? "" : String(m.baseLng),
    maxHoursPerMonth: String(Math.round(m.maxMinutesPerMonth / 60)),
    notes: m.notes,
    flags: [...(m.active ? ["active"] : []), ...(m.consentAt ? ["consent"] : [])],
  };
  m.languages.forEach((l, i) => Object.assign(v, { [`lang${i}Code`]: l.code, [`lang${i}Level`]: l.level, [`lang${i}Dialects`]: l.dialects.join(", ") }));
  m.weekly.forEach((w, i) => Object.assign(v, { [`win${i}Day`]: String(w.weekday), [`win${i}From`]: clock(w.start), [`win${i}To`]: clock(w.end === 1440 ? 1439 : w.end) }));
  m.absences.forEach((a, i) => Object.assign(v, { [`abs${i}From`]: a.from, [`abs${i}To`]: a.to }));
  m.qualifications.forEach((q, i) => Object.assign(v, { [`qual${i}Title`]: q.title, [`qual${i}Until`]: q.validUntil ?? "" }));
  return v;
}

// ---------------------------------------------------------------------------
// Settings form ↔ settings

const euro = (cents: number | null) => (cents === null ? "" : (cents / 100).toFixed(2));

function settingsToForm(s: Settings): FormValues {
  const c = s.criteria;
  const r = s.rates;
  return {
    requesterKinds: c.requesterKinds,
    topics: c.topics,
    excludedTopics: c.excludedTopics,
    minLeadHours: String(c.minLeadHours),
    urgentMinLeadHours: String(c.urgentMinLeadHours),
    maxMinutes: String(c.maxMinutes),
    flags: c.autoApprove ? ["autoApprove"] : [],
    unit: r.unit,
    unitEuro: euro(r.unitCents),
    minimumMinutes: String(r.minimumMinutes),
    remoteFlatEuro: euro(r.remoteFlatCents),
    remoteFlatMinutes: String(r.remoteFlatMinutes),
    travelFreeKm: String(r.travelFreeKm),
    kmEuro: euro(r.kmCents),
    freeCancellationHours: String(r.freeCancellationHours),
    cancellationPercent: String(r.cancellationPercent),
    intro: s.intro,
    contactEmail: s.contactEmail ?? "",
    contactPhone: s.contactPhone ?? "",
    retentionDays: String(s.retentionDays),
  };
}

function settingsFromForm(body: Record<string, unknown>): Settings {
  const errors: FieldError[] = [];
  const whole = (name: string, min: number, max: number) => {
    const n = Number(str(body[name]));
    if (!Number.isInteger(n) || n < min || n > max) errors.push({ field: name, key: "validation.range", values: { min, max } });
    return n;
  };
  const cents = (name: string, optional = false): number | null => {
    const s = str(body[name]).trim().replace(",", ".");
    if (!s && optional) return null;
    const n = Number(s);
    if (!s || !Number.isFinite(n) || n < 0 || n > 100_000) {
      errors.push({ field: name, key: "validation.number" });
      return 0;
    }
    return Math.round(n * 100);
  };
  const pick = <T extends string>(name: string, allowed: readonly T[]) => list(body[name]).filter((v): v is T => (allowed as readonly string[]).includes(v));
  const email = str(body.contactEmail).trim().toLowerCase();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push({ field: "contactEmail", key: "validation.email" });
  const settings: Settings = {
    criteria: {
      requesterKinds: pick("requesterKinds", ["department", "kita", "school", "counselling", "other"] as const),
      topics: pick("topics", TOPICS),
      excludedTopics: pick("excludedTopics", TOPICS),
      minLeadHours: whole("minLeadHours", 0, 24 * 60),
      urgentMinLeadHours: whole("urgentMinLeadHours", 0, 24 * 60),
      maxMinutes: whole("maxMinutes", 15, 720),
      autoApprove: list(body.flags).includes("autoApprove"),
    },
    rates: {
      unit: str(body.unit) === "hour" ? "hour" : "half_hour",
      unitCents: cents("unitEuro") ?? 0,
      minimumMinutes: whole("minimumMinutes", 0, 480),
      remoteFlatCents: cents("remoteFlatEuro", true),
      remoteFlatMinutes: whole("remoteFlatMinutes", 0, 480),
      travelFreeKm: whole("travelFreeKm", 0, 500),
      kmCents: cents("kmEuro") ?? 0,
      freeCancellationHours: whole("freeCancellationHours", 0, 24 * 30),
      cancellationPercent: whole("cancellationPercent", 0, 100),
    },
    intro: str(body.intro).trim().slice(0, 5000),
    contactEmail: email || null,
    contactPhone: str(body.contactPhone).trim().slice(0, 40) || null,
    retentionDays: whole("retentionDays", 1, 3650),
  };
  if (settings.criteria.urgentMinLeadHours > settings.criteria.minLeadHours) errors.push({ field: "urgentMinLeadHours", key: "mediation.validation.urgentLead" });
  if (errors.length) throw Object.assign(new Error("invalid"), { fields: errors });
  return settings;
}

export async function mediationModule(app: FastifyInstance) {
  const { db, config } = app;
  /** Weeks still being planned with the whole time limit after their first plan was answered: how to stop each. */
  const planning = new Set<() => Promise<void>>();
  app.addHook("onClose", async () => {
    // Closing does not wait up to the time limit: those weeks keep their first plans as the answer.
    await Promise.allSettled([...planning].map((stop) => stop()));
    await stopPlanning();
  });

  // -------------------------------------------------------------------------
  // Public page

  await app.register(
    publicPages(async (pub) => {
      pub.get("/sprachmittlung", { schema: { hide: true } }, async (req, reply) => {
        const tenant = tenantOf(req);
        const [settings, languages, tr] = await Promise.all([loadSettings(db, tenant.id), poolLanguages(db, tenant.id), loadTranslations(db, "med_settings", [tenant.id], [req.lang])]);
        const intro = localized(settings.intro, tr.get(`${tenant.id}|intro|${req.lang}`), req.lang);
        return sendPage(
          reply,
          <InfoPage ctx={pageContext(req, reply, { tenant })} intro={intro.text} introMissing={intro.state === "missing"} languages={languages} criteria={settings.criteria} contactEmail={settings.contactEmail} contactPhone={settings.contactPhone} />,
        );
      });
    }),
    { prefix: "/:tenant/:lang" },
  );

  // -------------------------------------------------------------------------
  // Back office

  await app.register(
    backOffice(async (admin) => {
      const base = (req: FastifyRequest) => `/admin/${tenantOf(req).slug}/sprachmittlung`;
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req), area: "admin" });

      admin.get("/sprachmittlung", async (req, reply) => {
        const tenant = tenantOf(req);
        const q = req.query as Record<string, string | undefined>;
        // A filter the list cannot apply is left out, not refused: these come from links and the filter form.
        const filter = { status: REQUEST_STATUSES.find((s) => s === q.status), language: /^[a-z]{2,3}$/.test(q.language ?? "") ? q.language : undefined, text: str(q.q).trim().slice(0, 100) || undefined };
        const page = pageOf(q.page);
        const [list, languages] = await Promise.all([listRequests(db, tenant.id, filter, { offset: (page - 1) * REQUESTS_PER_PAGE }), requestLanguages(db, tenant.id)]);
        return sendPage(reply, <RequestsPage ctx={ctxOf(req, reply)} list={list} page={page} perPage={REQUESTS_PER_PAGE} filter={filter} languages={languages} notice={takeNotice(req, reply)} />);
      });

      const showRequest = async (req: FastifyRequest, reply: FastifyReply, forms: { decision?: [FormValues, FieldError[]]; offer?: FieldError[]; cancel?: [FormValues, FieldError[]] } = {}, status = 200) => {
        const tenant = tenantOf(req);
        const r = await getRequest(db, tenant.id, idOf(req));
        const slotRank = Math.max(0, Math.min(r.slots.length - 1, Number((req.query as { slot?: string }).slot) || 0));
        const suggestions = r.status === "approved" || r.status === "offered" ? await suggestionsFor(db, tenant.id, r, slotRank) : null;
        return sendPage(
          reply,
          <RequestPage
            ctx={ctxOf(req, reply)}
            r={r}
            suggestions={suggestions}
            slotRank={slotRank}
            decision={{ values: forms.decision?.[0] ?? {}, errors: forms.decision?.[1] ?? [] }}
            offer={{ values: {}, errors: forms.offer ?? [] }}
            cancelForm={{ values: forms.cancel?.[0] ?? {}, errors: forms.cancel?.[1] ?? [] }}
            notice={takeNotice(req, reply)}
          />,
          status,
        );
      };

      admin.get("/sprachmittlung/requests/:id", async (req, reply) => showRequest(req, reply));

      admin.post("/sprachmittlung/requests/:id/decision", async (req, reply) => {
        const body = formBody(req);
        try {
          await decide(db, scopeOf(req), idOf(req), parseWith(DecisionInput, body));
        } catch (err) {
          return showRequest(req, reply, { decision: [formValues(body), fieldErrors(err)] }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/requests/${idOf(req)}`, "mediation.notice.decided");
      });

      admin.post("/sprachmittlung/requests/:id/offers", async (req, reply) => {
        const body = formBody(req);
        try {
          await sendOffers(db, scopeOf(req), idOf(req), Number(str(body.slotRank)) || 0, list(body.mediatorIds), config.baseUrl);
        } catch (err) {
          return showRequest(req, reply, { offer: fieldErrors(err) }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/requests/${idOf(req)}`, "mediation.notice.offered");
      });

      admin.post("/sprachmittlung/requests/:id/cancel", async (req, reply) => {
        const body = formBody(req);
        try {
          const { reason } = parseWith(CancelInput, body);
          await cancel(db, tenantOf(req), idOf(req), "office", reason, scopeOf(req).actor);
        } catch (err) {
          return showRequest(req, reply, { cancel: [formValues(body), fieldErrors(err)] }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/requests/${idOf(req)}`, "mediation.notice.cancelled");
      });

      admin.post("/sprachmittlung/requests/:id/no-show", async (req, reply) => {
        const who = str(formBody(req).who) === "mediator" ? "mediator" : "client";
        try {
          await recordNoShow(db, scopeOf(req), idOf(req), who);
        } catch (err) {
          return showRequest(req, reply, { offer: fieldErrors(err) }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/requests/${idOf(req)}`, "mediation.notice.saved");
      });

      admin.post("/sprachmittlung/requests/:id/unmet", async (req, reply) => {
        try {
          await markUnmet(db, scopeOf(req), idOf(req), str(formBody(req).unmetReason).trim().slice(0, 1000));
        } catch (err) {
          return showRequest(req, reply, { offer: fieldErrors(err) }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/requests/${idOf(req)}`, "mediation.notice.saved");
      });

      admin.post("/sprachmittlung/requests/:id/confirm-hours", async (req, reply) => {
        const r = await getRequest(db, tenantOf(req).id, idOf(req));
        const live = r.jobs.find((j) => j.status === "confirmed");
        try {
          if (!live) throw notFound();
          await confirmHours(db, tenantOf(req), "office", live.id, scopeOf(req).actor);
        } catch (err) {
          return showRequest(req, reply, { offer: fieldErrors(err) }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/requests/${idOf(req)}`, "mediation.notice.saved");
      });

      // Mediators
      admin.get("/sprachmittlung/mediators", async (req, reply) => {
        const items = await listMediators(db, tenantOf(req).id);
        return sendPage(reply, <MediatorsPage ctx={ctxOf(req, reply)} items={items} notice={takeNotice(req, reply)} />);
      });
      const mediatorForm = async (req: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldError[], id: string | null, status = 200) => {
        const m = id ? await getMediator(db, tenantOf(req).id, id) : null;
        const calendarUrl = m ? new URL(`/m/${tenantOf(req).slug}/calendar/${m.calendarToken}.ics`, config.baseUrl).toString() : null;
        return sendPage(reply, <MediatorForm ctx={ctxOf(req, reply)} state={{ values, errors }} id={id} invited={!!m?.userId} calendarUrl={calendarUrl} />, status);
      };
      admin.get("/sprachmittlung/mediators/new", async (req, reply) => mediatorForm(req, reply, { travelMode: "public_transport", maxHoursPerMonth: "20", flags: ["active"] }, [], null));
      admin.get("/sprachmittlung/mediators/:id", async (req, reply) => mediatorForm(req, reply, mediatorToForm(await getMediator(db, tenantOf(req).id, idOf(req))), [], idOf(req)));
      const submitMediator = async (req: FastifyRequest, reply: FastifyReply, id: string | null) => {
        const body = formBody(req);
        if (id) await getMediator(db, tenantOf(req).id, id);
        let saved: string;
        try {
          saved = await saveMediator(db, scopeOf(req), id, parseWith(MediatorInput, mediatorFromForm(body)));
        } catch (err) {
          const errors = fieldErrors(err).map((e) => ({ ...e, field: mediatorFieldName(e.field) }));
          return mediatorForm(req, reply, formValues(body), errors, id, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/mediators/${saved}`, "mediation.notice.saved");
      };
      admin.post("/sprachmittlung/mediators", async (req, reply) => submitMediator(req, reply, null));
      admin.post("/sprachmittlung/mediators/:id", async (req, reply) => submitMediator(req, reply, idOf(req)));
      admin.post("/sprachmittlung/mediators/:id/invite", async (req, reply) => {
        await inviteMediator(db, scopeOf(req), idOf(req));
        return redirectWithNotice(reply, `${base(req)}/mediators/${idOf(req)}`, "mediation.notice.invited");
      });

      // Requesters
      const requestersPage = async (req: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldError[], status = 200) =>
        sendPage(reply, <RequestersPage ctx={ctxOf(req, reply)} items={await listRequesters(db, tenantOf(req).id)} state={{ values, errors }} notice={takeNotice(req, reply)} />, status);
      admin.get("/sprachmittlung/requesters", async (req, reply) => requestersPage(req, reply, { kind: "department", flags: ["active"] }, []));
      admin.post("/sprachmittlung/requesters", async (req, reply) => {
        const body = formBody(req);
        let id: string;
        try {
          id = await saveRequester(db, scopeOf(req), null, parseWith(RequesterInput, { ...body, active: list(body.flags).includes("active") }, req.lang));
        } catch (err) {
          return requestersPage(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/requesters/${id}`, "mediation.notice.saved");
      });
      const requesterPage = async (req: FastifyRequest, reply: FastifyReply, form: [FormValues, FieldError[]] | null, memberForm: [FormValues, FieldError[]] | null, status = 200) => {
        const r = await getRequester(db, tenantOf(req).id, idOf(req));
        const values: FormValues = form?.[0] ?? {
          name: r.name,
          kind: r.kind,
          costCentre: r.costCentre ?? "",
          street: r.street ?? "",
          postcode: r.postcode ?? "",
          city: r.city ?? "",
          email: r.email,
          phone: r.phone ?? "",
          annualBudgetEuro: euro(r.annualBudgetCents),
          flags: r.active ? ["active"] : [],
        };
        return sendPage(
          reply,
          <RequesterPage ctx={ctxOf(req, reply)} id={r.id} state={{ values, errors: form?.[1] ?? [] }} members={await listRequesterMembers(db, r.id)} memberForm={{ values: memberForm?.[0] ?? {}, errors: memberForm?.[1] ?? [] }} notice={takeNotice(req, reply)} />,
          status,
        );
      };
      admin.get("/sprachmittlung/requesters/:id", async (req, reply) => requesterPage(req, reply, null, null));
      admin.post("/sprachmittlung/requesters/:id", async (req, reply) => {
        const body = formBody(req);
        await getRequester(db, tenantOf(req).id, idOf(req));
        try {
          await saveRequester(db, scopeOf(req), idOf(req), parseWith(RequesterInput, { ...body, active: list(body.flags).includes("active") }, req.lang));
        } catch (err) {
          return requesterPage(req, reply, [formValues(body), fieldErrors(err)], null, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/requesters/${idOf(req)}`, "mediation.notice.saved");
      });
      admin.post("/sprachmittlung/requesters/:id/members", async (req, reply) => {
        const body = formBody(req);
        const name = str(body.memberName).trim();
        const email = str(body.memberEmail).trim().toLowerCase();
        const errors: FieldError[] = [];
        if (!name) errors.push({ field: "memberName", key: "validation.required" });
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push({ field: "memberEmail", key: email ? "validation.email" : "validation.required" });
        if (errors.length) return requesterPage(req, reply, null, [formValues(body), errors], 422);
        await addRequesterMember(db, scopeOf(req), idOf(req), email, name.slice(0, 120));
        return redirectWithNotice(reply, `${base(req)}/requesters/${idOf(req)}`, "mediation.notice.memberAdded");
      });

      // Plan the week: every approved request of a week at once, then offers as planned
      /** The week asked for (any day of it), next week when none or no date. */
      const weekAsked = (req: FastifyRequest, raw?: string) => {
        const v = raw ?? str((req.query as { week?: string }).week);
        return mondayOf(isDate(v) ? v : wallOf(new Date(Date.now() + 7 * 86_400_000)).date);
      };
      // The week's plan as kept: showing it plans nothing; planning is the button's POST below.
      admin.get("/sprachmittlung/plan", async (req, reply) => {
        // The click on "plan the week" follows: its planning thread gets ready meanwhile (once).
        warmUpPlanning().catch((err: unknown) => req.log.warn({ err }, "the planning thread could not be warmed up"));
        const monday = weekAsked(req);
        const run = await planRun(db, tenantOf(req).id, monday, config.planTimeLimitSeconds);
        return sendPage(reply, <PlanPage ctx={ctxOf(req, reply)} monday={monday} run={run} rows={run ? plannedRows(run) : []} notice={takeNotice(req, reply)} />);
      });
      // Plans the week and keeps the plan; answered with the first plan (QUICK_PLAN_SECONDS), which a plan
      // with the whole time limit replaces behind the page when the first is not proven optimal.
      admin.post("/sprachmittlung/plan/run", async (req, reply) => {
        const monday = weekAsked(req, str(formBody(req).week));
        const done = await planAndKeep(db, scopeOf(req), monday, config.planTimeLimitSeconds);
        const url = `${base(req)}/plan?week=${monday}`;
        if (done.outcome === "failed") req.log.error({ err: done.error, week: monday }, "plan the week failed");
        else req.log.info({ week: monday, outcome: done.outcome }, "plan the week");
        if (done.outcome === "planned") {
          planning.add(done.stop);
          void done.settled
            .catch((err: unknown) => req.log.error({ err, week: monday }, "plan the week: keeping the plan of the whole time limit failed"))
            .finally(() => planning.delete(done.stop));
        }
        // Running elsewhere, or failed: the page says so.
        return done.outcome === "planned" ? redirectWithNotice(reply, url, "mediation.notice.planned") : reply.redirect(url, 303);
      });
      admin.post("/sprachmittlung/plan", async (req, reply) => {
        const body = formBody(req);
        let sent = 0;
        for (const triple of list(body.assignment)) {
          const [requestId = "", mediatorId = "", rank = "0"] = triple.split(":");
          try {
            sent += (await sendOffers(db, scopeOf(req), requestId, Number(rank) || 0, [mediatorId], config.baseUrl)).length;
          } catch (err) {
            // A request decided or offered meanwhile is skipped; the plan page shows what is still open.
            if (!isAppError(err)) throw err;
          }
        }
        req.log.info({ sent }, "plan offers sent");
        return redirectWithNotice(reply, `${base(req)}/plan?week=${weekAsked(req, str(body.week))}`, "mediation.notice.planOffered");
      });

      // Statements and exports of a month
      admin.get("/sprachmittlung/statements", async (req, reply) => {
        const tenant = tenantOf(req);
        const month = monthParam(req);
        const [pool, reqs, allocation] = await Promise.all([listMediators(db, tenant.id), listRequesters(db, tenant.id), costAllocation(db, tenant.id, month)]);
        return sendPage(reply, <StatementsPage ctx={ctxOf(req, reply)} month={month} mediators={pool} requesters={reqs} allocation={allocation} />);
      });
      admin.get("/sprachmittlung/statements/mediators/:id", async (req, reply) =>
        sendStatementPdf(reply, await mediatorStatement(db, tenantOf(req).id, idOf(req), monthParam(req)), tenantOf(req).name, req.lang),
      );
      admin.get("/sprachmittlung/statements/requesters/:id", async (req, reply) =>
        sendStatementPdf(reply, await requesterStatement(db, tenantOf(req).id, idOf(req), monthParam(req)), tenantOf(req).name, req.lang),
      );
      admin.get("/sprachmittlung/statements/export.csv", async (req, reply) => {
        const month = monthParam(req);
        return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="sprachmittlung-${month}.csv"`).send(linesCsv(await monthLines(db, tenantOf(req).id, month)));
      });
      admin.get("/sprachmittlung/statements/export.xlsx", async (req, reply) => {
        const month = monthParam(req);
        return reply
          .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .header("content-disposition", `attachment; filename="sprachmittlung-${month}.xlsx"`)
          .send(await linesXlsx(await monthLines(db, tenantOf(req).id, month)));
      });

      // Reports: deployments and hours by language, requester, month and topic; outcomes; lead times
      admin.get("/sprachmittlung/reports", async (req, reply) => {
        const tenant = tenantOf(req);
        const q = req.query as { from?: string; to?: string };
        const today = wallOf(new Date()).date;
        const isDay = (v: string | undefined): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
        const from = isDay(q.from) ? q.from : `${today.slice(0, 4)}-01-01`;
        const to = isDay(q.to) && q.to >= from ? q.to : `${today.slice(0, 4)}-12-31`;
        const filter = { from: instantOf(from, 0), to: new Date(instantOf(to, 0).getTime() + 86_400_000) };
        const [language, requester, month, topic, outcomes, lead] = await Promise.all([
          deploymentsBy(db, tenant.id, filter, "language"),
          deploymentsBy(db, tenant.id, filter, "requester"),
          deploymentsBy(db, tenant.id, filter, "month"),
          deploymentsBy(db, tenant.id, filter, "topic"),
          requestOutcomes(db, tenant.id, filter),
          leadTimes(db, tenant.id, filter),
        ]);
        return sendPage(reply, <ReportsPage ctx={ctxOf(req, reply)} from={from} to={to} by={{ language, requester, month, topic }} outcomes={outcomes} lead={lead} />);
      });

      // Criteria, rates, public text
      admin.get("/sprachmittlung/settings", async (req, reply) =>
        sendPage(reply, <SettingsPage ctx={ctxOf(req, reply)} state={{ values: settingsToForm(await loadSettings(db, tenantOf(req).id)), errors: [] }} notice={takeNotice(req, reply)} />),
      );
      admin.post("/sprachmittlung/settings", async (req, reply) => {
        const body = formBody(req);
        let settings: Settings;
        try {
          settings = settingsFromForm(body);
        } catch (err) {
          return sendPage(reply, <SettingsPage ctx={ctxOf(req, reply)} state={{ values: formValues(body), errors: (err as { fields: FieldError[] }).fields }} notice={null} />, 422);
        }
        await saveSettings(db, scopeOf(req), settings);
        return redirectWithNotice(reply, `${base(req)}/settings`, "mediation.notice.saved");
      });
    }),
    { prefix: "/admin/:tenant" },
  );

  // -------------------------------------------------------------------------
  // Requester portal: only the institutions the person belongs to

  await app.register(
    portal("requester", async (p) => {
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req), area: "portal" });
      const base = (req: FastifyRequest) => `/portal/${tenantOf(req).slug}/sprachmittlung`;
      const mine = async (req: FastifyRequest) => requestersOfUser(db, tenantOf(req).id, req.user!.id);
      /** A request of one of the person's institutions, else "not found". */
      const ownRequest = async (req: FastifyRequest) => {
        const r = await getRequest(db, tenantOf(req).id, idOf(req));
        if (!(await mine(req)).some((x) => x.id === r.requesterId)) throw notFound();
        return r;
      };

      p.get("/sprachmittlung", async (req, reply) => {
        const ids = (await mine(req)).map((r) => r.id);
        const page = pageOf((req.query as { page?: string }).page);
        const list = ids.length ? await listRequests(db, tenantOf(req).id, { requesterIds: ids }, { offset: (page - 1) * REQUESTS_PER_PAGE }) : { items: [], total: 0 };
        return sendPage(reply, <RequesterHome ctx={ctxOf(req, reply)} list={list} page={page} perPage={REQUESTS_PER_PAGE} notice={takeNotice(req, reply)} />);
      });
      const form = async (req: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldError[], status = 200) => {
        const tenant = tenantOf(req);
        const [requesters, settings, pool] = await Promise.all([mine(req), loadSettings(db, tenant.id), poolLanguages(db, tenant.id)]);
        if (requesters.length === 0) throw notFound();
        const topics = (TOPICS as readonly Topic[]).filter((k) => !settings.criteria.excludedTopics.includes(k) || settings.criteria.topics.includes(k));
        // Pool languages first; any other language may still be asked for (the office then looks for someone).
        const languages = [...new Set([...pool, ...COMMON_LANGUAGES])];
        return sendPage(reply, <RequestForm ctx={ctxOf(req, reply)} state={{ values, errors }} requesters={requesters} languages={languages} topics={topics} />, status);
      };
      p.get("/sprachmittlung/new", async (req, reply) => {
        const [first] = await mine(req);
        return form(req, reply, { minutes: "60", participants: "1", mode: "on_site", urgency: "normal", street: first?.street ?? "", postcode: first?.postcode ?? "", city: first?.city ?? "" }, []);
      });
      p.post("/sprachmittlung", async (req, reply) => {
        const body = formBody(req);
        const values = { ...body, clientConsent: list(body.clientConsent).includes("on") };
        let created: { id: string };
        try {
          const allowed = (await mine(req)).map((r) => r.id);
          created = await createRequest(db, scopeOf(req), parseWith(RequestInput, values), { allowedRequesters: allowed });
        } catch (err) {
          return form(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/${created.id}`, "mediation.notice.requested");
      });
      const show = async (req: FastifyRequest, reply: FastifyReply, cancelForm: [FormValues, FieldError[]] | null, status = 200) => {
        const r = await ownRequest(req);
        const terms = await cancellationTermsOf(db, tenantOf(req).id, r);
        return sendPage(reply, <RequesterRequestPage ctx={ctxOf(req, reply)} r={r} terms={terms} cancelForm={{ values: cancelForm?.[0] ?? {}, errors: cancelForm?.[1] ?? [] }} notice={takeNotice(req, reply)} />, status);
      };
      p.get("/sprachmittlung/:id", async (req, reply) => show(req, reply, null));
      p.get("/sprachmittlung/statement", async (req, reply) => {
        const [first] = await mine(req);
        if (!first) throw notFound();
        const wanted = str((req.query as { requester?: string }).requester);
        const requester = (await mine(req)).find((r) => r.id === wanted) ?? first;
        return sendStatementPdf(reply, await requesterStatement(db, tenantOf(req).id, requester.id, monthParam(req)), tenantOf(req).name, req.lang);
      });
      p.post("/sprachmittlung/:id/confirm", async (req, reply) => {
        const r = await ownRequest(req);
        try {
          await confirmHours(db, tenantOf(req), [r.requesterId], str(formBody(req).jobId), scopeOf(req).actor);
        } catch (err) {
          return show(req, reply, [{}, fieldErrors(err)], 409);
        }
        return redirectWithNotice(reply, `${base(req)}/${r.id}`, "mediation.notice.hoursConfirmed");
      });
      p.post("/sprachmittlung/:id/cancel", async (req, reply) => {
        const body = formBody(req);
        const r = await ownRequest(req);
        try {
          const { reason } = parseWith(CancelInput, body);
          await cancel(db, tenantOf(req), r.id, "requester", reason, scopeOf(req).actor);
        } catch (err) {
          return show(req, reply, [formValues(body), fieldErrors(err)], 422);
        }
        return redirectWithNotice(reply, `${base(req)}/${r.id}`, "mediation.notice.cancelled");
      });
    }),
    { prefix: "/portal/:tenant" },
  );

  // -------------------------------------------------------------------------
  // Mediator portal: only the person's own offers and jobs

  await app.register(
    portal("mediator", async (p) => {
      const base = (req: FastifyRequest) => `/portal/${tenantOf(req).slug}/einsaetze`;
      const me = async (req: FastifyRequest) => {
        const m = await mediatorOfUser(db, tenantOf(req).id, req.user!.id);
        if (!m) throw notFound();
        return m;
      };
      const home = async (req: FastifyRequest, reply: FastifyReply, errors: FieldError[] = [], status = 200, absenceForm: [FormValues, FieldError[]] = [{}, []]) => {
        const m = await me(req);
        const now = new Date();
        const [offers, all, minutes, absent] = await Promise.all([openOffersOf(db, m.id), jobsOf(db, m.id), minutesInMonth(db, m.id, now), absencesOf(db, m.id, now)]);
        const toReport = all.filter((j) => j.status === "confirmed" && j.startsAt <= now && !j.reportedAt);
        const upcoming = all.filter((j) => j.endsAt >= now && j.status === "confirmed" && !toReport.includes(j));
        const past = all.filter((j) => !upcoming.includes(j) && !toReport.includes(j)).reverse();
        const calendarUrl = new URL(`/m/${tenantOf(req).slug}/calendar/${m.calendarToken}.ics`, config.baseUrl).toString();
        return sendPage(
          reply,
          <MediatorHome ctx={pageContext(req, reply, { tenant: tenantOf(req), area: "portal" })} offers={offers} toReport={toReport} upcoming={upcoming} absences={absent} absenceForm={{ values: absenceForm[0], errors: absenceForm[1] }} past={past} minutesThisMonth={minutes} maxMinutes={m.maxMinutesPerMonth} calendarUrl={calendarUrl} notice={takeNotice(req, reply)} errors={{ values: {}, errors }} />,
          status,
        );
      };
      p.get("/einsaetze", async (req, reply) => home(req, reply));
      p.get("/einsaetze/statement", async (req, reply) => {
        const m = await me(req);
        return sendStatementPdf(reply, await mediatorStatement(db, tenantOf(req).id, m.id, monthParam(req)), tenantOf(req).name, req.lang);
      });
      p.post("/einsaetze/absences", async (req, reply) => {
        const m = await me(req);
        const body = formBody(req);
        try {
          await addAbsence(db, tenantOf(req), m.id, parseWith(AbsenceInput, body), scopeOf(req).actor);
        } catch (err) {
          return home(req, reply, [], 422, [formValues(body), fieldErrors(err)]);
        }
        return redirectWithNotice(reply, base(req), "mediation.notice.saved");
      });
      p.post("/einsaetze/absences/:id/delete", async (req, reply) => {
        const m = await me(req);
        await removeAbsence(db, tenantOf(req), m.id, idOf(req), scopeOf(req).actor);
        return redirectWithNotice(reply, base(req), "mediation.notice.saved");
      });
      p.post("/einsaetze/jobs/:id/cancel", async (req, reply) => {
        const m = await me(req);
        const job = (await jobsOf(db, m.id)).find((j) => j.jobId === idOf(req));
        if (!job) throw notFound();
        try {
          const { reason } = parseWith(CancelInput, formBody(req));
          await cancel(db, tenantOf(req), job.requestId, "mediator", reason, scopeOf(req).actor);
        } catch (err) {
          return home(req, reply, fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, base(req), "mediation.notice.jobCancelled");
      });
      p.post("/einsaetze/jobs/:id/hours", async (req, reply) => {
        const m = await me(req);
        try {
          await reportHours(db, tenantOf(req), m.id, idOf(req), parseWith(TimesheetInput, formBody(req), req.lang), scopeOf(req).actor);
        } catch (err) {
          return home(req, reply, fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, base(req), "mediation.notice.hoursReported");
      });
      for (const action of ["accept", "decline"] as const) {
        p.post(`/einsaetze/offers/:id/${action}`, async (req, reply) => {
          const m = await me(req);
          try {
            await answerOffer(db, tenantOf(req), idOf(req), m.id, action === "accept" ? { accept: true } : { accept: false, reason: str(formBody(req).reason).slice(0, 500) }, scopeOf(req).actor);
          } catch (err) {
            return home(req, reply, fieldErrors(err), 409);
          }
          return redirectWithNotice(reply, base(req), action === "accept" ? "mediation.notice.accepted" : "mediation.notice.declined");
        });
      }
    }),
    { prefix: "/portal/:tenant" },
  );

  // -------------------------------------------------------------------------
  // Signed e-mail links: accept or decline an offer without signing in

  await app.register(
    publicTenant(async (m) => {
      const page = async (req: FastifyRequest, reply: FastifyReply, secret: string, errors: FieldError[] = [], status = 200) => {
        const tenant = tenantOf(req);
        const o = await offerByToken(db, tenant.id, idOf(req), secret);
        return sendPage(reply, <OfferLinkPage ctx={pageContext(req, reply, { tenant })} offer={await offerSummary(db, tenant.id, o.id)} status={o.status} token={secret} errors={{ values: {}, errors }} />, status);
      };
      // The mediator's private calendar feed: the secret in the URL is the only key, so no caching, no referrer.
      m.get("/calendar/:file", async (req, reply) => {
        const file = (req.params as { file: string }).file;
        const ics = file.endsWith(".ics") ? await mediatorCalendar(db, tenantOf(req).id, file.slice(0, -4), config.baseUrl) : null;
        if (!ics) throw notFound();
        return reply.type("text/calendar; charset=utf-8").header("cache-control", "private, no-store").header("referrer-policy", "no-referrer").send(ics);
      });
      m.get("/offers/:id", async (req, reply) => page(req, reply, str((req.query as { token?: string }).token)));
      for (const action of ["accept", "decline"] as const) {
        m.post(`/offers/:id/${action}`, async (req, reply) => {
          const tenant = tenantOf(req);
          const secret = str(formBody(req).token);
          const o = await offerByToken(db, tenant.id, idOf(req), secret);
          try {
            await answerOffer(db, tenant, o.id, o.mediatorId, action === "accept" ? { accept: true } : { accept: false, reason: "" }, { id: null, label: `mediator ${o.mediatorId} (e-mail link)` });
          } catch (err) {
            return page(req, reply, secret, fieldErrors(err), 409);
          }
          return page(req, reply, secret);
        });
      }
    }),
    { prefix: "/m/:tenant" },
  );

  // -------------------------------------------------------------------------
  // JSON API: the public facts, and the back office's requests and figures (OpenAPI at /api/openapi.json)

  const tags = ["Sprachmittlung"];
  await app.register(
    publicTenant(async (api) => {
      api.withTypeProvider<ZodTypeProvider>().get(
        "/sprachmittlung",
        {
          schema: {
            tags,
            summary: "What the language mediation of a municipality offers: languages of the pool, who may request, covered and excluded topics",
            response: { 200: z.object({ languages: z.array(z.string()), requesterKinds: z.array(z.string()), topics: z.array(z.string()), excludedTopics: z.array(z.string()), minLeadHours: z.number(), contactEmail: z.string().nullable() }) },
          },
        },
        async (req) => {
          const tenant = tenantOf(req);
          const [settings, languages] = await Promise.all([loadSettings(db, tenant.id), poolLanguages(db, tenant.id)]);
          const c = settings.criteria;
          return { languages, requesterKinds: c.requesterKinds, topics: c.topics.filter((k) => !c.excludedTopics.includes(k)), excludedTopics: c.excludedTopics, minLeadHours: c.minLeadHours, contactEmail: settings.contactEmail };
        },
      );
    }),
    { prefix: "/api/v1/:tenant" },
  );

  await app.register(
    backOffice(async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      const Item = z.object({ id: z.string(), reference: z.string(), status: z.string(), language: z.string(), topic: z.string(), mode: z.string(), requester: z.string(), startsAt: z.date(), minutes: z.number(), outcome: z.string(), mediator: z.string().nullable(), urgency: z.string() });
      typed.get(
        "/sprachmittlung/requests",
        {
          schema: {
            tags,
            summary: "Requests of the tenant (staff): the open ones first (soonest first), then the others (latest first); a page of them, with how many match in the header X-Total-Count",
            querystring: z.object({
              status: z.enum(REQUEST_STATUSES).optional(),
              language: z.string().regex(/^[a-z]{2,3}$/).optional(),
              q: z.string().trim().max(100).optional().describe("part of the reference or of the requester's name"),
              limit: z.coerce.number().int().min(1).max(500).default(REQUESTS_PER_PAGE),
              offset: z.coerce.number().int().min(0).default(0),
            }),
            response: { 200: z.array(Item) },
          },
        },
        async (req, reply) => {
          const { status, language, q, limit, offset } = req.query;
          const list = await listRequests(db, tenantOf(req).id, { status, language, text: q || undefined }, { limit, offset });
          void reply.header("x-total-count", list.total);
          return list.items;
        },
      );
      typed.get(
        "/sprachmittlung/requests/:id",
        { schema: { tags, summary: "One request with its assessment, slots, offers and jobs (staff)", params: z.object({ tenant: z.string(), id: z.string() }) } },
        async (req) => {
          const r = await getRequest(db, tenantOf(req).id, req.params.id);
          return { ...r, requester: { id: r.requester.id, name: r.requester.name, kind: r.requester.kind, costCentre: r.requester.costCentre } };
        },
      );
      const Planned = z.object({
        requestId: z.string(),
        reference: z.string(),
        language: z.string(),
        mediatorId: z.string(),
        mediator: z.string().nullable(),
        slotRank: z.number().int(),
        startsAt: z.date(),
        minutes: z.number().int(),
        status: z.enum(REQUEST_STATUSES),
      });
      typed.get(
        "/sprachmittlung/plan",
        {
          schema: {
            tags,
            summary:
              "The kept plan of a week ('plan the week'; staff): null when never planned; while 'running', the first plan (or none yet) and when the run ends at the latest; each planned request with its status now (still 'approved' = open to offer); what is proven of a plan cut short",
            querystring: z.object({ week: z.string().refine(isDate, "YYYY-MM-DD").describe("any day of the week").transform(mondayOf) }),
            response: {
              200: z.object({
                week: z.string(),
                run: z
                  .object({
                    status: z.enum(["running", "done", "failed"]),
                    startedAt: z.date(),
                    finishedAt: z.date().nullable(),
                    until: z.date(),
                    notPlanned: z.number().int(),
                    plan: z
                      .object({
                        optimal: z.boolean(),
                        objective: z.object({ covered: z.number(), maxLoadMinutes: z.number(), cost: z.number(), travelMinutes: z.number(), genderMisses: z.number() }),
                        bounds: z.object({ covered: z.number(), maxLoadMinutes: z.number() }),
                        requests: z.number().int(),
                        assignments: z.array(Planned),
                        unassigned: z.array(z.object({ requestId: z.string(), reference: z.string(), language: z.string() })),
                      })
                      .nullable(),
                  })
                  .nullable(),
              }),
            },
          },
        },
        async (req) => {
          const week = req.query.week;
          const run = await planRun(db, tenantOf(req).id, week, config.planTimeLimitSeconds);
          if (!run) return { week, run: null };
          const { plan } = run;
          return {
            week,
            run: {
              status: run.status,
              startedAt: run.startedAt,
              finishedAt: run.finishedAt,
              until: run.until,
              notPlanned: run.notPlanned,
              plan: plan && {
                optimal: plan.optimal,
                objective: plan.objective,
                bounds: plan.bounds,
                requests: plan.requests.size,
                assignments: plannedRows(run),
                unassigned: plan.unassigned.flatMap((id) => {
                  const r = plan.requests.get(id);
                  return r ? [{ requestId: id, reference: r.reference, language: r.language }] : [];
                }),
              },
            },
          };
        },
      );
      typed.get(
        "/sprachmittlung/counts/:year",
        {
          schema: {
            tags,
            summary: "The year's figures for the integration report: requests, deployments, hours, languages, declined and unmet",
            params: z.object({ tenant: z.string(), year: z.coerce.number().int().min(2000).max(2100) }),
          },
        },
        async (req) => mediationCounts(db, tenantOf(req).id, req.params.year),
      );
    }),
    { prefix: "/api/v1/admin/:tenant" },
  );
}
