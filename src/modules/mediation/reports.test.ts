/**
 * The office's figures and the integration report's counts, on data made
 * through the service (submit, decide, offer, accept, cancel, report and
 * confirm hours), with exact expected numbers; another tenant's data in the
 * same database never shows. PGlite, or PostgreSQL with TEST_DATABASE_URL.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { systemActor } from "../../core/audit.ts";
import { buildTenant, createTestDatabase, type TestDatabase } from "../../../test/helpers.ts";
import type { TenantRef } from "../../web/context.ts";
import { deploymentsBy, leadTimes, mediationCounts, requestOutcomes, type ReportFilter } from "./reports.ts";
import { answerOffer, cancel, confirmHours, decide, getRequest, markUnmet, reportHours, sendOffers } from "./service.ts";
import { buildMediator, buildOffice, buildRequest, buildRequester, officeScope } from "./test-factories.ts";
import { instantOf } from "../../core/time.ts";

const BASE = "http://localhost:3000";
/** Requests are entered well before their appointments. */
const ENTERED = new Date("2026-09-01T08:00:00Z");
const NOV_DEC: ReportFilter = { from: instantOf("2026-11-01", 0), to: instantOf("2027-01-01", 0) };
const actor = systemActor("test");
const at = (date: string, minute = 600) => instantOf(date, minute);
const hour = 3_600_000;

let d: TestDatabase;
const ref = (t: Awaited<ReturnType<typeof buildTenant>>): TenantRef => ({ id: t.id, slug: t.slug, name: t.name, kind: t.kind, parentId: t.parentId, state: t.state, intro: t.intro });

async function newTenant() {
  const t = ref(await buildTenant(d.db));
  await buildOffice(d.db, t);
  return t;
}

const submitted = async (t: TenantRef, requester: string, startsAt: Date, over: Record<string, unknown> = {}) => (await buildRequest(d.db, t, requester, startsAt, over, ENTERED)).id;

async function approved(t: TenantRef, requester: string, startsAt: Date, over: Record<string, unknown> = {}) {
  const id = await submitted(t, requester, startsAt, over);
  await decide(d.db, officeScope(t), id, { decision: "approve", reason: "" });
  return id;
}

async function declined(t: TenantRef, requester: string, startsAt: Date, reason: string) {
  const id = await submitted(t, requester, startsAt);
  await decide(d.db, officeScope(t), id, { decision: "decline", reason });
  return id;
}

/** Offers an open request to the mediator, who accepts; returns the new job's id. */
async function accept(t: TenantRef, requestId: string, mediator: string): Promise<string> {
  const [offer] = await sendOffers(d.db, officeScope(t), requestId, 0, [mediator], BASE);
  await answerOffer(d.db, t, offer!.offerId, mediator, { accept: true }, actor);
  const r = await getRequest(d.db, t.id, requestId);
  return r.jobs.find((j) => j.status === "confirmed")!.id;
}

async function booked(t: TenantRef, requester: string, mediator: string, startsAt: Date, over: Record<string, unknown> = {}) {
  const id = await approved(t, requester, startsAt, over);
  return { id, jobId: await accept(t, id, mediator) };
}

before(async () => {
  d = await createTestDatabase();
});
after(() => d.close());

