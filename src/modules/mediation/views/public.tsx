/** The public page of the Sprachmittlung: what it offers, in which languages, who may request it and how. */
import type { PageContext } from "../../../web/context.ts";
import { Layout } from "../../../web/layout.tsx";
import type { Criteria } from "../model.ts";
import { langLabel } from "./shared.tsx";

export function InfoPage({ ctx, intro, introMissing, languages, criteria, contactEmail, contactPhone }: {
  ctx: PageContext;
  intro: string;
  introMissing: boolean;
  languages: string[];
  criteria: Criteria;
  contactEmail: string | null;
  contactPhone: string | null;
}) {
  const { t } = ctx;
  const names = languages.map((c) => langLabel(ctx, c)).sort((a, b) => a.localeCompare(b, ctx.lang));
  return (
    <Layout ctx={ctx} title={t("mediation.public.title")}>
      <h1>{t("mediation.public.title")}</h1>
      {intro ? (
        <div class="intro" lang={introMissing ? "de" : undefined} dir={introMissing ? "ltr" : undefined}>
          {introMissing ? <p class="tag">{t("translation.germanOnly")}</p> : null}
          {intro.split(/\n{2,}/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      ) : (
        <p>{t("mediation.public.lead")}</p>
      )}
      <h2>{t("mediation.public.languages")}</h2>
      {names.length ? (
        <ul class="inline-list">
          {names.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : (
        <p>{t("mediation.public.noLanguages")}</p>
      )}
      <p>{t("mediation.public.otherLanguages")}</p>
      <h2>{t("mediation.public.who")}</h2>
      <ul>
        {criteria.requesterKinds.map((k) => (
          <li key={k}>{t(`mediation.requesterKind.${k}`)}</li>
        ))}
      </ul>
      <h2>{t("mediation.public.what")}</h2>
      <ul>
        {criteria.topics.filter((k) => !criteria.excludedTopics.includes(k)).map((k) => (
          <li key={k}>{t(`mediation.topic.${k}`)}</li>
        ))}
      </ul>
      <h2>{t("mediation.public.notWhat")}</h2>
      <p>{t("mediation.public.notWhatLead")}</p>
      <ul>
        {criteria.excludedTopics.map((k) => (
          <li key={k}>{t(`mediation.topic.${k}`)}</li>
        ))}
      </ul>
      <h2>{t("mediation.public.how")}</h2>
      <ol>
        <li>{t("mediation.public.step1", { hours: criteria.minLeadHours })}</li>
        <li>{t("mediation.public.step2")}</li>
        <li>{t("mediation.public.step3")}</li>
      </ol>
      <p>
        <a href={`/portal/${ctx.tenant!.slug}/sprachmittlung?lang=${ctx.lang}`}>{t("mediation.public.signIn")}</a>
      </p>
      {contactEmail || contactPhone ? (
        <>
          <h2>{t("mediation.public.contact")}</h2>
          <p>
            {contactPhone ? (
              <>
                <a href={`tel:${contactPhone.replace(/[^+\d]/g, "")}`} dir="ltr">
                  {contactPhone}
                </a>
                <br />
              </>
            ) : null}
            {contactEmail ? (
              <a href={`mailto:${contactEmail}`} dir="ltr">
                {contactEmail}
              </a>
            ) : null}
          </p>
        </>
      ) : null}
    </Layout>
  );
}
