import type { ComponentChildren } from "preact";
import { AUTONYMS, LOCALES } from "../core/i18n.ts";
import type { PageContext } from "./context.ts";

interface LayoutProps {
  ctx: PageContext;
  title: string;
  children: ComponentChildren;
  /** Extra elements for <head> (JSON-LD, map styles). */
  head?: ComponentChildren;
  /** Island scripts to load, by name. */
  scripts?: string[];
}

export function Layout({ ctx, title, children, head, scripts = [] }: LayoutProps) {
  const { t, tenant } = ctx;
  const siteTitle = tenant ? `${title} – ${tenant.name}` : `${title} – Teilhabe`;
  return (
    <html lang={ctx.lang} dir={ctx.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{siteTitle}</title>
        <link rel="stylesheet" href={ctx.assets.css} />
        {head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t("layout.skipToContent")}
        </a>
        <header class="site-header">
          <div class="container site-header__bar">
            <a class="site-header__brand" href={tenant && ctx.area === "public" ? `/${tenant.slug}/${ctx.lang}/` : "/"}>
              <span class="site-header__product">Teilhabe</span>
              {tenant ? <span class="site-header__tenant">{tenant.name}</span> : null}
            </a>
            <LanguageSwitcher ctx={ctx} />
          </div>
          <Navigation ctx={ctx} />
        </header>
        <main id="main" class="container" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>
              {t("layout.footer")} ·{" "}
              {ctx.user ? (
                <form method="post" action="/logout" class="inline-form">
                  <input type="hidden" name="_csrf" value={ctx.csrfToken()} />
                  <button class="link-button" type="submit">
                    {t("auth.signOut")} ({ctx.user.displayName})
                  </button>
                </form>
              ) : (
                <a href={`/login?lang=${ctx.lang}`}>{t("auth.staffSignIn")}</a>
              )}
            </p>
          </div>
        </footer>
        {scripts.map((s) => (
          <script key={s} src={ctx.assets.js(s)} defer />
        ))}
      </body>
    </html>
  );
}

function LanguageSwitcher({ ctx }: { ctx: PageContext }) {
  return (
    <details class="lang-switcher">
      <summary>
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
          <circle cx="12" cy="12" r="10" />
          <path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" />
        </svg>
        <span class="kern-sr-only">{ctx.t("layout.language")}: </span>
        <span lang={ctx.lang}>{AUTONYMS[ctx.lang]}</span>
      </summary>
      <ul class="lang-switcher__list">
        {LOCALES.map((l) => (
          <li key={l}>
            <a href={ctx.langHref(l)} lang={l} hrefLang={l} dir={l === "ar" || l === "fa" ? "rtl" : "ltr"} aria-current={l === ctx.lang ? "true" : undefined}>
              {AUTONYMS[l]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Navigation({ ctx }: { ctx: PageContext }) {
  const { t, tenant } = ctx;
  if (!tenant) return null;
  const roles = new Set(ctx.user?.memberships.filter((m) => m.tenantId === tenant.id).map((m) => m.role) ?? []);
  const links =
    ctx.area === "public"
      ? [
          { href: `/${tenant.slug}/${ctx.lang}/`, label: t("nav.home") },
          { href: `/${tenant.slug}/${ctx.lang}/wegweiser`, label: t("nav.directory") },
          { href: `/${tenant.slug}/${ctx.lang}/veranstaltungen`, label: t("nav.events") },
          { href: `/${tenant.slug}/${ctx.lang}/sprachmittlung`, label: t("nav.mediation") },
          { href: `/${tenant.slug}/${ctx.lang}/handlungskonzept`, label: t("nav.strategy") },
        ]
      : ctx.area === "portal"
        ? [
            ...(roles.has("requester") ? [{ href: `/portal/${tenant.slug}/sprachmittlung`, label: t("nav.portalRequests") }] : []),
            ...(roles.has("mediator") ? [{ href: `/portal/${tenant.slug}/einsaetze`, label: t("nav.portalJobs") }] : []),
            ...(roles.has("partner") ? [{ href: `/portal/${tenant.slug}/veranstaltungen`, label: t("nav.portalEvents") }] : []),
          ]
        : [
            { href: `/admin/${tenant.slug}`, label: t("nav.adminHome") },
            { href: `/admin/${tenant.slug}/wegweiser`, label: t("nav.directory") },
            { href: `/admin/${tenant.slug}/sprachmittlung`, label: t("nav.mediation") },
            { href: `/admin/${tenant.slug}/veranstaltungen`, label: t("nav.events") },
            { href: `/admin/${tenant.slug}/strategie`, label: t("nav.adminStrategy") },
            { href: `/admin/${tenant.slug}/wegweiser/translations`, label: t("nav.translations") },
            { href: `/admin/${tenant.slug}/audit`, label: t("nav.audit") },
            { href: `/admin/${tenant.slug}/team`, label: t("nav.team") },
            { href: `/admin/${tenant.slug}/settings`, label: t("nav.settings") },
          ];
  const path = ctx.url.split("?")[0];
  return (
    <nav class="site-nav" aria-label={t("nav.label")}>
      <ul class="container">
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href} aria-current={path === l.href ? "page" : undefined}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
