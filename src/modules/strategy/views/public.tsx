/**
 * Public pages of the strategy module: answering a round through a personal
 * link (one area per page, progress saved), taking part in a workshop vote
 * with a code, and the Handlungskonzept for everyone to read.
 */
import { formatDay } from "../../../core/i18n.ts";
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import { Joined } from "../../../web/components.tsx";
import { Csrf, ErrorSummary, TextField, type FormState } from "../../../web/form.tsx";
import type { FieldError } from "../../../core/errors.ts";
import type { TranslationState } from "../../../core/translations.ts";
import { MEASURE_STATUSES, textIn, type Area, type Definition, type LocalText, type Question } from "../model.ts";
import { DONT_KNOW, fieldOf } from "../answers.ts";
import type { PlanTree } from "../plans.ts";
import type { TallyItem, WorkshopRow } from "../workshops.ts";
import { money, period, StatusTag } from "./plans.tsx";

/** A text in the reader's language; German shown in its place is marked as German. */
function Localized({ ctx, text, as = "span" }: { ctx: PageContext; text: LocalText | undefined; as?: "span" | "p" | "strong" }) {
  const { text: shown, state } = textIn(text, ctx.lang);
  const Tag = as;
  return state === "missing" && ctx.lang !== "de" ? (
    <Tag lang="de" dir="ltr">
      {shown}
    </Tag>
  ) : (
    <Tag dir="auto">{shown}</Tag>
  );
}

const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

function QuestionError({ ctx, error, id }: { ctx: PageContext; error: FieldError | undefined; id: string }) {
  if (!error) return null;
  return (
    <p class="kern-error" id={`${id}-error`} role="status">
      <span class="kern-sr-only">{ctx.t("form.errorPrefix")}</span> {ctx.t(error.key, error.values)}
    </p>
  );
}

