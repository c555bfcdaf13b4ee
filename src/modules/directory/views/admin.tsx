/** Back-office pages of the Wegweiser. */
import { DataTable, Notice, Pagination } from "../../../web/components.tsx";
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import { Checkboxes, Csrf, ErrorSummary, Select, TextArea, TextField, type FormState } from "../../../web/form.tsx";
import { formatDate, LOCALES, AUTONYMS, type Locale } from "../../../core/i18n.ts";
import { SERVICE_KINDS, SPOKEN_LANGUAGES, TARGET_GROUPS, TOPICS } from "../model.ts";
import { SLOTS_PER_DAY, weekdays } from "../hours-text.ts";
import type { RowError } from "../io.ts";

type ListItem = { id: string; slug: string; name: string; kind: string; status: string; organisation: string; town: string | null; updated_at: Date | string };

export function AdminList({ ctx, items, total, q, status, kind, page, perPage, notice }: {
  ctx: PageContext; items: ListItem[]; total: number; q: string; status: string; kind: string; page: number; perPage: number; notice: string | null;
}) {
  const { t, tenant } = ctx;
  const base = `/admin/${tenant!.slug}/wegweiser`;
  const qs = (over: Record<string, string | number>) => {
    const p = new URLSearchParams({ q, status, kind, page: String(page), ...Object.fromEntries(Object.entries(over).map(([k, v]) => [k, String(v)])) });
    for (const [k, v] of [...p.entries()]) if (!v || (k === "page" && v === "1") || (k === "status" && v === "active")) p.delete(k);
    const s = p.toString();
    return s ? `?${s}` : "";
  };
  return (
    <Layout ctx={ctx} title={t("admin.directory.title")}>
      <Notice t={t} notice={notice} />
      <h1>{t("admin.directory.title")}</h1>
      <div class="actions">
        <a class="kern-btn kern-btn--primary" href={`${base}/new`}>
          <span class="kern-label">{t("admin.directory.new")}</span>
        </a>
        <a href={`${base}/export.csv`}>{t("admin.export.csv")}</a>
        <a href={`${base}/export.xlsx`}>{t("admin.export.xlsx")}</a>
        <a href={`${base}/import`}>{t("admin.import.title")}</a>
      </div>
      <form method="get" action={base} class="search-form" role="search">
        <div class="kern-form-input">
          <label class="kern-label" for="q">{t("admin.directory.filterText")}</label>
          <input class="kern-form-input__input" id="q" name="q" type="search" value={q} />
        </div>
        <div class="kern-form-input">
          <label class="kern-label" for="status">{t("admin.directory.status")}</label>
          <div class="kern-form-input__select-wrapper">
            <select class="kern-form-input__select" id="status" name="status">
              {["active", "archived", "all"].map((s) => (
                <option key={s} value={s} selected={s === status}>{t(`admin.status.${s}`)}</option>
              ))}
            </select>
          </div>
        </div>
        <div class="kern-form-input">
          <label class="kern-label" for="kind">{t("search.kind")}</label>
          <div class="kern-form-input__select-wrapper">
            <select class="kern-form-input__select" id="kind" name="kind">
              <option value="">{t("search.anyKind")}</option>
              {SERVICE_KINDS.map((k) => (
                <option key={k} value={k} selected={k === kind}>{t(`directory.kind.${k}`)}</option>
              ))}
            </select>
          </div>
        </div>
        <div>
          <button class="kern-btn kern-btn--secondary" type="submit"><span class="kern-label">{t("admin.filter")}</span></button>
        </div>
      </form>
      <p>{t("admin.directory.count", { count: total })}</p>
      <DataTable caption={t("admin.directory.title")} headers={[t("admin.field.name"), t("admin.field.organisation"), t("search.kind"), t("search.town"), t("admin.directory.updated")]}>
            {items.map((i) => (
              <tr key={i.id}>
                <td>
                  <a href={`${base}/${i.id}`}>{i.name}</a>
                  {i.status === "archived" ? <span class="tag">{t("admin.status.archived")}</span> : null}
                </td>
                <td>{i.organisation}</td>
                <td>{t(`directory.kind.${i.kind}`)}</td>
                <td>{i.town ?? ""}</td>
                <td>{formatDate(ctx.lang, new Date(i.updated_at), { dateStyle: "short" })}</td>
              </tr>
            ))}
          </DataTable>
      <Pagination t={t} page={page} pages={Math.ceil(total / perPage)} href={(n) => `${base}${qs({ page: n })}`} />
    </Layout>
  );
}

