/**
 * The Handlungskonzept over HTTP: plans and their fields, goals, measures and notes in the back
 * office, their translations, CSV/XLSX, the inventory of Wegweiser offers; the public page and its
 * JSON; the measures' counts for the integration report.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { notFound, type FieldError } from "../../core/errors.ts";
import { formBody, pageContext, parseWith, redirectWithNotice, sendPage, takeNotice } from "../../core/http.ts";
import { isLocale, LOCALES, type Locale } from "../../core/i18n.ts";
import { backOffice, publicPages, publicTenant, tenantOf } from "../../core/scopes.ts";
import { sheetCsv, sheetXlsx, type Sheet } from "../../core/sheets.ts";
import { listTowns } from "../../core/tenancy.ts";
import { loadTranslations, localized, saveTranslation, stateOf, type StoredTranslation } from "../../core/translations.ts";
import { audit } from "../../core/audit.ts";
import type { FormValues } from "../../web/form.tsx";
import { TranslatePage } from "../../web/translate.tsx";
import { offerCounts } from "../directory/counts.ts";
import { textIn } from "./model.ts";
import { ownAreas } from "./questionnaires.ts";
import { addNote, createPlan, currentPlan, deleteNode, getField, getGoal, getMeasure, getPlan, listPlans, measureCounts, planOfGoal, planTree, saveField, saveGoal, saveMeasure, updatePlan, type PlanTree } from "./plans.ts";
import { FieldInput, GoalInput, MeasureInput, NoteInput, PlanInput, PlanUpdateInput } from "./validation.ts";
import { FieldFormPage, GoalFormPage, InventoryPage, MeasureFormPage, PlanFormPage, PlanPage, PlansPage, type InventoryRow } from "./views/plans.tsx";
import { publishedYears } from "./report.ts";
import { PublicPlanPage } from "./views/public.tsx";
import { fieldErrors, formValues, param, scopeOf, XLSX } from "./route-helpers.ts";

/** A field, goal or measure's translatable texts, addressed as "<kind>.<id>.<field>". */
const textSlotsOf = (kind: "field" | "goal" | "measure", row: { id: string; title: string; description: string }) =>
  (["title", "description"] as const).filter((field) => row[field].trim() !== "").map((field) => ({ kind, id: row.id, field, german: row[field], path: `${kind}.${row.id}.${field}` }));

