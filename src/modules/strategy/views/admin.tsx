/** The strategy back office: overview, questionnaires and their editing. */
import type { ComponentChildren } from "preact";
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import { DataTable, Notice, SubNav } from "../../../web/components.tsx";
import { Checkboxes, Csrf, ErrorSummary, Select, TextArea, TextField, type FormState } from "../../../web/form.tsx";
import { AUTONYMS, dateFormat, LOCALES } from "../../../core/i18n.ts";
import { QUESTION_TYPES, textIn, type Area, type Question } from "../model.ts";
import type { QuestionnaireItem, QuestionnaireRow } from "../questionnaires.ts";
import type { RoundItem } from "../rounds.ts";
import type { WorkshopRow } from "../workshops.ts";
import type { PlanRow } from "../plans.ts";
import { AREA_BAND_ROWS } from "../validation.ts";

export const strategyBase = (ctx: PageContext) => `/admin/${ctx.tenant!.slug}/strategie`;

export function StrategyNav({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const b = strategyBase(ctx);
  const links = [
    [b, t("strategy.nav.overview")],
    [`${b}/runden`, t("strategy.nav.rounds")],
    [`${b}/workshops`, t("strategy.nav.workshops")],
    [`${b}/handlungskonzept`, t("strategy.nav.plans")],
    [`${b}/bestandsaufnahme`, t("strategy.nav.inventory")],
    [`${b}/monitoring`, t("strategy.nav.monitoring")],
    [`${b}/berichte`, t("strategy.nav.reports")],
  ] as const;
  return <SubNav label={t("strategy.title")} links={links} url={ctx.url} />;
}

/** A page of the strategy back office: title, the module's navigation, a one-time notice. */
export function StrategyPage({ ctx, title, notice, back, children }: { ctx: PageContext; title: string; notice?: string | null; back?: { href: string; label: string }; children: ComponentChildren }) {
  return (
    <Layout ctx={ctx} title={title}>
      <Notice t={ctx.t} notice={notice} />
      {back ? (
        <p>
          <a href={back.href}>{back.label}</a>
        </p>
      ) : null}
      <h1 dir="auto">{title}</h1>
      <StrategyNav ctx={ctx} />
      {children}
    </Layout>
  );
}


export function SubmitButton({ label, secondary, name, value }: { label: string; secondary?: boolean; name?: string; value?: string }) {
  return (
    <button class={`kern-btn kern-btn--${secondary ? "secondary" : "primary"}`} type="submit" name={name} value={value}>
      <span class="kern-label">{label}</span>
    </button>
  );
}

/** A one-button form (post-redirect-get) for an action such as "copy", "open" or "delete". */
export function ActionForm({ ctx, action, label, secondary = true, hidden = {} }: { ctx: PageContext; action: string; label: string; secondary?: boolean; hidden?: Record<string, string | number> }) {
  return (
    <form method="post" action={action} class="inline-form">
      <Csrf token={ctx.csrfToken()} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={String(v)} />
      ))}
      <SubmitButton label={label} secondary={secondary} />
    </form>
  );
}