/** One question as a fieldset (choices) or a labelled field (number, text), with hint, error and "don't know". */
function QuestionField({ ctx, q, form }: { ctx: PageContext; q: Question; form: FormState }) {
  const { t } = ctx;
  const name = fieldOf(q);
  const id = fieldId(name);
  const error = form.errors.find((e) => e.field === name);
  const value = list(form.values[name]);
  const dk = list(form.values[`${name}.dk`]).includes(DONT_KNOW) || value.includes(DONT_KNOW);
  const described = [q.hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const legend = (
    <>
      <Localized ctx={ctx} text={q.text} />
      {q.required ? null : <span class="kern-label__optional"> – {t("form.optional")}</span>}
    </>
  );
  const hint = q.hint ? (
    <div class="kern-hint" id={`${id}-hint`}>
      <Localized ctx={ctx} text={q.hint} />
    </div>
  ) : null;
  const dontKnowBox = q.dontKnow ? (
    <div class="kern-form-check">
      <input class="kern-form-check__checkbox" type="checkbox" id={`${id}-dk`} name={`${name}.dk`} value={DONT_KNOW} checked={dk} />
      <label class="kern-label" for={`${id}-dk`}>
        {t("strategy.answer.dontKnow")}
      </label>
    </div>
  ) : null;

  if (q.type === "scale" || q.type === "single") {
    const options = q.type === "scale" ? (q.scale?.labels ?? []).map((l, i) => ({ value: String(i + 1), label: l })) : (q.options ?? []).map((o) => ({ value: o.key, label: o.label }));
    return (
      <fieldset class={`kern-fieldset question${error ? " kern-fieldset--error" : ""}`} id={id} aria-describedby={described}>
        <legend class="kern-label">{legend}</legend>
        {hint}
        <QuestionError ctx={ctx} error={error} id={id} />
        <div class={`kern-fieldset__body${q.type === "scale" ? " scale" : ""}`}>
          {options.map((o) => (
            <div class="kern-form-check" key={o.value}>
              <input class="kern-form-check__radio" type="radio" id={`${id}-${o.value}`} name={name} value={o.value} checked={value.includes(o.value)} />
              <label class="kern-label" for={`${id}-${o.value}`}>
                {q.type === "scale" ? `${o.value} – ` : ""}
                <Localized ctx={ctx} text={o.label} />
              </label>
            </div>
          ))}
          {q.dontKnow ? (
            <div class="kern-form-check">
              <input class="kern-form-check__radio" type="radio" id={`${id}-dk`} name={name} value={DONT_KNOW} checked={value.includes(DONT_KNOW)} />
              <label class="kern-label" for={`${id}-dk`}>
                {t("strategy.answer.dontKnow")}
              </label>
            </div>
          ) : null}
        </div>
      </fieldset>
    );
  }
  if (q.type === "multiple") {
    return (
      <fieldset class={`kern-fieldset question${error ? " kern-fieldset--error" : ""}`} id={id} aria-describedby={described}>
        <legend class="kern-label">{legend}</legend>
        {hint}
        <QuestionError ctx={ctx} error={error} id={id} />
        <div class="kern-fieldset__body">
          {(q.options ?? []).map((o) => (
            <div class="kern-form-check" key={o.key}>
              <input class="kern-form-check__checkbox" type="checkbox" id={`${id}-${o.key}`} name={name} value={o.key} checked={value.includes(o.key)} />
              <label class="kern-label" for={`${id}-${o.key}`}>
                <Localized ctx={ctx} text={o.label} />
              </label>
            </div>
          ))}
          {dontKnowBox}
        </div>
      </fieldset>
    );
  }
  // Number and free text: one labelled field; "don't know" as a checkbox beside it.
  return (
    <div class={`kern-form-input question${error ? " kern-form-input--error" : ""}`}>
      <label class="kern-label" for={id}>
        {legend}
        {q.type === "number" && q.number?.unit ? (
          <>
            {" "}
            (<Localized ctx={ctx} text={q.number.unit} />)
          </>
        ) : null}
      </label>
      {hint}
      <QuestionError ctx={ctx} error={error} id={id} />
      {q.type === "number" ? (
        <input class={`kern-form-input__input${error ? " kern-form-input__input--error" : ""}`} id={id} name={name} type="text" inputMode="decimal" value={value[0] ?? ""} aria-invalid={error ? "true" : undefined} aria-describedby={described} />
      ) : (
        <textarea class="kern-form-input__input" id={id} name={name} rows={4} dir="auto" aria-describedby={described}>
          {value[0] ?? ""}
        </textarea>
      )}
      {dontKnowBox}
    </div>
  );
}

export interface RespondentView {
  roundTitle: string;
  office: string;
  anonymous: boolean;
  open: boolean;
  /** The last day for answers (a date), if the office set one. */
  closesOn: string | null;
  submitted: boolean;
  definition: Definition;
  /** Answered questions per area. */
  answered: number[];
}

/** The start page of a personal link: what this is, who sees what, how long; the areas with progress. */
export function RespondentStartPage({ ctx, v, action }: { ctx: PageContext; v: RespondentView; action: string }) {
  const { t } = ctx;
  const total = v.definition.areas.reduce((n, a) => n + a.questions.length, 0);
  return (
    <Layout ctx={ctx} title={v.roundTitle}>
      <h1 dir="auto">{v.roundTitle}</h1>
      <p>{t("strategy.answer.intro", { office: v.office, questions: total, areas: v.definition.areas.length })}</p>
      <p>{t(v.anonymous ? "strategy.answer.privacyAnonymous" : "strategy.answer.privacyNamed")}</p>
      {v.open && v.closesOn ? <p>{t("strategy.answer.until", { date: formatDay(ctx.lang, v.closesOn, { dateStyle: "full" }) })}</p> : null}
      {v.submitted ? <p class="notice notice--success">{t("strategy.answer.thanks")}</p> : null}
      {!v.open && !v.submitted ? <p class="notice notice--warn">{t("strategy.answer.closed")}</p> : null}
      <h2>{t("strategy.answer.areas")}</h2>
      <ol>
        {v.definition.areas.map((a, i) => (
          <li key={a.key}>
            {v.open && !v.submitted ? (
              <a href={`${action}?bereich=${i + 1}`}>
                <Localized ctx={ctx} text={a.title} />
              </a>
            ) : (
              <Localized ctx={ctx} text={a.title} />
            )}{" "}
            – {t("strategy.answer.progress", { answered: v.answered[i] ?? 0, count: a.questions.length })}
          </li>
        ))}
      </ol>
      {v.open && !v.submitted ? (
        <p>
          <a class="kern-btn kern-btn--primary" href={`${action}?bereich=${Math.max(1, v.answered.findIndex((n, i) => n < (v.definition.areas[i]?.questions.length ?? 0)) + 1)}`}>
            <span class="kern-label">{t(v.answered.some((n) => n > 0) ? "strategy.answer.continue" : "strategy.answer.start")}</span>
          </a>
        </p>
      ) : null}
    </Layout>
  );
}

/** One area of the questionnaire as a form. */
export function RespondentAreaPage({ ctx, v, index, area, form, action }: { ctx: PageContext; v: RespondentView; index: number; area: Area; form: FormState; action: string }) {
  const { t } = ctx;
  const last = index === v.definition.areas.length - 1;
  const areaTitle = textIn(area.title, ctx.lang).text;
  return (
    <Layout ctx={ctx} title={`${areaTitle} – ${v.roundTitle}`}>
      <p>
        <a href={action}>{t("strategy.answer.overview")}</a>
      </p>
      <p class="meta">{t("strategy.answer.step", { n: index + 1, of: v.definition.areas.length })}</p>
      <h1>
        <Localized ctx={ctx} text={area.title} />
      </h1>
      {area.intro ? <Localized ctx={ctx} text={area.intro} as="p" /> : null}
      <ErrorSummary state={form} t={t} />
      <form method="post" action={`${action}?bereich=${index + 1}`} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        {area.questions.map((q) => (
          <QuestionField key={q.key} ctx={ctx} q={q} form={form} />
        ))}
        <div class="actions">
          <button class="kern-btn kern-btn--primary" type="submit" name="step" value={last ? "submit" : "next"}>
            <span class="kern-label">{t(last ? "strategy.answer.submit" : "strategy.answer.next")}</span>
          </button>
          {index > 0 ? (
            <button class="kern-btn kern-btn--secondary" type="submit" name="step" value="back">
              <span class="kern-label">{t("strategy.answer.back")}</span>
            </button>
          ) : null}
          <button class="kern-btn kern-btn--secondary" type="submit" name="step" value="save">
            <span class="kern-label">{t("strategy.answer.saveLater")}</span>
          </button>
        </div>
        {last ? <p class="kern-hint">{t("strategy.answer.submitHint")}</p> : null}
      </form>
    </Layout>
  );
}

export function JoinPage({ ctx, form, action }: { ctx: PageContext; form: FormState; action: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t("strategy.join.title")}>
      <h1>{t("strategy.join.title")}</h1>
      <p>{t("strategy.join.intro")}</p>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={action} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <TextField name="code" label={t("strategy.join.code")} hint={t("strategy.join.codeHint")} state={form} t={t} required autocomplete="off" />
        <div class="actions">
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t("strategy.join.go")}</span>
          </button>
        </div>
      </form>
    </Layout>
  );
}

