/**
 * Veranstaltungen over HTTP, as their users meet them: the office creates a
 * recurring event (with a bad field first), publishes it; residents find it
 * with filters, subscribe to the feed (parsed by ical.js as a calendar
 * client would), register, land on the waitlist, cancel by link; the office
 * sees and exports the registrations; another tenant sees none of it.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import ICAL from "ical.js";
import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { sql } from "drizzle-orm";
import { rows } from "../../core/db/index.ts";
import { wallOf } from "../../core/time.ts";
import { buildTenant, buildUser, createTestApp, signedIn, weekdayAhead, Client, type TestApp } from "../../../test/helpers.ts";
import { poppler, withoutPoppler } from "../../../test/poppler.ts";


describe("Veranstaltungen over HTTP", () => {
  let t: TestApp;
  let slug: string;
  let otherSlug: string;
  let office: Client;
  let foreign: Client;
  let visitor: Client;
  let eventId: string;
  const start = weekdayAhead(2, 3);

  before(async () => {
    t = await createTestApp();
    const a = await buildTenant(t.db);
    const b = await buildTenant(t.db);
    slug = a.slug;
    otherSlug = b.slug;
    office = await signedIn(t, (await buildUser(t.db, { tenantId: a.id, role: "staff" })).id);
    foreign = await signedIn(t, (await buildUser(t.db, { tenantId: b.id, role: "tenant_admin" })).id);
    visitor = new Client(t.app);
  });
  after(() => t.close());

  const form = (over: Record<string, string | string[]> = {}) => ({
    title: "Sprachcafé im Pumpwerk",
    description: "Deutsch sprechen bei Kaffee und Tee.",
    startDate: start,
    startTime: "18:00",
    endTime: "19:30",
    repeat: "weekly",
    count: "4",
    venue: "Pumpwerk",
    street: "Banter Deich 1a",
    postcode: "26382",
    city: "Wilhelmshaven",
    organiser: "Migrationsbüro Wilhelmshaven",
    contactEmail: "migrationsbuero@example.org",
    categories: ["language", "dialogue"],
    languages: "de, ar, fa",
    cost: "kostenlos",
    capacity: "1",
    questions: ["childcare"],
    retentionDays: "30",
    ...over,
  });

  test("every problem of the event form in one round, each named in the summary, which takes the focus", async () => {
    const res = await office.post(`/admin/${slug}/veranstaltungen/neu`, form({ title: "", startTime: "20:00", endTime: "19:00", repeat: "custom", rrule: "FREQ=SOMETIMES", count: "" }));
    assert.equal(res.statusCode, 422);
    const summary = /<div[^>]*id="error-summary"[^>]*>.*?<\/ul>/s.exec(res.body)?.[0] ?? "";
    assert.match(summary, /autofocus/);
    assert.match(summary, /href="#f-title">Titel: Bitte füllen Sie dieses Feld aus/);
    assert.match(summary, /href="#f-endTime">Ende: Das Ende muss nach dem Beginn liegen/);
    assert.match(summary, /href="#f-rrule">Eigene Regel[^<:]*: /);
  });

  test("a form with errors comes back with messages at the fields and the input kept; nothing is saved", async () => {
    const res = await office.post(`/admin/${slug}/veranstaltungen/neu`, form({ title: "", startTime: "25:00", repeat: "custom", rrule: "FREQ=HOURLY" }));
    assert.equal(res.statusCode, 422);
    assert.match(res.body, /id="error-summary"/);
    assert.match(res.body, /Bitte füllen Sie dieses Feld aus/);
    assert.match(res.body, /Bitte eine Uhrzeit wie 09:00 angeben/);
    assert.match(res.body, /value="Pumpwerk"/);
    const [n] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM ev_event`);
    assert.equal(n!.n, 0);
  });

  test("languages are ticked by name (each also in its own) or typed as codes; a wrong code comes back at its field with the ticks kept", async () => {
    const blank = await office.get(`/admin/${slug}/veranstaltungen/neu`);
    assert.match(blank.body, /<input[^>]*id="f-languages-choice-ar"[^>]*name="languages"[^>]*value="ar"/);
    assert.match(blank.body, /Arabisch – <span lang="ar" dir="auto">العربية<\/span>/);
    const wrong = await office.post(`/admin/${slug}/veranstaltungen/neu`, form({ title: "Erzählcafé", languages: ["de", "ar", "kmr, xx"] }));
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /<input[^>]*value="ar"[^>]*checked/);
    assert.match(wrong.body, /<input[^>]*id="f-languages"[^>]*value="kmr, xx"[^>]*aria-invalid="true"/);
    assert.match(wrong.body, /href="#f-languages"/);
    const saved = await office.post(`/admin/${slug}/veranstaltungen/neu`, form({ title: "Erzählcafé", languages: ["de", "ar", "kmr"] }));
    assert.equal(saved.statusCode, 303);
    const [row] = await rows<{ id: string; languages: string[] }>(t.db, sql`SELECT id, languages FROM ev_event WHERE title = 'Erzählcafé'`);
    assert.deepEqual(row!.languages, ["de", "ar", "kmr"]);
    // Editing shows them as they were chosen: two ticked, the third typed.
    const edit = await office.get(`/admin/${slug}/veranstaltungen/${row!.id}/bearbeiten`);
    assert.match(edit.body, /<input[^>]*value="de"[^>]*checked/);
    assert.match(edit.body, /<input[^>]*id="f-languages"[^>]*value="kmr"/);
    assert.doesNotMatch(edit.body, /<input[^>]*value="fa"[^>]*checked/);
    await t.db.execute(sql`DELETE FROM ev_event WHERE id = ${row!.id}`);
  });

  test("the office creates a weekly event and publishes it; the public page, feed and JSON-LD show it", async () => {
    const created = await office.post(`/admin/${slug}/veranstaltungen/neu`, form());
    assert.equal(created.statusCode, 303);
    eventId = String(created.headers.location).split("/").pop()!;
    // A draft is not public.
    assert.equal((await visitor.get(`/${slug}/de/veranstaltungen/sprachcafe-im-pumpwerk`)).statusCode, 404);
    // Staff read the recurrence in words, not as the RRULE it is stored as.
    const adminPage = await office.get(`/admin/${slug}/veranstaltungen/${eventId}`);
    assert.match(adminPage.body, /Wöchentlich, 4 Termine/);
    assert.doesNotMatch(adminPage.body, /FREQ=WEEKLY/);
    const published = await office.post(`/admin/${slug}/veranstaltungen/${eventId}/status`, { status: "published" });
    assert.equal(published.statusCode, 303);

    const list = await visitor.get(`/${slug}/de/veranstaltungen`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Sprachcafé im Pumpwerk/);
    assert.equal((list.body.match(/event-card"/g) ?? []).length, 4, "four weekly occurrences");
    // Filters: a category it has, one it has not; a language.
    assert.match((await visitor.get(`/${slug}/de/veranstaltungen?category=language`)).body, /Sprachcafé/);
    assert.doesNotMatch((await visitor.get(`/${slug}/de/veranstaltungen?category=sport`)).body, /Sprachcafé/);
    assert.match((await visitor.get(`/${slug}/de/veranstaltungen?language=fa`)).body, /Sprachcafé/);

    // In Arabic the German address keeps the card's side (isolated, not dir="auto"), the date is written the Arabic way.
    const arList = await visitor.get(`/${slug}/ar/veranstaltungen`);
    assert.match(arList.body, /<p><bdi>Pumpwerk, Banter Deich 1a, 26382 Wilhelmshaven<\/bdi><\/p>/);
    assert.match(arList.body, /<time[^>]*>[^<]*، [^<]*18:00–19:30<\/time>/);
    const page = await visitor.get(`/${slug}/ar/veranstaltungen/sprachcafe-im-pumpwerk`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<html[^>]+dir="rtl"/);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.body)![1]!);
    assert.equal(ld["@type"], "Event");
    assert.equal(ld.location[0].address.addressLocality, "Wilhelmshaven");
    assert.equal(ld.subEvent.length, 4);
    assert.equal(ld.eventStatus, "https://schema.org/EventScheduled");
  });

  test("the feed is a calendar ical.js reads: one series, 18:00 local every week, with the VTIMEZONE", async () => {
    const res = await visitor.get(`/${slug}/de/veranstaltungen.ics`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers["content-type"]), /^text\/calendar/);
    const cal = new ICAL.Component(ICAL.parse(res.body));
    for (const tz of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
    const [vevent, ...rest] = cal.getAllSubcomponents("vevent");
    assert.equal(rest.length, 0);
    const event = new ICAL.Event(vevent!);
    assert.equal(event.summary, "Sprachcafé im Pumpwerk");
    assert.ok(event.isRecurring());
    const it = event.iterator();
    const starts: string[] = [];
    for (let n = it.next(); n; n = it.next()) starts.push(n.toString());
    assert.equal(starts.length, 4);
    for (const s of starts) assert.match(s, /T18:00:00$/);
    // Per event, too.
    const one = await visitor.get(`/${slug}/de/veranstaltungen/sprachcafe-im-pumpwerk.ics`);
    assert.equal(new ICAL.Component(ICAL.parse(one.body)).getAllSubcomponents("vevent").length, 1);
  });

  test("registration: the first gets the place, the second the waitlist, and moves up when the first cancels by link", async () => {
    const page = await visitor.get(`/${slug}/de/veranstaltungen/sprachcafe-im-pumpwerk`);
    const occurrence = /<option value="([^"]+)"/.exec(page.body)![1]!;
    // Without consent: refused, input kept.
    const refused = await visitor.post(`/${slug}/de/veranstaltungen/sprachcafe-im-pumpwerk/anmelden`, { occurrence, name: "Leyla", email: "leyla@example.org" });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Ohne Ihr Einverständnis/);
    assert.match(refused.body, /value="leyla@example.org"/);

    const first = await visitor.post(`/${slug}/de/veranstaltungen/sprachcafe-im-pumpwerk/anmelden`, { occurrence, name: "Leyla", email: "leyla@example.org", consent: "on", answers: "childcare" });
    assert.equal(first.statusCode, 200);
    assert.match(first.body, /Sie sind angemeldet/);
    // The confirmation names the date booked (the event has four), in the reader's language.
    assert.match(first.body, /<bdi>Sprachcafé im Pumpwerk<\/bdi><br\/>\p{L}+, \d{1,2}\. \p{L}+ \d{4}, 18:00–19:30/u);
    const second = await visitor.post(`/${slug}/fa/veranstaltungen/sprachcafe-im-pumpwerk/anmelden`, { occurrence, name: "Omid", email: "omid@example.org", consent: "on" });
    assert.equal(second.statusCode, 200);
    assert.match(second.body, /dir="rtl"/);

    const [mail] = await rows<{ text: string }>(t.db, sql`SELECT text FROM mail_outbox WHERE "to" = 'leyla@example.org'`);
    const link = new URL(/(https?:\/\/\S+\/veranstaltungen\/abmelden\/[A-Za-z0-9_-]+)/.exec(mail!.text)![1]!).pathname;
    const confirm = await visitor.get(link);
    assert.equal(confirm.statusCode, 200);
    assert.equal(confirm.headers["x-robots-tag"], "noindex");
    const cancelled = await visitor.post(link, {});
    assert.match(cancelled.body, /Sie sind abgemeldet/);
    const moved = await rows<{ subject: string }>(t.db, sql`SELECT subject FROM mail_outbox WHERE "to" = 'omid@example.org' ORDER BY created_at`);
    assert.equal(moved.length, 2);
    assert.equal((await visitor.get(`/${slug}/de/veranstaltungen/abmelden/not-a-real-token-at-all`)).statusCode, 404);

    const admin = await office.get(`/admin/${slug}/veranstaltungen/${eventId}`);
    assert.match(admin.body, /Omid/);
    const csv = await office.get(`/admin/${slug}/veranstaltungen/${eventId}/anmeldungen.csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(csv.body, /Leyla;leyla@example.org;;Kinderbetreuung;Abgesagt/);
    assert.match(csv.body, /Omid;omid@example.org;;;Bestätigt/);
  });

  test("another tenant's staff cannot open the event, its registrations or their export; its public calendar does not list it", async () => {
    assert.equal((await foreign.get(`/admin/${slug}/veranstaltungen/${eventId}`)).statusCode, 403);
    assert.equal((await foreign.get(`/admin/${otherSlug}/veranstaltungen/${eventId}`)).statusCode, 404);
    assert.equal((await foreign.get(`/admin/${otherSlug}/veranstaltungen/${eventId}/anmeldungen.csv`)).statusCode, 404);
    assert.doesNotMatch((await foreign.get(`/admin/${otherSlug}/veranstaltungen`)).body, /Sprachcafé/);
    assert.doesNotMatch((await visitor.get(`/${otherSlug}/de/veranstaltungen`)).body, /Sprachcafé/);
    assert.equal((await visitor.get(`/${otherSlug}/de/veranstaltungen/sprachcafe-im-pumpwerk`)).statusCode, 404);
  });

  test("one occurrence moved, cancelling the event tells the registered and marks it cancelled everywhere", async () => {
    const page = await office.get(`/admin/${slug}/veranstaltungen/${eventId}`);
    const second = [...page.body.matchAll(/<option value="(\d{4}-[^"]+Z)"/g)].map((m) => m[1]!)[1]!;
    const nextDay = wallOf(new Date(new Date(second).getTime() + 86_400_000)).date;
    const moved = await office.post(`/admin/${slug}/veranstaltungen/${eventId}/termin`, { occurrence: second, action: "move", date: nextDay, startTime: "10:00", endTime: "11:30" });
    assert.equal(moved.statusCode, 303);
    assert.match((await visitor.get(`/${slug}/de/veranstaltungen/sprachcafe-im-pumpwerk`)).body, /Verlegt/);
    const noReason = await office.post(`/admin/${slug}/veranstaltungen/${eventId}/absagen`, { reason: "" });
    assert.equal(noReason.statusCode, 422);
    assert.match(noReason.body, /Bitte den Grund der Absage angeben/);
    assert.equal((await office.post(`/admin/${slug}/veranstaltungen/${eventId}/absagen`, { reason: "Der Raum ist nicht verfügbar." })).statusCode, 303);
    const omid = await rows<{ subject: string; text: string }>(t.db, sql`SELECT subject, text FROM mail_outbox WHERE "to" = 'omid@example.org' ORDER BY created_at`);
    assert.match(omid.at(-1)!.text, /Der Raum ist nicht verfügbar/);
    const pub = await visitor.get(`/${slug}/de/veranstaltungen/sprachcafe-im-pumpwerk`);
    assert.match(pub.body, /Diese Veranstaltung wurde abgesagt/);
    assert.doesNotMatch(pub.body, /action="[^"]+\/anmelden"/);
    const feed = await visitor.get(`/${slug}/de/veranstaltungen.ics`);
    assert.match(feed.body, /STATUS:CANCELLED/);
  });

  test("the JSON API lists occurrences, and the counts for the integration report are staff-only", async () => {
    const api = await visitor.json("GET", `/api/v1/${slug}/veranstaltungen`);
    assert.equal(api.statusCode, 200);
    const items = JSON.parse(api.body) as { slug: string; cancelled: boolean }[];
    assert.ok(items.length >= 4);
    assert.ok(items.every((i) => i.slug === "sprachcafe-im-pumpwerk" && i.cancelled));
    const year = Number(start.slice(0, 4));
    const counts = await office.json("GET", `/api/v1/admin/${slug}/veranstaltungen/counts/${year}`);
    assert.equal(counts.statusCode, 200);
    assert.equal((await visitor.json("GET", `/api/v1/admin/${slug}/veranstaltungen/counts/${year}`)).statusCode, 401);
  });
});

describe("a partner proposes an event", () => {
  let t: TestApp;
  let slug: string;
  let office: Client;
  let staffEmail: string;

  before(async () => {
    t = await createTestApp();
    const a = await buildTenant(t.db);
    slug = a.slug;
    const user = await buildUser(t.db, { tenantId: a.id, role: "staff" });
    staffEmail = user.email;
    office = await signedIn(t, user.id);
  });
  after(() => t.close());

  const proposal = (over: Record<string, string> = {}) => ({
    title: "Interkulturelles Kochen",
    startDate: weekdayAhead(2, 2),
    startTime: "17:00",
    endTime: "20:00",
    venue: "Gemeindehaus",
    city: "Wilhelmshaven",
    organiser: "Kulturverein Jade (Beispiel)",
    contactEmail: "info@kulturverein.example",
    categories: "culture",
    consent: "on",
    ...over,
  });

  /** Opens the form like a browser: the stamp and the challenge from the page; solves the challenge like the island. */
  async function openForm(c: Client, solve: boolean): Promise<Record<string, string>> {
    const page = await c.get(`/${slug}/de/veranstaltungen/vorschlagen`);
    assert.equal(page.statusCode, 200);
    const stamp = /name="_stamp" value="([^"]+)"/.exec(page.body)![1]!;
    if (!solve) return { _stamp: stamp };
    const challenge = JSON.parse(/data-altcha="([^"]+)"/.exec(page.body)![1]!.replaceAll("&quot;", '"')) as Challenge;
    const solution = await solveChallenge({ challenge, deriveKey });
    return { _stamp: stamp, altcha: Buffer.from(JSON.stringify({ challenge, solution })).toString("base64") };
  }

  test("with a solved challenge it lands in review, staff and partner are told; publishing tells the partner again", async () => {
    const c = new Client(t.app);
    const guard = await openForm(c, true);
    // A real person takes longer than the minimum fill time.
    await new Promise((r) => setTimeout(r, 3100));
    const res = await c.post(`/${slug}/de/veranstaltungen/vorschlagen`, { ...proposal(), ...guard }, {});
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Danke für Ihren Vorschlag/);
    const [e] = await rows<{ id: string; status: string; submitted_solved: boolean }>(t.db, sql`SELECT id, status, submitted_solved FROM ev_event WHERE title = 'Interkulturelles Kochen'`);
    assert.deepEqual([e!.status, e!.submitted_solved], ["review", true]);
    assert.equal((await c.get(`/${slug}/de/veranstaltungen/interkulturelles-kochen`)).statusCode, 404);
    const toStaff = await rows<{ text: string }>(t.db, sql`SELECT text FROM mail_outbox WHERE "to" = ${staffEmail}`);
    assert.match(toStaff[0]!.text, new RegExp(`/admin/${slug}/veranstaltungen/${e!.id}`));
    assert.match((await office.get(`/admin/${slug}/veranstaltungen`)).body, /Interkulturelles Kochen/);
    assert.equal((await office.post(`/admin/${slug}/veranstaltungen/${e!.id}/status`, { status: "published" })).statusCode, 303);
    const toPartner = await rows<{ subject: string }>(t.db, sql`SELECT subject FROM mail_outbox WHERE "to" = 'info@kulturverein.example' ORDER BY created_at`);
    assert.deepEqual(
      toPartner.map((m) => m.subject),
      ["Ihr Vorschlag ist eingegangen: Interkulturelles Kochen", "Veröffentlicht: Interkulturelles Kochen"],
    );
    assert.equal((await c.get(`/${slug}/de/veranstaltungen/interkulturelles-kochen`)).statusCode, 200);
  });

  test("bots are refused: a filled honeypot, a form sent at once, a forged challenge; errors keep the input, nothing is saved", async () => {
    const before = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM ev_event`);
    const c = new Client(t.app);
    const guard = await openForm(c, false);
    const fast = await c.post(`/${slug}/de/veranstaltungen/vorschlagen`, { ...proposal({ title: "Spam 1" }), ...guard });
    assert.equal(fast.statusCode, 422);
    assert.match(fast.body, /Das ging sehr schnell/);
    assert.match(fast.body, /value="Spam 1"/);
    await new Promise((r) => setTimeout(r, 3100));
    assert.equal((await c.post(`/${slug}/de/veranstaltungen/vorschlagen`, { ...proposal({ title: "Spam 2" }), ...guard, website: "http://x.example" })).statusCode, 422);
    assert.equal((await c.post(`/${slug}/de/veranstaltungen/vorschlagen`, { ...proposal({ title: "Spam 3" }), ...guard, altcha: "e30=" })).statusCode, 422);
    // A person without JavaScript who forgot a field: told at the field, input kept.
    const missing = await c.post(`/${slug}/de/veranstaltungen/vorschlagen`, { ...proposal({ title: "", consent: "" }), ...guard });
    assert.equal(missing.statusCode, 422);
    assert.match(missing.body, /Ohne Ihr Einverständnis können wir Ihnen zu diesem Vorschlag nicht antworten/);
    assert.match(missing.body, /value="info@kulturverein.example"/);
    // A date that has passed, and an end before the start: both told at once.
    const past = await c.post(`/${slug}/de/veranstaltungen/vorschlagen`, { ...proposal({ startDate: "2020-01-05" }), ...guard });
    assert.equal(past.statusCode, 422);
    assert.match(past.body, /Datum: Das Datum liegt in der Vergangenheit/);
    const backwards = await c.post(`/${slug}/de/veranstaltungen/vorschlagen`, { ...proposal({ title: "", endTime: "16:00" }), ...guard });
    assert.match(backwards.body, /Titel: Bitte füllen Sie dieses Feld aus/);
    assert.match(backwards.body, /Ende: Das Ende muss nach dem Beginn liegen/);
    const after = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM ev_event`);
    assert.equal(after[0]!.n, before[0]!.n);
  });
});

