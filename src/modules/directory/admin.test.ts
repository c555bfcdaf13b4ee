import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { buildTenant, buildUser, signedIn, createTestApp, type Client, type TestApp } from "../../../test/helpers.ts";
import { rows } from "../../core/db/index.ts";
import { buildEntry } from "./test-factories.ts";

const validForm = (over: Record<string, string | string[]> = {}) => ({
  name: "Interkulturelle Beratung",
  organisation: "Integrationsreferat",
  kind: "counselling",
  summary: "Beratung in vielen Sprachen",
  description: "",
  topics: ["arrival", "work"],
  languages: ["de", "ar"],
  phone: "05361 28-2672",
  email: "beratung@stadt.example",
  street: "Porschestraße 49",
  postcode: "38440",
  city: "Wolfsburg",
  barrierFree: "yes",
  h1_0_opens: "09:00",
  h1_0_closes: "12:00",
  h4_0_opens: "14:00",
  h4_0_closes: "17:00",
  ex0_day: "2026-12-24",
  ex0_note: "Heiligabend",
  ...over,
});

const count = async (t: TestApp, table: string) => (await rows<{ n: number }>(t.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]!.n;

describe("Wegweiser back office", () => {
  let t: TestApp;
  let staff: Client;
  let slug: string;

  before(async () => {
    t = await createTestApp();
    const tenant = await buildTenant(t.db, { towns: ["Wolfsburg"] });
    slug = tenant.slug;
    staff = await signedIn(t, (await buildUser(t.db, { tenantId: tenant.id, role: "tenant_admin" })).id);
  });
  after(() => t.close());

  test("creating an entry: post-redirect-get, then it is public with its hours and in the audit log", async () => {
    await staff.get(`/admin/${slug}/wegweiser/new`);
    const res = await staff.post(`/admin/${slug}/wegweiser`, validForm());
    assert.equal(res.statusCode, 303);
    const location = String(res.headers.location);
    assert.match(location, new RegExp(`^/admin/${slug}/wegweiser/[0-9a-f-]{36}$`));
    const page = await staff.get(location);
    assert.match(page.body, /Gespeichert|Eintrag angelegt/);
    assert.match(page.body, /value="Interkulturelle Beratung"/);
    const pub = await staff.get(`/${slug}/de/wegweiser/interkulturelle-beratung`);
    assert.equal(pub.statusCode, 200);
    assert.match(pub.body, /Porschestraße 49/);
    assert.match(pub.body, /09:00–12:00/);
    assert.match(pub.body, /application\/ld\+json/);
    const [audit] = await rows<{ action: string; actor_label: string }>(t.db, sql`SELECT action, actor_label FROM audit_log WHERE entity = 'dir_service' ORDER BY at DESC LIMIT 1`);
    assert.equal(audit?.action, "create");
  });

  test("bad input: every message at its field and in the summary, input kept, nothing written", async () => {
    const before = await count(t, "dir_service");
    const beforeOrgs = await count(t, "dir_organisation");
    const res = await staff.post(
      `/admin/${slug}/wegweiser`,
      validForm({ name: "", organisation: "Neuer Träger XY", postcode: "3844", email: "kein-at-zeichen", h2_0_opens: "25:99", h2_0_closes: "12:00", h3_0_opens: "09:00", h3_0_closes: "12:00", h3_1_opens: "11:00", h3_1_closes: "13:00", lat: "91" }),
    );
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /id="error-summary"/);
    for (const field of ["name", "postcode", "email", "h2_0_opens", "h3_1_opens", "lat"]) {
      assert.match(res.body, new RegExp(`href="#f-${field}"`), `summary links to ${field}`);
    }
    assert.match(res.body, /Bitte füllen Sie dieses Feld aus/);
    assert.match(res.body, /fünfstellige Postleitzahl/);
    assert.match(res.body, /überschneidet sich/);
    assert.match(res.body, /value="Neuer Träger XY"/, "input kept");
    assert.match(res.body, /value="3844"/);
    assert.match(res.body, /value="25:99"/);
    assert.match(res.body, /aria-invalid="true"/);
    assert.equal(await count(t, "dir_service"), before, "nothing written");
    assert.equal(await count(t, "dir_organisation"), beforeOrgs, "not even the organisation");
  });

  test("editing keeps the URL, bumps the version, audits the changed fields only", async () => {
    const { id } = await buildEntry(t.db, slug, { name: "Sprachcafé", organisation: "Verein" });
    const form = await staff.get(`/admin/${slug}/wegweiser/${id}`);
    assert.match(form.body, /name="version" value="1"/);
    const res = await staff.post(`/admin/${slug}/wegweiser/${id}`, validForm({ name: "Sprachcafé am Markt", organisation: "Verein", version: "1" }));
    assert.equal(res.statusCode, 303);
    const [a] = await rows<{ changes: Record<string, unknown> }>(t.db, sql`SELECT changes FROM audit_log WHERE entity_id = ${id} AND action = 'update'`);
    assert.deepEqual(a?.changes.name, ["Sprachcafé", "Sprachcafé am Markt"]);
    assert.equal(a?.changes.organisationId, undefined, "unchanged fields are not listed");
  });

  test("a stale version is refused with a clear message and the input kept", async () => {
    const { id } = await buildEntry(t.db, slug, { name: "Frauentreff" });
    assert.equal((await staff.post(`/admin/${slug}/wegweiser/${id}`, validForm({ name: "Frauentreff 1", version: "1" }))).statusCode, 303);
    const res = await staff.post(`/admin/${slug}/wegweiser/${id}`, validForm({ name: "Frauentreff 2", version: "1" }));
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /inzwischen geändert/);
    assert.match(res.body, /value="Frauentreff 2"/);
  });

  test("archiving hides an entry from the public and restoring brings it back", async () => {
    const { id, slug: entrySlug } = await buildEntry(t.db, slug, { name: "Jugendmigrationsdienst" });
    assert.equal((await staff.post(`/admin/${slug}/wegweiser/${id}/archive`, {})).statusCode, 303);
    assert.equal((await staff.get(`/${slug}/de/wegweiser/${entrySlug}`)).statusCode, 404);
    assert.doesNotMatch((await staff.get(`/admin/${slug}/wegweiser`)).body, /Jugendmigrationsdienst/);
    assert.match((await staff.get(`/admin/${slug}/wegweiser?status=archived`)).body, /Jugendmigrationsdienst/);
    await staff.post(`/admin/${slug}/wegweiser/${id}/restore`, {});
    assert.equal((await staff.get(`/${slug}/de/wegweiser/${entrySlug}`)).statusCode, 200);
  });

  test("translations: missing → current → outdated when the German changes; outdated on top of the overview", async () => {
    const { id, slug: entrySlug } = await buildEntry(t.db, slug, { name: "Wohnberatung", summary: "Hilfe bei der Wohnungssuche" });
    const missing = await staff.get(`/${slug}/en/wegweiser/${entrySlug}`);
    assert.match(missing.body, /only in German|nur auf Deutsch/, "untranslated text is marked");
    await staff.get(`/admin/${slug}/wegweiser/${id}/translate/en`);
    const saved = await staff.post(`/admin/${slug}/wegweiser/${id}/translate/en`, { name: "Housing advice", summary: "Help with finding a flat" });
    assert.equal(saved.statusCode, 303);
    const current = await staff.get(`/${slug}/en/wegweiser/${entrySlug}`);
    assert.match(current.body, /<h1><span>Housing advice<\/span><\/h1>/, "translated: no German marker");
    const edit = await staff.get(`/admin/${slug}/wegweiser/${id}`);
    const version = /name="version" value="(\d+)"/.exec(edit.body)![1]!;
    await staff.post(`/admin/${slug}/wegweiser/${id}`, validForm({ name: "Wohnberatung", summary: "Hilfe bei der Suche nach Wohnraum", organisation: "Träger", version }));
    const overview = await staff.get(`/admin/${slug}/wegweiser/translations?for=en`);
    const firstRow = /<tbody>\s*<tr>.*?<\/tr>/s.exec(overview.body)?.[0] ?? "";
    assert.match(firstRow, /Wohnberatung/);
    assert.match(firstRow, /badge-outdated/);
  });

  test("CSV and XLSX export hold the tenant's entries with their hours", async () => {
    await buildEntry(t.db, slug, { name: "Exportprobe", street: "Markt 1", postcode: "38440", city: "Wolfsburg" }, { weekly: [{ weekday: 1, opens: 540, closes: 720 }], exceptions: [{ day: "2026-12-24", opens: null, closes: null, note: "" }] });
    const csv = await staff.get(`/admin/${slug}/wegweiser/export.csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers["content-type"]), /text\/csv/);
    assert.match(csv.body, /^\uFEFFslug,name,/);
    assert.match(csv.body, /Exportprobe/);
    assert.match(csv.body, /Mo 09:00-12:00/);
    assert.match(csv.body, /2026-12-24 geschlossen/);
    const xlsx = await t.app.inject({ url: `/admin/${slug}/wegweiser/export.xlsx`, headers: { cookie: Object.entries(staff.jar).map(([k, v]) => `${k}=${v}`).join("; ") } });
    assert.equal(xlsx.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getRow(1).getCell(2).value, "name");
    const names = ws.getColumn(2).values as unknown[];
    assert.ok(names.includes("Exportprobe"));
  });

  test("CSV import: a file with errors is reported row by row and nothing is written", async () => {
    const before = await count(t, "dir_service");
    const csv = [
      "name,kind,organisation,postcode,street,city,hours",
      "Gute Zeile,counselling,Verein,38440,Markt 1,Wolfsburg,Mo 09:00-12:00",
      "Schlechte Art,zauberei,Verein,,,,",
      "Schlechte PLZ,counselling,Verein,123,Markt 2,Wolfsburg,",
      "Schlechte Zeit,counselling,Verein,,,,Mo 9 bis 12",
    ].join("\n");
    const res = await staff.post(`/admin/${slug}/wegweiser/import`, { csv });
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /<td>3<\/td><td><code>kind<\/code>/);
    assert.match(res.body, /<td>4<\/td><td><code>postcode<\/code>/);
    assert.match(res.body, /<td>5<\/td><td><code>hours<\/code>/);
    assert.equal(await count(t, "dir_service"), before);
  });

  test("CSV import: export → edit → import updates by slug and creates new rows", async () => {
    const exported = (await staff.get(`/admin/${slug}/wegweiser/export.csv`)).body;
    const edited = exported.replace("Exportprobe", "Exportprobe geändert") + 'neu-importiert,Neu importiert,,,counselling,,,,Verein,,,,,,,unknown,,,,,nein,nein,"Di 10:00-12:00",,,active\n';
    const before = await count(t, "dir_service");
    const res = await staff.post(`/admin/${slug}/wegweiser/import`, { csv: edited });
    assert.equal(res.statusCode, 200, res.body.slice(0, 2000));
    assert.match(res.body, /1 neu/);
    assert.equal(await count(t, "dir_service"), before + 1);
    assert.equal((await staff.get(`/${slug}/de/wegweiser/exportprobe`)).body.includes("Exportprobe geändert"), true);
    assert.equal((await staff.get(`/${slug}/de/wegweiser/neu-importiert`)).statusCode, 200);
  });

  test("the JSON API validates like the form and saves like it", async () => {
    const bad = await staff.json("POST", `/api/v1/admin/${slug}/wegweiser`, { entry: { name: "", kind: "x", organisation: "V" } });
    assert.equal(bad.statusCode, 422);
    const fields = (bad.json() as { fields: { field: string }[] }).fields.map((f) => f.field).sort();
    assert.deepEqual(fields, ["kind", "name"]);
    const ok = await staff.json("POST", `/api/v1/admin/${slug}/wegweiser`, { entry: { name: "API-Eintrag", kind: "health", organisation: "V" }, hours: { weekly: [{ weekday: 5, opens: 600, closes: 660 }] } });
    assert.equal(ok.statusCode, 201);
    assert.equal((ok.json() as { slug: string }).slug, "api-eintrag");
    const pub = await staff.get(`/api/v1/${slug}/wegweiser/api-eintrag`);
    assert.deepEqual((pub.json() as { hours: { weekly: unknown[] } }).hours.weekly, [{ weekday: 5, opens: 600, closes: 660 }]);
  });

  test("the audit log is readable by tenant admins, not by staff", async () => {
    const tenantId = (await rows<{ id: string }>(t.db, sql`SELECT id FROM tenant WHERE slug = ${slug}`))[0]!.id;
    const plain = await signedIn(t, (await buildUser(t.db, { tenantId, role: "staff" })).id);
    assert.equal((await plain.get(`/admin/${slug}/audit`)).statusCode, 403);
    const log = await staff.get(`/admin/${slug}/audit`);
    assert.equal(log.statusCode, 200);
    assert.match(log.body, /create · dir_service/);
  });
});
