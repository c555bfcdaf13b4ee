/** Load generation and the figures of one measurement. */
import fs from "node:fs";
import { performance, type EventLoopUtilization } from "node:perf_hooks";
import { Worker } from "node:worker_threads";

export interface Measurement {
  name: string;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  /** Mean response size in bytes (HTTP only). */
  meanBytes?: number;
  statusCodes?: Record<string, number>;
  /** Busy time of this process's main thread (the app) per request, ms. */
  nodeMsPerRequest?: number;
  /** CPU time of the PostgreSQL server processes per request, ms (Linux, local server only). */
  pgMsPerRequest?: number;
  /** CPU used meanwhile by everything else on the machine, in cores (Linux): noise if well above 0. */
  otherCores?: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function summarise(name: string, latencies: Float64Array, elapsedMs: number, errors: number, non2xx: number): Measurement {
  const sorted = Float64Array.from(latencies).sort();
  return {
    name,
    requests: sorted.length,
    seconds: elapsedMs / 1000,
    rps: sorted.length / (elapsedMs / 1000),
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    errors,
    non2xx,
  };
}

export interface HttpLoad {
  url: string;
  paths: string[];
  /** Where in `paths` to start (so warm-up and measurement differ). */
  offset: number;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  /** Requests per second across all connections; unset: as fast as the connections allow. */
  rate?: number;
}

interface WorkerResult {
  error?: string;
  requests: number;
  elapsedMs: number;
  latencies: Float64Array;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  bytes: number;
}

/** autocannon in a worker thread against the app of this process. */
export function httpLoad(name: string, load: HttpLoad): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./load-worker.mjs", import.meta.url), { workerData: load });
    worker.once("message", (r: WorkerResult) => {
      void worker.terminate();
      if (r.error) return reject(new Error(r.error));
      const m = summarise(name, r.latencies, r.elapsedMs, r.errors + r.timeouts, r.non2xx);
      m.meanBytes = r.requests ? r.bytes / r.requests : 0;
      m.statusCodes = r.statusCodes;
      resolve(m);
    });
    worker.once("error", reject);
  });
}

/** `concurrency` loops calling `run(i)` with the next index until `duration` seconds are over. */
export async function loopLoad(name: string, opts: { offset: number; concurrency: number; duration: number }, run: (i: number) => Promise<unknown>): Promise<Measurement> {
  const latencies: number[] = [];
  let next = opts.offset;
  let errors = 0;
  let firstError: unknown;
  const started = performance.now();
  const end = started + opts.duration * 1000;
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await run(next++);
          latencies.push(performance.now() - t0);
        } catch (err) {
          errors++;
          firstError ??= err;
        }
      }
    }),
  );
  if (firstError) console.error(`${name}: ${errors} errors, the first:`, firstError);
  return summarise(name, Float64Array.from(latencies), performance.now() - started, errors, 0);
}

/** Busy CPU seconds of the whole machine, and of this process (from /proc; undefined elsewhere). */
function machineCpuSeconds(): { all: number; self: number } | undefined {
  try {
    const [, ...fields] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
    // user + nice + system: interrupt time (loopback networking runs there) belongs to no process.
    const [user, nice, system] = fields.map(Number);
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const own = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { all: (user! + nice! + system!) / 100, self: (Number(own[11]) + Number(own[12])) / 100 };
  } catch {
    return undefined;
  }
}

let serverIsLocal = true;
/** With PGlite the database runs inside this process: local "postgres" processes are someone else's. */
export function databaseInProcess() {
  serverIsLocal = false;
}

/** CPU ticks of each local process named "postgres" (from /proc; undefined elsewhere). */
function postgresCpu(): Map<string, number> | undefined {
  if (!serverIsLocal) return new Map();
  try {
    const ticks = new Map<string, number>();
    for (const pid of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue;
      }
      const close = stat.lastIndexOf(")");
      if (stat.slice(stat.indexOf("(") + 1, close) !== "postgres") continue;
      const fields = stat.slice(close + 2).split(" ");
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    }
    return ticks;
  } catch {
    return undefined;
  }
}

/** CPU seconds the database server used between two snapshots (processes that exited meanwhile, idle pool connections, are left out). */
function postgresSeconds(before: Map<string, number> | undefined, after: Map<string, number> | undefined): number | undefined {
  if (!before || !after) return undefined;
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  return ticks / 100;
}

/** Measures the app's main thread and the database server's CPU around a measurement. */
export async function withCpu(measure: () => Promise<Measurement>): Promise<Measurement> {
  const pg0 = postgresCpu();
  const cpu0 = machineCpuSeconds();
  const elu0: EventLoopUtilization = performance.eventLoopUtilization();
  const t0 = performance.now();
  const m = await measure();
  const wall = (performance.now() - t0) / 1000;
  const elu = performance.eventLoopUtilization(elu0);
  const pg = postgresSeconds(pg0, postgresCpu());
  const cpu1 = machineCpuSeconds();
  if (m.requests > 0) {
    m.nodeMsPerRequest = elu.active / m.requests;
    if (pg !== undefined && pg > 0.05) m.pgMsPerRequest = (pg * 1000) / m.requests;
  }
  if (cpu0 && cpu1 && pg !== undefined) m.otherCores = Math.max(0, (cpu1.all - cpu0.all - (cpu1.self - cpu0.self) - pg) / wall);
  return m;
}

/**
 * Waits (up to `maxSeconds`) until the rest of the machine is nearly idle, sampling one second at
 * a time: other processes' load would be measured as ours. Returns the last sample, in cores.
 */
export async function waitForQuiet(maxSeconds: number, threshold = 0.25): Promise<number | undefined> {
  const started = performance.now();
  let other: number | undefined;
  do {
    const a = machineCpuSeconds();
    const pa = postgresCpu();
    await new Promise((r) => setTimeout(r, 1000));
    const b = machineCpuSeconds();
    const pg = postgresSeconds(pa, postgresCpu());
    if (!a || !b || pg === undefined) return undefined;
    other = Math.max(0, b.all - a.all - (b.self - a.self) - pg);
    if (other <= threshold) return other;
  } while (performance.now() - started < maxSeconds * 1000);
  return other;
}
