/**
 * The Sprachmittlung's domain rules against a real database (PGlite, or the
 * PostgreSQL server with TEST_DATABASE_URL): assessment and decision, offers,
 * parallel accepts, the overlap constraint, cancellation and the mails.
 */
import crypto from "node:crypto";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { rows } from "../../core/db/index.ts";
import { systemActor } from "../../core/audit.ts";
import { invalidateTenantCache } from "../../core/tenancy.ts";
import { buildTenant, createTestDatabase, type TestDatabase } from "../../../test/helpers.ts";
import type { TenantRef } from "../../web/context.ts";
import { answerOffer, cancel, confirmHours, decide, eraseExpiredPersonalData, getRequest, listMediators, listRequests, markUnmet, matchPool, minutesInMonth, poolLanguages, planAndKeep, planRun, QUICK_PLAN_SECONDS, type Solve, recordNoShow, reportHours, sendOffers, suggestionsFor } from "./service.ts";
import { fee } from "./fees.ts";
import { DEFAULT_RATES } from "./model.ts";
import type { Lane } from "./plan-thread.ts";
import type { Plan } from "./planning.ts";
import { buildMediator, buildOffice, buildRequest, buildRequester, nextWeekday, officeScope } from "./test-factories.ts";

let d: TestDatabase;
let tenant: TenantRef;
const BASE = "http://localhost:3000";

const ref = (t: Awaited<ReturnType<typeof buildTenant>>): TenantRef => ({ id: t.id, slug: t.slug, name: t.name, kind: t.kind, parentId: t.parentId, state: t.state, intro: t.intro });
const mails = (to: string) => rows<{ subject: string; text: string }>(d.db, sql`SELECT subject, text FROM mail_outbox WHERE "to" = ${to} ORDER BY created_at`);

before(async () => {
  d = await createTestDatabase();
  tenant = ref(await buildTenant(d.db));
  invalidateTenantCache();
  await buildOffice(d.db, tenant);
});
after(() => d.close());

describe("request and decision", () => {
  test("an eligible request is assessed, waits for a decision, and the decision with its reason reaches the requester", async () => {
    const requester = await buildRequester(d.db, tenant);
    await buildMediator(d.db, tenant);
    const created = await buildRequest(d.db, tenant, requester, nextWeekday());
    assert.equal(created.status, "submitted");
    assert.equal(created.assessment.outcome, "eligible");
    assert.deepEqual(created.assessment.rules.filter((r) => r.result !== "pass"), []);
    assert.match(created.reference, /^SM-\d{4}-\d{4}$/);

    await decide(d.db, officeScope(tenant), created.id, { decision: "decline", reason: "Kein Anlass der Sprachmittlung." });
    const r = await getRequest(d.db, tenant.id, created.id);
    assert.equal(r.status, "declined");
    assert.equal(r.decisionReason, "Kein Anlass der Sprachmittlung.");
    const sent = await mails(r.requester.email);
    assert.ok(sent.some((m) => m.subject.includes(created.reference) && m.text.includes("Kein Anlass der Sprachmittlung.")));
    await assert.rejects(decide(d.db, officeScope(tenant), created.id, { decision: "approve", reason: "" }), /already decided/);
  });

  test("with auto-approval on, an eligible request is approved at once but an excluded topic never is", async () => {
    const t2 = ref(await buildTenant(d.db));
    await buildOffice(d.db, t2, { autoApprove: true });
    await buildMediator(d.db, t2);
    const requester = await buildRequester(d.db, t2);
    const ok = await buildRequest(d.db, t2, requester, nextWeekday());
    assert.equal(ok.status, "approved");
    const excluded = await buildRequest(d.db, t2, requester, nextWeekday(), { topic: "court" });
    assert.equal(excluded.status, "submitted");
    assert.equal(excluded.assessment.outcome, "ineligible");
    assert.ok(excluded.assessment.rules.some((r) => r.rule === "topic_excluded" && r.result === "fail"));
    const short = await buildRequest(d.db, t2, requester, new Date(Date.now() + 30 * 3_600_000), { urgency: "urgent", urgencyReason: "Kinderschutzfall" });
    assert.notEqual(short.status, "approved", "a shorter lead time than the normal one needs a staff decision");
  });

  test("references count up per tenant and year without gaps, also when requests arrive in parallel", async () => {
    const t3 = ref(await buildTenant(d.db));
    await buildOffice(d.db, t3);
    const requester = await buildRequester(d.db, t3);
    const made = await Promise.all(Array.from({ length: 6 }, () => buildRequest(d.db, t3, requester, nextWeekday())));
    const numbers = made.map((m) => Number(m.reference.slice(-4))).sort((a, b) => a - b);
    assert.deepEqual(numbers, [1, 2, 3, 4, 5, 6]);
  });
});

