/**
 * Benchmark of the public Wegweiser search on a Land-sized data set.
 *
 *   npm run bench:search               PostgreSQL (BENCH_DATABASE_URL), database teilhabe_bench created and dropped
 *   npm run bench:search -- --pglite   embedded PGlite (in memory)
 *
 * Options: --keep (keep teilhabe_bench), --reuse (use a kept teilhabe_bench built with the
 * same --entries/--tenants/--seed instead of building again), --entries N (50000), --tenants N (50),
 * --queries N (1500 distinct), --duration S (12), --warmup S (3), --connections N (10),
 * --seed N, --only page,api,ping,raw,page1,rate (page1: the search page again with one connection, the
 * latency of a single reader without queueing; rate: the search page at fixed request rates, --rates
 * 50,100,150, over 20 connections: the latency readers see at a given load), --compress (send Accept-Encoding: br, gzip),
 * --quiet-wait S (15: before each measurement, wait up to S seconds for the rest of the machine to
 * go idle), --retries N (1: measure again when other processes used more than a quarter of a core
 * meanwhile), --json FILE (write the figures).
 *
 * Measures, one after the other and each after a warm-up: the search page
 * (HTML), the JSON API, a bare route of the same app (the framework's
 * ceiling) and searchServices() alone in a loop with the same concurrency
 * (the data's ceiling: the one statement a result page sends, which finds the
 * page's entries and loads what the page shows of them), all with the same
 * query mix.
 */
import fs from "node:fs";
import os from "node:os";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import pg from "pg";
import { sql } from "drizzle-orm";
import { buildApp } from "../src/core/app.ts";
import { loadConfig } from "../src/core/config.ts";
import { openDatabase, type Database } from "../src/core/db/index.ts";
import { findTenant, visibleTenantIds } from "../src/core/tenancy.ts";
import { searchServices } from "../src/modules/directory/search.ts";
import type { TenantRef } from "../src/web/context.ts";
import { buildDataset, loadDataset, saveDataset } from "./dataset.ts";
import { databaseInProcess, httpLoad, loopLoad, waitForQuiet, withCpu, type Measurement } from "./load.ts";
import { apiPath, buildQueryMix, pagePath, type BenchQuery } from "./queries.ts";

