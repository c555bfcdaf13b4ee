/** Monitoring in the back office: the indicators with their lights, one indicator's time series, the import report, an own indicator's form. */
import type { PageContext } from "../../../web/context.ts";
import { DataTable, Facts } from "../../../web/components.tsx";
import { Csrf, ErrorSummary, Select, TextArea, TextField, type FormState } from "../../../web/form.tsx";
import { ChartFigure, ChartTable, LineChart, type Series } from "../../../web/charts.tsx";
import type { Light } from "../lights.ts";
import type { FileReport, ImportReport, IndicatorOverview, IndicatorRow, SeriesPoint, Target } from "../monitoring.ts";
import { strategyBase, StrategyPage, SubmitButton } from "./admin.tsx";

const mBase = (ctx: PageContext) => `${strategyBase(ctx)}/monitoring`;

export function LightTag({ ctx, light, reason }: { ctx: PageContext; light: Light; reason: string }) {
  // Colour and words: the light is never told by colour alone.
  return (
    <span class={`light light--${light}`}>
      <span class="light__dot" aria-hidden="true" />
      {ctx.t(`strategy.light.${reason}`)}
    </span>
  );
}

export const numberFormat = (lang: string, decimals: number | null) => new Intl.NumberFormat(lang, { maximumFractionDigits: decimals ?? 1, minimumFractionDigits: decimals ?? 0 });
const figure = (ctx: PageContext, i: IndicatorRow, p: SeriesPoint | null) => (p ? `${numberFormat(ctx.lang, i.decimals).format(p.value)}${i.unit ? ` ${i.unit}` : ""} (${p.period})` : "–");

