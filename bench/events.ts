/**
 * Benchmark of the Veranstaltungen's heavier operations on embedded PGlite
 * (in memory), each on a seeded instance:
 *
 *   node --import tsx bench/events.ts [--registrations 1000] [--events 200] [--runs 10]
 *
 * - register(): one person after the other for one occurrence (row lock,
 *   count, insert, mail queued), milliseconds per registration;
 * - sendReminders(): the reminder job with `--registrations` reminders due
 *   at once (one transaction, one mail each);
 * - renderAttendancePdf(): the attendance list with 30 and 150 rows;
 * - eventCounts(): the year's figures over `--events` published events,
 *   half of them weekly series.
 * Prints medians and maxima in milliseconds.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { systemActor } from "../src/core/audit.ts";
import { openDatabase, rows } from "../src/core/db/index.ts";
import { parseWith } from "../src/core/http.ts";
import type { TenantRef } from "../src/web/context.ts";
import { renderAttendancePdf, type AttendancePdfInput } from "../src/modules/events/attendance.ts";
import { eventCounts, register, saveEvent, sendReminders, setStatus } from "../src/modules/events/service.ts";
import { EventInput, RegistrationInput } from "../src/modules/events/validation.ts";

const { values: args } = parseArgs({
  options: {
    registrations: { type: "string", default: "1000" },
    events: { type: "string", default: "200" },
    runs: { type: "string", default: "10" },
  },
});
const REGISTRATIONS = Number(args.registrations);
const EVENTS = Number(args.events);
const RUNS = Number(args.runs);
const BASE = "http://localhost:3000";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

const database = await openDatabase({});
const { db } = database;
try {
  const [row] = await rows<{ id: string }>(db, sql`INSERT INTO tenant (slug, name, kind) VALUES ('bench', 'Stadt Bench', 'city') RETURNING id`);
  const tenant: TenantRef = { id: row!.id, slug: "bench", name: "Stadt Bench", kind: "city", parentId: null, state: "NI", intro: "" };
  const scope = { tenant, actor: systemActor("bench") };
  const year = new Date().getUTCFullYear() + 1;

  // register(), one after the other, for one occurrence with room for everybody.
  const input = parseWith(EventInput, { title: "Sprachcafé", organiser: "Migrationsbüro", startDate: `${year}-03-10`, startTime: "18:00", endTime: "20:00", venue: "Bibliothek", capacity: String(REGISTRATIONS) });
  const eventId = await saveEvent(db, scope, null, input);
  await setStatus(db, scope, eventId, "published");
  const registerTimes: number[] = [];
  const before = new Date(input.startsAt.getTime() - 5 * 86_400_000);
  for (let i = 0; i < REGISTRATIONS; i++) {
    const person = parseWith(RegistrationInput, { occurrence: input.startsAt.toISOString(), name: `Person ${i}`, email: `p${i}@example.org`, consent: "on" });
    registerTimes.push((await timed(() => register(db, tenant, eventId, person, i % 3 === 0 ? "ar" : "de", BASE, before)))[0]);
  }
  await db.execute(sql`UPDATE ev_registration SET created_at = ${before}`);

  // sendReminders() with all of them due at once.
  const [reminderMs, reminded] = await timed(() => sendReminders(db, BASE, new Date(input.startsAt.getTime() - 20 * 3_600_000)));
  if (reminded !== REGISTRATIONS) throw new Error(`reminded ${reminded}, expected ${REGISTRATIONS}`);

  // The attendance list.
  // A different title each run: the compiler must not answer from its cache of the last document.
  const list = (n: number, run = 0): AttendancePdfInput => ({
    lang: "de",
    dir: "ltr",
    title: `Sprachcafé ${run}`,
    when: "Dienstag, 10. März, 18:00–20:00",
    place: "Bibliothek",
    organiser: "Migrationsbüro",
    footer: "Teilnahmeliste · Stadt Bench",
    labels: { number: "Nr.", name: "Name", phone: "Telefon", answers: "Angaben", present: "Anwesend", signature: "Unterschrift", confirmed: "Bestätigt", waitlisted: "Warteliste", page: "Seite", totals: `${n} bestätigt` },
    confirmed: Array.from({ length: n }, (_, i) => ({ name: `Person ${i}`, phone: "0151 2345678", answers: i % 4 === 0 ? "Kinderbetreuung" : "", checkedIn: i % 5 === 0 })),
    waitlisted: [],
    blankRows: 5,
  });
  await renderAttendancePdf(list(30)); // the compiler and fonts load once
  const pdf: Record<number, number[]> = { 30: [], 150: [] };
  for (const n of [30, 150]) for (let r = 0; r < RUNS; r++) pdf[n]!.push((await timed(() => renderAttendancePdf(list(n, n * 1000 + r))))[0]);

  // eventCounts() over a year's events.
  for (let i = 0; i < EVENTS; i++) {
    const weekly = i % 2 === 0;
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + (i % 12)).padStart(2, "0");
    const id = await saveEvent(db, scope, null, parseWith(EventInput, { title: `Veranstaltung ${i}`, organiser: "Verein", startDate: `${year}-${month}-${day}`, startTime: "10:00", endTime: "12:00", venue: "Saal", categories: ["culture"], ...(weekly ? { repeat: "weekly", count: "10" } : {}) }));
    await setStatus(db, scope, id, "published");
  }
  const countTimes: number[] = [];
  for (let r = 0; r < RUNS; r++) countTimes.push((await timed(() => eventCounts(db, tenant.id, year)))[0]);

  console.log(`machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, Node ${process.version}, PGlite in memory, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`register(): ${REGISTRATIONS} one after the other, median ${fmt(median(registerTimes))} ms, max ${fmt(Math.max(...registerTimes))} ms`);
  console.log(`sendReminders(): ${REGISTRATIONS} due at once, ${fmt(reminderMs)} ms (${fmt(reminderMs / REGISTRATIONS)} ms per reminder)`);
  for (const n of [30, 150]) console.log(`renderAttendancePdf(): ${n} rows, median ${fmt(median(pdf[n]!))} ms, max ${fmt(Math.max(...pdf[n]!))} ms over ${RUNS} runs`);
  console.log(`eventCounts(): ${EVENTS + 1} events (half weekly series of 10), median ${fmt(median(countTimes))} ms, max ${fmt(Math.max(...countTimes))} ms over ${RUNS} runs`);
} finally {
  await database.close();
}
