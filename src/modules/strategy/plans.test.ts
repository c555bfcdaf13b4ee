/**
 * The Handlungskonzept over HTTP (periods, fields of action, goals, measures
 * with their checks, progress notes, the next period continuing the open
 * measures, the public page, XLSX export), the inventory of Wegweiser offers
 * with its gaps, and the workshop: priorities from the round's results voted
 * on by code, at most the allowance, and adopted as goals with one click.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { rows } from "../../core/db/index.ts";
import { findTenant } from "../../core/tenancy.ts";
import { buildTenant, buildUser, Client, createTestApp, signedIn, type TestApp } from "../../../test/helpers.ts";
import { buildEntry } from "../directory/test-factories.ts";
import { ensureTemplates } from "./questionnaires.ts";
import { TEST_TEMPLATE } from "./test-factories.ts";

const location = (res: { headers: Record<string, unknown> }) => String(res.headers.location ?? "");
const idIn = (url: string, segment: string) => new RegExp(`/${segment}/([0-9a-f-]{36})`).exec(url)?.[1] ?? "";

describe("Strategy: Handlungskonzept, inventory, workshop", () => {
  let t: TestApp;
  let slug: string;
  let otherSlug: string;
  let office: Client;
  let foreign: Client;
  let planId: string;
  const base = () => `/admin/${slug}/strategie`;

  before(async () => {
    t = await createTestApp();
    const land = await buildTenant(t.db, { kind: "state" });
    const a = await buildTenant(t.db, { parentId: land.id, towns: ["Nordstadt", "Südheim"] });
    const b = await buildTenant(t.db, { parentId: land.id });
    slug = a.slug;
    otherSlug = b.slug;
    await ensureTemplates(t.db, [TEST_TEMPLATE]);
    office = await signedIn(t, (await buildUser(t.db, { tenantId: a.id, role: "staff" })).id);
    foreign = await signedIn(t, (await buildUser(t.db, { tenantId: b.id, role: "tenant_admin" })).id);
  });
  after(() => t.close());

  test("a plan with fields, goals and measures; bad input is reported at the field and kept", async () => {
    const bad = await office.post(`${base()}/handlungskonzept`, { title: "Handlungskonzept Integration", startsYear: "2025", endsYear: "2020" });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Das Ende darf nicht vor dem Beginn liegen/);
    assert.match(bad.body, /value="Handlungskonzept Integration"/);
    const made = await office.post(`${base()}/handlungskonzept`, { title: "Handlungskonzept Integration", startsYear: "2020", endsYear: "2025" });
    assert.equal(made.statusCode, 303);
    planId = idIn(location(made), "handlungskonzept");
    const p = `${base()}/handlungskonzept/${planId}`;

    assert.equal((await office.post(`${p}/feld/neu`, { title: "Sprache und Bildung", description: "Deutsch lernen, Abschlüsse", topics: ["language", "education"], areaKey: "oeffnung", position: "1" })).statusCode, 303);
    const page = await office.get(p);
    const fieldId = idIn(/href="([^"]*\/feld\/[0-9a-f-]{36})"/.exec(page.body)![1]!, "feld");
    const goal = await office.post(`${p}/feld/${fieldId}/ziel/neu`, { title: "Mehr Kinder mit Sprachförderung vor der Einschulung", indicator: "Anteil der Kinder mit Sprachförderbedarf", targetValue: "12,5", targetYear: "2025", position: "0" });
    assert.equal(goal.statusCode, 303);
    const [g] = await rows<{ id: string; target_value: string }>(t.db, sql`SELECT id, target_value FROM st_goal WHERE field_id = ${fieldId}`);
    assert.equal(Number(g!.target_value), 12.5);

    const badMeasure = await office.post(`${p}/ziel/${g!.id}/massnahme/neu`, { title: "Sprachkitas ausbauen", startsOn: "2024-06-01", endsOn: "2023-01-01", budget: "-5", status: "planned" });
    assert.equal(badMeasure.statusCode, 422);
    assert.match(badMeasure.body, /Das Ende darf nicht vor dem Beginn liegen/);
    assert.match(badMeasure.body, /value="Sprachkitas ausbauen"|Sprachkitas ausbauen<\/textarea>/);
    for (const [title, status] of [["Sprachkitas ausbauen", "in_progress"], ["Elterncafés an Grundschulen", "done"], ["Sprachpatenschaften", "idea"]] as const) {
      const res = await office.post(`${p}/ziel/${g!.id}/massnahme/neu`, { title, responsible: "Fachbereich Jugend", startsOn: "2021-01-01", endsOn: "2025-12-31", budget: "12.500", status, position: "0" });
      assert.equal(res.statusCode, 303, title);
    }
    const [m] = await rows<{ id: string; budget: string }>(t.db, sql`SELECT id, budget FROM st_measure WHERE title = 'Sprachkitas ausbauen'`);
    assert.equal(Number(m!.budget), 12500);
    // On the Arabic page a budget is typed as that page writes it: "15,000" is fifteen thousand (it was stored as 15),
    // Arabic-Indic digits count; the wrong order number and the period come back together.
    const arabic = await office.post(`${p}/ziel/${g!.id}/massnahme/neu?lang=ar`, { title: "دورات لغة للآباء", budget: "15,000", status: "planned", position: "0" });
    assert.equal(arabic.statusCode, 303);
    const indic = await office.post(`${p}/ziel/${g!.id}/massnahme/neu?lang=ar`, { title: "مقهى الآباء", budget: "٢٠٬٠٠٠", status: "planned", position: "0" });
    assert.equal(indic.statusCode, 303);
    const budgets = await rows<{ title: string; budget: string }>(t.db, sql`SELECT title, budget FROM st_measure WHERE title IN ('دورات لغة للآباء', 'مقهى الآباء') ORDER BY title`);
    assert.deepEqual(budgets.map((b) => [b.title, Number(b.budget)]), [["دورات لغة للآباء", 15000], ["مقهى الآباء", 20000]]);
    await t.db.execute(sql`DELETE FROM st_measure WHERE title IN ('دورات لغة للآباء', 'مقهى الآباء')`);
    const twice = await office.post(`${p}/ziel/${g!.id}/massnahme/neu?lang=de`, { title: "Doppelt falsch", startsOn: "2024-06-01", endsOn: "2023-01-01", status: "planned", position: "x" });
    assert.equal(twice.statusCode, 422);
    assert.match(twice.body, /Bitte geben Sie eine Zahl ein/);
    assert.match(twice.body, /Das Ende darf nicht vor dem Beginn liegen/);
    const note = await office.post(`${p}/massnahme/${m!.id}/notiz`, { notedOn: "2024-03-01", text: "Zwei weitere Kitas gewonnen." });
    assert.equal(note.statusCode, 303);
    const shown = await office.get(p);
    assert.match(shown.body, /in Umsetzung/);
    // Each fact of a measure isolated, so that in Arabic a German name does not swallow a date's digits.
    assert.match(shown.body, /<small><bdi>Verantwortlich: Fachbereich Jugend<\/bdi> · <bdi>01\.01\.2021 – 31\.12\.2025<\/bdi> · <bdi>12\.500\s€<\/bdi><\/small>/);
    assert.match(shown.body, /Stand 01.03.2024/);
    assert.match(shown.body, /in Umsetzung: 1 · umgesetzt: 1|Idee: 1 · in Umsetzung: 1 · umgesetzt: 1/);

    // Deleting asks once more, then deletes.
    const page2 = await office.get(`${p}/massnahme/${m!.id}?lang=de`);
    assert.match(page2.body, /<details class="actions confirm-delete"><summary class="kern-btn kern-btn--secondary"><span class="kern-label">Maßnahme löschen<\/span><\/summary><p>Wirklich löschen\?/);
    assert.match(page2.body, /Ja, endgültig löschen/);
    assert.equal((await office.post(`${p}/ziel/${g!.id}/massnahme/neu`, { title: "Zum Wegwerfen", status: "idea", position: "0" })).statusCode, 303);
    const [gone] = await rows<{ id: string }>(t.db, sql`SELECT id FROM st_measure WHERE title = 'Zum Wegwerfen'`);
    assert.equal((await office.post(`${p}/massnahme/${gone!.id}/loeschen`, {})).statusCode, 303);
    assert.equal((await rows(t.db, sql`SELECT 1 FROM st_measure WHERE id = ${gone!.id}`)).length, 0);

    // Another tenant reaches none of it, and a measure is only reachable through its own plan.
    assert.equal((await foreign.get(`/admin/${otherSlug}/strategie/handlungskonzept/${planId}`)).statusCode, 404);
    assert.equal((await foreign.post(`/admin/${otherSlug}/strategie/handlungskonzept/${planId}/massnahme/${m!.id}/notiz`, { notedOn: "2024-03-01", text: "x" })).statusCode, 404);
    const other = await office.post(`${base()}/handlungskonzept`, { title: "Anderes Konzept", startsYear: "2018", endsYear: "2019" });
    assert.equal((await office.get(`${base()}/handlungskonzept/${idIn(location(other), "handlungskonzept")}/massnahme/${m!.id}`)).statusCode, 404);
  });

  test("public page: the adopted plan with the status of each measure; XLSX of the measures", async () => {
    const visitor = new Client(t.app);
    assert.match((await visitor.get(`/${slug}/de/handlungskonzept`)).body, /noch kein Handlungskonzept veröffentlicht/);
    const p = `${base()}/handlungskonzept/${planId}`;
    assert.equal((await office.post(`${p}/bearbeiten`, { title: "Handlungskonzept Integration 2020–2025", startsYear: "2020", endsYear: "2025", status: "adopted" })).statusCode, 303);
    const pub = await visitor.get(`/${slug}/de/handlungskonzept`);
    assert.equal(pub.statusCode, 200);
    assert.match(pub.body, /Handlungskonzept Integration 2020–2025/);
    assert.match(pub.body, /Sprachkitas ausbauen<\/span> <span class="tag tag--measure-in_progress">in Umsetzung<\/span>/);
    const ar = await visitor.get(`/${slug}/ar/handlungskonzept`);
    assert.match(ar.body, /<html lang="ar" dir="rtl"/);
    assert.match(ar.body, /<span lang="de" dir="ltr">Sprachkitas ausbauen<\/span>/, "German in place of a missing translation is marked");
    // Translated for the public page: the Arabic title is shown, as Arabic.
    const [m] = await rows<{ id: string }>(t.db, sql`SELECT id FROM st_measure WHERE title = 'Sprachkitas ausbauen'`);
    const form = await office.get(`${p}/uebersetzung/ar`);
    assert.match(form.body, new RegExp(`name="measure\\.${m!.id}\\.title"`));
    assert.equal((await office.post(`${p}/uebersetzung/ar`, { [`measure.${m!.id}.title`]: "توسيع رياض الأطفال اللغوية" })).statusCode, 303);
    const translated = await visitor.get(`/${slug}/ar/handlungskonzept`);
    assert.match(translated.body, /<span dir="auto">توسيع رياض الأطفال اللغوية<\/span>/);
    assert.equal((await foreign.get(`/admin/${otherSlug}/strategie/handlungskonzept/${planId}/uebersetzung/ar`)).statusCode, 404);
    const api = await visitor.get(`/api/v1/${slug}/handlungskonzept`);
    const plan = (api.json() as { plan: { fields: { goals: { measures: { title: string; status: string }[] }[] }[] } }).plan;
    assert.deepEqual(plan.fields[0]!.goals[0]!.measures.map((m) => m.status).sort(), ["done", "idea", "in_progress"]);

    const xlsx = await office.get(`${p}/massnahmen.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(3).value, "Maßnahme");
    const titles = [2, 3, 4].map((r) => sheet.getRow(r).getCell(3).value).sort();
    assert.deepEqual(titles, ["Elterncafés an Grundschulen", "Sprachkitas ausbauen", "Sprachpatenschaften"]);
    assert.match(String(sheet.getRow(2).getCell(10).value ?? sheet.getRow(3).getCell(10).value ?? ""), /2024-03-01: Zwei weitere Kitas gewonnen\.|^$/);
  });

  test("the next period continues the fields, goals and open measures with their notes, not the done ones", async () => {
    const next = await office.post(`${base()}/handlungskonzept`, { title: "Handlungskonzept 2026–2030", startsYear: "2026", endsYear: "2030", continueFrom: planId });
    const nextId = idIn(location(next), "handlungskonzept");
    const carried = await rows<{ title: string; status: string; notes: number }>(
      t.db,
      sql`SELECT m.title, m.status, (SELECT count(*)::int FROM st_measure_note n WHERE n.measure_id = m.id) AS notes
            FROM st_measure m JOIN st_goal g ON g.id = m.goal_id JOIN st_field f ON f.id = g.field_id WHERE f.plan_id = ${nextId} ORDER BY m.title`,
    );
    assert.deepEqual(carried, [{ title: "Sprachkitas ausbauen", status: "in_progress", notes: 1 }, { title: "Sprachpatenschaften", status: "idea", notes: 0 }]);
  });

  test("inventory: Wegweiser offers per field of action and town, gaps marked", async () => {
    const tenant = (await findTenant(t.db, slug))!;
    await buildEntry(t.db, tenant.slug, { name: "Sprachcafé Nordstadt", kind: "language_course", topics: ["language"], organisation: "Verein", street: "Markt 1", postcode: "12345", city: "Nordstadt", town: "nordstadt" });
    await buildEntry(t.db, tenant.slug, { name: "Hausaufgabenhilfe", kind: "education", topics: ["education", "children"], organisation: "Verein", street: "Markt 2", postcode: "12345", city: "Nordstadt", town: "nordstadt" });
    const page = await office.get(`${base()}/bestandsaufnahme?plan=${planId}`);
    assert.equal(page.statusCode, 200);
    // Sprache und Bildung: Nordstadt 2, Südheim a gap, 2 in all.
    assert.match(page.body, /Sprache und Bildung[\s\S]*?<td>2<\/td><td class="gap-cell"><strong>Lücke<\/strong><\/td><td>2<\/td>/);
  });

  test("workshop: priorities from the results, votes by code within the allowance, adopted as goals once", async () => {
    // A round with three answers, to hold a workshop on.
    const copied = await office.post(`${base()}/fragebogen/${(await rows<{ id: string }>(t.db, sql`SELECT id FROM st_questionnaire WHERE template_key = 'test-selfcheck' AND copied_from IS NULL`))[0]!.id}/kopieren`, {});
    const questionnaireId = idIn(location(copied), "fragebogen");
    const round = await office.post(`${base()}/runden/neu`, { questionnaireId, title: "Selbstcheck für den Workshop", anonymous: "on" });
    const roundId = idIn(location(round), "runden");
    await office.post(`${base()}/runden/${roundId}/links`, { group: "civil_society", count: "1" });
    await office.post(`${base()}/runden/${roundId}/oeffnen`, {});
    const link = /value="http:\/\/localhost:3000(\/[^"]+\/befragung\/[^"]+)"/.exec((await office.get(`${base()}/runden/${roundId}`)).body)![1]!;
    const r = new Client(t.app);
    await r.get(link);
    await r.post(`${link}?bereich=1`, { "q.s-leitbild": "1", step: "next" });
    await r.post(`${link}?bereich=2`, { "q.o-schulung": "3", step: "next" });
    await r.post(`${link}?bereich=3`, { "q.z-orte": "5", step: "submit" });

    const badVotes = await office.post(`${base()}/workshops/neu`, { roundId, title: "Workshop Weltoffene Kommune", votesPerPerson: "20" });
    assert.equal(badVotes.statusCode, 422);
    const made = await office.post(`${base()}/workshops/neu`, { roundId, title: "Workshop Weltoffene Kommune", votesPerPerson: "2" });
    assert.equal(made.statusCode, 303);
    const workshopId = idIn(location(made), "workshops");
    const page = await office.get(`${base()}/workshops/${workshopId}`);
    const code = /Code: <strong>([A-Z0-9]{6})<\/strong>/.exec(page.body)![1]!;
    // The suggestions of each area's band are the first priorities: 0 points in Steuerung → the lowest band.
    assert.match(page.body, /Fangen Sie mit einer Ansprechperson an\./);
    assert.match(page.body, /Teilen Sie Ihre Erfahrungen mit anderen\./);
    await office.post(`${base()}/workshops/${workshopId}/punkte`, { areaKey: "oeffnung", text: "Dolmetschpool für alle Ämter" });
    const items = await rows<{ id: string; area_key: string; text: string }>(t.db, sql`SELECT id, area_key, text FROM st_workshop_item WHERE workshop_id = ${workshopId} ORDER BY position, text`);
    assert.equal(items.length, 4);

    // Participants on their phones: the code, then the ballot.
    const phone = new Client(t.app);
    const wrong = await phone.post(`/${slug}/de/mitmachen`, { code: "ZZZZZZ" });
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /keine offene Abstimmung/);
    const join = await phone.post(`/${slug}/de/mitmachen`, { code: code.toLowerCase() });
    assert.equal(location(join), `/${slug}/de/mitmachen/${code}`);
    const ballotUrl = location(join);
    assert.equal((await phone.get(ballotUrl)).statusCode, 200);
    const tooMany = await phone.post(ballotUrl, { items: items.slice(0, 3).map((i) => i.id) });
    assert.equal(tooMany.statusCode, 422);
    assert.match(tooMany.body, /höchstens 2 Schwerpunkte/);
    const dolmetsch = items.find((i) => i.text.startsWith("Dolmetsch"))!;
    const steuerung = items.find((i) => i.area_key === "steuerung")!;
    assert.equal((await phone.post(ballotUrl, { items: [dolmetsch.id, steuerung.id] })).statusCode, 303);
    // Changing one's mind replaces the votes, never adds to them.
    assert.equal((await phone.post(ballotUrl, { items: [dolmetsch.id] })).statusCode, 303);
    const second = new Client(t.app);
    await second.get(ballotUrl);
    await second.post(ballotUrl, { items: [dolmetsch.id, steuerung.id] });
    // Parallel ballots of one person: still at most the allowance.
    const third = new Client(t.app);
    await third.get(ballotUrl);
    await Promise.all(items.slice(0, 2).map((i) => third.post(ballotUrl, { items: [i.id, dolmetsch.id] })));
    const perPerson = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM st_workshop_vote WHERE workshop_id = ${workshopId} GROUP BY participant`);
    assert.ok(perPerson.every((p) => p.n <= 2), JSON.stringify(perPerson));
    const [votes] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM st_workshop_vote WHERE item_id = ${dolmetsch.id}`);
    assert.equal(votes!.n, 3);
    // Votes name nobody: only a hash of a random cookie is stored.
    const [anyVote] = await rows<{ participant: string }>(t.db, sql`SELECT participant FROM st_workshop_vote LIMIT 1`);
    assert.match(anyVote!.participant, /^[A-Za-z0-9_-]{43}$/);

    // Another tenant's code does not open here.
    assert.equal((await phone.get(`/${otherSlug}/de/mitmachen/${code}`)).statusCode, 404);

    // One click: the chosen priorities become goals, in the field of action that answers their area.
    const nothing = await office.post(`${base()}/workshops/${workshopId}/uebernehmen`, { planId });
    assert.equal(nothing.statusCode, 422);
    assert.match(nothing.body, /mindestens einen Schwerpunkt/);
    const adopt = await office.post(`${base()}/workshops/${workshopId}/uebernehmen`, { planId, items: [dolmetsch.id, steuerung.id] });
    assert.equal(adopt.statusCode, 303);
    const again = await office.post(`${base()}/workshops/${workshopId}/uebernehmen`, { planId, items: [dolmetsch.id] });
    assert.equal(again.statusCode, 303);
    const goals = await rows<{ field: string; goal: string }>(t.db, sql`SELECT f.title AS field, g.title AS goal FROM st_goal g JOIN st_field f ON f.id = g.field_id WHERE f.plan_id = ${planId} ORDER BY g.title`);
    assert.deepEqual(goals.map((g) => `${g.field}: ${g.goal}`).sort(), [
      "Management und Steuerung: Fangen Sie mit einer Ansprechperson an.",
      "Sprache und Bildung: Dolmetschpool für alle Ämter",
      "Sprache und Bildung: Mehr Kinder mit Sprachförderung vor der Einschulung",
    ]);

    // Closed: the code no longer opens.
    await office.post(`${base()}/workshops/${workshopId}/schliessen`, {});
    assert.equal((await phone.get(ballotUrl)).statusCode, 404);
    assert.equal((await foreign.get(`/admin/${otherSlug}/strategie/workshops/${workshopId}`)).statusCode, 404);
  });
});
