/** Small helpers the strategy module's route files share. */
import type { FastifyRequest } from "fastify";
import { isAppError, type FieldError } from "../../core/errors.ts";
import { tenantOf } from "../../core/scopes.ts";
import type { FormValues } from "../../web/form.tsx";
import type { LocalText } from "./model.ts";
import type { Scope } from "./questionnaires.ts";

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const scopeOf = (req: FastifyRequest): Scope => ({ tenant: tenantOf(req), actor: { id: req.user!.id, label: req.user!.email } });
export const param = (req: FastifyRequest, name: string) => (req.params as Record<string, string>)[name] ?? "";
export const formValues = (body: Record<string, unknown>): FormValues => Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v ?? "")]));

/** Field errors of a failed write, or rethrow (not found, forbidden … go to the error page). */
export function fieldErrors(err: unknown): FieldError[] {
  if (isAppError(err) && err.fields.length) return err.fields;
  throw err;
}

export const de = (t: LocalText | undefined) => t?.de ?? "";
