/**
 * planOffThread: the same plan as planWeek, while the calling thread stays
 * free to serve; the two lanes do not wait for each other; errors come back
 * as rejections; a stopped thread is replaced.
 */
import { after, describe, it } from "node:test";
import assert from "node:assert/strict";
import { planOffThread, stopPlanning, warmUpPlanning } from "./plan-thread.ts";
import { planWeek } from "./planning.ts";
import { verify } from "../../../bench/week.ts";
import { sampleWeek } from "./sample-week.ts";

describe("planOffThread", () => {
  after(() => stopPlanning());

  it("plans the same week as planWeek, and the calling thread keeps running meanwhile", async () => {
    const week = sampleWeek(7, 200, 24);
    const here = await planWeek(week.requests, week.mediators);
    // The longest pause of a 5-ms timer while the worker plans: a blocked thread would pause for the whole plan.
    let last = performance.now();
    let longest = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks++;
    }, 5);
    const began = performance.now();
    const there = await planOffThread(week.requests, week.mediators);
    const took = performance.now() - began;
    clearInterval(timer);
    assert.deepEqual(verify(week, there), []);
    assert.deepEqual([there.assignments, there.objective, there.optimal], [here.assignments, here.objective, here.optimal]);
    assert.ok(here.solveMs > 100, `the week should take the solver a while (${here.solveMs.toFixed(0)} ms)`);
    assert.ok(ticks >= took / 50, `${ticks} ticks in ${took.toFixed(0)} ms`);
    assert.ok(longest < Math.max(100, took / 4), `the thread paused for ${longest.toFixed(0)} ms of ${took.toFixed(0)}`);
  });

  it("a week on the quick thread does not wait for one on the long thread", async () => {
    const long = sampleWeek(7, 300, 36);
    const small = sampleWeek(9, 20, 4);
    const finished: string[] = [];
    const slow = planOffThread(long.requests, long.mediators, {}, "long").then((plan) => (finished.push("long"), plan));
    const quick = planOffThread(small.requests, small.mediators, {}, "quick").then((plan) => (finished.push("quick"), plan));
    const [a, b] = await Promise.all([slow, quick]);
    assert.deepEqual(finished, ["quick", "long"]);
    assert.ok(a.solveMs > 5 * b.solveMs, `the long week took ${a.solveMs.toFixed(0)} ms, the small one ${b.solveMs.toFixed(0)} ms`);
    assert.deepEqual(verify(long, a), []);
    assert.deepEqual(verify(small, b), []);
  });

  it("rejects what planWeek rejects, and plans again after the thread was stopped", async () => {
    const week = sampleWeek(8, 20, 4);
    const broken = { ...week.mediators[0]!, bookedMinutes: 10.5 };
    await assert.rejects(planOffThread(week.requests, [broken]), /whole minutes/);
    await stopPlanning();
    const plan = await planOffThread(week.requests, week.mediators);
    assert.deepEqual(verify(week, plan), []);
    assert.equal(plan.objective.covered, plan.assignments.length);
  });

  it("warms a new thread up once with a made-up week that exercises the solver; a thread that has planned gets none", async () => {
    await stopPlanning();
    const warming = warmUpPlanning("quick");
    assert.equal(warmUpPlanning("quick"), warming, "a warm-up under way is shared");
    const plan = await warming;
    assert.ok(plan);
    assert.deepEqual(verify(sampleWeek(1, 100, 13), plan), []);
    assert.ok(plan.objective.covered >= 50, `${plan.objective.covered} of 100 planned`);
    assert.ok(plan.solveMs > 20, `the solver ran for ${plan.solveMs.toFixed(0)} ms`);
    // A thread that has planned a week needs no warm-up.
    await stopPlanning();
    const small = sampleWeek(9, 20, 4);
    await planOffThread(small.requests, small.mediators);
    assert.equal(await warmUpPlanning("quick"), null);
  });
});
