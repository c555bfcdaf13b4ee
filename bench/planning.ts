/**
 * Benchmark of planWeek ("plan the week") on a realistic, seeded instance:
 *
 *   node --import tsx bench/planning.ts [--requests 500] [--mediators 60] [--seed N] [--runs 5] [--time-limit S]
 *
 * One working week (Mon–Fri, 8–18) in a city about 20 km across: requests of
 * Kitas, schools and departments, mostly on site at a few dozen addresses, a
 * third with three alternative slots; mediators with one to three languages,
 * weekly windows, some absences and some confirmed jobs. Runs planWeek
 * `--runs` times on the same instance (after loading the solver once; the
 * first run also pays for V8 compiling the hot WebAssembly), prints the time
 * to plan (median and max), the objective and whether the optimum was
 * proven, and checks the plan: one booking per request, languages, windows,
 * absences, no overlaps including travel, monthly capacities.
 */
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { planWeek, type Plan } from "../src/modules/mediation/planning.ts";
import { buildInstance, verify } from "./week.ts";

const { values: args } = parseArgs({
  options: {
    requests: { type: "string", default: "500" },
    mediators: { type: "string", default: "60" },
    seed: { type: "string", default: "20260302" },
    runs: { type: "string", default: "5" },
    "time-limit": { type: "string", default: "60" },
  },
});

const num = (s: string | undefined, option: string) => {
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${option} needs a number`);
  return n;
};
const REQUESTS = num(args.requests, "requests");
const MEDIATORS = num(args.mediators, "mediators");
const SEED = num(args.seed, "seed");
const RUNS = Math.max(1, num(args.runs, "runs"));
const TIME_LIMIT = num(args["time-limit"], "time-limit");

const instance = buildInstance(SEED, REQUESTS, MEDIATORS);
const highsVersion = (JSON.parse(fs.readFileSync(new URL("../node_modules/highs/package.json", import.meta.url), "utf8")) as { version: string }).version;
const cpu = os.cpus();
console.log(`machine: ${cpu[0]?.model ?? "?"} × ${cpu.length}, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}, node ${process.version}, highs ${highsVersion}`);
console.log(`instance: ${instance.requests.length} requests (${instance.requests.filter((r) => r.slots.length > 1).length} with 3 slots), ${instance.mediators.length} mediators, seed ${SEED}`);

const loadStart = performance.now();
await planWeek([], []);
console.log(`solver loaded in ${(performance.now() - loadStart).toFixed(0)} ms`);

const times: number[] = [];
let last: Plan | undefined;
for (let run = 0; run < RUNS; run++) {
  const runStart = performance.now();
  const plan = await planWeek(instance.requests, instance.mediators, { timeLimitSeconds: TIME_LIMIT });
  const ms = performance.now() - runStart;
  times.push(ms);
  const errors = verify(instance, plan);
  const o = plan.objective;
  console.log(
    `run ${run + 1}: ${ms.toFixed(0)} ms — covered ${o.covered}/${instance.requests.length}, max load ${o.maxLoadMinutes} min, ` +
      `travel ${o.travelMinutes} min, gender misses ${o.genderMisses}, level-3 cost ${o.cost}, optimal ${plan.optimal}, ${errors.length === 0 ? "plan valid" : `${errors.length} ERRORS`}`,
  );
  for (const e of errors.slice(0, 10)) console.log(`  ${e}`);
  if (last && JSON.stringify(last.objective) !== JSON.stringify(plan.objective)) console.log("  objective differs from the run before");
  last = plan;
  if (errors.length > 0) process.exitCode = 1;
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
console.log(`time to plan over ${RUNS} runs: median ${median.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`);
