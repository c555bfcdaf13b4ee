/**
 * Sign-in through OpenID Connect against a real provider: `oidc-provider`
 * runs inside the test on a random port, the app is served on a real port
 * too, and a tiny cookie-keeping "browser" walks the code flow over HTTP
 * (login and consent through the provider's development interactions).
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { buildTenant, buildUser, createTestApp, type TestApp } from "../../../test/helpers.ts";
import { freePort, HttpClient } from "../../../test/processes.ts";
import { rows } from "../db/index.ts";
import { users } from "../db/schema.ts";
import { SESSION_COOKIE } from "./sessions.ts";

const CLIENT_ID = "teilhabe";
const CLIENT_SECRET = "a-long-enough-client-secret-for-tests";

interface TestAccount {
  sub: string;
  email: string;
  name: string;
  emailVerified?: boolean;
}

/** The provider's accounts, by subject (the dev interactions' "login" is the account id). */
const accounts = new Map<string, TestAccount>();

interface OidcProvider {
  callback(): (req: http.IncomingMessage, res: http.ServerResponse) => void;
}
type ProviderClass = new (issuer: string, configuration: Record<string, unknown>) => OidcProvider;

/** oidc-provider ships without type declarations: load it untyped, describe what we use. */
async function loadProvider(): Promise<ProviderClass> {
  const specifier: string = "oidc-provider";
  return ((await import(specifier)) as { default: ProviderClass }).default;
}

/**
 * A minimal browser: redirects followed by hand, one cookie jar per origin
 * (the provider and the app share 127.0.0.1 here, on hosts of their own in
 * earnest).
 */
const newBrowser = () => new HttpClient({ perOrigin: true });

