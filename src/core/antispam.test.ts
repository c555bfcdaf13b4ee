/**
 * The spam guard of public forms: a real ALTCHA challenge solved as the
 * browser island solves it, a forged or foreign one refused, the honeypot,
 * the render time and the throttle per address.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { checkForm, countForm, FORMS_PER_WINDOW, guardForm, HONEYPOT_FIELD } from "./antispam.ts";
import { createTestDatabase, type TestDatabase } from "../../test/helpers.ts";

let d: TestDatabase;
before(async () => {
  d = await createTestDatabase();
});
after(() => d.close());

const SECRET = "test-secret";
const later = (ms: number) => new Date(Date.now() + ms);

async function solved(purpose: string): Promise<{ stamp: string; altcha: string }> {
  const guard = await guardForm(SECRET, purpose);
  const challenge = JSON.parse(guard.challenge) as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  assert.ok(solution, "the challenge is solvable");
  return { stamp: guard.stamp, altcha: Buffer.from(JSON.stringify({ challenge, solution })).toString("base64") };
}

describe("form guard", () => {
  test("a solved challenge passes; the same form with a wrong solution, for another purpose or with a forged stamp does not", async () => {
    const s = await solved("events.submit");
    assert.deepEqual(await checkForm(d.db, SECRET, "events.submit", { _stamp: s.stamp, altcha: s.altcha }, "10.0.0.1", later(5000)), { ok: true, solved: true });
    const payload = JSON.parse(Buffer.from(s.altcha, "base64").toString()) as { challenge: Challenge; solution: { counter: number; derivedKey: string } };
    const key = payload.solution.derivedKey;
    const wrong = Buffer.from(JSON.stringify({ ...payload, solution: { ...payload.solution, derivedKey: (key[0] === "0" ? "1" : "0") + key.slice(1) } })).toString("base64");
    assert.deepEqual(await checkForm(d.db, SECRET, "events.submit", { _stamp: s.stamp, altcha: wrong }, "10.0.0.2", later(5000)), { ok: false, reason: "invalid" });
    const other = await solved("volunteers.apply");
    assert.deepEqual(await checkForm(d.db, SECRET, "events.submit", { _stamp: s.stamp, altcha: other.altcha }, "10.0.0.3", later(5000)), { ok: false, reason: "invalid" });
    assert.deepEqual(await checkForm(d.db, "another-secret", "events.submit", { _stamp: s.stamp, altcha: s.altcha }, "10.0.0.4", later(5000)), { ok: false, reason: "invalid" });
    assert.deepEqual(await checkForm(d.db, SECRET, "events.submit", { _stamp: s.stamp, altcha: "bm9uc2Vuc2U=" }, "10.0.0.5", later(5000)), { ok: false, reason: "invalid" });
  });

  test("without JavaScript: accepted after the minimum fill time with an empty honeypot, once per window and address", async () => {
    const { stamp } = await guardForm(SECRET, "events.submit");
    assert.deepEqual(await checkForm(d.db, SECRET, "events.submit", { _stamp: stamp }, "10.0.1.1", later(500)), { ok: false, reason: "too_fast" });
    assert.deepEqual(await checkForm(d.db, SECRET, "events.submit", { _stamp: stamp, [HONEYPOT_FIELD]: "http://spam.example" }, "10.0.1.1", later(5000)), { ok: false, reason: "honeypot" });
    assert.deepEqual(await checkForm(d.db, SECRET, "events.submit", { _stamp: stamp }, "10.0.1.1", later(5 * 3_600_000)), { ok: false, reason: "stale" });
    assert.deepEqual(await checkForm(d.db, SECRET, "events.submit", { _stamp: stamp }, "10.0.1.1", later(5000)), { ok: true, solved: false });
    // Not counted until accepted: a person may correct a mistake and send again.
    assert.deepEqual(await checkForm(d.db, SECRET, "events.submit", { _stamp: stamp }, "10.0.1.1", later(5500)), { ok: true, solved: false });
    await countForm(d.db, "events.submit", false, "10.0.1.1");
    assert.deepEqual(await checkForm(d.db, SECRET, "events.submit", { _stamp: stamp }, "10.0.1.1", later(6000)), { ok: false, reason: "throttled" });
    // Another address is not affected.
    assert.deepEqual(await checkForm(d.db, SECRET, "events.submit", { _stamp: stamp }, "10.0.1.2", later(6000)), { ok: true, solved: false });
  });

  test(`with solved challenges: ${FORMS_PER_WINDOW} per window and address`, async () => {
    const results = [];
    // One solution is enough: the throttle counts submissions, whatever they carry.
    const s = await solved("events.submit");
    for (let i = 0; i <= FORMS_PER_WINDOW; i++) {
      const r = await checkForm(d.db, SECRET, "events.submit", { _stamp: s.stamp, altcha: s.altcha }, "10.0.2.1", later(5000));
      results.push(r.ok);
      if (r.ok) await countForm(d.db, "events.submit", true, "10.0.2.1");
    }
    assert.deepEqual(results, [...Array(FORMS_PER_WINDOW).fill(true), false]);
  });
});
