import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { buildTenant, createTestDatabase, type TestDatabase } from "../../../test/helpers.ts";
import { findTenant, visibleTenantIds } from "../../core/tenancy.ts";
import type { Locale } from "../../core/i18n.ts";
import { searchServices, type SearchParams } from "./search.ts";
import { saveTranslations, setStatus } from "./service.ts";
import { buildEntry } from "./test-factories.ts";

describe("Wegweiser search", () => {
  let d: TestDatabase;
  let tenantIds: string[];
  let slug: string;
  const ids: Record<string, string> = {};

  async function names(q: string | SearchParams, lang: Locale = "de", now?: Date) {
    const params = typeof q === "string" ? { q } : q;
    const r = await searchServices(d.db, tenantIds, lang, params, now);
    return { names: r.items.map((v) => v.name), total: r.total, suggestion: r.suggestion };
  }

  before(async () => {
    d = await createTestDatabase();
    const land = await buildTenant(d.db, { kind: "state", slug: "land-test" });
    const city = await buildTenant(d.db, { parentId: land.id, towns: ["Nordstadt", "Südheim"] });
    slug = city.slug;
    tenantIds = visibleTenantIds((await findTenant(d.db, slug))!);
    const e = async (key: string, over: Parameters<typeof buildEntry>[2], hours?: Parameters<typeof buildEntry>[3], tenant = slug) => {
      ids[key] = (await buildEntry(d.db, tenant, over, hours)).id;
    };
    await e("buero", { name: "Migrationsbüro", summary: "Erste Anlaufstelle für Zugewanderte", kind: "coordination", topics: ["arrival"], languages: ["de", "ar", "tr"], organisation: "Stadtverwaltung", street: "Kieler Straße 63", postcode: "26382", city: "Nordstadt", town: "nordstadt" },
      { weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: 9 * 60, closes: 12 * 60 })) });
    await e("mbe", { name: "Migrationsberatung für erwachsene Zuwanderer", summary: "Beratung zu Aufenthalt, Arbeit und Sprache", kind: "migration_counselling", topics: ["residence_law", "work"], languages: ["de", "ru", "uk"], organisation: "Caritas", street: "Markt 1", postcode: "49716", city: "Südheim", town: "suedheim" },
      { weekly: [{ weekday: 2, opens: 14 * 60, closes: 17 * 60 }] });
    await e("sprach", { name: "Sprachmittlung", summary: "Dolmetschen für Ämter, Kitas und Schulen", kind: "language_mediation", topics: ["language", "children"], languages: ["ar", "fa", "tr"], organisation: "Stadtverwaltung" });
    await e("cafe", { name: "Sprachcafé", summary: "Deutsch üben in gemütlicher Runde", kind: "language_course", topics: ["language"], organisation: "Verein" });
    await e("cafeNord", { name: "Sprachcafé Nord am Mittwoch mit Kinderbetreuung Sprachcafé", summary: "Sprachcafé, Sprachcafé, Sprachcafé", kind: "language_course", topics: ["language"], organisation: "Verein" });
    await e("frauen", { name: "Frauentreff International", summary: "Begegnung und Beratung für Frauen", kind: "women", topics: ["women"], organisation: "Verein" });
    await e("land", { name: "Landesweite Hotline Anerkennung", summary: "Anerkennung ausländischer Berufsabschlüsse", kind: "work", topics: ["work"], organisation: "Land" }, {}, "land-test");
    await e("archived", { name: "Altes Migrationsprojekt", kind: "counselling", organisation: "Verein" });
    const tenant = (await findTenant(d.db, slug))!;
    await setStatus(d.db, { tenant, actor: { id: null, label: "t" } }, ids.archived!, "archived");
    await saveTranslations(d.db, { tenant, actor: { id: null, label: "t" } }, ids.sprach!, "en", { name: "Language mediation", summary: "Interpreting for offices, day-care centres and schools", description: "", hoursNote: "" });
  });
  after(() => d.close());

  test("umlaut spellings meet: Migrationsbüro, Migrationsbuero, Migrationsburo", async () => {
    for (const q of ["Migrationsbüro", "Migrationsbuero", "migrationsburo", "MIGRATIONSBÜRO"]) {
      const r = await names(q);
      assert.equal(r.names[0], "Migrationsbüro", q);
    }
  });

  test("a prefix finds German compounds (Migration → Migrationsberatung, Migrationsbüro)", async () => {
    const r = await names("Migration");
    assert.ok(r.names.includes("Migrationsberatung für erwachsene Zuwanderer"));
    assert.ok(r.names.includes("Migrationsbüro"));
  });

  test("a compound's tail finds it (mittlung → Sprachmittlung)", async () => {
    assert.ok((await names("mittlung")).names.includes("Sprachmittlung"));
  });

  test("stemming: plural and inflected forms find the entry", async () => {
    assert.ok((await names("Schule")).names.includes("Sprachmittlung"), "Schulen ← Schule");
    assert.ok((await names("Zuwanderern")).names.includes("Migrationsberatung für erwachsene Zuwanderer"));
  });

  test("typos are tolerated", async () => {
    assert.equal((await names("Sprachmitlung")).names[0], "Sprachmittlung");
    assert.equal((await names("Migrationsbeartung")).names[0], "Migrationsberatung für erwachsene Zuwanderer");
  });

  test("the exact name ranks first even when another entry repeats the word more often", async () => {
    const r = await names("Sprachcafé");
    assert.deepEqual(r.names.slice(0, 2), ["Sprachcafé", "Sprachcafé Nord am Mittwoch mit Kinderbetreuung Sprachcafé"]);
  });

  test("several terms must all match", async () => {
    assert.deepEqual((await names("Beratung Frauen")).names, ["Frauentreff International"]);
  });

  test("the reader's language is searched as well as German", async () => {
    // Found through its English text, and shown in English.
    assert.deepEqual((await names("interpreting", "en")).names, ["Language mediation"]);
    assert.equal((await names("interpreting", "de")).total, 0, "English text is not searched for a German reader");
    assert.equal((await names("Dolmetschen", "en")).names[0], "Language mediation", "German is searched for everyone");
  });

  test("topic labels are searchable in the reader's language, even for untranslated entries", async () => {
    // directory.topic.women in Arabic
    const { translate } = await import("../../core/i18n.ts");
    const label = translate("ar", "directory.topic.women");
    assert.notEqual(label, "directory.topic.women");
    assert.ok((await names(label, "ar")).names.includes("Frauentreff International"));
  });

  test("a search without hits suggests the nearest spelling", async () => {
    const r = await names("Frauntref Xylophon");
    assert.equal(r.total, 0);
    assert.ok(r.suggestion, "a suggestion is made");
    assert.match(r.suggestion!, /frauentreff/);
  });

  test("nonsense finds nothing and suggests nothing misleading", async () => {
    const r = await names("qqqqqq");
    assert.equal(r.total, 0);
    assert.equal(r.suggestion, undefined);
  });

  test("filters: topic, language spoken, town, kind", async () => {
    assert.deepEqual((await names({ topic: "women" })).names, ["Frauentreff International"]);
    assert.deepEqual((await names({ language: "fa" })).names, ["Sprachmittlung"]);
    assert.deepEqual((await names({ town: "suedheim" })).names, ["Migrationsberatung für erwachsene Zuwanderer"]);
    assert.deepEqual((await names({ q: "Sprache", kind: "language_mediation" })).names, ["Sprachmittlung"]);
  });

  test("open now follows the office hours, public holidays and the time zone", async () => {
    // Monday 2026-11-23, 10:30 in Berlin (09:30 UTC): only the Migrationsbüro (Mo–Fr 9–12) is open.
    assert.deepEqual((await names({ openNow: true }, "de", new Date("2026-11-23T09:30:00Z"))).names, ["Migrationsbüro"]);
    // Tuesday 15:00 Berlin: only the Migrationsberatung (Tu 14–17).
    assert.deepEqual((await names({ openNow: true }, "de", new Date("2026-11-24T14:00:00Z"))).names, ["Migrationsberatung für erwachsene Zuwanderer"]);
    // Friday 2026-12-25 is Christmas Day in Lower Saxony: nobody is open at 10:30.
    assert.deepEqual((await names({ openNow: true }, "de", new Date("2026-12-25T09:30:00Z"))).names, []);
    // 11:30 in summer time (09:30 UTC) is open, 12:30 (10:30 UTC) closed.
    assert.deepEqual((await names({ openNow: true }, "de", new Date("2026-06-15T09:30:00Z"))).names, ["Migrationsbüro"]);
    assert.deepEqual((await names({ openNow: true }, "de", new Date("2026-06-15T10:30:00Z"))).names, []);
  });

  test("archived entries are not found; the Land's entries are", async () => {
    assert.equal((await names("Migrationsprojekt")).total, 0);
    assert.deepEqual((await names("Anerkennung")).names, ["Landesweite Hotline Anerkennung"]);
  });

  test("paging returns the total and the right slice", async () => {
    const all = await searchServices(d.db, tenantIds, "de", { perPage: 100 });
    const page2 = await searchServices(d.db, tenantIds, "de", { perPage: 3, page: 2 });
    assert.equal(page2.total, all.total);
    assert.deepEqual(page2.items.map((v) => v.id), all.items.slice(3, 6).map((v) => v.id));
  });

  test("a page past the last keeps the total and offers no correction", async () => {
    for (const params of [{ q: "Sprachcafé" }, { topic: "language" }]) {
      const first = await searchServices(d.db, tenantIds, "de", { ...params, perPage: 1 });
      assert.ok(first.total >= 2, JSON.stringify(params));
      const beyond = await searchServices(d.db, tenantIds, "de", { ...params, perPage: 1, page: first.total + 1 });
      assert.deepEqual([beyond.total, beyond.items.length, beyond.suggestion], [first.total, 0, undefined], JSON.stringify(params));
    }
  });

  test("odd input is harmless", async () => {
    for (const q of ["'; DROP TABLE dir_service; --", "a:* & !b | (c", "\\", "%_%", "ü".repeat(500), "   "]) {
      const r = await searchServices(d.db, tenantIds, "de", { q });
      assert.ok(r.total >= 0, q);
    }
    assert.ok((await names("Migrationsbüro")).total >= 1, "table still there");
  });
});
