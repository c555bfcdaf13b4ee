/**
 * Spam protection of public forms without any third-party service, in three
 * layers, each checked on the server:
 *
 *  1. ALTCHA proof of work (altcha-lib): the page carries a signed challenge;
 *     a small island solves it in the browser (a second or so of CPU) and
 *     submits the solution. Costly for bulk senders, free of tracking.
 *  2. Without JavaScript there is no solution; the form still works, but a
 *     signed render time must show at least MIN_FILL_SECONDS of filling in.
 *     Always: a field hidden from people (the honeypot) must stay empty, and
 *     the form must be younger than MAX_FORM_HOURS.
 *  3. Throttling per client address in the database (so it holds across app
 *     processes): FORMS_PER_WINDOW with a solved challenge, one without.
 *
 * What gets through still lands in a review queue, never straight on a page.
 */
import crypto from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import type { Db } from "./db/index.ts";
import { countRecent, recordEvent } from "./auth/rate-limit.ts";

/** PBKDF2 iterations per attempt and the range of the secret counter: well under a second in a browser, a cost for bulk senders. */
const COST = 50;
const COUNTER = [1_000, 5_000] as const;
const CHALLENGE_MINUTES = 30;
export const MIN_FILL_SECONDS = 3;
const MAX_FORM_HOURS = 4;
/** Submissions per client address in the rate limit's window (15 minutes). */
export const FORMS_PER_WINDOW = 5;

/** The field people never see; bots fill it in. */
export const HONEYPOT_FIELD = "website";

export interface FormGuard {
  /** JSON of the ALTCHA challenge for the island. */
  challenge: string;
  /** Signed render time. */
  stamp: string;
}

const sign = (secret: string, text: string) => crypto.createHmac("sha256", secret).update(text).digest("base64url");

/** A challenge and a signed render time for a form about to be shown. */
export async function guardForm(secret: string, purpose: string, now = new Date()): Promise<FormGuard> {
  const challenge: Challenge = await createChallenge({
    algorithm: "PBKDF2/SHA-256",
    cost: COST,
    counter: randomInt(COUNTER[0], COUNTER[1]),
    deriveKey,
    expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000),
    data: { purpose },
    hmacSignatureSecret: `${secret}:altcha`,
    hmacKeySignatureSecret: `${secret}:altcha-key`,
  });
  const at = String(now.getTime());
  return { challenge: JSON.stringify(challenge), stamp: `${at}.${sign(secret, `${purpose}:${at}`)}` };
}

export type GuardResult = { ok: true; solved: boolean } | { ok: false; reason: "honeypot" | "too_fast" | "stale" | "invalid" | "throttled" };

/**
 * Checks a submitted form: honeypot, render time, the ALTCHA solution when
 * one was sent (a wrong one is refused), and the throttle of the client
 * address. A form that is then accepted is counted with `countForm()`, so a
 * person who corrects a mistake is not throttled for it.
 */
export async function checkForm(db: Db, secret: string, purpose: string, body: Record<string, unknown>, ip: string, now = new Date()): Promise<GuardResult> {
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  if (text(body[HONEYPOT_FIELD]).trim() !== "") return { ok: false, reason: "honeypot" };
  const [at, mac] = text(body._stamp).split(".");
  if (!at || !mac || sign(secret, `${purpose}:${at}`) !== mac) return { ok: false, reason: "invalid" };
  const age = now.getTime() - Number(at);
  if (age > MAX_FORM_HOURS * 3_600_000) return { ok: false, reason: "stale" };

  let solved = false;
  const payload = text(body.altcha);
  if (payload) {
    try {
      const { challenge, solution } = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as { challenge: Challenge; solution: Parameters<typeof verifySolution>[0]["solution"] };
      if (challenge?.parameters?.data?.purpose !== purpose) return { ok: false, reason: "invalid" };
      const result = await verifySolution({ challenge, solution, deriveKey, hmacSignatureSecret: `${secret}:altcha`, hmacKeySignatureSecret: `${secret}:altcha-key` });
      if (!result.verified) return { ok: false, reason: "invalid" };
      solved = true;
    } catch {
      return { ok: false, reason: "invalid" };
    }
  }
  // The minimum fill time stands in for the proof of work where there is none.
  if (!solved && age < MIN_FILL_SECONDS * 1000) return { ok: false, reason: "too_fast" };
  if ((await countRecent(db, throttleKey(purpose, solved, ip))) >= (solved ? FORMS_PER_WINDOW : 1)) return { ok: false, reason: "throttled" };
  return { ok: true, solved };
}

const throttleKey = (purpose: string, solved: boolean, ip: string) => `form:${purpose}:${solved ? "solved" : "unsolved"}:${ip}`;

/** Counts an accepted form against the throttle of its address. */
export async function countForm(db: Db, purpose: string, solved: boolean, ip: string) {
  await recordEvent(db, throttleKey(purpose, solved, ip));
}
