/**
 * planWeek on a worker thread. The solver runs synchronously for seconds on a
 * large week; on the server's thread that would stall every other request
 * (of every tenant) for as long. One worker per process, started on first use
 * and kept (the solver loads once); weeks are planned one after the other in
 * the order asked. A worker that dies fails the weeks it had and is replaced
 * on the next call. The worker does not keep the process alive.
 */
import { Worker } from "node:worker_threads";
import type { Plan, PlanMediator, PlanRequest } from "./planning.ts";
import type { PlanJob } from "./plan-worker.ts";

type Waiting = { resolve: (plan: Plan) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
const waiting = new Map<number, Waiting>();
let nextId = 1;

function start(): Worker {
  const w = new Worker(new URL("./plan-worker-boot.mjs", import.meta.url));
  w.unref();
  w.on("message", (answer: { id: number; plan?: Plan; error?: string }) => {
    const entry = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (waiting.size === 0) w.unref();
    if (!entry) return;
    if (answer.plan) entry.resolve(answer.plan);
    else entry.reject(new Error(answer.error ?? "planning failed"));
  });
  const fail = (error: Error) => {
    if (worker === w) worker = undefined;
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  w.on("error", fail);
  w.on("exit", (code) => fail(new Error(`the planning thread stopped (exit code ${code})`)));
  return w;
}

/** As planWeek, on the planning thread. */
export function planOffThread(requests: PlanRequest[], mediators: PlanMediator[], opts: PlanJob["opts"] = {}): Promise<Plan> {
  worker ??= start();
  const id = nextId++;
  const job: PlanJob = { id, requests, mediators, opts };
  const promise = new Promise<Plan>((resolve, reject) => waiting.set(id, { resolve, reject }));
  // Keep the process alive while a week is being planned, not after.
  worker.ref();
  worker.postMessage(job);
  return promise;
}

/**
 * Stops the planning thread when it is idle (the app's close; tests); the next
 * call starts a new one. A week being planned is left to finish: the thread
 * keeps the process alive until then, and another app of the same process
 * (tests) may be waiting for it.
 */
export async function stopPlanning(): Promise<void> {
  const w = worker;
  if (!w || waiting.size > 0) return;
  worker = undefined;
  await w.terminate();
}
