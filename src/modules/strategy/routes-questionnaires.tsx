/**
 * Questionnaires in the back office: a Land template copied, a municipality's own edited (title,
 * areas with their bands, questions; moved, deleted) and translated text by text.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { notFound, type FieldError } from "../../core/errors.ts";
import { formBody, pageContext, parseWith, redirectWithNotice, sendPage, takeNotice } from "../../core/http.ts";
import { isLocale, LOCALES } from "../../core/i18n.ts";
import { backOffice, tenantOf } from "../../core/scopes.ts";
import type { FormValues } from "../../web/form.tsx";
import { TranslatePage } from "../../web/translate.tsx";
import { textIn } from "./model.ts";
import { copyQuestionnaire, deleteArea, deleteQuestion, moveQuestion, readableQuestionnaire, saveArea, saveMeta, saveQuestion, saveTranslations, setArchived, textSlots } from "./questionnaires.ts";
import { AreaInput, MetaInput, QuestionInput } from "./validation.ts";
import { AreaFormPage, MetaFormPage, QuestionFormPage, QuestionnairePage } from "./views/admin.tsx";
import { de, fieldErrors, formValues, param, scopeOf } from "./route-helpers.ts";

export async function questionnaireRoutes(app: FastifyInstance) {
  const { db } = app;

  await app.register(
    backOffice(async (admin) => {
      const base = (req: FastifyRequest) => `/admin/${tenantOf(req).slug}/strategie`;
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req), area: "admin" });

      // --- Questionnaires -----------------------------------------------------

      const qBase = (req: FastifyRequest) => `${base(req)}/fragebogen/${param(req, "id")}`;

      admin.get("/strategie/fragebogen/:id", async (req, reply) => {
        const tenant = tenantOf(req);
        const q = await readableQuestionnaire(db, tenant, param(req, "id"));
        const translation: Record<string, { missing: number; outdated: number }> = {};
        const slots = textSlots(q);
        for (const lang of LOCALES.filter((l) => l !== "de")) {
          const states = slots.map((s) => textIn(s.text, lang).state);
          translation[lang] = { missing: states.filter((s) => s === "missing").length, outdated: states.filter((s) => s === "outdated").length };
        }
        return sendPage(reply, <QuestionnairePage ctx={ctxOf(req, reply)} q={q} own={q.tenantId === tenant.id} translation={translation} notice={takeNotice(req, reply)} />);
      });

      admin.post("/strategie/fragebogen/:id/kopieren", async (req, reply) => {
        const id = await copyQuestionnaire(db, scopeOf(req), param(req, "id"));
        return redirectWithNotice(reply, `${base(req)}/fragebogen/${id}`, "strategy.notice.copied");
      });

      for (const [path, archived] of [["archivieren", true], ["wiederherstellen", false]] as const) {
        admin.post(`/strategie/fragebogen/:id/${path}`, async (req, reply) => {
          await setArchived(db, scopeOf(req), param(req, "id"), Number(formBody(req).version), archived);
          return redirectWithNotice(reply, qBase(req), "strategy.notice.saved");
        });
      }

      /** Only the tenant's own questionnaires are edited; a Land template answers 404 here. */
      const ownQuestionnaire = async (req: FastifyRequest) => {
        const q = await readableQuestionnaire(db, tenantOf(req), param(req, "id"));
        if (q.tenantId !== tenantOf(req).id) throw notFound();
        return q;
      };

      admin.get("/strategie/fragebogen/:id/bearbeiten", async (req, reply) => {
        const q = await ownQuestionnaire(req);
        return sendPage(reply, <MetaFormPage ctx={ctxOf(req, reply)} id={q.id} form={{ values: { title: de(q.title), description: de(q.description), version: String(q.version) }, errors: [] }} />);
      });
      admin.post("/strategie/fragebogen/:id/bearbeiten", async (req, reply) => {
        const q = await ownQuestionnaire(req);
        const body = formBody(req);
        try {
          const input = parseWith(MetaInput, body);
          await saveMeta(db, scopeOf(req), q.id, input.version, input);
        } catch (err) {
          return sendPage(reply, <MetaFormPage ctx={ctxOf(req, reply)} id={q.id} form={{ values: formValues(body), errors: fieldErrors(err) }} />, 422);
        }
        return redirectWithNotice(reply, qBase(req), "strategy.notice.saved");
      });

      const areaValues = (q: Awaited<ReturnType<typeof ownQuestionnaire>>, key: string | null): FormValues => {
        const a = key ? q.definition.areas.find((x) => x.key === key) : undefined;
        if (key && !a) throw notFound();
        const values: FormValues = { title: de(a?.title), intro: de(a?.intro), version: String(q.version) };
        const bands = a?.bands ?? [];
        bands.forEach((b, i) => {
          values[`bandUpTo${i}`] = String(b.upTo);
          values[`bandText${i}`] = b.text.de;
        });
        return values;
      };
      const areaRoute = (editing: boolean) => ({
        get: async (req: FastifyRequest, reply: FastifyReply) => {
          const q = await ownQuestionnaire(req);
          const key = editing ? param(req, "area") : null;
          const area = key ? (q.definition.areas.find((a) => a.key === key) ?? null) : null;
          return sendPage(reply, <AreaFormPage ctx={ctxOf(req, reply)} id={q.id} area={area} form={{ values: areaValues(q, key), errors: [] }} />);
        },
        post: async (req: FastifyRequest, reply: FastifyReply) => {
          const q = await ownQuestionnaire(req);
          const key = editing ? param(req, "area") : null;
          const area = key ? (q.definition.areas.find((a) => a.key === key) ?? null) : null;
          if (key && !area) throw notFound();
          const body = formBody(req);
          try {
            const input = parseWith(AreaInput, body);
            await saveArea(db, scopeOf(req), q.id, input.version, key, input);
          } catch (err) {
            return sendPage(reply, <AreaFormPage ctx={ctxOf(req, reply)} id={q.id} area={area} form={{ values: formValues(body), errors: fieldErrors(err) }} />, 422);
          }
          return redirectWithNotice(reply, qBase(req), "strategy.notice.saved");
        },
      });
      admin.get("/strategie/fragebogen/:id/bereich/neu", areaRoute(false).get);
      admin.post("/strategie/fragebogen/:id/bereich/neu", areaRoute(false).post);
      admin.get("/strategie/fragebogen/:id/bereich/:area", areaRoute(true).get);
      admin.post("/strategie/fragebogen/:id/bereich/:area", areaRoute(true).post);
      admin.post("/strategie/fragebogen/:id/bereich/:area/loeschen", async (req, reply) => {
        const q = await ownQuestionnaire(req);
        await deleteArea(db, scopeOf(req), q.id, Number(formBody(req).version), param(req, "area"));
        return redirectWithNotice(reply, qBase(req), "strategy.notice.deleted");
      });

      const questionValues = (q: Awaited<ReturnType<typeof ownQuestionnaire>>, areaKey: string, key: string | null): FormValues => {
        const area = q.definition.areas.find((a) => a.key === areaKey);
        if (!area) throw notFound();
        const qu = key ? area.questions.find((x) => x.key === key) : undefined;
        if (key && !qu) throw notFound();
        if (!qu) return { type: "scale", weight: "1", dontKnow: "on", version: String(q.version), scaleLabels: "" };
        return {
          type: qu.type,
          text: qu.text.de,
          hint: de(qu.hint),
          required: qu.required ? "on" : "",
          dontKnow: qu.dontKnow ? "on" : "",
          weight: String(qu.weight),
          scaleLabels: (qu.scale?.labels ?? []).map((l) => l.de).join("\n"),
          options: (qu.options ?? []).map((o) => (o.score === null ? o.label.de : `${o.label.de} | ${o.score}`)).join("\n"),
          min: qu.number?.min === undefined ? "" : String(qu.number.min),
          max: qu.number?.max === undefined ? "" : String(qu.number.max),
          unit: de(qu.number?.unit),
          version: String(q.version),
        };
      };
      const questionRoute = (editing: boolean) => ({
        get: async (req: FastifyRequest, reply: FastifyReply) => {
          const q = await ownQuestionnaire(req);
          const key = editing ? param(req, "question") : null;
          return sendPage(reply, <QuestionFormPage ctx={ctxOf(req, reply)} id={q.id} areaKey={param(req, "area")} questionKey={key} form={{ values: questionValues(q, param(req, "area"), key), errors: [] }} />);
        },
        post: async (req: FastifyRequest, reply: FastifyReply) => {
          const q = await ownQuestionnaire(req);
          const key = editing ? param(req, "question") : null;
          questionValues(q, param(req, "area"), key);
          const body = formBody(req);
          try {
            const input = parseWith(QuestionInput, body, req.lang);
            await saveQuestion(db, scopeOf(req), q.id, input.version, param(req, "area"), key, input);
          } catch (err) {
            return sendPage(reply, <QuestionFormPage ctx={ctxOf(req, reply)} id={q.id} areaKey={param(req, "area")} questionKey={key} form={{ values: formValues(body), errors: fieldErrors(err) }} />, 422);
          }
          return redirectWithNotice(reply, qBase(req), "strategy.notice.saved");
        },
      });
      admin.get("/strategie/fragebogen/:id/bereich/:area/frage/neu", questionRoute(false).get);
      admin.post("/strategie/fragebogen/:id/bereich/:area/frage/neu", questionRoute(false).post);
      admin.get("/strategie/fragebogen/:id/bereich/:area/frage/:question", questionRoute(true).get);
      admin.post("/strategie/fragebogen/:id/bereich/:area/frage/:question", questionRoute(true).post);
      admin.post("/strategie/fragebogen/:id/bereich/:area/frage/:question/loeschen", async (req, reply) => {
        const q = await ownQuestionnaire(req);
        await deleteQuestion(db, scopeOf(req), q.id, Number(formBody(req).version), param(req, "area"), param(req, "question"));
        return redirectWithNotice(reply, qBase(req), "strategy.notice.deleted");
      });
      for (const [path, by] of [["hoch", -1], ["runter", 1]] as const) {
        admin.post(`/strategie/fragebogen/:id/bereich/:area/frage/:question/${path}`, async (req, reply) => {
          const q = await ownQuestionnaire(req);
          try {
            await moveQuestion(db, scopeOf(req), q.id, Number(formBody(req).version), param(req, "area"), param(req, "question"), by);
          } catch (err) {
            if (fieldErrors(err).some((f) => f.key === "strategy.validation.stale")) return redirectWithNotice(reply, qBase(req), "strategy.validation.stale");
          }
          return redirectWithNotice(reply, `${qBase(req)}#area-${param(req, "area")}`, "strategy.notice.saved");
        });
      }

      const translateRoute = async (req: FastifyRequest, reply: FastifyReply, values?: FormValues, errors: FieldError[] = [], status = 200) => {
        const q = await ownQuestionnaire(req);
        const lang = param(req, "lang");
        if (!isLocale(lang) || lang === "de") throw notFound();
        const slots = textSlots(q);
        const shown: FormValues = values ?? Object.fromEntries(slots.map((s) => [s.path, s.text.tr[lang]?.text ?? ""]));
        const kindOf = new Map(slots.map((s) => [s.path, s.kindKey]));
        return sendPage(
          reply,
          <TranslatePage
            ctx={ctxOf(req, reply)}
            name={textIn(q.title, "de").text}
            lang={lang}
            back={qBase(req)}
            hrefFor={(l) => `${qBase(req)}/uebersetzung/${l}`}
            fields={[...slots.map((s) => ({ field: s.path, german: s.text.de, state: textIn(s.text, lang).state, long: s.text.de.length > 120 }))]}
            labelOf={(path) => req.t(kindOf.get(path) ?? "strategy.text.title")}
            state={{ values: shown, errors }}
          />,
          status,
        );
      };
      admin.get("/strategie/fragebogen/:id/uebersetzung/:lang", async (req, reply) => translateRoute(req, reply));
      admin.post("/strategie/fragebogen/:id/uebersetzung/:lang", async (req, reply) => {
        const q = await ownQuestionnaire(req);
        const lang = param(req, "lang");
        if (!isLocale(lang) || lang === "de") throw notFound();
        const body = formBody(req);
        const texts = Object.fromEntries(textSlots(q).flatMap((s) => (typeof body[s.path] === "string" ? [[s.path, (body[s.path] as string).slice(0, 4000)]] : [])));
        try {
          // The page carries no version: translations of other texts are never overwritten, only the ones sent.
          await saveTranslations(db, scopeOf(req), q.id, q.version, lang, texts);
        } catch (err) {
          return translateRoute(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, qBase(req), "strategy.notice.translated");
      });

    }),
    { prefix: "/admin/:tenant" },
  );
}
