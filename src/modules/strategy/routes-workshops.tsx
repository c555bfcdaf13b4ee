/**
 * Workshops: the office's page (priorities, code, votes, the step to goals, the live view) and the
 * participants' side (the code, the ballot) without an account.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { notFound, type FieldError } from "../../core/errors.ts";
import { formBody, pageContext, parseWith, redirectWithNotice, sendPage, takeNotice } from "../../core/http.ts";
import { backOffice, publicPages, tenantOf } from "../../core/scopes.ts";
import type { FormValues } from "../../web/form.tsx";
import { textIn } from "./model.ts";
import { resultRounds } from "./rounds.ts";
import { openPlans } from "./plans.ts";
import { addItem, adoptAsGoals, castVotes, createWorkshop, getWorkshop, listWorkshops, newParticipant, openWorkshopByCode, participants, workshopDefinition, type WorkshopRow, removeItem, setWorkshopStatus, tally, votesOf } from "./workshops.ts";
import { AdoptInput, BallotInput, ItemInput, WorkshopInput } from "./validation.ts";
import { LivePage, WorkshopFormPage, WorkshopPage, WorkshopsPage } from "./views/workshops.tsx";
import { BallotPage, JoinPage } from "./views/public.tsx";
import { fieldErrors, formValues, param, scopeOf } from "./route-helpers.ts";

const PARTICIPANT_COOKIE = "st_participant";

export async function workshopRoutes(app: FastifyInstance) {
  const { db, config } = app;

  await app.register(
    backOffice(async (admin) => {
      const base = (req: FastifyRequest) => `/admin/${tenantOf(req).slug}/strategie`;
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req), area: "admin" });

      // --- Workshops ----------------------------------------------------------

      admin.get("/strategie/workshops", async (req, reply) => sendPage(reply, <WorkshopsPage ctx={ctxOf(req, reply)} items={await listWorkshops(db, tenantOf(req).id)} notice={takeNotice(req, reply)} />));
      const workshopForm = async (req: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FieldError[] = [], status = 200) =>
        sendPage(reply, <WorkshopFormPage ctx={ctxOf(req, reply)} rounds={await resultRounds(db, tenantOf(req).id)} form={{ values, errors }} />, status);
      admin.get("/strategie/workshops/neu", async (req, reply) => workshopForm(req, reply, { votesPerPerson: "3" }));
      admin.post("/strategie/workshops/neu", async (req, reply) => {
        const body = formBody(req);
        let id: string;
        try {
          id = await createWorkshop(db, scopeOf(req), parseWith(WorkshopInput, body));
        } catch (err) {
          return workshopForm(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return redirectWithNotice(reply, `${base(req)}/workshops/${id}`, "strategy.notice.workshopCreated");
      });

      const workshopAreas = async (req: FastifyRequest, w: WorkshopRow) => (await workshopDefinition(db, tenantOf(req), w)).areas.map((a) => ({ key: a.key, title: textIn(a.title, req.lang).text }));
      const joinUrl = (req: FastifyRequest) => new URL(`/${tenantOf(req).slug}/${req.lang}/mitmachen`, config.baseUrl).toString();
      const showWorkshop = async (req: FastifyRequest, reply: FastifyReply, forms: { item?: { values: FormValues; errors: FieldError[] }; adopt?: { values: FormValues; errors: FieldError[] } } = {}, status = 200) => {
        const tenant = tenantOf(req);
        const w = await getWorkshop(db, tenant.id, param(req, "id"));
        const [areas, items, voters, plans] = await Promise.all([workshopAreas(req, w), tally(db, w.id), participants(db, w.id), openPlans(db, tenant.id)]);
        return sendPage(
          reply,
          <WorkshopPage
            ctx={ctxOf(req, reply)}
            workshop={w}
            joinUrl={joinUrl(req)}
            areas={areas}
            items={items}
            voters={voters}
            plans={plans}
            itemForm={forms.item ?? { values: {}, errors: [] }}
            adoptForm={forms.adopt ?? { values: {}, errors: [] }}
            notice={takeNotice(req, reply)}
          />,
          status,
        );
      };
      admin.get("/strategie/workshops/:id", async (req, reply) => showWorkshop(req, reply));
      admin.get("/strategie/workshops/:id/live", async (req, reply) => {
        const tenant = tenantOf(req);
        const w = await getWorkshop(db, tenant.id, param(req, "id"));
        const [areas, items, voters] = await Promise.all([workshopAreas(req, w), tally(db, w.id), participants(db, w.id)]);
        return sendPage(reply, <LivePage ctx={ctxOf(req, reply)} workshop={w} joinUrl={joinUrl(req)} items={items} voters={voters} areas={areas} />);
      });
      for (const [path, status] of [["schliessen", "closed"], ["oeffnen", "open"]] as const) {
        admin.post(`/strategie/workshops/:id/${path}`, async (req, reply) => {
          await setWorkshopStatus(db, scopeOf(req), param(req, "id"), status);
          return redirectWithNotice(reply, `${base(req)}/workshops/${param(req, "id")}`, "strategy.notice.saved");
        });
      }
      admin.post("/strategie/workshops/:id/punkte", async (req, reply) => {
        const body = formBody(req);
        try {
          await addItem(db, scopeOf(req), param(req, "id"), parseWith(ItemInput, body));
        } catch (err) {
          return showWorkshop(req, reply, { item: { values: formValues(body), errors: fieldErrors(err) } }, 422);
        }
        return redirectWithNotice(reply, `${base(req)}/workshops/${param(req, "id")}`, "strategy.notice.saved");
      });
      admin.post("/strategie/workshops/:id/punkte/:item/loeschen", async (req, reply) => {
        await removeItem(db, scopeOf(req), param(req, "id"), param(req, "item"));
        return redirectWithNotice(reply, `${base(req)}/workshops/${param(req, "id")}`, "strategy.notice.deleted");
      });
      admin.post("/strategie/workshops/:id/uebernehmen", async (req, reply) => {
        const body = formBody(req);
        try {
          const input = parseWith(AdoptInput, body);
          await adoptAsGoals(db, scopeOf(req), param(req, "id"), input.items, input.planId);
          return redirectWithNotice(reply, `${base(req)}/handlungskonzept/${input.planId}`, "strategy.notice.adopted");
        } catch (err) {
          return showWorkshop(req, reply, { adopt: { values: formValues(body), errors: fieldErrors(err) } }, 422);
        }
      });

    }),
    { prefix: "/admin/:tenant" },
  );

  await app.register(
    publicPages(async (pub) => {
      const ctxOf = (req: FastifyRequest, reply: FastifyReply) => pageContext(req, reply, { tenant: tenantOf(req) });

      // --- Workshop votes ----------------------------------------------------

      const joinPath = (req: FastifyRequest) => `/${tenantOf(req).slug}/${req.lang}/mitmachen`;
      pub.get("/mitmachen", async (req, reply) => sendPage(reply, <JoinPage ctx={ctxOf(req, reply)} form={{ values: {}, errors: [] }} action={joinPath(req)} />));
      pub.post("/mitmachen", async (req, reply) => {
        const body = formBody(req);
        const code = String(body.code ?? "");
        const w = await openWorkshopByCode(db, tenantOf(req).id, code);
        if (!w) return sendPage(reply, <JoinPage ctx={ctxOf(req, reply)} form={{ values: { code }, errors: [{ field: "code", key: "strategy.join.unknown" }] }} action={joinPath(req)} />, 422);
        return reply.redirect(`${joinPath(req)}/${w.code}`, 303);
      });

      const participantOf = (req: FastifyRequest, reply: FastifyReply) => {
        const existing = req.cookies[PARTICIPANT_COOKIE];
        if (existing && /^[A-Za-z0-9_-]{20,40}$/.test(existing)) return existing;
        const fresh = newParticipant();
        reply.setCookie(PARTICIPANT_COOKIE, fresh, { path: `/${tenantOf(req).slug}`, httpOnly: true, sameSite: "lax", secure: config.baseUrl.startsWith("https:"), maxAge: 60 * 60 * 24 * 2 });
        return fresh;
      };
      const ballot = async (req: FastifyRequest, reply: FastifyReply, values: FormValues | null, errors: FieldError[] = [], status = 200) => {
        const w = await openWorkshopByCode(db, tenantOf(req).id, param(req, "code"));
        if (!w) throw notFound();
        const who = participantOf(req, reply);
        const [items, chosen] = await Promise.all([tally(db, w.id), votesOf(db, w.id, who)]);
        const def = await workshopDefinition(db, tenantOf(req), w);
        const saved = (req.query as Record<string, unknown>).gespeichert === "1";
        return sendPage(
          reply,
          <BallotPage ctx={ctxOf(req, reply)} workshop={w} areas={def.areas.map((a) => ({ key: a.key, title: a.title }))} items={items} chosen={chosen} form={{ values: values ?? {}, errors }} action={`${joinPath(req)}/${w.code}`} saved={saved && !errors.length} />,
          status,
        );
      };
      pub.get("/mitmachen/:code", async (req, reply) => ballot(req, reply, null));
      pub.post("/mitmachen/:code", async (req, reply) => {
        const w = await openWorkshopByCode(db, tenantOf(req).id, param(req, "code"));
        if (!w) throw notFound();
        const body = formBody(req);
        try {
          await castVotes(db, w, participantOf(req, reply), parseWith(BallotInput, body).items);
        } catch (err) {
          return ballot(req, reply, formValues(body), fieldErrors(err), 422);
        }
        return reply.redirect(`${joinPath(req)}/${w.code}?gespeichert=1`, 303);
      });
    }),
    { prefix: "/:tenant/:lang" },
  );
}
