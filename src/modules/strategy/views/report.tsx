/** The integration report: the office's list and editing, and the report itself as an accessible page (public and as the office's preview). */
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import { DataTable } from "../../../web/components.tsx";
import { Csrf, ErrorSummary, TextArea, TextField, type FormState } from "../../../web/form.tsx";
import { AUTONYMS, dateFormat, LOCALES } from "../../../core/i18n.ts";
import type { ReportContent, ReportTable } from "../report-model.ts";
import type { ReportRow } from "../report.ts";
import { ActionForm, strategyBase, StrategyPage, SubmitButton } from "./admin.tsx";

const rBase = (ctx: PageContext) => `${strategyBase(ctx)}/berichte`;

export function ReportsPage({ ctx, reports, form, notice }: { ctx: PageContext; reports: ReportRow[]; form: FormState; notice: string | null }) {
  const { t } = ctx;
  return (
    <StrategyPage ctx={ctx} title={t("strategy.nav.reports")} notice={notice}>
      <p>{t("strategy.report.intro")}</p>
      {reports.length === 0 ? (
        <p>{t("strategy.report.none")}</p>
      ) : (
        <DataTable caption={t("strategy.nav.reports")} headers={[t("strategy.field.title"), t("strategy.report.year"), t("strategy.round.status")]}>
          {reports.map((r) => (
            <tr key={r.id}>
              <td dir="auto">
                <a href={`${rBase(ctx)}/${r.id}`}>{r.title}</a>
              </td>
              <td>{r.year}</td>
              <td>{t(`strategy.report.status.${r.status}`)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>{t("strategy.report.new")}</h2>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={rBase(ctx)} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <TextField name="year" inputMode="numeric" label={t("strategy.report.year")} state={form} t={t} required />
        <div class="actions">
          <SubmitButton label={t("strategy.report.generate")} />
        </div>
      </form>
    </StrategyPage>
  );
}

export function ReportEditPage({ ctx, report, indicators, versions, form, notice }: {
  ctx: PageContext;
  report: ReportRow;
  indicators: { key: string; name: string; hasData: boolean }[];
  versions: { version: number; publishedAt: Date; publishedBy: string }[];
  form: FormState;
  notice: string | null;
}) {
  const { t } = ctx;
  const b = `${rBase(ctx)}/${report.id}`;
  const chosen = new Set(Array.isArray(form.values.indicatorKeys) ? form.values.indicatorKeys : form.values.indicatorKeys ? [form.values.indicatorKeys] : []);
  const date = dateFormat(ctx.lang, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });
  return (
    <StrategyPage ctx={ctx} title={report.title} notice={notice} back={{ href: rBase(ctx), label: t("strategy.report.back") }}>
      <p>{t(`strategy.report.status.${report.status}`)}</p>
      <div class="button-row">
        <a class="kern-btn kern-btn--secondary" href={`${b}/vorschau`}>
          <span class="kern-label">{t("strategy.report.preview")}</span>
        </a>
        <a class="kern-btn kern-btn--secondary" href={`${b}/vorschau.pdf`}>
          <span class="kern-label">{t("strategy.report.previewPdf")}</span>
        </a>
        <ActionForm ctx={ctx} action={`${b}/veroeffentlichen`} label={t("strategy.report.publish")} secondary={false} />
      </div>
      <p class="kern-hint">{t("strategy.report.publishHint")}</p>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={b} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <TextField name="title" label={t("strategy.field.title")} state={form} t={t} required dirAuto />
        <TextArea name="summary" label={t("strategy.report.summary")} hint={t("strategy.report.textHint")} state={form} t={t} rows={8} />
        <TextArea name="recommendations" label={t("strategy.report.recommendations")} hint={t("strategy.report.textHint")} state={form} t={t} rows={8} />
        <fieldset class="kern-fieldset">
          <legend class="kern-label">{t("strategy.report.indicators")}</legend>
          <p class="kern-hint">{t("strategy.report.indicatorsHint")}</p>
          <div class="kern-fieldset__body checkbox-columns">
            {indicators.map((i) => (
              <div class="kern-form-check" key={i.key}>
                <input class="kern-form-check__checkbox" type="checkbox" id={`ind-${i.key}`} name="indicatorKeys" value={i.key} checked={chosen.has(i.key)} />
                <label class="kern-label" for={`ind-${i.key}`}>
                  <span dir="auto">{i.name}</span>
                  {i.hasData ? "" : ` (${t("strategy.report.noData")})`}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div class="actions">
          <SubmitButton label={t("admin.save")} />
        </div>
      </form>
      <h2>{t("strategy.report.translations")}</h2>
      <ul>
        {LOCALES.filter((l) => l !== "de").map((l) => (
          <li key={l}>
            <a href={`${b}/uebersetzung/${l}`} lang={l}>
              {AUTONYMS[l]}
            </a>
          </li>
        ))}
      </ul>
      <h2>{t("strategy.report.versions")}</h2>
      {versions.length === 0 ? (
        <p>{t("strategy.report.noVersions")}</p>
      ) : (
        <ul>
          {versions.map((v) => (
            <li key={v.version}>
              <a href={`/${ctx.tenant!.slug}/de/integrationsbericht/${report.year}?fassung=${v.version}`}>{t("strategy.report.versionOf", { version: v.version, date: date.format(v.publishedAt) })}</a> ({v.publishedBy})
            </li>
          ))}
        </ul>
      )}
    </StrategyPage>
  );
}

const paragraphs = (s: string) =>
  s
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

function Table({ table }: { table: ReportTable }) {
  return (
    // Focusable: a wide table scrolls on a phone, and a keyboard must be able to scroll it.
    <div class="table-wrap" tabIndex={0} role="region" aria-label={table.caption}>
      <table class="data">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.header.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row" dir="auto">
                    {c}
                  </th>
                ) : (
                  <td key={j}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A chart made by web/charts.tsx, inline so that its title, description and role reach assistive
 * technology. The markup is ours: charts are rendered by preact-render-to-string, which escapes every
 * label and number that came from data.
 */
function Svg({ svg }: { svg: string }) {
  return <div class="chart__body" dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** The report's body: contents, sections with their headings, charts as images with their tables. */
export function ReportBody({ content: c }: { content: ReportContent }) {
  const l = c.labels;
  const sections: [string, string, boolean][] = [
    ["zusammenfassung", l.summary, paragraphs(c.summary).length > 0],
    ["indikatoren", l.indicators, c.indicators.length > 0],
    ["selbstcheck", l.selfcheck, c.selfcheck !== null],
    ["handlungskonzept", l.plan, c.plan !== null],
    ["aktivitaeten", l.activities, c.activities.length > 0],
    ["empfehlungen", l.recommendations, paragraphs(c.recommendations).length > 0],
    ["anhang", l.annex, c.annex.length > 0],
  ];
  const shown = sections.filter(([, , on]) => on);
  return (
    <article class="report">
      <nav aria-labelledby="report-contents" class="card">
        <h2 id="report-contents">{l.contents}</h2>
        <ol>
          {shown.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {shown.some(([id]) => id === "zusammenfassung") ? (
        <section aria-labelledby="zusammenfassung">
          <h2 id="zusammenfassung">{l.summary}</h2>
          {paragraphs(c.summary).map((p, i) => (
            <p key={i} dir="auto">
              {p}
            </p>
          ))}
        </section>
      ) : null}
      {c.indicators.length ? (
        <section aria-labelledby="indikatoren">
          <h2 id="indikatoren">{l.indicators}</h2>
          {c.indicators.map((i) => (
            <section key={i.key} aria-labelledby={`indicator-${i.key}`} class="card">
              <h3 id={`indicator-${i.key}`} dir="auto">
                {i.name}
              </h3>
              <p>
                <span class={`light light--${i.light}`}>
                  <span class="light__dot" aria-hidden="true" />
                  {i.lightText}
                </span>
              </p>
              <p>
                {l.latest}: {i.latest}
                {i.target ? ` · ${l.target}: ${i.target}` : ""}
              </p>
              {i.chartSvg ? (
                <figure class="chart">
                  <Svg svg={i.chartSvg} />
                  <Table table={i.table} />
                </figure>
              ) : (
                <p>{l.noData}</p>
              )}
            </section>
          ))}
        </section>
      ) : null}
      {c.selfcheck ? (
        <section aria-labelledby="selbstcheck">
          <h2 id="selbstcheck">{l.selfcheck}</h2>
          <p dir="auto">
            {c.selfcheck.round} · {c.selfcheck.responses}
          </p>
          {c.selfcheck.chartSvg ? <Svg svg={c.selfcheck.chartSvg} /> : null}
          <Table table={{ caption: c.selfcheck.round, header: [l.selfcheck, "0–100", "±"], rows: c.selfcheck.areas.map((a) => [a.title, a.score, a.change ?? "–"]) }} />
          <dl class="facts">
            {c.selfcheck.areas
              .filter((a) => a.suggestion)
              .map((a) => (
                <div key={a.title}>
                  <dt dir="auto">{a.title}</dt>
                  <dd dir="auto">{a.suggestion}</dd>
                </div>
              ))}
          </dl>
        </section>
      ) : null}
      {c.plan ? (
        <section aria-labelledby="handlungskonzept">
          <h2 id="handlungskonzept">{l.plan}</h2>
          <p dir="auto">
            {c.plan.title} ({c.plan.period})
          </p>
          <Table table={{ caption: c.plan.title, header: [l.plan, ...c.plan.byStatus.map((s) => s.label)], rows: c.plan.fields.map((f) => [f.title, ...f.counts.map(String)]) }} />
        </section>
      ) : null}
      {c.activities.length ? (
        <section aria-labelledby="aktivitaeten">
          <h2 id="aktivitaeten">{l.activities}</h2>
          {c.activities.map((a) => (
            <section key={a.title} aria-label={a.title} class="card">
              <h3>{a.title}</h3>
              <dl class="facts">
                {a.items.map((x) => (
                  <div key={x.label}>
                    <dt>{x.label}</dt>
                    <dd>{x.value}</dd>
                  </div>
                ))}
              </dl>
              {a.table ? <Table table={a.table} /> : null}
            </section>
          ))}
        </section>
      ) : null}
      {paragraphs(c.recommendations).length ? (
        <section aria-labelledby="empfehlungen">
          <h2 id="empfehlungen">{l.recommendations}</h2>
          {paragraphs(c.recommendations).map((p, i) => (
            <p key={i} dir="auto">
              {p}
            </p>
          ))}
        </section>
      ) : null}
      {c.annex.length ? (
        <section aria-labelledby="anhang">
          <h2 id="anhang">{l.annex}</h2>
          {c.annex.map((a) => (
            <section key={a.name} aria-label={a.name}>
              <h3 dir="auto">{a.name}</h3>
              <dl class="facts">
                {a.definition ? (
                  <div>
                    <dt>{l.definition}</dt>
                    <dd dir="auto">{a.definition}</dd>
                  </div>
                ) : null}
                {a.calculation ? (
                  <div>
                    <dt>{l.calculation}</dt>
                    <dd dir="auto">{a.calculation}</dd>
                  </div>
                ) : null}
                {a.source ? (
                  <div>
                    <dt>{l.source}</dt>
                    <dd dir="auto">{a.sourceUrl ? <a href={a.sourceUrl} rel="noopener noreferrer">{a.source}</a> : a.source}</dd>
                  </div>
                ) : null}
              </dl>
            </section>
          ))}
        </section>
      ) : null}
    </article>
  );
}

export function ReportPage({ ctx, content, pdfHref, preview, others }: { ctx: PageContext; content: ReportContent; pdfHref: string; preview: boolean; others: number[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={content.title}>
      {preview ? <p class="notice notice--warn">{t("strategy.report.previewNotice")}</p> : null}
      <h1 dir="auto">{content.title}</h1>
      <p class="lead">
        {content.tenant} · {content.status}
      </p>
      <p>
        <a href={pdfHref}>{t("strategy.report.download")}</a>
        {others.length ? (
          <>
            {" · "}
            {t("strategy.report.otherYears")}:{" "}
            {others.map((y, i) => (
              <span key={y}>
                {i ? ", " : ""}
                <a href={`/${ctx.tenant!.slug}/${ctx.lang}/integrationsbericht/${y}`}>{y}</a>
              </span>
            ))}
          </>
        ) : null}
      </p>
      <ReportBody content={content} />
    </Layout>
  );
}