export async function planRoutes(app: FastifyInstance) {
  const { db } = app;

  await app.register(
    backOffice(async (admin) => {
      const base = (req: FastifyRequest) => `/admin/${tenantOf(req).slug}/strategie`;
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req), area: "admin" });

      // --- Handlungskonzept ---------------------------------------------------

      const pBase = (req: FastifyRequest, id = param(req, "id")) => `${base(req)}/handlungskonzept/${id}`;
      const showPlans = async (req: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldError[] = [], status = 200) =>
        sendPage(reply, <PlansPage ctx={ctxOf(req, reply)} plans={await listPlans(db, tenantOf(req).id)} form={{ values, errors }} notice={takeNotice(req, reply)} />, status);
      admin.get("/strategie/handlungskonzept", async (req, reply) => {
        const year = new Date().getFullYear();
        return showPlans(req, reply, { startsYear: String(year), endsYear: String(year + 5) });
      });
      admin.post("/strategie/handlungskonzept", async (req, reply) => {
        const body = formBody(req);
        let id: string;
        try {
          const input = parseWith(PlanInput, body);
          if (input.continueFrom) await getPlan(db, tenantOf(req).id, input.continueFrom);
          id = await createPlan(db, scopeOf(req), input, input.continueFrom);
        } catch (err) {
          return showPlans(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, pBase(req, id), "strategy.notice.planCreated");
      });
      admin.get("/strategie/handlungskonzept/:id", async (req, reply) => sendPage(reply, <PlanPage ctx={ctxOf(req, reply)} plan={await planTree(db, tenantOf(req).id, param(req, "id"))} notice={takeNotice(req, reply)} />));
      for (const ext of ["csv", "xlsx"] as const) {
        admin.get(`/strategie/handlungskonzept/:id/massnahmen.${ext}`, async (req, reply) => {
          const plan = await planTree(db, tenantOf(req).id, param(req, "id"));
          const sheet = measuresSheet(req, plan);
          const name = `handlungskonzept-${plan.startsYear}-${plan.endsYear}.${ext}`;
          reply.header("content-disposition", `attachment; filename="${name}"`).header("cache-control", "private, no-store");
          return ext === "csv" ? reply.type("text/csv; charset=utf-8").send(sheetCsv(sheet)) : reply.type(XLSX).send(await sheetXlsx(sheet));
        });
      }
      const planForm = async (req: FastifyRequest, reply: FastifyReply, values?: FormValues, errors: FieldError[] = [], status = 200) => {
        const plan = await getPlan(db, tenantOf(req).id, param(req, "id"));
        const shown = values ?? { title: plan.title, startsYear: String(plan.startsYear), endsYear: String(plan.endsYear), status: plan.status };
        return sendPage(reply, <PlanFormPage ctx={ctxOf(req, reply)} plan={plan} form={{ values: shown, errors }} />, status);
      };
      admin.get("/strategie/handlungskonzept/:id/bearbeiten", async (req, reply) => planForm(req, reply));
      admin.post("/strategie/handlungskonzept/:id/bearbeiten", async (req, reply) => {
        const body = formBody(req);
        try {
          await updatePlan(db, scopeOf(req), param(req, "id"), parseWith(PlanUpdateInput, body));
        } catch (err) {
          return planForm(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, pBase(req), "strategy.notice.saved");
      });

      /** The areas of the tenant's questionnaires, for linking a field of action to a Selbstcheck area. */
      const areaChoices = async (req: FastifyRequest) => (await ownAreas(db, tenantOf(req).id)).map((a) => ({ key: a.key, title: textIn(a.title, req.lang).text }));
      const fieldForm = async (req: FastifyRequest, reply: FastifyReply, id: string | null, values?: FormValues, errors: FieldError[] = [], status = 200) => {
        const tenant = tenantOf(req);
        await getPlan(db, tenant.id, param(req, "id"));
        let shown = values;
        if (!shown) {
          const f = id ? await getField(db, tenant.id, id) : null;
          if (f && f.planId !== param(req, "id")) throw notFound();
          shown = f ? { title: f.title, description: f.description, areaKey: f.areaKey ?? "", topics: f.topics, position: String(f.position) } : { position: "0" };
        }
        return sendPage(reply, <FieldFormPage ctx={ctxOf(req, reply)} planId={param(req, "id")} id={id} form={{ values: shown, errors }} areas={await areaChoices(req)} />, status);
      };
      const saveFieldRoute = (editing: boolean) => async (req: FastifyRequest, reply: FastifyReply) => {
        const body = formBody(req);
        const id = editing ? param(req, "field") : null;
        try {
          await saveField(db, scopeOf(req), param(req, "id"), id, parseWith(FieldInput, body));
        } catch (err) {
          return fieldForm(req, reply, id, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, pBase(req), "strategy.notice.saved");
      };
      admin.get("/strategie/handlungskonzept/:id/feld/neu", async (req, reply) => fieldForm(req, reply, null));
      admin.post("/strategie/handlungskonzept/:id/feld/neu", saveFieldRoute(false));
      admin.get("/strategie/handlungskonzept/:id/feld/:field", async (req, reply) => fieldForm(req, reply, param(req, "field")));
      admin.post("/strategie/handlungskonzept/:id/feld/:field", saveFieldRoute(true));

      /** A goal or measure reached through a plan's URL must belong to that plan. */
      const checkPlanOfGoal = async (req: FastifyRequest, goalId: string) => {
        if ((await planOfGoal(db, tenantOf(req).id, goalId)) !== param(req, "id")) throw notFound();
      };
      const goalForm = async (req: FastifyRequest, reply: FastifyReply, fieldId: string, id: string | null, values?: FormValues, errors: FieldError[] = [], status = 200) => {
        const tenant = tenantOf(req);
        const field = await getField(db, tenant.id, fieldId);
        if (field.planId !== param(req, "id")) throw notFound();
        let shown = values;
        if (!shown) {
          const g = id ? await getGoal(db, tenant.id, id) : null;
          shown = g
            ? { title: g.title, description: g.description, indicator: g.indicator, targetValue: g.targetValue === null ? "" : String(g.targetValue).replace(".", ","), targetYear: g.targetYear === null ? "" : String(g.targetYear), position: String(g.position) }
            : { position: "0" };
        }
        return sendPage(reply, <GoalFormPage ctx={ctxOf(req, reply)} planId={param(req, "id")} fieldId={fieldId} id={id} form={{ values: shown, errors }} />, status);
      };
      admin.get("/strategie/handlungskonzept/:id/feld/:field/ziel/neu", async (req, reply) => goalForm(req, reply, param(req, "field"), null));
      admin.post("/strategie/handlungskonzept/:id/feld/:field/ziel/neu", async (req, reply) => {
        const body = formBody(req);
        const field = await getField(db, tenantOf(req).id, param(req, "field"));
        if (field.planId !== param(req, "id")) throw notFound();
        try {
          await saveGoal(db, scopeOf(req), field.id, null, parseWith(GoalInput, body, req.lang));
        } catch (err) {
          return goalForm(req, reply, field.id, null, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, pBase(req), "strategy.notice.saved");
      });
      admin.get("/strategie/handlungskonzept/:id/ziel/:goal", async (req, reply) => {
        const g = await getGoal(db, tenantOf(req).id, param(req, "goal"));
        await checkPlanOfGoal(req, g.id);
        return goalForm(req, reply, g.fieldId, g.id);
      });
      admin.post("/strategie/handlungskonzept/:id/ziel/:goal", async (req, reply) => {
        const g = await getGoal(db, tenantOf(req).id, param(req, "goal"));
        await checkPlanOfGoal(req, g.id);
        const body = formBody(req);
        try {
          await saveGoal(db, scopeOf(req), g.fieldId, g.id, parseWith(GoalInput, body, req.lang));
        } catch (err) {
          return goalForm(req, reply, g.fieldId, g.id, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, pBase(req), "strategy.notice.saved");
      });

      const measureForm = async (req: FastifyRequest, reply: FastifyReply, goalId: string, id: string | null, forms: { measure?: { values: FormValues; errors: FieldError[] }; note?: { values: FormValues; errors: FieldError[] } } = {}, status = 200) => {
        const tenant = tenantOf(req);
        await checkPlanOfGoal(req, goalId);
        const plan = id ? await planTree(db, tenant.id, param(req, "id")) : null;
        const measure = id ? (plan!.fields.flatMap((f) => f.goals.flatMap((g) => g.measures)).find((m) => m.id === id) ?? null) : null;
        if (id && !measure) throw notFound();
        const values: FormValues = measure
          ? {
              title: measure.title,
              description: measure.description,
              responsible: measure.responsible,
              partners: measure.partners,
              startsOn: measure.startsOn ?? "",
              endsOn: measure.endsOn ?? "",
              budget: measure.budget === null ? "" : String(measure.budget).replace(".", ","),
              status: measure.status,
              position: String(measure.position),
            }
          : { status: "planned", position: "0" };
        const today = new Date().toISOString().slice(0, 10);
        return sendPage(
          reply,
          <MeasureFormPage ctx={ctxOf(req, reply)} planId={param(req, "id")} goalId={goalId} measure={measure} form={forms.measure ?? { values, errors: [] }} noteForm={forms.note ?? { values: { notedOn: today }, errors: [] }} />,
          status,
        );
      };
      admin.get("/strategie/handlungskonzept/:id/ziel/:goal/massnahme/neu", async (req, reply) => measureForm(req, reply, param(req, "goal"), null));
      admin.post("/strategie/handlungskonzept/:id/ziel/:goal/massnahme/neu", async (req, reply) => {
        const goalId = param(req, "goal");
        await checkPlanOfGoal(req, goalId);
        const body = formBody(req);
        try {
          await saveMeasure(db, scopeOf(req), goalId, null, parseWith(MeasureInput, body, req.lang));
        } catch (err) {
          return measureForm(req, reply, goalId, null, { measure: { values: formValues(body), errors: fieldErrors(err) } }, 422);
        }
        return redirectWithNotice(reply, pBase(req), "strategy.notice.saved");
      });
      admin.get("/strategie/handlungskonzept/:id/massnahme/:measure", async (req, reply) => {
        const m = await getMeasure(db, tenantOf(req).id, param(req, "measure"));
        return measureForm(req, reply, m.goalId, m.id);
      });
      admin.post("/strategie/handlungskonzept/:id/massnahme/:measure", async (req, reply) => {
        const m = await getMeasure(db, tenantOf(req).id, param(req, "measure"));
        await checkPlanOfGoal(req, m.goalId);
        const body = formBody(req);
        try {
          await saveMeasure(db, scopeOf(req), m.goalId, m.id, parseWith(MeasureInput, body, req.lang));
        } catch (err) {
          return measureForm(req, reply, m.goalId, m.id, { measure: { values: formValues(body), errors: fieldErrors(err) } }, 422);
        }
        return redirectWithNotice(reply, pBase(req), "strategy.notice.saved");
      });
      admin.post("/strategie/handlungskonzept/:id/massnahme/:measure/notiz", async (req, reply) => {
        const m = await getMeasure(db, tenantOf(req).id, param(req, "measure"));
        await checkPlanOfGoal(req, m.goalId);
        const body = formBody(req);
        try {
          await addNote(db, scopeOf(req), m.id, parseWith(NoteInput, body));
        } catch (err) {
          return measureForm(req, reply, m.goalId, m.id, { note: { values: formValues(body), errors: fieldErrors(err) } }, 422);
        }
        return redirectWithNotice(reply, `${pBase(req)}/massnahme/${m.id}`, "strategy.notice.noteAdded");
      });
      for (const [segment, kind] of [["feld", "field"], ["ziel", "goal"], ["massnahme", "measure"]] as const) {
        admin.post(`/strategie/handlungskonzept/:id/${segment}/:node/loeschen`, async (req, reply) => {
          const tenant = tenantOf(req);
          const node = param(req, "node");
          const goalId = kind === "goal" ? node : kind === "measure" ? (await getMeasure(db, tenant.id, node)).goalId : null;
          if (goalId) await checkPlanOfGoal(req, goalId);
          else if ((await getField(db, tenant.id, node)).planId !== param(req, "id")) throw notFound();
          try {
            await deleteNode(db, scopeOf(req), kind, node);
          } catch (err) {
            fieldErrors(err);
            return redirectWithNotice(reply, pBase(req), "strategy.validation.fieldInUse");
          }
          return redirectWithNotice(reply, pBase(req), "strategy.notice.deleted");
        });
      }

      // Translations of the plan's texts (what the public page shows), one language at a time.
      const planSlots = (plan: PlanTree) =>
        plan.fields.flatMap((f) => [
          ...textSlotsOf("field", f),
          ...f.goals.flatMap((g) => [...textSlotsOf("goal", g), ...g.measures.flatMap((m) => textSlotsOf("measure", m))]),
        ]);
      const translatePlan = async (req: FastifyRequest, reply: FastifyReply, values?: FormValues, status = 200) => {
        const tenant = tenantOf(req);
        const plan = await planTree(db, tenant.id, param(req, "id"));
        const lang = param(req, "lang");
        if (!isLocale(lang) || lang === "de") throw notFound();
        const slots = planSlots(plan);
        const stored = await storedPlanTranslations(plan, lang);
        const shown = values ?? Object.fromEntries(slots.map((s) => [s.path, stored.get(`${s.id}|${s.field}|${lang}`)?.text ?? ""]));
        return sendPage(
          reply,
          <TranslatePage
            ctx={ctxOf(req, reply)}
            name={plan.title}
            lang={lang}
            back={pBase(req)}
            hrefFor={(l) => `${pBase(req)}/uebersetzung/${l}`}
            fields={slots.map((s) => ({ field: s.path, german: s.german, state: stateOf(s.german, stored.get(`${s.id}|${s.field}|${lang}`), lang), long: s.field === "description" }))}
            labelOf={(path) => req.t(`strategy.planText.${path.split(".")[0]}.${path.split(".")[2]}`)}
            state={{ values: shown, errors: [] }}
          />,
          status,
        );
      };
      admin.get("/strategie/handlungskonzept/:id/uebersetzung/:lang", async (req, reply) => translatePlan(req, reply));
      admin.post("/strategie/handlungskonzept/:id/uebersetzung/:lang", async (req, reply) => {
        const tenant = tenantOf(req);
        const plan = await planTree(db, tenant.id, param(req, "id"));
        const lang = param(req, "lang");
        if (!isLocale(lang) || lang === "de") throw notFound();
        const body = formBody(req);
        await db.transaction(async (tx) => {
          let n = 0;
          for (const s of planSlots(plan)) {
            if (typeof body[s.path] !== "string") continue;
            await saveTranslation(tx, { tenantId: tenant.id, entity: `st_${s.kind}`, entityId: s.id, field: s.field, lang, text: (body[s.path] as string).slice(0, 4000), german: s.german });
            n++;
          }
          await audit(tx, { tenantId: tenant.id, actor: scopeOf(req).actor, action: "translate", entity: "st_plan", entityId: plan.id, changes: { lang, texts: n } });
        });
        return redirectWithNotice(reply, pBase(req), "strategy.notice.translated");
      });

      admin.get("/strategie/bestandsaufnahme", async (req, reply) => {
        const tenant = tenantOf(req);
        const plans = await listPlans(db, tenant.id);
        const wanted = String((req.query as Record<string, unknown>).plan ?? "");
        const chosen = plans.find((p) => p.id === wanted) ?? plans.find((p) => p.status === "adopted") ?? plans[0] ?? null;
        const towns = await listTowns(db, tenant.id);
        let rows: InventoryRow[] = [];
        if (chosen) {
          const tree = await planTree(db, tenant.id, chosen.id);
          const counts = await offerCounts(db, tenant.id);
          rows = tree.fields
            .filter((f) => f.topics.length > 0)
            .map((f) => {
              const mine = counts.filter((c) => f.topics.includes(c.topic));
              return {
                field: f.title,
                topics: f.topics,
                byTown: towns.map((w) => mine.filter((c) => c.town === w.slug).reduce((n, c) => n + c.offers, 0)),
                total: mine.reduce((n, c) => n + c.offers, 0),
              };
            });
        }
        return sendPage(reply, <InventoryPage ctx={ctxOf(req, reply)} plan={chosen} plans={plans} towns={towns.map((w) => w.name)} rows={rows} />);
      });
    }),
    { prefix: "/admin/:tenant" },
  );

  await app.register(
    publicPages(async (pub) => {
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req) });

      pub.get("/handlungskonzept", async (req, reply) => {
        const tenant = tenantOf(req);
        const plan = await currentPlan(db, tenant.id);
        const texts = await planTexts(plan, req.lang);
        return sendPage(reply, <PublicPlanPage ctx={ctxOf(req, reply)} plan={plan} texts={texts} reports={await publishedYears(db, tenant.id)} />);
      });
    }),
    { prefix: "/:tenant/:lang" },
  );

  async function storedPlanTranslations(plan: PlanTree | null, lang: Locale) {
    const ids = plan ? plan.fields.flatMap((f) => [f.id, ...f.goals.flatMap((g) => [g.id, ...g.measures.map((m) => m.id)])]) : [];
    if (lang === "de" || ids.length === 0) return new Map<string, StoredTranslation>();
    return new Map([...(await loadTranslations(db, "st_field", ids, [lang])), ...(await loadTranslations(db, "st_goal", ids, [lang])), ...(await loadTranslations(db, "st_measure", ids, [lang]))]);
  }

  /** Field, goal and measure texts in the reader's language (content_translation), German where missing. */
  async function planTexts(plan: PlanTree | null, lang: Locale) {
    const tr = await storedPlanTranslations(plan, lang);
    return (_kind: "field" | "goal" | "measure", id: string, field: "title" | "description", german: string) => localized(german, tr.get(`${id}|${field}|${lang}`), lang);
  }

  function measuresSheet(req: FastifyRequest, plan: PlanTree): Sheet {
    const t = req.t;
    return {
      name: plan.title.slice(0, 31),
      header: [t("strategy.inventory.field"), t("strategy.goal.title"), t("strategy.measure.title"), t("strategy.measure.responsible"), t("strategy.measure.partners"), t("strategy.measure.startsOn"), t("strategy.measure.endsOn"), t("strategy.measure.budget"), t("strategy.round.status"), t("strategy.measure.notes")],
      rows: plan.fields.flatMap((f) =>
        f.goals.flatMap((g) => g.measures.map((m) => [f.title, g.title, m.title, m.responsible, m.partners, m.startsOn, m.endsOn, m.budget, t(`strategy.measure.status.${m.status}`), m.notes.map((n) => `${n.notedOn}: ${n.text}`).join("\n")])),
      ),
      widths: [24, 30, 40, 20, 20, 12, 12, 12, 16, 40],
    };
  }

  // JSON API

  await app.register(
    backOffice(async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      const tags = ["Strategie"];
      typed.get(
        "/strategie/massnahmen/zahlen",
        { schema: { tags, summary: "Measures of the current Handlungskonzept by field of action and status (for the integration report)", params: z.object({ tenant: z.string() }) } },
        async (req) => measureCounts(db, tenantOf(req).id),
      );
    }),
    { prefix: "/api/v1/admin/:tenant" },
  );

  await app.register(
    publicTenant(async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get(
        "/handlungskonzept",
        { schema: { tags: ["Strategie"], summary: "The current Handlungskonzept: fields of action, goals and measures with their status", params: z.object({ tenant: z.string() }), querystring: z.object({ lang: z.enum(LOCALES).default("de") }) } },
        async (req) => {
          const plan = await currentPlan(db, tenantOf(req).id);
          if (!plan) return { plan: null };
          const texts = await planTexts(plan, req.query.lang);
          return {
            plan: {
              title: plan.title,
              startsYear: plan.startsYear,
              endsYear: plan.endsYear,
              fields: plan.fields.map((f) => ({
                title: texts("field", f.id, "title", f.title).text,
                goals: f.goals.map((g) => ({
                  title: texts("goal", g.id, "title", g.title).text,
                  indicator: g.indicator,
                  targetValue: g.targetValue,
                  targetYear: g.targetYear,
                  measures: g.measures.map((m) => ({ title: texts("measure", m.id, "title", m.title).text, status: m.status, responsible: m.responsible, startsOn: m.startsOn, endsOn: m.endsOn })),
                })),
              })),
            },
          };
        },
      );
    }),
    { prefix: "/api/v1/:tenant" },
  );
}
