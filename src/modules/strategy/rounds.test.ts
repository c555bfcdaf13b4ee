/**
 * Selbstcheck over HTTP: the Land's template copied and adapted by a
 * municipality, a round opened with personal links (anonymous: no address
 * kept), answered area by area with errors at the field and progress saved,
 * submitted, and the results per area and group with small groups
 * suppressed and the comparison with the round before. Other tenants see
 * none of it; a forged or foreign link is "not found".
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { rows } from "../../core/db/index.ts";
import { buildTenant, buildUser, Client, createTestApp, signedIn, type TestApp } from "../../../test/helpers.ts";
import { ensureTemplates } from "./questionnaires.ts";
import { TEST_TEMPLATE } from "./test-factories.ts";

const location = (res: { headers: Record<string, unknown> }) => String(res.headers.location ?? "");
const idIn = (url: string, segment: string) => new RegExp(`/${segment}/([0-9a-f-]{36})`).exec(url)?.[1] ?? "";

describe("Strategy: questionnaires, rounds, answers, results", () => {
  let t: TestApp;
  let slug: string;
  let otherSlug: string;
  let office: Client;
  let foreign: Client;
  let questionnaireId: string;
  let roundId: string;
  const base = () => `/admin/${slug}/strategie`;

  before(async () => {
    t = await createTestApp();
    const land = await buildTenant(t.db, { kind: "state" });
    const a = await buildTenant(t.db, { parentId: land.id });
    const b = await buildTenant(t.db, { parentId: land.id });
    slug = a.slug;
    otherSlug = b.slug;
    assert.equal(await ensureTemplates(t.db, [TEST_TEMPLATE]), 1);
    assert.equal(await ensureTemplates(t.db, [TEST_TEMPLATE]), 0, "idempotent");
    office = await signedIn(t, (await buildUser(t.db, { tenantId: a.id, role: "staff" })).id);
    foreign = await signedIn(t, (await buildUser(t.db, { tenantId: b.id, role: "tenant_admin" })).id);
  });
  after(() => t.close());

  test("the Land's template is seen by every municipality, copied before use, and the copy is the municipality's own", async () => {
    const overview = await office.get(base());
    assert.equal(overview.statusCode, 200);
    assert.match(overview.body, /Selbstcheck Test/);
    assert.match(overview.body, /Vorlage des Landes/);
    const templateId = idIn(/href="([^"]*fragebogen\/[0-9a-f-]{36})"/.exec(overview.body)![1]!, "fragebogen");

    // A template is not edited in place.
    assert.equal((await office.get(`${base()}/fragebogen/${templateId}/bearbeiten`)).statusCode, 404);
    const copied = await office.post(`${base()}/fragebogen/${templateId}/kopieren`, {});
    assert.equal(copied.statusCode, 303);
    questionnaireId = idIn(location(copied), "fragebogen");
    assert.notEqual(questionnaireId, templateId);

    const page = await office.get(`${base()}/fragebogen/${questionnaireId}`);
    assert.match(page.body, /eigener Fragebogen/);
    assert.match(page.body, /Management und Steuerung/);
    // English is complete in the template; the other languages are all missing.
    assert.match(page.body, /lang="en"[^>]*>English<\/a>\s*– 0 fehlen, 0 veraltet/);
    assert.match(page.body, /lang="tr"[^>]*>Türkçe<\/a>\s*– \d+ fehlen/);

    // Another municipality neither sees nor copies it.
    assert.equal((await foreign.get(`/admin/${otherSlug}/strategie/fragebogen/${questionnaireId}`)).statusCode, 404);
    assert.equal((await foreign.post(`/admin/${otherSlug}/strategie/fragebogen/${questionnaireId}/kopieren`, {})).statusCode, 404);
  });

  test("editing: a question with bad options comes back with the message at the field and the input kept; translations become outdated when German changes", async () => {
    const q = `${base()}/fragebogen/${questionnaireId}`;
    const form = await office.get(`${q}/bereich/steuerung/frage/neu`);
    const version = /name="version" value="(\d+)"/.exec(form.body)![1]!;
    const bad = await office.post(`${q}/bereich/steuerung/frage/neu`, { version, type: "single", text: "Gibt es einen Integrationsbeirat?", options: "ja | 100\nnein | zweihundert", weight: "1" });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /class="kern-alert kern-alert--danger error-summary"/);
    assert.match(bad.body, /Eine Zeile ist nicht lesbar/);
    assert.match(bad.body, /Gibt es einen Integrationsbeirat\?/, "the question text is kept");
    assert.match(bad.body, /nein \| zweihundert/, "the options are kept");

    const good = await office.post(`${q}/bereich/steuerung/frage/neu`, { version, type: "single", text: "Gibt es einen Integrationsbeirat?", options: "ja | 100\nin Gründung | 50\nnein | 0", weight: "2", required: "on", dontKnow: "on" });
    assert.equal(good.statusCode, 303);
    // The same version again is stale: nothing is overwritten.
    const stale = await office.post(`${q}/bereich/steuerung/frage/neu`, { version, type: "text", text: "Noch eine", weight: "0" });
    assert.equal(stale.statusCode, 422);
    assert.match(stale.body, /inzwischen geändert/);

    // Changing the German title of an area makes its English translation outdated.
    const areaForm = await office.get(`${q}/bereich/steuerung`);
    const v2 = /name="version" value="(\d+)"/.exec(areaForm.body)![1]!;
    assert.equal((await office.post(`${q}/bereich/steuerung`, { version: v2, title: "Steuerung und Strategie", intro: "", bandUpTo0: "50", bandText0: "Anfangen.", bandUpTo1: "100", bandText1: "Weitermachen." })).statusCode, 303);
    const page = await office.get(q);
    assert.match(page.body, /lang="en"[^>]*>English<\/a>\s*– 4 fehlen, 3 veraltet/);
    // Bands must rise and end at 100.
    const v3 = /name="version" value="(\d+)"/.exec((await office.get(`${q}/bereich/steuerung`)).body)![1]!;
    const badBands = await office.post(`${q}/bereich/steuerung`, { version: v3, title: "Steuerung", bandUpTo0: "60", bandText0: "a", bandUpTo1: "50", bandText1: "b" });
    assert.equal(badBands.statusCode, 422);
    assert.match(badBands.body, /müssen von Zeile zu Zeile steigen/);

    // Translating into Turkish: the state is current afterwards.
    const trPage = await office.get(`${q}/uebersetzung/tr`);
    assert.equal(trPage.statusCode, 200);
    assert.equal((await office.post(`${q}/uebersetzung/tr`, { "area.steuerung.title": "Yönetim ve strateji" })).statusCode, 303);
    const [row] = await rows<{ title: { tr: Record<string, { text: string }> } }>(t.db, sql`SELECT definition->'areas'->0->'title' AS title FROM st_questionnaire WHERE id = ${questionnaireId}`);
    assert.equal(row!.title.tr.tr?.text, "Yönetim ve strateji");
  });

  test("a round: created from the own questionnaire, links prepared, opened (the questionnaire is frozen), anonymous invitations keep no address", async () => {
    const noTitle = await office.post(`${base()}/runden/neu`, { questionnaireId, title: "" , anonymous: "on" });
    assert.equal(noTitle.statusCode, 422);
    const created = await office.post(`${base()}/runden/neu`, { questionnaireId, title: "Selbstcheck 2026", anonymous: "on" });
    assert.equal(created.statusCode, 303);
    roundId = idIn(location(created), "runden");

    const none = await office.post(`${base()}/runden/${roundId}/links`, { group: "administration", count: "0", people: "" });
    assert.equal(none.statusCode, 422);
    assert.match(none.body, /Bitte geben Sie eine Anzahl an/);
    const badMail = await office.post(`${base()}/runden/${roundId}/links`, { group: "politics", count: "0", people: "Rat <keine-adresse>" });
    assert.match(badMail.body, /keine gültige E-Mail-Adresse/);

    assert.equal((await office.post(`${base()}/runden/${roundId}/links`, { group: "administration", department: "Jugendamt", count: "4", lang: "de" })).statusCode, 303);
    assert.equal((await office.post(`${base()}/runden/${roundId}/links`, { group: "politics", count: "0", people: "Ratsfrau Beispiel <rat@example.org>", lang: "tr" })).statusCode, 303);
    const stored = await rows<{ group: string; email: string | null; name: string | null }>(t.db, sql`SELECT "group", email, name FROM st_response WHERE round_id = ${roundId}`);
    assert.equal(stored.length, 5);
    assert.ok(stored.every((r) => r.email === null && r.name === null), "an anonymous round stores no address and no name");
    const [mail] = await rows<{ subject: string; text: string }>(t.db, sql`SELECT subject, text FROM mail_outbox WHERE "to" = 'rat@example.org'`);
    assert.ok(mail, "the invitation is queued");
    assert.match(mail.text, new RegExp(`/${slug}/tr/befragung/[0-9a-f-]{36}\\.[A-Za-z0-9_-]{22}`));

    // Before the start, a link does not open.
    const page = await office.get(`${base()}/runden/${roundId}`);
    const links = [...page.body.matchAll(/value="http:\/\/localhost:3000(\/[^"]+\/befragung\/[^"]+)"/g)].map((m) => m[1]!);
    assert.equal(links.length, 5);
    assert.equal((await new Client(t.app).get(links[0]!)).statusCode, 404);

    assert.equal((await office.post(`${base()}/runden/${roundId}/oeffnen`, {})).statusCode, 303);
    assert.equal((await office.post(`${base()}/runden/${roundId}/oeffnen`, {})).statusCode, 409, "opened once");
    const [frozen] = await rows<{ frozen: boolean }>(t.db, sql`SELECT definition IS NOT NULL AS frozen FROM st_round WHERE id = ${roundId}`);
    assert.equal(frozen!.frozen, true);

    // Another tenant's staff: not found, also for the links' CSV.
    assert.equal((await foreign.get(`/admin/${otherSlug}/strategie/runden/${roundId}`)).statusCode, 404);
    assert.equal((await foreign.get(`/admin/${otherSlug}/strategie/runden/${roundId}/links.csv`)).statusCode, 404);
  });

  test("answering: one area per page, a required question left open is reported at the field with the answers kept; saved for later; submitted once", async () => {
    const page = await office.get(`${base()}/runden/${roundId}`);
    const links = [...page.body.matchAll(/value="http:\/\/localhost:3000(\/[^"]+\/befragung\/[^"]+)"/g)].map((m) => m[1]!);
    const link = links[0]!;
    const respondent = new Client(t.app);

    // Forged and foreign links.
    const forged = link.replace(/\.[A-Za-z0-9_-]{22}$/, ".AAAAAAAAAAAAAAAAAAAAAA");
    assert.equal((await respondent.get(forged)).statusCode, 404);
    assert.equal((await respondent.get(link.replace(`/${slug}/`, `/${otherSlug}/`))).statusCode, 404);

    const start = await respondent.get(link);
    assert.equal(start.statusCode, 200);
    assert.equal(start.headers["x-robots-tag"], "noindex");
    assert.match(start.body, /anonym ausgewertet/);
    const area1 = await respondent.get(`${link}?bereich=1`);
    assert.match(area1.body, /Gibt es einen Integrationsbeirat\?/, "the question added before the start is in the frozen questionnaire");

    const missing = await respondent.post(`${link}?bereich=1`, { "q.s-stelle": "ja", "q.s-stellen": "2,5", step: "next" });
    assert.equal(missing.statusCode, 422);
    assert.match(missing.body, /Bitte beantworten Sie diese Frage oder wählen Sie „Weiß nicht“/);
    assert.match(missing.body, /id="f-q-s-stelle-ja"[^>]*checked/, "the chosen answer is kept");
    assert.match(missing.body, /value="2,5"/);

    const bad = await respondent.post(`${link}?bereich=1`, { "q.s-leitbild": "4", "q.s-stellen": "viele", step: "next" });
    assert.match(bad.body, /Bitte geben Sie eine Zahl ein/);

    // Save for later does not insist on required questions.
    assert.equal((await respondent.post(`${link}?bereich=1`, { "q.s-stelle": "ja", step: "save" })).statusCode, 303);
    const again = await respondent.get(`${link}?bereich=1`);
    assert.match(again.body, /id="f-q-s-stelle-ja"[^>]*checked/);

    const next = await respondent.post(`${link}?bereich=1`, { "q.s-leitbild": "5", "q.s-stelle": "ja", "q.s-stellen": "2,5", "q.steuerung-gibt-es-einen": "_dk", step: "next" });
    assert.equal(next.statusCode, 303);
    assert.match(location(next), /bereich=2$/);
    await respondent.post(`${link}?bereich=2`, { "q.o-schulung": "3", "q.o-angebote": ["a", "b"], step: "next" });
    // Submitting from the last area while a required question elsewhere is open sends the respondent there.
    const [r] = await rows<{ id: string }>(t.db, sql`SELECT id FROM st_response WHERE round_id = ${roundId} AND started_at IS NOT NULL`);
    assert.ok(r);
    const submit = await respondent.post(`${link}?bereich=3`, { "q.z-orte": "2", "q.z-frei": "Ein Begegnungscafé", step: "submit" });
    assert.equal(submit.statusCode, 303);
    const done = await respondent.get(link);
    assert.match(done.body, /Vielen Dank/);
    const late = await respondent.post(`${link}?bereich=3`, { "q.z-orte": "5", step: "submit" });
    assert.equal(late.statusCode, 422);
    assert.match(late.body, /bereits abgeschickt/);
    const [stored] = await rows<{ answers: Record<string, unknown> }>(t.db, sql`SELECT answers FROM st_response WHERE id = ${r!.id}`);
    assert.deepEqual(stored!.answers["z-orte"], { point: 2 }, "nothing changed after submitting");
  });

  test("results: per area and group, small groups not shown on their own, the method stated; CSV; the next round compares", async () => {
    // Three more administration answers and one from politics.
    const page = await office.get(`${base()}/runden/${roundId}`);
    const links = [...page.body.matchAll(/value="http:\/\/localhost:3000(\/[^"]+\/befragung\/[^"]+)"/g)].map((m) => m[1]!);
    const [, ...rest] = links;
    for (const [i, link] of rest.entries()) {
      const c = new Client(t.app);
      await c.get(link);
      const point = String(1 + i);
      await c.post(`${link}?bereich=1`, { "q.s-leitbild": point, "q.s-stelle": "nein", "q.steuerung-gibt-es-einen": "_dk", step: "next" });
      await c.post(`${link}?bereich=2`, { "q.o-schulung": point, step: "next" });
      const last = await c.post(`${link}?bereich=3`, { "q.z-orte": point, step: "submit" });
      assert.equal(last.statusCode, 303, link);
    }
    const res = await office.get(`${base()}/runden/${roundId}/ergebnisse`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /5 abgeschlossene Antworten von 5 Links/);
    assert.match(res.body, /<svg[^>]+role="img"/);
    assert.match(res.body, /weniger als drei Antworten/, "politics has one answer: not shown on its own");
    assert.match(res.body, /Gruppen mit weniger als drei Antworten werden nicht einzeln gezeigt/);

    const api = await office.json("GET", `/api/v1/admin/${slug}/strategie/runden/${roundId}/ergebnisse`);
    assert.equal(api.statusCode, 200);
    const body = api.json() as { responses: number; areas: { key: string; overall: { n: number; mean: number }; byGroup: Record<string, { suppressed?: boolean; n: number; mean?: number }> }[] };
    assert.equal(body.responses, 5);
    const steuerung = body.areas.find((a) => a.key === "steuerung")!;
    // Admin 1: leitbild 5 (100), stelle ja (100), weights 1 and … the added question's weight 2 left out (don't know) → 100.
    // Admin 2–4 (links 2–4): leitbild 1…3 → 0, 25, 50 with stelle nein 0 → (0+0)/2, (25+0)/2, (50+0)/2; politics: leitbild 4 → (75+0)/2.
    assert.deepEqual(steuerung.byGroup.politics, { suppressed: true, n: 1 });
    assert.equal(steuerung.overall.n, 5);
    assert.equal(steuerung.overall.mean, (100 + 0 + 12.5 + 25 + 37.5) / 5);
    assert.equal(steuerung.byGroup.administration!.n, 4);

    const csv = await office.get(`${base()}/runden/${roundId}/ergebnisse.csv`);
    assert.match(String(csv.headers["content-type"]), /text\/csv/);
    assert.match(csv.body, /Alle;5;35/);

    const present = await office.get(`${base()}/runden/${roundId}/praesentation?folie=1`);
    assert.match(present.body, /Folie 2 von 4/);
    assert.match(present.body, /rel="next"/);

    // Closed; the next round of the same questionnaire compares with it.
    assert.equal((await office.post(`${base()}/runden/${roundId}/schliessen`, {})).statusCode, 303);
    const next = await office.post(`${base()}/runden/neu`, { questionnaireId, title: "Selbstcheck 2027", anonymous: "on" });
    const nextId = idIn(location(next), "runden");
    await office.post(`${base()}/runden/${nextId}/links`, { group: "economy", count: "1" });
    await office.post(`${base()}/runden/${nextId}/oeffnen`, {});
    const link = /value="http:\/\/localhost:3000(\/[^"]+\/befragung\/[^"]+)"/.exec((await office.get(`${base()}/runden/${nextId}`)).body)![1]!;
    const c = new Client(t.app);
    await c.get(link);
    assert.equal((await c.post(`${link}?bereich=1`, { "q.s-leitbild": "5", "q.s-stelle": "ja", "q.steuerung-gibt-es-einen": "o1", step: "next" })).statusCode, 303);
    assert.equal((await c.post(`${link}?bereich=2`, { step: "next" })).statusCode, 303);
    const submitted = await c.post(`${link}?bereich=3`, { step: "submit" });
    assert.equal(submitted.statusCode, 303, submitted.body.slice(0, 200));
    const compared = await office.get(`${base()}/runden/${nextId}/ergebnisse`);
    assert.match(compared.body, /Vorige Runde \(Selbstcheck 2026\)/);
    assert.match(compared.body, /Veränderung seit der vorigen Runde: \+65 Punkte/);
  });

  test("a round with names: names and addresses kept while it runs, erased 180 days after it closed; the answers stay", async () => {
    const made = await office.post(`${base()}/runden/neu`, { questionnaireId, title: "Mit Namen" });
    const id = idIn(location(made), "runden");
    assert.equal((await office.post(`${base()}/runden/${id}/links`, { group: "politics", count: "0", people: "Ratsherr Beispiel <ratsherr@example.org>\nrat2@example.org", lang: "de" })).statusCode, 303);
    const page = await office.get(`${base()}/runden/${id}`);
    assert.match(page.body, /Ratsherr Beispiel, ratsherr@example\.org/, "shown to the office in a round that is not anonymous");
    await office.post(`${base()}/runden/${id}/oeffnen`, {});
    await t.db.execute(sql`UPDATE st_response SET answers = '{"s-leitbild": {"point": 4}}', submitted_at = now() WHERE round_id = ${id}`);
    await office.post(`${base()}/runden/${id}/schliessen`, {});
    const { eraseRespondentNames } = await import("./rounds.ts");
    assert.equal(await eraseRespondentNames(t.db, new Date(Date.now() + 179 * 86_400_000)), 0, "not before 180 days");
    assert.equal(await eraseRespondentNames(t.db, new Date(Date.now() + 181 * 86_400_000)), 2);
    const left = await rows<{ name: string | null; email: string | null; answers: Record<string, unknown> }>(t.db, sql`SELECT name, email, answers FROM st_response WHERE round_id = ${id}`);
    assert.deepEqual(left.map((r) => [r.name, r.email, r.answers["s-leitbild"]]), [[null, null, { point: 4 }], [null, null, { point: 4 }]]);
    const [logged] = await rows<{ changes: { respondentNames: number } }>(t.db, sql`SELECT changes FROM audit_log WHERE entity = 'st_round' AND entity_id = ${id} AND action = 'erase'`);
    assert.equal(logged!.changes.respondentNames, 2);
  });

  test("the last day for answers: shown while open, after it links answer as closed and save nothing, the hourly job closes the round and logs it", async () => {
    const made = await office.post(`${base()}/runden/neu`, { questionnaireId, title: "Mit Frist", anonymous: "on", closesOn: "2099-12-31" });
    const id = idIn(location(made), "runden");
    await office.post(`${base()}/runden/${id}/links`, { group: "administration", count: "1", lang: "de" });
    await office.post(`${base()}/runden/${id}/oeffnen`, {});
    const link = /value="http:\/\/localhost:3000(\/[^"]+\/befragung\/[^"]+)"/.exec((await office.get(`${base()}/runden/${id}`)).body)![1]!;
    const respondent = new Client(t.app);
    assert.match((await respondent.get(link)).body, /Antworten sind bis einschließlich Donnerstag, 31\. Dezember 2099 möglich/);
    const { closeRoundsPastDeadline } = await import("./rounds.ts");
    assert.equal(await closeRoundsPastDeadline(t.db), 0, "not before its last day has passed");

    // The last day was yesterday: the link says the survey has ended, answers are refused, the job closes the round.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await t.db.execute(sql`UPDATE st_round SET closes_on = ${yesterday} WHERE id = ${id}`);
    assert.match((await respondent.get(link)).body, /Diese Befragung ist beendet/);
    const refused = await respondent.post(`${link}?bereich=1`, { step: "later" });
    assert.equal(refused.statusCode, 422, "nothing saved after the last day");
    assert.match(refused.body, /Die Runde ist abgeschlossen/);
    assert.equal(await closeRoundsPastDeadline(t.db), 1);
    const [round] = await rows<{ status: string }>(t.db, sql`SELECT status FROM st_round WHERE id = ${id}`);
    assert.equal(round!.status, "closed");
    const [logged] = await rows<{ actor: string }>(t.db, sql`SELECT actor_label AS actor FROM audit_log WHERE entity = 'st_round' AND entity_id = ${id} AND action = 'close'`);
    assert.ok(logged, "closing by the deadline is in the audit log");
  });
});
