/** Public pages of the Wegweiser: tenant home, search, entry. */
import type { ComponentChildren } from "preact";
import { Pagination } from "../../../web/components.tsx";
import { FilterSelect } from "../../../web/form.tsx";
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import type { ServiceView } from "../model.ts";
import { SERVICE_KINDS, SPOKEN_LANGUAGES, TOPICS } from "../model.ts";
import type { SearchParams } from "../search.ts";
import { addressLine, HoursTable, languageName, OpenStatus, sourceText, Untranslated } from "./shared.tsx";

export interface HomeProps {
  ctx: PageContext;
  intro: string;
  introMissing: boolean;
  offices: ServiceView[];
  now: Date;
}

export function TenantHome({ ctx, intro, introMissing, offices, now }: HomeProps) {
  const { t, tenant, lang } = ctx;
  const base = `/${tenant!.slug}/${lang}`;
  return (
    <Layout ctx={ctx} title={t("home.title")}>
      <h1>{tenant!.name}</h1>
      {intro ? (
        <p class="lead" lang={introMissing ? "de" : undefined} dir={introMissing ? "ltr" : undefined}>
          {intro}
          <Untranslated t={t} state={introMissing ? "missing" : undefined} />
        </p>
      ) : null}
      <SearchForm ctx={ctx} q="" />
      <h2>{t("home.office")}</h2>
      <div class="grid-2">
        {offices.map((o) => (
          <section class="card" key={o.id} aria-labelledby={`office-${o.id}`}>
            <h3 id={`office-${o.id}`}>
              <a href={`${base}/wegweiser/${o.slug}`} {...sourceText(o.translation.name)}>
                {o.name}
              </a>
              <Untranslated t={t} state={o.translation.name} />
            </h3>
            <p class="meta">{o.organisation}</p>
            {o.address ? <p>{addressLine(o.address)}</p> : null}
            <OpenStatus t={t} lang={lang} service={o} now={now} state={tenant!.state} />
            <Contacts ctx={ctx} s={o} />
          </section>
        ))}
      </div>
      <h2>{t("home.topics")}</h2>
      <ul class="cards">
        {TOPICS.slice(0, 12).map((topic) => (
          <li key={topic}>
            <a href={`${base}/wegweiser?topic=${topic}`}>{t(`directory.topic.${topic}`)}</a>
          </li>
        ))}
      </ul>
      <p class="actions">
        <a href={`${base}/wegweiser`}>{t("home.allOffers")}</a>
        <a href={`${base}/wegweiser.pdf`}>{t("home.pdf")}</a>
      </p>
    </Layout>
  );
}

