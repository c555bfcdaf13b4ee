/** Small shared building blocks of pages. */
import type { ComponentChildren } from "preact";
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
