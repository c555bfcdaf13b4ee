import type { Locale, Translate } from "../core/i18n.ts";

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  platformAdmin: boolean;
  memberships: { tenantId: string; tenantSlug: string; tenantName: string; role: string }[];
}

export interface TenantRef {
  id: string;
  slug: string;
  name: string;
  kind: "city" | "district" | "state";
  parentId: string | null;
  state: string;
  intro: string;
}

/** What every view needs to know about the request it renders for. */
export interface PageContext {
  lang: Locale;
  dir: "ltr" | "rtl";
  t: Translate;
  user: SessionUser | null;
  tenant: TenantRef | null;
  /** Path and query of this request, for the language switcher and return links. */
  url: string;
  csrfToken: () => string;
  /** Link to this page in another language. */
  langHref: (lang: Locale) => string;
  assets: { css: string; js: (name: string) => string; style: (name: string) => string };
  /** "public" pages carry the public navigation; "admin" the back-office one; "portal" that of requesters and mediators. */
  area: "public" | "admin" | "portal";
}