describe("the pool's languages", () => {
  test("are those of active mediators who consented, without German, which every mediation is into and out of", async () => {
    const own = ref(await buildTenant(d.db));
    await buildMediator(d.db, own, { languages: [{ code: "de", level: "native", dialects: [] }, { code: "ar", level: "native", dialects: [] }] });
    await buildMediator(d.db, own, { languages: [{ code: "tr", level: "native", dialects: [] }], active: false });
    await buildMediator(d.db, own, { languages: [{ code: "uk", level: "native", dialects: [] }] });
    assert.deepEqual(await poolLanguages(d.db, own.id), ["ar", "uk"]);
  });
});

describe("the request list", () => {
  test("open requests first, soonest first, then the others, latest first; filtered by status, language and text; paged with the total", async () => {
    // A tenant of its own: the list holds exactly these four.
    const own = ref(await buildTenant(d.db));
    invalidateTenantCache();
    await buildOffice(d.db, own);
    const school = await buildRequester(d.db, own, { name: "Grundschule Süd", kind: "school" });
    const office = await buildRequester(d.db, own, { name: "Jugendamt" });
    const a = await buildRequest(d.db, own, school, nextWeekday(new Date(), 2, 540));
    const c = await buildRequest(d.db, own, office, nextWeekday(new Date(), 3, 600));
    const b = await buildRequest(d.db, own, office, nextWeekday(new Date(), 4, 600), { language: "tr" });
    const later = await buildRequest(d.db, own, school, nextWeekday(new Date(Date.now() + 7 * 86_400_000), 2, 600));
    for (const r of [c, later]) await decide(d.db, officeScope(own), r.id, { decision: "decline", reason: "Kein Anlass." });
    await decide(d.db, officeScope(own), b.id, { decision: "approve", reason: "" });

    const refs = async (...args: Parameters<typeof listRequests> extends [unknown, unknown, ...infer R] ? R : never) => {
      const { items, total } = await listRequests(d.db, own.id, ...args);
      return { refs: items.map((i) => i.reference), total };
    };
    // Open (submitted a, approved b) by date; then the declined ones, the latest first.
    assert.deepEqual(await refs(), { refs: [a.reference, b.reference, later.reference, c.reference], total: 4 });
    assert.deepEqual(await refs({ status: "declined" }), { refs: [later.reference, c.reference], total: 2 });
    assert.deepEqual(await refs({ language: "tr" }), { refs: [b.reference], total: 1 });
    // Case and accents do not matter: "sud" finds "Süd".
    assert.deepEqual(await refs({ text: "SUD" }), { refs: [a.reference, later.reference], total: 2 });
    assert.deepEqual(await refs({ text: c.reference.toLowerCase() }), { refs: [c.reference], total: 1 });
    // Typed characters mean themselves: "_" and "%" are no wildcards.
    assert.deepEqual(await refs({ text: "_" }), { refs: [], total: 0 });
    assert.deepEqual(await refs({ text: "S%d" }), { refs: [], total: 0 });
    assert.deepEqual(await refs({ requesterIds: [office] }), { refs: [b.reference, c.reference], total: 2 });
    // Pages: the total stays that of the filter.
    assert.deepEqual(await refs({}, { limit: 3 }), { refs: [a.reference, b.reference, later.reference], total: 4 });
    assert.deepEqual(await refs({}, { limit: 3, offset: 3 }), { refs: [c.reference], total: 4 });
    // Another tenant's list does not hold them.
    const theirs = await listRequests(d.db, tenant.id, {}, { limit: 500 });
    assert.ok(theirs.items.length > 0 && theirs.items.every((i) => ![a.id, b.id, c.id, later.id].includes(i.id)));
  });
});

