/**
 * A Land-sized Wegweiser for the benchmark: a Land tenant and its cities and
 * districts (with towns), organisations, locations, entries with office hours
 * and exception dates, and translations of a good share of them. Generated
 * from a seed (same data in every run except the random ids), inserted with
 * multi-row INSERT … SELECT FROM unnest(…) in one transaction per tenant, then
 * indexed by the module's own reindex() → indexServices().
 */
import crypto from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../src/core/db/index.ts";
import { invalidateTenantCache } from "../src/core/tenancy.ts";
import { sourceHash } from "../src/core/translations.ts";
import { SPOKEN_LANGUAGES, TARGET_GROUPS, type ExceptionDay, type WeeklySlot } from "../src/modules/directory/model.ts";
import { reindex } from "../src/modules/directory/service.ts";
import { slugify } from "../src/modules/directory/validation.ts";
import { Random } from "../src/core/random.ts";
import {
  CITIES, DESCRIPTION_SENTENCES, DISTRICTS, OFFERS, PROVIDERS, QUALIFIERS, STREETS, SUMMARY_EXTRAS, TOWN_STEMS, TOWN_SUFFIXES,
  TRANSLATED, type Text, type TranslatedLang,
} from "./vocabulary.ts";

export interface DatasetOptions {
  tenants: number;
  entries: number;
  seed: number;
  /** Reindex batches run at once (PostgreSQL: one per core; PGlite: 1). */
  indexConcurrency: number;
  log: (line: string) => void;
}

/** What the query mix needs to know about an entry: its words in every language it has. */
export interface SampleEntry {
  de: string;
  tr: Partial<Record<TranslatedLang, string>>;
  town: string | null;
  organisation: string;
}

export interface BenchTenant {
  id: string;
  slug: string;
  name: string;
  kind: "state" | "city" | "district";
  towns: { slug: string; name: string }[];
  entries: number;
  samples: SampleEntry[];
}

export interface Dataset {
  land: BenchTenant;
  tenants: BenchTenant[];
  counts: Record<string, number>;
  timings: { insertMs: number; indexMs: number; analyseMs: number };
}

const SAMPLES_PER_TENANT = 60;

interface Column {
  name: string;
  /** Type of the parameter array's elements. */
  type: string;
  /** Cast of the column in the SELECT (enums, arrays passed as text). */
  cast?: string;
}

/** INSERT INTO table (cols) SELECT … FROM unnest($1::t1[], $2::t2[], …): one round trip per chunk. */
async function insertMany(db: Db, table: string, columns: Column[], data: unknown[][], chunk = 5000) {
  for (let start = 0; start < data.length; start += chunk) {
    const part = data.slice(start, start + chunk);
    const arrays = columns.map((_, i) => part.map((row) => row[i] ?? null));
    const params = columns.map((c, i) => sql`${sql.param(arrays[i])}::${sql.raw(c.type)}[]`);
    const names = columns.map((c) => `"${c.name}"`).join(", ");
    const select = columns.map((c) => (c.cast ? `x."${c.name}"::${c.cast}` : `x."${c.name}"`)).join(", ");
    const query: SQL = sql`INSERT INTO ${sql.raw(table)} (${sql.raw(names)})
      SELECT ${sql.raw(select)} FROM unnest(${sql.join(params, sql`, `)}) AS x(${sql.raw(names)})`;
    await db.execute(query);
  }
}

const pgArray = (list: string[]) => `{${list.join(",")}}`;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function townNames(rng: Random, count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  for (let attempts = 0; out.length < count && attempts < 10_000; attempts++) {
    const stem = rng.pick(TOWN_STEMS);
    const name = stem.endsWith(" ") ? `${stem}${rng.pick(TOWN_STEMS).trim()}${rng.pick(TOWN_SUFFIXES)}` : `${stem}${rng.pick(TOWN_SUFFIXES)}`;
    const pretty = (rng.chance(0.06) ? "Bad " : "") + name.charAt(0).toUpperCase() + name.slice(1);
    if (taken.has(pretty)) continue;
    taken.add(pretty);
    out.push(pretty);
  }
  return out;
}

