/** The printable Wegweiser: every active entry a tenant's readers see, grouped by kind, as a PDF. */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../core/db/index.ts";
import { dirOf, formatDate, translator, type Locale } from "../../core/i18n.ts";
import { visibleTenantIds } from "../../core/tenancy.ts";
import type { TenantRef } from "../../web/context.ts";
import { SERVICE_KINDS } from "./model.ts";
import { pdfEntryFromService, renderGuidePdf, type PdfEntryFormat } from "./pdf.ts";
import { services } from "./schema.ts";
import { serviceViews } from "./service.ts";
import { weeklyLines } from "./hours-text.ts";
import { formatMinutes } from "./opening-hours.ts";
import { addressLine } from "./views/shared.tsx";

export async function guidePdf(db: Db, tenant: TenantRef, lang: Locale): Promise<Buffer> {
  const t = translator(lang);
  const ids = await db
    .select({ id: services.id })
    .from(services)
    .where(and(inArray(services.tenantId, visibleTenantIds(tenant)), eq(services.status, "active")))
    .orderBy(asc(services.name));
  const views = await serviceViews(db, ids.map((r) => r.id), lang);
  const format: PdfEntryFormat = {
    address: (a) => addressLine(a),
    hours: (h, note) => [
      ...weeklyLines(h.weekly, lang, "short"),
      ...h.exceptions.map((e) =>
        `${formatDate(lang, new Date(`${e.day}T12:00:00Z`), { dateStyle: "medium" })}: ${e.opens === null || e.closes === null ? t("hours.closedDay") : `${formatMinutes(e.opens)}–${formatMinutes(e.closes)}`}${e.note ? ` (${e.note})` : ""}`,
      ),
      ...(note ? [note] : []),
    ],
    languages: (codes) => codes.map((c) => t(`language.${c}`)).join(", "),
    contactLabel: (kind) => t(`contact.${kind}`),
    notes: (s) => [
      ...(s.hours.appointmentOnly ? [t("hours.appointmentOnly")] : []),
      ...(s.hours.temporarilyClosed ? [t("hours.temporarilyClosed")] : []),
      ...(s.address ? [`${t("entry.barrierFree")}: ${t(`entry.barrierFree.${s.address.barrierFree}`)}`] : []),
    ],
  };
  const sections = SERVICE_KINDS.map((kind) => ({
    heading: t(`directory.kind.${kind}`),
    entries: views.filter((v) => v.kind === kind).map((v) => pdfEntryFromService(v, format)),
  })).filter((s) => s.entries.length > 0);
  return renderGuidePdf({
    lang,
    dir: dirOf(lang),
    title: t("pdf.title", { tenant: tenant.name }),
    subtitle: t("pdf.asOf", { date: formatDate(lang, new Date(), { dateStyle: "long" }) }),
    tocTitle: t("pdf.contents"),
    sections,
    footer: `${t("pdf.title", { tenant: tenant.name })}`,
    labels: { address: t("entry.address"), hours: t("entry.hours"), languages: t("entry.languages") },
  });
}
