/**
 * Sign-in through OpenID Connect (a municipal Keycloak, Entra ID, …): code
 * flow with PKCE, state and nonce kept in the database so any process can
 * finish a login another one started.
 */
import * as client from "openid-client";
import { eq, lt } from "drizzle-orm";
import type { Config } from "../config.ts";
import type { Db, Executor } from "../db/index.ts";
import { oidcFlows, users } from "../db/schema.ts";

type OidcConfig = NonNullable<Config["oidc"]>;

const discovered = new Map<string, Promise<client.Configuration>>();

function configuration(oidc: OidcConfig): Promise<client.Configuration> {
  const id = `${oidc.issuer}|${oidc.clientId}`;
  let c = discovered.get(id);
  if (!c) {
    c = client.discovery(new URL(oidc.issuer), oidc.clientId, oidc.clientSecret, undefined, {
      execute: oidc.allowHttp ? [client.allowInsecureRequests] : [],
    });
    c.catch(() => discovered.delete(id));
    discovered.set(id, c);
  }
  return c;
}

export const redirectUri = (config: Config) => new URL("/login/oidc/callback", config.baseUrl).toString();

export async function startLogin(db: Db, config: Config, returnTo: string): Promise<string> {
  const oidc = config.oidc!;
  const cfg = await configuration(oidc);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await db.insert(oidcFlows).values({ state, nonce, codeVerifier, returnTo });
  return client
    .buildAuthorizationUrl(cfg, {
      redirect_uri: redirectUri(config),
      scope: "openid email profile",
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
    })
    .toString();
}

export type OidcResult =
  | { ok: true; userId: string; returnTo: string }
  | { ok: false; reason: "unknown_flow" | "no_account" | "failed" };

/**
 * Finishes a login. The provider's user is matched by (issuer, subject), or
 * on first sign-in by verified e-mail to an account an administrator created:
 * the provider authenticates, Teilhabe's memberships authorise.
 */
export async function finishLogin(db: Db, config: Config, callbackUrl: URL): Promise<OidcResult> {
  const oidc = config.oidc!;
  const state = callbackUrl.searchParams.get("state") ?? "";
  const [flow] = await db.delete(oidcFlows).where(eq(oidcFlows.state, state)).returning();
  if (!flow) return { ok: false, reason: "unknown_flow" };
  const cfg = await configuration(oidc);
  let claims: client.IDToken | undefined;
  let accessToken: string;
  try {
    const tokens = await client.authorizationCodeGrant(cfg, callbackUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
    });
    claims = tokens.claims();
    accessToken = tokens.access_token;
  } catch {
    return { ok: false, reason: "failed" };
  }
  if (!claims) return { ok: false, reason: "failed" };
  const issuer = String(claims.iss);
  const subject = String(claims.sub);
  const [linked] = await db.select().from(users).where(eq(users.oidcSubject, subject));
  if (linked && linked.oidcIssuer === issuer && !linked.disabledAt) return { ok: true, userId: linked.id, returnTo: flow.returnTo };
  // In the code flow the ID token need not carry the e-mail: conformant providers
  // return the claims of the "email" scope from the userinfo endpoint (OIDC Core 5.4).
  let mail: Record<string, unknown> = claims;
  if (typeof mail.email !== "string") {
    try {
      mail = await client.fetchUserInfo(cfg, accessToken, subject);
    } catch {
      return { ok: false, reason: "failed" };
    }
  }
  const email = typeof mail.email === "string" ? mail.email.toLowerCase() : null;
  if (email && mail.email_verified !== false) {
    const [byEmail] = await db.select().from(users).where(eq(users.email, email));
    if (byEmail && !byEmail.disabledAt && !byEmail.oidcSubject) {
      await db.update(users).set({ oidcIssuer: issuer, oidcSubject: subject }).where(eq(users.id, byEmail.id));
      return { ok: true, userId: byEmail.id, returnTo: flow.returnTo };
    }
  }
  return { ok: false, reason: "no_account" };
}

export async function deleteStaleFlows(db: Executor) {
  await db.delete(oidcFlows).where(lt(oidcFlows.createdAt, new Date(Date.now() - 15 * 60_000)));
}
