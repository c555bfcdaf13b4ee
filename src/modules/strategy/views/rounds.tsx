/** Rounds in the back office: the new-round form, a round with its links, its results and the presentation for the workshop room. */
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import { DataTable } from "../../../web/components.tsx";
import { Checkboxes, Csrf, ErrorSummary, Select, TextArea, TextField, type FormState } from "../../../web/form.tsx";
import { BarChart, ChartFigure, ChartTable, RadarChart, type Series } from "../../../web/charts.tsx";
import { AUTONYMS, LOCALES } from "../../../core/i18n.ts";
import { RESPONDENT_GROUPS, textIn, type Definition } from "../model.ts";
import type { QuestionnaireItem } from "../questionnaires.ts";
import type { LinkItem, RoundItem, RoundResults, RoundRow } from "../rounds.ts";
import { bandOf, type GroupStats, type Stats } from "../scoring.ts";
import { ActionForm, RoundTable, strategyBase, StrategyPage, SubmitButton } from "./admin.tsx";

export function RoundsPage({ ctx, rounds, notice }: { ctx: PageContext; rounds: RoundItem[]; notice: string | null }) {
  const { t } = ctx;
  return (
    <StrategyPage ctx={ctx} title={t("strategy.nav.rounds")} notice={notice}>
      <p>{t("strategy.round.intro")}</p>
      <p>
        <a class="kern-btn kern-btn--primary" href={`${strategyBase(ctx)}/runden/neu`}>
          <span class="kern-label">{t("strategy.round.new")}</span>
        </a>
      </p>
      {rounds.length === 0 ? <p>{t("strategy.round.none")}</p> : <RoundTable ctx={ctx} rounds={rounds} />}
    </StrategyPage>
  );
}

export function RoundFormPage({ ctx, questionnaires, form }: { ctx: PageContext; questionnaires: QuestionnaireItem[]; form: FormState }) {
  const { t } = ctx;
  const b = strategyBase(ctx);
  return (
    <StrategyPage ctx={ctx} title={t("strategy.round.new")} back={{ href: `${b}/runden`, label: t("strategy.round.back") }}>
      <ErrorSummary state={form} t={t} />
      {questionnaires.length === 0 ? <p class="notice">{t("strategy.round.copyFirst")}</p> : null}
      <form method="post" action={`${b}/runden/neu`} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <Select name="questionnaireId" label={t("strategy.round.questionnaire")} hint={t("strategy.round.questionnaireHint")} state={form} t={t} required empty="–" options={questionnaires.map((q) => ({ value: q.id, label: textIn(q.title, ctx.lang).text }))} />
        <TextField name="title" label={t("strategy.field.title")} hint={t("strategy.round.titleHint")} state={form} t={t} required dirAuto />
        <Checkboxes name="anonymous" label={t("strategy.round.anonymity")} hint={t("strategy.round.anonymousHint")} state={form} t={t} options={[{ value: "on", label: t("strategy.round.anonymous") }]} />
        <TextField name="closesOn" type="date" label={t("strategy.round.closesOn")} state={form} t={t} />
        <div class="actions">
          <SubmitButton label={t("strategy.round.create")} />
        </div>
      </form>
    </StrategyPage>
  );
}