export function BallotPage({ ctx, workshop, areas, items, chosen, form, action, saved }: { ctx: PageContext; workshop: WorkshopRow; areas: { key: string; title: LocalText }[]; items: TallyItem[]; chosen: Set<string>; form: FormState; action: string; saved: boolean }) {
  const { t } = ctx;
  const checked = form.errors.length ? new Set(list(form.values.items)) : chosen;
  return (
    <Layout ctx={ctx} title={workshop.title}>
      <h1 dir="auto">{workshop.title}</h1>
      <p>{t("strategy.ballot.intro", { count: workshop.votesPerPerson })}</p>
      <p class="kern-hint">{t("strategy.ballot.privacy")}</p>
      {saved ? (
        <p class="notice notice--success" role="status">
          {t("strategy.ballot.saved", { count: chosen.size })}
        </p>
      ) : null}
      <ErrorSummary state={form} t={t} />
      <form method="post" action={action} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <div id={fieldId("items")} tabIndex={-1}>
          {areas.map((a) => {
            const own = items.filter((i) => i.areaKey === a.key);
            if (own.length === 0) return null;
            return (
              <fieldset key={a.key} class="kern-fieldset">
                <legend class="kern-label">
                  <Localized ctx={ctx} text={a.title} />
                </legend>
                {own.map((i) => (
                  <div class="kern-form-check" key={i.id}>
                    <input class="kern-form-check__checkbox" type="checkbox" id={`vote-${i.id}`} name="items" value={i.id} checked={checked.has(i.id)} />
                    {/* Isolated inside, not dir="auto" on the label: that turned the label left to right and glued it to its box. */}
                    <label class="kern-label" for={`vote-${i.id}`}>
                      <bdi lang="de">{i.text}</bdi>
                    </label>
                  </div>
                ))}
              </fieldset>
            );
          })}
        </div>
        <div class="actions">
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t("strategy.ballot.vote")}</span>
          </button>
        </div>
      </form>
    </Layout>
  );
}

