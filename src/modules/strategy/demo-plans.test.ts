/**
 * The demo Handlungskonzepte: periods, dates and statuses that make sense,
 * Selbstcheck area keys and Wegweiser topics that exist, no e-mail
 * addresses, and every node accepted by the forms' own schemas.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { TOPICS } from "../directory/model.ts";
import { DEMO_PLANS, SELFCHECK_AREA_KEYS, type DemoMeasure, type DemoPlan } from "./demo-plans.ts";
import { MEASURE_STATUSES } from "./model.ts";
import { SELF_CHECK_TEMPLATE } from "./templates.ts";
import { FieldInput, GoalInput, MeasureInput, NoteInput, PlanUpdateInput } from "./validation.ts";

const AREA_KEYS = ["steuerung", "oeffnung", "zugang", "arbeit", "engagement", "zusammenhalt", "kommunikation"];

const measuresOf = (plan: DemoPlan): DemoMeasure[] => plan.fields.flatMap((f) => f.goals.flatMap((g) => g.measures));
const where = (plan: DemoPlan, title: string) => `${plan.title} › ${title}`;

/** A real calendar day as YYYY-MM-DD. */
function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

const adopted = (tenant: DemoPlan["tenant"]) => DEMO_PLANS.find((p) => p.tenant === tenant && p.status === "adopted");