describe("a programme and its PDF", () => {
  let t: TestApp;
  let slug: string;
  let office: Client;
  const visitor = () => new Client(t.app);
  const first = weekdayAhead(2, 1);
  const last = weekdayAhead(2, 6);

  before(async () => {
    t = await createTestApp();
    const a = await buildTenant(t.db);
    slug = a.slug;
    office = await signedIn(t, (await buildUser(t.db, { tenantId: a.id, role: "staff" })).id);
    assert.equal((await office.post(`/admin/${slug}/veranstaltungen/programme`, { title: "Interkulturelle Woche", startsOn: first, endsOn: last, description: "Begegnung in der ganzen Stadt." })).statusCode, 303);
    const page = await office.get(`/admin/${slug}/veranstaltungen/neu`);
    const programmeId = /<option value="([0-9a-f-]{36})"/.exec(page.body)![1]!;
    for (const [title, date, time] of [
      ["Eröffnung mit Musik", first, "17:00"],
      ["Kochen aus 12 Ländern", weekdayAhead(2, 2), "18:30"],
    ] as const) {
      const res = await office.post(`/admin/${slug}/veranstaltungen/neu`, { title, startDate: date, startTime: time, endTime: "21:00", venue: "Pumpwerk", city: "Wilhelmshaven", organiser: "Kulturverein", programmeId, repeat: "none", languages: "de, ar" });
      assert.equal(res.statusCode, 303);
      await office.post(`${String(res.headers.location)}/status`, { status: "published" });
    }
  });
  after(() => t.close());

  test("the programme page lists its events, and links its PDF and feed", async () => {
    const res = await visitor().get(`/${slug}/de/veranstaltungen/programm/interkulturelle-woche`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Eröffnung mit Musik/);
    assert.match(res.body, /Kochen aus 12 Ländern/);
    assert.match(res.body, /href="[^"]+\/programm\/interkulturelle-woche\.pdf"/);
    const feed = await visitor().get(`/${slug}/de/veranstaltungen.ics?programme=interkulturelle-woche`);
    assert.equal(new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents("vevent").length, 2);
  });

  for (const lang of ["de", "ar"] as const) {
    test(`the PDF in ${lang}: a table of contents by day, each event under its day with its time`, async (ctx) => {
      const res = await visitor().get(`/${slug}/${lang}/veranstaltungen/programm/interkulturelle-woche.pdf`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers["content-type"], "application/pdf");
      assert.equal(res.rawPayload.subarray(0, 5).toString(), "%PDF-");
      if (withoutPoppler(ctx)) return;
      // Without bidi controls, and with the spaces pdftotext puts between joined Arabic letters taken out.
      const text = poppler("pdftotext", [], res.rawPayload)
        .replace(/[\u2066-\u2069\u200e\u200f\u202a-\u202e]/g, "")
        .replace(/(?<=[\u0600-\u06ff])\s+(?=[\u0600-\u06ff])/g, "");
      assert.match(text, /Interkulturelle Woche/);
      assert.match(text, /Eröffnung mit Musik/);
      assert.match(text, /Kochen aus 12 Ländern/);
      if (lang === "de") {
        assert.match(text, /17:00–21:00/);
        assert.match(text, /18:30–21:00/);
      } else {
        // The hours on the 24-hour clock, as in German (Arabic's default would be 05:00 م); the titles are German, marked so.
        for (const h of ["17:00", "18:30", "21:00"]) assert.match(text, new RegExp(h));
        assert.doesNotMatch(text, /05:00/);
        assert.match(text, /\(Deutsch\) Eröffnung mit Musik/);
      }
      assert.match(text, lang === "de" ? /Inhalt/ : /المحتويات/);
      // Each title appears twice: in the table of contents and as its heading.
      assert.equal(text.match(/Kochen aus 12 Ländern/g)?.length, 2);
    });
  }
});
