/**
 * The office's own forms: the pool, institutions with their people, and the
 * criteria and rates — bad input answered at the field with everything kept,
 * good input saved and audited.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { rows } from "../../core/db/index.ts";
import { buildTenant, buildUser, createTestApp, signedIn, type Client, type TestApp } from "../../../test/helpers.ts";
import { loadSettings } from "./service.ts";

describe("Sprachmittlung back office forms", () => {
  let t: TestApp;
  let slug: string;
  let tenantId: string;
  let office: Client;

  before(async () => {
    t = await createTestApp();
    const tenant = await buildTenant(t.db);
    slug = tenant.slug;
    tenantId = tenant.id;
    office = await signedIn(t, (await buildUser(t.db, { tenantId, role: "staff" })).id);
  });
  after(() => t.close());

  const mediatorForm = {
    name: "Parisa Rahimi",
    email: "parisa@example.org",
    travelMode: "public_transport",
    maxHoursPerMonth: "25",
    lang0Code: "fa",
    lang0Level: "native",
    lang0Dialects: "Teherani",
    lang1Code: "prs",
    lang1Level: "c2",
    win0Day: "2",
    win0From: "08:30",
    win0To: "15:00",
    flags: ["consent", "active"],
  };

  test("a mediator with an unknown language and a window ending before it starts is refused at both fields, input kept", async () => {
    const res = await office.post(`/admin/${slug}/sprachmittlung/mediators`, { ...mediatorForm, lang1Code: "xx1", win0To: "07:00" });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /href="#f-lang1Code"/);
    assert.match(res.body, /href="#f-win0To"/);
    assert.match(res.body, /value="Teherani"/);
    assert.equal((await rows(t.db, sql`SELECT 1 FROM med_mediator WHERE tenant_id = ${tenantId}`)).length, 0, "nothing written");
    // The language fields suggest codes with their names (Dari is "prs"), free entry kept.
    assert.match(res.body, /id="f-lang1Code"[^>]*list="language-codes"/);
    assert.match(res.body, /<datalist id="language-codes">[\s\S]*<option value="prs">Dari<\/option>/);
  });

  test("active without consent is refused; with consent the mediator is saved with languages and window, and audited", async () => {
    const noConsent = await office.post(`/admin/${slug}/sprachmittlung/mediators`, { ...mediatorForm, flags: ["active"] });
    assert.equal(noConsent.statusCode, 422);
    assert.match(noConsent.body, /eingewilligt/);
    const ok = await office.post(`/admin/${slug}/sprachmittlung/mediators`, mediatorForm);
    assert.equal(ok.statusCode, 303);
    const page = await office.get(String(ok.headers.location));
    assert.match(page.body, /value="Teherani"/);
    assert.match(page.body, /value="08:30"/);
    const [m] = await rows<{ id: string; consent: boolean }>(t.db, sql`SELECT id, consent_at IS NOT NULL AS consent FROM med_mediator WHERE tenant_id = ${tenantId}`);
    assert.ok(m!.consent);
    const langs = await rows<{ code: string }>(t.db, sql`SELECT code FROM med_mediator_language WHERE mediator_id = ${m!.id} ORDER BY code`);
    assert.deepEqual(langs.map((l) => l.code), ["fa", "prs"]);
    // The pool list shows the month's hours against the maximum.
    assert.match((await office.get(`/admin/${slug}/sprachmittlung/mediators`)).body, /<td>0 von 25<\/td>/);
    assert.equal((await rows(t.db, sql`SELECT 1 FROM audit_log WHERE entity = 'med_mediator' AND entity_id = ${m!.id}`)).length, 1);
  });

  test("an institution with a person: the person gets the requester role and lands in the portal", async () => {
    const bad = await office.post(`/admin/${slug}/sprachmittlung/requesters`, { name: "", kind: "kita", email: "no-mail", annualBudgetEuro: "zwölf" });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /href="#f-name"/);
    assert.match(bad.body, /href="#f-email"/);
    assert.match(bad.body, /href="#f-annualBudgetEuro"/);
    const ok = await office.post(`/admin/${slug}/sprachmittlung/requesters`, { name: "Kita Sonnenschein", kind: "kita", email: "kita@example.org", annualBudgetEuro: "2500,50", flags: "active" });
    assert.equal(ok.statusCode, 303);
    const [r] = await rows<{ id: string; budget: number }>(t.db, sql`SELECT id, annual_budget_cents AS budget FROM med_requester WHERE tenant_id = ${tenantId}`);
    assert.equal(r!.budget, 250050);
    // "12.500" on a German page is twelve thousand five hundred euros (it was stored as 12.50 €).
    assert.equal((await office.post(`/admin/${slug}/sprachmittlung/requesters/${r!.id}`, { name: "Kita Sonnenschein", kind: "kita", email: "kita@example.org", annualBudgetEuro: "12.500", flags: "active" })).statusCode, 303);
    assert.equal((await rows<{ budget: number }>(t.db, sql`SELECT annual_budget_cents AS budget FROM med_requester WHERE id = ${r!.id}`))[0]!.budget, 1_250_000);
    assert.equal((await office.post(`/admin/${slug}/sprachmittlung/requesters/${r!.id}/members`, { memberName: "Leitung Kita", memberEmail: "leitung.kita@example.org" })).statusCode, 303);
    const [u] = await rows<{ id: string }>(t.db, sql`SELECT u.id FROM app_user u JOIN membership m ON m.user_id = u.id WHERE u.email = 'leitung.kita@example.org' AND m.role = 'requester' AND m.tenant_id = ${tenantId}`);
    assert.ok(u, "requester membership");
    const person = await signedIn(t, u.id);
    const landing = await person.get("/admin");
    assert.equal(landing.statusCode, 303);
    assert.equal(landing.headers.location, `/portal/${slug}/sprachmittlung`);
    assert.equal((await person.get(`/portal/${slug}/sprachmittlung/new`)).statusCode, 200);
  });

  test("criteria and rates: a bad number is refused at its field; saved values take effect", async () => {
    const page = await office.get(`/admin/${slug}/sprachmittlung/settings`);
    const values = Object.fromEntries([...page.body.matchAll(/name="([a-zA-Z]+)" type="(?:text|number|email|tel)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    const bad = await office.post(`/admin/${slug}/sprachmittlung/settings`, { ...values, minLeadHours: "-3", unit: "hour", topics: ["parent_talk"], requesterKinds: ["kita"] });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /href="#f-minLeadHours"/);
    assert.equal((await loadSettings(t.db, tenantId)).criteria.minLeadHours, 72, "nothing written");
    const ok = await office.post(`/admin/${slug}/sprachmittlung/settings`, { ...values, minLeadHours: "48", unit: "hour", topics: ["parent_talk"], excludedTopics: ["court"], requesterKinds: ["kita"], flags: "autoApprove" });
    assert.equal(ok.statusCode, 303);
    const s = await loadSettings(t.db, tenantId);
    assert.equal(s.criteria.minLeadHours, 48);
    assert.deepEqual(s.criteria.requesterKinds, ["kita"]);
    assert.equal(s.criteria.autoApprove, true);
    assert.equal(s.rates.unit, "hour");
  });
});