describe("office figures and integration report counts", () => {
  let a: TenantRef;
  let jugendamt: string;
  let kita: string;
  const DECLINE = "Kein Anlass der Sprachmittlung";

  before(async () => {
    a = await newTenant();
    jugendamt = await buildRequester(d.db, a, { name: "Jugendamt" });
    kita = await buildRequester(d.db, a, { name: "Kita Sonnenschein", kind: "kita" });
    const ar1 = await buildMediator(d.db, a, { name: "Arabisch Eins" });
    const ar2 = await buildMediator(d.db, a, { name: "Arabisch Zwei" });
    const tr = await buildMediator(d.db, a, { name: "Türkisch Eins", languages: [{ code: "tr", level: "native", dialects: [] }] });

    // R1: completed, 75 actual minutes and 12 km: 3 half hours (4500) + 7 km × 2 × 30 ct (420) = 4920 cents.
    const r1 = await booked(a, jugendamt, ar1, at("2026-11-03"), { topic: "parent_talk" });
    await reportHours(d.db, a, ar1, r1.jobId, { actualMinutes: 75, travelKm: 12, travelMinutes: 20 }, actor, at("2026-11-03", 700));
    await confirmHours(d.db, a, "office", r1.jobId, actor, at("2026-11-04"));
    // R2: confirmed, 90 booked minutes.
    await booked(a, kita, ar1, at("2026-11-10"), { topic: "development_talk", minutes: "90" });
    // R3: cancelled by the requester a day ahead: the booked hour is billed (3000 cents).
    const r3 = await booked(a, jugendamt, tr, at("2026-12-01"), { language: "tr", topic: "social_benefits" });
    await cancel(d.db, a, r3.id, "requester", "Familie verhindert", actor, at("2026-11-30"));
    // R4, R5, R12: declined, two with the same reason.
    await declined(a, kita, at("2026-11-20"), DECLINE);
    await declined(a, jugendamt, at("2026-11-21"), DECLINE);
    await declined(a, jugendamt, at("2026-11-22"), "Thema ausgeschlossen");
    // R6: nobody could take it.
    const r6 = await approved(a, jugendamt, at("2026-11-25"));
    await markUnmet(d.db, officeScope(a), r6, "Niemand frei");
    // R7: waits for a decision; R8: offered, nobody answered yet.
    await submitted(a, jugendamt, at("2026-11-26"));
    const r8 = await approved(a, jugendamt, at("2026-11-27"));
    await sendOffers(d.db, officeScope(a), r8, 0, [ar2], BASE);
    // R10: the first mediator cancels (free), a second one takes it.
    const r10 = await booked(a, kita, ar1, at("2026-12-08"), { topic: "parent_talk" });
    await cancel(d.db, a, r10.id, "mediator", "krank", actor, at("2026-12-01"));
    await accept(a, r10.id, ar2);
    // R11: withdrawn by the requester before any decision.
    const r11 = await submitted(a, kita, at("2026-12-15"));
    await cancel(d.db, a, r11, "requester", "erledigt", actor, ENTERED);
    // R9: next year, outside the range.
    await booked(a, jugendamt, ar2, at("2027-01-05"));

    // Another tenant, same months and languages: must never appear in a's figures.
    const b = await newTenant();
    const sozialamt = await buildRequester(d.db, b, { name: "Sozialamt Nachbarstadt" });
    const foreign = await buildMediator(d.db, b, { name: "Fremd" });
    await booked(b, sozialamt, foreign, at("2026-11-03"), { topic: "parent_talk" });
    await declined(b, sozialamt, at("2026-11-20"), "Fremde Begründung");
  });

  test("deployments by language: cancelled jobs are counted apart and only billed when billable", async () => {
    assert.deepEqual(await deploymentsBy(d.db, a.id, NOV_DEC, "language"), [
      { key: "ar", label: "Arabisch", deployments: 3, minutes: 75 + 90 + 60, cancelled: 1, billedCents: 4920 },
      { key: "tr", label: "Türkisch", deployments: 0, minutes: 0, cancelled: 1, billedCents: 3000 },
    ]);
  });

  test("deployments by month (Berlin time), by requester and by topic", async () => {
    assert.deepEqual(await deploymentsBy(d.db, a.id, NOV_DEC, "month"), [
      { key: "2026-11", label: "November 2026", deployments: 2, minutes: 165, cancelled: 0, billedCents: 4920 },
      { key: "2026-12", label: "Dezember 2026", deployments: 1, minutes: 60, cancelled: 2, billedCents: 3000 },
    ]);
    assert.deepEqual(await deploymentsBy(d.db, a.id, NOV_DEC, "requester"), [
      { key: kita, label: "Kita Sonnenschein", deployments: 2, minutes: 150, cancelled: 1, billedCents: 0 },
      { key: jugendamt, label: "Jugendamt", deployments: 1, minutes: 75, cancelled: 1, billedCents: 4920 + 3000 },
    ]);
    assert.deepEqual(await deploymentsBy(d.db, a.id, NOV_DEC, "topic"), [
      { key: "parent_talk", label: "Elterngespräch", deployments: 2, minutes: 135, cancelled: 1, billedCents: 4920 },
      { key: "development_talk", label: "Entwicklungsgespräch", deployments: 1, minutes: 90, cancelled: 0, billedCents: 0 },
      { key: "social_benefits", label: "Sozialleistungen", deployments: 0, minutes: 0, cancelled: 1, billedCents: 3000 },
    ]);
  });

  test("a month in Berlin time: a job at 00:30 on 1 December local time belongs to December, not November (UTC)", async () => {
    const t = await newTenant();
    const requester = await buildRequester(d.db, t, { name: "Schule" });
    const m = await buildMediator(d.db, t);
    await booked(t, requester, m, at("2026-12-01", 30));
    const months = await deploymentsBy(d.db, t.id, NOV_DEC, "month");
    assert.deepEqual(months.map((x) => [x.key, x.deployments]), [["2026-12", 1]]);
  });

  test("request outcomes: each request once, by its status; decline reasons grouped", async () => {
    assert.deepEqual(await requestOutcomes(d.db, a.id, NOV_DEC), {
      submitted: 1,
      approved: 1,
      declined: 3,
      unmet: 1,
      cancelled: 2,
      confirmed: 2,
      completed: 1,
      declineReasons: [
        { reason: DECLINE, count: 2 },
        { reason: "Thema ausgeschlossen", count: 1 },
      ],
    });
  });

  test("integration report counts per calendar year", async () => {
    assert.deepEqual(await mediationCounts(d.db, a.id, 2026), {
      year: 2026,
      requests: 11,
      deployments: 3,
      hours: 3.8,
      languages: 1,
      byLanguage: [{ language: "ar", deployments: 3, hours: 3.8 }],
      declined: 3,
      unmet: 1,
    });
    assert.deepEqual(await mediationCounts(d.db, a.id, 2027), {
      year: 2027,
      requests: 1,
      deployments: 1,
      hours: 1,
      languages: 1,
      byLanguage: [{ language: "ar", deployments: 1, hours: 1 }],
      declined: 0,
      unmet: 0,
    });
  });

  test("an empty range gives zeros and no lead times", async () => {
    const empty: ReportFilter = { from: instantOf("2025-01-01", 0), to: instantOf("2025-02-01", 0) };
    assert.deepEqual(await deploymentsBy(d.db, a.id, empty, "language"), []);
    assert.deepEqual(await requestOutcomes(d.db, a.id, empty), { submitted: 0, approved: 0, declined: 0, unmet: 0, cancelled: 0, confirmed: 0, completed: 0, declineReasons: [] });
    assert.deepEqual(await leadTimes(d.db, a.id, empty), { medianHours: null, p90Hours: null, decisionMedianHours: null, confirmationMedianHours: null });
  });
});

