/**
 * Search over the Wegweiser, entirely in PostgreSQL.
 *
 * Documents: one row per entry and language (dir_search), German stemmed with
 * the `german` configuration, other languages with `simple`; every text goes
 * through fold() first (lower case, accents and umlauts removed, ae/oe/ue
 * folded), so "Migrationsbuero" and "Migrationsburo" meet "Migrationsbüro".
 *
 * Queries: each folded term is searched as a prefix (German compounds:
 * "Migration" finds "Migrationsberatung") and widened by words of the tenant's
 * vocabulary (dir_search_word) that contain it or nearly match it (pg_trgm
 * word similarity): typo tolerance and compound tails ("beratung" finds
 * "Migrationsberatung"). Exact names rank first. Without hits, the nearest
 * vocabulary words are offered as "did you mean".
 */
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../core/db/index.ts";
import { rows } from "../../core/db/index.ts";
import { LOCALES, translate, type Locale } from "../../core/i18n.ts";
import { openNowParams } from "./opening-hours.ts";

export interface SearchParams {
  q?: string;
  topic?: string;
  kind?: string;
  language?: string;
  town?: string;
  openNow?: boolean;
  page?: number;
  perPage?: number;
}

export interface SearchHit {
  id: string;
  slug: string;
  tenantId: string;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** A corrected query when nothing was found. */
  suggestion?: string;
}

const MAX_TERMS = 6;
const MAX_CONTAINING = 8;
const MAX_FUZZY = 3;

interface TermRow {
  term: string;
  /** Vocabulary words that contain the term: compound tails ("beratung" → "migrationsberatung"). */
  containing: string[];
  /** Whether some vocabulary word starts with the term; if not, it is probably misspelt. */
  known: boolean;
  /** Nearly matching words, looked up only for unknown terms: typo tolerance. */
  fuzzy: string[];
}

/**
 * Fold the query, split it into terms, and look each term up in the vocabulary, in one round trip.
 *
 * Cost notes (50,000 entries, ~2,000 vocabulary words per tenant and its Land):
 * - "containing" uses strpos(word, term) > 1, the same as LIKE '%term%' AND NOT LIKE 'term%'
 *   (terms hold only letters and digits, no LIKE wildcards) without building two patterns per row;
 * - "fuzzy" is needed only for unknown terms, so known ones skip it; and its candidates come from
 *   the trigram index (OFFSET 0 keeps the planner from scanning the tenants' whole vocabulary and
 *   computing word_similarity() for every word, ~10 ms per term); equally similar words of equal
 *   length are taken in alphabetical order, not in whatever order the plan happens to produce;
 * - the nearest word for "did you mean" is looked up only when nothing was found (suggest()).
 */
async function analyse(db: Executor, tenantIds: string[], q: string): Promise<TermRow[]> {
  const tenants = sql.param(tenantIds);
  return rows<TermRow>(
    db,
    sql`WITH t AS (
          SELECT DISTINCT ON (term) term, ord
            FROM unnest(regexp_split_to_array(fold(${q}), '[^[:alnum:]]+')) WITH ORDINALITY AS x(term, ord)
           WHERE length(term) >= 2
           ORDER BY term, ord
        ),
        k AS (
          SELECT t.term, t.ord,
                 EXISTS (SELECT 1 FROM dir_search_word w WHERE w.tenant_id = ANY(${tenants}::uuid[]) AND w.word LIKE t.term || '%') AS known
            FROM t ORDER BY t.ord LIMIT ${MAX_TERMS}
        )
        SELECT k.term,
               array(SELECT w.word FROM dir_search_word w
                      WHERE w.tenant_id = ANY(${tenants}::uuid[]) AND length(k.term) >= 4 AND strpos(w.word, k.term) > 1
                      ORDER BY length(w.word) LIMIT ${MAX_CONTAINING}) AS containing,
               k.known,
               CASE WHEN k.known THEN '{}'::text[] ELSE
                 array(SELECT c.word FROM (SELECT w.tenant_id, w.word FROM dir_search_word w WHERE k.term <% w.word OFFSET 0) c
                        WHERE c.tenant_id = ANY(${tenants}::uuid[])
                        ORDER BY word_similarity(k.term, c.word) DESC, length(c.word), c.word LIMIT ${MAX_FUZZY})
               END AS fuzzy
          FROM k ORDER BY k.ord`,
  );
}

