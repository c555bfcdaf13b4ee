/**
 * The mediator's iCal feed, read back with ical.js (a real RFC 5545 parser):
 * events, DST-correct instants, cancellations kept as STATUS:CANCELLED, and
 * that nobody sees another mediator's jobs. PGlite, or PostgreSQL with TEST_DATABASE_URL.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import ICAL from "ical.js";
import { systemActor } from "../../core/audit.ts";
import { buildTenant, createTestDatabase, type TestDatabase } from "../../../test/helpers.ts";
import type { TenantRef } from "../../web/context.ts";
import { mediatorCalendar } from "./calendar.ts";
import { answerOffer, cancel, decide, getMediator, getRequest, sendOffers, type RequestDetail } from "./service.ts";
import { buildMediator, buildOffice, buildRequest, buildRequester, officeScope } from "./test-factories.ts";
import { instantOf } from "../../core/time.ts";

const BASE = "https://teilhabe.example.org";
/** Requests are entered long before their appointments; the feed is read on FEED_NOW. */
const ENTERED = new Date("2025-10-01T08:00:00Z");
const FEED_NOW = new Date("2026-03-20T12:00:00Z");

let d: TestDatabase;
let tenant: TenantRef;
let requester: string;

const ref = (t: Awaited<ReturnType<typeof buildTenant>>): TenantRef => ({ id: t.id, slug: t.slug, name: t.name, kind: t.kind, parentId: t.parentId, state: t.state, intro: t.intro });

/** A request accepted by `mediatorId`: submitted, approved, offered, accepted. */
async function booked(t: TenantRef, requesterId: string, mediatorId: string, startsAt: Date, over: Record<string, unknown> = {}): Promise<RequestDetail> {
  const created = await buildRequest(d.db, t, requesterId, startsAt, over, ENTERED);
  await decide(d.db, officeScope(t), created.id, { decision: "approve", reason: "" });
  const [offer] = await sendOffers(d.db, officeScope(t), created.id, 0, [mediatorId], BASE);
  await answerOffer(d.db, t, offer!.offerId, mediatorId, { accept: true }, systemActor("test"));
  return getRequest(d.db, t.id, created.id);
}

interface Parsed {
  name: unknown;
  timezone: unknown;
  events: { uid: string; summary: string; start: Date; end: Date; status: unknown; location: unknown; description: string; url: unknown }[];
}

function parse(text: string): Parsed {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    name: root.getFirstPropertyValue("x-wr-calname"),
    timezone: root.getFirstPropertyValue("x-wr-timezone"),
    events: root.getAllSubcomponents("vevent").map((c) => {
      const e = new ICAL.Event(c);
      return {
        uid: e.uid,
        summary: e.summary,
        start: e.startDate.toJSDate(),
        end: e.endDate.toJSDate(),
        status: c.getFirstPropertyValue("status"),
        location: c.getFirstPropertyValue("location"),
        description: e.description,
        url: c.getFirstPropertyValue("url"),
      };
    }),
  };
}

before(async () => {
  d = await createTestDatabase();
  tenant = ref(await buildTenant(d.db));
  await buildOffice(d.db, tenant);
  requester = await buildRequester(d.db, tenant, { name: "Jugendamt" });
});
after(() => d.close());

