/** Back office of the Wegweiser (/admin/:tenant/wegweiser) and its JSON API (/api/v1/admin/:tenant/wegweiser). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import multipart from "@fastify/multipart";
import { z } from "zod";
import { invalid, isAppError, notFound, type FieldError } from "../../core/errors.ts";
import { isLocale, type Locale } from "../../core/i18n.ts";
import { formBody, pageContext, parseWith, redirectWithNotice, sendPage, takeNotice } from "../../core/http.ts";
import { backOffice, tenantOf } from "../../core/scopes.ts";
import { listTowns } from "../../core/tenancy.ts";
import type { FormState, FormValues } from "../../web/form.tsx";
import { exceptionErrors, exceptionRowsIn, hoursFromForm, hoursToForm } from "./hours-text.ts";
import { normaliseWeekly } from "./opening-hours.ts";
import { exportRows, importCsv, toCsv, toXlsx, type RowError } from "./io.ts";
import { listForAdmin, loadForEdit, loadTranslationForm, saveService, saveTranslations, setStatus, translationOverview, type Scope } from "./service.ts";
import { ServiceInput, TranslationInput } from "./validation.ts";
import { AdminList, EditForm, ImportPage, TranslationOverview } from "./views/admin.tsx";
import { TranslatePage } from "../../web/translate.tsx";
import { SERVICE_KINDS } from "./model.ts";

const scopeOf = (req: FastifyRequest): Scope => ({ tenant: tenantOf(req), actor: { id: req.user!.id, label: req.user!.email } });

/** Form fields → ServiceInput's shape (checkbox groups arrive as a string or an array). */
function inputFromForm(body: Record<string, unknown>) {
  const flags = ([] as unknown[]).concat(body.flags ?? []);
  return { ...body, appointmentOnly: flags.includes("appointmentOnly"), temporarilyClosed: flags.includes("temporarilyClosed") };
}

/** Empty exception rows offered below the stored ones. */
const exceptionRowsFor = (stored: number) => Math.max(3, stored + 2);

