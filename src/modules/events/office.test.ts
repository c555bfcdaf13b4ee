/**
 * The office's and the partners' side of Veranstaltungen over HTTP: a
 * partner organisation with an account drafts an event in its portal, sends
 * it to review, staff publish it and the partner is told; the partner sees
 * counts, never people. At the door: check-in, the attendance list as PDF,
 * the registrations as XLSX. A copy as draft, a translation, the month
 * calendar, and the year's figures per programme and event. Other tenants
 * and other partners see none of it.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { rows } from "../../core/db/index.ts";
import { buildTenant, buildUser, createTestApp, signedIn, weekdayAhead, Client, type TestApp } from "../../../test/helpers.ts";
import { poppler, withoutPoppler } from "../../../test/poppler.ts";


const mails = (t: TestApp, to: string) => rows<{ subject: string; text: string }>(t.db, sql`SELECT subject, text FROM mail_outbox WHERE "to" = ${to} ORDER BY created_at, id`);
const userId = async (t: TestApp, email: string) => (await rows<{ id: string }>(t.db, sql`SELECT id FROM app_user WHERE email = ${email}`))[0]!.id;
const idFrom = (location: unknown) => /\/veranstaltungen\/([0-9a-f-]{36})/.exec(String(location))![1]!;

describe("Veranstaltungen: partners, door and figures", () => {
  let t: TestApp;
  let slug: string;
  let otherSlug: string;
  let office: Client;
  let foreign: Client;
  let visitor: Client;
  let partner: Client;
  let rival: Client;
  let eventId: string;
  const start = weekdayAhead(4, 4);

  before(async () => {
    t = await createTestApp();
    const a = await buildTenant(t.db);
    const b = await buildTenant(t.db);
    slug = a.slug;
    otherSlug = b.slug;
    office = await signedIn(t, (await buildUser(t.db, { tenantId: a.id, role: "staff", email: "office@example.org" })).id);
    foreign = await signedIn(t, (await buildUser(t.db, { tenantId: b.id, role: "tenant_admin" })).id);
    visitor = new Client(t.app);
  });
  after(() => t.close());

  const form = (over: Record<string, string | string[]> = {}) => ({
    title: "Nähcafé für Frauen",
    description: "Gemeinsam nähen und ins Gespräch kommen.",
    startDate: start,
    startTime: "15:00",
    endTime: "17:00",
    repeat: "none",
    venue: "Gemeinschaftshaus Bant",
    city: "Wilhelmshaven",
    categories: ["culture"],
    languages: "de, ar, tr",
    capacity: "2",
    questions: ["childcare"],
    ...over,
  });

  test("staff register partner organisations and their people; names are unique; a person's account gets the portal", async () => {
    const created = await office.post(`/admin/${slug}/veranstaltungen/partner`, { name: "Frauennetzwerk Bant e. V.", contactEmail: "kontakt@frauennetzwerk.example" });
    assert.equal(created.statusCode, 303);
    assert.equal((await office.post(`/admin/${slug}/veranstaltungen/partner`, { name: "Frauennetzwerk Bant e. V.", contactEmail: "x@example.org" })).statusCode, 422);
    await office.post(`/admin/${slug}/veranstaltungen/partner`, { name: "Sportverein Nord", contactEmail: "info@sv-nord.example" });
    const page = await office.get(`/admin/${slug}/veranstaltungen/partner`);
    const ids = [...page.body.matchAll(/<option value="([0-9a-f-]{36})"[^>]*>([^<]+)</g)].map((m) => [m[2]!, m[1]!] as const);
    const byName = new Map(ids);
    const bad = await office.post(`/admin/${slug}/veranstaltungen/partner/mitglieder`, { partnerId: byName.get("Frauennetzwerk Bant e. V.")!, displayName: "Hatice", email: "not-an-address" });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /value="Hatice"/);
    assert.equal((await office.post(`/admin/${slug}/veranstaltungen/partner/mitglieder`, { partnerId: byName.get("Frauennetzwerk Bant e. V.")!, displayName: "Hatice Demir", email: "hatice@frauennetzwerk.example" })).statusCode, 303);
    assert.equal((await office.post(`/admin/${slug}/veranstaltungen/partner/mitglieder`, { partnerId: byName.get("Sportverein Nord")!, displayName: "Jan", email: "jan@sv-nord.example" })).statusCode, 303);
    // Another tenant cannot add people to this tenant's partner.
    assert.equal((await foreign.post(`/admin/${otherSlug}/veranstaltungen/partner/mitglieder`, { partnerId: byName.get("Sportverein Nord")!, displayName: "X", email: "x@example.org" })).statusCode, 422);
    assert.match((await office.get(`/admin/${slug}/veranstaltungen/partner`)).body, /Hatice Demir/);
    partner = await signedIn(t, await userId(t, "hatice@frauennetzwerk.example"));
    rival = await signedIn(t, await userId(t, "jan@sv-nord.example"));
    // Signing in leads straight to the portal.
    const home = await partner.get("/admin");
    assert.equal(home.statusCode, 303);
    assert.equal(home.headers.location, `/portal/${slug}/veranstaltungen`);
    // The portal is not the back office.
    assert.equal((await partner.get(`/admin/${slug}/veranstaltungen`)).statusCode, 403);
  });

  test("a partner drafts an event (a bad field first), sends it to review; staff are told; it is not public before publication", async () => {
    const bad = await partner.post(`/portal/${slug}/veranstaltungen/neu`, form({ startTime: "27:00" }));
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /value="Gemeinschaftshaus Bant"/);
    const created = await partner.post(`/portal/${slug}/veranstaltungen/neu`, form({ organiser: "Someone else", programmeId: "00000000-0000-0000-0000-000000000000" }));
    assert.equal(created.statusCode, 303);
    eventId = idFrom(created.headers.location);
    const [row] = await rows<{ organiser: string; status: string; contact_email: string; programme_id: string | null }>(t.db, sql`SELECT organiser, status, contact_email, programme_id FROM ev_event WHERE id = ${eventId}`);
    assert.deepEqual({ ...row }, { organiser: "Frauennetzwerk Bant e. V.", status: "draft", contact_email: "kontakt@frauennetzwerk.example", programme_id: null });
    assert.equal((await visitor.get(`/${slug}/de/veranstaltungen/naehcafe-fuer-frauen`)).statusCode, 404);
    // Another partner's person sees nothing of it.
    assert.equal((await rival.get(`/portal/${slug}/veranstaltungen/${eventId}`)).statusCode, 404);
    assert.equal((await rival.post(`/portal/${slug}/veranstaltungen/${eventId}/einreichen`, {})).statusCode, 404);
    assert.doesNotMatch((await rival.get(`/portal/${slug}/veranstaltungen`)).body, /Nähcafé/);

    const submitted = await partner.post(`/portal/${slug}/veranstaltungen/${eventId}/einreichen`, {});
    assert.equal(submitted.statusCode, 303);
    assert.match((await partner.get(`/portal/${slug}/veranstaltungen/${eventId}`)).body, /Zur Prüfung/);
    const told = await mails(t, "office@example.org");
    assert.ok(told.some((m) => m.subject.includes("Nähcafé") && m.text.includes(`/admin/${slug}/veranstaltungen/${eventId}`)));
    // Still editable in review; twice submitted is refused.
    assert.equal((await partner.post(`/portal/${slug}/veranstaltungen/${eventId}`, form({ description: "Mit Kinderbetreuung." }))).statusCode, 303);
    assert.equal((await partner.post(`/portal/${slug}/veranstaltungen/${eventId}/einreichen`, {})).statusCode, 409);
  });

  test("staff publish it; the partner is told, cannot change it any more, and sees counts but not who registered", async () => {
    assert.equal((await office.post(`/admin/${slug}/veranstaltungen/${eventId}/status`, { status: "published" })).statusCode, 303);
    const told = await mails(t, "kontakt@frauennetzwerk.example");
    assert.ok(told.some((m) => m.text.includes(`/${slug}/de/veranstaltungen/naehcafe-fuer-frauen`)));
    const locked = await partner.post(`/portal/${slug}/veranstaltungen/${eventId}`, form({ title: "Umbenannt" }));
    assert.equal(locked.statusCode, 422);
    assert.match(locked.body, /Änderungen bitte bei der Koordinierungsstelle/);

    const page = await visitor.get(`/${slug}/de/veranstaltungen/naehcafe-fuer-frauen`);
    const occurrence = /name="occurrence" value="([^"]+)"/.exec(page.body)![1]!;
    for (const [name, email] of [["Zeynep Kaya", "zeynep@example.org"], ["Marta Nowak", "marta@example.org"], ["Rana Haddad", "rana@example.org"]]) {
      assert.equal((await visitor.post(`/${slug}/de/veranstaltungen/naehcafe-fuer-frauen/anmelden`, { occurrence, name: name!, email: email!, phone: "0151 2345678", consent: "on", answers: "childcare" })).statusCode, 200);
    }
    const seen = await partner.get(`/portal/${slug}/veranstaltungen/${eventId}`);
    assert.match(seen.body, /2 bestätigt, 1 auf der Warteliste/);
    assert.doesNotMatch(seen.body, /Zeynep|zeynep@example\.org/);
    assert.equal((await partner.get(`/admin/${slug}/veranstaltungen/${eventId}/anmeldungen.csv`)).statusCode, 403);
  });

  test("at the door: check-in by button, the attendance list as PDF, the registrations as XLSX; not for other tenants", async (c) => {
    const list = await office.get(`/admin/${slug}/veranstaltungen/${eventId}`);
    const door = /href="([^"]+\/einlass\?termin=[^"]+)"/.exec(list.body)![1]!.replaceAll("&amp;", "&");
    const page = await office.get(door);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /0 anwesend · 2 bestätigt · 1 auf der Warteliste/);
    const [zeynep] = await rows<{ id: string }>(t.db, sql`SELECT id FROM ev_registration WHERE email = 'zeynep@example.org'`);
    const action = new RegExp(`action="([^"]+/einlass/${zeynep!.id}[^"]*)"`).exec(page.body)![1]!.replaceAll("&amp;", "&");
    const checked = await office.post(action, { present: "yes" });
    assert.equal(checked.statusCode, 303);
    assert.match((await office.get(door)).body, /1 anwesend · 2 bestätigt/);
    assert.equal((await foreign.post(action.replace(`/admin/${slug}/`, `/admin/${otherSlug}/`), { present: "no" })).statusCode, 404);
    assert.equal((await foreign.get(door.replace(`/admin/${slug}/`, `/admin/${otherSlug}/`))).statusCode, 404);

    const xlsx = await office.get(`/admin/${slug}/veranstaltungen/${eventId}/anmeldungen.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const cells = sheet.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    assert.equal(cells[0]![7], "Anwesend");
    const byName = new Map(cells.slice(1).map((r) => [r[1], r]));
    assert.equal(byName.get("Rana Haddad")![5], "Warteliste");
    assert.equal(byName.get("Zeynep Kaya")![5], "Bestätigt");
    assert.match(String(byName.get("Zeynep Kaya")![7]), /\d/, "checked in: when");
    assert.equal(byName.get("Marta Nowak")![7] ?? "", "");
    assert.equal((await foreign.get(`/admin/${otherSlug}/veranstaltungen/${eventId}/anmeldungen.xlsx`)).statusCode, 404);

    const pdf = await office.get(door.replace("/einlass?", "/teilnahmeliste.pdf?"));
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers["content-type"], "application/pdf");
    if (withoutPoppler(c)) return;
    const text = poppler("pdftotext", ["-layout"], pdf.rawPayload);
    for (const expected of ["Nähcafé für Frauen", "Zeynep Kaya", "Marta Nowak", "Rana Haddad", "Kinderbetreuung", "0151 2345678", "Unterschrift"]) assert.ok(text.includes(expected), expected);
  });

  test("a copy as draft opens in the form; a translation shows on the public page in that language", async () => {
    const copy = await office.post(`/admin/${slug}/veranstaltungen/${eventId}/duplizieren`, {});
    assert.equal(copy.statusCode, 303);
    assert.match(String(copy.headers.location), /\/bearbeiten$/);
    const copyId = idFrom(copy.headers.location);
    assert.notEqual(copyId, eventId);
    assert.match((await office.get(String(copy.headers.location))).body, /value="Nähcafé für Frauen"/);

    const form = await office.get(`/admin/${slug}/veranstaltungen/${eventId}/uebersetzen/ar`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Mit Kinderbetreuung\./, "the German as the partner last changed it");
    assert.equal((await office.post(`/admin/${slug}/veranstaltungen/${eventId}/uebersetzen/ar`, { title: "مقهى الخياطة للنساء", description: "" })).statusCode, 303);
    const ar = await visitor.get(`/${slug}/ar/veranstaltungen/naehcafe-fuer-frauen`);
    assert.match(ar.body, /مقهى الخياطة للنساء/);
    assert.equal((await office.get(`/admin/${slug}/veranstaltungen/${eventId}/uebersetzen/de`)).statusCode, 404);
    assert.equal((await foreign.get(`/admin/${otherSlug}/veranstaltungen/${eventId}/uebersetzen/ar`)).statusCode, 404);
  });

  test("a place from the Wegweiser gives the event its address and coordinates; another tenant's place is refused at the field; target groups are shown", async () => {
    const tenantOf = async (s: string) => (await rows<{ id: string }>(t.db, sql`SELECT id FROM tenant WHERE slug = ${s}`))[0]!.id;
    const place = async (tenant: string, org: string) => {
      const [o] = await rows<{ id: string }>(t.db, sql`INSERT INTO dir_organisation (tenant_id, name) VALUES (${tenant}, ${org}) RETURNING id`);
      const [l] = await rows<{ id: string }>(t.db, sql`INSERT INTO dir_location (tenant_id, organisation_id, label, street, postcode, city, lat, lng) VALUES (${tenant}, ${o!.id}, 'Saal', 'Rathausplatz 1', '26382', 'Wilhelmshaven', 53.5219, 8.1067) RETURNING id`);
      return l!.id;
    };
    const own = await place(await tenantOf(slug), "Rathaus Wilhelmshaven");
    const foreignPlace = await place(await tenantOf(otherSlug), "Rathaus Anderswo");
    const page = await office.get(`/admin/${slug}/veranstaltungen/neu`);
    assert.match(page.body, /Rathaus Wilhelmshaven – Saal, Rathausplatz 1, Wilhelmshaven/);
    assert.doesNotMatch(page.body, /Rathaus Anderswo/);
    const base = { title: "Bürgerdialog Integration", organiser: "Migrationsbüro", startDate: start, startTime: "18:00", endTime: "20:00", repeat: "none", targetGroups: ["newcomers", "women"] };
    const refused = await office.post(`/admin/${slug}/veranstaltungen/neu`, { ...base, placeId: foreignPlace });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /id="f-placeId"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-placeId"/);
    const created = await office.post(`/admin/${slug}/veranstaltungen/neu`, { ...base, placeId: own });
    assert.equal(created.statusCode, 303);
    const id = idFrom(created.headers.location);
    const [row] = await rows<{ venue: string; street: string; city: string; lat: number; place_id: string; target_groups: string[] }>(t.db, sql`SELECT venue, street, city, lat, place_id, target_groups FROM ev_event WHERE id = ${id}`);
    assert.deepEqual({ ...row }, { venue: "Rathaus Wilhelmshaven – Saal", street: "Rathausplatz 1", city: "Wilhelmshaven", lat: 53.5219, place_id: own, target_groups: ["newcomers", "women"] });
    await office.post(`/admin/${slug}/veranstaltungen/${id}/status`, { status: "published" });
    const pub = await visitor.get(`/${slug}/de/veranstaltungen/buergerdialog-integration`);
    assert.match(pub.body, /Neuzugewanderte/);
    assert.match(pub.body, /Frauen/);
  });

  test("the month calendar shows every status; the year's figures per event export as XLSX", async () => {
    const month = start.slice(0, 7);
    const cal = await office.get(`/admin/${slug}/veranstaltungen/kalender?monat=${month}`);
    assert.equal(cal.statusCode, 200);
    assert.equal([...cal.body.matchAll(/Nähcafé für Frauen/g)].length, 2, "the published event and its draft copy");
    assert.match(cal.body, /Entwurf/);
    assert.doesNotMatch((await foreign.get(`/admin/${otherSlug}/veranstaltungen/kalender?monat=${month}`)).body, /Nähcafé/);

    const year = start.slice(0, 4);
    const figures = await office.get(`/admin/${slug}/veranstaltungen/zahlen?jahr=${year}`);
    assert.match(figures.body, /Nähcafé für Frauen/);
    const xlsx = await office.get(`/admin/${slug}/veranstaltungen/zahlen.xlsx?jahr=${year}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const perEvent = wb.worksheets[1]!;
    const row = perEvent.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1)).find((r) => r[0] === "Nähcafé für Frauen")!;
    // Title, programme, status, occurrences, confirmed, waitlisted, cancelled, present.
    assert.deepEqual(row.slice(3), [1, 2, 1, 0, 1]);
  });
});
