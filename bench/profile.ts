/**
 * Where the time of a search goes, one request at a time: every SQL statement
 * is timed and classified, the rest is Node (routing, rendering). Runs on the
 * data set kept by `npm run bench:search -- --keep` (PostgreSQL).
 *
 *   node --import tsx bench/profile.ts [--kind page|api|raw] [--count 400] [--seed N] [--explain-ms N]
 *
 * --explain-ms N loads auto_explain in the session: plans (with ANALYZE, BUFFERS) of statements
 * slower than N ms go to the PostgreSQL server log (needs a superuser, as the default URL is).
 */
import { parseArgs } from "node:util";
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { buildApp } from "../src/core/app.ts";
import { loadConfig } from "../src/core/config.ts";
import type { Db } from "../src/core/db/index.ts";
import { findTenant, invalidateTenantCache, visibleTenantIds } from "../src/core/tenancy.ts";
import { searchServices } from "../src/modules/directory/search.ts";
import { loadDataset } from "./dataset.ts";
import { percentile } from "./load.ts";
import { apiPath, buildQueryMix, pagePath } from "./queries.ts";

const { values: args } = parseArgs({
  options: {
    kind: { type: "string", default: "page" },
    count: { type: "string", default: "400" },
    entries: { type: "string", default: "50000" },
    tenants: { type: "string", default: "50" },
    seed: { type: "string", default: "20261122" },
    "explain-ms": { type: "string" },
  },
});

const CLASSES: [string, RegExp][] = [
  ["search with views (one statement)", /^\s*WITH (t|hits) AS/],
  ["serviceViews", /FROM dir_service s JOIN dir_organisation/],
  ["towns", /from "town"/i],
  ["tenants", /from "tenant"/i],
];
const classify = (text: string) => CLASSES.find(([, re]) => re.test(text))?.[0] ?? `other: ${text.replace(/\s+/g, " ").slice(0, 60)}`;

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const url = new URL(adminUrl);
url.pathname = "/teilhabe_bench";
// One connection: statements run one after the other, so their times add up to the request's.
// Without JIT, as the app's pool (src/core/db/index.ts).
const pool = new pg.Pool({ connectionString: url.toString(), max: 1, options: "-c jit=off" });
if (args["explain-ms"]) {
  const threshold = Number(args["explain-ms"]);
  pool.on("connect", (client) => {
    void client.query(`LOAD 'auto_explain'; SET auto_explain.log_min_duration = ${threshold}; SET auto_explain.log_analyze = on; SET auto_explain.log_buffers = on;`);
  });
}
const timings = new Map<string, number[]>();
type Query = (...a: unknown[]) => Promise<unknown>;
const proto = pg.Client.prototype as unknown as { query: Query };
const original = proto.query;
proto.query = function (this: unknown, ...a: unknown[]) {
  const first = a[0] as string | { text: string };
  const text = typeof first === "string" ? first : first.text;
  const t0 = performance.now();
  const done = () => {
    const key = classify(text);
    const list = timings.get(key) ?? [];
    list.push(performance.now() - t0);
    timings.set(key, list);
  };
  // The pool passes a callback; a direct call gets a promise.
  const last = a[a.length - 1];
  if (typeof last === "function") {
    a[a.length - 1] = (...r: unknown[]) => {
      done();
      return (last as (...r: unknown[]) => unknown)(...r);
    };
    return original.apply(this, a);
  }
  const result = original.apply(this, a);
  return result instanceof Promise ? result.finally(done) : result;
};
const db = drizzle(pool) as unknown as Db;

const ds = await loadDataset(db, { entries: Number(args.entries), tenants: Number(args.tenants), seed: Number(args.seed) });
if (!ds) throw new Error("no kept data set: run `npm run bench:search -- --keep` first");
const mix = buildQueryMix(ds, 1500, Number(args.seed) + 1).slice(0, Number(args.count));
invalidateTenantCache();
const app = await buildApp({ config: loadConfig({ LOG_LEVEL: "silent", BASE_URL: "http://127.0.0.1:3000", JOBS: "false" }), db, logger: false });
await app.ready();

const run = async (i: number) => {
  const q = mix[i % mix.length]!;
  if (args.kind === "raw") {
    const tenant = (await findTenant(db, q.tenant))!;
    const { tenant: _t, lang, category: _c, ...params } = q;
    await searchServices(db, visibleTenantIds(tenant), lang, params, new Date(), tenant.state);
    return;
  }
  const res = await app.inject({ method: "GET", url: args.kind === "api" ? apiPath(q) : pagePath(q) });
  if (res.statusCode !== 200) throw new Error(`${pagePath(q)}: ${res.statusCode}`);
};
// Warm-up, then the measured pass.
for (let i = 0; i < Math.min(100, mix.length); i++) await run(i + 700);
timings.clear();
const totals: number[] = [];
const byGroup = new Map<string, number[]>();
for (let i = 0; i < mix.length; i++) {
  const t0 = performance.now();
  await run(i);
  const t = performance.now() - t0;
  totals.push(t);
  const q = mix[i]!;
  const groups = [`category: ${q.category}`, q.lang === "de" ? "reader: German" : "reader: other language", ...(q.openNow ? ["filter: openNow"] : []),
    ...(q.town ? ["filter: town"] : []), ...(q.topic ? ["filter: topic"] : []), ...(q.language ? ["filter: language"] : [])];
  for (const g of groups) byGroup.set(g, [...(byGroup.get(g) ?? []), t]);
}
const sortedTotals = Float64Array.from(totals).sort();
const sum = (l: number[]) => l.reduce((a, b) => a + b, 0);
const total = sum(totals);
console.log(`${args.kind}: ${mix.length} requests one at a time, mean ${(total / mix.length).toFixed(2)} ms, p50 ${percentile(sortedTotals, 50).toFixed(2)} ms, p99 ${percentile(sortedTotals, 99).toFixed(2)} ms`);
console.log(`${"statement".padEnd(34)} ${"calls".padStart(6)} ${"mean ms".padStart(8)} ${"p99 ms".padStart(8)} ${"share".padStart(6)}`);
let sqlTotal = 0;
for (const [key, list] of [...timings].sort((a, b) => sum(b[1]) - sum(a[1]))) {
  const s = Float64Array.from(list).sort();
  sqlTotal += sum(list);
  console.log(`${key.slice(0, 34).padEnd(34)} ${String(list.length).padStart(6)} ${(sum(list) / list.length).toFixed(2).padStart(8)} ${percentile(s, 99).toFixed(2).padStart(8)} ${((100 * sum(list)) / total).toFixed(0).padStart(5)}%`);
}
console.log(`${"Node (routing, rendering, rest)".padEnd(34)} ${"".padStart(6)} ${((total - sqlTotal) / mix.length).toFixed(2).padStart(8)} ${"".padStart(8)} ${((100 * (total - sqlTotal)) / total).toFixed(0).padStart(5)}%`);
console.log("");
console.log(`${"requests by kind".padEnd(34)} ${"count".padStart(6)} ${"mean ms".padStart(8)} ${"p99 ms".padStart(8)}`);
for (const [g, list] of [...byGroup].sort()) {
  const s = Float64Array.from(list).sort();
  console.log(`${g.padEnd(34)} ${String(list.length).padStart(6)} ${(sum(list) / list.length).toFixed(2).padStart(8)} ${percentile(s, 99).toFixed(2).padStart(8)}`);
}
await app.close();
await pool.end();
