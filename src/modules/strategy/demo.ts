/**
 * Demo data of the strategy module (seeds 000–004): Wilhelmshaven's
 * Selbstcheck "Weltoffene Kommune" in two closed rounds (2023 and 2025, so the
 * results compare), a closed workshop on the 2025 results whose top
 * priorities became goals, an open needs-analysis round in Emsland, and a
 * Handlungskonzept per seed tenant (demo-plans.ts). Answers are generated
 * from a fixed seed around a level per area; everything but the answers
 * themselves goes through the services.
 */
import crypto from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../core/db/index.ts";
import { systemActor } from "../../core/audit.ts";
import type { TenantRef } from "../../web/context.ts";
import type { Definition, Question, RespondentGroup } from "./model.ts";
import { addNote, createPlan, saveField, saveGoal, saveMeasure, updatePlan } from "./plans.ts";
import { copyQuestionnaire, ensureTemplates, type Scope } from "./questionnaires.ts";
import { addLinks, createRound, setRoundStatus } from "./rounds.ts";
import type { Answer, Answers } from "./scoring.ts";
import { questionnaires, responses, rounds, workshopVotes } from "./schema.ts";
import { TEMPLATES } from "./templates.ts";
import { adoptAsGoals, createWorkshop, participantHash, setWorkshopStatus, tally } from "./workshops.ts";
import { DEMO_PLANS, type DemoPlan } from "./demo-plans.ts";
import { seedIndicators } from "./demo-indicators.ts";
import { createReport, publishReport, REPORT_ENTITY, saveReport } from "./report.ts";
import { saveTranslation } from "../../core/translations.ts";
import { seeded } from "../../core/random.ts";

const REPORT_SUMMARY = [
  "Wilhelmshaven ist in den vergangenen zehn Jahren vielfältiger geworden: Der Anteil der Menschen ohne deutsche Staatsangehörigkeit ist gestiegen, und mit ihm die Nachfrage nach Beratung, Sprachmittlung und Angeboten zum Ankommen.",
  "Die Koordinierungsstelle für Migration und Teilhabe hat das Handlungskonzept Integration 2020–2025 weiter umgesetzt. Der zweite Selbstcheck im Modellprojekt „Weltoffene Kommune“ zeigt Fortschritte vor allem bei Steuerung und Kommunikation; im Workshop haben Verwaltung, Politik und Zivilgesellschaft gemeinsam Schwerpunkte für das nächste Konzept gesetzt.",
].join("\n\n");
const REPORT_SUMMARY_EN = [
  "Wilhelmshaven has become more diverse over the past ten years: the share of people without German citizenship has grown, and with it the demand for counselling, language mediation and support on arrival.",
  "The coordination office for migration and participation continued to carry out the integration strategy 2020–2025. The second self-check in the model project “Weltoffene Kommune” shows progress above all in steering and communication; in the workshop, administration, politics and civil society set priorities for the next strategy together.",
].join("\n\n");
const REPORT_SUMMARY_AR = [
  "أصبحت فيلهلمسهافن أكثر تنوعاً خلال السنوات العشر الماضية: ارتفعت نسبة الأشخاص الذين لا يحملون الجنسية الألمانية، ومعها الطلب على الاستشارة والوساطة اللغوية وعروض الاستقبال.",
  "واصل مكتب تنسيق الهجرة والمشاركة تنفيذ خطة العمل للاندماج 2020–2025. ويُظهر الفحص الذاتي الثاني ضمن المشروع النموذجي «البلدية المنفتحة على العالم» تقدماً خاصة في التوجيه والتواصل.",
].join("\n\n");
const REPORT_RECOMMENDATIONS = [
  "Die Sprachmittlung in Kitas und Grundschulen verstetigen und auf weitere Sprachen ausweiten.",
  "Die interkulturelle Öffnung der Verwaltung mit verbindlichen Fortbildungen und einer Ansprechperson je Fachbereich fortsetzen.",
  "Migrantenorganisationen früher und dauerhaft an der Fortschreibung des Handlungskonzepts beteiligen.",
].join("\n\n");

const COMMENTS = [
  "Die Zusammenarbeit zwischen den Fachbereichen ist besser geworden.",
  "Es fehlt an festen Ansprechpersonen in den Ämtern.",
  "Mehrsprachige Informationen gibt es noch zu selten.",
  "Die Interkulturelle Woche wird gut angenommen.",
  "Migrantenorganisationen sollten früher beteiligt werden.",
];

/** One respondent's answers: around `level` (0…1) per area, now and then "don't know" or nothing. */
function answersFor(def: Definition, levels: Record<string, number>, next: () => number): Answers {
  const answers: Answers = {};
  const near = (level: number) => Math.min(1, Math.max(0, level + (next() - 0.5) * 0.5));
  for (const area of def.areas) {
    const level = levels[area.key] ?? 0.5;
    for (const q of area.questions) {
      const roll = next();
      if (!q.required && roll < 0.08) continue;
      if (q.dontKnow && roll < 0.13) {
        answers[q.key] = { dontKnow: true };
        continue;
      }
      const a = answerOf(q, near(level), next);
      if (a) answers[q.key] = a;
    }
  }
  return answers;
}