export interface EditProps {
  ctx: PageContext;
  state: FormState;
  id: string | null;
  status?: string;
  version?: number;
  towns: { slug: string; name: string }[];
  exceptionRows: number;
  publicUrl?: string;
  notice?: string | null;
}

export function EditForm({ ctx, state, id, status, version, towns, exceptionRows, publicUrl, notice }: EditProps) {
  const { t, tenant } = ctx;
  const base = `/admin/${tenant!.slug}/wegweiser`;
  const title = id ? t("admin.directory.edit") : t("admin.directory.new");
  const opt = <T extends string>(values: readonly T[], prefix: string) => values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
  const days = weekdays(ctx.lang, "long");
  const f = (name: string) => ({ name, state, t });
  return (
    <Layout ctx={ctx} title={title}>
      <p><a href={base}>{t("admin.directory.backToList")}</a></p>
      <Notice t={t} notice={notice} />
      <h1>{title}</h1>
      {publicUrl ? <p><a href={publicUrl}>{t("admin.directory.viewPublic")}</a></p> : null}
      <ErrorSummary state={state} t={t} />
      <form method="post" action={id ? `${base}/${id}` : base} novalidate class="stack">
        <Csrf token={ctx.csrfToken()} />
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        <h2>{t("admin.section.basics")}</h2>
        <TextField {...f("name")} label={t("admin.field.name")} required />
        <TextField {...f("organisation")} label={t("admin.field.organisation")} hint={t("admin.hint.organisation")} required />
        <Select {...f("kind")} label={t("search.kind")} options={opt(SERVICE_KINDS, "directory.kind")} empty={t("admin.choose")} required />
        <TextField {...f("summary")} label={t("admin.field.summary")} hint={t("admin.hint.summary")} />
        <TextArea {...f("description")} label={t("admin.field.description")} rows={6} />
        <TextField {...f("slug")} label={t("admin.field.slug")} hint={t("admin.hint.slug")} />
        <Checkboxes {...f("topics")} label={t("admin.field.topics")} options={opt(TOPICS, "directory.topic")} columns />
        <Checkboxes {...f("targetGroups")} label={t("admin.field.targetGroups")} options={opt(TARGET_GROUPS, "directory.target")} columns />
        <Checkboxes {...f("languages")} label={t("entry.languages")} hint={t("admin.hint.languages")} options={opt(SPOKEN_LANGUAGES, "language")} columns />

        <h2>{t("admin.section.contact")}</h2>
        <TextField {...f("phone")} type="tel" label={t("contact.phone")} autocomplete="off" />
        <TextField {...f("email")} type="email" label={t("contact.email")} hint={t("admin.hint.email")} autocomplete="off" />
        <TextField {...f("website")} type="url" label={t("contact.website")} />
        <TextField {...f("appointmentUrl")} type="url" label={t("contact.appointment")} />

        <h2>{t("admin.section.address")}</h2>
        <TextField {...f("street")} label={t("admin.field.street")} autocomplete="off" />
        <TextField {...f("postcode")} label={t("admin.field.postcode")} inputMode="numeric" />
        <TextField {...f("city")} label={t("admin.field.city")} />
        {towns.length > 1 ? <Select {...f("town")} label={t("search.town")} options={towns.map((w) => ({ value: w.slug, label: w.name }))} empty={t("admin.none")} /> : null}
        <div class="grid-2">
          <TextField {...f("lat")} label={t("admin.field.lat")} inputMode="decimal" />
          <TextField {...f("lng")} label={t("admin.field.lng")} inputMode="decimal" />
        </div>
        <Select {...f("barrierFree")} label={t("entry.barrierFree")} options={opt(["yes", "no", "unknown"] as const, "entry.barrierFree")} required />

        <h2>{t("admin.section.hours")}</h2>
        <p class="kern-hint">{t("admin.hint.hours")}</p>
        <DataTable caption={t("entry.hours")} headers={[t("admin.hours.day"), ...Array.from({ length: SLOTS_PER_DAY }, (_, n) => t("admin.hours.slot", { n: n + 1 }))]}>
              {days.map((dayName, i) => (
                <tr key={dayName}>
                  <th scope="row">{dayName}</th>
                  {Array.from({ length: SLOTS_PER_DAY }, (_, n) => (
                    <td key={n}>
                      <TimePair ctx={ctx} state={state} prefix={`h${i + 1}_${n}`} label={`${dayName}, ${t("admin.hours.slot", { n: n + 1 })}`} />
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
        <h3>{t("admin.hours.exceptions")}</h3>
        <p class="kern-hint">{t("admin.hint.exceptions")}</p>
        {Array.from({ length: exceptionRows }, (_, n) => (
          <fieldset class="kern-fieldset" key={n}>
            <legend class="kern-label">{t("admin.hours.exception", { n: n + 1 })}</legend>
            <div class="grid-2">
              <TextField {...f(`ex${n}_day`)} label={t("admin.hours.date")} hint={t("admin.hours.dateHint")} inputMode="numeric" />
              <TextField {...f(`ex${n}_note`)} label={t("admin.hours.note")} />
              <TextField {...f(`ex${n}_opens`)} label={t("admin.hours.opens")} inputMode="numeric" />
              <TextField {...f(`ex${n}_closes`)} label={t("admin.hours.closes")} inputMode="numeric" />
            </div>
          </fieldset>
        ))}
        <Checkboxes {...f("flags")} label={t("admin.field.flags")} options={[
          { value: "appointmentOnly", label: t("hours.appointmentOnly") },
          { value: "temporarilyClosed", label: t("hours.temporarilyClosed") },
        ]} />
        <TextField {...f("hoursNote")} label={t("admin.field.hoursNote")} />
        <div class="actions">
          <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t("admin.save")}</span></button>
        </div>
      </form>
      {id ? (
        <>
          <h2>{t("admin.section.more")}</h2>
          <p><a href={`${base}/${id}/translate/en`}>{t("admin.directory.translate")}</a></p>
          <form method="post" action={`${base}/${id}/${status === "archived" ? "restore" : "archive"}`} class="actions">
            <Csrf token={ctx.csrfToken()} />
            <button class="kern-btn kern-btn--secondary" type="submit">
              <span class="kern-label">{status === "archived" ? t("admin.directory.restore") : t("admin.directory.archive")}</span>
            </button>
          </form>
        </>
      ) : null}
    </Layout>
  );
}

function TimePair({ ctx, state, prefix, label }: { ctx: PageContext; state: FormState; prefix: string; label: string }) {
  const { t } = ctx;
  const err = state.errors.find((e) => e.field === `${prefix}_opens` || e.field === `${prefix}_closes`);
  const v = (k: string) => (state.values[k] as string | undefined) ?? "";
  return (
    <div class="time-pair">
      <label class="visually-hidden" for={`f-${prefix}_opens`}>{`${label}: ${t("admin.hours.opens")}`}</label>
      <input class="kern-form-input__input time-input" type="text" inputMode="numeric" autocomplete="off" id={`f-${prefix}_opens`} name={`${prefix}_opens`} value={v(`${prefix}_opens`)} aria-invalid={err ? "true" : undefined} aria-describedby={err ? `${prefix}-error` : undefined} />
      <span aria-hidden="true"> – </span>
      <label class="visually-hidden" for={`f-${prefix}_closes`}>{`${label}: ${t("admin.hours.closes")}`}</label>
      <input class="kern-form-input__input time-input" type="text" inputMode="numeric" autocomplete="off" id={`f-${prefix}_closes`} name={`${prefix}_closes`} value={v(`${prefix}_closes`)} aria-invalid={err ? "true" : undefined} aria-describedby={err ? `${prefix}-error` : undefined} />
      {err ? <p class="kern-error" id={`${prefix}-error`}>{t(err.key, err.values)}</p> : null}
    </div>
  );
}

export function TranslationOverview({ ctx, lang, items }: { ctx: PageContext; lang: Locale; items: { id: string; name: string; state: string }[] }) {
  const { t, tenant } = ctx;
  const base = `/admin/${tenant!.slug}/wegweiser`;
  const counts = { outdated: 0, missing: 0, current: 0 } as Record<string, number>;
  for (const i of items) counts[i.state] = (counts[i.state] ?? 0) + 1;
  return (
    <Layout ctx={ctx} title={t("admin.translations.title")}>
      <h1>{t("admin.translations.title")}</h1>
      <nav aria-label={t("admin.translate.languages")}>
        <ul class="pagination">
          {LOCALES.filter((l) => l !== "de").map((l) => (
            <li key={l}><a href={`${base}/translations?for=${l}`} aria-current={l === lang ? "page" : undefined} lang={l}>{AUTONYMS[l]}</a></li>
          ))}
        </ul>
      </nav>
      <p class="lead">{t("admin.translations.summary", { outdated: counts.outdated ?? 0, missing: counts.missing ?? 0, current: counts.current ?? 0 })}</p>
      <DataTable caption={t("admin.translations.title")} headers={[t("admin.field.name"), t("admin.translations.state")]}>
            {items.map((i) => (
              <tr key={i.id}>
                <td><a href={`${base}/${i.id}/translate/${lang}`}>{i.name}</a></td>
                <td class={`badge-${i.state}`}>{t(`translation.state.${i.state}`)}</td>
              </tr>
            ))}
          </DataTable>
    </Layout>
  );
}

export function ImportPage({ ctx, errors, result }: { ctx: PageContext; errors: RowError[]; result?: { created: number; updated: number } }) {
  const { t, tenant } = ctx;
  const base = `/admin/${tenant!.slug}/wegweiser`;
  return (
    <Layout ctx={ctx} title={t("admin.import.title")}>
      <p><a href={base}>{t("admin.directory.backToList")}</a></p>
      <h1>{t("admin.import.title")}</h1>
      <p class="lead">{t("admin.import.lead")}</p>
      {result ? <p class="notice notice--success" role="status">{t("admin.import.done", result)}</p> : null}
      {errors.length ? (
        <div class="kern-alert kern-alert--danger" role="alert" id="import-errors" tabIndex={-1}>
          <div class="kern-alert__header"><h2 class="kern-title">{t("admin.import.failed", { count: errors.length })}</h2></div>
          <div class="kern-alert__body">
            <table class="data">
              <caption class="visually-hidden">{t("admin.import.errors")}</caption>
              <thead><tr><th scope="col">{t("admin.import.line")}</th><th scope="col">{t("admin.import.column")}</th><th scope="col">{t("admin.import.problem")}</th></tr></thead>
              <tbody>
                {errors.slice(0, 500).map((e, i) => (
                  <tr key={i}><td>{e.line}</td><td><code>{e.field}</code></td><td>{t(e.key, e.values)}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      <form method="post" action={`${base}/import?_csrf=${encodeURIComponent(ctx.csrfToken())}`} enctype="multipart/form-data" class="stack">
        <div class="kern-form-input">
          <label class="kern-label" for="file">{t("admin.import.file")}</label>
          <div class="kern-hint" id="file-hint">{t("admin.import.hint")}</div>
          <input class="kern-form-input__input" type="file" id="file" name="file" accept=".csv,text/csv" required aria-describedby="file-hint" />
        </div>
        <div class="actions">
          <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t("admin.import.submit")}</span></button>
        </div>
      </form>
    </Layout>
  );
}