export function OverviewPage({ ctx, questionnaires, rounds, workshops, plans, notice }: { ctx: PageContext; questionnaires: QuestionnaireItem[]; rounds: RoundItem[]; workshops: WorkshopRow[]; plans: (PlanRow & { measures: number })[]; notice: string | null }) {
  const { t } = ctx;
  const b = strategyBase(ctx);
  const date = dateFormat(ctx.lang, { dateStyle: "medium", timeZone: "Europe/Berlin" });
  return (
    <StrategyPage ctx={ctx} title={t("strategy.title")} notice={notice}>
      <p>{t("strategy.intro")}</p>
      <h2>{t("strategy.questionnaires")}</h2>
      <DataTable caption={t("strategy.questionnaires")} headers={[t("strategy.field.title"), t("strategy.field.kind"), t("strategy.questionnaire.size"), t("strategy.questionnaire.origin")]}>
        {questionnaires.map((q) => (
          <tr key={q.id}>
            <td dir="auto">
              <a href={`${b}/fragebogen/${q.id}`}>{textIn(q.title, ctx.lang).text}</a>
              {q.archived ? <span class="tag">{t("strategy.questionnaire.archived")}</span> : null}
            </td>
            <td>{t(`strategy.kind.${q.kind}`)}</td>
            <td>{t("strategy.questionnaire.counts", { areas: q.areas, questions: q.questions })}</td>
            <td>{q.fromLand ? t("strategy.questionnaire.landTemplate") : t("strategy.questionnaire.own")}</td>
          </tr>
        ))}
      </DataTable>
      <h2>{t("strategy.nav.rounds")}</h2>
      {rounds.length === 0 ? <p>{t("strategy.round.none")}</p> : <RoundTable ctx={ctx} rounds={rounds.slice(0, 5)} />}
      <p>
        <a href={`${b}/runden/neu`}>{t("strategy.round.new")}</a>
      </p>
      <h2>{t("strategy.nav.workshops")}</h2>
      {workshops.length === 0 ? (
        <p>{t("strategy.workshop.none")}</p>
      ) : (
        <ul>
          {workshops.slice(0, 5).map((w) => (
            <li key={w.id}>
              <a href={`${b}/workshops/${w.id}`} dir="auto">
                {w.title}
              </a>{" "}
              · {date.format(w.createdAt)} · {t(`strategy.workshop.status.${w.status}`)}
            </li>
          ))}
        </ul>
      )}
      <h2>{t("strategy.nav.plans")}</h2>
      {plans.length === 0 ? (
        <p>{t("strategy.plan.none")}</p>
      ) : (
        <ul>
          {plans.map((p) => (
            <li key={p.id}>
              <a href={`${b}/handlungskonzept/${p.id}`} dir="auto">
                {p.title}
              </a>{" "}
              ({p.startsYear}–{p.endsYear}) · {t(`strategy.plan.status.${p.status}`)} · {t("strategy.plan.measureCount", { count: p.measures })}
            </li>
          ))}
        </ul>
      )}
    </StrategyPage>
  );
}

