/**
 * Demo data of the events (seeds 000, 001, 004): in Wilhelmshaven the
 * Interkulturelle Woche (programme from 18 September to 24 November) with
 * partner events, the dialogue event with migrant women in focus and the
 * equality officer involved, the Selbstcheck workshop, a monthly network
 * meeting and a weekly language café; in Wolfsburg the series of the 50th
 * anniversary of the Integrationsreferat ("Vielfalt leben – Demokratie
 * stärken!") and the Weltflüchtlingstag. Partner events and places are
 * examples. Dates are relative to the day of seeding, so the demo always
 * has coming events; everything goes through the service.
 */
import type { Db } from "../../core/db/index.ts";
import { systemActor } from "../../core/audit.ts";
import { parseWith } from "../../core/http.ts";
import { saveTranslation } from "../../core/translations.ts";
import { wallOf } from "../../core/time.ts";
import type { TenantRef } from "../../web/context.ts";
import { eq } from "drizzle-orm";
import { users } from "../../core/db/schema.ts";
import { addPartnerMember, getPartner, savePartner } from "./partners.ts";
import { saveEvent, saveProgramme, setStatus, signUpInterest, submitForReview, type Scope } from "./service.ts";
import { EventInput, InterestInput, PartnerInput, PartnerMemberInput, ProgrammeInput } from "./validation.ts";

const DAY = 86_400_000;

/** The local date `days` after `now`, moved forward to the ISO weekday `weekday` (1 = Monday). */
function dayAhead(now: Date, days: number, weekday?: number): string {
  const d = new Date(now.getTime() + days * DAY);
  if (weekday) {
    const w = wallOf(d).weekday;
    d.setTime(d.getTime() + ((weekday - w + 7) % 7) * DAY);
  }
  return wallOf(d).date;
}

/** The next year whose `month-day` is still ahead of `now`. */
function nextYearOf(now: Date, monthDay: string): number {
  const today = wallOf(now).date;
  const year = Number(today.slice(0, 4));
  return `${year}-${monthDay}` > today ? year : year + 1;
}

type Fields = Record<string, string | string[]>;

async function event(db: Db, scope: Scope, fields: Fields, opts: { translations?: Record<string, { title: string; description?: string }> } = {}): Promise<string> {
  const input = parseWith(EventInput, { retentionDays: "30", ...fields });
  const id = await saveEvent(db, scope, null, input);
  await setStatus(db, scope, id, "published");
  for (const [lang, tr] of Object.entries(opts.translations ?? {})) {
    await saveTranslation(db, { tenantId: scope.tenant.id, entity: "ev_event", entityId: id, field: "title", lang, text: tr.title, german: input.title });
    if (tr.description) await saveTranslation(db, { tenantId: scope.tenant.id, entity: "ev_event", entityId: id, field: "description", lang, text: tr.description, german: input.description });
  }
  return id;
}

const WHV_PLACE = { venue: "Rathaus Wilhelmshaven, Ratssaal", street: "Rathausplatz 1", postcode: "26382", city: "Wilhelmshaven" };
const OFFICE = "Koordinierungsstelle für Migration und Teilhabe, Stadt Wilhelmshaven";

/** The demo's partner organisation with an account; it signs in with the demo password. */
export const DEMO_PARTNER = "frauenverein@wilhelmshaven.teilhabe.example";