describe("offers and acceptance", () => {
  test("suggestions rank the mediator who speaks the language and is free; one who does not speak it is not feasible", async () => {
    const requester = await buildRequester(d.db, tenant);
    const speaker = await buildMediator(d.db, tenant, { name: "Arabisch Eins" });
    const other = await buildMediator(d.db, tenant, { name: "Türkisch Eins", languages: [{ code: "tr", level: "native", dialects: [] }] });
    const created = await buildRequest(d.db, tenant, requester, nextWeekday(new Date(), 3));
    await decide(d.db, officeScope(tenant), created.id, { decision: "approve", reason: "" });
    const s = await suggestionsFor(d.db, tenant.id, await getRequest(d.db, tenant.id, created.id), 0);
    const bySpeaker = s.find((x) => x.mediatorId === speaker)!;
    const byOther = s.find((x) => x.mediatorId === other)!;
    assert.equal(bySpeaker.feasible, true);
    assert.equal(byOther.feasible, false);
    assert.ok(byOther.reasons.some((r) => r.key === "language" && !r.ok));
    assert.ok(s.indexOf(bySpeaker) < s.indexOf(byOther));
  });

  test("offered to three at once: of three parallel accepts exactly one wins, the others are told it is taken", async () => {
    const requester = await buildRequester(d.db, tenant);
    const ids = [await buildMediator(d.db, tenant), await buildMediator(d.db, tenant), await buildMediator(d.db, tenant)];
    const created = await buildRequest(d.db, tenant, requester, nextWeekday(new Date(), 4, 540));
    await decide(d.db, officeScope(tenant), created.id, { decision: "approve", reason: "" });
    const sent = await sendOffers(d.db, officeScope(tenant), created.id, 0, ids, BASE);
    assert.equal(sent.length, 3);
    const results = await Promise.allSettled(sent.map((o) => answerOffer(d.db, tenant, o.offerId, o.mediatorId, { accept: true }, systemActor("test"))));
    assert.equal(results.filter((r) => r.status === "fulfilled").length, 1, JSON.stringify(results.map((r) => r.status)));
    const r = await getRequest(d.db, tenant.id, created.id);
    assert.equal(r.status, "confirmed");
    assert.equal(r.jobs.filter((j) => j.status === "confirmed").length, 1);
    assert.deepEqual(r.offers.map((o) => o.status).sort(), ["accepted", "taken", "taken"]);
    const confirmation = await mails(r.requester.email);
    const confirmed = confirmation.find((m) => m.subject.includes("bestätigt"));
    assert.ok(confirmed && confirmed.text.includes(r.jobs[0]!.mediator));
    // The appointment written as the pages write it, in the letter to the requester and in each offer
    // (not in "taken", which whoever of the three lost the race also gets).
    const appointment = /Termin: Donnerstag, \d{1,2}\. \p{L}+ \d{4}, 09:00–10:00 Uhr\n/u;
    assert.match(confirmed.text, appointment);
    const offered = await rows<{ text: string }>(d.db, sql`SELECT m.text FROM mail_outbox m JOIN med_mediator x ON x.email = m."to" WHERE x.id = ${ids[0]!} AND m.subject LIKE 'Angebot %' AND m.subject NOT LIKE '%: vergeben'`);
    assert.ok(offered.length > 0 && offered.every((m) => appointment.test(m.text)), JSON.stringify(offered));
  });

  test("the database refuses overlapping jobs of one mediator, even when two different requests are accepted in parallel", async () => {
    const requester = await buildRequester(d.db, tenant);
    const m = await buildMediator(d.db, tenant);
    const at = nextWeekday(new Date(), 5, 600);
    const a = await buildRequest(d.db, tenant, requester, at, { minutes: "90" });
    const b = await buildRequest(d.db, tenant, requester, new Date(at.getTime() + 30 * 60_000), { minutes: "60" });
    for (const x of [a, b]) await decide(d.db, officeScope(tenant), x.id, { decision: "approve", reason: "" });
    const [oa] = await sendOffers(d.db, officeScope(tenant), a.id, 0, [m], BASE);
    const [ob] = await sendOffers(d.db, officeScope(tenant), b.id, 0, [m], BASE);
    const results = await Promise.allSettled([oa, ob].map((o) => answerOffer(d.db, tenant, o!.offerId, m, { accept: true }, systemActor("test"))));
    assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    assert.match(String(failed.reason.message), /overlap/);
    const live = await rows<{ n: number }>(d.db, sql`SELECT count(*)::int AS n FROM med_job WHERE mediator_id = ${m} AND status <> 'cancelled'`);
    assert.equal(live[0]!.n, 1);
    // Directly in SQL too: the constraint, not the code, is what refuses it.
    await assert.rejects(
      d.db.execute(sql`INSERT INTO med_job (tenant_id, request_id, mediator_id, starts_at, ends_at) VALUES (${tenant.id}, ${a.id}, ${m}, ${at}, ${new Date(at.getTime() + 3_600_000)})`),
    );
  });
});

