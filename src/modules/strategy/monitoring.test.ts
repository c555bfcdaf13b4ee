/**
 * Monitoring and the integration report over HTTP: the Land's Open SDG files
 * uploaded by a municipality (its own figures kept, others' left out, a
 * malformed file reported row by row and written not at all, a re-import
 * replacing the file's figures), an indicator's series beside the Land,
 * a target and its light, a figure entered by hand; the report generated,
 * edited, previewed, translated, published in versions, read by everyone as
 * a page and a PDF in German and Arabic.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { rows } from "../../core/db/index.ts";
import { tenants } from "../../core/db/schema.ts";
import { invalidateTenantCache } from "../../core/tenancy.ts";
import { buildTenant, buildUser, Client, cookieHeader, createTestApp, signedIn, type TestApp } from "../../../test/helpers.ts";
import { poppler, withoutPoppler } from "../../../test/poppler.ts";

const FIXTURES = path.join(import.meta.dirname, "fixtures", "opensdg");
const location = (res: { headers: Record<string, unknown> }) => String(res.headers.location ?? "");
const idIn = (url: string, segment: string) => new RegExp(`/${segment}/([0-9a-f-]{36})`).exec(url)?.[1] ?? "";

/** Files uploaded as a browser sends them (multipart/form-data), the CSRF token in the query. */
async function upload(t: TestApp, client: Client, url: string, files: { name: string; text: string | Buffer }[]) {
  if (!client.csrf) await client.get("/login");
  const boundary = "----teilhabe-test-boundary";
  const parts = files.map((f) => Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: text/plain\r\n\r\n`), Buffer.from(f.text), Buffer.from("\r\n")]));
  const payload = Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
  return t.app.inject({ method: "POST", url: `${url}?_csrf=${encodeURIComponent(client.csrf)}`, payload, headers: { cookie: cookieHeader(client.jar), "content-type": `multipart/form-data; boundary=${boundary}` } });
}
const fixture = (rel: string) => ({ name: path.basename(rel), text: fs.readFileSync(path.join(FIXTURES, rel)) });

describe("Strategy: monitoring and the integration report", () => {
  let t: TestApp;
  let office: Client;
  let foreign: Client;
  let slug: string;
  let otherSlug: string;
  let reportId: string;
  const base = () => `/admin/${slug}/strategie`;

  before(async () => {
    t = await createTestApp();
    const land = await buildTenant(t.db, { kind: "state" });
    const a = await buildTenant(t.db, { parentId: land.id, name: "Wilhelmshaven" });
    const b = await buildTenant(t.db, { parentId: land.id, name: "Landkreis Emsland" });
    await t.db.update(tenants).set({ ags: "03" }).where(eq(tenants.id, land.id));
    await t.db.update(tenants).set({ ags: "03405" }).where(eq(tenants.id, a.id));
    await t.db.update(tenants).set({ ags: "03454" }).where(eq(tenants.id, b.id));
    invalidateTenantCache();
    slug = a.slug;
    otherSlug = b.slug;
    office = await signedIn(t, (await buildUser(t.db, { tenantId: a.id, role: "staff" })).id);
    foreign = await signedIn(t, (await buildUser(t.db, { tenantId: b.id, role: "staff" })).id);
  });
  after(() => t.close());

  test("import: the municipality's own figures from the Land's files; a malformed file is reported row by row and writes nothing", async () => {
    const res = await upload(t, office, `${base()}/monitoring/import`, [
      fixture("data/indicator_1-1.csv"),
      fixture("meta/1-1.md"),
      fixture("translations/de/indicators.yml"),
      { name: "indicator_9-9.csv", text: fs.readFileSync(path.join(FIXTURES, "malformed/non-numbers.csv")) },
    ]);
    assert.equal(res.statusCode, 422, "one file failed");
    assert.match(res.body, /indicator_1-1\.csv <span class="tag tag--confirmed">27 Werte übernommen/);
    assert.match(res.body, /indicator_9-9\.csv <span class="tag tag--warn">nicht übernommen/);
    assert.match(res.body, /„k\. A\.“ ist keine Zahl/);
    const stored = await rows<{ key: string; n: number; tenants: number }>(t.db, sql`SELECT i.key, count(v.*)::int AS n, count(DISTINCT v.ags)::int AS tenants FROM st_indicator i LEFT JOIN st_indicator_value v ON v.indicator_id = i.id GROUP BY i.key ORDER BY i.key`);
    assert.deepEqual(stored, [{ key: "1-1", n: 27, tenants: 1 }], "only Wilhelmshaven's rows, nothing of the bad file");
    const [def] = await rows<{ name: string; unit: string; decimals: number }>(t.db, sql`SELECT name, unit, decimals FROM st_indicator WHERE key = '1-1'`);
    assert.doesNotMatch(def!.name, /^indicators\./, "the name's translation key is resolved");
    assert.equal(def!.decimals, 1);

    // The area's name column is no breakdown: the city's totals have the empty breakdown.
    const [totals] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM st_indicator_value WHERE breakdown_key = ''`);
    assert.equal(totals!.n, 9);

    // Again, with one value changed: the file's figures are replaced, not added.
    const changed = fs.readFileSync(path.join(FIXTURES, "data/indicator_1-1.csv"), "utf8").replace(/^2015,"Wilhelmshaven, Stadt",,Prozent,K03405,9\.8$/m, '2015,"Wilhelmshaven, Stadt",,Prozent,K03405,11.1');
    const again = await upload(t, office, `${base()}/monitoring/import`, [{ name: "indicator_1-1.csv", text: changed }]);
    assert.equal(again.statusCode, 200);
    assert.match(again.body, /27 frühere Werte ersetzt/);
    const [v] = await rows<{ value: number; n: number }>(t.db, sql`SELECT max(value) FILTER (WHERE year = 2015 AND breakdown_key = '') AS value, count(*)::int AS n FROM st_indicator_value`);
    assert.deepEqual([Number(v!.value), v!.n], [11.1, 27]);

    for (const bad of ["wrong-columns.csv", "unknown-geocode.csv", "duplicates.csv"]) {
      const r = await upload(t, office, `${base()}/monitoring/import`, [{ name: `indicator_${bad.replace(/\W/g, "")}.csv`, text: fs.readFileSync(path.join(FIXTURES, "malformed", bad)) }]);
      assert.equal(r.statusCode, 422, bad);
      assert.match(r.body, /<td>\d+<\/td>/, `${bad}: errors with their line`);
    }
    assert.equal(((await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM st_indicator_value`))[0]!).n, 27);
    const empty = await upload(t, office, `${base()}/monitoring/import`, []);
    assert.equal(empty.statusCode, 422);
  });

  test("the indicator: series, a target and its light, a value entered by hand; the other municipality does not see our figures", async () => {
    const list = await office.get(`${base()}/monitoring`);
    assert.equal(list.statusCode, 200);
    const id = idIn(/href="([^"]*\/monitoring\/[0-9a-f-]{36})"/.exec(list.body)![1]!, "monitoring");
    const page = await office.get(`${base()}/monitoring/${id}`);
    assert.match(page.body, /<svg[^>]+role="img"/);
    assert.match(page.body, /<th scope="row">2023<\/th>/);
    const bad = await office.post(`${base()}/monitoring/${id}/ziel`, { targetValue: "zwölf", targetYear: "2030" });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Bitte geben Sie eine Zahl ein/);
    assert.equal((await office.post(`${base()}/monitoring/${id}/ziel`, { targetValue: "30", targetYear: "2030" })).statusCode, 303);
    const lit = await office.get(`${base()}/monitoring`);
    assert.match(lit.body, /light light--(green|yellow|red)/);
    assert.match(lit.body, /30,0 bis 2030/);

    const noSource = await office.post(`${base()}/monitoring/${id}/wert`, { year: "2024", value: "12,9", source: "" });
    assert.equal(noSource.statusCode, 422);
    assert.match(noSource.body, /value="12,9"/);
    assert.equal((await office.post(`${base()}/monitoring/${id}/wert`, { year: "2024", value: "12,9", source: "Einwohnermeldeamt", unit: "Prozent" })).statusCode, 303);
    const [manual] = await rows<{ value: number; ags: string }>(t.db, sql`SELECT value, ags FROM st_indicator_value WHERE year = 2024 AND source = 'Einwohnermeldeamt'`);
    assert.deepEqual([manual!.value, manual!.ags], [12.9, "03405"]);

    // The indicator is Wilhelmshaven's own import: Emsland sees neither it nor its figures.
    assert.equal((await foreign.get(`/admin/${otherSlug}/strategie/monitoring/${id}`)).statusCode, 404);
    assert.doesNotMatch((await foreign.get(`/admin/${otherSlug}/strategie/monitoring`)).body, /monitoring\/[0-9a-f-]{36}/);
    assert.equal((await foreign.post(`/admin/${otherSlug}/strategie/monitoring/${id}/ziel`, { targetValue: "1", targetYear: "2030" })).statusCode, 404);
  });

  test("the report: generated, edited, previewed, translated, published in versions; public page and PDF", async (ctx) => {
    const made = await office.post(`${base()}/berichte`, { year: "2023" });
    assert.equal(made.statusCode, 303);
    reportId = idIn(location(made), "berichte");
    assert.equal((await office.post(`${base()}/berichte`, { year: "2023" })).statusCode, 422, "one report per year");
    const save = await office.post(`${base()}/berichte/${reportId}`, {
      title: "Integrationsbericht 2023",
      summary: "Wilhelmshaven wächst durch Zuwanderung.\n\nDie Zahl der Sprachmittlungen hat sich verdoppelt. #Vielfalt *stark*",
      recommendations: "Sprachmittlung verstetigen.",
    });
    assert.equal(save.statusCode, 303);
    const preview = await office.get(`${base()}/berichte/${reportId}/vorschau`);
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /Vorschau eines Entwurfs/);
    assert.match(preview.body, /Die Zahl der Sprachmittlungen hat sich verdoppelt\. #Vielfalt \*stark\*/);
    assert.match(preview.body, /<h2 id="indikatoren">Indikatoren<\/h2>/);

    const visitor = new Client(t.app);
    assert.equal((await visitor.get(`/${slug}/de/integrationsbericht/2023`)).statusCode, 404, "not public before publishing");
    assert.equal((await office.post(`${base()}/berichte/${reportId}/uebersetzung/ar`, { summary: "تنمو فيلهلمسهافن بفضل الهجرة.", recommendations: "" })).statusCode, 303);
    assert.equal((await office.post(`${base()}/berichte/${reportId}/veroeffentlichen`, {})).statusCode, 303);
    const pub = await visitor.get(`/${slug}/de/integrationsbericht/2023`);
    assert.equal(pub.statusCode, 200);
    assert.match(pub.body, /Veröffentlicht am .* \(Fassung 1\)/);
    assert.match(pub.body, /Sprachmittlung verstetigen\./);
    const ar = await visitor.get(`/${slug}/ar/integrationsbericht/2023`);
    assert.match(ar.body, /<html lang="ar" dir="rtl"/);
    assert.match(ar.body, /تنمو فيلهلمسهافن بفضل الهجرة\./);

    // A later edit changes the draft, not the published version, until it is published again.
    await office.post(`${base()}/berichte/${reportId}`, { title: "Integrationsbericht 2023", summary: "Neue Fassung.", recommendations: "Sprachmittlung verstetigen." });
    assert.doesNotMatch((await visitor.get(`/${slug}/de/integrationsbericht/2023`)).body, /Neue Fassung\./);
    await office.post(`${base()}/berichte/${reportId}/veroeffentlichen`, {});
    assert.match((await visitor.get(`/${slug}/de/integrationsbericht/2023`)).body, /Neue Fassung\./);
    assert.match((await visitor.get(`/${slug}/de/integrationsbericht/2023?fassung=1`)).body, /Die Zahl der Sprachmittlungen/, "version 1 is kept");

    const pdf = await visitor.get(`/${slug}/de/integrationsbericht/2023.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers["content-type"], "application/pdf");
    if (!withoutPoppler(ctx)) {
      const text = poppler("pdftotext", ["-layout"], pdf.rawPayload);
      assert.match(text, /Integrationsbericht 2023/);
      assert.match(text, /Inhalt/);
      assert.match(text, /Neue Fassung\./);
      assert.match(text, /Seite 1 \//);
    }
    // In Farsi and Arabic too: Persian digits beside "Prozent" in a chart once aborted the whole process here.
    for (const lang of ["fa", "ar"]) {
      const other = await visitor.get(`/${slug}/${lang}/integrationsbericht/2023.pdf`);
      assert.equal(other.statusCode, 200, lang);
      assert.equal(other.rawPayload.subarray(0, 5).toString("latin1"), "%PDF-");
    }
    assert.equal((await foreign.get(`/admin/${otherSlug}/strategie/berichte/${reportId}`)).statusCode, 404);
    assert.equal((await visitor.get(`/${otherSlug}/de/integrationsbericht/2023`)).statusCode, 404);
  });
});
