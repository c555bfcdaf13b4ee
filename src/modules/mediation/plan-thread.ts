/**
 * planWeek on worker threads. The solver runs synchronously for seconds on a
 * large week; on the server's thread that would stall every other request
 * (of every tenant) for as long. Two lanes, one worker each, started on first
 * use and kept (the solver loads once per worker): "quick" for the first
 * plans that a page waits for (seconds each), "long" for the plans of the
 * whole time limit that replace them behind the page — so that a long plan
 * never holds up another week's first plan. Weeks of one lane are planned one
 * after the other in the order asked. A worker that dies fails the weeks it
 * had and is replaced on the next call. Workers do not keep the process alive.
 */
import { Worker } from "node:worker_threads";
import type { Plan, PlanMediator, PlanRequest } from "./planning.ts";
import type { PlanJob } from "./plan-worker.ts";
import { sampleWeek } from "./sample-week.ts";

export type Lane = "quick" | "long";

type Waiting = { resolve: (plan: Plan) => void; reject: (error: Error) => void };

class PlanningThread {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  /** Whether the current worker has been given a week (its warm-up included), and its warm-up. */
  private used = false;
  private warming: Promise<Plan> | undefined;

  private start(): Worker {
    this.used = false;
    this.warming = undefined;
    const w = new Worker(new URL("./plan-worker-boot.mjs", import.meta.url));
    w.unref();
    w.on("message", (answer: { id: number; plan?: Plan; error?: string }) => {
      const entry = this.waiting.get(answer.id);
      this.waiting.delete(answer.id);
      if (this.waiting.size === 0) w.unref();
      if (!entry) return;
      if (answer.plan) entry.resolve(answer.plan);
      else entry.reject(new Error(answer.error ?? "planning failed"));
    });
    const fail = (error: Error) => {
      if (this.worker === w) this.worker = undefined;
      for (const entry of this.waiting.values()) entry.reject(error);
      this.waiting.clear();
    };
    w.on("error", fail);
    w.on("exit", (code) => fail(new Error(`the planning thread stopped (exit code ${code})`)));
    return w;
  }

  plan(requests: PlanRequest[], mediators: PlanMediator[], opts: PlanJob["opts"]): Promise<Plan> {
    const worker = (this.worker ??= this.start());
    this.used = true;
    const id = this.nextId++;
    const job: PlanJob = { id, requests, mediators, opts };
    const promise = new Promise<Plan>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    // Keep the process alive while a week is being planned, not after.
    worker.ref();
    worker.postMessage(job);
    return promise;
  }

  /** The made-up week on a worker that has planned nothing yet; the warm-up under way, or null when the worker has planned before. */
  warmUp(): Promise<Plan | null> {
    if (this.worker && this.warming) return this.warming;
    if (this.worker && this.used) return Promise.resolve(null);
    const week = sampleWeek(1, 100, 13);
    this.warming = this.plan(week.requests, week.mediators, { timeLimitSeconds: 1 });
    return this.warming;
  }

  /** Stops the worker when it is idle; a week being planned is left to finish (the worker keeps the process alive until then). */
  async stop(): Promise<void> {
    const w = this.worker;
    if (!w || this.waiting.size > 0) return;
    this.worker = undefined;
    await w.terminate();
  }
}

const lanes: Record<Lane, PlanningThread> = { quick: new PlanningThread(), long: new PlanningThread() };

/** As planWeek, on the lane's planning thread ("quick" unless told otherwise). */
export function planOffThread(requests: PlanRequest[], mediators: PlanMediator[], opts: PlanJob["opts"] = {}, lane: Lane = "quick"): Promise<Plan> {
  return lanes[lane].plan(requests, mediators, opts);
}

/**
 * Starts the lane's thread, if it is not running, and has it plan a small
 * made-up week (100 requests × 13 mediators, about 0.3 s), so that the first
 * real week finds the thread started, the solver loaded and its hot code
 * compiled by V8. The first plan of the benchmark week within 2 s was the
 * optimum in 0 of 10 runs after a start without this, and in 10 of 10 with it
 * (docs/benchmarks.md); loading the solver alone was not enough. Called when
 * staff open "plan the week" (the click on its button follows), not at the
 * server's start: a thread with its solver takes some 140 MB, which an office
 * that never plans need not pay. Once per thread: a warm-up under way is
 * shared, and a thread that has planned before gets none (null).
 */
export function warmUpPlanning(lane: Lane = "quick"): Promise<Plan | null> {
  return lanes[lane].warmUp();
}

/**
 * Stops the planning threads that are idle (the app's close; tests); the next
 * call starts new ones. A week being planned is left to finish: its thread
 * keeps the process alive until then, and another app of the same process
 * (tests) may be waiting for it.
 */
export async function stopPlanning(): Promise<void> {
  await Promise.all([lanes.quick.stop(), lanes.long.stop()]);
}
