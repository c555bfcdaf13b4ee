/** Small shared building blocks of pages. */
import { Fragment, type ComponentChildren } from "preact";
import type { Translate } from "../core/i18n.ts";

/** A one-time success message after post-redirect-get (see redirectWithNotice). */
export function Notice({ t, notice }: { t: Translate; notice: string | null | undefined }) {
  if (!notice) return null;
  return (
    <p class="notice notice--success" role="status">
      {t(notice)}
    </p>
  );
}

/** A data table that scrolls sideways on narrow screens, with a caption for screen readers. */
export function DataTable({ caption, headers, children }: { caption: string; headers: ComponentChildren[]; children: ComponentChildren }) {
  return (
    <div class="table-wrap">
      <table class="data">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {headers.map((h, i) => (
              <th scope="col" key={i}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A definition list of label/value pairs, skipping empty values. */
export function Facts({ items }: { items: [string, string | null | undefined][] }) {
  const shown = items.filter(([, v]) => v !== null && v !== undefined && v !== "");
  return (
    <dl class="facts">
      {shown.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            {/* Isolated, so that a Latin name in a right-to-left page keeps its place at the start of the line. */}
            <bdi>{v}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The second-level navigation of a module: its pages, the current one marked. */
export function SubNav({ label, links, url }: { label: string; links: readonly (readonly [string, string])[]; url: string }) {
  const path = url.split("?")[0];
  return (
    <nav aria-label={label} class="subnav">
      <ul>
        {links.map(([href, text]) => (
          <li key={href}>
            <a href={href} aria-current={path === href ? "page" : undefined}>
              {text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Previous and next page of a long list and where the reader is ("page 2 of 7"); `href(page)` is
 * the link to a page. Nothing when the list fits on one page.
 */
export function Pagination({ t, page, pages, href }: { t: Translate; page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("pagination.label")}>
      <ul class="pagination">
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t("pagination.previous")}
            </a>
          </li>
        ) : null}
        <li>{t("pagination.position", { page, pages })}</li>
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t("pagination.next")}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/**
 * Short facts in a row, "Leitung: Amt für Soziales · 01.04.2026 – 31.03.2027 · 6.000 €", each part
 * isolated (`<bdi>`): in Arabic or Farsi a German name next to a date otherwise pulls the date's
 * digits into its own run ("2027/03/31 – 2026/04/Pressestelle … · 01").
 */
export function Joined({ parts, sep = " · " }: { parts: (string | null | undefined | false)[]; sep?: string }) {
  const shown = parts.filter((p): p is string => Boolean(p));
  return (
    <>
      {shown.map((p, i) => (
        <Fragment key={i}>
          {i > 0 ? sep : null}
          <bdi>{p}</bdi>
        </Fragment>
      ))}
    </>
  );
}