export function RoundTable({ ctx, rounds }: { ctx: PageContext; rounds: RoundItem[] }) {
  const { t } = ctx;
  const b = strategyBase(ctx);
  return (
    <DataTable caption={t("strategy.nav.rounds")} headers={[t("strategy.field.title"), t("strategy.round.questionnaire"), t("strategy.round.status"), t("strategy.round.answers")]}>
      {rounds.map((r) => (
        <tr key={r.id}>
          <td dir="auto">
            <a href={`${b}/runden/${r.id}`}>{r.title}</a>
          </td>
          <td dir="auto">{r.questionnaireTitle}</td>
          <td>
            <span class={`tag tag--${r.status === "open" ? "published" : r.status === "draft" ? "review" : "closed"}`}>{t(`strategy.round.statusName.${r.status}`)}</span>
          </td>
          <td>{t("strategy.round.answered", { submitted: r.submitted, links: r.links })}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function questionSummary(ctx: PageContext, q: Question): string {
  const { t } = ctx;
  const parts = [t(`strategy.questionType.${q.type}`)];
  if (q.type === "scale" && q.scale) parts.push(t("strategy.question.points", { count: q.scale.points }));
  if (q.options) parts.push(t("strategy.question.optionCount", { count: q.options.length }));
  if (q.weight > 0 && q.type !== "number" && q.type !== "text") parts.push(t("strategy.question.weightIs", { weight: q.weight }));
  else parts.push(t("strategy.question.unscored"));
  if (q.required) parts.push(t("strategy.question.requiredShort"));
  return parts.join(" · ");
}

export function QuestionnairePage({ ctx, q, own, translation, notice }: { ctx: PageContext; q: QuestionnaireRow; own: boolean; translation: Record<string, { missing: number; outdated: number }>; notice: string | null }) {
  const { t } = ctx;
  const b = `${strategyBase(ctx)}/fragebogen/${q.id}`;
  const title = textIn(q.title, ctx.lang).text;
  return (
    <StrategyPage ctx={ctx} title={title} notice={notice}>
      <p dir="auto">{textIn(q.description, ctx.lang).text}</p>
      <p>
        {t(`strategy.kind.${q.kind}`)} · {own ? t("strategy.questionnaire.own") : t("strategy.questionnaire.landTemplate")}
        {q.archived ? ` · ${t("strategy.questionnaire.archived")}` : ""}
      </p>
      <div class="button-row">
        {own ? (
          <>
            <a class="kern-btn kern-btn--primary" href={`${strategyBase(ctx)}/runden/neu?fragebogen=${q.id}`}>
              <span class="kern-label">{t("strategy.round.new")}</span>
            </a>
            <a class="kern-btn kern-btn--secondary" href={`${b}/bearbeiten`}>
              <span class="kern-label">{t("strategy.questionnaire.editMeta")}</span>
            </a>
            <ActionForm ctx={ctx} action={`${b}/${q.archived ? "wiederherstellen" : "archivieren"}`} label={t(q.archived ? "strategy.questionnaire.restore" : "strategy.questionnaire.archive")} hidden={{ version: q.version }} />
          </>
        ) : (
          <ActionForm ctx={ctx} action={`${b}/kopieren`} label={t("strategy.questionnaire.copy")} secondary={false} />
        )}
      </div>
      {!own ? <p class="notice">{t("strategy.questionnaire.copyHint")}</p> : null}
      {own ? (
        <>
          <h2>{t("strategy.questionnaire.translations")}</h2>
          <ul>
            {LOCALES.filter((l) => l !== "de").map((l) => (
              <li key={l}>
                <a href={`${b}/uebersetzung/${l}`} lang={l}>
                  {AUTONYMS[l]}
                </a>{" "}
                – {t("strategy.questionnaire.translationState", { missing: translation[l]?.missing ?? 0, outdated: translation[l]?.outdated ?? 0 })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {q.definition.areas.map((a, i) => (
        <section key={a.key} class="card" aria-labelledby={`area-${a.key}`}>
          <h2 id={`area-${a.key}`} dir="auto">
            {i + 1}. {textIn(a.title, ctx.lang).text}
          </h2>
          {a.intro ? <p dir="auto">{textIn(a.intro, ctx.lang).text}</p> : null}
          <ol>
            {a.questions.map((qu) => (
              <li key={qu.key}>
                <span dir="auto">{textIn(qu.text, ctx.lang).text}</span>
                <br />
                <small>{questionSummary(ctx, qu)}</small>
                {own ? (
                  <span class="button-row">
                    <a href={`${b}/bereich/${a.key}/frage/${qu.key}`}>
                      {t("strategy.edit")}
                      <span class="kern-sr-only">: {textIn(qu.text, ctx.lang).text}</span>
                    </a>
                    <ActionForm ctx={ctx} action={`${b}/bereich/${a.key}/frage/${qu.key}/hoch`} label={t("strategy.question.up")} hidden={{ version: q.version }} />
                    <ActionForm ctx={ctx} action={`${b}/bereich/${a.key}/frage/${qu.key}/runter`} label={t("strategy.question.down")} hidden={{ version: q.version }} />
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
          <h3>{t("strategy.area.bands")}</h3>
          <ul>
            {a.bands.map((band, j) => (
              <li key={j} dir="auto">
                {t("strategy.area.bandRange", { from: j === 0 ? 0 : (a.bands[j - 1]?.upTo ?? 0), to: band.upTo })}: {textIn(band.text, ctx.lang).text}
              </li>
            ))}
          </ul>
          {own ? (
            <p class="button-row">
              <a href={`${b}/bereich/${a.key}`}>{t("strategy.area.edit")}</a>
              <a href={`${b}/bereich/${a.key}/frage/neu`}>{t("strategy.question.add")}</a>
            </p>
          ) : null}
        </section>
      ))}
      {own ? (
        <p>
          <a href={`${b}/bereich/neu`}>{t("strategy.area.add")}</a>
        </p>
      ) : null}
    </StrategyPage>
  );
}

export function MetaFormPage({ ctx, id, form }: { ctx: PageContext; id: string; form: FormState }) {
  const { t } = ctx;
  const b = `${strategyBase(ctx)}/fragebogen/${id}`;
  return (
    <StrategyPage ctx={ctx} title={t("strategy.questionnaire.editMeta")} back={{ href: b, label: t("strategy.questionnaire.back") }}>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={`${b}/bearbeiten`} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <input type="hidden" name="version" value={String(form.values.version ?? "")} />
        <TextField name="title" label={t("strategy.field.title")} state={form} t={t} required dirAuto />
        <TextArea name="description" label={t("strategy.field.description")} state={form} t={t} />
        <div class="actions">
          <SubmitButton label={t("admin.save")} />
        </div>
      </form>
    </StrategyPage>
  );
}

export function AreaFormPage({ ctx, id, area, form }: { ctx: PageContext; id: string; area: Area | null; form: FormState }) {
  const { t } = ctx;
  const b = `${strategyBase(ctx)}/fragebogen/${id}`;
  const action = area ? `${b}/bereich/${area.key}` : `${b}/bereich/neu`;
  return (
    <StrategyPage ctx={ctx} title={t(area ? "strategy.area.edit" : "strategy.area.add")} back={{ href: b, label: t("strategy.questionnaire.back") }}>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={action} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <input type="hidden" name="version" value={String(form.values.version ?? "")} />
        <TextField name="title" label={t("strategy.field.title")} state={form} t={t} required dirAuto />
        <TextArea name="intro" label={t("strategy.area.intro")} state={form} t={t} />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("strategy.area.bands")}</legend>
          <p class="kern-hint">{t("strategy.area.bandsHint")}</p>
          {Array.from({ length: AREA_BAND_ROWS }, (_, i) => (
            <div key={i} class="grid-2">
              <TextField name={`bandUpTo${i}`} label={t("strategy.area.bandUpTo", { n: i + 1 })} state={form} t={t} inputMode="numeric" />
              <TextArea name={`bandText${i}`} label={t("strategy.area.bandText", { n: i + 1 })} state={form} t={t} rows={3} />
            </div>
          ))}
        </fieldset>
        <div class="actions">
          <SubmitButton label={t("admin.save")} />
        </div>
      </form>
      {area ? (
        <form method="post" action={`${b}/bereich/${area.key}/loeschen`} class="actions">
          <Csrf token={ctx.csrfToken()} />
          <input type="hidden" name="version" value={String(form.values.version ?? "")} />
          <SubmitButton label={t("strategy.area.delete")} secondary />
        </form>
      ) : null}
    </StrategyPage>
  );
}

export function QuestionFormPage({ ctx, id, areaKey, questionKey, form }: { ctx: PageContext; id: string; areaKey: string; questionKey: string | null; form: FormState }) {
  const { t } = ctx;
  const b = `${strategyBase(ctx)}/fragebogen/${id}`;
  const action = `${b}/bereich/${areaKey}/frage/${questionKey ?? "neu"}`;
  return (
    <StrategyPage ctx={ctx} title={t(questionKey ? "strategy.question.edit" : "strategy.question.add")} back={{ href: b, label: t("strategy.questionnaire.back") }}>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={action} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <input type="hidden" name="version" value={String(form.values.version ?? "")} />
        <Select name="type" label={t("strategy.question.type")} state={form} t={t} required options={QUESTION_TYPES.map((q) => ({ value: q, label: t(`strategy.questionType.${q}`) }))} />
        <TextArea name="text" label={t("strategy.question.text")} state={form} t={t} rows={3} required />
        <TextArea name="hint" label={t("strategy.question.hint")} state={form} t={t} rows={2} />
        <Checkboxes name="required" label={t("strategy.question.required")} state={form} t={t} options={[{ value: "on", label: t("strategy.question.requiredLabel") }]} />
        <Checkboxes name="dontKnow" label={t("strategy.question.dontKnow")} state={form} t={t} options={[{ value: "on", label: t("strategy.question.dontKnowLabel") }]} />
        <TextField name="weight" label={t("strategy.question.weight")} hint={t("strategy.question.weightHint")} state={form} t={t} inputMode="decimal" />
        <TextArea name="scaleLabels" label={t("strategy.question.scaleLabels")} hint={t("strategy.question.scaleLabelsHint")} state={form} t={t} rows={5} />
        <TextArea name="options" label={t("strategy.question.options")} hint={t("strategy.question.optionsHint")} state={form} t={t} rows={6} />
        <div class="grid-2">
          <TextField name="min" label={t("strategy.question.min")} state={form} t={t} inputMode="decimal" />
          <TextField name="max" label={t("strategy.question.max")} state={form} t={t} inputMode="decimal" />
        </div>
        <TextField name="unit" label={t("strategy.question.unit")} state={form} t={t} />
        <div class="actions">
          <SubmitButton label={t("admin.save")} />
        </div>
      </form>
      {questionKey ? (
        <form method="post" action={`${action}/loeschen`} class="actions">
          <Csrf token={ctx.csrfToken()} />
          <input type="hidden" name="version" value={String(form.values.version ?? "")} />
          <SubmitButton label={t("strategy.question.delete")} secondary />
        </form>
      ) : null}
    </StrategyPage>
  );
}
