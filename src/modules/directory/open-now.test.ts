/**
 * The "open now" search filter is SQL; the open status on the pages is
 * openState() in TypeScript. Both must agree for every office and instant:
 * random office hours (several slots, over midnight), exception days and
 * instants around holidays and clock changes, checked against the database.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { buildTenant, createTestDatabase, type TestDatabase } from "../../../test/helpers.ts";
import { normaliseWeekly, openState } from "./opening-hours.ts";
import { searchServices } from "./search.ts";
import { buildEntry } from "./test-factories.ts";
import type { ExceptionDay, WeeklySlot } from "./model.ts";

let d: TestDatabase;
let tenantSlug: string;
let tenantId: string;

before(async () => {
  d = await createTestDatabase();
  const t = await buildTenant(d.db);
  tenantSlug = t.slug;
  tenantId = t.id;
});
after(() => d.close());

const DAYS = ["2026-03-28", "2026-03-29", "2026-04-03", "2026-04-06", "2026-10-25", "2026-10-31", "2026-12-24", "2026-12-25", "2026-11-23"];
const minute = fc.integer({ min: 0, max: 96 }).map((q) => q * 15);

test("the SQL open-now filter agrees with openState()", async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.record({ weekday: fc.integer({ min: 1, max: 7 }), opens: minute, closes: minute }), { maxLength: 5 }),
      fc.array(fc.record({ day: fc.constantFrom(...DAYS), hours: fc.option(fc.tuple(minute, minute), { nil: null }) }), { maxLength: 2 }),
      fc.boolean(),
      fc.constantFrom(...DAYS),
      fc.integer({ min: -120, max: 24 * 60 + 120 }),
      async (entered, rawExceptions, temporarilyClosed, day, offsetMinutes) => {
        const { stored, errors } = normaliseWeekly(entered as WeeklySlot[]);
        fc.pre(errors.length === 0);
        const exceptions: ExceptionDay[] = [];
        for (const e of rawExceptions) {
          if (exceptions.some((x) => x.day === e.day)) continue;
          if (e.hours && e.hours[1] <= e.hours[0]) continue;
          exceptions.push({ day: e.day, opens: e.hours?.[0] ?? null, closes: e.hours?.[1] ?? null });
        }
        const { id } = await buildEntry(d.db, tenantSlug, { name: `Büro ${++n}`, temporarilyClosed }, { weekly: stored, exceptions });
        const at = new Date(Date.parse(`${day}T00:00:00+01:00`) + offsetMinutes * 60_000);
        const expected = openState({ weekly: stored, exceptions, appointmentOnly: false, temporarilyClosed }, at, "NI").open;
        const found = await searchServices(d.db, [tenantId], "de", { openNow: true, perPage: 1000 }, at);
        const actual = found.items.some((v) => v.id === id);
        assert.equal(actual, expected, `${at.toISOString()} weekly=${JSON.stringify(stored)} exceptions=${JSON.stringify(exceptions)} closed=${temporarilyClosed}`);
      },
    ),
    { numRuns: 150 },
  );
});
