/**
 * The Wegweiser's places for other modules (an event's venue): each
 * location of the tenant's organisations with its address and coordinates.
 * The small exported surface other modules may call; they never read the
 * directory's tables themselves.
 */
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../core/db/index.ts";
import { locations, organisations } from "./schema.ts";

export interface Place {
  id: string;
  /** The organisation, and the location's label where it has one. */
  name: string;
  street: string;
  postcode: string;
  city: string;
  lat: number | null;
  lng: number | null;
}

async function select(db: Executor, tenantId: string, id?: string): Promise<Place[]> {
  const found = await db
    .select({ id: locations.id, org: organisations.name, label: locations.label, street: locations.street, postcode: locations.postcode, city: locations.city, lat: locations.lat, lng: locations.lng })
    .from(locations)
    .innerJoin(organisations, eq(organisations.id, locations.organisationId))
    .where(id ? and(eq(locations.tenantId, tenantId), eq(locations.id, id)) : eq(locations.tenantId, tenantId))
    .orderBy(asc(organisations.name), asc(locations.label));
  return found.map(({ org, label, ...p }) => ({ ...p, name: label ? `${org} – ${label}` : org }));
}

/** The tenant's places, by name. */
export const placesOf = (db: Executor, tenantId: string) => select(db, tenantId);

/** One place of the tenant, or null. */
export async function placeOf(db: Executor, tenantId: string, id: string): Promise<Place | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return (await select(db, tenantId, id))[0] ?? null;
}
