/**
 * Strategy over HTTP: the back office (/admin/:tenant/strategie: questionnaires,
 * rounds with links and results, workshops, the Handlungskonzept, the
 * inventory of offers), the public pages (answering through a personal link,
 * voting in a workshop, the Handlungskonzept) and the JSON API.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { isAppError, notFound, type FieldError } from "../../core/errors.ts";
import { formBody, pageContext, parseWith, redirectWithNotice, sendPage, takeNotice } from "../../core/http.ts";
import { isLocale, LOCALES, type Locale } from "../../core/i18n.ts";
import { backOffice, publicTenant, tenantOf } from "../../core/scopes.ts";
import { sheetCsv, sheetXlsx, type Sheet } from "../../core/sheets.ts";
import { listTowns } from "../../core/tenancy.ts";
import { loadTranslations, localized, saveTranslation, stateOf, type StoredTranslation } from "../../core/translations.ts";
import { audit } from "../../core/audit.ts";
import type { FormValues } from "../../web/form.tsx";
import { TranslatePage } from "../../web/translate.tsx";
import { offerCounts } from "../directory/counts.ts";
import { formValuesOf, parseAreaForm, rawValuesOf } from "./answers.ts";
import { textIn, type Definition, type LocalText } from "./model.ts";
import {
  copyQuestionnaire,
  deleteArea,
  deleteQuestion,
  listQuestionnaires,
  moveQuestion,
  readableQuestionnaire,
  saveArea,
  saveMeta,
  saveQuestion,
  saveTranslations,
  setArchived,
  textSlots,
  type Scope,
} from "./questionnaires.ts";
import { addLinks, areaTitles, createRound, getRound, linkToken, listLinks, listRounds, respondentOf, respondentPath, resultRounds, roundResults, saveAnswers, setRoundStatus, type Respondent } from "./rounds.ts";
import { answeredCount } from "./scoring.ts";
import { addNote, createPlan, currentPlan, deleteNode, getField, getGoal, getMeasure, getPlan, listPlans, measureCounts, openPlans, planOfGoal, planTree, saveField, saveGoal, saveMeasure, updatePlan, type PlanTree } from "./plans.ts";
import { addItem, adoptAsGoals, castVotes, createWorkshop, getWorkshop, listWorkshops, newParticipant, openWorkshopByCode, participants, removeItem, setWorkshopStatus, tally, votesOf } from "./workshops.ts";
import { AdoptInput, AreaInput, BallotInput, FieldInput, GoalInput, ItemInput, LinksInput, MeasureInput, MetaInput, NoteInput, PlanInput, PlanUpdateInput, QuestionInput, RoundInput, WorkshopInput } from "./validation.ts";
import { AreaFormPage, MetaFormPage, OverviewPage, QuestionFormPage, QuestionnairePage } from "./views/admin.tsx";
import { PresentationPage, ResultsPage, RoundFormPage, RoundPage, RoundsPage } from "./views/rounds.tsx";
import { LivePage, WorkshopFormPage, WorkshopPage, WorkshopsPage } from "./views/workshops.tsx";
import { FieldFormPage, GoalFormPage, InventoryPage, MeasureFormPage, PlanFormPage, PlanPage, PlansPage, type InventoryRow } from "./views/plans.tsx";
import { monitoringRoutes } from "./routes-monitoring.tsx";
import { publishedYears } from "./report.ts";
import { BallotPage, JoinPage, PublicPlanPage, RespondentAreaPage, RespondentStartPage, type RespondentView } from "./views/public.tsx";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PARTICIPANT_COOKIE = "st_participant";

const scopeOf = (req: FastifyRequest): Scope => ({ tenant: tenantOf(req), actor: { id: req.user!.id, label: req.user!.email } });
const param = (req: FastifyRequest, name: string) => (req.params as Record<string, string>)[name] ?? "";
const formValues = (body: Record<string, unknown>): FormValues => Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v ?? "")]));

/** Field errors of a failed write, or rethrow (not found, forbidden … go to the error page). */
function fieldErrors(err: unknown): FieldError[] {
  if (isAppError(err) && err.fields.length) return err.fields;
  throw err;
}

const de = (t: LocalText | undefined) => t?.de ?? "";

/** A field, goal or measure's translatable texts, addressed as "<kind>.<id>.<field>". */
const textSlotsOf = (kind: "field" | "goal" | "measure", row: { id: string; title: string; description: string }) =>
  (["title", "description"] as const).filter((field) => row[field].trim() !== "").map((field) => ({ kind, id: row.id, field, german: row[field], path: `${kind}.${row.id}.${field}` }));

