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
import type { ServiceView } from "./model.ts";
import { openNowParams } from "./opening-hours.ts";
import { toServiceView, viewColumns, viewJoins, type ViewRow } from "./service-view.ts";

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

export interface SearchResult {
  total: number;
  /** The entries of the requested page, in the reader's language, in order. */
  items: ServiceView[];
  /** A corrected query when nothing was found. */
  suggestion?: string;
}

const MAX_TERMS = 6;
const MAX_CONTAINING = 8;
const MAX_FUZZY = 3;

/**
 * The query's terms, each widened by vocabulary words, as tsquery text: `(term:* | word | …) & …`.
 * Terms are split on everything but letters and digits, and so are the vocabulary's words, so
 * neither can carry tsquery syntax. NULL without a term of two letters or more.
 *
 * Cost notes (50,000 entries, ~2,000 vocabulary words per tenant and its Land):
 * - "containing" words are compound tails ("beratung" → "migrationsberatung"): strpos(word, term) > 1
 *   is LIKE '%term%' AND NOT LIKE 'term%' without building two patterns per row;
 * - "fuzzy" words (typo tolerance) are looked up only for terms no vocabulary word starts with, and
 *   their candidates come from the trigram index (OFFSET 0 keeps the planner from scanning the
 *   tenants' whole vocabulary and computing word_similarity() for every word, ~10 ms per term);
 *   equally similar words of equal length are taken in alphabetical order.
 */
function termsCte(tenants: SQL, q: string): SQL {
  return sql`t AS (
          SELECT DISTINCT ON (term) term, ord
            FROM unnest(regexp_split_to_array(fold(${q}), '[^[:alnum:]]+')) WITH ORDINALITY AS x(term, ord)
           WHERE length(term) >= 2
           ORDER BY term, ord
        ),
        k AS (
          SELECT t.term, t.ord,
                 EXISTS (SELECT 1 FROM dir_search_word w WHERE w.tenant_id = ANY(${tenants}::uuid[]) AND w.word LIKE t.term || '%') AS known
            FROM t ORDER BY t.ord LIMIT ${MAX_TERMS}
        ),
        widened AS (
          SELECT k.term, k.ord,
                 array(SELECT w.word FROM dir_search_word w
                        WHERE w.tenant_id = ANY(${tenants}::uuid[]) AND length(k.term) >= 4 AND strpos(w.word, k.term) > 1
                        ORDER BY length(w.word) LIMIT ${MAX_CONTAINING})
                 || CASE WHEN k.known THEN '{}'::text[] ELSE
                      array(SELECT c.word FROM (SELECT w.tenant_id, w.word FROM dir_search_word w WHERE k.term <% w.word OFFSET 0) c
                             WHERE c.tenant_id = ANY(${tenants}::uuid[])
                             ORDER BY word_similarity(k.term, c.word) DESC, length(c.word), c.word LIMIT ${MAX_FUZZY})
                    END AS words
            FROM k
        ),
        tsq AS (
          SELECT string_agg('(' || array_to_string(ARRAY[term || ':*'] || words, ' | ') || ')', ' & ' ORDER BY ord) AS text FROM widened
        )`;
}

