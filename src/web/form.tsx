/**
 * Form components after the GOV.UK/KERN pattern: label always visible, hint
 * and error linked by aria-describedby, an error summary at the top whose
 * links move focus to the field.
 */
import type { ComponentChildren } from "preact";
import type { FieldError } from "../core/errors.ts";
import type { Translate } from "../core/i18n.ts";
import { languageName, ownLanguageName, WELL_KNOWN_LANGUAGES } from "../core/languages.ts";

export type FormValues = Record<string, string | string[] | undefined>;
export interface FormState {
  values: FormValues;
  errors: FieldError[];
}
export const emptyForm = (values: FormValues = {}): FormState => ({ values, errors: [] });

const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
const errorOf = (state: FormState, name: string) => state.errors.find((e) => e.field === name);
const str = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/**
 * The form's errors at its top, each a link to its field. `labels` (field name → label) names the
 * field in front of its message ("E-Mail: Bitte …"), so that two "please fill in this field" say which.
 */
export function ErrorSummary({ state, t, labels = {} }: { state: FormState; t: Translate; labels?: Record<string, string> }) {
  if (state.errors.length === 0) return null;
  return (
    // Focused when the page loads (autofocus works on any focusable element): the reader of a form low on a
    // long page lands on what went wrong instead of at the top, and a screen reader reads it out.
    <div class="kern-alert kern-alert--danger error-summary" role="alert" tabIndex={-1} autofocus id="error-summary" aria-labelledby="error-summary-title">
      <div class="kern-alert__header">
        <h2 class="kern-title" id="error-summary-title">{t("form.errorSummary", { count: state.errors.length })}</h2>
      </div>
      <div class="kern-alert__body">
        <ul>
          {state.errors.map((e) => (
            <li key={e.field + e.key}>
              <a href={`#${fieldId(e.field)}`}>
                {labels[e.field] ? `${labels[e.field]}: ` : null}
                {t(e.key, e.values)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The message of a field's error, for a field built by hand (a fieldset of its own); the components below show theirs. */
export function FieldError({ state, name, t }: { state: FormState; name: string; t: Translate }) {
  const e = errorOf(state, name);
  if (!e) return null;
  return (
    <p class="kern-error" id={`${fieldId(name)}-error`} role="status">
      <span class="kern-sr-only">{t("form.errorPrefix")}</span> {t(e.key, e.values)}
    </p>
  );
}

interface FieldProps {
  name: string;
  label: string;
  state: FormState;
  t: Translate;
  hint?: string;
  required?: boolean;
}

function describedBy(state: FormState, name: string, hint?: string) {
  const ids = [hint ? `${fieldId(name)}-hint` : "", errorOf(state, name) ? `${fieldId(name)}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Wrapper(props: FieldProps & { children: ComponentChildren }) {
  const e = errorOf(props.state, props.name);
  return (
    <div class={`kern-form-input${e ? " kern-form-input--error" : ""}`}>
      <label class="kern-label" for={fieldId(props.name)}>
        {props.label}
        {props.required ? null : <span class="kern-label__optional"> – {props.t("form.optional")}</span>}
      </label>
      {props.hint ? (
        <div class="kern-hint" id={`${fieldId(props.name)}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <FieldError state={props.state} name={props.name} t={props.t} />
      {props.children}
    </div>
  );
}

/** `list`: the id of a `<datalist>` whose options the browser suggests while typing. */
export function TextField(props: FieldProps & { type?: "text" | "email" | "tel" | "url" | "password" | "search" | "number" | "time" | "date"; autocomplete?: string; inputMode?: string; dirAuto?: boolean; list?: string }) {
  const e = errorOf(props.state, props.name);
  return (
    <Wrapper {...props}>
      <input
        class={`kern-form-input__input${e ? " kern-form-input__input--error" : ""}`}
        id={fieldId(props.name)}
        name={props.name}
        // Preact narrows attributes per input type; the union is fine at run time.
        {...({ type: props.type ?? "text" } as { type: "text" })}
        value={str(props.state.values[props.name])}
        required={props.required}
        aria-invalid={e ? "true" : undefined}
        aria-describedby={describedBy(props.state, props.name, props.hint)}
        autocomplete={props.autocomplete}
        inputMode={props.inputMode as never}
        dir={props.dirAuto ? "auto" : undefined}
        list={props.list}
      />
    </Wrapper>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const e = errorOf(props.state, props.name);
  return (
    <Wrapper {...props}>
      <textarea
        class={`kern-form-input__input${e ? " kern-form-input__input--error" : ""}`}
        id={fieldId(props.name)}
        name={props.name}
        rows={props.rows ?? 4}
        required={props.required}
        aria-invalid={e ? "true" : undefined}
        aria-describedby={describedBy(props.state, props.name, props.hint)}
        dir="auto"
      >
        {str(props.state.values[props.name])}
      </textarea>
    </Wrapper>
  );
}

export function Select(props: FieldProps & { options: { value: string; label: string }[]; empty?: string }) {
  const e = errorOf(props.state, props.name);
  const current = str(props.state.values[props.name]);
  return (
    <Wrapper {...props}>
      <div class={`kern-form-input__select-wrapper`}>
        <select
          class={`kern-form-input__select${e ? " kern-form-input__select--error" : ""}`}
          id={fieldId(props.name)}
          name={props.name}
          required={props.required}
          aria-invalid={e ? "true" : undefined}
          aria-describedby={describedBy(props.state, props.name, props.hint)}
        >
          {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
          {props.options.map((o) => (
            <option key={o.value} value={o.value} selected={o.value === current}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </Wrapper>
  );
}

/** A group of checkboxes submitted under one name. */
export function Checkboxes(props: FieldProps & { options: { value: string; label: string }[]; columns?: boolean }) {
  const e = errorOf(props.state, props.name);
  const checked = new Set(list(props.state.values[props.name]));
  return (
    <fieldset class={`kern-fieldset${e ? " kern-fieldset--error" : ""}`} id={fieldId(props.name)} aria-describedby={describedBy(props.state, props.name, props.hint)}>
      <legend class="kern-label">{props.label}</legend>
      {props.hint ? (
        <div class="kern-hint" id={`${fieldId(props.name)}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <FieldError state={props.state} name={props.name} t={props.t} />
      <div class={`kern-fieldset__body${props.columns ? " checkbox-columns" : ""}`}>
        {props.options.map((o) => {
          const id = `${fieldId(props.name)}-${o.value}`;
          return (
            <div class="kern-form-check" key={o.value}>
              <input class="kern-form-check__checkbox" type="checkbox" id={id} name={props.name} value={o.value} checked={checked.has(o.value)} />
              <label class="kern-label" for={id}>
                {o.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * Languages to tick — the well-known ones, each named in the reader's language and in its own, so
 * that a newcomer finds theirs on a German page — and a field for any other ISO 639 code. Both
 * send `name` (a schema reads ticked and typed codes alike); a value kept or stored as "de, ar, ti"
 * comes back as boxes ticked and the rest typed. An error is shown at the typed field.
 */
export function LanguageChoice(props: FieldProps & { lang: string }) {
  const codes = list(props.state.values[props.name])
    .flatMap((v) => v.split(/[\s,;]+/))
    .filter(Boolean)
    .map((c) => c.toLowerCase());
  const known = new Set<string>(WELL_KNOWN_LANGUAGES);
  const ticked = new Set(codes.filter((c) => known.has(c)));
  const other = [...new Set(codes.filter((c) => !known.has(c)))].join(", ");
  const id = `${fieldId(props.name)}-choice`;
  return (
    <fieldset class="kern-fieldset" id={id} aria-describedby={props.hint ? `${id}-hint` : undefined}>
      <legend class="kern-label">
        {props.label}
        {props.required ? null : <span class="kern-label__optional"> – {props.t("form.optional")}</span>}
      </legend>
      {props.hint ? (
        <div class="kern-hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <div class="kern-fieldset__body checkbox-columns">
        {WELL_KNOWN_LANGUAGES.map((code) => {
          const own = ownLanguageName(props.lang, code);
          return (
            <div class="kern-form-check" key={code}>
              <input class="kern-form-check__checkbox" type="checkbox" id={`${id}-${code}`} name={props.name} value={code} checked={ticked.has(code)} />
              <label class="kern-label" for={`${id}-${code}`}>
                {languageName(props.lang, code)}
                {own ? (
                  <>
                    {" – "}
                    <span lang={code} dir="auto">
                      {own}
                    </span>
                  </>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
      <TextField name={props.name} label={props.t("form.languagesOther")} hint={props.t("form.languagesOtherHint")} state={{ values: { [props.name]: other }, errors: props.state.errors }} t={props.t} dirAuto />
    </fieldset>
  );
}

export function Csrf({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A select of a GET filter form: "any" first (empty value), the current value selected. */
export function FilterSelect(p: { id: string; label: string; any: string; value?: string; options: { value: string; label: string }[] }) {
  return (
    <div class="kern-form-input">
      <label class="kern-label" for={p.id}>
        {p.label}
      </label>
      <div class="kern-form-input__select-wrapper">
        <select class="kern-form-input__select" id={p.id} name={p.id}>
          <option value="">{p.any}</option>
          {p.options.map((o) => (
            <option key={o.value} value={o.value} selected={o.value === p.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