export async function seedEventsWilhelmshaven(db: Db, tenant: TenantRef, opts: { now?: Date; baseUrl?: string; passwordHash?: string } = {}) {
  const now = opts.now ?? new Date();
  const scope: Scope = { tenant, actor: systemActor("demo") };
  const year = nextYearOf(now, "11-24");
  const ikw = await saveProgramme(
    db,
    scope,
    null,
    parseWith(ProgrammeInput, {
      title: `Interkulturelle Woche ${year}`,
      description: "Vereine, Initiativen, Kirchen und die Stadt laden zu Begegnung, Kultur und Gespräch ein. Programm vom 18. September bis 24. November.",
      startsOn: `${year}-09-18`,
      endsOn: `${year}-11-24`,
    }),
  );
  const ids: Record<string, string> = {};
  ids.opening = await event(
    db,
    scope,
    { title: "Eröffnung der Interkulturellen Woche", description: "Eröffnung mit Musik aus vielen Ländern und Grußworten.", startDate: `${year}-09-18`, startTime: "17:00", endTime: "19:00", ...WHV_PLACE, organiser: OFFICE, categories: ["celebration", "culture"], languages: "de", cost: "kostenlos", accessibility: "Der Ratssaal ist über einen Aufzug barrierefrei erreichbar.", programmeId: ikw },
    { translations: { en: { title: "Opening of the Intercultural Week" }, ar: { title: "افتتاح الأسبوع بين الثقافات" }, tr: { title: "Kültürlerarası Hafta’nın açılışı" } } },
  );
  await event(db, scope, { title: "Internationales Frauenfrühstück (Beispiel)", description: "Frühstück und Gespräch für Frauen aus allen Ländern. Kinderbetreuung vor Ort.", startDate: `${year}-09-26`, startTime: "09:30", endTime: "12:00", venue: "Nachbarschaftshaus Bant (Beispiel)", street: "Werftstraße 70", postcode: "26382", city: "Wilhelmshaven", organiser: "Frauenverein Wilhelmshaven (Beispiel)", categories: ["dialogue"], languages: "de, ar, fa, tr", cost: "kostenlos", capacity: "30", questions: ["childcare", "language_help"], programmeId: ikw });
  await event(db, scope, { title: "Interreligiöser Stadtrundgang (Beispiel)", description: "Moschee, Kirche und Synagogengedenkstein: ein Rundgang mit Gesprächen.", startDate: `${year}-10-03`, startTime: "14:00", endTime: "16:30", venue: "Treffpunkt Rathausplatz", city: "Wilhelmshaven", organiser: "Arbeitskreis der Religionen (Beispiel)", categories: ["culture", "dialogue"], languages: "de", cost: "kostenlos", capacity: "25", programmeId: ikw });
  await event(db, scope, { title: "Filmabend: Ankommen (Beispiel)", description: "Dokumentarfilm mit anschließendem Gespräch.", startDate: `${year}-10-15`, startTime: "19:00", endTime: "21:30", venue: "Kommunales Kino (Beispiel)", city: "Wilhelmshaven", organiser: "Kino-Initiative (Beispiel)", categories: ["culture"], languages: "de, ar", cost: "3 €", programmeId: ikw });
  await event(db, scope, { title: "Tag der offenen Tür im Migrationsbüro", description: "Beratung, Sprachmittlung und Integrationslotsen stellen sich vor.", startDate: `${year}-11-24`, startTime: "10:00", endTime: "15:00", venue: "Migrationsbüro", street: "Virchowstraße 21", postcode: "26382", city: "Wilhelmshaven", organiser: "Migrationsbüro der Stadt Wilhelmshaven", categories: ["information", "counselling"], languages: "de, ar, tr, fa", cost: "kostenlos", programmeId: ikw });

  // The dialogue event of "Weltoffene Kommune" (seed 001): residents with a migration background sign up.
  ids.dialogue = await event(
    db,
    scope,
    {
      title: "Dialogveranstaltung „Weltoffene Kommune“",
      description:
        "Wie gelingen Dialog und Zusammenleben in Vielfalt in Wilhelmshaven? Migrantinnen und Migranten und alle, die in der Integrationsarbeit aktiv sind, entwickeln die Integrations- und Vielfaltpolitik der Stadt gemeinsam weiter. " +
        "Ein Schwerpunkt liegt auf der Beteiligung migrantischer Frauen; die Gleichstellungsbeauftragte der Stadt arbeitet mit.",
      startDate: dayAhead(now, 24, 6),
      startTime: "10:00",
      endTime: "15:00",
      ...WHV_PLACE,
      organiser: OFFICE,
      contactEmail: "migration-teilhabe@wilhelmshaven.teilhabe.example",
      categories: ["dialogue"],
      languages: "de, ar, fa, tr, ru, uk",
      cost: "kostenlos, mit Mittagsimbiss",
      accessibility: "Barrierefreier Zugang über den Seiteneingang. Sprachmittlung in Arabisch, Farsi und Türkisch auf Wunsch.",
      interest: "on",
      retentionDays: "60",
    },
    { translations: { en: { title: "Dialogue event “Open-minded municipality”" }, ar: { title: "لقاء حواري «بلدية منفتحة على العالم»" }, fa: { title: "نشست گفت‌وگو «شهرداری جهان‌گشا»" } } },
  );
  await event(db, scope, { title: "Selbstcheck-Workshop „Weltoffene Kommune“", description: "Wie weit sind Verwaltung und Stadtgesellschaft auf dem Weg zur weltoffenen Kommune? Eine gemeinsame Einschätzung mit dem Selbstcheck.", startDate: dayAhead(now, 10, 3), startTime: "09:00", endTime: "13:00", venue: "Rathaus, Sitzungsraum 2", street: "Rathausplatz 1", postcode: "26382", city: "Wilhelmshaven", organiser: OFFICE, categories: ["workshop"], languages: "de", cost: "kostenlos", capacity: "20" });
  // Monthly, on the last Tuesday; the start must be a last Tuesday itself.
  const lastTuesday = (() => {
    for (let d = 0; d < 70; d++) {
      const date = dayAhead(now, d);
      const w = wallOf(new Date(Date.parse(`${date}T12:00:00Z`)));
      const inAWeek = wallOf(new Date(Date.parse(`${date}T12:00:00Z`) + 7 * DAY)).date;
      if (w.weekday === 2 && inAWeek.slice(5, 7) !== date.slice(5, 7)) return date;
    }
    return dayAhead(now, 7, 2);
  })();
  await event(db, scope, { title: "Netzwerktreffen Integration", description: "Träger, Vereine, Migrantenorganisationen und Verwaltung tauschen sich aus.", startDate: lastTuesday, startTime: "15:00", endTime: "17:00", venue: "Migrationsbüro, Besprechungsraum", street: "Virchowstraße 21", postcode: "26382", city: "Wilhelmshaven", organiser: "Migrationsbüro der Stadt Wilhelmshaven", categories: ["network"], languages: "de", repeat: "monthly_last_weekday", count: "10" });
  await event(db, scope, { title: "Sprachcafé", description: "Deutsch sprechen bei Kaffee und Tee, für alle Niveaus.", startDate: dayAhead(now, 1, 4), startTime: "16:00", endTime: "17:30", venue: "Stadtbibliothek Wilhelmshaven", street: "Virchowstraße 29", postcode: "26382", city: "Wilhelmshaven", organiser: "Integrationslotsen Wilhelmshaven", categories: ["language", "dialogue"], languages: "de", cost: "kostenlos", repeat: "weekly", count: "20", capacity: "15" });

  // Some residents have said they want to take part in the dialogue event, some of them describing themselves.
  const people = [
    ["Amina K.", "amina.k@example.org", "ar", { gender: "female", background: "own", languages: "ar, de" }],
    ["Daria S.", "daria.s@example.org", "uk", { gender: "female", background: "own", languages: "uk, ru" }],
    ["Zahra M.", "zahra.m@example.org", "fa", { gender: "female", background: "parents", languages: "fa, de" }],
    ["Yusuf D.", "yusuf.d@example.org", "tr", {}],
  ] as const;
  for (const [name, email, lang, self] of people) {
    await signUpInterest(db, tenant, ids.dialogue, parseWith(InterestInput, { name, email, consent: "on", ...self }), lang, opts.baseUrl ?? "http://localhost:3000", now);
  }
  // A partner organisation with an account has sent a proposal to review.
  const partnerId = await savePartner(db, scope, null, parseWith(PartnerInput, { name: "Frauenverein Wilhelmshaven (Beispiel)", contactEmail: "kontakt@frauenverein-whv.example" }));
  await addPartnerMember(db, scope, partnerId, parseWith(PartnerMemberInput, { email: DEMO_PARTNER, displayName: "Frauenverein Wilhelmshaven" }));
  if (opts.passwordHash) await db.update(users).set({ passwordHash: opts.passwordHash }).where(eq(users.email, DEMO_PARTNER));
  const partner = await getPartner(db, tenant.id, partnerId);
  const proposal = await saveEvent(
    db,
    scope,
    null,
    parseWith(EventInput, { title: "Nähcafé für Frauen (Beispiel)", description: "Gemeinsam nähen, reparieren und ins Gespräch kommen. Kinderbetreuung vor Ort.", startDate: dayAhead(now, 21, 4), startTime: "15:00", endTime: "17:00", venue: "Nachbarschaftshaus Bant (Beispiel)", street: "Werftstraße 70", postcode: "26382", city: "Wilhelmshaven", organiser: partner.name, categories: ["culture", "dialogue"], languages: "de, ar, tr", cost: "kostenlos", capacity: "12", questions: ["childcare"] }),
    partner,
  );
  await submitForReview(db, scope, proposal, partnerId, opts.baseUrl ?? "http://localhost:3000", now);
  return { events: 10, programmes: 1, interested: people.length };
}