describe("Strategy demo plans", () => {
  test("one adopted plan per seed tenant, with the titles and periods of the brief", () => {
    assert.deepEqual(
      DEMO_PLANS.filter((p) => p.status === "adopted").map((p) => [p.tenant, p.title, p.startsYear, p.endsYear]),
      [
        ["wilhelmshaven", "Handlungskonzept Integration 2020–2025", 2020, 2025],
        ["wesermarsch", "Handlungskonzept Integration Wesermarsch 2023–2027", 2023, 2027],
        ["emsland", "Integrationskonzept Landkreis Emsland 2022–2026", 2022, 2026],
        ["wolfsburg", "Integrationskonzept Wolfsburg 2024–2028", 2024, 2028],
      ],
    );
    // demo.ts adopts workshop goals into the first adopted plan of a tenant: it must come before any draft.
    const whv = DEMO_PLANS.filter((p) => p.tenant === "wilhelmshaven");
    assert.equal(whv[0]?.status, "adopted");
  });

  test("years are ordered and statuses valid", () => {
    for (const plan of DEMO_PLANS) {
      assert.ok(Number.isInteger(plan.startsYear) && Number.isInteger(plan.endsYear), plan.title);
      assert.ok(plan.startsYear <= plan.endsYear, plan.title);
      assert.ok(["draft", "adopted", "archived"].includes(plan.status), plan.title);
      for (const m of measuresOf(plan)) assert.ok((MEASURE_STATUSES as readonly string[]).includes(m.status), where(plan, m.title));
      for (const g of plan.fields.flatMap((f) => f.goals)) {
        if (g.targetYear !== undefined) {
          assert.ok(Number.isInteger(g.targetYear) && g.targetYear >= plan.startsYear && g.targetYear <= plan.endsYear + 1, where(plan, g.title));
        }
      }
    }
  });

  test("measure and note dates are real days, start before end, and lie around the plan's period", () => {
    for (const plan of DEMO_PLANS) {
      for (const m of measuresOf(plan)) {
        const at = where(plan, m.title);
        for (const d of [m.startsOn, m.endsOn]) if (d !== undefined) assert.ok(isIsoDate(d), `${at}: ${d}`);
        if (m.startsOn && m.endsOn) assert.ok(m.startsOn <= m.endsOn, at);
        if (m.startsOn) assert.ok(Number(m.startsOn.slice(0, 4)) >= plan.startsYear - 1, at);
        if (m.endsOn) assert.ok(Number(m.endsOn.slice(0, 4)) <= plan.endsYear + 1, at);
        for (const n of m.notes ?? []) {
          assert.ok(isIsoDate(n.notedOn), `${at}: ${n.notedOn}`);
          if (m.startsOn) assert.ok(n.notedOn >= m.startsOn, `${at}: note before the start`);
          assert.ok(n.text.trim().length > 0, at);
        }
        if (m.budget !== undefined) assert.ok(Number.isInteger(m.budget) && m.budget > 0, at);
      }
    }
  });

  test("Wilhelmshaven's plan uses every measure status; progress is noted, a dropped measure says why", () => {
    const whv = adopted("wilhelmshaven")!;
    const statuses = new Set(measuresOf(whv).map((m) => m.status));
    for (const s of MEASURE_STATUSES) assert.ok(statuses.has(s), s);
    for (const plan of DEMO_PLANS) {
      for (const m of measuresOf(plan)) {
        const notes = m.notes?.length ?? 0;
        if (m.status === "in_progress" || m.status === "done") assert.ok(notes >= 1 && notes <= 3, where(plan, m.title));
        if (m.status === "dropped") assert.ok(notes >= 1, where(plan, m.title));
        if (m.status === "idea") assert.equal(notes, 0, where(plan, m.title));
      }
    }
  });

  test("sizes: fields, goals per field, measures per goal and per plan", () => {
    const count = (p: DemoPlan) => measuresOf(p).length;
    const whv = adopted("wilhelmshaven")!;
    assert.ok(whv.fields.length >= 5 && whv.fields.length <= 7);
    assert.ok(count(whv) >= 30 && count(whv) <= 45, `${count(whv)}`);
    for (const t of ["wesermarsch", "emsland"] as const) {
      const p = adopted(t)!;
      assert.ok(p.fields.length >= 4 && p.fields.length <= 5, t);
      assert.ok(count(p) >= 15 && count(p) <= 25, `${t}: ${count(p)}`);
    }
    const wob = adopted("wolfsburg")!;
    assert.ok(wob.fields.length >= 5 && wob.fields.length <= 6);
    assert.ok(count(wob) >= 15 && count(wob) <= 25, `${count(wob)}`);
    for (const plan of DEMO_PLANS) {
      for (const f of plan.fields) {
        assert.ok(f.goals.length >= 1 && f.goals.length <= 3, where(plan, f.title));
        for (const g of f.goals) assert.ok(g.measures.length >= 1 && g.measures.length <= 4, where(plan, g.title));
      }
    }
    // About half of Wilhelmshaven's goals carry an indicator with target value and year.
    const goals = whv.fields.flatMap((f) => f.goals);
    const targeted = goals.filter((g) => g.indicator && g.targetValue !== undefined && g.targetYear !== undefined).length;
    assert.ok(targeted >= goals.length / 3 && targeted <= (goals.length * 2) / 3, `${targeted} of ${goals.length}`);
  });

  test("area keys are Selbstcheck areas, at most one field per area and plan", () => {
    assert.deepEqual([...SELFCHECK_AREA_KEYS], AREA_KEYS);
    assert.deepEqual(SELF_CHECK_TEMPLATE.areas.map((a) => a.key), AREA_KEYS);
    for (const plan of DEMO_PLANS) {
      const keys = plan.fields.map((f) => f.areaKey).filter((k): k is string => k !== undefined);
      for (const k of keys) assert.ok(AREA_KEYS.includes(k), `${plan.title}: ${k}`);
      assert.equal(new Set(keys).size, keys.length, plan.title);
    }
  });

  test("every field has at least one topic, all from the Wegweiser's list, none twice", () => {
    for (const plan of DEMO_PLANS) {
      for (const f of plan.fields) {
        assert.ok(f.topics.length >= 1, where(plan, f.title));
        for (const t of f.topics) assert.ok((TOPICS as readonly string[]).includes(t), `${where(plan, f.title)}: ${t}`);
        assert.equal(new Set(f.topics).size, f.topics.length, where(plan, f.title));
      }
    }
  });

  test("no text contains an e-mail address (no @ at all)", () => {
    for (const s of strings(DEMO_PLANS)) assert.ok(!s.includes("@"), s);
  });

  test("titles are non-empty and at most 500 characters; texts are trimmed", () => {
    for (const plan of DEMO_PLANS) {
      const titles = [plan.title, ...plan.fields.flatMap((f) => [f.title, ...f.goals.flatMap((g) => [g.title, ...g.measures.map((m) => m.title)])])];
      for (const t of titles) assert.ok(t.trim().length > 0 && t.length <= 500, t);
      for (const m of measuresOf(plan)) assert.ok(m.responsible.trim().length > 0, where(plan, m.title));
    }
    for (const s of strings(DEMO_PLANS)) assert.equal(s, s.trim(), s);
  });

  test("every node passes the schema of its form", () => {
    const str = (v: number | string | undefined) => (v === undefined ? "" : String(v));
    for (const plan of DEMO_PLANS) {
      assert.ok(PlanUpdateInput.safeParse({ title: plan.title, startsYear: str(plan.startsYear), endsYear: str(plan.endsYear), status: plan.status }).success, plan.title);
      for (const f of plan.fields) {
        const field = FieldInput.safeParse({ title: f.title, description: f.description ?? "", areaKey: f.areaKey ?? "", topics: f.topics });
        assert.ok(field.success, where(plan, f.title));
        for (const g of f.goals) {
          const goal = GoalInput.safeParse({ title: g.title, description: g.description ?? "", indicator: g.indicator ?? "", targetValue: str(g.targetValue), targetYear: str(g.targetYear) });
          assert.ok(goal.success, where(plan, g.title));
          for (const m of g.measures) {
            const measure = MeasureInput.safeParse({
              title: m.title,
              description: m.description ?? "",
              responsible: m.responsible,
              partners: m.partners ?? "",
              startsOn: m.startsOn ?? "",
              endsOn: m.endsOn ?? "",
              budget: str(m.budget),
              status: m.status,
            });
            assert.ok(measure.success, `${where(plan, m.title)}: ${JSON.stringify(measure.error?.issues)}`);
            for (const n of m.notes ?? []) assert.ok(NoteInput.safeParse(n).success, where(plan, m.title));
          }
        }
      }
    }
  });
});
