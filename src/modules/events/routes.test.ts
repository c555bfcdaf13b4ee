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
import { sql } from "drizzle-orm";
import { rows } from "../../core/db/index.ts";
import { wallOf } from "../../core/time.ts";
import { buildTenant, buildUser, createTestApp, signedIn, Client, type TestApp } from "../../../test/helpers.ts";

/** A date some weeks ahead, so the event is in the future whenever the test runs; always a Tuesday. */
function tuesdayAhead(weeks: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 7 * weeks + ((2 - d.getUTCDay() + 7) % 7));
  return d.toISOString().slice(0, 10);
}

describe("Veranstaltungen over HTTP", () => {
  let t: TestApp;
  let slug: string;
  let otherSlug: string;
  let office: Client;
  let foreign: Client;
  let visitor: Client;
  let eventId: string;
  const start = tuesdayAhead(3);

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

  test("the office creates a weekly event and publishes it; the public page, feed and JSON-LD show it", async () => {
    const created = await office.post(`/admin/${slug}/veranstaltungen/neu`, form());
    assert.equal(created.statusCode, 303);
    eventId = String(created.headers.location).split("/").pop()!;
    // A draft is not public.
    assert.equal((await visitor.get(`/${slug}/de/veranstaltungen/sprachcafe-im-pumpwerk`)).statusCode, 404);
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