describe("sign-in with OpenID Connect against a real provider", () => {
  let server: http.Server;
  let issuer: string;
  let baseUrl: string;
  let callbackUrl: string;
  let t: TestApp;
  let plain: TestApp;
  let tenantSlug: string;
  let anna: { id: string; email: string };

  before(async () => {
    const appPort = await freePort();
    baseUrl = `http://127.0.0.1:${appPort}`;
    callbackUrl = `${baseUrl}/login/oidc/callback`;

    // The provider: listen first, so the issuer URL carries the real port.
    server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const Provider = await loadProvider();
    const provider = new Provider(issuer, {
      clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [callbackUrl], token_endpoint_auth_method: "client_secret_post" }],
      claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
      findAccount: (_ctx: unknown, id: string) => {
        const a = accounts.get(id);
        if (!a) return undefined;
        return { accountId: id, claims: () => ({ sub: a.sub, email: a.email, email_verified: a.emailVerified ?? true, name: a.name }) };
      },
      features: { devInteractions: { enabled: true } },
      cookies: { keys: ["oidc-test-cookie-key"] },
    });
    server.on("request", provider.callback());

    t = await createTestApp({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_ALLOW_HTTP: "true",
      OIDC_LABEL: "Stadt-Login",
      BASE_URL: baseUrl,
    });
    await t.app.listen({ port: appPort, host: "127.0.0.1" });
    plain = await createTestApp();

    const tenant = await buildTenant(t.db);
    tenantSlug = tenant.slug;
    const user = await buildUser(t.db, { tenantId: tenant.id, role: "staff", email: "anna.oidc@example.org" });
    anna = { id: user.id, email: user.email };
    accounts.set("anna-sub", { sub: "anna-sub", email: "Anna.OIDC@example.org", name: "Anna Beispiel" });
    accounts.set("stranger-sub", { sub: "stranger-sub", email: "stranger@example.org", name: "Niemand Bekannt" });
    accounts.set("unverified-sub", { sub: "unverified-sub", email: "unverified@example.org", name: "Unbestätigt", emailVerified: false });
    await buildUser(t.db, { tenantId: tenant.id, email: "unverified@example.org" });
  });

  after(async () => {
    await t?.close();
    await plain?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  /**
   * Starts the login at the app and walks the provider's login and consent
   * pages; returns the callback URL the provider sends the browser back to,
   * without calling it (so tests can tamper with it).
   */
  async function authorize(browser: HttpClient, login: string, next = "/admin"): Promise<string> {
    const start = await browser.get(`${baseUrl}/login/oidc?next=${encodeURIComponent(next)}`);
    assert.equal(start.status, 303);
    let url = start.redirectUrl!;
    assert.ok(url.startsWith(`${issuer}/`), `redirected to the provider: ${url}`);
    const auth = new URL(url);
    assert.equal(auth.searchParams.get("code_challenge_method"), "S256");
    assert.ok(auth.searchParams.get("state") && auth.searchParams.get("nonce"));
    assert.equal(auth.searchParams.get("redirect_uri"), callbackUrl);
    for (let step = 0; step < 20; step++) {
      if (url.startsWith(callbackUrl)) return url;
      const res = await browser.get(url);
      if (res.status >= 300 && res.status < 400) {
        url = res.redirectUrl!;
        continue;
      }
      assert.equal(res.status, 200, `provider page ${url}: ${res.text.slice(0, 500)}`);
      const prompt = /name="prompt" value="(\w+)"/.exec(res.text)?.[1];
      const action = /<form[^>]*action="([^"]+)"/.exec(res.text)?.[1];
      assert.ok(prompt && action, `an interaction form at ${url}`);
      const form: Record<string, string> = prompt === "login" ? { prompt, login, password: "any" } : { prompt };
      const submitted = await browser.post(new URL(action.replace(/&amp;/g, "&"), url).toString(), form, { csrf: false });
      assert.ok(submitted.redirectUrl, `interaction ${prompt} redirects on: ${submitted.status} ${submitted.text.slice(0, 300)}`);
      url = submitted.redirectUrl;
    }
    throw new Error("the provider did not send the browser back to the app");
  }

  const sessionCount = async (userId: string) =>
    (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM session WHERE user_id = ${userId}`))[0]!.n;

  test("code flow: provider login and consent, callback, session; the account is linked to issuer and subject", async () => {
    const browser = newBrowser();
    const callback = await authorize(browser, "anna-sub", "/admin");
    const cb = new URL(callback);
    assert.ok(cb.searchParams.get("code"), "an authorization code");
    assert.equal(cb.searchParams.get("iss"), issuer);

    const res = await browser.get(callback);
    assert.equal(res.status, 303, res.text.slice(0, 1000));
    assert.equal(res.redirectUrl, `${baseUrl}/admin`);
    assert.ok(browser.cookie(baseUrl, SESSION_COOKIE), "session cookie set");

    const [row] = await t.db.select().from(users).where(eq(users.id, anna.id));
    assert.equal(row!.oidcIssuer, issuer);
    assert.equal(row!.oidcSubject, "anna-sub");
    const [s] = await rows<{ via: string }>(t.db, sql`SELECT via FROM session WHERE user_id = ${anna.id}`);
    assert.equal(s?.via, "oidc");
    const [a] = await rows<{ action: string }>(t.db, sql`SELECT action FROM audit_log WHERE entity_id = ${anna.id} AND action = 'sign_in'`);
    assert.equal(a?.action, "sign_in");
    const [flows] = await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM oidc_flow`);
    assert.equal(flows?.n, 0, "the finished flow is gone");

    // Signed in: the back office answers as this user.
    const admin = await browser.get(`${baseUrl}/admin`);
    assert.equal(admin.status, 303);
    assert.equal(admin.redirectUrl, `${baseUrl}/admin/${tenantSlug}`);
    const home = await browser.get(`${baseUrl}/admin/${tenantSlug}`);
    assert.equal(home.status, 200);
  });

  test("a second sign-in is matched by subject, not by e-mail", async () => {
    // Change the e-mail on both sides: only (issuer, subject) can still match.
    await t.db.update(users).set({ email: "anna.renamed@example.org" }).where(eq(users.id, anna.id));
    accounts.set("anna-sub", { sub: "anna-sub", email: "anna.elsewhere@example.org", name: "Anna Beispiel" });
    const before = await sessionCount(anna.id);
    const browser = newBrowser();
    const res = await browser.get(await authorize(browser, "anna-sub", "/admin/" + tenantSlug));
    assert.equal(res.status, 303, res.text.slice(0, 1000));
    assert.equal(res.redirectUrl, `${baseUrl}/admin/${tenantSlug}`, "back where the sign-in started");
    assert.ok(browser.cookie(baseUrl, SESSION_COOKIE));
    assert.equal(await sessionCount(anna.id), before + 1);
    const [row] = await t.db.select().from(users).where(eq(users.id, anna.id));
    assert.equal(row!.email, "anna.renamed@example.org", "the e-mail is not overwritten by the provider's");
  });

  test("a provider account without a Teilhabe account is refused: 403, a message, no session", async () => {
    const usersBefore = (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM app_user`))[0]!.n;
    const sessionsBefore = (await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM session`))[0]!.n;
    const browser = newBrowser();
    const res = await browser.get(await authorize(browser, "stranger-sub"));
    assert.equal(res.status, 403);
    assert.match(res.text, /Für dieses Konto gibt es keinen Zugang/);
    assert.equal(browser.cookie(baseUrl, SESSION_COOKIE), undefined);
    assert.equal((await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM app_user`))[0]!.n, usersBefore, "no account is created");
    assert.equal((await rows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM session`))[0]!.n, sessionsBefore);
    const linked = await t.db.select().from(users).where(eq(users.oidcSubject, "stranger-sub"));
    assert.equal(linked.length, 0);
  });

  test("an e-mail the provider marks unverified does not link an existing account", async () => {
    const browser = newBrowser();
    const res = await browser.get(await authorize(browser, "unverified-sub"));
    assert.equal(res.status, 403);
    assert.match(res.text, /keinen Zugang/);
    assert.equal(browser.cookie(baseUrl, SESSION_COOKIE), undefined);
    const [row] = await t.db.select().from(users).where(eq(users.email, "unverified@example.org"));
    assert.equal(row!.oidcSubject, null);
  });

  test("a tampered state is refused; the genuine callback still works once, a replay is refused", async () => {
    const browser = newBrowser();
    const callback = await authorize(browser, "anna-sub");
    const tampered = new URL(callback);
    tampered.searchParams.set("state", `${tampered.searchParams.get("state")}x`);
    const bad = await browser.get(tampered.toString());
    assert.equal(bad.status, 403);
    assert.match(bad.text, /Die Anmeldung ist abgelaufen/);
    assert.equal(browser.cookie(baseUrl, SESSION_COOKIE), undefined);

    const missing = new URL(callback);
    missing.searchParams.delete("state");
    assert.equal((await browser.get(missing.toString())).status, 403);
    assert.equal(browser.cookie(baseUrl, SESSION_COOKIE), undefined);

    const ok = await browser.get(callback);
    assert.equal(ok.status, 303);
    assert.ok(browser.cookie(baseUrl, SESSION_COOKIE));

    const replay = newBrowser();
    const again = await replay.get(callback);
    assert.equal(again.status, 403, "state and code are single use");
    assert.match(again.text, /Die Anmeldung ist abgelaufen/);
    assert.equal(replay.cookie(baseUrl, SESSION_COOKIE), undefined);
  });

  test("a code paired with the state of another flow is refused (PKCE binds code and flow)", async () => {
    const victim = newBrowser();
    const attacker = newBrowser();
    const mine = new URL(await authorize(attacker, "stranger-sub"));
    const theirs = new URL(await authorize(victim, "anna-sub"));
    // The attacker's code, smuggled into the victim's flow (login CSRF / code injection).
    const mixed = new URL(theirs);
    mixed.searchParams.set("code", mine.searchParams.get("code")!);
    const res = await victim.get(mixed.toString());
    assert.equal(res.status, 403);
    assert.match(res.text, /Die Anmeldung über den Identitätsanbieter ist fehlgeschlagen/);
    assert.equal(victim.cookie(baseUrl, SESSION_COOKIE), undefined);
  });

  test("the sign-in page offers single sign-on only when OIDC is configured", async () => {
    const withSso = await newBrowser().get(`${baseUrl}/login`);
    assert.equal(withSso.status, 200);
    assert.match(withSso.text, /href="\/login\/oidc\?next=%2Fadmin"/);
    assert.match(withSso.text, /Anmelden mit Stadt-Login/);

    const without = await plain.app.inject({ url: "/login" });
    assert.equal(without.statusCode, 200);
    assert.doesNotMatch(without.body, /\/login\/oidc/);
    assert.doesNotMatch(without.body, /Anmelden mit/);
    assert.equal((await plain.app.inject({ url: "/login/oidc" })).statusCode, 404);
    assert.equal((await plain.app.inject({ url: "/login/oidc/callback?code=x&state=y" })).statusCode, 404);
  });
});