describe("mediator calendar feed", () => {
  test("lists the mediator's own jobs with stable UIDs, place, contact and DST-correct times; cancelled ones stay as CANCELLED", async () => {
    const amira = await buildMediator(d.db, tenant, { name: "Amira Haddad" });
    const other = await buildMediator(d.db, tenant, { name: "Omar Other" });

    // Tuesdays 10:00 Berlin on both sides of the spring change (29 March 2026): 09:00Z in CET, 08:00Z in CEST.
    const winter = await booked(tenant, requester, amira, instantOf("2026-03-24", 600), { room: "Raum 2.14", contactName: "Frau Beispiel", contactPhone: "0441 123456", topic: "parent_talk" });
    const summer = await booked(tenant, requester, amira, instantOf("2026-03-31", 600), { mode: "phone", remoteDetails: "Einwahl 0441 999", minutes: "90", street: "", city: "", language: "tr" });
    const called = await booked(tenant, requester, amira, instantOf("2026-04-07", 600), { mode: "video", remoteDetails: "https://video.example.org/raum-7" });
    await cancel(d.db, tenant, called.id, "requester", "Familie verzogen", systemActor("test"), new Date("2026-04-01T08:00:00Z"));
    const recent = await booked(tenant, requester, amira, instantOf("2026-03-10", 600));
    const old = await booked(tenant, requester, amira, instantOf("2025-11-04", 600));
    const foreign = await booked(tenant, requester, other, instantOf("2026-03-24", 600));

    const { calendarToken } = await getMediator(d.db, tenant.id, amira);
    const text = await mediatorCalendar(d.db, tenant.id, calendarToken, BASE, FEED_NOW);
    assert.ok(text);
    const cal = parse(text);
    assert.equal(cal.name, "Sprachmittlung – Amira Haddad");
    assert.equal(cal.timezone, "Europe/Berlin");

    const uid = (r: RequestDetail) => `${r.jobs[0]!.id}@teilhabe`;
    assert.deepEqual(cal.events.map((e) => e.uid).sort(), [winter, summer, called, recent].map(uid).sort(), "the old job (over 90 days ago) and the other mediator's job are absent");
    assert.ok(!text.includes(foreign.reference) && !text.includes(old.reference));

    const byUid = new Map(cal.events.map((e) => [e.uid, e]));
    const w = byUid.get(uid(winter))!;
    assert.equal(w.start.toISOString(), "2026-03-24T09:00:00.000Z");
    assert.equal(w.end.toISOString(), "2026-03-24T10:00:00.000Z");
    assert.equal(w.summary, `Sprachmittlung Arabisch – ${winter.reference}`);
    assert.equal(w.location, "Rathausplatz 1, 26382 Wilhelmshaven, Raum 2.14");
    assert.equal(w.status, "CONFIRMED");
    assert.match(w.description, /Auftraggeber: Jugendamt/);
    assert.match(w.description, /Thema: Elterngespräch/);
    assert.match(w.description, /Frau Beispiel, 0441 123456/);
    assert.equal(w.url, `${BASE}/portal/${tenant.slug}/einsaetze`);

    const s = byUid.get(uid(summer))!;
    assert.equal(s.start.toISOString(), "2026-03-31T08:00:00.000Z", "after the change to summer time 10:00 is 08:00 UTC");
    assert.equal(s.end.toISOString(), "2026-03-31T09:30:00.000Z");
    assert.equal(s.summary, `Sprachmittlung Türkisch – ${summer.reference}`);
    assert.equal(s.location, "Telefon");
    assert.match(s.description, /Zugang: Einwahl 0441 999/);

    const c = byUid.get(uid(called))!;
    assert.equal(c.status, "CANCELLED");
    assert.equal(c.location, "Video");
    assert.match(c.summary, /^Abgesagt: /);
    assert.match(c.description, /Abgesagt: Familie verzogen/);

    const again = await mediatorCalendar(d.db, tenant.id, calendarToken, BASE, FEED_NOW);
    assert.deepEqual(parse(again!).events.map((e) => e.uid), cal.events.map((e) => e.uid), "UIDs are stable between downloads");
  });

  test("a wrong token, an empty one, or a token of another tenant's mediator gives null", async () => {
    const mine = await buildMediator(d.db, tenant, { name: "Eigene" });
    const t2 = ref(await buildTenant(d.db));
    await buildOffice(d.db, t2);
    const theirs = await buildMediator(d.db, t2, { name: "Fremde" });
    const { calendarToken: own } = await getMediator(d.db, tenant.id, mine);
    const { calendarToken: foreign } = await getMediator(d.db, t2.id, theirs);

    assert.equal(await mediatorCalendar(d.db, tenant.id, `${own}x`, BASE), null);
    assert.equal(await mediatorCalendar(d.db, tenant.id, "", BASE), null);
    assert.equal(await mediatorCalendar(d.db, tenant.id, foreign, BASE), null);
    const empty = await mediatorCalendar(d.db, t2.id, foreign, BASE);
    assert.ok(empty);
    assert.deepEqual(parse(empty).events, [], "a mediator without jobs gets a valid, empty calendar");
  });
});
