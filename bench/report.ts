/**
 * Benchmark of the integration report for a municipality with a large
 * monitoring and Handlungskonzept, on embedded PGlite (in memory):
 *
 *   node --import tsx bench/report.ts [--indicators 60] [--years 15] [--measures 150] [--runs 5] [--lang de]
 *
 * The data: a Land and a municipality; `--indicators` indicators with
 * `--years` yearly figures for both (through the real Open SDG import) and a
 * target for every third; a Handlungskonzept with `--measures` measures in 8
 * fields; a closed Selbstcheck round with 25 answers. Measured per run, the
 * draft as the office previews it (gathering the data, then the content):
 * the HTML page and the PDF, each from scratch, and the two together — the
 * issue's target is under 3 s for HTML and PDF together. A different summary
 * each run, so neither the compiler's cache nor anything else answers from
 * the run before. Prints medians and maxima in milliseconds.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import { renderToString } from "preact-render-to-string";
import { systemActor } from "../src/core/audit.ts";
import { openDatabase, rows } from "../src/core/db/index.ts";
import { translator } from "../src/core/i18n.ts";
import type { PageContext, TenantRef } from "../src/web/context.ts";
import { fromSource } from "../src/modules/strategy/model.ts";
import { importOpenSdg, setTarget } from "../src/modules/strategy/monitoring.ts";
import type { OpenSdgImport, ParsedRow } from "../src/modules/strategy/opensdg.ts";
import { createPlan, saveField, saveGoal, saveMeasure, updatePlan } from "../src/modules/strategy/plans.ts";
import { copyQuestionnaire, ensureTemplates } from "../src/modules/strategy/questionnaires.ts";
import { renderReportPdf } from "../src/modules/strategy/report-pdf.ts";
import { createReport, getReport, reportContent, reportData, saveReport } from "../src/modules/strategy/report.ts";
import { addLinks, createRound, setRoundStatus } from "../src/modules/strategy/rounds.ts";
import { indicators, responses } from "../src/modules/strategy/schema.ts";
import { SELF_CHECK_TEMPLATE } from "../src/modules/strategy/templates.ts";
import { MEASURE_STATUSES } from "../src/modules/strategy/model.ts";
import { ReportPage } from "../src/modules/strategy/views/report.tsx";
import { Random } from "../src/core/random.ts";

const { values: args } = parseArgs({
  options: {
    indicators: { type: "string", default: "60" },
    years: { type: "string", default: "15" },
    measures: { type: "string", default: "150" },
    runs: { type: "string", default: "5" },
    lang: { type: "string", default: "de" },
  },
});
const INDICATORS = Number(args.indicators);
const YEARS = Number(args.years);
const MEASURES = Number(args.measures);
const RUNS = Number(args.runs);
const LANG = (args.lang ?? "de") as "de";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const max = (xs: number[]) => Math.max(...xs);
async function timed<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

const database = await openDatabase({});
const { db } = database;
const rnd = new Random(20261205);
try {
  const [landRow] = await rows<{ id: string }>(db, sql`INSERT INTO tenant (slug, name, kind, ags) VALUES ('land', 'Niedersachsen', 'state', '03') RETURNING id`);
  const land: TenantRef = { id: landRow!.id, slug: "land", name: "Niedersachsen", kind: "state", parentId: null, state: "NI", intro: "" };
  const [cityRow] = await rows<{ id: string }>(db, sql`INSERT INTO tenant (slug, name, kind, parent_id, ags) VALUES ('stadt', 'Stadt Bench', 'city', ${land.id}, '03405') RETURNING id`);
  const city: TenantRef = { id: cityRow!.id, slug: "stadt", name: "Stadt Bench", kind: "city", parentId: land.id, state: "NI", intro: "" };
  const actor = systemActor("bench");
  const scope = { tenant: city, actor };
  const lastYear = new Date().getUTCFullYear() - 1;
  const years = Array.from({ length: YEARS }, (_, i) => lastYear - YEARS + 1 + i);

  // The monitoring, through the real import.
  const t0 = performance.now();
  const files: OpenSdgImport["files"] = [];
  for (let k = 0; k < INDICATORS; k++) {
    const rowsOf: ParsedRow[] = [];
    let line = 1;
    for (const [geoCode, ags] of [["K030", "03"], ["K03405", "03405"]] as const) {
      const start = 5 + rnd.next() * 40;
      const slope = (rnd.next() - 0.4) * 2;
      for (const [i, year] of years.entries()) rowsOf.push({ line: ++line, year, period: String(year), breakdown: {}, unit: "Prozent", geoCode, ags, value: Math.round((start + slope * i + rnd.next()) * 10) / 10 });
    }
    files.push({ file: `data/indicator_${k + 1}-1.csv`, id: `${k + 1}-1`, breakdownColumns: [], rows: rowsOf, emptyValues: 0, errors: [] });
  }
  const meta = files.map((f, k) => ({
    file: `meta/${f.id}.md`, id: f.id, name: `Indikator ${k + 1}: Anteil der ausländischen Bevölkerung mit einem bestimmten Merkmal`, number: f.id, description: "", definition: "Eine Definition in zwei Sätzen, wie sie im Monitoring des Landes steht. Sie erklärt, was gezählt wird.",
    calculation: "Zähler / Nenner × 100", source: "Landesamt für Statistik Niedersachsen (Bench)", sourceUrl: "https://www.statistik.niedersachsen.de/", unit: "Prozent", footnote: "", graphType: "line", decimals: 1, reportingStatus: "complete", body: "", raw: {}, warnings: [],
  }));
  await importOpenSdg(db, land, actor, { files, meta, translations: new Map(), problems: [] });
  const defs = await db.select().from(indicators);
  for (const [k, d] of defs.entries()) {
    await db.update(indicators).set({ direction: k % 2 ? "up" : "down" }).where(eq(indicators.id, d.id));
    if (k % 3 === 0) await setTarget(db, scope, d.id, { value: 30, year: lastYear + 2 });
  }

  // The Handlungskonzept.
  const planId = await createPlan(db, scope, { title: "Handlungskonzept Integration", startsYear: lastYear - 3, endsYear: lastYear + 2 }, null);
  for (let f = 0; f < 8; f++) {
    const fieldId = await saveField(db, scope, planId, null, { title: `Handlungsfeld ${f + 1}`, description: "", areaKey: null, topics: ["language"], position: f });
    const goalId = await saveGoal(db, scope, fieldId, null, { title: `Ziel im Handlungsfeld ${f + 1}`, description: "", indicator: "", targetValue: null, targetYear: null, position: 0 });
    for (let m = f; m < MEASURES; m += 8) {
      await saveMeasure(db, scope, goalId, null, { title: `Maßnahme ${m + 1} mit einem Titel, wie Verwaltungen sie schreiben`, description: "", responsible: "Fachbereich", partners: "", startsOn: null, endsOn: null, budget: null, status: MEASURE_STATUSES[m % 5]!, position: m });
    }
  }
  await updatePlan(db, scope, planId, { title: "Handlungskonzept Integration", startsYear: lastYear - 3, endsYear: lastYear + 2, status: "adopted" });

  // A Selbstcheck round with 25 answers.
  await ensureTemplates(db, [SELF_CHECK_TEMPLATE]);
  const [template] = await rows<{ id: string }>(db, sql`SELECT id FROM st_questionnaire WHERE tenant_id = ${land.id}`);
  const q = await copyQuestionnaire(db, scope, template!.id);
  const roundId = await createRound(db, scope, { questionnaireId: q, title: "Selbstcheck", anonymous: true, closesOn: null });
  await addLinks(db, scope, roundId, { group: "administration", department: "", count: 25, people: [], lang: "de" }, "http://localhost");
  await setRoundStatus(db, scope, roundId, "open");
  const def = fromSource(SELF_CHECK_TEMPLATE);
  const answers = Object.fromEntries(def.areas.flatMap((a) => a.questions.filter((x) => x.type === "scale").map((x) => [x.key, { point: 1 + Math.floor(rnd.next() * 5) }])));
  await db.update(responses).set({ answers, submittedAt: new Date(), startedAt: new Date() }).where(eq(responses.roundId, roundId));
  await setRoundStatus(db, scope, roundId, "closed");
  await db.execute(sql`UPDATE st_round SET closed_at = ${new Date(Date.UTC(lastYear, 5, 1))} WHERE id = ${roundId}`);

  const reportId = await createReport(db, scope, lastYear);
  const buildMs = performance.now() - t0;

  const t = translator(LANG);
  const ctx: PageContext = {
    lang: LANG, dir: "ltr", t, user: null, tenant: city, url: `/stadt/${LANG}/integrationsbericht/${lastYear}`, csrfToken: () => "",
    langHref: () => "", assets: { css: "/assets/app.css", js: () => "", style: () => "" }, area: "public",
  };
  const htmlTimes: number[] = [];
  const pdfTimes: number[] = [];
  const both: number[] = [];
  let pages = 0;
  let htmlBytes = 0;
  let pdfBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    await saveReport(db, scope, reportId, { title: `Integrationsbericht ${lastYear}`, summary: `Zusammenfassung, Lauf ${run}.\n\nZweiter Absatz.`, recommendations: "Empfehlungen.", indicatorKeys: [] });
    const report = await getReport(db, city.id, reportId);
    const [htmlMs, html] = await timed(async () => {
      const content = reportContent(await reportData(db, city, report), LANG, "Entwurf");
      return `<!doctype html>${renderToString(ReportPage({ ctx, content, pdfHref: "", preview: true, others: [] }))}`;
    });
    const [pdfMs, pdf] = await timed(async () => renderReportPdf(reportContent(await reportData(db, city, report), LANG, "Entwurf")));
    htmlTimes.push(htmlMs);
    pdfTimes.push(pdfMs);
    both.push(htmlMs + pdfMs);
    htmlBytes = html.length;
    pdfBytes = pdf.length;
    pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  }
  const cpu = os.cpus();
  console.log(`machine: ${cpu[0]?.model ?? "?"} × ${cpu.length}, node ${process.version}, PGlite (in memory), lang ${LANG}`);
  console.log(`data: ${INDICATORS} indicators × ${YEARS} years (municipality and Land), ${MEASURES} measures in 8 fields, a Selbstcheck round with 25 answers; built in ${(buildMs / 1000).toFixed(1)} s`);
  console.log(`HTML page (data + content + render): median ${median(htmlTimes).toFixed(0)} ms, max ${max(htmlTimes).toFixed(0)} ms, ${(htmlBytes / 1024).toFixed(0)} KiB`);
  console.log(`PDF (data + content + Typst): median ${median(pdfTimes).toFixed(0)} ms, max ${max(pdfTimes).toFixed(0)} ms, ${pages} pages, ${(pdfBytes / 1024).toFixed(0)} KiB`);
  console.log(`HTML and PDF together: median ${median(both).toFixed(0)} ms, max ${max(both).toFixed(0)} ms (target: under 3,000 ms)`);
} finally {
  await database.close();
}
