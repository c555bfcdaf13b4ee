/**
 * The events' domain rules against a real database (PGlite, or the
 * PostgreSQL server with TEST_DATABASE_URL): no overbooking under parallel
 * registration, waitlist move-up with its mail, the workflow, single
 * occurrences, retention with the counts kept, and tenant isolation.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { rows } from "../../core/db/index.ts";
import { systemActor } from "../../core/audit.ts";
import { parseWith } from "../../core/http.ts";
import { invalidateTenantCache } from "../../core/tenancy.ts";
import { instantOf } from "../../core/time.ts";
import { buildTenant, createTestDatabase, type TestDatabase } from "../../../test/helpers.ts";
import type { TenantRef } from "../../web/context.ts";
import {
  cancelRegistration,
  changeOccurrence,
  eraseExpiredRegistrations,
  eventCounts,
  getEvent,
  inclusionOf,
  interestsOf,
  publicEvent,
  publicOccurrences,
  duplicateEvent,
  register,
  registrationsOf,
  saveEvent,
  saveEventTranslation,
  sendReminders,
  setCheckIn,
  saveProgramme,
  setStatus,
  signUpInterest,
  withdrawInterest,
  type Scope,
} from "./service.ts";
import { EventInput, InterestInput, ProgrammeInput, RegistrationInput } from "./validation.ts";

let d: TestDatabase;
let tenant: TenantRef;
let other: TenantRef;
const BASE = "http://localhost:3000";
const ref = (t: Awaited<ReturnType<typeof buildTenant>>): TenantRef => ({ id: t.id, slug: t.slug, name: t.name, kind: t.kind, parentId: t.parentId, state: t.state, intro: t.intro });
const scope = (t: TenantRef): Scope => ({ tenant: t, actor: systemActor("test") });
const mails = (to: string) => rows<{ subject: string; text: string }>(d.db, sql`SELECT subject, text FROM mail_outbox WHERE "to" = ${to} ORDER BY created_at, id`);
const NOW = new Date("2026-10-01T08:00:00Z");

before(async () => {
  d = await createTestDatabase();
  tenant = ref(await buildTenant(d.db));
  other = ref(await buildTenant(d.db));
  invalidateTenantCache();
});
after(() => d.close());

async function buildEvent(t: TenantRef, over: Record<string, string | string[]> = {}, status: "published" | "draft" = "published") {
  const input = parseWith(EventInput, { title: "Dialog: Frauen in Wilhelmshaven", organiser: "Migrationsbüro", startDate: "2026-10-20", startTime: "18:00", endTime: "20:00", venue: "Pumpwerk", city: "Wilhelmshaven", capacity: "10", ...over });
  const id = await saveEvent(d.db, scope(t), null, input);
  if (status === "published") await setStatus(d.db, scope(t), id, "published");
  return getEvent(d.db, t.id, id);
}
const person = (n: number, occurrence: Date) => parseWith(RegistrationInput, { occurrence: occurrence.toISOString(), name: `Person ${n}`, email: `p${n}@example.org`, consent: "on" });
const dayLater = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

describe("registration", () => {
  test("50 parallel registrations for the last 10 places: exactly 10 confirmed and 40 on the waitlist", async () => {
    const e = await buildEvent(tenant, { capacity: "12" });
    // Two places are gone already.
    for (const n of [1000, 1001]) await register(d.db, tenant, e.id, person(n, e.startsAt), "de", BASE, NOW);
    const results = await Promise.all(Array.from({ length: 50 }, (_, n) => register(d.db, tenant, e.id, person(n, e.startsAt), "de", BASE, NOW)));
    assert.equal(results.filter((r) => r.status === "confirmed").length, 10);
    assert.equal(results.filter((r) => r.status === "waitlisted").length, 40);
    const [counts] = await rows<{ confirmed: number; waitlisted: number }>(
      d.db,
      sql`SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted FROM ev_registration WHERE event_id = ${e.id}`,
    );
    assert.deepEqual(counts, { confirmed: 12, waitlisted: 40 });
    // Each person got the mail for their status, with a working cancellation link.
    const confirmed = results.findIndex((r) => r.status === "confirmed");
    const [mail] = await mails(`p${confirmed}@example.org`);
    assert.match(mail!.subject, /Anmeldung bestätigt/);
    assert.ok(mail!.text.includes(`/veranstaltungen/abmelden/${results[confirmed]!.token}`));
  });

  test("a cancelled place goes to the first on the waitlist, who is told; cancelling twice changes nothing", async () => {
    const e = await buildEvent(tenant, { capacity: "1" });
    await saveEventTranslation(d.db, scope(tenant), e.id, "ar", { title: "مقهى اللغة", description: "" });
    const first = await register(d.db, tenant, e.id, person(101, e.startsAt), "de", BASE, NOW);
    const second = await register(d.db, tenant, e.id, person(102, e.startsAt), "ar", BASE, NOW);
    // Told in Arabic with the event's Arabic title (the German one was used), and the time booked returned for the page.
    const [waitlisted] = await mails("p102@example.org");
    assert.match(waitlisted!.subject, /مقهى اللغة/);
    assert.equal(second.startsAt.getTime(), e.startsAt.getTime());
    const third = await register(d.db, tenant, e.id, person(103, e.startsAt), "de", BASE, NOW);
    assert.deepEqual([first.status, second.status, third.status], ["confirmed", "waitlisted", "waitlisted"]);
    const result = await cancelRegistration(d.db, first.token);
    assert.deepEqual(result, { cancelled: true, movedUp: second.id });
    const list = await registrationsOf(d.db, tenant.id, e.id);
    assert.deepEqual(Object.fromEntries(list.map((r) => [r.name, r.status])), { "Person 101": "cancelled", "Person 102": "confirmed", "Person 103": "waitlisted" });
    // Person 2 registered in Arabic and is told in Arabic.
    const told = await mails("p102@example.org");
    assert.equal(told.length, 2);
    assert.match(told[1]!.text, /[\u0600-\u06FF]/);
    assert.deepEqual(await cancelRegistration(d.db, first.token), { cancelled: false, movedUp: null });
    // A waitlisted person who cancels frees no place.
    assert.deepEqual(await cancelRegistration(d.db, third.token), { cancelled: true, movedUp: null });
  });

  test("the same address twice, a past occurrence, a cancelled one, a draft event and one without registration are refused", async () => {
    const e = await buildEvent(tenant, { repeat: "weekly", count: "3" });
    await register(d.db, tenant, e.id, person(7, e.startsAt), "de", BASE, NOW);
    await assert.rejects(register(d.db, tenant, e.id, person(7, e.startsAt), "de", BASE, NOW), (err: { fields?: { key: string }[] }) => err.fields?.[0]?.key === "events.validation.already");
    await assert.rejects(register(d.db, tenant, e.id, person(8, e.startsAt), "de", BASE, new Date("2026-10-21T00:00:00Z")), (err: { fields?: { key: string }[] }) => err.fields?.[0]?.key === "events.validation.past");
    await assert.rejects(register(d.db, tenant, e.id, person(8, new Date(e.startsAt.getTime() + 3_600_000)), "de", BASE, NOW), (err: { fields?: { key: string }[] }) => err.fields?.[0]?.key === "events.validation.occurrence");
    // Summer time ends on 25 October: the next Tuesday's 18:00 is 169 hours later.
    const second = instantOf("2026-10-27", 18 * 60);
    await changeOccurrence(d.db, scope(tenant), e.id, second, { action: "cancel" });
    await assert.rejects(register(d.db, tenant, e.id, person(8, second), "de", BASE, NOW), (err: { fields?: { key: string }[] }) => err.fields?.[0]?.key === "events.validation.occurrenceCancelled");
    const draft = await buildEvent(tenant, {}, "draft");
    await assert.rejects(register(d.db, tenant, draft.id, person(8, draft.startsAt), "de", BASE, NOW), /event/);
    const open = await buildEvent(tenant, { capacity: "" });
    await assert.rejects(register(d.db, tenant, open.id, person(8, open.startsAt), "de", BASE, NOW), (err: { fields?: { key: string }[] }) => err.fields?.[0]?.key === "events.validation.noRegistration");
    // Each occurrence has its own places.
    const third = instantOf("2026-11-03", 18 * 60);
    assert.equal((await register(d.db, tenant, e.id, person(7, third), "de", BASE, NOW)).status, "confirmed");
  });

  test("another tenant's staff see none of the registrations, and cannot register for a draft through the other tenant", async () => {
    const e = await buildEvent(tenant);
    await register(d.db, tenant, e.id, person(20, e.startsAt), "de", BASE, NOW);
    assert.equal((await registrationsOf(d.db, tenant.id, e.id)).length, 1);
    assert.deepEqual(await registrationsOf(d.db, other.id, e.id), []);
    await assert.rejects(register(d.db, other, e.id, person(21, e.startsAt), "de", BASE, NOW), /event/);
    await assert.rejects(getEvent(d.db, other.id, e.id), /event/);
  });
});

describe("workflow and calendar", () => {
  test("only published and cancelled events are public; cancelling tells everyone registered", async () => {
    const e = await buildEvent(tenant, { title: "Weltflüchtlingstag", startDate: "2026-10-22", categories: "celebration" }, "draft");
    const window = { from: new Date("2026-10-01T00:00:00Z"), to: new Date("2026-11-01T00:00:00Z") };
    const titles = async () => (await publicOccurrences(d.db, tenant, "de", window)).filter((o) => o.event.id === e.id).map((o) => o.event.status);
    assert.deepEqual(await titles(), []);
    await setStatus(d.db, scope(tenant), e.id, "review");
    assert.deepEqual(await titles(), []);
    await setStatus(d.db, scope(tenant), e.id, "published");
    assert.deepEqual(await titles(), ["published"]);
    await register(d.db, tenant, e.id, person(30, e.startsAt), "de", BASE, NOW);
    await assert.rejects(setStatus(d.db, scope(tenant), e.id, "review"), /status/);
    await setStatus(d.db, scope(tenant), e.id, "cancelled", { reason: "Unwetterwarnung", now: NOW });
    assert.deepEqual(await titles(), ["cancelled"]);
    const told = await mails("p30@example.org");
    assert.match(told.at(-1)!.subject, /^Abgesagt: Weltflüchtlingstag$/);
    assert.match(told.at(-1)!.text, /Unwetterwarnung/);
    // Another municipality does not see it.
    assert.deepEqual((await publicOccurrences(d.db, other, "de", window)).filter((o) => o.event.id === e.id), []);
  });

  test("filters: category, language and programme", async () => {
    const programmeId = await saveProgramme(d.db, scope(tenant), null, parseWith(ProgrammeInput, { title: "Interkulturelle Woche 2026", startsOn: "2026-09-18", endsOn: "2026-11-24" }));
    const a = await buildEvent(tenant, { title: "Kochabend", startDate: "2026-09-25", categories: "culture", languages: "de, ar", programmeId });
    const b = await buildEvent(tenant, { title: "Infoabend Arbeit", startDate: "2026-09-26", categories: "information", languages: "de" });
    const window = { from: new Date("2026-09-20T00:00:00Z"), to: new Date("2026-09-30T00:00:00Z") };
    const ids = async (f: object) => (await publicOccurrences(d.db, tenant, "de", { ...window, ...f })).map((o) => o.event.id).filter((id) => id === a.id || id === b.id);
    assert.deepEqual(await ids({}), [a.id, b.id]);
    assert.deepEqual(await ids({ category: "information" }), [b.id]);
    assert.deepEqual(await ids({ language: "ar" }), [a.id]);
    assert.deepEqual(await ids({ programme: "interkulturelle-woche-2026" }), [a.id]);
  });

  test("a moved occurrence keeps its registrations and shows at its new time; the event page lists places left", async () => {
    const e = await buildEvent(tenant, { title: "Sprachcafé", startDate: "2026-11-03", repeat: "weekly", count: "4", capacity: "5" });
    const second = dayLater(e.startsAt, 7);
    await register(d.db, tenant, e.id, person(40, second), "de", BASE, NOW);
    await changeOccurrence(d.db, scope(tenant), e.id, second, { action: "move", startsAt: instantOf("2026-11-12", 17 * 60), endsAt: instantOf("2026-11-12", 19 * 60) });
    const page = await publicEvent(d.db, tenant, "de", e.slug, NOW);
    assert.deepEqual(
      page.next.map((o) => [o.startsAt.toISOString(), o.moved, o.left]),
      [
        ["2026-11-03T17:00:00.000Z", false, 5],
        ["2026-11-12T16:00:00.000Z", true, 4],
        ["2026-11-17T17:00:00.000Z", false, 5],
        ["2026-11-24T17:00:00.000Z", false, 5],
      ],
    );
    // An occurrence the rule does not give cannot be changed.
    await assert.rejects(changeOccurrence(d.db, scope(tenant), e.id, new Date(second.getTime() + 60_000), { action: "cancel" }), /occurrence/);
  });
});

describe("retention and counts", () => {
  test("registrations are erased after the retention days, their counts are kept for the report", async () => {
    const e = await buildEvent(tenant, { title: "Netzwerktreffen", startDate: "2026-10-28", capacity: "2", retentionDays: "10" });
    const r1 = await register(d.db, tenant, e.id, person(50, e.startsAt), "de", BASE, NOW);
    await register(d.db, tenant, e.id, person(51, e.startsAt), "de", BASE, NOW);
    await register(d.db, tenant, e.id, person(52, e.startsAt), "de", BASE, NOW);
    await rows(d.db, sql`UPDATE ev_registration SET checked_in_at = now() WHERE id = ${r1.id}`);
    const before = await eventCounts(d.db, tenant.id, 2026);
    // Nine days after the end: kept.
    assert.equal(await eraseExpiredRegistrations(d.db, new Date("2026-11-06T18:00:00Z")), 0);
    // Eleven days after: erased, all three.
    assert.ok((await eraseExpiredRegistrations(d.db, new Date("2026-11-08T20:00:00Z"))) >= 3);
    assert.deepEqual(await registrationsOf(d.db, tenant.id, e.id), []);
    const [left] = await rows<{ n: number }>(d.db, sql`SELECT count(*)::int AS n FROM ev_registration WHERE email IN ('p50@example.org', 'p51@example.org', 'p52@example.org')`);
    assert.equal(left!.n, 0);
    const counts = await eventCounts(d.db, tenant.id, 2026);
    assert.deepEqual(counts.registrations, before.registrations);
    const [kept] = await rows<{ confirmed: number; waitlisted: number; attended: number }>(d.db, sql`SELECT confirmed, waitlisted, attended FROM ev_registration_count WHERE event_id = ${e.id}`);
    assert.deepEqual(kept, { confirmed: 2, waitlisted: 1, attended: 1 });
  });

  test("the year's counts: published events with occurrences in the year, cancelled ones apart, by category and programme", async () => {
    const t = ref(await buildTenant(d.db));
    invalidateTenantCache();
    const programmeId = await saveProgramme(d.db, scope(t), null, parseWith(ProgrammeInput, { title: "Jubiläum" }));
    await buildEvent(t, { title: "A", startDate: "2026-03-03", repeat: "weekly", count: "5", categories: ["culture", "dialogue"], programmeId });
    await buildEvent(t, { title: "B", startDate: "2026-12-29", repeat: "weekly", count: "3", categories: "culture" });
    const c = await buildEvent(t, { title: "C", startDate: "2026-05-05", categories: "network" });
    await setStatus(d.db, scope(t), c.id, "cancelled", { reason: "x" });
    await buildEvent(t, { title: "D", startDate: "2026-06-06" }, "draft");
    const counts = await eventCounts(d.db, t.id, 2026);
    // B: 29 December in 2026, the other two in 2027.
    assert.equal(counts.events, 2);
    assert.equal(counts.occurrences, 6);
    assert.equal(counts.cancelledEvents, 1);
    assert.deepEqual(counts.byCategory, [
      { category: "culture", events: 2 },
      { category: "dialogue", events: 1 },
      { category: "network", events: 1 },
    ]);
    assert.deepEqual(counts.byProgramme, [{ programme: "Jubiläum", events: 1, occurrences: 5, confirmed: 0, attended: 0 }]);
    assert.deepEqual(
      counts.byEvent.map((e) => [e.title, e.programme, e.occurrences]),
      [...counts.byEvent].sort((a, b) => (a.programme ?? "").localeCompare(b.programme ?? "", "de") || a.title.localeCompare(b.title, "de")).map((e) => [e.title, e.programme, e.occurrences]),
    );
    assert.equal(counts.byEvent.reduce((n, e) => n + (e.status === "published" ? e.occurrences : 0), 0), counts.occurrences, "the events add up to the total");
  });
});

describe("interest sign-up", () => {
  const interest = (n: number, over: Record<string, string> = {}) => parseWith(InterestInput, { name: `Interessierte ${n}`, email: `i${n}@example.org`, consent: "on", ...over });

  test("contact data for the office; the self-description only as counts, never next to a person", async () => {
    const e = await buildEvent(tenant, { title: "Dialog Weltoffene Kommune", startDate: "2026-11-14", capacity: "", interest: "on" });
    await signUpInterest(d.db, tenant, e.id, interest(1, { gender: "female", background: "own", languages: "ar, de" }), "ar", BASE, NOW);
    await signUpInterest(d.db, tenant, e.id, interest(2, { gender: "female", languages: "fa" }), "de", BASE, NOW);
    const third = await signUpInterest(d.db, tenant, e.id, interest(3), "de", BASE, NOW);
    await assert.rejects(signUpInterest(d.db, tenant, e.id, interest(3), "de", BASE, NOW), (err: { fields?: { key: string }[] }) => err.fields?.[0]?.key === "events.validation.alreadyInterested");
    assert.deepEqual(
      (await interestsOf(d.db, tenant.id, e.id)).map((i) => i.name),
      ["Interessierte 1", "Interessierte 2", "Interessierte 3"],
    );
    const stats = await inclusionOf(d.db, tenant.id, e.id);
    assert.deepEqual(Object.fromEntries(stats), {
      all: [{ value: "all", n: 3 }],
      background: [{ value: "own", n: 1 }],
      gender: [{ value: "female", n: 2 }],
      language: [
        { value: "ar", n: 1 },
        { value: "de", n: 1 },
        { value: "fa", n: 1 },
      ],
    });
    // No column of the person's row holds what they said about themselves.
    const [row] = await rows<Record<string, unknown>>(d.db, sql`SELECT * FROM ev_interest WHERE email = 'i1@example.org'`);
    assert.deepEqual(Object.keys(row!).sort(), ["consent_at", "created_at", "email", "event_id", "id", "lang", "name", "phone", "tenant_id", "token_hash"]);
    assert.ok(!JSON.stringify(row).includes("female"));
    // Another tenant sees neither the people nor the counts.
    assert.deepEqual(await interestsOf(d.db, other.id, e.id), []);
    assert.equal((await inclusionOf(d.db, other.id, e.id)).size, 0);
    // Withdrawing deletes the contact data at once; the counts stay.
    const [mail] = await mails("i3@example.org");
    assert.ok(mail!.text.includes(third.token));
    assert.equal(await withdrawInterest(d.db, third.token), true);
    assert.equal(await withdrawInterest(d.db, third.token), false);
    assert.equal((await interestsOf(d.db, tenant.id, e.id)).length, 2);
    assert.equal((await inclusionOf(d.db, tenant.id, e.id)).get("all")?.[0]?.n, 3);
    // The retention days after the event, the rest goes too.
    await eraseExpiredRegistrations(d.db, new Date("2026-12-20T00:00:00Z"));
    assert.deepEqual(await interestsOf(d.db, tenant.id, e.id), []);
    assert.equal((await inclusionOf(d.db, tenant.id, e.id)).get("gender")?.[0]?.n, 2);
  });

  test("an interest sign-up has no places and no series; a registration event takes none", async () => {
    assert.throws(() => parseWith(EventInput, { title: "x", organiser: "x", venue: "x", startDate: "2026-11-14", startTime: "10:00", endTime: "12:00", interest: "on", capacity: "20" }), (err: { fields?: { field: string; key: string }[] }) => err.fields?.[0]?.key === "events.validation.interestOrCapacity");
    assert.throws(() => parseWith(EventInput, { title: "x", organiser: "x", venue: "x", startDate: "2026-11-14", startTime: "10:00", endTime: "12:00", interest: "on", repeat: "weekly" }), (err: { fields?: { field: string; key: string }[] }) => err.fields?.[0]?.key === "events.validation.interestSingle");
    const e = await buildEvent(tenant, { title: "Kurs", capacity: "5" });
    await assert.rejects(signUpInterest(d.db, tenant, e.id, interest(9), "de", BASE, NOW), (err: { fields?: { key: string }[] }) => err.fields?.[0]?.key === "events.validation.noRegistration");
  });
});

describe("reminders, check-in and copies", () => {
  const hour = 3_600_000;

  test("a reminder once, a day before the occurrence as moved, in the registrant's language; none for a cancelled occurrence or a fresh registration", async () => {
    const e = await buildEvent(tenant, { title: "Elterncafé", startDate: "2026-11-03", repeat: "weekly", count: "3", capacity: "5" });
    const [first, second, third] = [0, 1, 2].map((w) => new Date(e.startsAt.getTime() + w * 7 * 24 * hour)) as [Date, Date, Date];
    const early = new Date(first.getTime() - 5 * 24 * hour);
    await register(d.db, tenant, e.id, parseWith(RegistrationInput, { occurrence: first.toISOString(), name: "Amina", email: "amina@example.org", consent: "on" }), "ar", BASE, early);
    await register(d.db, tenant, e.id, parseWith(RegistrationInput, { occurrence: second.toISOString(), name: "Jonas", email: "jonas@example.org", consent: "on" }), "de", BASE, early);
    await register(d.db, tenant, e.id, parseWith(RegistrationInput, { occurrence: third.toISOString(), name: "Olena", email: "olena@example.org", consent: "on" }), "uk", BASE, early);
    // They registered five days ahead.
    await d.db.execute(sql`UPDATE ev_registration SET created_at = ${early} WHERE event_id = ${e.id}`);
    // The second occurrence moves a day later; the third is cancelled.
    const moved = new Date(second.getTime() + 24 * hour);
    await changeOccurrence(d.db, scope(tenant), e.id, second, { action: "move", startsAt: moved, endsAt: new Date(moved.getTime() + 2 * hour) });
    await changeOccurrence(d.db, scope(tenant), e.id, third, { action: "cancel" });
    // Too early for anyone; then 20 hours before the first.
    assert.equal(await sendReminders(d.db, BASE, new Date(first.getTime() - 30 * hour)), 0);
    assert.equal(await sendReminders(d.db, BASE, new Date(first.getTime() - 20 * hour)), 1);
    assert.equal(await sendReminders(d.db, BASE, new Date(first.getTime() - 19 * hour)), 0, "once only");
    const [reminder] = (await mails("amina@example.org")).filter((m) => m.subject.includes("Elterncafé") && m.text.includes("/veranstaltungen/elterncafe"));
    assert.ok(reminder, "the reminder links the event page");
    assert.notEqual(reminder!.subject, (await mails("amina@example.org"))[0]!.subject, "a reminder, not the confirmation");
    assert.match(reminder!.subject, /[\u0600-\u06FF]/, "in Arabic");
    // The moved occurrence: not at its original time, but before its new one.
    assert.equal(await sendReminders(d.db, BASE, new Date(second.getTime() - 20 * hour)), 0);
    assert.equal(await sendReminders(d.db, BASE, new Date(moved.getTime() - 20 * hour)), 1);
    assert.equal(await sendReminders(d.db, BASE, new Date(third.getTime() - 20 * hour)), 0, "cancelled occurrence");
    // Someone who registers 10 hours before has just had the confirmation.
    const late = await register(d.db, tenant, e.id, parseWith(RegistrationInput, { occurrence: first.toISOString(), name: "Spät", email: "late@example.org", consent: "on" }), "de", BASE, new Date(first.getTime() - 10 * hour));
    await d.db.execute(sql`UPDATE ev_registration SET created_at = ${new Date(first.getTime() - 10 * hour)} WHERE id = ${late.id}`);
    assert.equal(await sendReminders(d.db, BASE, new Date(first.getTime() - 9 * hour)), 0);
  });

  test("check-in at the door: present and undone, counted after erasure; a cancelled registration cannot be checked in; not across tenants", async () => {
    const e = await buildEvent(tenant, { title: "Info-Abend Einbürgerung", startDate: "2026-10-22", capacity: "1" });
    const a = await register(d.db, tenant, e.id, person(101, e.startsAt), "de", BASE, NOW);
    const b = await register(d.db, tenant, e.id, person(102, e.startsAt), "de", BASE, NOW);
    assert.equal(b.status, "waitlisted");
    await setCheckIn(d.db, scope(tenant), e.id, a.id, true);
    await setCheckIn(d.db, scope(tenant), e.id, b.id, true); // a place was free on the day
    await setCheckIn(d.db, scope(tenant), e.id, b.id, false);
    const list = await registrationsOf(d.db, tenant.id, e.id);
    assert.deepEqual(list.map((r) => [r.name, r.checkedInAt !== null]), [["Person 101", true], ["Person 102", false]]);
    await assert.rejects(setCheckIn(d.db, scope(other), e.id, a.id, false), (err: { status?: number }) => err.status === 404);
    await cancelRegistration(d.db, b.token);
    await assert.rejects(setCheckIn(d.db, scope(tenant), e.id, b.id, true), (err: { fields?: { key: string }[] }) => err.fields?.[0]?.key === "events.validation.checkInCancelled");
    await eraseExpiredRegistrations(d.db, new Date("2027-01-01T00:00:00Z"));
    const [kept] = await rows<{ attended: number; confirmed: number }>(d.db, sql`SELECT attended, confirmed FROM ev_registration_count WHERE event_id = ${e.id}`);
    assert.deepEqual({ ...kept }, { attended: 1, confirmed: 1 });
  });

  test("a copy is a new draft with the texts and translations, without registrations, exceptions or changes", async () => {
    const e = await buildEvent(tenant, { title: "Interkulturelles Fest", startDate: "2026-10-24", repeat: "weekly", count: "3", exceptions: "2026-10-31", capacity: "30" });
    await saveEventTranslation(d.db, scope(tenant), e.id, "ar", { title: "مهرجان الثقافات", description: "" });
    await register(d.db, tenant, e.id, person(201, e.startsAt), "de", BASE, NOW);
    const id = await duplicateEvent(d.db, scope(tenant), e.id);
    const copy = await getEvent(d.db, tenant.id, id);
    assert.equal(copy.status, "draft");
    assert.equal(copy.title, e.title);
    assert.notEqual(copy.slug, e.slug);
    assert.equal(copy.rrule, e.rrule);
    assert.equal(copy.capacity, 30);
    assert.deepEqual(copy.exdates, []);
    assert.equal((await registrationsOf(d.db, tenant.id, id)).length, 0);
    const [tr] = await rows<{ text: string }>(d.db, sql`SELECT text FROM content_translation WHERE entity = 'ev_event' AND entity_id = ${id} AND lang = 'ar' AND field = 'title'`);
    assert.equal(tr?.text, "مهرجان الثقافات");
    await assert.rejects(duplicateEvent(d.db, scope(other), e.id), (err: { status?: number }) => err.status === 404);
  });
});
