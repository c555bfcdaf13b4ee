/** Workshops in the back office: the list, a new one, and one workshop with its priorities, code, votes and the step to goals. */
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import { DataTable } from "../../../web/components.tsx";
import { Csrf, ErrorSummary, Select, TextArea, TextField, type FormState } from "../../../web/form.tsx";
import { BarChart, ChartFigure, ChartTable } from "../../../web/charts.tsx";
import type { TallyItem, WorkshopRow } from "../workshops.ts";
import { ActionForm, strategyBase, StrategyPage, SubmitButton } from "./admin.tsx";
import { dateFormat } from "../../../core/i18n.ts";

export function WorkshopsPage({ ctx, items, notice }: { ctx: PageContext; items: WorkshopRow[]; notice: string | null }) {
  const { t } = ctx;
  const b = `${strategyBase(ctx)}/workshops`;
  const date = dateFormat(ctx.lang, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  return (
    <StrategyPage ctx={ctx} title={t("strategy.nav.workshops")} notice={notice}>
      <p>{t("strategy.workshop.intro")}</p>
      <p>
        <a class="kern-btn kern-btn--primary" href={`${b}/neu`}>
          <span class="kern-label">{t("strategy.workshop.new")}</span>
        </a>
      </p>
      {items.length === 0 ? (
        <p>{t("strategy.workshop.none")}</p>
      ) : (
        <DataTable caption={t("strategy.nav.workshops")} headers={[t("strategy.field.title"), t("strategy.workshop.created"), t("strategy.workshop.code"), t("strategy.round.status")]}>
          {items.map((w) => (
            <tr key={w.id}>
              <td dir="auto">
                <a href={`${b}/${w.id}`}>{w.title}</a>
              </td>
              <td>{date.format(w.createdAt)}</td>
              <td>{w.status === "open" ? <code>{w.code}</code> : "–"}</td>
              <td>{t(`strategy.workshop.status.${w.status}`)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </StrategyPage>
  );
}

export function WorkshopFormPage({ ctx, rounds, form }: { ctx: PageContext; rounds: { id: string; title: string }[]; form: FormState }) {
  const { t } = ctx;
  const b = `${strategyBase(ctx)}/workshops`;
  return (
    <StrategyPage ctx={ctx} title={t("strategy.workshop.new")} back={{ href: b, label: t("strategy.workshop.back") }}>
      <ErrorSummary state={form} t={t} />
      {rounds.length === 0 ? <p class="notice">{t("strategy.workshop.needsRound")}</p> : null}
      <form method="post" action={`${b}/neu`} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <Select name="roundId" label={t("strategy.workshop.round")} state={form} t={t} required empty="–" options={rounds.map((r) => ({ value: r.id, label: r.title }))} />
        <TextField name="title" label={t("strategy.field.title")} state={form} t={t} required dirAuto />
        <TextField name="votesPerPerson" type="number" inputMode="numeric" label={t("strategy.workshop.votesPerPerson")} hint={t("strategy.workshop.votesHint")} state={form} t={t} required />
        <div class="actions">
          <SubmitButton label={t("strategy.workshop.create")} />
        </div>
      </form>
    </StrategyPage>
  );
}

export function WorkshopPage(p: {
  ctx: PageContext;
  workshop: WorkshopRow;
  joinUrl: string;
  areas: { key: string; title: string }[];
  items: TallyItem[];
  voters: number;
  plans: { id: string; title: string }[];
  itemForm: FormState;
  adoptForm: FormState;
  notice: string | null;
}) {
  const { ctx, workshop: w, items, areas } = p;
  const { t } = ctx;
  const b = `${strategyBase(ctx)}/workshops/${w.id}`;
  const areaTitle = new Map(areas.map((a) => [a.key, a.title]));
  const ranked = [...items].sort((x, y) => y.votes - x.votes);
  return (
    <StrategyPage ctx={ctx} title={w.title} notice={p.notice} back={{ href: `${strategyBase(ctx)}/workshops`, label: t("strategy.workshop.back") }}>
      {w.status === "open" ? (
        <div class="card">
          <p>{t("strategy.workshop.joinAt")}</p>
          <p class="workshop-code" dir="ltr">
            <span>{p.joinUrl}</span>
            <br />
            {t("strategy.workshop.code")}: <strong>{w.code}</strong>
          </p>
        </div>
      ) : (
        <p class="notice">{t("strategy.workshop.closedHint")}</p>
      )}
      <p>{t("strategy.workshop.voters", { count: p.voters, votes: w.votesPerPerson })}</p>
      <div class="button-row">
        <a class="kern-btn kern-btn--secondary" href={`${b}/live`}>
          <span class="kern-label">{t("strategy.workshop.live")}</span>
        </a>
        {w.status === "open" ? <ActionForm ctx={ctx} action={`${b}/schliessen`} label={t("strategy.workshop.close")} /> : <ActionForm ctx={ctx} action={`${b}/oeffnen`} label={t("strategy.workshop.reopen")} />}
      </div>
      <h2>{t("strategy.workshop.items")}</h2>
      <p class="kern-hint">{t("strategy.workshop.itemsHint")}</p>
      <ErrorSummary state={p.adoptForm} t={t} />
      <form method="post" action={`${b}/uebernehmen`} class="stack" novalidate id="adopt">
        <Csrf token={ctx.csrfToken()} />
        {areas.map((a) => {
          const own = items.filter((i) => i.areaKey === a.key);
          if (own.length === 0) return null;
          return (
            <fieldset key={a.key} class="kern-fieldset">
              <legend class="kern-label" dir="auto">
                {a.title}
              </legend>
              {own.map((i) => (
                <div class="kern-form-check" key={i.id}>
                  <input class="kern-form-check__checkbox" type="checkbox" id={`item-${i.id}`} name="items" value={i.id} disabled={i.goalId !== null} checked={i.goalId !== null} />
                  <label class="kern-label" for={`item-${i.id}`}>
                    <span dir="auto">{i.text}</span> – {t("strategy.workshop.votes", { count: i.votes })}
                    {i.goalId ? ` – ${t("strategy.workshop.adopted")}` : ""}
                  </label>
                </div>
              ))}
            </fieldset>
          );
        })}
        {p.plans.length === 0 ? (
          <p class="notice">{t("strategy.workshop.needsPlan")}</p>
        ) : (
          <>
            <Select name="planId" label={t("strategy.workshop.plan")} state={p.adoptForm} t={t} required options={p.plans.map((x) => ({ value: x.id, label: x.title }))} />
            <div class="actions">
              <SubmitButton label={t("strategy.workshop.adopt")} />
            </div>
          </>
        )}
      </form>
      <h3>{t("strategy.workshop.removeItems")}</h3>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            <span dir="auto">{i.text}</span>{" "}
            <ActionForm ctx={ctx} action={`${b}/punkte/${i.id}/loeschen`} label={t("strategy.workshop.removeItem")} />
          </li>
        ))}
      </ul>
      <h3>{t("strategy.workshop.addItem")}</h3>
      <ErrorSummary state={p.itemForm} t={t} />
      <form method="post" action={`${b}/punkte`} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <Select name="areaKey" label={t("strategy.results.area")} state={p.itemForm} t={t} required empty="–" options={areas.map((a) => ({ value: a.key, label: a.title }))} />
        <TextArea name="text" label={t("strategy.workshop.itemText")} state={p.itemForm} t={t} rows={2} required />
        <div class="actions">
          <SubmitButton label={t("strategy.workshop.addItem")} secondary />
        </div>
      </form>
      {ranked.length ? <h2>{t("strategy.workshop.ranking")}</h2> : null}
      {ranked.length ? <Ranking ctx={ctx} items={ranked} areaTitle={areaTitle} /> : null}
    </StrategyPage>
  );
}

function Ranking({ ctx, items, areaTitle }: { ctx: PageContext; items: TallyItem[]; areaTitle: Map<string, string> }) {
  const { t } = ctx;
  const labels = items.map((i) => `${i.text} (${areaTitle.get(i.areaKey) ?? i.areaKey})`);
  const series = [{ key: "votes", label: t("strategy.workshop.votesLabel"), values: items.map((i) => i.votes) }];
  const max = Math.max(1, ...items.map((i) => i.votes));
  return (
    <ChartFigure
      caption={t("strategy.workshop.ranking")}
      chart={<BarChart id="workshop-ranking" title={t("strategy.workshop.ranking")} categories={labels} series={series} max={max} dir={ctx.dir} />}
      table={<ChartTable caption={t("strategy.workshop.ranking")} corner={t("strategy.workshop.item")} categories={labels} series={series} />}
    />
  );
}

/** For the projector: the code, the number of voters and the ranking; refreshed by the person at the laptop. */
export function LivePage({ ctx, workshop, joinUrl, items, voters, areas }: { ctx: PageContext; workshop: WorkshopRow; joinUrl: string; items: TallyItem[]; voters: number; areas: { key: string; title: string }[] }) {
  const { t } = ctx;
  const ranked = [...items].sort((x, y) => y.votes - x.votes);
  return (
    <Layout ctx={ctx} title={workshop.title}>
      <div class="presentation">
        <h1 dir="auto">{workshop.title}</h1>
        {workshop.status === "open" ? (
          <p class="workshop-code" dir="ltr">
            {joinUrl} · {t("strategy.workshop.code")}: <strong>{workshop.code}</strong>
          </p>
        ) : null}
        <p>{t("strategy.workshop.voters", { count: voters, votes: workshop.votesPerPerson })}</p>
        <p>
          <a class="kern-btn kern-btn--primary" href={`${strategyBase(ctx)}/workshops/${workshop.id}/live`}>
            <span class="kern-label">{t("strategy.workshop.refresh")}</span>
          </a>{" "}
          <a href={`${strategyBase(ctx)}/workshops/${workshop.id}`}>{t("strategy.present.end")}</a>
        </p>
        {ranked.length ? <Ranking ctx={ctx} items={ranked} areaTitle={new Map(areas.map((a) => [a.key, a.title]))} /> : null}
      </div>
    </Layout>
  );
}
