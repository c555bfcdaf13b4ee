/**
 * Demo installation: the four municipalities of the seed pages and the Land,
 * their Wegweiser, and one account per role. Loaded by `npm start` into an
 * empty database, and by `teilhabe seed`.
 */
import { sql } from "drizzle-orm";
import type { Db } from "./core/db/index.ts";
import { rows, withAdvisoryLock } from "./core/db/index.ts";
import { memberships, tenants, towns, users } from "./core/db/schema.ts";
import { hashPassword } from "./core/auth/password.ts";
import { saveTranslation } from "./core/translations.ts";
import { invalidateTenantCache } from "./core/tenancy.ts";
import { demoTenants } from "./modules/directory/demo-data.ts";
import { seedDirectory } from "./modules/directory/seed.ts";
import { seedMediation } from "./modules/mediation/demo.ts";
import { seedEventsWilhelmshaven, seedEventsWolfsburg } from "./modules/events/demo.ts";
import { seedStrategy } from "./modules/strategy/demo.ts";
import type { TenantRef } from "./web/context.ts";

/** Amtliche Gemeindeschlüssel of the demo tenants, as the Land's statistics key their figures. */
const AGS: Record<string, string> = { niedersachsen: "03", wilhelmshaven: "03405", wesermarsch: "03461", emsland: "03454", wolfsburg: "03103" };

export const DEMO_PASSWORD = "teilhabe-demo";
export const DEMO_ADMIN = "admin@teilhabe.example";

/** No tenant and no account yet: a fresh installation (an admin made with `teilhabe create-user` counts as set up). */
export async function isEmpty(db: Db): Promise<boolean> {
  const [r] = await rows<{ n: number }>(db, sql`SELECT (SELECT count(*) FROM tenant) + (SELECT count(*) FROM app_user) AS n`);
  return Number(r?.n ?? 0) === 0;
}

/** Arbitrary, fixed key of the advisory lock that serialises demo seeding. */
const SEED_LOCK = 727_002;

/**
 * Loads the demo data into an empty database, once: processes started
 * together on one PostgreSQL database take turns under an advisory lock, and
 * the later ones find it filled. Returns whether this process seeded.
 */
export async function seedDemoIfEmpty(db: Db, databaseUrl: string | undefined, log: (line: string) => void = () => {}): Promise<boolean> {
  return withAdvisoryLock(databaseUrl, SEED_LOCK, async () => {
    if (!(await isEmpty(db))) return false;
    log("Empty database: loading the demo data …");
    await seedDemo(db, (line) => log(`  ${line}`));
    return true;
  });
}

export async function seedDemo(db: Db, log: (line: string) => void = () => {}) {
  const ids = new Map<string, string>();
  const land = demoTenants.find((t) => t.kind === "state");
  const ordered = [...(land ? [land] : []), ...demoTenants.filter((t) => t !== land)];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    for (const t of ordered) {
      const [row] = await tx
        .insert(tenants)
        .values({ slug: t.slug, name: t.name, kind: t.kind, parentId: t.kind === "state" ? null : (ids.get(land?.slug ?? "") ?? null), state: "NI", intro: t.intro, ags: AGS[t.slug] ?? null })
        .returning({ id: tenants.id });
      ids.set(t.slug, row!.id);
      if (t.towns.length) await tx.insert(towns).values(t.towns.map((w) => ({ tenantId: row!.id, slug: w.slug, name: w.name, kind: w.kind })));
      for (const [lang, text] of Object.entries(t.introTranslations ?? {})) {
        if (text) await saveTranslation(tx, { tenantId: row!.id, entity: "tenant", entityId: row!.id, field: "intro", lang, text, german: t.intro });
      }
    }
    await tx.insert(users).values({ email: DEMO_ADMIN, displayName: "Plattform-Administration", passwordHash, platformAdmin: true });
    for (const t of ordered) {
      for (const role of ["tenant_admin", "staff"] as const) {
        const email = `${role === "staff" ? "team" : "leitung"}@${t.slug}.teilhabe.example`;
        const [u] = await tx
          .insert(users)
          .values({ email, displayName: `${role === "staff" ? "Team" : "Leitung"} ${t.name}`, passwordHash })
          .returning({ id: users.id });
        await tx.insert(memberships).values({ userId: u!.id, tenantId: ids.get(t.slug)!, role });
      }
    }
    // One transaction for everything: a crash half-way leaves an empty database, seeded again at the next start.
    for (const t of ordered) {
      await seedDirectory(tx as unknown as Db, ids.get(t.slug)!, t);
      log(`seeded ${t.slug}: ${t.services.length} entries`);
    }
    const whv = demoTenants.find((t) => t.slug === "wilhelmshaven");
    if (whv) {
      const tenant = { id: ids.get(whv.slug)!, slug: whv.slug, name: whv.name, kind: whv.kind, parentId: ids.get(land?.slug ?? "") ?? null, state: "NI", intro: whv.intro };
      const made = await seedMediation(tx as unknown as Db, tenant, { passwordHash });
      log(`seeded the Sprachmittlung of wilhelmshaven: ${made.mediators} mediators, ${made.requesters} requesters, ${made.requests} requests`);
      const events = await seedEventsWilhelmshaven(tx as unknown as Db, tenant, { passwordHash });
      log(`seeded the events of wilhelmshaven: ${events.events} events, ${events.programmes} programme, ${events.interested} interest sign-ups`);
    }
    const wob = demoTenants.find((t) => t.slug === "wolfsburg");
    if (wob) {
      const tenant = { id: ids.get(wob.slug)!, slug: wob.slug, name: wob.name, kind: wob.kind, parentId: ids.get(land?.slug ?? "") ?? null, state: "NI", intro: wob.intro };
      const events = await seedEventsWolfsburg(tx as unknown as Db, tenant);
      log(`seeded the events of wolfsburg: ${events.events} events, ${events.programmes} programme`);
    }
    if (land) {
      const refs = new Map<string, TenantRef>(
        ordered.filter((t) => t !== land).map((t) => [t.slug, { id: ids.get(t.slug)!, slug: t.slug, name: t.name, kind: t.kind, parentId: ids.get(land.slug)!, state: "NI", intro: t.intro }]),
      );
      const landRef: TenantRef = { id: ids.get(land.slug)!, slug: land.slug, name: land.name, kind: "state", parentId: null, state: "NI", intro: land.intro };
      const s = await seedStrategy(tx as unknown as Db, refs, landRef);
      log(`seeded the strategy: ${s.plans} Handlungskonzepte with ${s.measures} measures, ${s.rounds} rounds with ${s.responses} responses, ${s.figures} figures of the monitoring, a published integration report`);
    }
  });
  invalidateTenantCache();
}
