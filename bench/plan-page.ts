/**
 * "Plan the week" as staff meet it: the benchmark week of bench/planning.ts
 * (500 requests × 60 mediators) stored in the database, planned through the
 * page's button (POST …/plan/run over fastify.inject, signed in), and timed
 * until the answer — the redirect to the kept plan. Then the kept plan is
 * compared with the plan of the whole time limit that replaces it behind the
 * page, and the page showing it is timed.
 *
 *   node --import tsx bench/plan-page.ts [--runs 3] [--seed 20260302] [--time-limit 60] [--cold]
 *
 * Before the first run the page is opened, which warms the quick planning
 * thread up (routes.tsx), and the click waits for that, as a person's would;
 * `--cold` clicks without opening the page first.
 *
 * PGlite in memory, or the PostgreSQL server of TEST_DATABASE_URL. The week's
 * stored form differs from bench/planning.ts's in one way: a mediator's booked
 * minutes are jobs of the month in the database, so those of the week count
 * towards them (the generator draws both apart); the comparison is with the
 * proven optimum of the week as stored.
 */
import crypto from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import type { Db } from "../src/core/db/index.ts";
import { rows } from "../src/core/db/index.ts";
import { planRun } from "../src/modules/mediation/service.ts";
import { warmUpPlanning } from "../src/modules/mediation/plan-thread.ts";
import { buildOffice, buildRequester } from "../src/modules/mediation/test-factories.ts";
import { wallOf } from "../src/core/time.ts";
import { buildTenant, buildUser, createTestApp, serverUrl, signedIn } from "../test/helpers.ts";
import { sampleWeek, type Instance } from "../src/modules/mediation/sample-week.ts";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "20260302" },
    "time-limit": { type: "string", default: "60" },
    cold: { type: "boolean", default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const SEED = Number(args.seed);
const LIMIT = Number(args["time-limit"]);

const MONDAY = "2026-03-02";
const ASSESSMENT = JSON.stringify({ outcome: "eligible", rules: [] });

/** The instance as rows: mediators with languages, windows, absences and the month's jobs; the week's requests, approved. */
async function store(db: Db, tenantId: string, requesterId: string, { requests, mediators }: Instance): Promise<void> {
  let number = 0;
  const reference = () => `SM-2026-${String(++number).padStart(5, "0")}`;
  /** A request that only carries a job (booked minutes, or a confirmed job of the week). */
  const jobRequest = async (mediatorId: string, startsAt: Date, minutes: number, place: { lat: number; lng: number } | null) => {
    const [r] = await rows<{ id: string }>(
      db,
      sql`INSERT INTO med_request (tenant_id, reference, requester_id, language, mode, topic, client_consent, lat, lng, status, assessment)
          VALUES (${tenantId}, ${reference()}, ${requesterId}, 'ar', ${place ? "on_site" : "phone"}, 'parent_talk', true, ${place?.lat ?? null}, ${place?.lng ?? null}, 'confirmed', ${ASSESSMENT}::jsonb) RETURNING id`,
    );
    await db.execute(sql`INSERT INTO med_job (tenant_id, request_id, mediator_id, starts_at, ends_at) VALUES (${tenantId}, ${r!.id}, ${mediatorId}, ${startsAt}, ${new Date(startsAt.getTime() + minutes * 60_000)})`);
  };
  for (const m of mediators) {
    const [row] = await rows<{ id: string }>(
      db,
      sql`INSERT INTO med_mediator (tenant_id, name, email, gender, travel_mode, max_minutes_per_month, consent_at, calendar_token)
          VALUES (${tenantId}, ${`Mediator ${m.id}`}, ${`${m.id}@example.org`}, ${m.gender}, ${m.travelMode}, ${m.remainingMinutes + m.bookedMinutes}, now(), ${crypto.randomUUID()}) RETURNING id`,
    );
    const id = row!.id;
    for (const code of new Set(m.languages)) await db.execute(sql`INSERT INTO med_mediator_language (mediator_id, code, level) VALUES (${id}, ${code}, 'native')`);
    for (const w of m.weekly) await db.execute(sql`INSERT INTO med_availability (mediator_id, weekday, start, "end") VALUES (${id}, ${w.weekday}, ${w.start}, ${w.end})`);
    for (const a of m.absences) {
      await db.execute(sql`INSERT INTO med_absence (mediator_id, from_day, to_day) VALUES (${id}, ${wallOf(a.from).date}, ${wallOf(new Date(a.to.getTime() - 1)).date})`);
    }
    let week = 0;
    for (const j of m.jobs) {
      const minutes = (j.endsAt.getTime() - j.startsAt.getTime()) / 60_000;
      week += minutes;
      await jobRequest(id, j.startsAt, minutes, j.place);
    }
    // The rest of the month's booked minutes: up to two hours a day on the weekdays after the week.
    let left = m.bookedMinutes - week;
    for (let day = 9; left > 0; day++) {
      const date = new Date(Date.UTC(2026, 2, day));
      if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
      const minutes = Math.min(120, left);
      await jobRequest(id, new Date(`${date.toISOString().slice(0, 10)}T08:00:00+01:00`), minutes, null);
      left -= minutes;
    }
  }
  for (const r of requests) {
    const [row] = await rows<{ id: string }>(
      db,
      sql`INSERT INTO med_request (tenant_id, reference, requester_id, language, preferred_gender, mode, topic, client_consent, lat, lng, status, assessment)
          VALUES (${tenantId}, ${reference()}, ${requesterId}, ${r.language}, ${r.preferredGender}, ${r.mode}, 'parent_talk', true, ${r.place?.lat ?? null}, ${r.place?.lng ?? null}, 'approved', ${ASSESSMENT}::jsonb) RETURNING id`,
    );
    for (const [rank, s] of r.slots.entries()) await db.execute(sql`INSERT INTO med_request_slot (request_id, rank, starts_at, minutes) VALUES (${row!.id}, ${rank}, ${s.startsAt}, ${s.minutes})`);
  }
}

const cpu = os.cpus();
console.log(`machine: ${cpu[0]?.model ?? "?"} × ${cpu.length}, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, node ${process.version}, database ${serverUrl ? "PostgreSQL" : "PGlite"}`);
const t = await createTestApp({ PLAN_TIME_LIMIT_SECONDS: String(LIMIT) });
try {
  const tenant = await buildTenant(t.db);
  const ref = { id: tenant.id, slug: tenant.slug, name: tenant.name, kind: tenant.kind, parentId: tenant.parentId, state: tenant.state, intro: tenant.intro };
  await buildOffice(t.db, ref);
  const requesterId = await buildRequester(t.db, ref);
  const instance = sampleWeek(SEED);
  const storing = performance.now();
  await store(t.db, tenant.id, requesterId, instance);
  console.log(`stored ${instance.requests.length} requests × ${instance.mediators.length} mediators (seed ${SEED}) in ${(performance.now() - storing).toFixed(0)} ms`);
  const office = await signedIn(t, (await buildUser(t.db, { tenantId: tenant.id, role: "staff" })).id);
  const page = `/admin/${tenant.slug}/sprachmittlung/plan?week=${MONDAY}`;
  if (!args.cold) {
    const opening = performance.now();
    await office.get(page);
    await warmUpPlanning(); // the warm-up the page started
    console.log(`page opened; its planning thread ready ${(performance.now() - opening).toFixed(0)} ms later`);
  }

  const levels = (p: { objective: { covered: number; maxLoadMinutes: number; cost: number } }) => [p.objective.covered, p.objective.maxLoadMinutes, p.objective.cost].join(", ");
  for (let k = 1; k <= RUNS; k++) {
    const began = performance.now();
    const answer = await office.post(`/admin/${tenant.slug}/sprachmittlung/plan/run`, { week: MONDAY });
    const answered = performance.now() - began;
    if (answer.statusCode !== 303) throw new Error(`the button answered ${answer.statusCode}`);
    const first = await planRun(t.db, tenant.id, MONDAY, LIMIT);
    const shown = performance.now();
    const html = await office.get(page);
    const showMs = performance.now() - shown;
    // The plan of the whole limit, when the first was not proven: wait until it is kept.
    let last = first;
    while (last?.status === "running") {
      await new Promise((resolve) => setTimeout(resolve, 100));
      last = await planRun(t.db, tenant.id, MONDAY, LIMIT);
    }
    const same = first?.plan && last?.plan && levels(first.plan) === levels(last.plan);
    console.log(
      `run ${k}${k === 1 ? " (first in the process)" : ""}: answered in ${answered.toFixed(0)} ms — first plan ${first?.plan ? levels(first.plan) : "none"}, proven ${first?.plan?.optimal}; ` +
        `page with it ${showMs.toFixed(0)} ms (${(html.body.length / 1024).toFixed(0)} KiB); plan of the whole limit ${last?.plan ? levels(last.plan) : "none"}, proven ${last?.plan?.optimal} after ${last?.finishedAt ? last.finishedAt.getTime() - last.startedAt.getTime() : "?"} ms; ` +
        `first plan ${same ? "equals" : "differs from"} it`,
    );
  }
} finally {
  await t.close();
}