/**
 * One statement per search: the terms looked up in the vocabulary, the matching entries ranked,
 * the total, the views of the requested page and — only when nothing matched — the nearest
 * vocabulary word of each term for "did you mean". Each round trip costs both sides more than
 * the work it carries, so a result page makes exactly one.
 */
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
  const tenants = sql`${sql.param(tenantIds)}`;

  let query: SQL;
  if (q) {
    const langs = lang === "de" ? ["de"] : ["de", lang];
    // Only dir_search is read: the entry's filter and sort attributes are copied into its documents.
    const docFilters: SQL[] = [sql`d.tenant_id = ANY(${tenants}::uuid[])`, sql`d.lang = ANY(${sql.param(langs)}::text[])`, sql`d.active`];
    if (p.topic) docFilters.push(sql`d.topics @> ARRAY[${p.topic}]::text[]`);
    if (p.kind) docFilters.push(sql`d.kind = ${p.kind}`);
    if (p.language) docFilters.push(sql`d.languages @> ARRAY[${p.language}]::text[]`);
    if (p.town) docFilters.push(sql`d.town_slug = ${p.town}`);
    if (p.openNow) docFilters.push(openNowFilter(now, state, sql`d.service_id`, sql`d.temporarily_closed`));
    query = sql`
      WITH ${termsCte(tenants, q)},
      -- Materialised, so each tsquery is built once, not once per document the join looks at.
      q AS MATERIALIZED (SELECT to_tsquery('german', tsq.text) AS de, to_tsquery('simple', tsq.text) AS other, fold(${q}) AS whole FROM tsq),
      hits AS (
        SELECT d.service_id AS id, min(d.sort_name) AS sort_name,
               max(ts_rank(d.document, CASE WHEN d.lang = 'de' THEN q.de ELSE q.other END)) AS rank,
               bool_or(d.name = q.whole) AS exact,
               bool_or(d.name LIKE q.whole || '%') AS prefix
          FROM dir_search d, q
         WHERE ${sql.join(docFilters, sql` AND `)}
           AND d.document @@ CASE WHEN d.lang = 'de' THEN q.de ELSE q.other END
         GROUP BY d.service_id
      ),
      page AS (
        SELECT u.id, u.pos
          FROM unnest(array(SELECT hits.id FROM hits ORDER BY hits.exact DESC, hits.prefix DESC, hits.rank DESC, hits.sort_name
                             LIMIT ${perPage} OFFSET ${offset})) WITH ORDINALITY AS u(id, pos)
      )
      ${pageResult(lang, sql`(SELECT count(*) FROM hits)`, sql`CASE WHEN NOT EXISTS (SELECT 1 FROM hits) THEN ${nearestWords(tenants)} END`)}`;
  } else {
    const filters: SQL[] = [sql`s.tenant_id = ANY(${tenants}::uuid[])`, sql`s.status = 'active'`];
    if (p.topic) filters.push(sql`s.topics @> ARRAY[${p.topic}]::text[]`);
    if (p.kind) filters.push(sql`s.kind = ${p.kind}`);
    if (p.language) filters.push(sql`s.languages @> ARRAY[${p.language}]::text[]`);
    if (p.town) filters.push(sql`EXISTS (SELECT 1 FROM dir_location l JOIN town w ON w.id = l.town_id WHERE l.id = s.location_id AND w.slug = ${p.town})`);
    if (p.openNow) filters.push(openNowFilter(now, state));
    query = sql`
      WITH hits AS (SELECT s.id, s.name FROM dir_service s WHERE ${sql.join(filters, sql` AND `)}),
      page AS (
        SELECT u.id, u.pos FROM unnest(array(SELECT hits.id FROM hits ORDER BY hits.name LIMIT ${perPage} OFFSET ${offset})) WITH ORDINALITY AS u(id, pos)
      )
      ${pageResult(lang, sql`(SELECT count(*) FROM hits)`, sql`NULL::json`)}`;
  }
  const [found] = await rows<{ total: number; items: ViewRow[] | null; nearest: { term: string; word: string | null }[] | null }>(db, query);
  const result: SearchResult = { total: found?.total ?? 0, items: (found?.items ?? []).map((row) => toServiceView(row, lang)) };
  const nearest = found?.nearest ?? [];
  if (nearest.some((n) => n.word && n.word !== n.term)) result.suggestion = nearest.map((n) => n.word ?? n.term).join(" ");
  return result;
}

/** One row: the total, the page's views in order and, for "did you mean", each term with its nearest word (JSON). */
function pageResult(lang: Locale, total: SQL, nearest: SQL): SQL {
  return sql`SELECT ${total}::int AS total,
             (SELECT json_agg(v ORDER BY v.pos)
                FROM (SELECT page.pos, ${viewColumns(lang)} FROM page JOIN dir_service s ON s.id = page.id ${viewJoins}) v) AS items,
             ${nearest} AS nearest`;
}

/** Each term with the closest vocabulary word (as written), in the terms' order; the word is null where none is similar. */
function nearestWords(tenants: SQL): SQL {
  return sql`(SELECT json_agg(json_build_object('term', k.term, 'word', (SELECT w.display FROM dir_search_word w
                                   WHERE w.tenant_id = ANY(${tenants}::uuid[]) AND w.word % k.term
                                   ORDER BY similarity(w.word, k.term) DESC, length(w.word) LIMIT 1)) ORDER BY k.ord) FROM k)`;
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
