/**
 * The page on which staff translate one record's texts into one language:
 * per field the German original, the translation's state and the field.
 * Shared by every module with translatable content (core/translations.ts).
 */
import { AUTONYMS, LOCALES, type Locale } from "../core/i18n.ts";
import type { PageContext } from "./context.ts";
import { Layout } from "./layout.tsx";
import { Csrf, ErrorSummary, TextArea, TextField, type FormState } from "./form.tsx";

export interface TranslatedField {
  field: string;
  german: string;
  state: string;
  /** A long text: a text area. */
  long: boolean;
}

export function TranslatePage({ ctx, name, lang, back, hrefFor, fields, labelOf, state }: {
  ctx: PageContext;
  name: string;
  lang: Locale;
  /** The record's page. */
  back: string;
  /** This page in another language (also the form's target for `lang`). */
  hrefFor: (lang: Locale) => string;
  fields: TranslatedField[];
  labelOf: (field: string) => string;
  state: FormState;
}) {
  const { t } = ctx;
  const title = t("admin.translate.title", { name, language: AUTONYMS[lang] });
  return (
    <Layout ctx={ctx} title={title}>
      <p><a href={back}>{t("admin.translate.back")}</a></p>
      <h1 dir="auto">{title}</h1>
      <nav aria-label={t("admin.translate.languages")}>
        <ul class="pagination">
          {LOCALES.filter((l) => l !== "de").map((l) => (
            <li key={l}><a href={hrefFor(l)} aria-current={l === lang ? "page" : undefined} lang={l}>{AUTONYMS[l]}</a></li>
          ))}
        </ul>
      </nav>
      <ErrorSummary state={state} t={t} />
      <form method="post" action={hrefFor(lang)} class="stack" novalidate>
        <Csrf token={ctx.csrfToken()} />
        {fields.filter((f) => f.german).map((f) => (
          <div key={f.field} class="card">
            <p class="meta">{labelOf(f.field)} · <span class={`badge-${f.state}`}>{t(`translation.state.${f.state}`)}</span></p>
            <p lang="de" dir="ltr"><strong>{t("admin.translate.german")}:</strong> {f.german}</p>
            {f.long ? (
              <TextArea name={f.field} label={`${labelOf(f.field)} (${AUTONYMS[lang]})`} state={state} t={t} rows={6} />
            ) : (
              <TextField name={f.field} label={`${labelOf(f.field)} (${AUTONYMS[lang]})`} state={state} t={t} dirAuto />
            )}
          </div>
        ))}
        <div class="actions">
          <button class="kern-btn kern-btn--primary" type="submit"><span class="kern-label">{t("admin.save")}</span></button>
        </div>
      </form>
    </Layout>
  );
}
