/** Loads the demo Wegweiser (demo-data.ts) for tenants that already exist. */
import { eq } from "drizzle-orm";
import type { Db } from "../../core/db/index.ts";
import { towns } from "../../core/db/schema.ts";
import { saveTranslation } from "../../core/translations.ts";
import type { DemoTenant } from "./demo-types.ts";
import { locations, openingExceptions, openingSlots, organisations, services } from "./schema.ts";
import { normaliseWeekly } from "./opening-hours.ts";
import { ENTITY, reindexTenant } from "./service.ts";

export async function seedDirectory(db: Db, tenantId: string, data: DemoTenant) {
  await db.transaction(async (tx) => {
    const townIds = new Map((await tx.select().from(towns).where(eq(towns.tenantId, tenantId))).map((t) => [t.slug, t.id]));
    const orgIds = new Map<string, string>();
    const locationIds = new Map<string, string>();
    for (const org of data.organisations) {
      const [o] = await tx.insert(organisations).values({ tenantId, name: org.name, kind: org.kind, website: org.website ?? null }).returning({ id: organisations.id });
      orgIds.set(org.key, o!.id);
      for (const l of org.locations) {
        const [loc] = await tx
          .insert(locations)
          .values({
            tenantId,
            organisationId: o!.id,
            label: l.label ?? null,
            street: l.street,
            postcode: l.postcode,
            city: l.city,
            townId: l.town ? (townIds.get(l.town) ?? null) : null,
            lat: l.lat,
            lng: l.lng,
            barrierFree: l.barrierFree,
          })
          .returning({ id: locations.id });
        locationIds.set(l.key, loc!.id);
      }
    }
    for (const s of data.services) {
      const organisationId = orgIds.get(s.organisation);
      if (!organisationId) throw new Error(`demo data: unknown organisation ${s.organisation} in ${data.slug}`);
      const [row] = await tx
        .insert(services)
        .values({
          tenantId,
          organisationId,
          locationId: s.location ? (locationIds.get(s.location) ?? null) : null,
          slug: s.slug,
          name: s.name,
          summary: s.summary,
          description: s.description,
          kind: s.kind,
          topics: s.topics,
          targetGroups: s.targetGroups,
          languages: s.languages,
          phone: s.phone ?? null,
          email: s.email ?? null,
          website: s.website ?? null,
          appointmentUrl: s.appointmentUrl ?? null,
          appointmentOnly: s.appointmentOnly ?? false,
          temporarilyClosed: s.temporarilyClosed ?? false,
          hoursNote: s.hoursNote ?? "",
        })
        .returning({ id: services.id });
      const serviceId = row!.id;
      const { stored } = normaliseWeekly(s.weekly);
      if (stored.length) await tx.insert(openingSlots).values(stored.map((w) => ({ serviceId, ...w })));
      if (s.exceptions?.length) {
        await tx.insert(openingExceptions).values(s.exceptions.map((e) => ({ serviceId, day: e.day, opens: e.opens, closes: e.closes, note: e.note ?? "" })));
      }
      for (const [lang, tr] of Object.entries(s.translations ?? {})) {
        for (const field of ["name", "summary", "description"] as const) {
          const text = tr?.[field];
          if (text) await saveTranslation(tx, { tenantId, entity: ENTITY, entityId: serviceId, field, lang, text, german: s[field] });
        }
      }
    }
  });
  await reindexTenant(db, tenantId);
}
