/**
 * Strategy over HTTP: the back office (/admin/:tenant/strategie: questionnaires,
 * rounds with links and results, workshops, the Handlungskonzept, the
 * inventory of offers), the public pages (answering through a personal link,
 * voting in a workshop, the Handlungskonzept) and the JSON API.
 */
import { readingNumbersIn } from "../../core/numbers.ts";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { notFound, type FieldError } from "../../core/errors.ts";
import { formBody, pageContext, parseWith, redirectWithNotice, sendPage, takeNotice } from "../../core/http.ts";
import { backOffice, publicPages, tenantOf } from "../../core/scopes.ts";
import { sheetCsv, type Sheet } from "../../core/sheets.ts";
import type { FormValues } from "../../web/form.tsx";
import { formValuesOf, parseAreaForm, rawValuesOf } from "./answers.ts";
import { textIn } from "./model.ts";
import { listQuestionnaires, readableQuestionnaire } from "./questionnaires.ts";
import { addLinks, areaTitles, createRound, getRound, linkTokens, listLinks, listRounds, respondentOf, respondentPath, roundResults, saveAnswers, setRoundStatus, type Respondent } from "./rounds.ts";
import { answeredCount } from "./scoring.ts";
import { listPlans } from "./plans.ts";
import { listWorkshops } from "./workshops.ts";
import { LinksInput, RoundInput } from "./validation.ts";
import { OverviewPage } from "./views/admin.tsx";
import { PresentationPage, ResultsPage, RoundFormPage, RoundPage, RoundsPage } from "./views/rounds.tsx";
import { RespondentAreaPage, RespondentStartPage, type RespondentView } from "./views/public.tsx";
import { monitoringRoutes } from "./routes-monitoring.tsx";
import { planRoutes } from "./routes-plans.tsx";
import { questionnaireRoutes } from "./routes-questionnaires.tsx";
import { workshopRoutes } from "./routes-workshops.tsx";
import { fieldErrors, formValues, param, scopeOf } from "./route-helpers.ts";

export async function strategyModule(app: FastifyInstance) {
  const { db, config } = app;
  await app.register(monitoringRoutes);
  await app.register(questionnaireRoutes);
  await app.register(workshopRoutes);
  await app.register(planRoutes);

  // ---------------------------------------------------------------------------
  // Back office: the overview and the rounds

  await app.register(
    backOffice(async (admin) => {
      const base = (req: FastifyRequest) => `/admin/${tenantOf(req).slug}/strategie`;
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req), area: "admin" });

      admin.get("/strategie", async (req, reply) => {
        const tenant = tenantOf(req);
        const [questionnaires, rounds, workshops, plans] = await Promise.all([listQuestionnaires(db, tenant), listRounds(db, tenant.id), listWorkshops(db, tenant.id), listPlans(db, tenant.id)]);
        return sendPage(reply, <OverviewPage ctx={ctxOf(req, reply)} questionnaires={questionnaires} rounds={rounds} workshops={workshops} plans={plans} notice={takeNotice(req, reply)} />);
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
        const tokenOf = await linkTokens(db);
        const linkUrl = (id: string) => new URL(respondentPath(tenant, "de", tokenOf(id)), config.baseUrl).toString();
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
        const tokenOf = await linkTokens(db);
        const sheet: Sheet = {
          name: t("strategy.links.title"),
          header: [t("strategy.links.group"), t("strategy.links.department"), ...(round.anonymous ? [] : [t("strategy.links.person")]), t("strategy.links.state"), t("strategy.links.link")],
          rows: links.map((l) => [
            t(`strategy.group.${l.group}`),
            l.department,
            ...(round.anonymous ? [] : [[l.name, l.email].filter(Boolean).join(", ")]),
            t(l.submitted ? "strategy.links.submitted" : l.started ? "strategy.links.started" : "strategy.links.notStarted"),
            new URL(respondentPath(tenant, "de", tokenOf(l.id)), config.baseUrl).toString(),
          ]),
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
            // To two decimals: the page shows one, a spreadsheet may want a little more, not 70.12878787878789.
            const r2 = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 100) / 100);
            return [titles.get(a.key) ?? a.key, g === "all" ? t("strategy.results.everyone") : t(`strategy.group.${g}`), shown?.n ?? (s ? s.n : 0), r2(shown?.mean), r2(shown?.sd), r2(shown?.min), r2(shown?.max)];
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

    }),
    { prefix: "/admin/:tenant" },
  );

  // ---------------------------------------------------------------------------
  // Answering through a personal link

  await app.register(
    publicPages(async (pub) => {
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req) });

      // --- Answering through a personal link ---------------------------------

      const respondentView = (r: Respondent, tenantName: string): RespondentView => ({
        roundTitle: r.round.title,
        office: tenantName,
        anonymous: r.round.anonymous,
        open: r.round.status === "open",
        closesOn: r.round.closesOn,
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
        // Numbers as the page's language writes them; Arabic and Persian digits too.
        const { answers, errors } = readingNumbersIn(req.lang, () => parseAreaForm(area, body, strict));
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

    }),
    { prefix: "/:tenant/:lang" },
  );

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
    }),
    { prefix: "/api/v1/admin/:tenant" },
  );
}
