/**
 * Records what the search returns for the whole query mix — totals, suggestions, hits in order and
 * the entries as serviceViews() shows them — on the data set kept by `npm run bench:search -- --keep`,
 * with a fixed clock. Two snapshots taken before and after a change of search.ts or service.ts
 * must be identical (compare with `cmp`): the check that an optimisation changed no result.
 *
 *   node --import tsx bench/snapshot.ts out.json [--at 2026-11-23T10:00:00+01:00]
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import type { Db } from "../src/core/db/index.ts";
import { findTenant, visibleTenantIds } from "../src/core/tenancy.ts";
import { searchServices } from "../src/modules/directory/search.ts";
import { loadDataset } from "./dataset.ts";
import { buildQueryMix } from "./queries.ts";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    at: { type: "string", default: "2026-11-23T10:00:00+01:00" },
    entries: { type: "string", default: "50000" },
    tenants: { type: "string", default: "50" },
    seed: { type: "string", default: "20261122" },
  },
});
const out = positionals[0];
if (!out) throw new Error("usage: bench/snapshot.ts OUT.json");

const url = new URL(process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
url.pathname = "/teilhabe_bench";
const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
const db = drizzle(pool) as unknown as Db;
try {
  const seed = Number(args.seed);
  const ds = await loadDataset(db, { entries: Number(args.entries), tenants: Number(args.tenants), seed });
  if (!ds) throw new Error("no kept data set: run `npm run bench:search -- --keep` first");
  const now = new Date(args.at!);
  const results: unknown[] = [];
  for (const q of buildQueryMix(ds, 1500, seed + 1)) {
    const tenant = (await findTenant(db, q.tenant))!;
    const { tenant: _t, lang, category: _c, ...params } = q;
    const r = await searchServices(db, visibleTenantIds(tenant), lang, params, now, tenant.state);
    results.push({ q, total: r.total, suggestion: r.suggestion, hits: r.items.map((v) => v.id), views: r.items });
  }
  fs.writeFileSync(out, JSON.stringify(results, null, 1));
  console.log(`${results.length} searches written to ${out}`);
} finally {
  await pool.end();
}
