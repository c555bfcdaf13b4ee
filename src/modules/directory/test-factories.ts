/** Test factories for Wegweiser entries (used by this module's tests and the access tests). */
import type { Db } from "../../core/db/index.ts";
import { findTenant } from "../../core/tenancy.ts";
import type { ExceptionDay, WeeklySlot } from "./model.ts";
import { saveService } from "./service.ts";
import type { ServiceInput } from "./validation.ts";

export const baseInput = (over: Partial<ServiceInput> = {}): ServiceInput => ({
  name: "Beratung",
  slug: undefined,
  summary: "",
  description: "",
  kind: "counselling",
  topics: [],
  targetGroups: [],
  languages: [],
  organisation: "Träger",
  phone: null,
  email: null,
  website: null,
  appointmentUrl: null,
  street: "",
  postcode: "",
  city: "",
  town: null,
  lat: null,
  lng: null,
  barrierFree: "unknown",
  appointmentOnly: false,
  temporarilyClosed: false,
  hoursNote: "",
  ...over,
});

export async function buildEntry(db: Db, tenantSlug: string, over: Partial<ServiceInput> = {}, hours: { weekly?: WeeklySlot[]; exceptions?: ExceptionDay[] } = {}) {
  const tenant = (await findTenant(db, tenantSlug))!;
  return saveService(db, { tenant, actor: { id: null, label: "test" } }, null, {
    input: baseInput(over),
    weekly: hours.weekly ?? [],
    exceptions: hours.exceptions ?? [],
  });
}
