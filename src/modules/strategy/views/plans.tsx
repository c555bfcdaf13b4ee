/** The Handlungskonzept in the back office: plans, one plan as a tree, the forms of each level, and the inventory of offers. */
import type { PageContext } from "../../../web/context.ts";
import { DataTable, Joined } from "../../../web/components.tsx";
import { Checkboxes, Csrf, ErrorSummary, Select, TextArea, TextField, type FormState } from "../../../web/form.tsx";
import { TOPICS } from "../../directory/model.ts";
import { AUTONYMS, formatDay, LOCALES } from "../../../core/i18n.ts";
import { MEASURE_STATUSES, type MeasureStatus } from "../model.ts";
import type { FieldTree, GoalTree, MeasureTree, PlanRow, PlanTree } from "../plans.ts";
import { ActionForm, strategyBase, StrategyPage, SubmitButton } from "./admin.tsx";

const planBase = (ctx: PageContext, id: string) => `${strategyBase(ctx)}/handlungskonzept/${id}`;

/** A calendar date (YYYY-MM-DD) as the reader writes it. */
export const day = (lang: string, iso: string | null) => (iso ? formatDay(lang, iso) : "");
export const period = (lang: string, from: string | null, to: string | null) => [day(lang, from), day(lang, to)].filter(Boolean).join(" – ");

/** Whole euros without cents, otherwise with them (12.500,50 € was shown as 12.501 €). */
export const money = (lang: string, v: number) => new Intl.NumberFormat(lang, { style: "currency", currency: "EUR", minimumFractionDigits: Number.isInteger(v) ? 0 : 2, maximumFractionDigits: 2 }).format(v);

export function StatusTag({ ctx, status }: { ctx: PageContext; status: MeasureStatus }) {
  return <span class={`tag tag--measure-${status}`}>{ctx.t(`strategy.measure.status.${status}`)}</span>;
}