export function RoundPage({ ctx, round, questionnaireTitle, links, linkUrl, form, notice }: { ctx: PageContext; round: RoundRow; questionnaireTitle: string; links: LinkItem[]; linkUrl: (id: string) => string; form: FormState; notice: string | null }) {
  const { t } = ctx;
  const b = `${strategyBase(ctx)}/runden/${round.id}`;
  const submitted = links.filter((l) => l.submitted).length;
  return (
    <StrategyPage ctx={ctx} title={round.title} notice={notice} back={{ href: `${strategyBase(ctx)}/runden`, label: t("strategy.round.back") }}>
      <p>
        {questionnaireTitle} · {t(`strategy.round.statusName.${round.status}`)} · {t(round.anonymous ? "strategy.round.isAnonymous" : "strategy.round.isNamed")}
      </p>
      <p>{t("strategy.round.answered", { submitted, links: links.length })}</p>
      <div class="button-row">
        {round.status === "draft" ? <ActionForm ctx={ctx} action={`${b}/oeffnen`} label={t("strategy.round.open")} secondary={false} /> : null}
        {round.status === "open" ? <ActionForm ctx={ctx} action={`${b}/schliessen`} label={t("strategy.round.close")} /> : null}
        {round.status !== "draft" ? (
          <a class="kern-btn kern-btn--secondary" href={`${b}/ergebnisse`}>
            <span class="kern-label">{t("strategy.results.title")}</span>
          </a>
        ) : null}
      </div>
      {round.status === "draft" ? <p class="notice">{t("strategy.round.draftHint")}</p> : null}
      {round.status !== "closed" ? (
        <section aria-labelledby="links-new">
          <h2 id="links-new">{t("strategy.links.add")}</h2>
          <ErrorSummary state={form} t={t} />
          <form method="post" action={`${b}/links`} class="stack" novalidate>
            <Csrf token={ctx.csrfToken()} />
            <Select name="group" label={t("strategy.links.group")} state={form} t={t} required options={RESPONDENT_GROUPS.map((g) => ({ value: g, label: t(`strategy.group.${g}`) }))} />
            <TextField name="department" label={t("strategy.links.department")} hint={t("strategy.links.departmentHint")} state={form} t={t} dirAuto />
            <TextField name="count" type="number" inputMode="numeric" label={t("strategy.links.count")} hint={t("strategy.links.countHint")} state={form} t={t} />
            <TextArea name="people" label={t("strategy.links.people")} hint={t(round.anonymous ? "strategy.links.peopleHintAnonymous" : "strategy.links.peopleHint")} state={form} t={t} rows={4} />
            <Select name="lang" label={t("strategy.links.lang")} state={form} t={t} options={LOCALES.map((l) => ({ value: l, label: AUTONYMS[l] }))} />
            <div class="actions">
              <SubmitButton label={t("strategy.links.create")} />
            </div>
          </form>
        </section>
      ) : null}
      <h2>{t("strategy.links.title")}</h2>
      {links.length === 0 ? (
        <p>{t("strategy.links.none")}</p>
      ) : (
        <>
          <p>
            <a href={`${b}/links.csv`}>{t("strategy.links.csv")}</a>
          </p>
          <DataTable caption={t("strategy.links.title")} headers={[t("strategy.links.group"), t("strategy.links.department"), ...(round.anonymous ? [] : [t("strategy.links.person")]), t("strategy.links.state"), t("strategy.links.link")]}>
            {links.map((l) => (
              <tr key={l.id}>
                <td>{t(`strategy.group.${l.group}`)}</td>
                <td dir="auto">{l.department}</td>
                {round.anonymous ? null : <td dir="auto">{[l.name, l.email].filter(Boolean).join(", ")}</td>}
                <td>{t(l.submitted ? "strategy.links.submitted" : l.started ? "strategy.links.started" : "strategy.links.notStarted")}</td>
                <td>
                  <input class="kern-form-input__input link-field" readOnly dir="ltr" value={linkUrl(l.id)} aria-label={t("strategy.links.linkOf", { group: t(`strategy.group.${l.group}`) })} />
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </StrategyPage>
  );
}

const fmt = (lang: string) => {
  const f = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  return (v: number) => f.format(v);
};

/** The series of a results chart: everyone, each group with enough answers, and the round before. */
function resultSeries(ctx: PageContext, r: RoundResults): Series[] {
  const { t } = ctx;
  const series: Series[] = [{ key: "all", label: t("strategy.results.everyone"), values: r.result.areas.map((a) => a.overall.mean) }];
  for (const g of RESPONDENT_GROUPS) {
    const values = r.result.areas.map((a) => {
      const s = a.byGroup[g];
      return s && !("suppressed" in s) ? s.mean : null;
    });
    if (values.some((v) => v !== null)) series.push({ key: g, label: t(`strategy.group.${g}`), values });
  }
  if (r.previous) {
    const before = new Map(r.previous.result.areas.map((a) => [a.key, a.overall.mean]));
    series.push({ key: "previous", label: t("strategy.results.previousRound", { title: r.previous.round.title }), values: r.result.areas.map((a) => before.get(a.key) ?? null) });
  }
  return series;
}

const statsText = (ctx: PageContext, s: GroupStats | undefined, f: (v: number) => string) => {
  if (!s) return "–";
  if ("suppressed" in s) return ctx.t("strategy.results.suppressed", { count: s.n });
  if (s.mean === null) return "–";
  return ctx.t("strategy.results.statsCell", { mean: f(s.mean), sd: f(s.sd ?? 0), min: f(s.min ?? 0), max: f(s.max ?? 0), n: s.n });
};

export function ResultsPage({ ctx, r }: { ctx: PageContext; r: RoundResults }) {
  const { t } = ctx;
  const f = fmt(ctx.lang);
  const def = r.definition;
  const titles = def.areas.map((a) => textIn(a.title, ctx.lang).text);
  const series = resultSeries(ctx, r);
  const groups = RESPONDENT_GROUPS.filter((g) => r.result.areas.some((a) => a.byGroup[g]));
  const b = `${strategyBase(ctx)}/runden/${r.round.id}`;
  return (
    <StrategyPage ctx={ctx} title={t("strategy.results.titleOf", { title: r.round.title })} back={{ href: b, label: t("strategy.round.backTo") }}>
      <p>{t("strategy.results.summary", { submitted: r.result.responses, links: r.links })}</p>
      <p>{groups.map((g) => `${t(`strategy.group.${g}`)}: ${r.submittedByGroup[g] ?? 0}`).join(" · ")}</p>
      <p class="kern-hint">{t("strategy.results.method")}</p>
      <div class="button-row">
        <a class="kern-btn kern-btn--secondary" href={`${b}/praesentation`}>
          <span class="kern-label">{t("strategy.results.present")}</span>
        </a>
        <a class="kern-btn kern-btn--secondary" href={`${b}/ergebnisse.csv`}>
          <span class="kern-label">{t("strategy.results.csv")}</span>
        </a>
      </div>
      {r.result.responses === 0 ? (
        <p class="notice">{t("strategy.results.noAnswers")}</p>
      ) : (
        <ChartFigure
          caption={t("strategy.results.chartsCaption")}
          chart={
            <>
              {def.areas.length >= 3 ? <RadarChart id="results-radar" title={t("strategy.results.radarCaption")} desc={t("strategy.results.radarDesc")} categories={titles} series={series} format={f} dir={ctx.dir} /> : null}
              <BarChart id="results-bars" title={t("strategy.results.barCaption")} desc={t("strategy.results.radarDesc")} categories={titles} series={series} format={f} dir={ctx.dir} />
            </>
          }
          table={<ChartTable caption={t("strategy.results.chartsCaption")} corner={t("strategy.results.area")} categories={titles} series={series} format={f} />}
        />
      )}
      <h2>{t("strategy.results.byArea")}</h2>
      {def.areas.map((a, i) => {
        const res = r.result.areas[i]!;
        const band = bandOf(a.bands, res.overall.mean);
        const change = r.previous?.change[a.key];
        return (
          <section key={a.key} class="card" aria-labelledby={`res-${a.key}`}>
            <h3 id={`res-${a.key}`} dir="auto">
              {titles[i]}
            </h3>
            <DataTable caption={t("strategy.results.tableOf", { area: titles[i] })} headers={[t("strategy.links.group"), t("strategy.results.figures")]}>
              <tr>
                <th scope="row">{t("strategy.results.everyone")}</th>
                <td>{statsText(ctx, res.overall as Stats, f)}</td>
              </tr>
              {groups.map((g) => (
                <tr key={g}>
                  <th scope="row">{t(`strategy.group.${g}`)}</th>
                  <td>{statsText(ctx, res.byGroup[g], f)}</td>
                </tr>
              ))}
            </DataTable>
            {change !== undefined && change !== null ? <p>{t("strategy.results.change", { change: `${change >= 0 ? "+" : "−"}${f(Math.abs(change))}` })}</p> : null}
            {band ? (
              <p dir="auto">
                <strong>{t("strategy.results.suggestion")}:</strong> {textIn(band.text, ctx.lang).text}
              </p>
            ) : null}
          </section>
        );
      })}
    </StrategyPage>
  );
}

/** The results for a room: one area per page, large, keyboard-friendly links to move on; no back-office chrome. */
export function PresentationPage({ ctx, r, index }: { ctx: PageContext; r: RoundResults; index: number }) {
  const { t } = ctx;
  const f = fmt(ctx.lang);
  const def: Definition = r.definition;
  const b = `${strategyBase(ctx)}/runden/${r.round.id}/praesentation`;
  const titles = def.areas.map((a) => textIn(a.title, ctx.lang).text);
  const series = resultSeries(ctx, r);
  const area = index > 0 ? def.areas[index - 1] : undefined;
  const res = area ? r.result.areas[index - 1] : undefined;
  const band = area && res ? bandOf(area.bands, res.overall.mean) : undefined;
  const slides = def.areas.length + 1;
  const pageTitle = area ? titles[index - 1]! : r.round.title;
  return (
    <Layout ctx={ctx} title={pageTitle}>
      <div class="presentation">
        <p class="presentation__count">{t("strategy.present.slide", { n: index + 1, of: slides })}</p>
        <h1 dir="auto">{pageTitle}</h1>
        {!area ? (
          <>
            <p>{t("strategy.results.summary", { submitted: r.result.responses, links: r.links })}</p>
            {def.areas.length >= 3 && r.result.responses > 0 ? (
              <ChartFigure
                caption={t("strategy.results.radarCaption")}
                chart={<RadarChart id="present-radar" title={t("strategy.results.radarCaption")} categories={titles} series={series} format={f} dir={ctx.dir} />}
                table={<ChartTable caption={t("strategy.results.radarCaption")} corner={t("strategy.results.area")} categories={titles} series={series} format={f} />}
              />
            ) : null}
          </>
        ) : (
          <>
            <ChartFigure
              caption={t("strategy.results.areaCaption", { area: pageTitle })}
              chart={<BarChart id={`present-${area.key}`} title={pageTitle} categories={series.map((s) => s.label)} series={[{ key: "v", label: pageTitle, values: series.map((s) => s.values[index - 1] ?? null) }]} format={f} dir={ctx.dir} />}
              table={<ChartTable caption={pageTitle} corner={t("strategy.links.group")} categories={series.map((s) => s.label)} series={[{ key: "v", label: t("strategy.results.score"), values: series.map((s) => s.values[index - 1] ?? null) }]} format={f} />}
            />
            {band ? (
              <p class="presentation__suggestion" dir="auto">
                {textIn(band.text, ctx.lang).text}
              </p>
            ) : null}
          </>
        )}
        <nav aria-label={t("strategy.present.nav")} class="button-row">
          {index > 0 ? (
            <a class="kern-btn kern-btn--secondary" href={`${b}?folie=${index - 1}`} rel="prev">
              <span class="kern-label">{t("strategy.present.previous")}</span>
            </a>
          ) : null}
          {index < slides - 1 ? (
            <a class="kern-btn kern-btn--primary" href={`${b}?folie=${index + 1}`} rel="next">
              <span class="kern-label">{t("strategy.present.next")}</span>
            </a>
          ) : null}
          <a href={`${strategyBase(ctx)}/runden/${r.round.id}/ergebnisse`}>{t("strategy.present.end")}</a>
        </nav>
      </div>
    </Layout>
  );
}

