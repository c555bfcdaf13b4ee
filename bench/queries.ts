/**
 * The query mix: distinct searches drawn from the data set's own words —
 * single words, two words, prefixes, folded spellings (ue for ü), typos,
 * words of the translations, filters — over all tenants and several reader
 * languages, shuffled with a seed.
 */
import { LOCALES, type Locale } from "../src/core/i18n.ts";
import { SERVICE_KINDS, SPOKEN_LANGUAGES, TOPICS } from "../src/modules/directory/model.ts";
import type { BenchTenant, Dataset, SampleEntry } from "./dataset.ts";
import { Random } from "../src/core/random.ts";
import { TRANSLATED } from "./vocabulary.ts";

export interface BenchQuery {
  tenant: string;
  lang: Locale;
  category: string;
  q?: string;
  topic?: string;
  kind?: string;
  language?: string;
  town?: string;
  openNow?: boolean;
  page?: number;
}

const STOP = new Set([
  "für", "und", "mit", "der", "die", "das", "den", "dem", "des", "ein", "eine", "zum", "zur", "von", "bei", "auf", "nach", "ohne", "auch", "oder",
  "for", "the", "and", "with", "your", "from", "own", "için", "ile", "veya", "في", "مع", "على", "من",
]);

const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w.toLowerCase()));

const FOLD: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };
const STRIP: Record<string, string> = { ä: "a", ö: "o", ü: "u", Ä: "A", Ö: "O", Ü: "U", ß: "s" };

function typo(rng: Random, w: string): string {
  const i = rng.int(1, w.length - 2);
  switch (rng.int(0, 2)) {
    case 0: // drop a letter
      return w.slice(0, i) + w.slice(i + 1);
    case 1: // swap two neighbours
      return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    default: // replace one
      return w.slice(0, i) + rng.pick([..."aeinrstlou"].filter((c) => c !== w[i])) + w.slice(i + 1);
  }
}

function readerLang(rng: Random): Locale {
  return rng.weighted<Locale>([["de", 75], ["en", 9], ["ar", 5], ["tr", 5], ...LOCALES.filter((l) => !["de", "en", "ar", "tr"].includes(l)).map((l) => [l, 2] as [Locale, number])]);
}

export function buildQueryMix(ds: Dataset, count: number, seed: number): BenchQuery[] {
  const rng = new Random(seed);
  const umlautWords = new Set<string>();
  for (const t of [ds.land, ...ds.tenants]) for (const s of t.samples) for (const w of words(s.de)) if (/[äöüß]/i.test(w)) umlautWords.add(w);
  const umlauts = [...umlautWords];
  const seen = new Set<string>();
  const out: BenchQuery[] = [];

  for (let attempts = 0; out.length < count && attempts < count * 50; attempts++) {
    const tenant = rng.pick(ds.tenants);
    const source: BenchTenant = rng.chance(0.2) ? ds.land : tenant;
    const entry: SampleEntry | undefined = source.samples.length ? rng.pick(source.samples) : undefined;
    if (!entry) continue;
    const german = words(entry.de);
    const long = german.filter((w) => w.length >= 7);
    const q: BenchQuery = { tenant: tenant.slug, lang: readerLang(rng), category: "" };
    const category = rng.weighted<string>([["word", 22], ["two words", 15], ["prefix", 12], ["folded", 10], ["typo", 15], ["translated", 16], ["town", 4], ["filters only", 6]]);
    q.category = category;
    switch (category) {
      case "word":
        q.q = rng.pick(german);
        break;
      case "two words": {
        const [a, b] = rng.sample(german, 2);
        q.q = rng.chance(0.25) && entry.town ? `${a} ${entry.town}` : `${a} ${b ?? entry.organisation.split(" ")[0]}`;
        break;
      }
      case "prefix": {
        if (!long.length) continue;
        const w = rng.pick(long);
        q.q = w.slice(0, rng.int(4, Math.min(w.length - 2, 10)));
        break;
      }
      case "folded": {
        const candidates = german.filter((w) => /[äöüß]/i.test(w));
        const w = candidates.length ? rng.pick(candidates) : rng.pick(umlauts);
        const table = rng.chance(0.6) ? FOLD : STRIP;
        q.q = w.replace(/[äöüÄÖÜß]/g, (c) => table[c] ?? c);
        break;
      }
      case "typo": {
        const w = rng.pick(long.length ? long : german.filter((x) => x.length >= 5));
        if (!w) continue;
        q.q = typo(rng, w);
        break;
      }
      case "translated": {
        const langs = TRANSLATED.filter((l) => entry.tr[l]);
        if (!langs.length) continue;
        const lang = rng.pick(langs);
        const tw = words(entry.tr[lang]!);
        if (!tw.length) continue;
        q.q = rng.chance(0.3) && tw.length > 1 ? rng.sample(tw, 2).join(" ") : rng.pick(tw);
        q.lang = rng.chance(0.85) ? lang : "de";
        break;
      }
      case "town":
        if (!tenant.towns.length) continue;
        q.q = rng.chance(0.5) ? rng.pick(tenant.towns).name : `${rng.pick(german)} ${rng.pick(tenant.towns).name}`;
        break;
      default:
        break;
    }
    if (q.q && rng.chance(0.3)) q.q = q.q.toLowerCase();
    const filterOnly = category === "filters only";
    if (rng.chance(filterOnly ? 0.5 : 0.15)) q.topic = rng.pick(TOPICS);
    if (rng.chance(filterOnly ? 0.3 : 0.12)) q.language = rng.pick(SPOKEN_LANGUAGES.slice(0, 10));
    if (tenant.towns.length > 1 && rng.chance(filterOnly ? 0.4 : 0.12)) q.town = rng.pick(tenant.towns).slug;
    if (rng.chance(filterOnly ? 0.3 : 0.1)) q.openNow = true;
    if (rng.chance(filterOnly ? 0.2 : 0.05)) q.kind = rng.pick(SERVICE_KINDS);
    if (filterOnly && !q.topic && !q.language && !q.town && !q.openNow && !q.kind) q.topic = rng.pick(TOPICS);
    if (rng.chance(0.08)) q.page = 2;
    const key = pagePath(q);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(q);
  }
  if (out.length < count) throw new Error(`only ${out.length} distinct queries could be drawn`);
  return rng.shuffle(out);
}

function queryString(q: BenchQuery, withLang: boolean): string {
  const p = new URLSearchParams();
  if (q.q) p.set("q", q.q);
  if (q.topic) p.set("topic", q.topic);
  if (q.kind) p.set("kind", q.kind);
  if (q.language) p.set("language", q.language);
  if (q.town) p.set("town", q.town);
  if (q.openNow) p.set("openNow", "1");
  if (q.page) p.set("page", String(q.page));
  if (withLang) p.set("lang", q.lang);
  const s = p.toString();
  return s ? `?${s}` : "";
}

export const pagePath = (q: BenchQuery) => `/${q.tenant}/${q.lang}/wegweiser${queryString(q, false)}`;
export const apiPath = (q: BenchQuery) => `/api/v1/${q.tenant}/wegweiser${queryString(q, true)}`;