/** The current Handlungskonzept for everyone: fields, goals, measures with their status. */
export function PublicPlanPage({ ctx, plan, texts, reports }: { ctx: PageContext; plan: PlanTree | null; reports: number[]; texts: (kind: "field" | "goal" | "measure", id: string, field: "title" | "description", german: string) => { text: string; state: TranslationState } }) {
  const { t } = ctx;
  const Shown = ({ kind, id, field, german, as = "span" }: { kind: "field" | "goal" | "measure"; id: string; field: "title" | "description"; german: string; as?: "span" | "p" | "strong" }) => {
    const { text, state } = texts(kind, id, field, german);
    const Tag = as;
    return state === "missing" && ctx.lang !== "de" ? (
      <Tag lang="de" dir="ltr">
        {text}
      </Tag>
    ) : (
      <Tag dir="auto">{text}</Tag>
    );
  };
  const title = t("strategy.public.title");
  if (!plan) {
    return (
      <Layout ctx={ctx} title={title}>
        <h1>{title}</h1>
        <p>{t("strategy.public.none")}</p>
      </Layout>
    );
  }
  const all = plan.fields.flatMap((f) => f.goals.flatMap((g) => g.measures));
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead" dir="auto">
        {plan.title} ({plan.startsYear}–{plan.endsYear})
      </p>
      <p>{t("strategy.public.intro")}</p>
      {reports.length ? (
        <p>
          {t("strategy.public.reports")}:{" "}
          {reports.map((y, i) => (
            <span key={y}>
              {i ? ", " : ""}
              <a href={`/${ctx.tenant!.slug}/${ctx.lang}/integrationsbericht/${y}`}>{t("strategy.public.reportOf", { year: y })}</a>
            </span>
          ))}
        </p>
      ) : null}
      <p>{MEASURE_STATUSES.map((s) => `${t(`strategy.measure.status.${s}`)}: ${all.filter((m) => m.status === s).length}`).join(" · ")}</p>
      {plan.fields.map((f) => (
        <section key={f.id} aria-labelledby={`pf-${f.id}`} class="card">
          <h2 id={`pf-${f.id}`}>
            <Shown kind="field" id={f.id} field="title" german={f.title} />
          </h2>
          {f.description ? <Shown kind="field" id={f.id} field="description" german={f.description} as="p" /> : null}
          {f.goals.map((g) => (
            <div key={g.id} class="goal">
              <h3>
                <Shown kind="goal" id={g.id} field="title" german={g.title} />
              </h3>
              {g.indicator || g.targetValue !== null ? (
                <p class="meta">
                  {[g.indicator, g.targetValue !== null ? t("strategy.goal.targetIs", { value: new Intl.NumberFormat(ctx.lang).format(g.targetValue), year: g.targetYear ?? "–" }) : ""].filter(Boolean).join(" · ")}
                </p>
              ) : null}
              {g.measures.length ? (
                <ul>
                  {g.measures.map((m) => (
                    <li key={m.id}>
                      <Shown kind="measure" id={m.id} field="title" german={m.title} /> <StatusTag ctx={ctx} status={m.status} />
                      <br />
                      <small>
                        <Joined parts={[m.responsible, period(ctx.lang, m.startsOn, m.endsOn), m.budget !== null ? money(ctx.lang, m.budget) : ""]} />
                      </small>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </section>
      ))}
    </Layout>
  );
}