describe("plan the week, kept", () => {
  test("a planner that fails leaves a failed run, not a running one, and the next start plans again", async () => {
    const scope = officeScope(tenant);
    const monday = "2031-03-03";
    const failed = await planAndKeep(d.db, scope, monday, 30, () => Promise.reject(new Error("the planning thread stopped")));
    assert.equal(failed.outcome, "failed");
    assert.match(String((failed as { error: Error }).error), /planning thread stopped/);
    assert.equal((await planRun(d.db, tenant.id, monday, 30))!.status, "failed");
    assert.equal((await planAndKeep(d.db, scope, monday, 30)).outcome, "planned");
    const run = await planRun(d.db, tenant.id, monday, 30);
    assert.equal(run!.status, "done");
    assert.deepEqual(run!.plan!.assignments, []);
  });

  test("a first plan not proven optimal is answered and shown at once; the plan of the whole time limit replaces it", async () => {
    const scope = officeScope(tenant);
    const monday = "2031-03-10";
    const requester = await buildRequester(d.db, tenant);
    const request = await buildRequest(d.db, tenant, requester, new Date("2031-03-11T09:00:00Z"));
    await decide(d.db, scope, request.id, { decision: "approve", reason: "" });
    const plan = (mediatorId: string, optimal: boolean, cost = optimal ? 0 : 20): Plan => ({
      assignments: [{ requestId: request.id, mediatorId, slotIndex: 0 }],
      unassigned: [],
      objective: { covered: 1, maxLoadMinutes: 60, cost, travelMinutes: 0, genderMisses: 0 },
      optimal,
      bounds: { covered: 1, maxLoadMinutes: 60 },
      solveMs: 1,
    });
    const first = crypto.randomUUID();
    const better = crypto.randomUUID();
    const calls: { lane: Lane; seconds: number; until?: number; requests: string[] }[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const solve: Solve = async (requests, _mediators, opts, lane) => {
      calls.push({ lane, seconds: opts.timeLimitSeconds, until: opts.until, requests: requests.map((r) => r.id) });
      if (calls.length === 1) return plan(first, false);
      await gate;
      return plan(better, true);
    };
    const clicked = Date.now();
    const answered = await planAndKeep(d.db, scope, monday, 30, solve);
    assert.equal(answered.outcome, "planned");
    // The first plan on the quick thread, due within two seconds of the click; the second on the long one, with the whole limit, for the same week.
    assert.deepEqual(
      calls.map(({ lane, seconds, requests }) => ({ lane, seconds, requests })),
      [
        { lane: "quick", seconds: QUICK_PLAN_SECONDS, requests: [request.id] },
        { lane: "long", seconds: 30, requests: [request.id] },
      ],
    );
    assert.ok(calls[0]!.until! > clicked && calls[0]!.until! <= clicked + QUICK_PLAN_SECONDS * 1000, "due within two seconds");
    assert.equal(calls[1]!.until, undefined);
    const meanwhile = await planRun(d.db, tenant.id, monday, 30);
    assert.equal(meanwhile!.status, "running");
    assert.equal(meanwhile!.plan!.assignments[0]!.mediatorId, first);
    assert.equal(meanwhile!.plan!.optimal, false);
    assert.equal(meanwhile!.plan!.requests.get(request.id)!.reference, request.reference);
    assert.equal((await planAndKeep(d.db, scope, monday, 30, solve)).outcome, "running", "one run of a week at a time");
    release();
    await (answered as { settled: Promise<void> }).settled;
    const settled = await planRun(d.db, tenant.id, monday, 30);
    assert.equal(settled!.status, "done");
    assert.equal(settled!.plan!.assignments[0]!.mediatorId, better);
    assert.equal(settled!.plan!.optimal, true);

    /** Two solves: the first plan, then `second` (or its failure). */
    const twice = (second: () => Promise<Plan>): Solve => {
      let n = 0;
      return async () => (++n === 1 ? plan(first, false) : second());
    };
    const lastMediator = async (solve2: Solve) => {
      const run = await planAndKeep(d.db, scope, monday, 30, solve2);
      await (run as { settled: Promise<void> }).settled;
      const kept = await planRun(d.db, tenant.id, monday, 30);
      assert.equal(kept!.status, "done");
      return kept!.plan!.assignments[0]!.mediatorId;
    };
    // The second solve fails, or finds a worse plan it cannot prove: the first plan stays, as the answer.
    assert.equal(await lastMediator(twice(() => Promise.reject(new Error("the planning thread stopped")))), first);
    assert.equal(await lastMediator(twice(async () => plan(better, false, 40))), first);
    // As good and not proven either: the later plan.
    assert.equal(await lastMediator(twice(async () => plan(better, false, 20))), better);

    // The app closes while the second solve runs: the first plan is the answer at once, and stays.
    let hold!: () => void;
    const held = new Promise<void>((resolve) => (hold = resolve));
    const closing = await planAndKeep(d.db, scope, monday, 30, twice(async () => (await held, plan(better, true))));
    assert.equal(closing.outcome, "planned");
    await (closing as { stop: () => Promise<void> }).stop();
    const stopped = await planRun(d.db, tenant.id, monday, 30);
    assert.equal(stopped!.status, "done");
    assert.equal(stopped!.plan!.assignments[0]!.mediatorId, first);
    hold();
    await (closing as { settled: Promise<void> }).settled;
    assert.equal((await planRun(d.db, tenant.id, monday, 30))!.plan!.assignments[0]!.mediatorId, first);

    // Its process ended while the second solve ran (the row still 'running', long ago): the first plan is the answer.
    await d.db.execute(sql`UPDATE med_plan_run SET status = 'running', finished_at = NULL, started_at = ${new Date(Date.now() - 3_600_000)} WHERE tenant_id = ${tenant.id} AND week = ${monday}`);
    const orphan = await planRun(d.db, tenant.id, monday, 30);
    assert.equal(orphan!.status, "done");
    assert.equal(orphan!.plan!.assignments[0]!.mediatorId, first);

    // A first plan proven optimal is the answer: no second solve.
    calls.length = 0;
    await planAndKeep(d.db, scope, monday, 30, async (requests, _m, opts, lane) => (calls.push({ lane, seconds: opts.timeLimitSeconds, requests: [] }), plan(better, true)));
    assert.deepEqual(calls.map((c) => c.lane), ["quick"]);
    assert.equal((await planRun(d.db, tenant.id, monday, 30))!.status, "done");
  });
});

describe("retention", () => {
  test("the on-site contact and notes of a request are erased after the retention period, the request itself stays", async () => {
    const requester = await buildRequester(d.db, tenant);
    const at = nextWeekday();
    const created = await buildRequest(d.db, tenant, requester, at, { contactName: "Frau Beispiel", contactPhone: "0123", notes: "Vater spricht Kurdisch" });
    await eraseExpiredPersonalData(d.db, new Date(at.getTime() + 89 * 86_400_000));
    assert.equal((await getRequest(d.db, tenant.id, created.id)).contactName, "Frau Beispiel", "kept within the 90 days");
    await eraseExpiredPersonalData(d.db, new Date(at.getTime() + 91 * 86_400_000));
    const after = await getRequest(d.db, tenant.id, created.id);
    assert.equal(after.contactName, null);
    assert.equal(after.contactPhone, null);
    assert.equal(after.notes, "");
    assert.equal(after.language, "ar");
  });

  test("kept plans of weeks that ended four weeks ago are deleted, later ones stay", async () => {
    const now = new Date("2027-03-01T06:00:00Z");
    const keep = async (week: string) => d.db.execute(sql`INSERT INTO med_plan_run (tenant_id, week, status, started_at) VALUES (${tenant.id}, ${week}, 'done', ${now})`);
    await keep("2027-01-25"); // ended 2027-02-01, 28 days before
    await keep("2027-01-18"); // ended 2027-01-25, 35 days before
    const report = await eraseExpiredPersonalData(d.db, now);
    const left = await rows<{ week: string }>(d.db, sql`SELECT week::text AS week FROM med_plan_run WHERE tenant_id = ${tenant.id} AND week < '2028-01-01' ORDER BY week`);
    assert.deepEqual(left.map((r) => r.week), ["2027-01-25"]);
    assert.match(report, /deleted 1 plans of past weeks/);
  });
});

describe("cancellation", () => {
  async function confirmed(minutesAhead: number) {
    const requester = await buildRequester(d.db, tenant);
    const m = await buildMediator(d.db, tenant);
    const now = new Date();
    const created = await buildRequest(d.db, tenant, requester, nextWeekday(now, 1, 600));
    await decide(d.db, officeScope(tenant), created.id, { decision: "approve", reason: "" });
    const [o] = await sendOffers(d.db, officeScope(tenant), created.id, 0, [m], BASE);
    await answerOffer(d.db, tenant, o!.offerId, m, { accept: true }, systemActor("test"));
    const r = await getRequest(d.db, tenant.id, created.id);
    const job = r.jobs[0]!;
    return { r, job, cancelAt: new Date(job.startsAt.getTime() - minutesAhead * 60_000) };
  }

  test("a requester's cancellation a week ahead is free; a day ahead it costs the booked fee", async () => {
    const early = await confirmed(7 * 24 * 60);
    await cancel(d.db, tenant, early.r.id, "requester", "Termin entfällt", systemActor("test"), early.cancelAt);
    assert.equal((await getRequest(d.db, tenant.id, early.r.id)).jobs[0]!.cancellationFeeCents, 0);

    const late = await confirmed(24 * 60);
    await cancel(d.db, tenant, late.r.id, "requester", "Familie verhindert", systemActor("test"), late.cancelAt);
    const after = await getRequest(d.db, tenant.id, late.r.id);
    assert.equal(after.status, "cancelled");
    assert.ok(after.jobs[0]!.cancellationFeeCents > 0, "billable after the free-cancellation deadline");
  });

  test("when the mediator cancels, the request is open again and the search restarts; nothing is billed", async () => {
    const { r, cancelAt } = await confirmed(24 * 60);
    await cancel(d.db, tenant, r.id, "mediator", "krank", systemActor("test"), cancelAt);
    const after = await getRequest(d.db, tenant.id, r.id);
    assert.equal(after.status, "approved");
    assert.equal(after.jobs[0]!.status, "cancelled");
    assert.equal(after.jobs[0]!.cancellationFeeCents, 0);
    const told = await mails(after.requester.email);
    assert.ok(told.some((m) => m.text.includes("krank")));
  });
});

describe("after the appointment", () => {
  async function booked() {
    const requester = await buildRequester(d.db, tenant);
    const m = await buildMediator(d.db, tenant);
    const created = await buildRequest(d.db, tenant, requester, nextWeekday(new Date(), 2, 480));
    await decide(d.db, officeScope(tenant), created.id, { decision: "approve", reason: "" });
    const [o] = await sendOffers(d.db, officeScope(tenant), created.id, 0, [m], BASE);
    await answerOffer(d.db, tenant, o!.offerId, m, { accept: true }, systemActor("test"));
    const r = await getRequest(d.db, tenant.id, created.id);
    return { r, m, requester, job: r.jobs[0]!, after: new Date(r.jobs[0]!.endsAt.getTime() + 3_600_000) };
  }

  test("hours cannot be recorded before the start; recorded and confirmed, the fee follows the rate rules and the request is done", async () => {
    const { r, m, requester, job, after } = await booked();
    const hours = { actualMinutes: 75, travelKm: 12, travelMinutes: 25 };
    await assert.rejects(reportHours(d.db, tenant, m, job.id, hours, systemActor("m"), new Date(job.startsAt.getTime() - 60_000)), /invalid input/);
    await assert.rejects(confirmHours(d.db, tenant, [requester], job.id, systemActor("r"), after), /not reported/);
    await reportHours(d.db, tenant, m, job.id, hours, systemActor("m"), after);
    await assert.rejects(confirmHours(d.db, tenant, ["00000000-0000-4000-8000-000000000000"], job.id, systemActor("x"), after), /not found/);
    await confirmHours(d.db, tenant, [requester], job.id, systemActor("r"), after);
    const done = await getRequest(d.db, tenant.id, r.id);
    assert.equal(done.status, "completed");
    assert.equal(done.jobs[0]!.feeCents, fee({ mode: "on_site", minutes: 75, travelKm: 12 }, DEFAULT_RATES).totalCents);
    assert.ok(done.jobs[0]!.feeCents! > 0);
  });

  test("the minutes of the month count recorded durations where there are some, booked ones otherwise, no cancelled jobs — the same in the pool list and in matching", async () => {
    const { m, job, after } = await booked();
    const minutesOf = async (at: Date) => ({
      listed: (await listMediators(d.db, tenant.id, at)).find((x) => x.id === m)!.minutesThisMonth,
      matched: (await matchPool(d.db, tenant.id, at)).find((x) => x.id === m)!.bookedMinutesThisMonth,
      portal: await minutesInMonth(d.db, m, at),
    });
    assert.deepEqual(await minutesOf(after), { listed: 60, matched: 60, portal: 60 });
    await reportHours(d.db, tenant, m, job.id, { actualMinutes: 75, travelKm: 0, travelMinutes: 0 }, systemActor("m"), after);
    assert.deepEqual(await minutesOf(after), { listed: 75, matched: 75, portal: 75 });
    // Another month counts nothing of it.
    assert.deepEqual(await minutesOf(new Date(after.getTime() + 40 * 86_400_000)), { listed: 0, matched: 0, portal: 0 });
  });

  test("a client's no-show is billed like a late cancellation, a mediator's is not and leaves the request unmet", async () => {
    const a = await booked();
    await recordNoShow(d.db, officeScope(tenant), a.r.id, "client", a.after);
    const ra = await getRequest(d.db, tenant.id, a.r.id);
    assert.equal(ra.status, "cancelled");
    assert.ok(ra.jobs[0]!.cancellationFeeCents > 0);
    const b = await booked();
    await recordNoShow(d.db, officeScope(tenant), b.r.id, "mediator", b.after);
    const rb = await getRequest(d.db, tenant.id, b.r.id);
    assert.equal(rb.status, "unmet");
    assert.equal(rb.jobs[0]!.cancellationFeeCents, 0);
  });

  test("a request nobody could take is closed as unmet and the requester is told", async () => {
    const requester = await buildRequester(d.db, tenant);
    const created = await buildRequest(d.db, tenant, requester, nextWeekday(), { language: "ti" });
    await decide(d.db, officeScope(tenant), created.id, { decision: "approve", reason: "" });
    await markUnmet(d.db, officeScope(tenant), created.id, "Niemand spricht Tigrinya.");
    const r = await getRequest(d.db, tenant.id, created.id);
    assert.equal(r.status, "unmet");
    assert.ok((await mails(r.requester.email)).some((m) => m.text.includes("Tigrinya")));
  });
});