/** The closest vocabulary word (as written) of each term, for "did you mean"; null where none is similar. */
async function suggest(db: Executor, tenantIds: string[], terms: string[]): Promise<(string | null)[]> {
  const found = await rows<{ nearest: string | null }>(
    db,
    sql`SELECT (SELECT w.display FROM dir_search_word w
                 WHERE w.tenant_id = ANY(${sql.param(tenantIds)}::uuid[]) AND w.word % t.term
                 ORDER BY similarity(w.word, t.term) DESC, length(w.word) LIMIT 1) AS nearest
          FROM unnest(${sql.param(terms)}::text[]) WITH ORDINALITY AS t(term, ord) ORDER BY t.ord`,
  );
  return found.map((r) => r.nearest);
}

/** Terms hold only letters and digits (split above), so they are safe inside tsquery syntax. */
const lexeme = (w: string) => w.replace(/[^\p{L}\p{N}]/gu, "");

function tsqueryText(terms: TermRow[]): string {
  return terms
    .map((t) => {
      const widened = t.known ? t.containing : [...t.containing, ...t.fuzzy];
      const alternatives = [`${lexeme(t.term)}:*`, ...widened.map(lexeme).filter(Boolean)];
      return `(${alternatives.join(" | ")})`;
    })
    .join(" & ");
}

export async function searchServices(
  db: Executor,
  tenantIds: string[],
  lang: Locale,
  p: SearchParams,
  now = new Date(),
  state = "NI",
): Promise<SearchResult> {
  const perPage = p.perPage ?? 20;
  const offset = ((p.page ?? 1) - 1) * perPage;
  const q = (p.q ?? "").trim().slice(0, 200);
  const terms = q ? await analyse(db, tenantIds, q) : [];
  const filters: SQL[] = [sql`s.tenant_id = ANY(${sql.param(tenantIds)}::uuid[])`, sql`s.status = 'active'`];
  if (p.topic) filters.push(sql`s.topics @> ARRAY[${p.topic}]::text[]`);
  if (p.kind) filters.push(sql`s.kind = ${p.kind}`);
  if (p.language) filters.push(sql`s.languages @> ARRAY[${p.language}]::text[]`);
  if (p.town) filters.push(sql`EXISTS (SELECT 1 FROM dir_location l JOIN town w ON w.id = l.town_id WHERE l.id = s.location_id AND w.slug = ${p.town})`);
  if (p.openNow) filters.push(openNowFilter(now, state));

  if (q && terms.length === 0) return { total: 0, hits: [] };
  let query: SQL;
  if (terms.length > 0) {
    const text = tsqueryText(terms);
    const langs = lang === "de" ? ["de"] : ["de", lang];
    // Only dir_search is read: the entry's filter and sort attributes are copied into its documents.
    const docFilters: SQL[] = [sql`d.tenant_id = ANY(${sql.param(tenantIds)}::uuid[])`, sql`d.lang = ANY(${sql.param(langs)}::text[])`, sql`d.active`];
    if (p.topic) docFilters.push(sql`d.topics @> ARRAY[${p.topic}]::text[]`);
    if (p.kind) docFilters.push(sql`d.kind = ${p.kind}`);
    if (p.language) docFilters.push(sql`d.languages @> ARRAY[${p.language}]::text[]`);
    if (p.town) docFilters.push(sql`d.town_slug = ${p.town}`);
    if (p.openNow) docFilters.push(openNowFilter(now, state, sql`d.service_id`, sql`d.temporarily_closed`));
    query = sql`
      WITH q AS (SELECT to_tsquery('german', ${text}) AS de, to_tsquery('simple', ${text}) AS other, fold(${q}) AS whole),
      hits AS (
        SELECT d.service_id, min(d.slug) AS slug, min(d.tenant_id::text)::uuid AS tenant_id, min(d.sort_name) AS sort_name,
               max(ts_rank(d.document, CASE WHEN d.lang = 'de' THEN q.de ELSE q.other END)) AS rank,
               bool_or(d.name = q.whole) AS exact,
               bool_or(d.name LIKE q.whole || '%') AS prefix
          FROM dir_search d, q
         WHERE ${sql.join(docFilters, sql` AND `)}
           AND d.document @@ CASE WHEN d.lang = 'de' THEN q.de ELSE q.other END
         GROUP BY d.service_id
      )
      SELECT hits.service_id AS id, hits.slug, hits.tenant_id AS "tenantId", count(*) OVER ()::int AS total
        FROM hits
       ORDER BY hits.exact DESC, hits.prefix DESC, hits.rank DESC, hits.sort_name
       LIMIT ${perPage} OFFSET ${offset}`;
  } else {
    query = sql`
      SELECT s.id, s.slug, s.tenant_id AS "tenantId", count(*) OVER ()::int AS total
        FROM dir_service s
       WHERE ${sql.join(filters, sql` AND `)}
       ORDER BY s.name
       LIMIT ${perPage} OFFSET ${offset}`;
  }
  const found = await rows<SearchHit & { total: number }>(db, query);
  const total = found[0]?.total ?? (offset > 0 && q ? await countOnly(db, query) : 0);
  const result: SearchResult = { total, hits: found.map(({ id, slug, tenantId }) => ({ id, slug, tenantId })) };
  if (total === 0 && terms.length > 0) {
    const nearest = await suggest(db, tenantIds, terms.map((t) => t.term));
    const corrected = terms.map((t, i) => nearest[i] ?? t.term);
    if (terms.some((t, i) => nearest[i] && nearest[i] !== t.term)) result.suggestion = corrected.join(" ");
  }
  return result;
}