describe("lead times", () => {
  test("median and 90th percentile of submission → appointment, medians of → decision and → first job", async () => {
    const t = await newTenant();
    const requester = await buildRequester(d.db, t);
    const m = await buildMediator(d.db, t);
    // Submitted 24, 48 and 96 hours ahead; decided after 1, 3 and 10 hours; a mediator accepted after 5 and 7 hours (the third was declined).
    const cases = [
      { startsAt: at("2026-11-10"), lead: 24, decision: 1, job: 5 },
      { startsAt: at("2026-11-11"), lead: 48, decision: 3, job: 7 },
      { startsAt: at("2026-11-12"), lead: 96, decision: 10, job: null },
    ];
    // Submitted, decided and accepted at those instants, through the services (each takes its "now").
    for (const c of cases) {
      const entered = c.startsAt.getTime() - c.lead * hour;
      const id = (await buildRequest(d.db, t, requester, c.startsAt, {}, new Date(entered))).id;
      await decide(d.db, officeScope(t), id, c.job === null ? { decision: "decline", reason: "Kein Anlass" } : { decision: "approve", reason: "" }, new Date(entered + c.decision * hour));
      if (c.job === null) continue;
      const [offer] = await sendOffers(d.db, officeScope(t), id, 0, [m], BASE);
      await answerOffer(d.db, t, offer!.offerId, m, { accept: true }, actor, new Date(entered + c.job * hour));
    }
    const lt = await leadTimes(d.db, t.id, NOV_DEC);
    assert.equal(lt.medianHours, 48);
    assert.ok(Math.abs(lt.p90Hours! - (48 + 0.8 * (96 - 48))) < 1e-9, String(lt.p90Hours));
    assert.equal(lt.decisionMedianHours, 3);
    assert.equal(lt.confirmationMedianHours, 6);
  });
});