export async function strategyModule(app: FastifyInstance) {
  const { db, config } = app;
  await app.register(monitoringRoutes);

  // ---------------------------------------------------------------------------
  // Back office

  await app.register(
    backOffice(async (admin) => {
      const base = (req: FastifyRequest) => `/admin/${tenantOf(req).slug}/strategie`;
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req), area: "admin" });

      admin.get("/strategie", async (req, reply) => {
        const tenant = tenantOf(req);
        const [questionnaires, rounds, workshops, plans] = await Promise.all([listQuestionnaires(db, tenant), listRounds(db, tenant.id), listWorkshops(db, tenant.id), listPlans(db, tenant.id)]);
        return sendPage(reply, <OverviewPage ctx={ctxOf(req, reply)} questionnaires={questionnaires} rounds={rounds} workshops={workshops} plans={plans} notice={takeNotice(req, reply)} />);
      });

      // --- Questionnaires -----------------------------------------------------

      const qBase = (req: FastifyRequest) => `${base(req)}/fragebogen/${param(req, "id")}`;

      admin.get("/strategie/fragebogen/:id", async (req, reply) => {
        const tenant = tenantOf(req);
        const q = await readableQuestionnaire(db, tenant, param(req, "id"));
        const translation: Record<string, { missing: number; outdated: number }> = {};
        const slots = textSlots(q);
        for (const lang of LOCALES.filter((l) => l !== "de")) {
          const states = slots.map((s) => textIn(s.text, lang).state);
          translation[lang] = { missing: states.filter((s) => s === "missing").length, outdated: states.filter((s) => s === "outdated").length };
        }
        return sendPage(reply, <QuestionnairePage ctx={ctxOf(req, reply)} q={q} own={q.tenantId === tenant.id} translation={translation} notice={takeNotice(req, reply)} />);
      });

      admin.post("/strategie/fragebogen/:id/kopieren", async (req, reply) => {
        const id = await copyQuestionnaire(db, scopeOf(req), param(req, "id"));
        return redirectWithNotice(reply, `${base(req)}/fragebogen/${id}`, "strategy.notice.copied");
      });

      for (const [path, archived] of [["archivieren", true], ["wiederherstellen", false]] as const) {
        admin.post(`/strategie/fragebogen/:id/${path}`, async (req, reply) => {
          await setArchived(db, scopeOf(req), param(req, "id"), Number(formBody(req).version), archived);
          return redirectWithNotice(reply, qBase(req), "strategy.notice.saved");
        });
      }

      /** Only the tenant's own questionnaires are edited; a Land template answers 404 here. */
      const ownQuestionnaire = async (req: FastifyRequest) => {
        const q = await readableQuestionnaire(db, tenantOf(req), param(req, "id"));
        if (q.tenantId !== tenantOf(req).id) throw notFound();
        return q;
      };

      admin.get("/strategie/fragebogen/:id/bearbeiten", async (req, reply) => {
        const q = await ownQuestionnaire(req);
        return sendPage(reply, <MetaFormPage ctx={ctxOf(req, reply)} id={q.id} form={{ values: { title: de(q.title), description: de(q.description), version: String(q.version) }, errors: [] }} />);
      });
      admin.post("/strategie/fragebogen/:id/bearbeiten", async (req, reply) => {
        const q = await ownQuestionnaire(req);
        const body = formBody(req);
        try {
          const input = parseWith(MetaInput, body);
          await saveMeta(db, scopeOf(req), q.id, input.version, input);
        } catch (err) {
          return sendPage(reply, <MetaFormPage ctx={ctxOf(req, reply)} id={q.id} form={{ values: formValues(body), errors: fieldErrors(err) }} />, 422);
        }
        return redirectWithNotice(reply, qBase(req), "strategy.notice.saved");
      });

      const areaValues = (q: Awaited<ReturnType<typeof ownQuestionnaire>>, key: string | null): FormValues => {
        const a = key ? q.definition.areas.find((x) => x.key === key) : undefined;
        if (key && !a) throw notFound();
        const values: FormValues = { title: de(a?.title), intro: de(a?.intro), version: String(q.version) };
        const bands = a?.bands ?? [];
        bands.forEach((b, i) => {
          values[`bandUpTo${i}`] = String(b.upTo);
          values[`bandText${i}`] = b.text.de;
        });
        return values;
      };
      const areaRoute = (editing: boolean) => ({
        get: async (req: FastifyRequest, reply: FastifyReply) => {
          const q = await ownQuestionnaire(req);
          const key = editing ? param(req, "area") : null;
          const area = key ? (q.definition.areas.find((a) => a.key === key) ?? null) : null;
          return sendPage(reply, <AreaFormPage ctx={ctxOf(req, reply)} id={q.id} area={area} form={{ values: areaValues(q, key), errors: [] }} />);
        },
        post: async (req: FastifyRequest, reply: FastifyReply) => {
          const q = await ownQuestionnaire(req);
          const key = editing ? param(req, "area") : null;
          const area = key ? (q.definition.areas.find((a) => a.key === key) ?? null) : null;
          if (key && !area) throw notFound();
          const body = formBody(req);
          try {
            const input = parseWith(AreaInput, body);
            await saveArea(db, scopeOf(req), q.id, input.version, key, input);
          } catch (err) {
            return sendPage(reply, <AreaFormPage ctx={ctxOf(req, reply)} id={q.id} area={area} form={{ values: formValues(body), errors: fieldErrors(err) }} />, 422);
          }
          return redirectWithNotice(reply, qBase(req), "strategy.notice.saved");
        },
      });
      admin.get("/strategie/fragebogen/:id/bereich/neu", areaRoute(false).get);
      admin.post("/strategie/fragebogen/:id/bereich/neu", areaRoute(false).post);
      admin.get("/strategie/fragebogen/:id/bereich/:area", areaRoute(true).get);
      admin.post("/strategie/fragebogen/:id/bereich/:area", areaRoute(true).post);
      admin.post("/strategie/fragebogen/:id/bereich/:area/loeschen", async (req, reply) => {
        const q = await ownQuestionnaire(req);
        await deleteArea(db, scopeOf(req), q.id, Number(formBody(req).version), param(req, "area"));
        return redirectWithNotice(reply, qBase(req), "strategy.notice.deleted");
      });

      const questionValues = (q: Awaited<ReturnType<typeof ownQuestionnaire>>, areaKey: string, key: string | null): FormValues => {
        const area = q.definition.areas.find((a) => a.key === areaKey);
        if (!area) throw notFound();
        const qu = key ? area.questions.find((x) => x.key === key) : undefined;
        if (key && !qu) throw notFound();
        if (!qu) return { type: "scale", weight: "1", dontKnow: "on", version: String(q.version), scaleLabels: "" };
        return {
          type: qu.type,
          text: qu.text.de,
          hint: de(qu.hint),
          required: qu.required ? "on" : "",
          dontKnow: qu.dontKnow ? "on" : "",
          weight: String(qu.weight),
          scaleLabels: (qu.scale?.labels ?? []).map((l) => l.de).join("\n"),
          options: (qu.options ?? []).map((o) => (o.score === null ? o.label.de : `${o.label.de} | ${o.score}`)).join("\n"),
          min: qu.number?.min === undefined ? "" : String(qu.number.min),
          max: qu.number?.max === undefined ? "" : String(qu.number.max),
          unit: de(qu.number?.unit),
          version: String(q.version),
        };
      };
      const questionRoute = (editing: boolean) => ({
        get: async (req: FastifyRequest, reply: FastifyReply) => {
          const q = await ownQuestionnaire(req);
          const key = editing ? param(req, "question") : null;
          return sendPage(reply, <QuestionFormPage ctx={ctxOf(req, reply)} id={q.id} areaKey={param(req, "area")} questionKey={key} form={{ values: questionValues(q, param(req, "area"), key), errors: [] }} />);
        },
        post: async (req: FastifyRequest, reply: FastifyReply) => {
          const q = await ownQuestionnaire(req);
          const key = editing ? param(req, "question") : null;
          questionValues(q, param(req, "area"), key);
          const body = formBody(req);
          try {
            const input = parseWith(QuestionInput, body);
            await saveQuestion(db, scopeOf(req), q.id, input.version, param(req, "area"), key, input);
          } catch (err) {
            return sendPage(reply, <QuestionFormPage ctx={ctxOf(req, reply)} id={q.id} areaKey={param(req, "area")} questionKey={key} form={{ values: formValues(body), errors: fieldErrors(err) }} />, 422);
          }
          return redirectWithNotice(reply, qBase(req), "strategy.notice.saved");
        },
      });
      admin.get("/strategie/fragebogen/:id/bereich/:area/frage/neu", questionRoute(false).get);
      admin.post("/strategie/fragebogen/:id/bereich/:area/frage/neu", questionRoute(false).post);
      admin.get("/strategie/fragebogen/:id/bereich/:area/frage/:question", questionRoute(true).get);
      admin.post("/strategie/fragebogen/:id/bereich/:area/frage/:question", questionRoute(true).post);
      admin.post("/strategie/fragebogen/:id/bereich/:area/frage/:question/loeschen", async (req, reply) => {
        const q = await ownQuestionnaire(req);
        await deleteQuestion(db, scopeOf(req), q.id, Number(formBody(req).version), param(req, "area"), param(req, "question"));
        return redirectWithNotice(reply, qBase(req), "strategy.notice.deleted");
      });
      for (const [path, by] of [["hoch", -1], ["runter", 1]] as const) {
        admin.post(`/strategie/fragebogen/:id/bereich/:area/frage/:question/${path}`, async (req, reply) => {
          const q = await ownQuestionnaire(req);
          try {
            await moveQuestion(db, scopeOf(req), q.id, Number(formBody(req).version), param(req, "area"), param(req, "question"), by);
          } catch (err) {
            if (fieldErrors(err).some((f) => f.key === "strategy.validation.stale")) return redirectWithNotice(reply, qBase(req), "strategy.validation.stale");
          }
          return redirectWithNotice(reply, `${qBase(req)}#area-${param(req, "area")}`, "strategy.notice.saved");
        });
      }

      const translateRoute = async (req: FastifyRequest, reply: FastifyReply, values?: FormValues, errors: FieldError[] = [], status = 200) => {
        const q = await ownQuestionnaire(req);
        const lang = param(req, "lang");
        if (!isLocale(lang) || lang === "de") throw notFound();
        const slots = textSlots(q);
        const shown: FormValues = values ?? Object.fromEntries(slots.map((s) => [s.path, s.text.tr[lang]?.text ?? ""]));
        const kindOf = new Map(slots.map((s) => [s.path, s.kindKey]));
        return sendPage(
          reply,
          <TranslatePage
            ctx={ctxOf(req, reply)}
            name={textIn(q.title, "de").text}
            lang={lang}
            back={qBase(req)}
            hrefFor={(l) => `${qBase(req)}/uebersetzung/${l}`}
            fields={[...slots.map((s) => ({ field: s.path, german: s.text.de, state: textIn(s.text, lang).state, long: s.text.de.length > 120 }))]}
            labelOf={(path) => req.t(kindOf.get(path) ?? "strategy.text.title")}
            state={{ values: shown, errors }}
          />,
          status,
        );
      };
      admin.get("/strategie/fragebogen/:id/uebersetzung/:lang", async (req, reply) => translateRoute(req, reply));
      admin.post("/strategie/fragebogen/:id/uebersetzung/:lang", async (req, reply) => {
        const q = await ownQuestionnaire(req);
        const lang = param(req, "lang");
        if (!isLocale(lang) || lang === "de") throw notFound();
        const body = formBody(req);
        const texts = Object.fromEntries(textSlots(q).flatMap((s) => (typeof body[s.path] === "string" ? [[s.path, (body[s.path] as string).slice(0, 4000)]] : [])));
        try {
          // The page carries no version: translations of other texts are never overwritten, only the ones sent.
          await saveTranslations(db, scopeOf(req), q.id, q.version, lang, texts);
        } catch (err) {
          return translateRoute(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, qBase(req), "strategy.notice.translated");
      });

      // --- Rounds -------------------------------------------------------------

      admin.get("/strategie/runden", async (req, reply) => sendPage(reply, <RoundsPage ctx={ctxOf(req, reply)} rounds={await listRounds(db, tenantOf(req).id)} notice={takeNotice(req, reply)} />));

      const ownQuestionnaires = async (req: FastifyRequest) => (await listQuestionnaires(db, tenantOf(req))).filter((q) => !q.fromLand && !q.archived);
      admin.get("/strategie/runden/neu", async (req, reply) => {
        const chosen = String((req.query as Record<string, unknown>).fragebogen ?? "");
        return sendPage(reply, <RoundFormPage ctx={ctxOf(req, reply)} questionnaires={await ownQuestionnaires(req)} form={{ values: { questionnaireId: chosen, anonymous: "on" }, errors: [] }} />);
      });
      admin.post("/strategie/runden/neu", async (req, reply) => {
        const body = formBody(req);
        let id: string;
        try {
          id = await createRound(db, scopeOf(req), parseWith(RoundInput, body));
        } catch (err) {
          return sendPage(reply, <RoundFormPage ctx={ctxOf(req, reply)} questionnaires={await ownQuestionnaires(req)} form={{ values: formValues(body), errors: fieldErrors(err) }} />, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/runden/${id}`, "strategy.notice.roundCreated");
      });

      const showRound = async (req: FastifyRequest, reply: FastifyReply, values: FormValues = { count: "10", lang: "de" }, errors: FieldError[] = [], status = 200) => {
        const tenant = tenantOf(req);
        const round = await getRound(db, tenant.id, param(req, "id"));
        const q = await readableQuestionnaire(db, tenant, round.questionnaireId);
        const links = await listLinks(db, tenant.id, round.id);
        const tokens = new Map(await Promise.all(links.map(async (l) => [l.id, await linkToken(db, l.id)] as const)));
        const linkUrl = (id: string) => new URL(respondentPath(tenant, "de", tokens.get(id)!), config.baseUrl).toString();
        return sendPage(reply, <RoundPage ctx={ctxOf(req, reply)} round={round} questionnaireTitle={textIn(q.title, req.lang).text} links={links} linkUrl={linkUrl} form={{ values, errors }} notice={takeNotice(req, reply)} />, status);
      };
      admin.get("/strategie/runden/:id", async (req, reply) => showRound(req, reply));
      for (const [path, status] of [["oeffnen", "open"], ["schliessen", "closed"]] as const) {
        admin.post(`/strategie/runden/:id/${path}`, async (req, reply) => {
          try {
            await setRoundStatus(db, scopeOf(req), param(req, "id"), status);
          } catch (err) {
            return showRound(req, reply, {}, fieldErrors(err), 409);
          }
          return redirectWithNotice(reply, `${base(req)}/runden/${param(req, "id")}`, status === "open" ? "strategy.notice.roundOpened" : "strategy.notice.roundClosed");
        });
      }
      admin.post("/strategie/runden/:id/links", async (req, reply) => {
        const body = formBody(req);
        try {
          await addLinks(db, scopeOf(req), param(req, "id"), parseWith(LinksInput, body), config.baseUrl);
        } catch (err) {
          return showRound(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/runden/${param(req, "id")}`, "strategy.notice.linksCreated");
      });
      admin.get("/strategie/runden/:id/links.csv", async (req, reply) => {
        const tenant = tenantOf(req);
        const round = await getRound(db, tenant.id, param(req, "id"));
        const links = await listLinks(db, tenant.id, round.id);
        const t = req.t;
        const sheet: Sheet = {
          name: t("strategy.links.title"),
          header: [t("strategy.links.group"), t("strategy.links.department"), ...(round.anonymous ? [] : [t("strategy.links.person")]), t("strategy.links.state"), t("strategy.links.link")],
          rows: await Promise.all(
            links.map(async (l) => [
              t(`strategy.group.${l.group}`),
              l.department,
              ...(round.anonymous ? [] : [[l.name, l.email].filter(Boolean).join(", ")]),
              t(l.submitted ? "strategy.links.submitted" : l.started ? "strategy.links.started" : "strategy.links.notStarted"),
              new URL(respondentPath(tenant, "de", await linkToken(db, l.id)), config.baseUrl).toString(),
            ]),
          ),
        };
        return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="links-${round.id.slice(0, 8)}.csv"`).header("cache-control", "private, no-store").send(sheetCsv(sheet));
      });
      admin.get("/strategie/runden/:id/ergebnisse", async (req, reply) => sendPage(reply, <ResultsPage ctx={ctxOf(req, reply)} r={await roundResults(db, scopeOf(req), param(req, "id"))} />));
      admin.get("/strategie/runden/:id/ergebnisse.csv", async (req, reply) => {
        const r = await roundResults(db, scopeOf(req), param(req, "id"));
        const t = req.t;
        const titles = areaTitles(r.definition, req.lang);
        const groups = ["all", ...Object.keys(r.submittedByGroup)] as const;
        const rows = r.result.areas.flatMap((a) =>
          groups.map((g) => {
            const s = g === "all" ? a.overall : a.byGroup[g as keyof typeof a.byGroup];
            const shown = s && !("suppressed" in s) ? s : null;
            return [titles.get(a.key) ?? a.key, g === "all" ? t("strategy.results.everyone") : t(`strategy.group.${g}`), shown?.n ?? (s ? s.n : 0), shown?.mean ?? null, shown?.sd ?? null, shown?.min ?? null, shown?.max ?? null];
          }),
        );
        const sheet: Sheet = { name: r.round.title, header: [t("strategy.results.area"), t("strategy.links.group"), t("strategy.results.n"), t("strategy.results.mean"), t("strategy.results.sd"), t("strategy.results.min"), t("strategy.results.max")], rows };
        return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="ergebnisse-${r.round.id.slice(0, 8)}.csv"`).header("cache-control", "private, no-store").send(sheetCsv(sheet));
      });
      admin.get("/strategie/runden/:id/praesentation", async (req, reply) => {
        const r = await roundResults(db, scopeOf(req), param(req, "id"));
        const slide = Math.max(0, Math.min(r.definition.areas.length, Number((req.query as Record<string, unknown>).folie) || 0));
        return sendPage(reply, <PresentationPage ctx={ctxOf(req, reply)} r={r} index={slide} />);
      });

      // --- Workshops ----------------------------------------------------------

      admin.get("/strategie/workshops", async (req, reply) => sendPage(reply, <WorkshopsPage ctx={ctxOf(req, reply)} items={await listWorkshops(db, tenantOf(req).id)} notice={takeNotice(req, reply)} />));
      const workshopForm = async (req: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldError[] = [], status = 200) =>
        sendPage(reply, <WorkshopFormPage ctx={ctxOf(req, reply)} rounds={await resultRounds(db, tenantOf(req).id)} form={{ values, errors }} />, status);
      admin.get("/strategie/workshops/neu", async (req, reply) => workshopForm(req, reply, { votesPerPerson: "3" }));
      admin.post("/strategie/workshops/neu", async (req, reply) => {
        const body = formBody(req);
        let id: string;
        try {
          id = await createWorkshop(db, scopeOf(req), parseWith(WorkshopInput, body));
        } catch (err) {
          return workshopForm(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/workshops/${id}`, "strategy.notice.workshopCreated");
      });

      const workshopAreas = async (req: FastifyRequest, roundId: string | null) => {
        if (!roundId) return [];
        const r = await roundResults(db, scopeOf(req), roundId);
        return r.definition.areas.map((a) => ({ key: a.key, title: textIn(a.title, req.lang).text }));
      };
      const joinUrl = (req: FastifyRequest) => new URL(`/${tenantOf(req).slug}/${req.lang}/mitmachen`, config.baseUrl).toString();
      const showWorkshop = async (req: FastifyRequest, reply: FastifyReply, forms: { item?: { values: FormValues; errors: FieldError[] }; adopt?: { values: FormValues; errors: FieldError[] } } = {}, status = 200) => {
        const tenant = tenantOf(req);
        const w = await getWorkshop(db, tenant.id, param(req, "id"));
        const [areas, items, voters, plans] = await Promise.all([workshopAreas(req, w.roundId), tally(db, w.id), participants(db, w.id), openPlans(db, tenant.id)]);
        return sendPage(
          reply,
          <WorkshopPage
            ctx={ctxOf(req, reply)}
            workshop={w}
            joinUrl={joinUrl(req)}
            areas={areas}
            items={items}
            voters={voters}
            plans={plans}
            itemForm={forms.item ?? { values: {}, errors: [] }}
            adoptForm={forms.adopt ?? { values: {}, errors: [] }}
            notice={takeNotice(req, reply)}
          />,
          status,
        );
      };
      admin.get("/strategie/workshops/:id", async (req, reply) => showWorkshop(req, reply));
      admin.get("/strategie/workshops/:id/live", async (req, reply) => {
        const tenant = tenantOf(req);
        const w = await getWorkshop(db, tenant.id, param(req, "id"));
        const [areas, items, voters] = await Promise.all([workshopAreas(req, w.roundId), tally(db, w.id), participants(db, w.id)]);
        return sendPage(reply, <LivePage ctx={ctxOf(req, reply)} workshop={w} joinUrl={joinUrl(req)} items={items} voters={voters} areas={areas} />);
      });
      for (const [path, status] of [["schliessen", "closed"], ["oeffnen", "open"]] as const) {
        admin.post(`/strategie/workshops/:id/${path}`, async (req, reply) => {
          await setWorkshopStatus(db, scopeOf(req), param(req, "id"), status);
          return redirectWithNotice(reply, `${base(req)}/workshops/${param(req, "id")}`, "strategy.notice.saved");
        });
      }
      admin.post("/strategie/workshops/:id/punkte", async (req, reply) => {
        const body = formBody(req);
        try {
          await addItem(db, scopeOf(req), param(req, "id"), parseWith(ItemInput, body));
        } catch (err) {
          return showWorkshop(req, reply, { item: { values: formValues(body), errors: fieldErrors(err) } }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/workshops/${param(req, "id")}`, "strategy.notice.saved");
      });
      admin.post("/strategie/workshops/:id/punkte/:item/loeschen", async (req, reply) => {
        await removeItem(db, scopeOf(req), param(req, "id"), param(req, "item"));
        return redirectWithNotice(reply, `${base(req)}/workshops/${param(req, "id")}`, "strategy.notice.deleted");
      });
      admin.post("/strategie/workshops/:id/uebernehmen", async (req, reply) => {
        const body = formBody(req);
        try {
          const input = parseWith(AdoptInput, body);
          await adoptAsGoals(db, scopeOf(req), param(req, "id"), input.items, input.planId);
          return redirectWithNotice(reply, `${base(req)}/handlungskonzept/${input.planId}`, "strategy.notice.adopted");
        } catch (err) {
          return showWorkshop(req, reply, { adopt: { values: formValues(body), errors: fieldErrors(err) } }, 422);
        }
      });

      // --- Handlungskonzept ---------------------------------------------------

      const pBase = (req: FastifyRequest, id = param(req, "id")) => `${base(req)}/handlungskonzept/${id}`;
      const showPlans = async (req: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldError[] = [], status = 200) =>
        sendPage(reply, <PlansPage ctx={ctxOf(req, reply)} plans={await listPlans(db, tenantOf(req).id)} form={{ values, errors }} notice={takeNotice(req, reply)} />, status);
      admin.get("/strategie/handlungskonzept", async (req, reply) => {
        const year = new Date().getFullYear();
        return showPlans(req, reply, { startsYear: String(year), endsYear: String(year + 5) });
      });
      admin.post("/strategie/handlungskonzept", async (req, reply) => {
        const body = formBody(req);
        let id: string;
        try {
          const input = parseWith(PlanInput, body);
          if (input.continueFrom) await getPlan(db, tenantOf(req).id, input.continueFrom);
          id = await createPlan(db, scopeOf(req), input, input.continueFrom);
        } catch (err) {
          return showPlans(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, pBase(req, id), "strategy.notice.planCreated");
      });
      admin.get("/strategie/handlungskonzept/:id", async (req, reply) => sendPage(reply, <PlanPage ctx={ctxOf(req, reply)} plan={await planTree(db, tenantOf(req).id, param(req, "id"))} notice={takeNotice(req, reply)} />));
      for (const ext of ["csv", "xlsx"] as const) {
        admin.get(`/strategie/handlungskonzept/:id/massnahmen.${ext}`, async (req, reply) => {
          const plan = await planTree(db, tenantOf(req).id, param(req, "id"));
          const sheet = measuresSheet(req, plan);
          const name = `handlungskonzept-${plan.startsYear}-${plan.endsYear}.${ext}`;
          reply.header("content-disposition", `attachment; filename="${name}"`).header("cache-control", "private, no-store");
          return ext === "csv" ? reply.type("text/csv; charset=utf-8").send(sheetCsv(sheet)) : reply.type(XLSX).send(await sheetXlsx(sheet));
        });
      }
      const planForm = async (req: FastifyRequest, reply: FastifyReply, values?: FormValues, errors: FieldError[] = [], status = 200) => {
        const plan = await getPlan(db, tenantOf(req).id, param(req, "id"));
        const shown = values ?? { title: plan.title, startsYear: String(plan.startsYear), endsYear: String(plan.endsYear), status: plan.status };
        return sendPage(reply, <PlanFormPage ctx={ctxOf(req, reply)} plan={plan} form={{ values: shown, errors }} />, status);
      };
      admin.get("/strategie/handlungskonzept/:id/bearbeiten", async (req, reply) => planForm(req, reply));
      admin.post("/strategie/handlungskonzept/:id/bearbeiten", async (req, reply) => {
        const body = formBody(req);
        try {
          await updatePlan(db, scopeOf(req), param(req, "id"), parseWith(PlanUpdateInput, body));
        } catch (err) {
          return planForm(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, pBase(req), "strategy.notice.saved");
      });

      /** The areas of the tenant's questionnaires, for linking a field of action to a Selbstcheck area. */
      const areaChoices = async (req: FastifyRequest) => {
        const seen = new Map<string, string>();
        for (const q of await listQuestionnaires(db, tenantOf(req))) {
          if (q.fromLand) continue;
          const full = await readableQuestionnaire(db, tenantOf(req), q.id);
          for (const a of full.definition.areas) if (!seen.has(a.key)) seen.set(a.key, textIn(a.title, req.lang).text);
        }
        return [...seen].map(([key, title]) => ({ key, title }));
      };
      const fieldForm = async (req: FastifyRequest, reply: FastifyReply, id: string | null, values?: FormValues, errors: FieldError[] = [], status = 200) => {
        const tenant = tenantOf(req);
        await getPlan(db, tenant.id, param(req, "id"));
        let shown = values;
        if (!shown) {
          const f = id ? await getField(db, tenant.id, id) : null;
          if (f && f.planId !== param(req, "id")) throw notFound();
          shown = f ? { title: f.title, description: f.description, areaKey: f.areaKey ?? "", topics: f.topics, position: String(f.position) } : { position: "0" };
        }
        return sendPage(reply, <FieldFormPage ctx={ctxOf(req, reply)} planId={param(req, "id")} id={id} form={{ values: shown, errors }} areas={await areaChoices(req)} />, status);
      };
      const saveFieldRoute = (editing: boolean) => async (req: FastifyRequest, reply: FastifyReply) => {
        const body = formBody(req);
        const id = editing ? param(req, "field") : null;
        try {
          await saveField(db, scopeOf(req), param(req, "id"), id, parseWith(FieldInput, body));
        } catch (err) {
          return fieldForm(req, reply, id, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, pBase(req), "strategy.notice.saved");
      };
      admin.get("/strategie/handlungskonzept/:id/feld/neu", async (req, reply) => fieldForm(req, reply, null));
      admin.post("/strategie/handlungskonzept/:id/feld/neu", saveFieldRoute(false));
      admin.get("/strategie/handlungskonzept/:id/feld/:field", async (req, reply) => fieldForm(req, reply, param(req, "field")));
      admin.post("/strategie/handlungskonzept/:id/feld/:field", saveFieldRoute(true));

      /** A goal or measure reached through a plan's URL must belong to that plan. */
      const checkPlanOfGoal = async (req: FastifyRequest, goalId: string) => {
        if ((await planOfGoal(db, tenantOf(req).id, goalId)) !== param(req, "id")) throw notFound();
      };
      const goalForm = async (req: FastifyRequest, reply: FastifyReply, fieldId: string, id: string | null, values?: FormValues, errors: FieldError[] = [], status = 200) => {
        const tenant = tenantOf(req);
        const field = await getField(db, tenant.id, fieldId);
        if (field.planId !== param(req, "id")) throw notFound();
        let shown = values;
        if (!shown) {
          const g = id ? await getGoal(db, tenant.id, id) : null;
          shown = g
            ? { title: g.title, description: g.description, indicator: g.indicator, targetValue: g.targetValue === null ? "" : String(g.targetValue).replace(".", ","), targetYear: g.targetYear === null ? "" : String(g.targetYear), position: String(g.position) }
            : { position: "0" };
        }
        return sendPage(reply, <GoalFormPage ctx={ctxOf(req, reply)} planId={param(req, "id")} fieldId={fieldId} id={id} form={{ values: shown, errors }} />, status);
      };
      admin.get("/strategie/handlungskonzept/:id/feld/:field/ziel/neu", async (req, reply) => goalForm(req, reply, param(req, "field"), null));
      admin.post("/strategie/handlungskonzept/:id/feld/:field/ziel/neu", async (req, reply) => {
        const body = formBody(req);
        const field = await getField(db, tenantOf(req).id, param(req, "field"));
        if (field.planId !== param(req, "id")) throw notFound();
        try {
          await saveGoal(db, scopeOf(req), field.id, null, parseWith(GoalInput, body));
        } catch (err) {
          return goalForm(req, reply, field.id, null, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, pBase(req), "strategy.notice.saved");
      });
      admin.get("/strategie/handlungskonzept/:id/ziel/:goal", async (req, reply) => {
        const g = await getGoal(db, tenantOf(req).id, param(req, "goal"));
        await checkPlanOfGoal(req, g.id);
        return goalForm(req, reply, g.fieldId, g.id);
      });
      admin.post("/strategie/handlungskonzept/:id/ziel/:goal", async (req, reply) => {
        const g = await getGoal(db, tenantOf(req).id, param(req, "goal"));
        await checkPlanOfGoal(req, g.id);
        const body = formBody(req);
        try {
          await saveGoal(db, scopeOf(req), g.fieldId, g.id, parseWith(GoalInput, body));
        } catch (err) {
          return goalForm(req, reply, g.fieldId, g.id, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, pBase(req), "strategy.notice.saved");
      });

      const measureForm = async (req: FastifyRequest, reply: FastifyReply, goalId: string, id: string | null, forms: { measure?: { values: FormValues; errors: FieldError[] }; note?: { values: FormValues; errors: FieldError[] } } = {}, status = 200) => {
        const tenant = tenantOf(req);
        await checkPlanOfGoal(req, goalId);
        const plan = id ? await planTree(db, tenant.id, param(req, "id")) : null;
        const measure = id ? (plan!.fields.flatMap((f) => f.goals.flatMap((g) => g.measures)).find((m) => m.id === id) ?? null) : null;
        if (id && !measure) throw notFound();
        const values: FormValues = measure
          ? {
              title: measure.title,
              description: measure.description,
              responsible: measure.responsible,
              partners: measure.partners,
              startsOn: measure.startsOn ?? "",
              endsOn: measure.endsOn ?? "",
              budget: measure.budget === null ? "" : String(measure.budget).replace(".", ","),
              status: measure.status,
              position: String(measure.position),
            }
          : { status: "planned", position: "0" };
        const today = new Date().toISOString().slice(0, 10);
        return sendPage(
          reply,
          <MeasureFormPage ctx={ctxOf(req, reply)} planId={param(req, "id")} goalId={goalId} measure={measure} form={forms.measure ?? { values, errors: [] }} noteForm={forms.note ?? { values: { notedOn: today }, errors: [] }} />,
          status,
        );
      };
      admin.get("/strategie/handlungskonzept/:id/ziel/:goal/massnahme/neu", async (req, reply) => measureForm(req, reply, param(req, "goal"), null));
      admin.post("/strategie/handlungskonzept/:id/ziel/:goal/massnahme/neu", async (req, reply) => {
        const goalId = param(req, "goal");
        await checkPlanOfGoal(req, goalId);
        const body = formBody(req);
        try {
          await saveMeasure(db, scopeOf(req), goalId, null, parseWith(MeasureInput, body));
        } catch (err) {
          return measureForm(req, reply, goalId, null, { measure: { values: formValues(body), errors: fieldErrors(err) } }, 422);
        }
        return redirectWithNotice(reply, pBase(req), "strategy.notice.saved");
      });
      admin.get("/strategie/handlungskonzept/:id/massnahme/:measure", async (req, reply) => {
        const m = await getMeasure(db, tenantOf(req).id, param(req, "measure"));
        return measureForm(req, reply, m.goalId, m.id);
      });
      admin.post("/strategie/handlungskonzept/:id/massnahme/:measure", async (req, reply) => {
        const m = await getMeasure(db, tenantOf(req).id, param(req, "measure"));
        await checkPlanOfGoal(req, m.goalId);
        const body = formBody(req);
        try {
          await saveMeasure(db, scopeOf(req), m.goalId, m.id, parseWith(MeasureInput, body));
        } catch (err) {
          return measureForm(req, reply, m.goalId, m.id, { measure: { values: formValues(body), errors: fieldErrors(err) } }, 422);
        }
        return redirectWithNotice(reply, pBase(req), "strategy.notice.saved");
      });
      admin.post("/strategie/handlungskonzept/:id/massnahme/:measure/notiz", async (req, reply) => {
        const m = await getMeasure(db, tenantOf(req).id, param(req, "measure"));
        await checkPlanOfGoal(req, m.goalId);
        const body = formBody(req);
        try {
          await addNote(db, scopeOf(req), m.id, parseWith(NoteInput, body));
        } catch (err) {
          return measureForm(req, reply, m.goalId, m.id, { note: { values: formValues(body), errors: fieldErrors(err) } }, 422);
        }
        return redirectWithNotice(reply, `${pBase(req)}/massnahme/${m.id}`, "strategy.notice.noteAdded");
      });
      for (const [segment, kind] of [["feld", "field"], ["ziel", "goal"], ["massnahme", "measure"]] as const) {
        admin.post(`/strategie/handlungskonzept/:id/${segment}/:node/loeschen`, async (req, reply) => {
          const tenant = tenantOf(req);
          const node = param(req, "node");
          const goalId = kind === "goal" ? node : kind === "measure" ? (await getMeasure(db, tenant.id, node)).goalId : null;
          if (goalId) await checkPlanOfGoal(req, goalId);
          else if ((await getField(db, tenant.id, node)).planId !== param(req, "id")) throw notFound();
          try {
            await deleteNode(db, scopeOf(req), kind, node);
          } catch (err) {
            fieldErrors(err);
            return redirectWithNotice(reply, pBase(req), "strategy.validation.fieldInUse");
          }
          return redirectWithNotice(reply, pBase(req), "strategy.notice.deleted");
        });
      }

      // Translations of the plan's texts (what the public page shows), one language at a time.
      const planSlots = (plan: PlanTree) =>
        plan.fields.flatMap((f) => [
          ...textSlotsOf("field", f),
          ...f.goals.flatMap((g) => [...textSlotsOf("goal", g), ...g.measures.flatMap((m) => textSlotsOf("measure", m))]),
        ]);
      const translatePlan = async (req: FastifyRequest, reply: FastifyReply, values?: FormValues, status = 200) => {
        const tenant = tenantOf(req);
        const plan = await planTree(db, tenant.id, param(req, "id"));
        const lang = param(req, "lang");
        if (!isLocale(lang) || lang === "de") throw notFound();
        const slots = planSlots(plan);
        const stored = await storedPlanTranslations(plan, lang);
        const shown = values ?? Object.fromEntries(slots.map((s) => [s.path, stored.get(`${s.id}|${s.field}|${lang}`)?.text ?? ""]));
        return sendPage(
          reply,
          <TranslatePage
            ctx={ctxOf(req, reply)}
            name={plan.title}
            lang={lang}
            back={pBase(req)}
            hrefFor={(l) => `${pBase(req)}/uebersetzung/${l}`}
            fields={slots.map((s) => ({ field: s.path, german: s.german, state: stateOf(s.german, stored.get(`${s.id}|${s.field}|${lang}`), lang), long: s.field === "description" }))}
            labelOf={(path) => req.t(`strategy.planText.${path.split(".")[0]}.${path.split(".")[2]}`)}
            state={{ values: shown, errors: [] }}
          />,
          status,
        );
      };
      admin.get("/strategie/handlungskonzept/:id/uebersetzung/:lang", async (req, reply) => translatePlan(req, reply));
      admin.post("/strategie/handlungskonzept/:id/uebersetzung/:lang", async (req, reply) => {
        const tenant = tenantOf(req);
        const plan = await planTree(db, tenant.id, param(req, "id"));
        const lang = param(req, "lang");
        if (!isLocale(lang) || lang === "de") throw notFound();
        const body = formBody(req);
        await db.transaction(async (tx) => {
          let n = 0;
          for (const s of planSlots(plan)) {
            if (typeof body[s.path] !== "string") continue;
            await saveTranslation(tx, { tenantId: tenant.id, entity: `st_${s.kind}`, entityId: s.id, field: s.field, lang, text: (body[s.path] as string).slice(0, 4000), german: s.german });
            n++;
          }
          await audit(tx, { tenantId: tenant.id, actor: scopeOf(req).actor, action: "translate", entity: "st_plan", entityId: plan.id, changes: { lang, texts: n } });
        });
        return redirectWithNotice(reply, pBase(req), "strategy.notice.translated");
      });

      admin.get("/strategie/bestandsaufnahme", async (req, reply) => {
        const tenant = tenantOf(req);
        const plans = await listPlans(db, tenant.id);
        const wanted = String((req.query as Record<string, unknown>).plan ?? "");
        const chosen = plans.find((p) => p.id === wanted) ?? plans.find((p) => p.status === "adopted") ?? plans[0] ?? null;
        const towns = await listTowns(db, tenant.id);
        let rows: InventoryRow[] = [];
        if (chosen) {
          const tree = await planTree(db, tenant.id, chosen.id);
          const counts = await offerCounts(db, tenant.id);
          rows = tree.fields
            .filter((f) => f.topics.length > 0)
            .map((f) => {
              const mine = counts.filter((c) => f.topics.includes(c.topic));
              return {
                field: f.title,
                topics: f.topics,
                byTown: towns.map((w) => mine.filter((c) => c.town === w.slug).reduce((n, c) => n + c.offers, 0)),
                total: mine.reduce((n, c) => n + c.offers, 0),
              };
            });
        }
        return sendPage(reply, <InventoryPage ctx={ctxOf(req, reply)} plan={chosen} plans={plans} towns={towns.map((w) => w.name)} rows={rows} />);
      });
    }),
    { prefix: "/admin/:tenant" },
  );

  // ---------------------------------------------------------------------------
  // Public pages

  await app.register(
    publicTenant(async (pub) => {
      pub.addHook("onRequest", async (req) => {
        if (!isLocale((req.params as { lang?: string }).lang)) throw notFound();
      });
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req) });

      pub.get("/handlungskonzept", async (req, reply) => {
        const tenant = tenantOf(req);
        const plan = await currentPlan(db, tenant.id);
        const texts = await planTexts(plan, req.lang);
        return sendPage(reply, <PublicPlanPage ctx={ctxOf(req, reply)} plan={plan} texts={texts} reports={await publishedYears(db, tenant.id)} />);
      });

      // --- Answering through a personal link ---------------------------------

      const respondentView = (r: Respondent, tenantName: string): RespondentView => ({
        roundTitle: r.round.title,
        office: tenantName,
        anonymous: r.round.anonymous,
        open: r.round.status === "open",
        submitted: r.response.submittedAt !== null,
        definition: r.definition,
        answered: r.definition.areas.map((a) => answeredCount(a, r.response.answers)),
      });
      const respondent = async (req: FastifyRequest) => {
        const r = await respondentOf(db, tenantOf(req), param(req, "token"));
        if (!r) throw notFound();
        return r;
      };
      const noIndex = (reply: FastifyReply) => reply.header("x-robots-tag", "noindex").header("referrer-policy", "no-referrer");

      pub.get("/befragung/:token", async (req, reply) => {
        const r = await respondent(req);
        noIndex(reply);
        const action = `/${tenantOf(req).slug}/${req.lang}/befragung/${param(req, "token")}`;
        const view = respondentView(r, tenantOf(req).name);
        const n = Number((req.query as Record<string, unknown>).bereich);
        const area = Number.isInteger(n) && n >= 1 ? r.definition.areas[n - 1] : undefined;
        if (!area || !view.open || view.submitted) return sendPage(reply, <RespondentStartPage ctx={ctxOf(req, reply)} v={view} action={action} />);
        return sendPage(reply, <RespondentAreaPage ctx={ctxOf(req, reply)} v={view} index={n - 1} area={area} form={{ values: formValuesOf(area, r.response.answers), errors: [] }} action={action} />);
      });

      pub.post("/befragung/:token", async (req, reply) => {
        const r = await respondent(req);
        noIndex(reply);
        const action = `/${tenantOf(req).slug}/${req.lang}/befragung/${param(req, "token")}`;
        const n = Number((req.query as Record<string, unknown>).bereich);
        const index = Number.isInteger(n) && n >= 1 && n <= r.definition.areas.length ? n - 1 : -1;
        if (index < 0) throw notFound();
        const area = r.definition.areas[index]!;
        const body = formBody(req);
        const step = String(body.step ?? "next");
        const strict = step === "next" || step === "submit";
        const { answers, errors } = parseAreaForm(area, body, strict);
        const view = respondentView(r, tenantOf(req).name);
        const again = (errs: FieldError[]) =>
          sendPage(reply, <RespondentAreaPage ctx={ctxOf(req, reply)} v={view} index={index} area={area} form={{ values: rawValuesOf(area, body), errors: errs }} action={action} />, 422);
        if (errors.length) return again(errors);
        // On submitting, every area's required questions must be answered: the first area missing one is shown.
        if (step === "submit") {
          const merged = { ...r.response.answers, ...answers };
          const missing = r.definition.areas.findIndex((a, i) => i !== index && parseAreaForm(a, formValuesOf(a, merged), true).errors.length > 0);
          if (missing >= 0) {
            await saveAnswers(db, r, { area: index, answers, reached: index, submit: false });
            return redirectWithNotice(reply, `${action}?bereich=${missing + 1}`, "strategy.answer.missingElsewhere");
          }
        }
        try {
          await saveAnswers(db, r, { area: index, answers, reached: step === "next" ? index + 1 : index, submit: step === "submit" });
        } catch (err) {
          return again(fieldErrors(err));
        }
        if (step === "next") return reply.redirect(`${action}?bereich=${index + 2}`, 303);
        if (step === "back") return reply.redirect(`${action}?bereich=${index}`, 303);
        return reply.redirect(action, 303);
      });

      // --- Workshop votes ----------------------------------------------------

      const joinPath = (req: FastifyRequest) => `/${tenantOf(req).slug}/${req.lang}/mitmachen`;
      pub.get("/mitmachen", async (req, reply) => sendPage(reply, <JoinPage ctx={ctxOf(req, reply)} form={{ values: {}, errors: [] }} action={joinPath(req)} />));
      pub.post("/mitmachen", async (req, reply) => {
        const body = formBody(req);
        const code = String(body.code ?? "");
        const w = await openWorkshopByCode(db, tenantOf(req).id, code);
        if (!w) return sendPage(reply, <JoinPage ctx={ctxOf(req, reply)} form={{ values: { code }, errors: [{ field: "code", key: "strategy.join.unknown" }] }} action={joinPath(req)} />, 422);
        return reply.redirect(`${joinPath(req)}/${w.code}`, 303);
      });

      const participantOf = (req: FastifyRequest, reply: FastifyReply) => {
        const existing = req.cookies[PARTICIPANT_COOKIE];
        if (existing && /^[A-Za-z0-9_-]{20,40}$/.test(existing)) return existing;
        const fresh = newParticipant();
        reply.setCookie(PARTICIPANT_COOKIE, fresh, { path: `/${tenantOf(req).slug}`, httpOnly: true, sameSite: "lax", secure: config.baseUrl.startsWith("https:"), maxAge: 60 * 60 * 24 * 2 });
        return fresh;
      };
      const ballot = async (req: FastifyRequest, reply: FastifyReply, values: FormValues | null, errors: FieldError[] = [], status = 200) => {
        const w = await openWorkshopByCode(db, tenantOf(req).id, param(req, "code"));
        if (!w) throw notFound();
        const who = participantOf(req, reply);
        const [items, chosen] = await Promise.all([tally(db, w.id), votesOf(db, w.id, who)]);
        const def: Definition = w.roundId ? ((await getRound(db, tenantOf(req).id, w.roundId)).definition ?? { areas: [] }) : { areas: [] };
        const saved = (req.query as Record<string, unknown>).gespeichert === "1";
        return sendPage(
          reply,
          <BallotPage ctx={ctxOf(req, reply)} workshop={w} areas={def.areas.map((a) => ({ key: a.key, title: a.title }))} items={items} chosen={chosen} form={{ values: values ?? {}, errors }} action={`${joinPath(req)}/${w.code}`} saved={saved && !errors.length} />,
          status,
        );
      };
      pub.get("/mitmachen/:code", async (req, reply) => ballot(req, reply, null));
      pub.post("/mitmachen/:code", async (req, reply) => {
        const w = await openWorkshopByCode(db, tenantOf(req).id, param(req, "code"));
        if (!w) throw notFound();
        const body = formBody(req);
        try {
          await castVotes(db, w, participantOf(req, reply), parseWith(BallotInput, body).items);
        } catch (err) {
          return ballot(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return reply.redirect(`${joinPath(req)}/${w.code}?gespeichert=1`, 303);
      });
    }),
    { prefix: "/:tenant/:lang" },
  );

  async function storedPlanTranslations(plan: PlanTree | null, lang: Locale) {
    const ids = plan ? plan.fields.flatMap((f) => [f.id, ...f.goals.flatMap((g) => [g.id, ...g.measures.map((m) => m.id)])]) : [];
    if (lang === "de" || ids.length === 0) return new Map<string, StoredTranslation>();
    return new Map([...(await loadTranslations(db, "st_field", ids, [lang])), ...(await loadTranslations(db, "st_goal", ids, [lang])), ...(await loadTranslations(db, "st_measure", ids, [lang]))]);
  }

  /** Field, goal and measure texts in the reader's language (content_translation), German where missing. */
  async function planTexts(plan: PlanTree | null, lang: Locale) {
    const tr = await storedPlanTranslations(plan, lang);
    return (_kind: "field" | "goal" | "measure", id: string, field: "title" | "description", german: string) => localized(german, tr.get(`${id}|${field}|${lang}`), lang);
  }

  function measuresSheet(req: FastifyRequest, plan: PlanTree): Sheet {
    const t = req.t;
    return {
      name: plan.title.slice(0, 31),
      header: [t("strategy.inventory.field"), t("strategy.goal.title"), t("strategy.measure.title"), t("strategy.measure.responsible"), t("strategy.measure.partners"), t("strategy.measure.startsOn"), t("strategy.measure.endsOn"), t("strategy.measure.budget"), t("strategy.round.status"), t("strategy.measure.notes")],
      rows: plan.fields.flatMap((f) =>
        f.goals.flatMap((g) => g.measures.map((m) => [f.title, g.title, m.title, m.responsible, m.partners, m.startsOn, m.endsOn, m.budget, t(`strategy.measure.status.${m.status}`), m.notes.map((n) => `${n.notedOn}: ${n.text}`).join("\n")])),
      ),
      widths: [24, 30, 40, 20, 20, 12, 12, 12, 16, 40],
    };
  }

  // ---------------------------------------------------------------------------
  // JSON API

  await app.register(
    backOffice(async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      const tags = ["Strategie"];
      typed.get(
        "/strategie/runden/:id/ergebnisse",
        { schema: { tags, summary: "Results of a Selbstcheck or needs-analysis round: per area and respondent group the mean, spread and number of answers", params: z.object({ tenant: z.string(), id: z.string() }) } },
        async (req) => {
          const r = await roundResults(db, scopeOf(req), req.params.id);
          const titles = areaTitles(r.definition, "de");
          return {
            round: { id: r.round.id, title: r.round.title, status: r.round.status, anonymous: r.round.anonymous },
            responses: r.result.responses,
            links: r.links,
            areas: r.result.areas.map((a) => ({ key: a.key, title: titles.get(a.key), overall: a.overall, byGroup: a.byGroup, change: r.previous?.change[a.key] ?? null })),
          };
        },
      );
      typed.get(
        "/strategie/massnahmen/zahlen",
        { schema: { tags, summary: "Measures of the current Handlungskonzept by field of action and status (for the integration report)", params: z.object({ tenant: z.string() }) } },
        async (req) => measureCounts(db, tenantOf(req).id),
      );
    }),
    { prefix: "/api/v1/admin/:tenant" },
  );

  await app.register(
    publicTenant(async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get(
        "/handlungskonzept",
        { schema: { tags: ["Strategie"], summary: "The current Handlungskonzept: fields of action, goals and measures with their status", params: z.object({ tenant: z.string() }), querystring: z.object({ lang: z.enum(LOCALES).default("de") }) } },
        async (req) => {
          const plan = await currentPlan(db, tenantOf(req).id);
          if (!plan) return { plan: null };
          const texts = await planTexts(plan, req.query.lang);
          return {
            plan: {
              title: plan.title,
              startsYear: plan.startsYear,
              endsYear: plan.endsYear,
              fields: plan.fields.map((f) => ({
                title: texts("field", f.id, "title", f.title).text,
                goals: f.goals.map((g) => ({
                  title: texts("goal", g.id, "title", g.title).text,
                  indicator: g.indicator,
                  targetValue: g.targetValue,
                  targetYear: g.targetYear,
                  measures: g.measures.map((m) => ({ title: texts("measure", m.id, "title", m.title).text, status: m.status, responsible: m.responsible, startsOn: m.startsOn, endsOn: m.endsOn })),
                })),
              })),
            },
          };
        },
      );
    }),
    { prefix: "/api/v1/:tenant" },
  );
}