function answerOf(q: Question, x: number, next: () => number): Answer | undefined {
  switch (q.type) {
    case "scale":
      return { point: 1 + Math.round(x * ((q.scale?.points ?? 5) - 1)) };
    case "single": {
      const scored = (q.options ?? []).filter((o) => o.score !== null);
      const best = scored.reduce((b, o) => (Math.abs(o.score! / 100 - x) < Math.abs(b.score! / 100 - x) ? o : b), scored[0]!);
      return best ? { option: best.key } : undefined;
    }
    case "multiple": {
      const chosen = (q.options ?? []).filter((o) => o.score !== null && o.score > 0 && next() < x + 0.1).map((o) => o.key);
      return chosen.length ? { options: chosen } : undefined;
    }
    case "number": {
      const max = q.number?.max ?? 20;
      return { number: Math.round((q.number?.min ?? 0) + x * Math.min(max, 20)) };
    }
    case "text":
      return next() < 0.3 ? { text: COMMENTS[Math.floor(next() * COMMENTS.length)]! } : undefined;
  }
}

/** A closed round with `count` generated responses spread over the groups. */
async function demoRound(db: Db, scope: Scope, questionnaireId: string, title: string, levels: Record<string, number>, count: number, seed: number, close: boolean) {
  const roundId = await createRound(db, scope, { questionnaireId, title, anonymous: true, closesOn: null });
  const mix: [RespondentGroup, string, number][] = [
    ["administration", "Fachbereich Jugend, Familie und Schule", 0.3],
    ["administration", "Bürgerservice und Ausländerbehörde", 0.15],
    ["politics", "", 0.15],
    ["civil_society", "", 0.28],
    ["economy", "", 0.12],
  ];
  for (const [group, department, share] of mix) {
    await addLinks(db, scope, roundId, { group, department, count: Math.max(1, Math.round(count * share)), people: [], lang: "de" }, "http://localhost");
  }
  await setRoundStatus(db, scope, roundId, "open");
  const [round] = await db.select().from(rounds).where(eq(rounds.id, roundId));
  const next = seeded(seed);
  const made = await db.select({ id: responses.id, group: responses.group }).from(responses).where(eq(responses.roundId, roundId));
  for (const [i, r] of made.entries()) {
    // A few links are never used, one is left half-done: as in a real round.
    if (i % 11 === 10) continue;
    const groupBias = { administration: 0.05, politics: 0.1, civil_society: -0.08, economy: 0 }[r.group] ?? 0;
    const answers = answersFor(round!.definition!, Object.fromEntries(Object.entries(levels).map(([k, v]) => [k, v + groupBias])), next);
    const submitted = i % 11 !== 9;
    await db
      .update(responses)
      .set({ answers, reached: submitted ? round!.definition!.areas.length - 1 : 2, startedAt: new Date(), submittedAt: submitted ? new Date() : null })
      .where(eq(responses.id, r.id));
  }
  if (close) await setRoundStatus(db, scope, roundId, "closed");
  return roundId;
}

async function seedPlan(db: Db, scope: Scope, plan: DemoPlan): Promise<{ id: string; measures: number }> {
  const planId = await createPlan(db, scope, { title: plan.title, startsYear: plan.startsYear, endsYear: plan.endsYear }, null);
  let measures = 0;
  for (const [fi, f] of plan.fields.entries()) {
    const fieldId = await saveField(db, scope, planId, null, { title: f.title, description: f.description ?? "", areaKey: f.areaKey ?? null, topics: f.topics, position: fi });
    for (const [gi, g] of f.goals.entries()) {
      const goalId = await saveGoal(db, scope, fieldId, null, { title: g.title, description: g.description ?? "", indicator: g.indicator ?? "", targetValue: g.targetValue ?? null, targetYear: g.targetYear ?? null, position: gi });
      for (const [mi, m] of g.measures.entries()) {
        const measureId = await saveMeasure(db, scope, goalId, null, {
          title: m.title,
          description: m.description ?? "",
          responsible: m.responsible,
          partners: m.partners ?? "",
          startsOn: m.startsOn ?? null,
          endsOn: m.endsOn ?? null,
          budget: m.budget ?? null,
          status: m.status,
          position: mi,
        });
        for (const n of m.notes ?? []) await addNote(db, { ...scope, actor: systemActor("Koordinierungsstelle") }, measureId, n);
        measures++;
      }
    }
  }
  if (plan.status !== "draft") await updatePlan(db, scope, planId, { title: plan.title, startsYear: plan.startsYear, endsYear: plan.endsYear, status: plan.status });
  return { id: planId, measures };
}

