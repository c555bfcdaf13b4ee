/**
 * Monitoring and the integration report over HTTP: indicators with their
 * lights, one indicator's series beside the Land and chosen municipalities,
 * targets, figures entered by hand, the Open SDG import (several files at
 * once, a report per file); the report's editing, preview, publishing and
 * translations; the published report as a page and a PDF.
 */
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { notFound, type FieldError } from "../../core/errors.ts";
import { formBody, pageContext, parseWith, redirectWithNotice, sendPage, takeNotice } from "../../core/http.ts";
import { formatDate, isLocale, translate, type Locale } from "../../core/i18n.ts";
import { backOffice, publicPages, tenantOf } from "../../core/scopes.ts";
import { loadTranslations, saveTranslation, stateOf } from "../../core/translations.ts";
import type { FormValues } from "../../web/form.tsx";
import { TranslatePage } from "../../web/translate.tsx";
import { trafficLight } from "./lights.ts";
import { agsOf, breakdownsOf, comparableTenants, enterValue, geoCodeCheck, importOpenSdg, overview, readableIndicator, saveIndicator, series, setTarget, targetOf } from "./monitoring.ts";
import { parseOpenSdgFiles } from "./opensdg.ts";
import { renderReportPdf } from "./report-pdf.ts";
import { fieldErrors, formValues, param, scopeOf } from "./route-helpers.ts";
import { createReport, getReport, listReports, publishedReport, publishedYears, publishReport, REPORT_ENTITY, reportContent, reportData, saveReport, versionsOf } from "./report.ts";
import { IndicatorInput, NewReportInput, ReportInput, TargetInput, ValueInput } from "./validation.ts";
import { ImportPage, IndicatorFormPage, IndicatorPage, MonitoringPage, numberFormat, type IndicatorView } from "./views/monitoring.tsx";
import { ReportEditPage, ReportPage, ReportsPage } from "./views/report.tsx";

const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : []);
const MAX_FILES = 200;