const { values: args } = parseArgs({
  options: {
    pglite: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    reuse: { type: "boolean", default: false },
    entries: { type: "string", default: "50000" },
    tenants: { type: "string", default: "50" },
    queries: { type: "string", default: "1500" },
    duration: { type: "string", default: "12" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    seed: { type: "string", default: "20261122" },
    only: { type: "string", default: "page,api,ping,raw,page1,rate" },
    rates: { type: "string", default: "50,100,150" },
    compress: { type: "boolean", default: false },
    "quiet-wait": { type: "string", default: "15" },
    retries: { type: "string", default: "1" },
    json: { type: "string" },
  },
});

const num = (s: string | undefined, name: string) => {
  const n = Number(s);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
};
const entries = num(args.entries, "entries");
const tenantCount = num(args.tenants, "tenants");
const queryCount = num(args.queries, "queries");
const duration = num(args.duration, "duration");
const warmup = Number(args.warmup);
const connections = num(args.connections, "connections");
const seed = num(args.seed, "seed");
const only = new Set(args.only!.split(","));
const quietWait = Number(args["quiet-wait"]);
const rates = args.rates!.split(",").map((r) => num(r, "rates"));
const retries = Number(args.retries);
const log = (line: string) => console.log(line);
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const BENCH_DB = "teilhabe_bench";

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

async function open(): Promise<{ database: Database; version: string; drop: () => Promise<void>; reused: boolean }> {
  if (args.pglite) {
    databaseInProcess();
    const database = await openDatabase({});
    const v = (await database.db.execute(sql`SELECT version() AS v`)) as unknown as { rows: { v: string }[] };
    return { database, version: `PGlite (${v.rows[0]?.v ?? "?"})`, drop: async () => {}, reused: false };
  }
  const exists = (await adminQuery(`SELECT 1 FROM pg_database WHERE datname = '${BENCH_DB}'`)).rowCount === 1;
  const reused = Boolean(args.reuse && exists);
  if (!reused) {
    await adminQuery(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${BENCH_DB}`);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${BENCH_DB}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  const v = (await database.db.execute(sql`SELECT version() AS v`)) as unknown as { rows: { v: string }[] };
  return { database, version: v.rows[0]?.v ?? "?", drop: () => adminQuery(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`).then(() => {}), reused };
}

function printTable(results: Measurement[]) {
  const head = ["measurement", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors", "non-2xx", "mean bytes", "node ms/req", "pg cpu ms/req", "other cores"];
  const opt = (n: number | undefined, digits: number) => (n === undefined ? "–" : n.toFixed(digits));
  const rows = results.map((r) => [
    r.name, String(r.requests), r.rps.toFixed(0), ms(r.p50), ms(r.p90), ms(r.p99), ms(r.max), String(r.errors), String(r.non2xx),
    opt(r.meanBytes, 0), opt(r.nodeMsPerRequest, 2), opt(r.pgMsPerRequest, 2), opt(r.otherCores, 2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

async function main() {
  const started = performance.now();
  const cpu = os.cpus()[0]?.model ?? "?";
  log(`Teilhabe search benchmark — ${new Date().toISOString()}`);
  log(`machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`);

  const { database, version, drop, reused } = await open();
  log(`database: ${version}`);
  const { db } = database;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    const params = { entries, tenants: tenantCount, seed };
    let ds = reused ? await loadDataset(db, params) : undefined;
    if (ds) log(`reusing the data set kept in ${BENCH_DB}`);
    else {
      if (reused) throw new Error(`${BENCH_DB} holds another data set: run without --reuse`);
      log(`building ${entries} entries for ${tenantCount} tenants …`);
      ds = await buildDataset(db, { tenants: tenantCount, entries, seed, indexConcurrency: database.kind === "postgres" ? 2 : 1, log });
      if (args.keep) await saveDataset(db, params, ds);
    }
    const buildSeconds = (ds.timings.insertMs + ds.timings.indexMs + ds.timings.analyseMs) / 1000;
    log(`data set: ${Object.entries(ds.counts).map(([k, v]) => `${k} ${v}`).join(", ")}`);
    log(`build time${reused ? " (when the kept data set was built)" : ""}: ${buildSeconds.toFixed(1)} s (insert ${(ds.timings.insertMs / 1000).toFixed(1)} s, index ${(ds.timings.indexMs / 1000).toFixed(1)} s, VACUUM ANALYZE ${(ds.timings.analyseMs / 1000).toFixed(1)} s)`);

    const mix = buildQueryMix(ds, queryCount, seed + 1);
    const categories = new Map<string, number>();
    for (const q of mix) categories.set(q.category, (categories.get(q.category) ?? 0) + 1);
    log(`query mix: ${mix.length} distinct requests (${[...categories].map(([k, v]) => `${k} ${v}`).join(", ")}); ` +
      `with filters ${mix.filter((q) => q.topic || q.language || q.town || q.openNow || q.kind).length}, non-German readers ${mix.filter((q) => q.lang !== "de").length}`);
    log(`examples: ${mix.slice(0, 6).map((q) => pagePath(q)).join("  ")}`);

    const config = loadConfig({ LOG_LEVEL: "silent", BASE_URL: "http://127.0.0.1:3000", JOBS: "false", DEMO_DATA: "false" });
    app = await buildApp({ config, db, logger: false });
    app.get("/bench/ping", { schema: { hide: true } }, async () => ({ pong: true }));
    await app.listen({ port: 0, host: "127.0.0.1" });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    const pagePaths = mix.map(pagePath);
    const apiPaths = mix.map(apiPath);
    // A sample of the mix must succeed before anything is measured (errors and non-2xx are counted throughout).
    for (const path of [...pagePaths.slice(0, 100), ...apiPaths.slice(0, 100)]) {
      const res = await fetch(url + path);
      if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
      await res.arrayBuffer().catch(() => {});
    }
    const headers = args.compress ? { "accept-encoding": "br, gzip" } : undefined;
    const half = Math.floor(mix.length / 2);
    const results: Measurement[] = [];
    const quiet = async () => {
      const other = quietWait > 0 ? await waitForQuiet(quietWait) : undefined;
      if (other !== undefined && other > 0.25) log(`  warning: other processes use ${other.toFixed(2)} cores`);
    };
    /** Measures after a quiet check; again (up to --retries times) if other processes took CPU meanwhile. */
    const measure = async (run: () => Promise<Measurement>) => {
      for (let attempt = 0; ; attempt++) {
        await quiet();
        const m = await withCpu(run);
        const extra = m.errors || m.non2xx ? `, errors ${m.errors}, non-2xx ${m.non2xx}` : "";
        log(`  ${m.name}: ${m.rps.toFixed(0)} req/s, p50 ${ms(m.p50)} ms, p99 ${ms(m.p99)} ms${extra}${m.otherCores ? `, other processes ${m.otherCores.toFixed(2)} cores` : ""}`);
        if ((m.otherCores ?? 0) <= 0.25 || attempt >= retries) return m;
        log("  … disturbed by other processes: again");
      }
    };
    const http = async (name: string, paths: string[], conns = connections, rate?: number) => {
      if (warmup > 0) await httpLoad(`${name} (warm-up)`, { url, paths, offset: half, connections: conns, duration: warmup, headers, rate });
      results.push(await measure(() => httpLoad(name, { url, paths, offset: 0, connections: conns, duration, headers, rate })));
    };
    log(`measuring: ${connections} connections, ${duration} s each after ${warmup} s warm-up${args.compress ? ", Accept-Encoding: br, gzip" : ""}`);
    if (only.has("page")) await http("search page (HTML)", pagePaths);
    if (only.has("api")) await http("JSON API", apiPaths);
    if (only.has("ping")) await http("bare route /bench/ping", ["/bench/ping"]);
    if (only.has("raw")) {
      const refs = new Map<string, TenantRef>();
      for (const q of mix) if (!refs.has(q.tenant)) refs.set(q.tenant, (await findTenant(db, q.tenant))!);
      const run = (q: BenchQuery) => {
        const tenant = refs.get(q.tenant)!;
        const { tenant: _t, lang, category: _c, ...params } = q;
        return searchServices(db, visibleTenantIds(tenant), lang, params, new Date(), tenant.state);
      };
      const raw = (name: string, offset: number, seconds: number) => loopLoad(name, { offset, concurrency: connections, duration: seconds }, (i) => run(mix[i % mix.length]!));
      if (warmup > 0) await raw("warm-up", half, warmup);
      results.push(await measure(() => raw("raw searchServices()", 0, duration)));
    }
    if (only.has("page1")) await http("search page, 1 connection", pagePaths, 1);
    // Open load: requests go out at a fixed rate whatever the answers take, as readers arrive; 20
    // connections so that a slow answer does not hold the next request back.
    if (only.has("rate")) for (const rate of rates) await http(`search page at ${rate} req/s`, pagePaths, 20, rate);

    console.log("");
    printTable(results);
    const byName = (prefix: string) => results.find((r) => r.name.startsWith(prefix));
    const page = byName("search page (HTML)");
    const api = byName("JSON API");
    const raw = byName("raw");
    console.log("");
    if (page && raw) log(`page/raw: ${(page.rps / raw.rps).toFixed(2)} of the raw query's rate`);
    if (api && raw) log(`api/raw:  ${(api.rps / raw.rps).toFixed(2)} of the raw query's rate`);
    if (page) log(`target p99(page) < 50 ms at ${connections} connections: ${page.p99 < 50 ? "met" : "NOT met"} (${ms(page.p99)} ms)`);
    for (const r of results.filter((m) => / at \d+ req\/s$/.test(m.name))) {
      log(`target p99(page) < 50 ms ${r.name.replace("search page ", "")}: ${r.p99 < 50 ? "met" : "NOT met"} (${ms(r.p99)} ms, ${r.rps.toFixed(0)} req/s served)`);
    }
    if (page && raw) log(`target page rate >= raw/2: ${page.rps >= raw.rps / 2 ? "met" : "NOT met"} (${page.rps.toFixed(0)} vs ${(raw.rps / 2).toFixed(0)})`);
    log(`total time ${((performance.now() - started) / 1000).toFixed(0)} s`);

    if (args.json) {
      fs.writeFileSync(args.json, JSON.stringify({
        date: new Date().toISOString(), database: version, machine: { cpus: os.cpus().length, cpu, memGiB: os.totalmem() / 2 ** 30, node: process.version },
        options: { entries, tenants: tenantCount, queries: mix.length, duration, warmup, connections, seed, compress: args.compress },
        dataset: ds.counts, buildSeconds, timings: ds.timings, results,
      }, null, 2));
    }
  } finally {
    await app?.close();
    await database.close();
    if (args.keep) log(`kept the database ${args.pglite ? "(PGlite in memory: gone)" : BENCH_DB}`);
    else await drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
