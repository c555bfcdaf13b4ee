/**
 * The worker thread of `planOffThread` (plan-thread.ts): plans one week per
 * message with planWeek and posts the plan back, or the error's message.
 */
import { parentPort } from "node:worker_threads";
import { planWeek, type PlanMediator, type PlanRequest } from "./planning.ts";

export interface PlanJob {
  id: number;
  requests: PlanRequest[];
  mediators: PlanMediator[];
  opts: { timeZone?: string; timeLimitSeconds?: number; until?: number };
}

if (!parentPort) throw new Error("plan-worker.ts runs as a worker thread");
const port = parentPort;
port.on("message", (job: PlanJob) => {
  planWeek(job.requests, job.mediators, job.opts).then(
    (plan) => port.postMessage({ id: job.id, plan }),
    (error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