export function MonitoringPage({ ctx, items, notice, hasAgs }: { ctx: PageContext; items: IndicatorOverview[]; notice: string | null; hasAgs: boolean }) {
  const { t } = ctx;
  return (
    <StrategyPage ctx={ctx} title={t("strategy.nav.monitoring")} notice={notice}>
      <p>{t("strategy.monitoring.intro")}</p>
      {hasAgs ? null : <p class="notice notice--warn">{t("strategy.monitoring.noAgs")}</p>}
      <div class="button-row">
        <a class="kern-btn kern-btn--primary" href={`${mBase(ctx)}/import`}>
          <span class="kern-label">{t("strategy.monitoring.import")}</span>
        </a>
        <a class="kern-btn kern-btn--secondary" href={`${mBase(ctx)}/neu`}>
          <span class="kern-label">{t("strategy.monitoring.newIndicator")}</span>
        </a>
      </div>
      {items.length === 0 ? (
        <p>{t("strategy.monitoring.none")}</p>
      ) : (
        <DataTable caption={t("strategy.nav.monitoring")} headers={[t("strategy.monitoring.indicator"), t("strategy.monitoring.own"), t("strategy.monitoring.land"), t("strategy.monitoring.target"), t("strategy.monitoring.light")]}>
          {items.map((o) => (
            <tr key={o.indicator.id}>
              <td dir="auto">
                <a href={`${mBase(ctx)}/${o.indicator.id}`}>{o.indicator.name}</a>
                <br />
                <small>
                  {o.indicator.key} · {t(o.fromLand ? "strategy.monitoring.fromLand" : "strategy.monitoring.ownIndicator")}
                </small>
              </td>
              <td>{figure(ctx, o.indicator, o.latest)}</td>
              <td>{figure(ctx, o.indicator, o.landLatest)}</td>
              <td>{o.target ? t("strategy.monitoring.targetIs", { value: numberFormat(ctx.lang, o.indicator.decimals).format(o.target.value), year: o.target.year }) : "–"}</td>
              <td>
                <LightTag ctx={ctx} light={o.light.light} reason={o.light.reason} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </StrategyPage>
  );
}

export interface IndicatorView {
  indicator: IndicatorRow;
  fromLand: boolean;
  years: number[];
  series: Series[];
  target: Target | null;
  light: { light: Light; reason: string };
  breakdowns: { key: string; label: string }[];
  breakdown: string;
  others: { slug: string; name: string }[];
  compared: string[];
}

export function IndicatorPage({ ctx, v, targetForm, valueForm, notice }: { ctx: PageContext; v: IndicatorView; targetForm: FormState; valueForm: FormState; notice: string | null }) {
  const { t } = ctx;
  const i = v.indicator;
  const f = numberFormat(ctx.lang, i.decimals);
  const b = `${mBase(ctx)}/${i.id}`;
  const targetLabel = v.target ? t("strategy.monitoring.targetLine", { year: v.target.year }) : "";
  return (
    <StrategyPage ctx={ctx} title={i.name} notice={notice} back={{ href: mBase(ctx), label: t("strategy.monitoring.back") }}>
      <p>
        <LightTag ctx={ctx} light={v.light.light} reason={v.light.reason} />
      </p>
      <Facts
        items={[
          [t("strategy.monitoring.key"), i.key],
          [t("strategy.report.definition"), i.definition],
          [t("strategy.report.calculation"), i.calculation],
          [t("strategy.report.source"), i.source],
          [t("strategy.monitoring.unit"), i.unit],
          [t("strategy.monitoring.direction"), t(`strategy.monitoring.directionName.${i.direction}`)],
        ]}
      />
      {i.sourceUrl ? (
        <p>
          <a href={i.sourceUrl} rel="noopener noreferrer">
            {t("strategy.monitoring.sourceLink")}
          </a>
        </p>
      ) : null}
      {!v.fromLand ? (
        <p>
          <a href={`${b}/bearbeiten`}>{t("strategy.monitoring.editIndicator")}</a>
        </p>
      ) : null}
      <form method="get" action={b} class="search-form">
        {v.breakdowns.length > 1 ? (
          <div class="kern-form-input">
            <label class="kern-label" for="aufschluesselung">
              {t("strategy.monitoring.breakdown")}
            </label>
            <div class="kern-form-input__select-wrapper">
              <select class="kern-form-input__select" id="aufschluesselung" name="aufschluesselung">
                {v.breakdowns.map((x) => (
                  <option key={x.key} value={x.key} selected={x.key === v.breakdown}>
                    {x.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ) : null}
        {v.others.length ? (
          <fieldset class="kern-fieldset">
            <legend class="kern-label">{t("strategy.monitoring.compare")}</legend>
            <div class="kern-fieldset__body checkbox-columns">
              {v.others.map((o) => (
                <div class="kern-form-check" key={o.slug}>
                  <input class="kern-form-check__checkbox" type="checkbox" id={`cmp-${o.slug}`} name="vergleich" value={o.slug} checked={v.compared.includes(o.slug)} />
                  <label class="kern-label" for={`cmp-${o.slug}`}>
                    {o.name}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
        {v.breakdowns.length > 1 || v.others.length ? (
          <div>
            <SubmitButton label={t("strategy.monitoring.show")} secondary />
          </div>
        ) : null}
      </form>
      {v.years.length === 0 ? (
        <p>{t("strategy.report.noData")}</p>
      ) : (
        <ChartFigure
          caption={t("strategy.monitoring.seriesCaption", { name: i.name })}
          chart={<LineChart id="indicator-series" title={i.name} desc={t("strategy.monitoring.seriesDesc")} x={v.years} series={v.series} target={v.target ? { value: v.target.value, label: targetLabel } : undefined} unit={i.unit} format={(x) => f.format(x)} dir={ctx.dir} />}
          table={<ChartTable caption={t("strategy.monitoring.seriesCaption", { name: i.name })} corner={t("strategy.monitoring.year")} categories={v.years} series={v.series} format={(x) => f.format(x)} unit={i.unit} />}
        />
      )}
      <section aria-labelledby="target-h" class="card">
        <h2 id="target-h">{t("strategy.monitoring.target")}</h2>
        <p class="kern-hint">{t("strategy.monitoring.targetHint")}</p>
        <ErrorSummary state={targetForm} t={t} />
        <form method="post" action={`${b}/ziel`} class="stack" novalidate>
          <Csrf token={ctx.csrfToken()} />
          <div class="grid-2">
            <TextField name="targetValue" inputMode="decimal" label={t("strategy.goal.targetValue")} state={targetForm} t={t} />
            <TextField name="targetYear" inputMode="numeric" label={t("strategy.goal.targetYear")} state={targetForm} t={t} />
          </div>
          <SubmitButton label={t("admin.save")} secondary />
        </form>
      </section>
      <section aria-labelledby="value-h" class="card">
        <h2 id="value-h">{t("strategy.monitoring.enterValue")}</h2>
        <p class="kern-hint">{t("strategy.monitoring.enterValueHint")}</p>
        <ErrorSummary state={valueForm} t={t} />
        <form method="post" action={`${b}/wert`} class="stack" novalidate>
          <Csrf token={ctx.csrfToken()} />
          <div class="grid-2">
            <TextField name="year" inputMode="numeric" label={t("strategy.monitoring.year")} state={valueForm} t={t} required />
            <TextField name="value" inputMode="decimal" label={t("strategy.monitoring.value")} state={valueForm} t={t} required />
          </div>
          <TextField name="unit" label={t("strategy.monitoring.unit")} state={valueForm} t={t} />
          <TextField name="breakdown" label={t("strategy.monitoring.breakdown")} hint={t("strategy.monitoring.breakdownHint")} state={valueForm} t={t} />
          <TextField name="source" label={t("strategy.report.source")} state={valueForm} t={t} required />
          <SubmitButton label={t("strategy.monitoring.saveValue")} secondary />
        </form>
      </section>
    </StrategyPage>
  );
}

export function IndicatorFormPage({ ctx, id, form }: { ctx: PageContext; id: string | null; form: FormState }) {
  const { t } = ctx;
  return (
    <StrategyPage ctx={ctx} title={t(id ? "strategy.monitoring.editIndicator" : "strategy.monitoring.newIndicator")} back={{ href: mBase(ctx), label: t("strategy.monitoring.back") }}>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={id ? `${mBase(ctx)}/${id}/bearbeiten` : `${mBase(ctx)}/neu`} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        <TextField name="key" label={t("strategy.monitoring.key")} hint={t("strategy.monitoring.keyHint")} state={form} t={t} required />
        <TextField name="name" label={t("strategy.monitoring.indicator")} state={form} t={t} required dirAuto />
        <TextArea name="definition" label={t("strategy.report.definition")} state={form} t={t} />
        <TextArea name="calculation" label={t("strategy.report.calculation")} state={form} t={t} />
        <TextField name="source" label={t("strategy.report.source")} state={form} t={t} />
        <TextField name="sourceUrl" type="url" label={t("strategy.monitoring.sourceLink")} state={form} t={t} />
        <TextField name="unit" label={t("strategy.monitoring.unit")} state={form} t={t} />
        <Select name="direction" label={t("strategy.monitoring.direction")} state={form} t={t} required options={(["up", "down", "none"] as const).map((d) => ({ value: d, label: t(`strategy.monitoring.directionName.${d}`) }))} />
        <TextField name="decimals" inputMode="numeric" label={t("strategy.monitoring.decimals")} state={form} t={t} />
        <div class="actions">
          <SubmitButton label={t("admin.save")} />
        </div>
      </form>
    </StrategyPage>
  );
}

function FileRow({ ctx, f }: { ctx: PageContext; f: FileReport }) {
  const { t } = ctx;
  return (
    <section class="card" aria-labelledby={`file-${f.indicator}`}>
      <h3 id={`file-${f.indicator}`}>
        {f.file} {f.errors.length ? <span class="tag tag--warn">{t("strategy.import.notImported")}</span> : <span class="tag tag--confirmed">{t("strategy.import.imported", { count: f.imported })}</span>}
      </h3>
      {f.errors.length ? (
        <DataTable caption={t("strategy.import.errorsOf", { file: f.file })} headers={[t("strategy.import.line"), t("strategy.import.column"), t("strategy.import.problem")]}>
          {f.errors.map((e, k) => (
            <tr key={k}>
              <td>{e.line || "–"}</td>
              <td>{e.column ?? "–"}</td>
              <td>{t(`strategy.import.error.${e.code}`, e.values)}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <p>{t("strategy.import.fileSummary", { replaced: f.replaced, skipped: f.skipped, empty: f.empty })}</p>
      )}
    </section>
  );
}

export function ImportPage({ ctx, report, form }: { ctx: PageContext; report: ImportReport | null; form: FormState }) {
  const { t } = ctx;
  const failed = report?.files.filter((f) => f.errors.length).length ?? 0;
  return (
    <StrategyPage ctx={ctx} title={t("strategy.monitoring.import")} back={{ href: mBase(ctx), label: t("strategy.monitoring.back") }}>
      <p>{t("strategy.import.intro")}</p>
      <ErrorSummary state={form} t={t} />
      <form method="post" action={`${mBase(ctx)}/import?_csrf=${encodeURIComponent(ctx.csrfToken())}`} enctype="multipart/form-data" class="stack">
        <div class="kern-form-input">
          <label class="kern-label" for="f-files">
            {t("strategy.import.files")}
          </label>
          <div class="kern-hint" id="f-files-hint">
            {t("strategy.import.filesHint")}
          </div>
          <input class="kern-form-input__input" type="file" id="f-files" name="files" multiple accept=".csv,.md,.yml,.yaml" aria-describedby="f-files-hint" />
        </div>
        <div class="actions">
          <SubmitButton label={t("strategy.import.start")} />
        </div>
      </form>
      {report ? (
        <section aria-labelledby="import-result">
          <h2 id="import-result">{t("strategy.import.result", { files: report.files.length, failed })}</h2>
          {report.files.map((f) => (
            <FileRow key={f.file} ctx={ctx} f={f} />
          ))}
          {report.problems.length ? (
            <>
              <h3>{t("strategy.import.problems")}</h3>
              <ul>
                {report.problems.map((p, k) => (
                  <li key={k}>
                    {p.file}: {t(`strategy.import.error.${p.code}`, p.values)} ({t(`strategy.import.severity.${p.severity}`)})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </StrategyPage>
  );
}