export function Contacts({ ctx, s }: { ctx: PageContext; s: ServiceView }) {
  const { t } = ctx;
  const items = [
    s.phone ? { label: t("contact.phone"), node: <a href={`tel:${s.phone.replace(/[^+0-9]/g, "")}`} class="ltr">{s.phone}</a> } : null,
    s.email ? { label: t("contact.email"), node: <a href={`mailto:${s.email}`} class="ltr">{s.email}</a> } : null,
    s.website ? { label: t("contact.website"), node: <a href={s.website} class="ltr">{s.website.replace(/^https?:\/\//, "")}</a> } : null,
    s.appointmentUrl ? { label: t("contact.appointment"), node: <a href={s.appointmentUrl}>{t("contact.bookAppointment")}</a> } : null,
  ].filter((x) => x !== null);
  if (!items.length) return null;
  return (
    <dl class="contacts">
      {items.map((i) => (
        <div key={i.label}>
          <dt>{i.label}</dt>
          <dd>{i.node}</dd>
        </div>
      ))}
    </dl>
  );
}

export interface SearchPageProps {
  ctx: PageContext;
  params: SearchParams;
  towns: { slug: string; name: string }[];
  total: number;
  results: ServiceView[];
  suggestion?: string;
  now: Date;
  perPage: number;
  mapTileUrl: string;
  mapAttribution: string;
}

function queryString(p: SearchParams, over: Partial<SearchParams>): string {
  const merged = { ...p, ...over };
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (v === undefined || v === "" || v === false || (k === "page" && v === 1) || k === "perPage") continue;
    qs.set(k, v === true ? "1" : String(v));
  }
  const s = qs.toString();
  return s ? `?${s}` : "";
}

export function SearchPage(props: SearchPageProps) {
  const { ctx, params, total, results, now } = props;
  const { t, tenant, lang } = ctx;
  const base = `/${tenant!.slug}/${lang}`;
  const page = params.page ?? 1;
  const pages = Math.max(1, Math.ceil(total / props.perPage));
  const markers = results
    .filter((r) => r.address?.lat && r.address?.lng)
    .map((r) => ({ name: r.name, href: `${base}/wegweiser/${r.slug}`, lat: r.address!.lat, lng: r.address!.lng }));
  const heading = params.q ? t("search.resultsFor", { count: total, q: params.q }) : t("search.results", { count: total });
  return (
    <Layout ctx={ctx} title={t("search.title")} scripts={markers.length ? ["map-loader"] : []}>
      <h1>{t("search.title")}</h1>
      <SearchForm ctx={ctx} q={params.q ?? ""}>
        <FilterSelect id="topic" label={t("search.topic")} any={t("search.anyTopic")} value={params.topic} options={TOPICS.map((k) => ({ value: k, label: t(`directory.topic.${k}`) }))} />
        <FilterSelect id="kind" label={t("search.kind")} any={t("search.anyKind")} value={params.kind} options={SERVICE_KINDS.map((k) => ({ value: k, label: t(`directory.kind.${k}`) }))} />
        <FilterSelect id="language" label={t("search.language")} any={t("search.anyLanguage")} value={params.language} options={SPOKEN_LANGUAGES.map((k) => ({ value: k, label: languageName(t, k) }))} />
        {props.towns.length > 1 ? (
          <FilterSelect id="town" label={t("search.town")} any={t("search.anyTown")} value={params.town} options={props.towns.map((w) => ({ value: w.slug, label: w.name }))} />
        ) : null}
        <div class="kern-form-check">
          <input class="kern-form-check__checkbox" type="checkbox" id="openNow" name="openNow" value="1" checked={params.openNow} />
          <label class="kern-label" for="openNow">
            {t("search.openNow")}
          </label>
        </div>
      </SearchForm>
      <h2 id="results-heading" aria-live="polite">
        {heading}
      </h2>
      {props.suggestion ? (
        <p class="notice">
          {t("search.didYouMean")}{" "}
          <a href={`${base}/wegweiser${queryString(params, { q: props.suggestion, page: 1 })}`} dir="auto">
            {props.suggestion}
          </a>
        </p>
      ) : null}
      {total === 0 ? <p>{t("search.noResults")}</p> : null}
      {markers.length ? (
        <>
          <div
            id="result-map"
            class="map"
            hidden
            data-map=""
            data-map-label={t("search.showMap")}
            data-map-script={ctx.assets.js("map")}
            data-map-css={ctx.assets.style("leaflet")}
            data-map-data="map-data"
            data-tile-url={props.mapTileUrl}
            data-attribution={props.mapAttribution}
            role="region"
            aria-label={t("search.map")}
          />
          <script type="application/json" id="map-data" dangerouslySetInnerHTML={{ __html: JSON.stringify(markers).replace(/</g, "\\u003c") }} />
        </>
      ) : null}
      <ul class="results" aria-labelledby="results-heading">
        {results.map((r) => (
          <li class="result" key={r.id}>
            <h3>
              <a href={`${base}/wegweiser/${r.slug}`} {...sourceText(r.translation.name)}>
                {r.name}
              </a>
              <Untranslated t={t} state={r.translation.name} />
            </h3>
            <p class="meta">
              {r.organisation} · {t(`directory.kind.${r.kind}`)}
            </p>
            {r.summary ? <p {...sourceText(r.translation.summary)}>{r.summary}</p> : null}
            {r.address ? <p class="meta"><bdi>{addressLine(r.address)}</bdi></p> : null}
            <OpenStatus t={t} lang={lang} service={r} now={now} state={tenant!.state} />
            {r.languages.length ? (
              <p class="meta">
                {t("entry.languages")}: {r.languages.map((l) => languageName(t, l)).join(", ")}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <Pagination t={t} page={page} pages={pages} href={(n) => `${base}/wegweiser${queryString(params, { page: n })}`} />
      <p>
        <a href={`${base}/wegweiser.pdf`}>{t("home.pdf")}</a>
      </p>
    </Layout>
  );
}

/** The search box, with the filters (children) between the text field and the button. */
function SearchForm({ ctx, q, children }: { ctx: PageContext; q: string; children?: ComponentChildren }) {
  const { t, tenant, lang } = ctx;
  return (
    <form method="get" action={`/${tenant!.slug}/${lang}/wegweiser`} role="search" class="search-form">
      <div class="kern-form-input search-form__q">
        <label class="kern-label" for="q">
          {t("search.label")}
        </label>
        <input class="kern-form-input__input" id="q" name="q" type="search" value={q} dir="auto" />
      </div>
      {children}
      <div>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t("search.submit")}</span>
        </button>
      </div>
    </form>
  );
}


export function EntryPage({ ctx, s, now, jsonLd }: { ctx: PageContext; s: ServiceView; now: Date; jsonLd: string }) {
  const { t, tenant, lang } = ctx;
  const base = `/${tenant!.slug}/${lang}`;
  const a = s.address;
  const directions = a
    ? a.lat && a.lng
      ? `https://www.openstreetmap.org/directions?to=${a.lat}%2C${a.lng}`
      : `https://www.openstreetmap.org/search?query=${encodeURIComponent(addressLine(a))}`
    : null;
  return (
    <Layout ctx={ctx} title={s.name} head={<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />}>
      <p>
        <a href={`${base}/wegweiser`}>{t("entry.back")}</a>
      </p>
      <h1>
        <span {...sourceText(s.translation.name)}>{s.name}</span>
        <Untranslated t={t} state={s.translation.name} />
      </h1>
      <p class="meta">
        {s.organisation} · {t(`directory.kind.${s.kind}`)}
      </p>
      {s.summary ? (
        <p class="lead" {...sourceText(s.translation.summary)}>
          {s.summary}
          <Untranslated t={t} state={s.translation.summary} />
        </p>
      ) : null}
      {s.description ? (
        <p {...sourceText(s.translation.description)}>
          {s.description}
          <Untranslated t={t} state={s.translation.description} />
        </p>
      ) : null}
      <div class="grid-2">
        <section aria-labelledby="h-hours">
          <h2 id="h-hours">{t("entry.hours")}</h2>
          <OpenStatus t={t} lang={lang} service={s} now={now} state={tenant!.state} />
          {s.hours.appointmentOnly ? <p>{t("hours.appointmentOnly")}</p> : null}
          {s.hours.weekly.length || s.hours.exceptions.length ? <HoursTable t={t} lang={lang} service={s} now={now} state={tenant!.state} /> : null}
          {s.hoursNote ? (
            <p {...sourceText(s.translation.hoursNote)}>
              {s.hoursNote}
              <Untranslated t={t} state={s.translation.hoursNote} />
            </p>
          ) : null}
        </section>
        <section aria-labelledby="h-contact">
          <h2 id="h-contact">{t("entry.contact")}</h2>
          {a ? (
            <p>
              {a.label ? (
                <>
                  <bdi>{a.label}</bdi>
                  <br />
                </>
              ) : null}
              <bdi>{a.street}</bdi>
              <br />
              <bdi>
                {a.postcode} {a.city}
              </bdi>
            </p>
          ) : null}
          {a ? <p>{t("entry.barrierFree")}: {t(`entry.barrierFree.${a.barrierFree}`)}</p> : null}
          {directions ? (
            <p>
              <a href={directions}>{t("entry.directions")}</a>
            </p>
          ) : null}
          <Contacts ctx={ctx} s={s} />
        </section>
      </div>
      {s.languages.length ? (
        <>
          <h2>{t("entry.languages")}</h2>
          <p>
            {s.languages.map((l) => (
              <span class="tag" key={l}>
                {languageName(t, l)}
              </span>
            ))}
          </p>
        </>
      ) : null}
      {s.topics.length || s.targetGroups.length ? (
        <>
          <h2>{t("entry.topics")}</h2>
          <p>
            {s.topics.map((k) => (
              <a class="tag" key={k} href={`${base}/wegweiser?topic=${k}`}>
                {t(`directory.topic.${k}`)}
              </a>
            ))}
            {s.targetGroups.map((k) => (
              <span class="tag" key={k}>
                {t(`directory.target.${k}`)}
              </span>
            ))}
          </p>
        </>
      ) : null}
    </Layout>
  );
}
