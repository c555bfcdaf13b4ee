/** schema.org description of an entry, for search engines and other guides. */
import type { ServiceView } from "./model.ts";
import { formatMinutes, mergeStoredWeekly } from "./opening-hours.ts";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function serviceJsonLd(s: ServiceView, url: string, lang: string): string {
  const a = s.address;
  const data = {
    "@context": "https://schema.org",
    "@type": "Service",
    "@id": url,
    url,
    name: s.name,
    description: s.summary || undefined,
    inLanguage: lang,
    serviceType: s.kind,
    provider: { "@type": "Organization", name: s.organisation },
    availableLanguage: s.languages,
    availableChannel: {
      "@type": "ServiceChannel",
      servicePhone: s.phone ? { "@type": "ContactPoint", telephone: s.phone } : undefined,
      serviceUrl: s.appointmentUrl ?? s.website ?? undefined,
      serviceLocation: a
        ? {
            "@type": "Place",
            address: { "@type": "PostalAddress", streetAddress: a.street, postalCode: a.postcode, addressLocality: a.city, addressCountry: "DE" },
            geo: a.lat && a.lng ? { "@type": "GeoCoordinates", latitude: a.lat, longitude: a.lng } : undefined,
            isAccessibleForFree: true,
            openingHoursSpecification: [
              ...mergeStoredWeekly(s.hours.weekly).map((w) => ({
                "@type": "OpeningHoursSpecification",
                dayOfWeek: `https://schema.org/${DAYS[w.weekday - 1]}`,
                opens: formatMinutes(w.opens),
                closes: formatMinutes(w.closes),
              })),
              ...s.hours.exceptions.map((e) => ({
                "@type": "OpeningHoursSpecification",
                validFrom: e.day,
                validThrough: e.day,
                opens: e.opens === null ? "00:00" : formatMinutes(e.opens),
                closes: e.closes === null ? "00:00" : formatMinutes(e.closes),
              })),
            ],
          }
        : undefined,
    },
    email: s.email ?? undefined,
  };
  // Inside <script>, "<" must not start a tag.
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