export function PlansPage({ ctx, plans, form, notice }: { ctx: PageContext; plans: (PlanRow & { measures: number })[]; form: FormState; notice: string | null }) {
  const { t } = ctx;
  const b = `${strategyBase(ctx)}/handlungskonzept`;
  return (
    <StrategyPage ctx={ctx} title={t("strategy.nav.plans")} notice={notice}>
      <p>{t("strategy.plan.intro")}</p>
      {plans.length === 0 ? (
        <p>{t("strategy.plan.none")}</p>
      ) : (
        <DataTable caption={t("strategy.nav.plans")} headers={[t("strategy.field.title"), t("strategy.plan.period"), t("strategy.round.status"), t("strategy.plan.measures")]}>
          {plans.map((p) => (
            <tr key={p.id}>
              <td dir="auto">
                <a href={`${b}/${p.id}`}>{p.title}</a>
              </td>
              <td>
                {p.startsYear}–{p.endsYear}
              </td>
              <td>{t(`strategy.plan.status.${p.status}`)}</td>
              <td>{p.measures}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>{t("strategy.plan.new")}</h2>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={b} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <TextField name="title" label={t("strategy.field.title")} state={form} t={t} required dirAuto />
        <div class="grid-2">
          <TextField name="startsYear" inputMode="numeric" label={t("strategy.plan.startsYear")} state={form} t={t} required />
          <TextField name="endsYear" inputMode="numeric" label={t("strategy.plan.endsYear")} state={form} t={t} required />
        </div>
        {plans.length ? <Select name="continueFrom" label={t("strategy.plan.continueFrom")} hint={t("strategy.plan.continueHint")} state={form} t={t} empty={t("strategy.plan.startEmpty")} options={plans.map((p) => ({ value: p.id, label: `${p.title} (${p.startsYear}–${p.endsYear})` }))} /> : null}
        <div class="actions">
          <SubmitButton label={t("strategy.plan.create")} />
        </div>
      </form>
    </StrategyPage>
  );
}

function MeasureItem({ ctx, plan, m }: { ctx: PageContext; plan: PlanTree; m: MeasureTree }) {
  const { t } = ctx;
  const b = planBase(ctx, plan.id);
  return (
    <li class="measure">
      <a href={`${b}/massnahme/${m.id}`} dir="auto">
        {m.title}
      </a>{" "}
      <StatusTag ctx={ctx} status={m.status} />
      <br />
      <small>
        <Joined parts={[m.responsible && `${t("strategy.measure.responsible")}: ${m.responsible}`, period(ctx.lang, m.startsOn, m.endsOn), m.budget !== null ? money(ctx.lang, m.budget) : ""]} />
      </small>
      {m.notes[0] ? (
        <p class="meta" dir="auto">
          {t("strategy.measure.lastNote", { date: day(ctx.lang, m.notes[0].notedOn) })}: {m.notes[0].text}
        </p>
      ) : null}
    </li>
  );
}

function GoalItem({ ctx, plan, g }: { ctx: PageContext; plan: PlanTree; g: GoalTree }) {
  const { t } = ctx;
  const b = planBase(ctx, plan.id);
  const target = g.targetValue !== null ? t("strategy.goal.targetIs", { value: new Intl.NumberFormat(ctx.lang).format(g.targetValue), year: g.targetYear ?? "–" }) : "";
  return (
    <li class="goal">
      <a href={`${b}/ziel/${g.id}`} dir="auto">
        <strong>{g.title}</strong>
      </a>
      {g.indicator || target ? (
        <>
          <br />
          <small dir="auto">{[g.indicator, target].filter(Boolean).join(" · ")}</small>
        </>
      ) : null}
      <ul>
        {g.measures.map((m) => (
          <MeasureItem key={m.id} ctx={ctx} plan={plan} m={m} />
        ))}
      </ul>
      <a href={`${b}/ziel/${g.id}/massnahme/neu`}>{t("strategy.measure.add")}</a>
    </li>
  );
}

function FieldSection({ ctx, plan, f }: { ctx: PageContext; plan: PlanTree; f: FieldTree }) {
  const { t } = ctx;
  const b = planBase(ctx, plan.id);
  return (
    <section class="card" aria-labelledby={`field-${f.id}`}>
      <h2 id={`field-${f.id}`} dir="auto">
        {f.title}
      </h2>
      {f.description ? <p dir="auto">{f.description}</p> : null}
      <ul class="goals">
        {f.goals.map((g) => (
          <GoalItem key={g.id} ctx={ctx} plan={plan} g={g} />
        ))}
      </ul>
      <p class="button-row">
        <a href={`${b}/feld/${f.id}`}>
          {t("strategy.fieldOfAction.edit")}
          <span class="kern-sr-only">: {f.title}</span>
        </a>
        <a href={`${b}/feld/${f.id}/ziel/neu`}>
          {t("strategy.goal.add")}
          <span class="kern-sr-only">: {f.title}</span>
        </a>
      </p>
    </section>
  );
}

export function PlanPage({ ctx, plan, notice }: { ctx: PageContext; plan: PlanTree; notice: string | null }) {
  const { t } = ctx;
  const b = planBase(ctx, plan.id);
  const all = plan.fields.flatMap((f) => f.goals.flatMap((g) => g.measures));
  const counts = MEASURE_STATUSES.map((s) => [s, all.filter((m) => m.status === s).length] as const).filter(([, n]) => n > 0);
  return (
    <StrategyPage ctx={ctx} title={`${plan.title} (${plan.startsYear}–${plan.endsYear})`} notice={notice} back={{ href: `${strategyBase(ctx)}/handlungskonzept`, label: t("strategy.plan.back") }}>
      <p>
        {t(`strategy.plan.status.${plan.status}`)}
        {plan.status === "adopted" ? (
          <>
            {" · "}
            <a href={`/${ctx.tenant!.slug}/${ctx.lang}/handlungskonzept`}>{t("strategy.plan.publicPage")}</a>
          </>
        ) : null}
      </p>
      <p>{counts.map(([s, n]) => `${t(`strategy.measure.status.${s}`)}: ${n}`).join(" · ") || t("strategy.plan.noMeasures")}</p>
      <div class="button-row">
        <a class="kern-btn kern-btn--secondary" href={`${b}/bearbeiten`}>
          <span class="kern-label">{t("strategy.plan.edit")}</span>
        </a>
        <a class="kern-btn kern-btn--secondary" href={`${b}/feld/neu`}>
          <span class="kern-label">{t("strategy.fieldOfAction.add")}</span>
        </a>
        <a class="kern-btn kern-btn--secondary" href={`${b}/massnahmen.xlsx`}>
          <span class="kern-label">{t("strategy.plan.xlsx")}</span>
        </a>
        <a class="kern-btn kern-btn--secondary" href={`${b}/massnahmen.csv`}>
          <span class="kern-label">{t("strategy.plan.csv")}</span>
        </a>
      </div>
      <p>
        {t("strategy.plan.translations")}:{" "}
        {LOCALES.filter((l) => l !== "de").map((l, i) => (
          <span key={l}>
            {i ? " · " : ""}
            <a href={`${b}/uebersetzung/${l}`} lang={l}>
              {AUTONYMS[l]}
            </a>
          </span>
        ))}
      </p>
      {plan.fields.length === 0 ? <p>{t("strategy.plan.empty")}</p> : null}
      {plan.fields.map((f) => (
        <FieldSection key={f.id} ctx={ctx} plan={plan} f={f} />
      ))}
    </StrategyPage>
  );
}

export function PlanFormPage({ ctx, plan, form }: { ctx: PageContext; plan: PlanRow; form: FormState }) {
  const { t } = ctx;
  const b = planBase(ctx, plan.id);
  return (
    <StrategyPage ctx={ctx} title={t("strategy.plan.edit")} back={{ href: b, label: t("strategy.plan.backTo") }}>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={`${b}/bearbeiten`} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <TextField name="title" label={t("strategy.field.title")} state={form} t={t} required dirAuto />
        <div class="grid-2">
          <TextField name="startsYear" inputMode="numeric" label={t("strategy.plan.startsYear")} state={form} t={t} required />
          <TextField name="endsYear" inputMode="numeric" label={t("strategy.plan.endsYear")} state={form} t={t} required />
        </div>
        <Select name="status" label={t("strategy.round.status")} hint={t("strategy.plan.statusHint")} state={form} t={t} required options={(["draft", "adopted", "archived"] as const).map((s) => ({ value: s, label: t(`strategy.plan.status.${s}`) }))} />
        <div class="actions">
          <SubmitButton label={t("admin.save")} />
        </div>
      </form>
    </StrategyPage>
  );
}

/** Deleting asks once more (no JavaScript: the button opens a confirmation under it); it cannot be undone. */
function DeleteForm({ ctx, action, label }: { ctx: PageContext; action: string; label: string }) {
  return (
    <details class="actions confirm-delete">
      <summary class="kern-btn kern-btn--secondary">
        <span class="kern-label">{label}</span>
      </summary>
      <p>{ctx.t("strategy.delete.confirm")}</p>
      <ActionForm ctx={ctx} action={action} label={ctx.t("strategy.delete.yes")} />
    </details>
  );
}

export function FieldFormPage({ ctx, planId, id, form, areas }: { ctx: PageContext; planId: string; id: string | null; form: FormState; areas: { key: string; title: string }[] }) {
  const { t } = ctx;
  const b = planBase(ctx, planId);
  return (
    <StrategyPage ctx={ctx} title={t(id ? "strategy.fieldOfAction.edit" : "strategy.fieldOfAction.add")} back={{ href: b, label: t("strategy.plan.backTo") }}>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={`${b}/feld/${id ?? "neu"}`} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <TextField name="title" label={t("strategy.field.title")} state={form} t={t} required dirAuto />
        <TextArea name="description" label={t("strategy.field.description")} state={form} t={t} />
        {areas.length ? <Select name="areaKey" label={t("strategy.fieldOfAction.area")} hint={t("strategy.fieldOfAction.areaHint")} state={form} t={t} empty="–" options={areas.map((a) => ({ value: a.key, label: a.title }))} /> : null}
        <Checkboxes name="topics" label={t("strategy.fieldOfAction.topics")} hint={t("strategy.fieldOfAction.topicsHint")} state={form} t={t} columns options={TOPICS.map((x) => ({ value: x, label: t(`directory.topic.${x}`) }))} />
        <TextField name="position" inputMode="numeric" label={t("strategy.field.position")} state={form} t={t} />
        <div class="actions">
          <SubmitButton label={t("admin.save")} />
        </div>
      </form>
      {id ? <DeleteForm ctx={ctx} action={`${b}/feld/${id}/loeschen`} label={t("strategy.fieldOfAction.delete")} /> : null}
    </StrategyPage>
  );
}

export function GoalFormPage({ ctx, planId, fieldId, id, form }: { ctx: PageContext; planId: string; fieldId: string; id: string | null; form: FormState }) {
  const { t } = ctx;
  const b = planBase(ctx, planId);
  return (
    <StrategyPage ctx={ctx} title={t(id ? "strategy.goal.edit" : "strategy.goal.add")} back={{ href: b, label: t("strategy.plan.backTo") }}>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={id ? `${b}/ziel/${id}` : `${b}/feld/${fieldId}/ziel/neu`} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <TextArea name="title" label={t("strategy.field.title")} state={form} t={t} rows={2} required />
        <TextArea name="description" label={t("strategy.field.description")} state={form} t={t} />
        <TextField name="indicator" label={t("strategy.goal.indicator")} hint={t("strategy.goal.indicatorHint")} state={form} t={t} dirAuto />
        <div class="grid-2">
          <TextField name="targetValue" inputMode="decimal" label={t("strategy.goal.targetValue")} state={form} t={t} />
          <TextField name="targetYear" inputMode="numeric" label={t("strategy.goal.targetYear")} state={form} t={t} />
        </div>
        <TextField name="position" inputMode="numeric" label={t("strategy.field.position")} state={form} t={t} />
        <div class="actions">
          <SubmitButton label={t("admin.save")} />
        </div>
      </form>
      {id ? <DeleteForm ctx={ctx} action={`${b}/ziel/${id}/loeschen`} label={t("strategy.goal.delete")} /> : null}
    </StrategyPage>
  );
}

export function MeasureFormPage({ ctx, planId, goalId, measure, form, noteForm }: { ctx: PageContext; planId: string; goalId: string; measure: MeasureTree | null; form: FormState; noteForm: FormState }) {
  const { t } = ctx;
  const b = planBase(ctx, planId);
  return (
    <StrategyPage ctx={ctx} title={measure ? measure.title : t("strategy.measure.add")} back={{ href: b, label: t("strategy.plan.backTo") }}>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={measure ? `${b}/massnahme/${measure.id}` : `${b}/ziel/${goalId}/massnahme/neu`} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <TextArea name="title" label={t("strategy.field.title")} state={form} t={t} rows={2} required />
        <TextArea name="description" label={t("strategy.field.description")} state={form} t={t} />
        <TextField name="responsible" label={t("strategy.measure.responsible")} state={form} t={t} dirAuto />
        <TextField name="partners" label={t("strategy.measure.partners")} state={form} t={t} dirAuto />
        <div class="grid-2">
          <TextField name="startsOn" type="date" label={t("strategy.measure.startsOn")} state={form} t={t} />
          <TextField name="endsOn" type="date" label={t("strategy.measure.endsOn")} state={form} t={t} />
        </div>
        <TextField name="budget" inputMode="decimal" label={t("strategy.measure.budget")} hint={t("strategy.measure.budgetHint")} state={form} t={t} />
        <Select name="status" label={t("strategy.round.status")} state={form} t={t} required options={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`strategy.measure.status.${s}`) }))} />
        <TextField name="position" inputMode="numeric" label={t("strategy.field.position")} state={form} t={t} />
        <div class="actions">
          <SubmitButton label={t("admin.save")} />
        </div>
      </form>
      {measure ? (
        <>
          <h2>{t("strategy.measure.notes")}</h2>
          {measure.notes.length === 0 ? <p>{t("strategy.measure.noNotes")}</p> : null}
          <ul>
            {measure.notes.map((n) => (
              <li key={n.id}>
                <strong>{day(ctx.lang, n.notedOn)}</strong> ({n.author}): <span dir="auto">{n.text}</span>
              </li>
            ))}
          </ul>
          <ErrorSummary state={noteForm} t={t} />
          <form method="post" action={`${b}/massnahme/${measure.id}/notiz`} class="stack" novalidate>
            <Csrf token={ctx.csrfToken()} />
            <TextField name="notedOn" type="date" label={t("strategy.measure.noteDate")} state={noteForm} t={t} required />
            <TextArea name="text" label={t("strategy.measure.note")} state={noteForm} t={t} rows={3} required />
            <div class="actions">
              <SubmitButton label={t("strategy.measure.addNote")} secondary />
            </div>
          </form>
          <DeleteForm ctx={ctx} action={`${b}/massnahme/${measure.id}/loeschen`} label={t("strategy.measure.delete")} />
        </>
      ) : null}
    </StrategyPage>
  );
}

export interface InventoryRow {
  field: string;
  topics: string[];
  /** Offers per town (same order as `towns`), and in all. */
  byTown: number[];
  total: number;
}

export function InventoryPage({ ctx, plan, plans, towns, rows }: { ctx: PageContext; plan: PlanRow | null; plans: PlanRow[]; towns: string[]; rows: InventoryRow[] }) {
  const { t } = ctx;
  return (
    <StrategyPage ctx={ctx} title={t("strategy.nav.inventory")}>
      <p>{t("strategy.inventory.intro")}</p>
      {plans.length > 1 ? (
        <form method="get" class="search-form">
          <div class="kern-form-input">
            <label class="kern-label" for="plan">
              {t("strategy.nav.plans")}
            </label>
            <div class="kern-form-input__select-wrapper">
              <select class="kern-form-input__select" id="plan" name="plan">
                {plans.map((p) => (
                  <option key={p.id} value={p.id} selected={p.id === plan?.id}>
                    {p.title} ({p.startsYear}–{p.endsYear})
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div>
            <SubmitButton label={t("admin.filter")} secondary />
          </div>
        </form>
      ) : null}
      {!plan ? (
        <p>{t("strategy.inventory.noPlan")}</p>
      ) : rows.length === 0 ? (
        <p>{t("strategy.inventory.noTopics")}</p>
      ) : (
        <>
          <p class="kern-hint">{t("strategy.inventory.legend")}</p>
          <DataTable caption={t("strategy.inventory.caption", { plan: plan.title })} headers={[t("strategy.inventory.field"), ...towns, t("strategy.inventory.total")]}>
            {rows.map((r) => (
              <tr key={r.field}>
                <th scope="row" dir="auto">
                  {r.field}
                  <br />
                  <small>{r.topics.map((x) => t(`directory.topic.${x}`)).join(", ")}</small>
                </th>
                {r.byTown.map((n, i) => (
                  <td key={i} class={n === 0 ? "gap-cell" : undefined}>
                    {n === 0 ? <strong>{t("strategy.inventory.gap")}</strong> : n}
                  </td>
                ))}
                <td>{r.total}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </StrategyPage>
  );
}