/** A page past the end still needs the total for its pagination. */
async function countOnly(db: Executor, query: SQL): Promise<number> {
  const [r] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM (${query}) x`);
  return r?.n ?? 0;
}

/**
 * The same rule as openState() in opening-hours.ts, in SQL: an exception for
 * today decides alone; else a public holiday closes; else the weekly slots.
 */
function openNowFilter(now: Date, state: string, id: SQL = sql`s.id`, closed: SQL = sql`s.temporarily_closed`): SQL {
  const p = openNowParams(now, state);
  return sql`(NOT ${closed} AND CASE
      WHEN EXISTS (SELECT 1 FROM dir_opening_exception e WHERE e.service_id = ${id} AND e.day = ${p.date}::date)
        THEN EXISTS (SELECT 1 FROM dir_opening_exception e WHERE e.service_id = ${id} AND e.day = ${p.date}::date
                      AND e.opens IS NOT NULL AND ${p.minute} >= e.opens AND ${p.minute} < e.closes)
      WHEN ${p.holiday} THEN false
      ELSE EXISTS (SELECT 1 FROM dir_opening_slot o WHERE o.service_id = ${id} AND o.weekday = ${p.weekday}
                    AND ${p.minute} >= o.opens AND ${p.minute} < o.closes)
    END)`;
}

export interface SearchDocumentInput {
  serviceId: string;
  tenantId: string;
  name: string;
  summary: string;
  body: string;
  organisation: string;
  town: string;
  kind: string;
  topics: string[];
  targetGroups: string[];
  /** Filter and sort attributes copied into every document of the entry (see dir_search). */
  filters: { active: boolean; languages: string[]; townSlug: string | null; temporarilyClosed: boolean; slug: string };
  /** Translated name/summary/body per language, where they exist. */
  translations: Partial<Record<Locale, { name?: string; summary?: string; body?: string }>>;
}

/** Labels of the entry's kind, topics and target groups in one language: a Farsi reader finds a German-only entry by its topic. */
function labels(d: SearchDocumentInput, lang: Locale): string {
  return [
    translate(lang, `directory.kind.${d.kind}`),
    ...d.topics.map((t) => translate(lang, `directory.topic.${t}`)),
    ...d.targetGroups.map((t) => translate(lang, `directory.target.${t}`)),
  ].join(" ");
}

/** Rebuilds the search documents and vocabulary of the given entries (call inside the write's transaction). */
export async function indexServices(db: Executor, docs: SearchDocumentInput[]) {
  if (docs.length === 0) return;
  const ids: string[] = [];
  const tenants: string[] = [];
  const langs: string[] = [];
  const names: string[] = [];
  const summaries: string[] = [];
  const bodies: string[] = [];
  const perDoc = { active: [] as boolean[], kind: [] as string[], topics: [] as string[], languages: [] as string[], town: [] as (string | null)[], closed: [] as boolean[], slug: [] as string[], sortName: [] as string[] };
  for (const d of docs) {
    perDoc.active.push(d.filters.active);
    perDoc.kind.push(d.kind);
    // Arrays of arrays travel as JSON: PostgreSQL has no ragged text[][].
    perDoc.topics.push(JSON.stringify(d.topics));
    perDoc.languages.push(JSON.stringify(d.filters.languages));
    perDoc.town.push(d.filters.townSlug);
    perDoc.closed.push(d.filters.temporarilyClosed);
    perDoc.slug.push(d.filters.slug);
    perDoc.sortName.push(d.name);
    for (const lang of LOCALES) {
      const tr = lang === "de" ? { name: d.name, summary: d.summary, body: d.body } : (d.translations[lang] ?? {});
      ids.push(d.serviceId);
      tenants.push(d.tenantId);
      langs.push(lang);
      names.push(tr.name ?? "");
      summaries.push(tr.summary ?? "");
      bodies.push([tr.body ?? "", d.organisation, d.town, labels(d, lang)].join(" "));
    }
  }
  await db.execute(sql`DELETE FROM dir_search WHERE service_id = ANY(${sql.param([...new Set(ids)])}::uuid[])`);
  // Written grouped by tenant and language, the way searches read them (tenant_id, lang): after a
  // bulk reindex a tenant's German documents fill their own pages instead of being every seventh
  // row of every page, and a search reads far fewer pages (about a quarter less database time per
  // search at 50,000 entries, see docs/benchmarks.md). Only the physical order changes.
  await db.execute(sql`
    INSERT INTO dir_search (service_id, lang, tenant_id, name, document, active, kind, topics, languages, town_slug, temporarily_closed, slug, sort_name)
    SELECT src.id, src.lang, src.tenant_id, fold(src.name),
           setweight(to_tsvector(cfg, fold(src.name)), 'A') || setweight(to_tsvector(cfg, fold(summary)), 'B') || setweight(to_tsvector(cfg, fold(body)), 'C'),
           f.active, f.kind, array(SELECT json_array_elements_text(f.topics::json)), array(SELECT json_array_elements_text(f.languages::json)),
           f.town, f.closed, f.slug, f.sort_name
      FROM (SELECT *, (CASE WHEN lang = 'de' THEN 'german' ELSE 'simple' END)::regconfig AS cfg
              FROM unnest(${sql.param(ids)}::uuid[], ${sql.param(langs)}::text[], ${sql.param(tenants)}::uuid[], ${sql.param(names)}::text[], ${sql.param(summaries)}::text[], ${sql.param(bodies)}::text[])
                   AS x(id, lang, tenant_id, name, summary, body)) src
      JOIN unnest(${sql.param(docs.map((d) => d.serviceId))}::uuid[], ${sql.param(perDoc.active)}::boolean[], ${sql.param(perDoc.kind)}::text[], ${sql.param(perDoc.topics)}::text[],
                  ${sql.param(perDoc.languages)}::text[], ${sql.param(perDoc.town)}::text[], ${sql.param(perDoc.closed)}::boolean[], ${sql.param(perDoc.slug)}::text[], ${sql.param(perDoc.sortName)}::text[])
           AS f(id, active, kind, topics, languages, town, closed, slug, sort_name) ON f.id = src.id
     WHERE src.lang = 'de' OR src.name <> '' OR summary <> '' OR body <> ''
     ORDER BY src.tenant_id, src.lang, src.id`);
  // The vocabulary: every word of names, summaries and bodies in every language.
  await db.execute(sql`
    INSERT INTO dir_search_word (tenant_id, word, display)
    SELECT DISTINCT ON (tenant_id, fold(w)) tenant_id, fold(w), w
      FROM (SELECT tenant_id, regexp_split_to_table(lower(name || ' ' || summary || ' ' || body), '[^[:alnum:]]+') AS w
              FROM unnest(${sql.param(tenants)}::uuid[], ${sql.param(names)}::text[], ${sql.param(summaries)}::text[], ${sql.param(bodies)}::text[]) AS x(tenant_id, name, summary, body)) words
     WHERE length(w) BETWEEN 3 AND 40
    ON CONFLICT DO NOTHING`);
}