export async function adminRoutes(app: FastifyInstance) {
  const { db } = app;

  await app.register(
    backOffice(async (admin) => {
      await admin.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });

      const towns = async (tenantId: string) => (await listTowns(db, tenantId)).map((w) => ({ slug: w.slug, name: w.name }));

      admin.get("/wegweiser", async (req, reply) => {
        const tenant = tenantOf(req);
        const query = req.query as Record<string, string | undefined>;
        const q = (query.q ?? "").slice(0, 100);
        const status = (["active", "archived", "all"] as const).find((s) => s === query.status) ?? "active";
        const kind = SERVICE_KINDS.find((k) => k === query.kind) ?? "";
        const page = Math.max(1, Math.min(10_000, Number(query.page) || 1));
        const list = await listForAdmin(db, tenant.id, { q, status, kind: kind || undefined, page });
        return sendPage(
          reply,
          <AdminList ctx={pageContext(req, reply, { tenant, area: "admin" })} items={list.items} total={list.total} q={q} status={status} kind={kind} page={page} perPage={list.perPage} notice={takeNotice(req, reply)} />,
        );
      });

      const showForm = async (req: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldError[], id: string | null, extra: { status?: string; version?: number; exceptionRows?: number; slug?: string; notice?: string | null } = {}) => {
        const tenant = tenantOf(req);
        return sendPage(
          reply,
          <EditForm
            ctx={pageContext(req, reply, { tenant, area: "admin" })}
            state={{ values, errors }}
            id={id}
            status={extra.status}
            version={extra.version}
            towns={await towns(tenant.id)}
            exceptionRows={extra.exceptionRows ?? exceptionRowsFor(0)}
            publicUrl={extra.slug ? `/${tenant.slug}/de/wegweiser/${extra.slug}` : undefined}
            notice={extra.notice ?? null}
          />,
          errors.length ? 422 : 200,
        );
      };

      admin.get("/wegweiser/new", async (req, reply) => showForm(req, reply, { barrierFree: "unknown" }, [], null));

      /** Validates the whole form; on any error the form comes back with every message and the input kept. */
      const submit = async (req: FastifyRequest, reply: FastifyReply, id: string | null) => {
        const body = formBody(req);
        const hours = hoursFromForm(body);
        const version = Number(body.version) || undefined;
        // The stored status is needed only to show the form again (and checks the entry is this tenant's).
        const again = async (errors: FieldError[]) => {
          const status = id ? (await loadForEdit(db, tenantOf(req).id, id)).service.status : undefined;
          return showForm(req, reply, body as FormValues, errors, id, { status, version, exceptionRows: Math.max(exceptionRowsIn(body), exceptionRowsFor(0)) });
        };
        let input: ServiceInput | undefined;
        const errors: FieldError[] = [];
        try {
          input = parseWith(ServiceInput, inputFromForm(body));
        } catch (err) {
          if (!isAppError(err)) throw err;
          errors.push(...err.fields);
        }
        errors.push(...hours.errors);
        if (errors.length || !input) return again(errors);
        try {
          const saved = await saveService(db, scopeOf(req), id, { input, weekly: hours.weekly, exceptions: hours.exceptions, version });
          return redirectWithNotice(reply, `/admin/${tenantOf(req).slug}/wegweiser/${saved.id}`, id ? "admin.saved" : "admin.created");
        } catch (err) {
          if (isAppError(err) && err.fields.length) return again(err.fields);
          throw err;
        }
      };

      admin.post("/wegweiser", async (req, reply) => submit(req, reply, null));

      admin.get("/wegweiser/:id", async (req, reply) => {
        const tenant = tenantOf(req);
        const { id } = req.params as { id: string };
        const e = await loadForEdit(db, tenant.id, id);
        const s = e.service;
        const values: FormValues = {
          name: s.name, slug: s.slug, summary: s.summary, description: s.description, kind: s.kind,
          topics: s.topics, targetGroups: s.targetGroups, languages: s.languages, organisation: e.organisation,
          phone: s.phone ?? "", email: s.email ?? "", website: s.website ?? "", appointmentUrl: s.appointmentUrl ?? "",
          street: e.location?.street ?? "", postcode: e.location?.postcode ?? "", city: e.location?.city ?? "",
          town: e.townSlug ?? "", lat: e.location?.lat?.toString() ?? "", lng: e.location?.lng?.toString() ?? "",
          barrierFree: e.location?.barrierFree ?? "unknown",
          flags: [s.appointmentOnly ? "appointmentOnly" : "", s.temporarilyClosed ? "temporarilyClosed" : ""].filter(Boolean),
          hoursNote: s.hoursNote,
          ...hoursToForm(e.weekly, e.exceptions),
        };
        return showForm(req, reply, values, [], id, { status: s.status, version: s.version, exceptionRows: exceptionRowsFor(e.exceptions.length), slug: s.status === "active" ? s.slug : undefined, notice: takeNotice(req, reply) });
      });

      admin.post("/wegweiser/:id", async (req, reply) => submit(req, reply, (req.params as { id: string }).id));

      admin.post("/wegweiser/:id/archive", async (req, reply) => {
        const { id } = req.params as { id: string };
        await setStatus(db, scopeOf(req), id, "archived");
        return redirectWithNotice(reply, `/admin/${tenantOf(req).slug}/wegweiser`, "admin.archived");
      });

      admin.post("/wegweiser/:id/restore", async (req, reply) => {
        const { id } = req.params as { id: string };
        await setStatus(db, scopeOf(req), id, "active");
        return redirectWithNotice(reply, `/admin/${tenantOf(req).slug}/wegweiser/${id}`, "admin.restored");
      });

      const translationLang = (req: FastifyRequest): Locale => {
        const { lang } = req.params as { lang: string };
        if (!isLocale(lang) || lang === "de") throw notFound();
        return lang;
      };

      const translatePage = (req: FastifyRequest, reply: FastifyReply, id: string, form: Awaited<ReturnType<typeof loadTranslationForm>>, lang: Locale, state: FormState) => {
        const ctx = pageContext(req, reply, { tenant: tenantOf(req), area: "admin" });
        const base = `/admin/${tenantOf(req).slug}/wegweiser/${id}`;
        const fields = form.fields.map((f) => ({ ...f, long: f.field === "description" }));
        return <TranslatePage ctx={ctx} name={form.service.name} lang={lang} back={base} hrefFor={(l) => `${base}/translate/${l}`} fields={fields} labelOf={(f) => ctx.t(`admin.field.${f}`)} state={state} />;
      };

      admin.get("/wegweiser/:id/translate/:lang", async (req, reply) => {
        const tenant = tenantOf(req);
        const lang = translationLang(req);
        const { id } = req.params as { id: string };
        const form = await loadTranslationForm(db, tenant.id, id, lang);
        const values = Object.fromEntries(form.fields.map((f) => [f.field, f.text]));
        return sendPage(reply, translatePage(req, reply, id, form, lang, { values, errors: [] }));
      });

      admin.post("/wegweiser/:id/translate/:lang", async (req, reply) => {
        const tenant = tenantOf(req);
        const lang = translationLang(req);
        const { id } = req.params as { id: string };
        const body = formBody(req);
        try {
          await saveTranslations(db, scopeOf(req), id, lang, parseWith(TranslationInput, body));
        } catch (err) {
          if (!isAppError(err) || !err.fields.length) throw err;
          const form = await loadTranslationForm(db, tenant.id, id, lang);
          return sendPage(reply, translatePage(req, reply, id, form, lang, { values: body as FormValues, errors: err.fields }), 422);
        }
        return redirectWithNotice(reply, `/admin/${tenant.slug}/wegweiser/translations?for=${lang}`, "admin.saved");
      });

      admin.get("/wegweiser/translations", async (req, reply) => {
        const tenant = tenantOf(req);
        const wanted = (req.query as { for?: string }).for;
        const lang: Locale = isLocale(wanted) && wanted !== "de" ? wanted : "en";
        const items = await translationOverview(db, tenant.id, lang);
        return sendPage(reply, <TranslationOverview ctx={pageContext(req, reply, { tenant, area: "admin" })} lang={lang} items={items} />);
      });

      admin.get("/wegweiser/export.csv", async (req, reply) => {
        const tenant = tenantOf(req);
        const csv = toCsv(await exportRows(db, tenant.id));
        return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="wegweiser-${tenant.slug}.csv"`).send(csv);
      });

      admin.get("/wegweiser/export.xlsx", async (req, reply) => {
        const tenant = tenantOf(req);
        const xlsx = await toXlsx(await exportRows(db, tenant.id), "Wegweiser");
        return reply
          .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .header("content-disposition", `attachment; filename="wegweiser-${tenant.slug}.xlsx"`)
          .send(xlsx);
      });

      admin.get("/wegweiser/import", async (req, reply) =>
        sendPage(reply, <ImportPage ctx={pageContext(req, reply, { tenant: tenantOf(req), area: "admin" })} errors={[]} />),
      );

      admin.post("/wegweiser/import", async (req, reply) => {
        const tenant = tenantOf(req);
        let errors: RowError[] = [];
        let text: string;
        if (req.isMultipart()) {
          const file = await req.file();
          text = file ? (await file.toBuffer()).toString("utf8") : "";
        } else {
          text = String(formBody(req).csv ?? "");
        }
        if (!text.trim()) errors = [{ line: 0, field: "file", key: "import.empty" }];
        const result = errors.length ? { created: 0, updated: 0, errors } : await importCsv(db, scopeOf(req), text);
        const ctx = pageContext(req, reply, { tenant, area: "admin" });
        if (result.errors.length) return sendPage(reply, <ImportPage ctx={ctx} errors={result.errors} />, 422);
        return sendPage(reply, <ImportPage ctx={ctx} errors={[]} result={{ created: result.created, updated: result.updated }} />);
      });
    }),
    { prefix: "/admin/:tenant" },
  );

  // JSON API for the back office: the same checks as the forms, for integrations.
  await app.register(
    backOffice(async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      const Hours = z.object({
        weekly: z.array(z.object({ weekday: z.number().int().min(1).max(7), opens: z.number().int().min(0).max(1440), closes: z.number().int().min(0).max(1440) })).default([]),
        exceptions: z
          .array(z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), opens: z.number().int().min(0).max(1440).nullable(), closes: z.number().int().min(0).max(1440).nullable(), note: z.string().max(200).optional() }))
          .default([]),
      });
      const Body = z.object({ entry: z.record(z.string(), z.unknown()), hours: Hours.default({ weekly: [], exceptions: [] }), version: z.number().int().optional() });
      const Saved = z.object({ id: z.string(), slug: z.string() });
      const ApiError = z.object({ error: z.string(), message: z.string(), fields: z.array(z.object({ field: z.string(), key: z.string(), message: z.string() })).optional() });
      const save = async (req: FastifyRequest, id: string | null, body: z.infer<typeof Body>) => {
        const input = parseWith(ServiceInput, body.entry);
        const norm = normaliseWeekly(body.hours.weekly);
        const errors = [
          ...norm.errors.map((e) => ({ field: `hours.weekly.${e.index}`, key: e.key })),
          ...exceptionErrors(body.hours.exceptions).map((e) => ({ field: `hours.exceptions.${e.index}`, key: e.key })),
        ];
        if (errors.length) throw invalid(errors);
        return saveService(db, scopeOf(req), id, { input, weekly: norm.stored, exceptions: body.hours.exceptions, version: body.version });
      };

      typed.get(
        "/wegweiser",
        {
          schema: {
            tags: ["Wegweiser (back office)"],
            summary: "List the tenant's entries (staff)",
            querystring: z.object({ q: z.string().max(100).optional(), status: z.enum(["active", "archived", "all"]).default("active"), page: z.coerce.number().int().min(1).default(1) }),
          },
        },
        async (req) => listForAdmin(db, tenantOf(req).id, req.query),
      );
      typed.post(
        "/wegweiser",
        { schema: { tags: ["Wegweiser (back office)"], summary: "Create an entry (staff; send the CSRF token as x-csrf-token)", body: Body, response: { 201: Saved, 422: ApiError } } },
        async (req, reply) => reply.code(201).send(await save(req, null, req.body)),
      );
      typed.put(
        "/wegweiser/:id",
        { schema: { tags: ["Wegweiser (back office)"], summary: "Replace an entry (staff)", params: z.object({ tenant: z.string(), id: z.string().uuid() }), body: Body, response: { 200: Saved, 422: ApiError, 409: ApiError } } },
        async (req) => save(req, req.params.id, req.body),
      );
    }),
    { prefix: "/api/v1/admin/:tenant" },
  );
}