const templateId = async (db: Db, landId: string, key: string) =>
  (await db.select({ id: questionnaires.id }).from(questionnaires).where(and(eq(questionnaires.tenantId, landId), eq(questionnaires.templateKey, key), sql`${questionnaires.copiedFrom} IS NULL`)))[0]!.id;

export async function seedStrategy(db: Db, tenants: Map<string, TenantRef>, land: TenantRef): Promise<{ rounds: number; responses: number; plans: number; measures: number; figures: number }> {
  const landId = land.id;
  await ensureTemplates(db, TEMPLATES);
  const actor = systemActor("Demo");
  const out = { rounds: 0, responses: 0, plans: 0, measures: 0, figures: 0 };
  out.figures = await seedIndicators(db, land, tenants.get("wilhelmshaven"));
  const plans = new Map<string, string>();
  for (const plan of DEMO_PLANS) {
    const tenant = tenants.get(plan.tenant);
    if (!tenant) continue;
    const made = await seedPlan(db, { tenant, actor }, plan);
    if (plan.status === "adopted" && !plans.has(plan.tenant)) plans.set(plan.tenant, made.id);
    out.plans++;
    out.measures += made.measures;
  }

  const whv = tenants.get("wilhelmshaven");
  if (whv) {
    const scope = { tenant: whv, actor };
    const selfcheck = await copyQuestionnaire(db, scope, await templateId(db, landId, "selfcheck-weltoffen"));
    const lower = { steuerung: 0.45, oeffnung: 0.35, zugang: 0.4, arbeit: 0.35, engagement: 0.5, zusammenhalt: 0.55, kommunikation: 0.3 };
    const higher = { steuerung: 0.65, oeffnung: 0.5, zugang: 0.5, arbeit: 0.45, engagement: 0.6, zusammenhalt: 0.65, kommunikation: 0.5 };
    const earlier = await demoRound(db, scope, selfcheck, "Selbstcheck Weltoffene Kommune 2023", lower, 18, 2023, true);
    const latest = await demoRound(db, scope, selfcheck, "Selbstcheck Weltoffene Kommune 2025", higher, 26, 2025, true);
    // The rounds took place in the years their titles say.
    await db.update(rounds).set({ openedAt: new Date("2023-10-02T08:00:00Z"), closedAt: new Date("2023-11-20T16:00:00Z") }).where(eq(rounds.id, earlier));
    await db.update(rounds).set({ openedAt: new Date("2025-09-15T08:00:00Z"), closedAt: new Date("2025-10-31T16:00:00Z") }).where(eq(rounds.id, latest));
    out.rounds += 2;

    // The workshop on the 2025 results: the room voted, the three strongest priorities became goals.
    const workshopId = await createWorkshop(db, scope, { roundId: latest, title: "Workshop Weltoffene Kommune", votesPerPerson: 3 });
    const items = await tally(db, workshopId);
    const next = seeded(77);
    for (let p = 0; p < 17; p++) {
      const who = participantHash(crypto.createHash("sha256").update(`demo-participant-${p}`).digest("base64url"));
      const picks = [...items].sort(() => next() - 0.5).slice(0, 1 + Math.floor(next() * 3));
      if (picks.length) await db.insert(workshopVotes).values(picks.map((i) => ({ itemId: i.id, workshopId, participant: who })));
    }
    const ranked = (await tally(db, workshopId)).sort((a, b) => b.votes - a.votes).slice(0, 3);
    const target = plans.get("wilhelmshaven");
    if (target && ranked.length) await adoptAsGoals(db, scope, workshopId, ranked.map((i) => i.id), target);
    await setWorkshopStatus(db, scope, workshopId, "closed");

    // The integration report of last year, published.
    const year = new Date().getFullYear() - 1;
    const reportId = await createReport(db, scope, year);
    await saveReport(db, scope, reportId, { title: `Integrationsbericht ${year}`, summary: REPORT_SUMMARY, recommendations: REPORT_RECOMMENDATIONS, indicatorKeys: [] });
    await saveTranslation(db, { tenantId: whv.id, entity: REPORT_ENTITY, entityId: reportId, field: "summary", lang: "en", text: REPORT_SUMMARY_EN, german: REPORT_SUMMARY });
    await saveTranslation(db, { tenantId: whv.id, entity: REPORT_ENTITY, entityId: reportId, field: "summary", lang: "ar", text: REPORT_SUMMARY_AR, german: REPORT_SUMMARY });
    await publishReport(db, scope, reportId);
  }

  const ems = tenants.get("emsland");
  if (ems) {
    const scope = { tenant: ems, actor };
    const needs = await copyQuestionnaire(db, scope, await templateId(db, landId, "bedarfsanalyse"));
    await demoRound(db, scope, needs, "Bedarfsanalyse Integration 2026", { ankommen: 0.55, sprache: 0.45, arbeit: 0.5, wohnen: 0.25, gesundheit: 0.4, teilhabe: 0.55 }, 12, 2026, false);
    out.rounds++;
  }
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(responses).where(sql`${responses.submittedAt} IS NOT NULL`);
  out.responses = n;
  return out;
}