export async function seedEventsWolfsburg(db: Db, tenant: TenantRef, opts: { now?: Date } = {}) {
  const now = opts.now ?? new Date();
  const scope: Scope = { tenant, actor: systemActor("demo") };
  const jubilee = await saveProgramme(
    db,
    scope,
    null,
    parseWith(ProgrammeInput, {
      title: "Vielfalt leben – Demokratie stärken! 50 Jahre Integrationsreferat",
      description: "Mit seinen Kooperationspartnerinnen und -partnern lädt das Integrationsreferat zu einer Reihe unterschiedlicher Veranstaltungen ein: gemeinsam Vielfalt leben und den Blick in eine inklusive und demokratische Zukunft richten.",
      startsOn: dayAhead(now, 3),
      endsOn: dayAhead(now, 120),
    }),
  );
  const place = { venue: "Das WEST – Interkulturelles Zentrum", street: "Wolfsburger Straße 22 (Beispiel)", postcode: "38440", city: "Wolfsburg" };
  await event(db, scope, { title: "Festakt: 50 Jahre Integrationsreferat", description: "Festakt mit Gästen aus Stadtgesellschaft, Vereinen und Politik.", startDate: dayAhead(now, 14, 5), startTime: "18:00", endTime: "21:00", ...place, organiser: "Integrationsreferat der Stadt Wolfsburg", categories: ["celebration"], languages: "de", cost: "kostenlos", capacity: "150", programmeId: jubilee });
  await event(db, scope, { title: "Demokratie-Werkstatt (Beispiel)", description: "Wie funktioniert Mitbestimmung in Wolfsburg? Ein Workshop mit dem Integrationsrat.", startDate: dayAhead(now, 35, 6), startTime: "11:00", endTime: "15:00", ...place, organiser: "Integrationsreferat und Integrationsrat Wolfsburg", categories: ["workshop", "information"], languages: "de, ar, tr", cost: "kostenlos", capacity: "30", programmeId: jubilee });
  await event(db, scope, { title: "Interkulturelles Stadtfest (Beispiel)", description: "Internationale Kulturvereine zeigen Musik, Tanz und Küche.", startDate: dayAhead(now, 60, 6), allDay: "on", ...place, organiser: "Internationale Kulturvereine Wolfsburg (Beispiel)", categories: ["celebration", "culture"], languages: "de", cost: "kostenlos", programmeId: jubilee });
  const wft = nextYearOf(now, "06-20");
  await event(db, scope, { title: "Weltflüchtlingstag", description: "Gedenken, Begegnung und Information zum Weltflüchtlingstag der Vereinten Nationen, mit dem Resettlement-Team.", startDate: `${wft}-06-20`, startTime: "15:00", endTime: "18:00", venue: "Rathausplatz Wolfsburg", city: "Wolfsburg", organiser: "Integrationsreferat der Stadt Wolfsburg", categories: ["celebration", "information"], languages: "de, fa, prs, ar", cost: "kostenlos" }, { translations: { en: { title: "World Refugee Day" }, ar: { title: "اليوم العالمي للاجئين" }, fa: { title: "روز جهانی پناهنده" } } });
  return { events: 4, programmes: 1 };
}