/** Entry counts per tenant: the Land gets the average, the others ±40 %, summing to `total`. */
function sizes(rng: Random, tenants: number, total: number): number[] {
  const avg = total / tenants;
  const weights = Array.from({ length: tenants - 1 }, () => 0.6 + rng.next() * 0.8);
  const rest = total - Math.round(avg);
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = [Math.round(avg), ...weights.map((w) => Math.floor((rest * w) / sum))];
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

/** Office hours: a few common patterns, some 24/7 hotlines, some without hours. */
function weeklyHours(rng: Random, hotline: boolean): WeeklySlot[] {
  const days = (list: number[], opens: number, closes: number) => list.map((weekday) => ({ weekday, opens, closes }));
  if (hotline || rng.chance(0.02)) return days([1, 2, 3, 4, 5, 6, 7], 0, 1440);
  return rng.weighted<() => WeeklySlot[]>([
    [() => [...days([1, 2, 3, 4, 5], 540, 720), ...days([2, 4], 840, 1020)], 35],
    [() => days([1, 3], 840, 1080), 15],
    [() => days([2, 4], 1080, 1230), 10],
    [() => [...days([6], 600, 780), ...days([7], 900, 1080)], 8],
    [() => days([1, 2, 3, 4, 5], 480, 960), 15],
    [() => [], 12],
    [() => [...days([1, 2, 3], 510, 690), ...days([4], 900, 1140)], 5],
  ])();
}

function exceptionDays(rng: Random, today: Date): ExceptionDay[] {
  const out: ExceptionDay[] = [];
  if (rng.chance(0.25)) {
    out.push({ day: "2026-12-24", opens: null, closes: null, note: "Heiligabend – geschlossen" });
    out.push({ day: "2026-12-31", opens: null, closes: null, note: "Silvester – geschlossen" });
  }
  if (rng.chance(0.08)) {
    // Around the day of the run, so that "open now" meets exception dates (today for about a fifth of them).
    const day = new Date(today.getTime() + rng.int(-3, 10) * 86_400_000);
    const closed = rng.chance(0.5);
    out.push({ day: isoDay(day), opens: closed ? null : 600, closes: closed ? null : 1200, note: closed ? "Betriebsausflug" : "Sondersprechstunde" });
  }
  return out.filter((e, i) => out.findIndex((o) => o.day === e.day) === i);
}

export async function buildDataset(db: Db, opts: DatasetOptions): Promise<Dataset> {
  const rng = new Random(opts.seed);
  const today = new Date();
  const counts: Record<string, number> = { tenants: 0, towns: 0, organisations: 0, locations: 0, services: 0, slots: 0, exceptions: 0, translations: 0 };
  const t0 = performance.now();

  // Tenants: the Land, then cities and districts alternating until the count is reached.
  const landId = crypto.randomUUID();
  const specs: { name: string; slug: string; kind: "city" | "district" }[] = [];
  const cities = [...CITIES];
  const districts = [...DISTRICTS];
  while (specs.length < opts.tenants - 1 && (cities.length || districts.length)) {
    const city = cities.length && (!districts.length || specs.length % 4 === 0);
    const base = city ? cities.shift()! : districts.shift()!;
    specs.push(city ? { name: `Stadt ${base}`, slug: `stadt-${slugify(base)}`, kind: "city" } : { name: base.startsWith("Region") ? base : `Landkreis ${base}`, slug: slugify(base.startsWith("Region") ? base : `landkreis ${base}`), kind: "district" });
  }
  for (let i = specs.length; i < opts.tenants - 1; i++) specs.push({ name: `Landkreis Nummer ${i}`, slug: `landkreis-${i}`, kind: "district" });

  const takenTowns = new Set<string>(CITIES);
  const land: BenchTenant = { id: landId, slug: "niedersachsen", name: "Land Niedersachsen", kind: "state", towns: [], entries: 0, samples: [] };
  const tenants: BenchTenant[] = specs.map((s) => ({
    id: crypto.randomUUID(),
    slug: s.slug,
    name: s.name,
    kind: s.kind,
    towns: (s.kind === "city" ? [s.name.replace(/^Stadt /, "")] : townNames(rng, rng.int(6, 14), takenTowns)).map((name) => ({ slug: slugify(name), name })),
    entries: 0,
    samples: [],
  }));
  const all = [land, ...tenants];
  const entryCounts = sizes(rng, all.length, opts.entries);
  all.forEach((t, i) => (t.entries = entryCounts[i]!));

  await insertMany(db, "tenant", [
    { name: "id", type: "uuid" }, { name: "slug", type: "text" }, { name: "name", type: "text" },
    { name: "kind", type: "text", cast: "tenant_kind" }, { name: "parent_id", type: "uuid" }, { name: "state", type: "text" }, { name: "intro", type: "text" },
  ], all.map((t) => [t.id, t.slug, t.name, t.kind, t.kind === "state" ? null : landId, "NI", `Wegweiser Integration – ${t.name}`]));
  counts.tenants = all.length;
  invalidateTenantCache();

  for (const tenant of all) {
    const townRows = tenant.towns.map((w) => ({ id: crypto.randomUUID(), ...w }));
    const place = tenant.kind === "state" ? "Niedersachsen" : tenant.name.replace(/^(Stadt|Landkreis) /, "");
    const lat0 = 51.5 + rng.next() * 2.2;
    const lng0 = 6.9 + rng.next() * 4.3;

    const orgs: { id: string; name: string; locations: { id: string; city: string; townId: string | null; town: string | null }[] }[] = [];
    const orgNames = new Set<string>();
    const orgCount = Math.max(5, Math.round(tenant.entries / 12));
    for (let i = 0; orgs.length < orgCount && i < orgCount * 20; i++) {
      const town = townRows.length ? rng.pick(townRows) : null;
      const name = `${rng.pick(PROVIDERS)} ${town && rng.chance(0.6) ? town.name : place}`;
      if (orgNames.has(name)) continue;
      orgNames.add(name);
      const locs = Array.from({ length: rng.int(1, 2) }, () => {
        const w = townRows.length ? (rng.chance(0.7) && town ? town : rng.pick(townRows)) : null;
        return { id: crypto.randomUUID(), city: w?.name ?? rng.pick(CITIES), townId: w?.id ?? null, town: w?.name ?? null };
      });
      orgs.push({ id: crypto.randomUUID(), name, locations: locs });
    }

    const services: unknown[][] = [];
    const slots: unknown[][] = [];
    const exceptions: unknown[][] = [];
    const translations: unknown[][] = [];
    const slugs = new Set<string>();
    for (let i = 0; i < tenant.entries; i++) {
      const org = rng.pick(orgs);
      const location = rng.chance(0.9) ? rng.pick(org.locations) : null;
      const offer = rng.pick(OFFERS);
      const qualifier = rng.chance(0.35) ? rng.pick(QUALIFIERS) : null;
      const townSuffix = location?.town && rng.chance(0.5) ? location.town : null;
      const nameIn = (l: keyof Text) => [offer.name[l], qualifier?.text[l], townSuffix].filter(Boolean).join(" ");
      const extra = rng.chance(0.6) ? rng.pick(SUMMARY_EXTRAS) : null;
      const summaryIn = (l: keyof Text) => [offer.summary[l], extra?.[l]].filter(Boolean).join(". ").replace(/\.\./g, ".");
      const sentences = rng.sample(DESCRIPTION_SENTENCES, rng.int(2, 4));
      const descriptionIn = (l: keyof Text) => sentences.map((s) => s[l]).join(" ");
      const name = nameIn("de");
      let slug = slugify(name).slice(0, 80).replace(/-+$/, "");
      for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name).slice(0, 80).replace(/-+$/, "")}-${n}`;
      slugs.add(slug);
      const id = crypto.randomUUID();
      const spoken = ["de", ...rng.sample(SPOKEN_LANGUAGES.filter((l) => l !== "de"), rng.weighted([[0, 30], [1, 30], [2, 20], [3, 12], [4, 8]]))];
      if (rng.chance(0.1)) spoken.shift();
      const hotline = offer.name.de.startsWith("Hotline");
      const weekly = weeklyHours(rng, hotline);
      const targets = [...new Set([...offer.targets, ...(qualifier?.targets ?? []), ...(rng.chance(0.2) ? [rng.pick(TARGET_GROUPS)] : [])])];
      const summary = summaryIn("de");
      const description = descriptionIn("de");
      services.push([
        id, tenant.id, org.id, location?.id ?? null, slug, name, summary, description, offer.kind,
        pgArray(offer.topics), pgArray(targets), pgArray(spoken),
        rng.chance(0.8) ? `0${rng.int(4000, 5999)} ${rng.int(100, 999)}-${rng.int(10, 99)}` : null,
        rng.chance(0.7) ? `${slugify(offer.name.de).split("-")[0]}@${slugify(org.name).slice(0, 30)}.example` : null,
        rng.chance(0.5) ? `https://${slugify(org.name).slice(0, 30)}.example/` : null,
        weekly.length === 0 && rng.chance(0.5),
        rng.chance(0.02),
        rng.chance(0.1) ? "Termine nach Vereinbarung" : "",
        rng.chance(0.03) ? "archived" : "active",
      ]);
      for (const w of weekly) slots.push([id, w.weekday, w.opens, w.closes]);
      for (const e of exceptionDays(rng, today)) exceptions.push([id, e.day, e.opens, e.closes, e.note ?? ""]);

      const langs: TranslatedLang[] = rng.weighted<TranslatedLang[]>([[[...TRANSLATED], 40], [["en"], 15], [["tr"], 5], [[], 40]]);
      const sample: SampleEntry = { de: `${name} ${summary}`, tr: {}, town: location?.town ?? null, organisation: org.name };
      for (const lang of langs) {
        const outdated = rng.chance(0.05);
        const fields: [string, string, string][] = [["name", nameIn(lang), name], ["summary", summaryIn(lang), summary], ["description", descriptionIn(lang), description]];
        for (const [field, text, german] of fields) translations.push(["dir_service", id, field, lang, text, sourceHash(outdated ? `${german} (alt)` : german), false, tenant.id]);
        sample.tr[lang] = `${nameIn(lang)} ${summaryIn(lang)}`;
      }
      if (tenant.samples.length < SAMPLES_PER_TENANT && rng.chance(0.2)) tenant.samples.push(sample);
    }

    await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      await insertMany(t, "town", [
        { name: "id", type: "uuid" }, { name: "tenant_id", type: "uuid" }, { name: "slug", type: "text" }, { name: "name", type: "text" }, { name: "kind", type: "text", cast: "town_kind" },
      ], townRows.map((w) => [w.id, tenant.id, w.slug, w.name, tenant.kind === "city" ? "city" : rng.pick(["city", "municipality", "municipality", "joint_municipality"])]));
      await insertMany(t, "dir_organisation", [
        { name: "id", type: "uuid" }, { name: "tenant_id", type: "uuid" }, { name: "name", type: "text" }, { name: "kind", type: "text" }, { name: "website", type: "text" },
      ], orgs.map((o) => [o.id, tenant.id, o.name, "association", `https://${slugify(o.name).slice(0, 30)}.example/`]));
      await insertMany(t, "dir_location", [
        { name: "id", type: "uuid" }, { name: "tenant_id", type: "uuid" }, { name: "organisation_id", type: "uuid" }, { name: "street", type: "text" },
        { name: "postcode", type: "text" }, { name: "city", type: "text" }, { name: "town_id", type: "uuid" }, { name: "lat", type: "float8" }, { name: "lng", type: "float8" },
        { name: "barrier_free", type: "text", cast: "barrier_free" },
      ], orgs.flatMap((o) => o.locations.map((l) => {
        const geo = rng.chance(0.85);
        return [
          l.id, tenant.id, o.id, `${rng.pick(STREETS)} ${rng.int(1, 120)}`, String(rng.int(21000, 49999)), l.city, l.townId,
          geo ? lat0 + rng.next() * 0.4 : null, geo ? lng0 + rng.next() * 0.6 : null, rng.pick(["yes", "no", "unknown"]),
        ];
      })));
      await insertMany(t, "dir_service", [
        { name: "id", type: "uuid" }, { name: "tenant_id", type: "uuid" }, { name: "organisation_id", type: "uuid" }, { name: "location_id", type: "uuid" },
        { name: "slug", type: "text" }, { name: "name", type: "text" }, { name: "summary", type: "text" }, { name: "description", type: "text" }, { name: "kind", type: "text" },
        { name: "topics", type: "text", cast: "text[]" }, { name: "target_groups", type: "text", cast: "text[]" }, { name: "languages", type: "text", cast: "text[]" },
        { name: "phone", type: "text" }, { name: "email", type: "text" }, { name: "website", type: "text" }, { name: "appointment_only", type: "boolean" },
        { name: "temporarily_closed", type: "boolean" }, { name: "hours_note", type: "text" }, { name: "status", type: "text", cast: "record_status" },
      ], services);
      await insertMany(t, "dir_opening_slot", [
        { name: "service_id", type: "uuid" }, { name: "weekday", type: "int2" }, { name: "opens", type: "int2" }, { name: "closes", type: "int2" },
      ], slots);
      await insertMany(t, "dir_opening_exception", [
        { name: "service_id", type: "uuid" }, { name: "day", type: "date" }, { name: "opens", type: "int2" }, { name: "closes", type: "int2" }, { name: "note", type: "text" },
      ], exceptions);
      await insertMany(t, "content_translation", [
        { name: "entity", type: "text" }, { name: "entity_id", type: "uuid" }, { name: "field", type: "text" }, { name: "lang", type: "text" },
        { name: "text", type: "text" }, { name: "source_hash", type: "text" }, { name: "machine", type: "boolean" }, { name: "tenant_id", type: "uuid" },
      ], translations);
    });
    counts.towns! += townRows.length;
    counts.organisations! += orgs.length;
    counts.locations! += orgs.reduce((s, o) => s + o.locations.length, 0);
    counts.services! += services.length;
    counts.slots! += slots.length;
    counts.exceptions! += exceptions.length;
    counts.translations! += translations.length;
  }
  const insertMs = performance.now() - t0;
  opts.log(`inserted ${counts.services} entries of ${counts.tenants} tenants in ${(insertMs / 1000).toFixed(1)} s`);

  // The search index, built by the module itself: reindex() loads each batch and calls indexServices().
  const t1 = performance.now();
  const ids = (await db.execute(sql`SELECT id FROM dir_service ORDER BY tenant_id, id`)) as unknown as { rows: { id: string }[] };
  const batches: string[][] = [];
  for (let i = 0; i < ids.rows.length; i += 500) batches.push(ids.rows.slice(i, i + 500).map((r) => r.id));
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: opts.indexConcurrency }, async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        await db.transaction((tx) => reindex(tx, batch));
        if (++done % 20 === 0) opts.log(`  indexed ${done}/${batches.length} batches`);
      }
    }),
  );
  const indexMs = performance.now() - t1;
  opts.log(`indexed ${ids.rows.length} entries in ${(indexMs / 1000).toFixed(1)} s`);

  const t2 = performance.now();
  await db.execute(sql`VACUUM ANALYZE`);
  const analyseMs = performance.now() - t2;
  const [docs] = ((await db.execute(sql`SELECT (SELECT count(*) FROM dir_search)::int AS docs, (SELECT count(*) FROM dir_search_word)::int AS words`)) as unknown as { rows: { docs: number; words: number }[] }).rows;
  counts.searchDocuments = docs?.docs ?? 0;
  counts.vocabulary = docs?.words ?? 0;
  return { land, tenants, counts, timings: { insertMs, indexMs, analyseMs } };
}

export interface DatasetParams {
  entries: number;
  tenants: number;
  seed: number;
}

/** Keeps what the query mix needs in the database (--keep), for later runs with --reuse. */
export async function saveDataset(db: Db, params: DatasetParams, ds: Dataset) {
  await db.execute(sql`CREATE TABLE IF NOT EXISTS bench_dataset (params jsonb NOT NULL, data jsonb NOT NULL)`);
  await db.execute(sql`DELETE FROM bench_dataset`);
  await db.execute(sql`INSERT INTO bench_dataset VALUES (${JSON.stringify(params)}::jsonb, ${JSON.stringify(ds)}::jsonb)`);
}

export async function loadDataset(db: Db, params: DatasetParams): Promise<Dataset | undefined> {
  const found = (await db.execute(sql`SELECT data FROM bench_dataset WHERE params = ${JSON.stringify(params)}::jsonb`).catch(() => ({ rows: [] }))) as unknown as { rows: { data: Dataset }[] };
  return found.rows[0]?.data;
}