export async function monitoringRoutes(app: FastifyInstance) {
  const { db } = app;

  await app.register(
    backOffice(async (admin) => {
      await admin.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: MAX_FILES } });
      const base = (req: FastifyRequest) => `/admin/${tenantOf(req).slug}/strategie`;
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req), area: "admin" });

      // --- Monitoring ---------------------------------------------------------

      admin.get("/strategie/monitoring", async (req, reply) => {
        const tenant = tenantOf(req);
        return sendPage(reply, <MonitoringPage ctx={ctxOf(req, reply)} items={await overview(db, tenant)} notice={takeNotice(req, reply)} hasAgs={Boolean(await agsOf(db, tenant.id))} />);
      });

      const indicatorView = async (req: FastifyRequest): Promise<IndicatorView> => {
        const tenant = tenantOf(req);
        const indicator = await readableIndicator(db, tenant, param(req, "id"));
        const q = req.query as Record<string, unknown>;
        const ags = (await agsOf(db, tenant.id)) ?? "";
        const landAgs = tenant.parentId ? ((await agsOf(db, tenant.parentId)) ?? "") : "";
        const others = await comparableTenants(db, tenant);
        const compared = list(q.vergleich).filter((s) => others.some((o) => o.slug === s)).slice(0, 5);
        const areas = [{ ags, label: tenant.name }, ...(landAgs ? [{ ags: landAgs, label: req.t("strategy.monitoring.land") }] : []), ...compared.map((s) => others.find((o) => o.slug === s)!).map((o) => ({ ags: o.ags, label: o.name }))].filter((a) => a.ags);
        const breakdowns = await breakdownsOf(db, tenant, indicator.id, areas.map((a) => a.ags));
        const wanted = typeof q.aufschluesselung === "string" ? q.aufschluesselung : "";
        const breakdown = breakdowns.some((b) => b.key === wanted) ? wanted : (breakdowns.find((b) => b.key === "")?.key ?? breakdowns[0]?.key ?? "");
        const data = await Promise.all(areas.map((a) => series(db, tenant, indicator.id, a.ags, breakdown)));
        const years = [...new Set(data.flat().map((p) => p.year))].sort((a, b) => a - b);
        const target = await targetOf(db, tenant.id, indicator.id);
        return {
          indicator,
          fromLand: indicator.tenantId !== tenant.id,
          years,
          series: areas.map((a, i) => ({ key: `s${i}`, label: a.label, values: years.map((y) => data[i]!.find((p) => p.year === y)?.value ?? null) })),
          target,
          light: trafficLight(data[0] ?? [], indicator.direction, target),
          breakdowns: breakdowns.map((b) => ({ key: b.key, label: b.key === "" ? req.t("strategy.monitoring.total") : Object.entries(b.breakdown).map(([k, v]) => `${k}: ${v}`).join(", ") })),
          breakdown,
          others: others.map((o) => ({ slug: o.slug, name: o.name })),
          compared,
        };
      };
      const showIndicator = async (req: FastifyRequest, reply: FastifyReply, forms: { target?: { values: FormValues; errors: FieldError[] }; value?: { values: FormValues; errors: FieldError[] } } = {}, status = 200) => {
        const v = await indicatorView(req);
        const f = numberFormat("de", v.indicator.decimals);
        const targetValues = v.target ? { targetValue: f.format(v.target.value).replace(/\./g, ""), targetYear: String(v.target.year) } : {};
        return sendPage(
          reply,
          <IndicatorPage ctx={ctxOf(req, reply)} v={v} targetForm={forms.target ?? { values: targetValues, errors: [] }} valueForm={forms.value ?? { values: { year: String(new Date().getFullYear() - 1) }, errors: [] }} notice={takeNotice(req, reply)} />,
          status,
        );
      };
      admin.get("/strategie/monitoring/:id", async (req, reply) => {
        if (param(req, "id") === "neu" || param(req, "id") === "import") throw notFound();
        return showIndicator(req, reply);
      });
      admin.post("/strategie/monitoring/:id/ziel", async (req, reply) => {
        const body = formBody(req);
        try {
          await setTarget(db, scopeOf(req), param(req, "id"), parseWith(TargetInput, body, req.lang));
        } catch (err) {
          return showIndicator(req, reply, { target: { values: formValues(body), errors: fieldErrors(err) } }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/monitoring/${param(req, "id")}`, "strategy.notice.saved");
      });
      admin.post("/strategie/monitoring/:id/wert", async (req, reply) => {
        const body = formBody(req);
        try {
          await enterValue(db, scopeOf(req), param(req, "id"), parseWith(ValueInput, body, req.lang));
        } catch (err) {
          return showIndicator(req, reply, { value: { values: formValues(body), errors: fieldErrors(err) } }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/monitoring/${param(req, "id")}`, "strategy.notice.saved");
      });

      const indicatorForm = async (req: FastifyRequest, reply: FastifyReply, id: string | null, values?: FormValues, errors: FieldError[] = [], status = 200) => {
        let shown = values;
        if (!shown) {
          if (id) {
            const i = await readableIndicator(db, tenantOf(req), id);
            if (i.tenantId !== tenantOf(req).id) throw notFound();
            shown = { key: i.key, name: i.name, definition: i.definition, calculation: i.calculation, source: i.source, sourceUrl: i.sourceUrl ?? "", unit: i.unit, direction: i.direction, decimals: i.decimals === null ? "" : String(i.decimals) };
          } else shown = { direction: "up" };
        }
        return sendPage(reply, <IndicatorFormPage ctx={ctxOf(req, reply)} id={id} form={{ values: shown, errors }} />, status);
      };
      admin.get("/strategie/monitoring/neu", async (req, reply) => indicatorForm(req, reply, null));
      admin.get("/strategie/monitoring/:id/bearbeiten", async (req, reply) => indicatorForm(req, reply, param(req, "id")));
      const saveIndicatorRoute = (editing: boolean) => async (req: FastifyRequest, reply: FastifyReply) => {
        const body = formBody(req);
        const id = editing ? param(req, "id") : null;
        // Another tenant's indicator, or the Land's, is "not found" before any input is looked at.
        if (id && (await readableIndicator(db, tenantOf(req), id)).tenantId !== tenantOf(req).id) throw notFound();
        let saved: string;
        try {
          saved = await saveIndicator(db, scopeOf(req), id, parseWith(IndicatorInput, body, req.lang));
        } catch (err) {
          return indicatorForm(req, reply, id, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/monitoring/${saved}`, "strategy.notice.saved");
      };
      admin.post("/strategie/monitoring/neu", saveIndicatorRoute(false));
      admin.post("/strategie/monitoring/:id/bearbeiten", saveIndicatorRoute(true));

      admin.get("/strategie/monitoring/import", async (req, reply) => sendPage(reply, <ImportPage ctx={ctxOf(req, reply)} report={null} form={{ values: {}, errors: [] }} />));
      admin.post("/strategie/monitoring/import", async (req, reply) => {
        const tenant = tenantOf(req);
        const files: { name: string; text: string }[] = [];
        if (req.isMultipart()) {
          for await (const part of req.files()) {
            const bytes = await part.toBuffer();
            if (part.filename) files.push({ name: part.filename, text: bytes.toString("utf8") });
          }
        }
        if (files.length === 0 || files.every((f) => !f.text.trim())) {
          return sendPage(reply, <ImportPage ctx={ctxOf(req, reply)} report={null} form={{ values: {}, errors: [{ field: "files", key: "strategy.import.noFiles" }] }} />, 422);
        }
        const landAgs = tenant.kind === "state" ? await agsOf(db, tenant.id) : tenant.parentId ? await agsOf(db, tenant.parentId) : null;
        const parsed = parseOpenSdgFiles(files, { knownGeoCodes: geoCodeCheck(landAgs) });
        let report;
        try {
          report = await importOpenSdg(db, tenant, scopeOf(req).actor, parsed);
        } catch (err) {
          return sendPage(reply, <ImportPage ctx={ctxOf(req, reply)} report={null} form={{ values: {}, errors: fieldErrors(err) }} />, 422);
        }
        const failed = report.files.some((f) => f.errors.length);
        return sendPage(reply, <ImportPage ctx={ctxOf(req, reply)} report={report} form={{ values: {}, errors: [] }} />, failed ? 422 : 200);
      });

      // --- The integration report ---------------------------------------------

      const showReports = async (req: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldError[] = [], status = 200) =>
        sendPage(reply, <ReportsPage ctx={ctxOf(req, reply)} reports={await listReports(db, tenantOf(req).id)} form={{ values, errors }} notice={takeNotice(req, reply)} />, status);
      admin.get("/strategie/berichte", async (req, reply) => showReports(req, reply, { year: String(new Date().getFullYear() - 1) }));
      admin.post("/strategie/berichte", async (req, reply) => {
        const body = formBody(req);
        let id: string;
        try {
          id = await createReport(db, scopeOf(req), parseWith(NewReportInput, body).year);
        } catch (err) {
          return showReports(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/berichte/${id}`, "strategy.notice.reportCreated");
      });
      const editReport = async (req: FastifyRequest, reply: FastifyReply, values?: FormValues, errors: FieldError[] = [], status = 200) => {
        const tenant = tenantOf(req);
        const report = await getReport(db, tenant.id, param(req, "id"));
        const items = await overview(db, tenant);
        const shown = values ?? { title: report.title, summary: report.summary, recommendations: report.recommendations, indicatorKeys: report.indicatorKeys };
        return sendPage(
          reply,
          <ReportEditPage
            ctx={ctxOf(req, reply)}
            report={report}
            indicators={items.map((o) => ({ key: o.indicator.key, name: o.indicator.name, hasData: o.latest !== null }))}
            versions={await versionsOf(db, tenant.id, report.id)}
            form={{ values: shown, errors }}
            notice={takeNotice(req, reply)}
          />,
          status,
        );
      };
      admin.get("/strategie/berichte/:id", async (req, reply) => editReport(req, reply));
      admin.post("/strategie/berichte/:id", async (req, reply) => {
        const body = formBody(req);
        try {
          await saveReport(db, scopeOf(req), param(req, "id"), parseWith(ReportInput, body));
        } catch (err) {
          return editReport(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/berichte/${param(req, "id")}`, "strategy.notice.saved");
      });
      admin.post("/strategie/berichte/:id/veroeffentlichen", async (req, reply) => {
        await publishReport(db, scopeOf(req), param(req, "id"));
        return redirectWithNotice(reply, `${base(req)}/berichte/${param(req, "id")}`, "strategy.notice.reportPublished");
      });
      const draftContent = async (req: FastifyRequest) => {
        const tenant = tenantOf(req);
        const report = await getReport(db, tenant.id, param(req, "id"));
        const data = await reportData(db, tenant, report);
        return { report, content: reportContent(data, req.lang, req.t("strategy.report.draftOf", { date: formatDate(req.lang, new Date()) })) };
      };
      admin.get("/strategie/berichte/:id/vorschau", async (req, reply) => {
        const { content } = await draftContent(req);
        return sendPage(reply, <ReportPage ctx={ctxOf(req, reply)} content={content} pdfHref={`${base(req)}/berichte/${param(req, "id")}/vorschau.pdf`} preview={true} others={[]} />);
      });
      admin.get("/strategie/berichte/:id/vorschau.pdf", async (req, reply) => {
        const { report, content } = await draftContent(req);
        return reply.type("application/pdf").header("content-disposition", `inline; filename="integrationsbericht-${report.year}-entwurf.pdf"`).header("cache-control", "private, no-store").send(await renderReportPdf(content));
      });

      const translateReport = async (req: FastifyRequest, reply: FastifyReply, values?: FormValues, status = 200) => {
        const tenant = tenantOf(req);
        const report = await getReport(db, tenant.id, param(req, "id"));
        const lang = param(req, "lang");
        if (!isLocale(lang) || lang === "de") throw notFound();
        const stored = await loadTranslations(db, REPORT_ENTITY, [report.id], [lang]);
        const fieldsOf = (["summary", "recommendations"] as const).map((field) => ({ field, german: report[field], state: stateOf(report[field], stored.get(`${report.id}|${field}|${lang}`), lang), long: true }));
        const shown = values ?? Object.fromEntries(fieldsOf.map((f) => [f.field, stored.get(`${report.id}|${f.field}|${lang}`)?.text ?? ""]));
        return sendPage(
          reply,
          <TranslatePage
            ctx={ctxOf(req, reply)}
            name={report.title}
            lang={lang}
            back={`${base(req)}/berichte/${report.id}`}
            hrefFor={(l) => `${base(req)}/berichte/${report.id}/uebersetzung/${l}`}
            fields={fieldsOf}
            labelOf={(f) => req.t(`strategy.report.${f}`)}
            state={{ values: shown, errors: [] }}
          />,
          status,
        );
      };
      admin.get("/strategie/berichte/:id/uebersetzung/:lang", async (req, reply) => translateReport(req, reply));
      admin.post("/strategie/berichte/:id/uebersetzung/:lang", async (req, reply) => {
        const tenant = tenantOf(req);
        const report = await getReport(db, tenant.id, param(req, "id"));
        const lang = param(req, "lang");
        if (!isLocale(lang) || lang === "de") throw notFound();
        const body = formBody(req);
        await db.transaction(async (tx) => {
          for (const field of ["summary", "recommendations"] as const) {
            const text = typeof body[field] === "string" ? (body[field] as string).slice(0, 20_000).trim() : "";
            await saveTranslation(tx, { tenantId: tenant.id, entity: REPORT_ENTITY, entityId: report.id, field, lang, text, german: report[field] });
          }
        });
        return redirectWithNotice(reply, `${base(req)}/berichte/${report.id}`, "strategy.notice.translated");
      });
    }),
    { prefix: "/admin/:tenant" },
  );

  // ---------------------------------------------------------------------------
  // The published report, for everyone

  await app.register(
    publicPages(async (pub) => {
      const published = async (req: FastifyRequest, yearText: string) => {
        const year = Number(yearText);
        if (!Number.isInteger(year) || year < 2000 || year > 2100) throw notFound();
        const q = req.query as Record<string, unknown>;
        const version = Number(q.fassung);
        const found = await publishedReport(db, tenantOf(req).id, year, Number.isInteger(version) && version > 0 ? version : undefined);
        if (!found) throw notFound();
        const status = translate(req.lang, "strategy.report.publishedOn", { date: formatDate(req.lang, found.publishedAt, { dateStyle: "long" }), version: found.version });
        return { year, found, content: reportContent(found.data, req.lang as Locale, status) };
      };
      pub.get("/integrationsbericht/:year", async (req, reply) => {
        const raw = param(req, "year");
        if (raw.endsWith(".pdf")) {
          const { year, content } = await published(req, raw.slice(0, -4));
          return reply
            .type("application/pdf")
            .header("content-disposition", `inline; filename="integrationsbericht-${tenantOf(req).slug}-${year}-${req.lang}.pdf"`)
            .header("cache-control", "public, max-age=300")
            .send(await renderReportPdf(content));
        }
        const { year, content } = await published(req, raw);
        const others = (await publishedYears(db, tenantOf(req).id)).filter((y) => y !== year);
        return sendPage(reply, <ReportPage ctx={pageContext(req, reply, { tenant: tenantOf(req) })} content={content} pdfHref={`/${tenantOf(req).slug}/${req.lang}/integrationsbericht/${year}.pdf`} preview={false} others={others} />);
      });
    }),
    { prefix: "/:tenant/:lang" },
  );
}
