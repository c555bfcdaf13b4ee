/**
 * Demo content of the Handlungskonzepte (fields of action → goals → measures
 * with progress notes) of the four seed tenants, seeded by demo.ts.
 *
 * Source: the seed pages 000–004. What the offices are said to do there
 * (Wilhelmshaven: Sprachmittlung in Dienststellen, Kitas and Grundschulen,
 * Wegweiser Integration, Interkulturelle Woche, the model project "Weltoffene
 * Kommune" with Selbstcheck, workshop and dialogue event; Wesermarsch: the
 * coordination delegated to the Refugium Wesermarsch, Bestandsaufnahme and
 * Handlungskonzept; Emsland: Fachstelle Integration, Migrationsberatung in
 * every town, Integrationslotsen, MiMi, Arbeitsbündnis Gesellschaft;
 * Wolfsburg: integration management with monitoring and reports, Interkulturelle
 * Stadtverwaltung, Resettlement, Das WEST, networks) is taken up as measures.
 * Everything else — further measures, dates, budgets, indicators, target
 * values and the notes — is invented for the demo and plausible, not quoted:
 * no figure here is a real figure of the municipality. No personal names;
 * responsible units are named by role, partners as organisations.
 */
import type { Topic } from "../directory/model.ts";
import type { MeasureStatus } from "./model.ts";

export interface DemoMeasure {
  title: string;
  description?: string;
  /** A unit or role, never a person. */
  responsible: string;
  /** Organisations, comma-separated. */
  partners?: string;
  /** YYYY-MM-DD */
  startsOn?: string;
  /** YYYY-MM-DD */
  endsOn?: string;
  /** Euro. */
  budget?: number;
  status: MeasureStatus;
  notes?: { notedOn: string; text: string }[];
}

export interface DemoGoal {
  title: string;
  description?: string;
  indicator?: string;
  targetValue?: number;
  targetYear?: number;
  measures: DemoMeasure[];
}

export interface DemoField {
  title: string;
  description?: string;
  /** Key of the Selbstcheck area ("Weltoffene Kommune") this field answers to. */
  areaKey?: string;
  topics: Topic[];
  goals: DemoGoal[];
}

export type DemoTenantSlug = "wilhelmshaven" | "wesermarsch" | "emsland" | "wolfsburg";

export interface DemoPlan {
  tenant: DemoTenantSlug;
  title: string;
  startsYear: number;
  endsYear: number;
  status: "draft" | "adopted" | "archived";
  fields: DemoField[];
}

/** The seven areas of the Selbstcheck "Weltoffene Kommune" (templates.ts). */
export const SELFCHECK_AREA_KEYS = ["steuerung", "oeffnung", "zugang", "arbeit", "engagement", "zusammenhalt", "kommunikation"] as const;

// ---------------------------------------------------------------------------
// Stadt Wilhelmshaven — Handlungskonzept Integration 2020–2025 (seeds 000, 001)
// ---------------------------------------------------------------------------

const KMUT = "Migrationsbüro (KMuT)";
const JUGEND = "Fachbereich Jugend, Familie und Schule";

const WILHELMSHAVEN: DemoPlan = {
  tenant: "wilhelmshaven",
  title: "Handlungskonzept Integration 2020–2025",
  startsYear: 2020,
  endsYear: 2025,
  status: "adopted",
  fields: [
    {
      title: "Steuerung, Koordination und Vernetzung",
      description:
        "Die Koordinierungsstelle für Migration und Teilhabe (KMuT) im Migrationsbüro begleitet und koordiniert den kommunalen Integrationsprozess. " +
        "Politik, Verwaltung und Träger sollen den Stand der Umsetzung kennen und ihre Angebote aufeinander abstimmen.",
      areaKey: "steuerung",
      topics: ["participation", "funding"],
      goals: [
        {
          title: "Die Umsetzung des Handlungskonzepts wird verbindlich gesteuert und regelmäßig berichtet",
          description: "Der Rat und seine Ausschüsse erhalten jährlich einen Überblick über Ziele, Maßnahmen und ihren Umsetzungsstand.",
          indicator: "Anteil der Maßnahmen mit jährlich dokumentiertem Umsetzungsstand (in Prozent)",
          targetValue: 100,
          targetYear: 2025,
          measures: [
            {
              title: "Jährlicher Sachstandsbericht zum Handlungskonzept im Fachausschuss",
              description: "Kurzbericht zu jedem Handlungsfeld mit Stand der Maßnahmen, Hindernissen und Vorschlägen für das Folgejahr.",
              responsible: KMUT,
              partners: "Fachbereiche der Stadtverwaltung, Träger der Integrationsarbeit",
              startsOn: "2021-01-01",
              endsOn: "2025-12-31",
              status: "in_progress",
              notes: [
                { notedOn: "2022-03-15", text: "Erster Sachstandsbericht im Ausschuss vorgestellt; die Fachbereiche haben ihre Beiträge über eine gemeinsame Vorlage geliefert." },
                { notedOn: "2024-03-12", text: "Bericht 2023 vorgelegt. Der Ausschuss wünscht künftig Kennzahlen je Handlungsfeld." },
              ],
            },
            {
              title: "Teilnahme am Modellprojekt „Weltoffene Kommune“",
              description:
                "Bewerbung als Modellkommune im bundesweiten Modellprojekt von PHINEO und Bertelsmann Stiftung, unterstützt von der Bundesbeauftragten für Migration, Flüchtlinge und Integration. " +
                "Bausteine: Selbstcheck, Selbstcheck-Workshop, Dialogveranstaltung, Angebote für kommunale Entscheidungsträgerinnen und Entscheidungsträger, Erfahrungsaustausch mit anderen Modellkommunen.",
              responsible: KMUT,
              partners: "PHINEO, Bertelsmann Stiftung, Gleichstellungsstelle der Stadt Wilhelmshaven",
              startsOn: "2021-05-31",
              endsOn: "2022-12-31",
              status: "done",
              notes: [
                { notedOn: "2021-05-31", text: "Online-Auftaktveranstaltung mit Vertreterinnen von PHINEO und der Bertelsmann Stiftung; Wilhelmshaven ist eine von 40 Modellkommunen." },
                { notedOn: "2021-11-30", text: "Selbstcheck ausgewertet und im Workshop besprochen; die Dialogveranstaltung ist vorbereitet." },
                { notedOn: "2022-12-15", text: "Projektphase abgeschlossen. Die Ergebnisse fließen in die Handlungsfelder Öffnung, Beteiligung und Kommunikation ein." },
              ],
            },
            {
              title: "Selbstcheck „Weltoffene Kommune“ regelmäßig wiederholen",
              description: "Wiederholung der Befragung von Verwaltung, Politik, Zivilgesellschaft und Wirtschaft, damit Fortschritte je Bereich sichtbar werden.",
              responsible: KMUT,
              partners: "Fachbereiche der Stadtverwaltung, Ratsfraktionen, Träger und Migrantenorganisationen",
              startsOn: "2023-03-01",
              endsOn: "2025-10-31",
              status: "done",
              notes: [
                { notedOn: "2023-06-30", text: "Befragungsrunde 2023 abgeschlossen; Rücklauf vor allem aus der Verwaltung." },
                { notedOn: "2025-10-15", text: "Runde 2025 abgeschlossen und im Workshop mit Vergleich zu 2023 ausgewertet; die drei wichtigsten Prioritäten wurden als Ziele übernommen." },
              ],
            },
            {
              title: "Fortschreibung des Handlungskonzepts für 2026–2030 vorbereiten",
              description: "Auswertung der Maßnahmen 2020–2025, Beteiligung der Akteure und Entwurf des Folgekonzepts für den Rat.",
              responsible: KMUT,
              partners: "Fachbereiche der Stadtverwaltung, Träger der Integrationsarbeit, Migrantenorganisationen",
              startsOn: "2025-09-01",
              endsOn: "2026-06-30",
              status: "planned",
            },
          ],
        },
        {
          title: "Die Akteure der Integrationsarbeit arbeiten abgestimmt zusammen",
          measures: [
            {
              title: "Netzwerk Integration Wilhelmshaven: Netzwerktreffen der Träger",
              description: "Zwei Treffen im Jahr mit Beratungsstellen, Bildungsträgern, Jobcenter und Migrantenorganisationen; Austausch über Bedarfe und neue Angebote.",
              responsible: KMUT,
              partners: "Migrationsberatung für erwachsene Zugewanderte der Wohlfahrtsverbände, Jugendmigrationsdienst, Volkshochschule Wilhelmshaven, Jobcenter Wilhelmshaven, Migrantenorganisationen",
              startsOn: "2020-06-01",
              endsOn: "2025-12-31",
              budget: 3000,
              status: "in_progress",
              notes: [
                { notedOn: "2021-02-10", text: "Treffen wegen der Pandemie online fortgeführt; die Beteiligung ist stabil geblieben." },
                { notedOn: "2024-09-25", text: "Schwerpunkt des Herbsttreffens: Kursplätze und Kinderbetreuung für Frauen mit kleinen Kindern." },
              ],
            },
            {
              title: "Träger bei der Suche nach Fördermitteln unterstützen",
              description: "Hinweise auf passende Programme, u. a. aus dem Förderatlas für Migration, Teilhabe und Zusammenhalt, und Beratung zu Anträgen.",
              responsible: KMUT,
              partners: "Träger der Integrationsarbeit, Migrantenorganisationen",
              startsOn: "2021-01-01",
              endsOn: "2025-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2023-05-08", text: "Förderatlas im Netzwerktreffen vorgestellt; Sprechstunde zu Förderanträgen nach Vereinbarung eingerichtet." }],
            },
            {
              title: "Gemeinsamer Veranstaltungskalender der Netzwerkpartner",
              description: "Die Partner tragen ihre Angebote selbst in einen öffentlichen Kalender ein, damit sich Termine nicht überschneiden.",
              responsible: KMUT,
              status: "idea",
            },
          ],
        },
      ],
    },
    {
      title: "Sprachmittlung und fairer Zugang zu Verwaltung und Beratung",
      description:
        "Sprachmittlerinnen und Sprachmittler werden vor allem in den Dienststellen der Stadt eingesetzt, damit Verfahren leichter und schneller laufen. " +
        "Das Migrationsbüro koordiniert die Einsätze und entscheidet nach festgelegten Kriterien, in welchen Fällen Sprachmittlung eingesetzt wird.",
      areaKey: "zugang",
      topics: ["language", "arrival", "residence_law", "social_benefits"],
      goals: [
        {
          title: "Verständigung in den städtischen Dienststellen ist gesichert",
          indicator: "Anteil der Sprachmittlungsanfragen, die innerhalb von fünf Arbeitstagen bedient werden (in Prozent)",
          targetValue: 90,
          targetYear: 2025,
          measures: [
            {
              title: "Sprachmittlung in Arabisch, Türkisch und Farsi für die Dienststellen",
              description: "Pool von Sprachmittelnden, Vermittlung und Abrechnung der Einsätze über das Migrationsbüro.",
              responsible: KMUT,
              partners: "Dienststellen der Stadtverwaltung",
              startsOn: "2020-05-01",
              endsOn: "2025-12-31",
              budget: 60000,
              status: "in_progress",
              notes: [
                { notedOn: "2021-01-20", text: "Anfragen kommen vor allem aus dem Jugendamt, dem Bürgerservice und der Ausländerbehörde." },
                { notedOn: "2023-07-03", text: "Anfragen über ein einheitliches Formular; Terminbestätigungen gehen jetzt an Dienststelle und Sprachmittelnde zugleich." },
              ],
            },
            {
              title: "Kriterien für den Einsatz von Sprachmittlung festlegen und bekannt machen",
              description: "Wann Sprachmittlung eingesetzt wird, wer anfragen darf und wie kurzfristig: abgestimmt mit den Fachbereichen und im Intranet veröffentlicht.",
              responsible: KMUT,
              partners: "Fachbereiche der Stadtverwaltung",
              startsOn: "2020-06-01",
              endsOn: "2020-12-31",
              status: "done",
              notes: [{ notedOn: "2020-12-10", text: "Kriterien mit den Fachbereichen abgestimmt und im Intranet veröffentlicht." }],
            },
            {
              title: "Pool um Ukrainisch und Russisch erweitern",
              description: "Gewinnung und Einweisung zusätzlicher Sprachmittelnder nach der Aufnahme von Geflüchteten aus der Ukraine.",
              responsible: KMUT,
              startsOn: "2022-04-01",
              endsOn: "2022-10-31",
              budget: 5000,
              status: "done",
              notes: [{ notedOn: "2022-10-20", text: "Neue Sprachmittelnde eingewiesen (Rolle, Schweigepflicht, Ablauf der Einsätze); die Sprachen stehen seitdem zur Verfügung." }],
            },
            {
              title: "Video-Dolmetschen für kurzfristige Termine",
              description: "Erprobung einer Videoverbindung zu Dolmetschenden für Vorsprachen ohne Vorlauf.",
              responsible: "Bürgerservice und Ausländerbehörde",
              partners: KMUT,
              startsOn: "2022-01-01",
              endsOn: "2022-06-30",
              status: "dropped",
              notes: [
                {
                  notedOn: "2022-07-05",
                  text: "Nach der Testphase nicht fortgeführt: Die Verbindung in den Beratungsräumen war unzuverlässig, und der Bedarf ließ sich mit Einsätzen vor Ort und festen Sprechzeiten decken.",
                },
              ],
            },
          ],
        },
        {
          title: "Informationen und Beratung sind leicht zu finden und zu verstehen",
          measures: [
            {
              title: "Wegweiser Integration online und als Druckfassung",
              description: "Ämter, Beratungsstellen, Sprachkurse und Angebote mit Sprechzeiten und Sprachen; mehrsprachig, auch zum Ausdrucken.",
              responsible: KMUT,
              partners: "Träger der Migrationsberatung, Volkshochschule Wilhelmshaven, Jobcenter Wilhelmshaven",
              startsOn: "2020-09-01",
              endsOn: "2025-12-31",
              budget: 8000,
              status: "in_progress",
              notes: [
                { notedOn: "2021-04-14", text: "Erste Online-Ausgabe veröffentlicht." },
                { notedOn: "2024-11-05", text: "Einträge mit den Trägern aktualisiert; Druckfassung in mehreren Sprachen verteilt." },
              ],
            },
            {
              title: "Offene Sprechzeiten der Beratungsstelle für Migrantinnen und Migranten",
              description: "Beratung zu Aufenthalt, Leistungen, Wohnen und Alltag; bei Bedarf mit Sprachmittlung.",
              responsible: "Jugendamt, Abteilung Migration, Beratung, Prävention",
              startsOn: "2020-05-01",
              endsOn: "2025-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2023-02-01", text: "Zusätzlich Termine nach Vereinbarung am Nachmittag für Berufstätige." }],
            },
            {
              title: "Erläuterungen zu häufigen Bescheiden in einfacher Sprache und mehrsprachig",
              description: "Beiblätter zu Bescheiden der Ausländerbehörde und zu Leistungen: was der Bescheid bedeutet und was als Nächstes zu tun ist.",
              responsible: "Bürgerservice und Ausländerbehörde",
              partners: KMUT,
              startsOn: "2025-10-01",
              endsOn: "2026-06-30",
              status: "planned",
            },
          ],
        },
      ],
    },
    {
      title: "Frühe Bildung, Schule und Elternarbeit",
      description: "Eltern sollen mit Kitas und Grundschulen auf Augenhöhe sprechen können. Ein wichtiger Punkt ist der Einsatz von Sprachmittlung in der direkten Elternarbeit vor Ort.",
      topics: ["education", "children", "family", "language"],
      goals: [
        {
          title: "Elterngespräche in Kitas und Grundschulen gelingen auch ohne gemeinsame Sprache",
          indicator: "Anteil der Kitas mit Sprachmittlungsangebot (in Prozent)",
          targetValue: 80,
          targetYear: 2025,
          measures: [
            {
              title: "Sprachmittlung für Elterngespräche in Kitas",
              description: "Entwicklungsgespräche, Aufnahmegespräche und Elternabende mit Sprachmittlung; Anfrage durch die Kita beim Migrationsbüro.",
              responsible: KMUT,
              partners: `${JUGEND}, Träger der Kindertagesstätten`,
              startsOn: "2020-08-01",
              endsOn: "2025-12-31",
              budget: 25000,
              status: "in_progress",
              notes: [
                { notedOn: "2022-02-21", text: "Alle Kita-Träger über das Verfahren informiert; Anfragen steigen deutlich." },
                { notedOn: "2025-03-17", text: "Die meisten Kitas haben das Angebot mindestens einmal genutzt." },
              ],
            },
            {
              title: "Sprachmittlung in Grundschulen",
              description: "Einschulung, Lernentwicklungsgespräche und Elternabende mit Sprachmittlung.",
              responsible: KMUT,
              partners: `${JUGEND}, Grundschulen, Regionales Landesamt für Schule und Bildung`,
              startsOn: "2020-08-01",
              endsOn: "2025-12-31",
              budget: 15000,
              status: "in_progress",
              notes: [{ notedOn: "2023-10-09", text: "Schulen melden Bedarf vor allem zu Schuljahresbeginn; Einsätze werden deshalb früher geplant." }],
            },
            {
              title: "Mehrsprachige Informationsabende zur Einschulung",
              description: "Wie Schule in Niedersachsen funktioniert, was Eltern vor der Einschulung erledigen und wo sie Hilfe finden.",
              responsible: JUGEND,
              partners: `${KMUT}, Grundschulen`,
              startsOn: "2023-01-15",
              endsOn: "2023-06-30",
              budget: 2000,
              status: "done",
              notes: [{ notedOn: "2023-06-28", text: "Drei Abende mit Sprachmittlung durchgeführt; die Unterlagen stehen den Schulen zur Verfügung." }],
            },
          ],
        },
        {
          title: "Fachkräfte in Kita und Schule gehen sicher mit Mehrsprachigkeit um",
          measures: [
            {
              title: "Fortbildung „Mehrsprachigkeit und Elternarbeit“ für pädagogische Fachkräfte und Lehrkräfte",
              responsible: JUGEND,
              partners: `${KMUT}, Volkshochschule Wilhelmshaven`,
              startsOn: "2024-01-01",
              endsOn: "2025-12-31",
              budget: 6000,
              status: "in_progress",
              notes: [{ notedOn: "2024-11-20", text: "Zwei Durchgänge mit Fachkräften aus Kitas und Grundschulen; ein weiterer ist für das Frühjahr geplant." }],
            },
            {
              title: "Elterncafés an Grundschulen mit vielen neu zugewanderten Familien",
              description: "Regelmäßiger offener Treff für Eltern mit Sprachmittlung, Themen nach Wunsch der Eltern.",
              responsible: JUGEND,
              partners: "Grundschulen, Familienzentren",
              startsOn: "2026-02-01",
              endsOn: "2026-12-31",
              status: "planned",
            },
          ],
        },
      ],
    },
    {
      title: "Arbeit, Ausbildung und Qualifizierung",
      description: "Zugewanderte sollen ihre Fähigkeiten einbringen können. Anerkennung von Abschlüssen, Sprachförderung im Beruf und der Kontakt zu Betrieben sind dafür zentral.",
      areaKey: "arbeit",
      topics: ["work", "education", "language"],
      goals: [
        {
          title: "Zugewanderte finden schneller in Ausbildung und Arbeit",
          indicator: "Teilnehmende an Orientierungsangeboten zu Arbeit und Ausbildung pro Jahr",
          targetValue: 150,
          targetYear: 2025,
          measures: [
            {
              title: "Gemeinsame Sprechstunde von Jobcenter und Migrationsberatung",
              description: "Monatliche Sprechstunde im Migrationsbüro: Fragen zu Leistungen, Sprachkursen und Arbeitsaufnahme an einem Ort.",
              responsible: "Jobcenter Wilhelmshaven",
              partners: `${KMUT}, Migrationsberatung für erwachsene Zugewanderte`,
              startsOn: "2021-09-01",
              endsOn: "2025-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2022-05-16", text: "Die Sprechstunde wird gut angenommen; Termine werden inzwischen vorab vergeben." }],
            },
            {
              title: "Informationsveranstaltungen zur Anerkennung ausländischer Berufsabschlüsse",
              responsible: KMUT,
              partners: "IQ Netzwerk Niedersachsen, Agentur für Arbeit Oldenburg-Wilhelmshaven, Handwerkskammer Oldenburg, Oldenburgische Industrie- und Handelskammer",
              startsOn: "2021-03-01",
              endsOn: "2025-12-31",
              budget: 2500,
              status: "in_progress",
              notes: [{ notedOn: "2024-04-22", text: "Schwerpunkt Pflege- und Gesundheitsberufe; die Anerkennungsberatung bietet seitdem Termine vor Ort an." }],
            },
            {
              title: "Job-Speeddating für Geflüchtete mit Betrieben aus der Region",
              responsible: "Jobcenter Wilhelmshaven",
              partners: `Wirtschaftsförderung Wilhelmshaven, Agentur für Arbeit Oldenburg-Wilhelmshaven, ${KMUT}`,
              startsOn: "2023-02-01",
              endsOn: "2023-05-31",
              budget: 4000,
              status: "done",
              notes: [{ notedOn: "2023-05-25", text: "Veranstaltung durchgeführt; mehrere Praktika und Probearbeitstage vereinbart. Eine Wiederholung wird geprüft." }],
            },
            {
              title: "Praktikumsplätze für Zugewanderte in der Stadtverwaltung",
              description: "Die Stadt geht als Arbeitgeberin voran und bietet Orientierungspraktika in verschiedenen Fachbereichen an.",
              responsible: "Personalabteilung der Stadtverwaltung",
              partners: KMUT,
              status: "idea",
            },
          ],
        },
      ],
    },
    {
      title: "Interkulturelle Öffnung der Verwaltung und Antidiskriminierung",
      description: "Die Stadtverwaltung richtet ihre Angebote an einer vielfältigen Stadtgesellschaft aus und tritt Diskriminierung entgegen.",
      areaKey: "oeffnung",
      topics: ["discrimination", "equality"],
      goals: [
        {
          title: "Mitarbeitende mit Publikumsverkehr sind interkulturell geschult",
          indicator: "Mitarbeitende mit Teilnahme an einer interkulturellen Fortbildung (Anzahl, kumuliert)",
          targetValue: 200,
          targetYear: 2025,
          measures: [
            {
              title: "Fortbildungsreihe „Interkulturelle Kompetenz im Verwaltungsalltag“",
              description: "Halbtägige Module für Bürgerservice, Ausländerbehörde, Jugendamt und Sozialamt; Fallbeispiele aus der eigenen Praxis.",
              responsible: "Personalabteilung der Stadtverwaltung",
              partners: KMUT,
              startsOn: "2021-09-01",
              endsOn: "2025-12-31",
              budget: 15000,
              status: "in_progress",
              notes: [
                { notedOn: "2022-06-30", text: "Die ersten Module sind ausgebucht; eine Warteliste für das zweite Halbjahr ist angelegt." },
                { notedOn: "2025-01-27", text: "Modul „Diskriminierungssensibel beraten“ neu ins Programm aufgenommen." },
              ],
            },
            {
              title: "Angebote für kommunale Entscheidungsträgerinnen und Entscheidungsträger",
              description: "Austauschformat für Führungskräfte und Ratsmitglieder im Rahmen des Modellprojekts „Weltoffene Kommune“.",
              responsible: KMUT,
              partners: "PHINEO, Bertelsmann Stiftung",
              startsOn: "2021-09-01",
              endsOn: "2022-06-30",
              status: "done",
              notes: [{ notedOn: "2022-06-20", text: "Zwei Austauschrunden für Führungskräfte durchgeführt; Erfahrungsaustausch mit anderen Modellkommunen." }],
            },
          ],
        },
        {
          title: "Menschen, die Diskriminierung erleben, finden Unterstützung",
          measures: [
            {
              title: "Verweisberatung an Antidiskriminierungsberatungsstellen",
              description: "Beratungsstellen und Dienststellen wissen, wohin sie Betroffene weiterleiten; Informationsblatt in mehreren Sprachen.",
              responsible: KMUT,
              partners: "Antidiskriminierungsberatung in Niedersachsen, Gleichstellungsstelle der Stadt Wilhelmshaven",
              startsOn: "2024-05-01",
              endsOn: "2026-04-30",
              status: "in_progress",
              notes: [{ notedOn: "2025-02-10", text: "Informationsblatt abgestimmt; Übersetzungen in Arbeit." }],
            },
            {
              title: "Kommunale Meldestelle für Diskriminierung prüfen",
              responsible: KMUT,
              status: "idea",
            },
          ],
        },
      ],
    },
    {
      title: "Engagement und Beteiligung",
      description: "Menschen mit Migrationsgeschichte gestalten die Stadt mit. Ein besonderer Blick gilt der Beteiligung migrantischer Frauen.",
      areaKey: "engagement",
      topics: ["participation", "volunteering", "women"],
      goals: [
        {
          title: "Menschen mit Migrationsgeschichte bringen sich in die Integrationspolitik ein",
          indicator: "Teilnehmende mit Migrationsgeschichte an Dialog- und Beteiligungsformaten pro Jahr",
          targetValue: 60,
          targetYear: 2025,
          measures: [
            {
              title: "Dialogveranstaltung „Weltoffene Kommune“",
              description: "Breit angelegte Veranstaltung, in der Migrantinnen und Migranten sowie alle Beteiligten der Integrationsarbeit die Ergebnisse des Selbstchecks beraten.",
              responsible: KMUT,
              partners: "Gleichstellungsstelle der Stadt Wilhelmshaven, Migrantenorganisationen, Träger der Integrationsarbeit",
              startsOn: "2021-07-01",
              endsOn: "2022-03-31",
              budget: 3500,
              status: "done",
              notes: [
                { notedOn: "2021-08-16", text: "Aufruf zur Mitwirkung veröffentlicht; Interessierte melden sich telefonisch oder per Kontaktformular bei der Koordinierungsstelle." },
                { notedOn: "2022-03-24", text: "Dialogveranstaltung durchgeführt; die Vorschläge sind dokumentiert und den Handlungsfeldern zugeordnet." },
              ],
            },
            {
              title: "Beteiligung migrantischer Frauen stärken",
              description: "Eigene Gesprächsrunden für Frauen, mit Kinderbetreuung und Sprachmittlung.",
              responsible: "Gleichstellungsstelle der Stadt Wilhelmshaven",
              partners: `${KMUT}, Frauenberatungsstellen, Migrantenorganisationen`,
              startsOn: "2021-06-01",
              endsOn: "2025-12-31",
              budget: 4000,
              status: "in_progress",
              notes: [{ notedOn: "2023-03-08", text: "Gesprächsrunde zum Internationalen Frauentag mit Sprachmittlung in Arabisch und Farsi." }],
            },
            {
              title: "Regelmäßiges Forum Migration und Teilhabe",
              description: "Jährliches offenes Forum, in dem Zugewanderte, Vereine und Politik über die Integrationsarbeit sprechen.",
              responsible: KMUT,
              status: "idea",
            },
          ],
        },
        {
          title: "Ehrenamtliches Engagement und Migrantenorganisationen werden gestärkt",
          measures: [
            {
              title: "Migrantenorganisationen bei Vereinsarbeit und Förderanträgen beraten",
              responsible: KMUT,
              partners: "Migrantenorganisationen, Kulturvereine",
              startsOn: "2020-09-01",
              endsOn: "2025-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2024-06-18", text: "Workshop „Verein gründen und führen“ mit mehreren Migrantenorganisationen durchgeführt." }],
            },
            {
              title: "Fortbildungen für Ehrenamtliche in der Begleitung Geflüchteter",
              description: "Themen: Aufenthaltsrecht in Grundzügen, Abgrenzung und Selbstfürsorge, Wegweiser Integration.",
              responsible: KMUT,
              partners: "Freiwilligenagentur, Migrationsberatungsstellen",
              startsOn: "2020-10-01",
              endsOn: "2023-12-31",
              budget: 3000,
              status: "done",
              notes: [{ notedOn: "2023-12-05", text: "Reihe abgeschlossen; die Themen werden künftig in den Netzwerktreffen aufgegriffen." }],
            },
            {
              title: "Dankeschön-Abend für Ehrenamtliche in der Integrationsarbeit",
              responsible: KMUT,
              partners: "Freiwilligenagentur",
              startsOn: "2026-05-01",
              endsOn: "2026-05-31",
              budget: 2000,
              status: "planned",
            },
          ],
        },
      ],
    },
    {
      title: "Zusammenleben, Begegnung und Kommunikation",
      description:
        "Dialog und Zusammenleben in Vielfalt, unabhängig von Herkunft, Weltanschauung und Religion, sollen im täglichen Leben gelingen. " +
        "Begegnung und eine offene Öffentlichkeitsarbeit machen die Vielfalt der Jadestadt sichtbar.",
      areaKey: "zusammenhalt",
      topics: ["culture", "sport", "participation"],
      goals: [
        {
          title: "Die Vielfalt der Stadtgesellschaft wird sichtbar und erlebbar",
          indicator: "Veranstaltungen im Programm der Interkulturellen Woche",
          targetValue: 30,
          targetYear: 2025,
          measures: [
            {
              title: "Interkulturelle Woche jährlich mit Partnern ausrichten",
              description: "Gemeinsames Programm von Vereinen, Kirchen- und Moscheegemeinden, Schulen und Trägern; Koordination, Programmheft und Öffentlichkeitsarbeit durch das Migrationsbüro.",
              responsible: KMUT,
              partners: "Kirchen- und Moscheegemeinden, Kulturvereine, Schulen, Träger der Integrationsarbeit",
              startsOn: "2020-01-01",
              endsOn: "2025-12-31",
              budget: 30000,
              status: "in_progress",
              notes: [
                { notedOn: "2020-09-30", text: "Programm wegen der Pandemie verkleinert, mehrere Angebote draußen oder online." },
                { notedOn: "2023-09-18", text: "Programm 2023 gestartet; es läuft vom 18. September bis 24. November." },
              ],
            },
            {
              title: "Begegnungsangebote in Stadtteilen mit viel Zuzug",
              description: "Nachbarschaftscafés und Stadtteilfeste gemeinsam mit der Gemeinwesenarbeit.",
              responsible: JUGEND,
              partners: `${KMUT}, Gemeinwesenarbeit, Wohnungsunternehmen`,
              startsOn: "2022-04-01",
              endsOn: "2026-12-31",
              budget: 10000,
              status: "in_progress",
              notes: [{ notedOn: "2024-08-30", text: "Stadtteilfest mit Angeboten mehrerer Kulturvereine; das Nachbarschaftscafé trifft sich monatlich." }],
            },
            {
              title: "Schnuppertraining in Sportvereinen für neu zugewanderte Kinder und Jugendliche",
              responsible: "Sportbüro der Stadt Wilhelmshaven",
              partners: `Stadtsportbund Wilhelmshaven, Sportvereine, ${KMUT}`,
              startsOn: "2026-03-01",
              endsOn: "2026-10-31",
              budget: 3000,
              status: "planned",
            },
          ],
        },
        {
          title: "Die Stadt spricht offen über Migration und geht Konflikte früh an",
          measures: [
            {
              title: "Gute Beispiele gelingender Integration in Presse und sozialen Medien",
              description: "Regelmäßige Beiträge über Projekte, Ehrenamtliche und Menschen, die in Wilhelmshaven angekommen sind.",
              responsible: "Pressestelle der Stadt Wilhelmshaven",
              partners: KMUT,
              startsOn: "2021-06-01",
              endsOn: "2025-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2021-06-29", text: "Start mit der Pressemitteilung zum Modellprojekt „Weltoffene Kommune“." }],
            },
            {
              title: "Ansprechstelle für Konflikte in Nachbarschaften",
              description: "Beratung und Moderation bei Konflikten im Zusammenleben, gemeinsam mit Wohnungsunternehmen und Gemeinwesenarbeit.",
              responsible: KMUT,
              partners: "Wohnungsunternehmen, Gemeinwesenarbeit",
              startsOn: "2025-11-01",
              endsOn: "2026-10-31",
              status: "planned",
            },
          ],
        },
      ],
    },
  ],
};

/** The follow-up plan as the coordination office drafts it: first fields, ideas and planned measures. */
const WILHELMSHAVEN_DRAFT: DemoPlan = {
  tenant: "wilhelmshaven",
  title: "Handlungskonzept Integration 2026–2030 (Entwurf)",
  startsYear: 2026,
  endsYear: 2030,
  status: "draft",
  fields: [
    {
      title: "Kommunikation und Konfliktmanagement",
      description: "Im Selbstcheck 2025 der Bereich mit dem größten Nachholbedarf.",
      areaKey: "kommunikation",
      topics: ["participation", "discrimination"],
      goals: [
        {
          title: "Konflikte im Zusammenleben werden früh erkannt und moderiert",
          measures: [
            {
              title: "Ausbildung von Konfliktlotsinnen und Konfliktlotsen in den Stadtteilen",
              responsible: KMUT,
              partners: "Gemeinwesenarbeit, Migrantenorganisationen",
              status: "idea",
            },
            {
              title: "Mehrsprachige Informationen zu Beschlüssen des Rates, die Zugewanderte betreffen",
              responsible: "Pressestelle der Stadt Wilhelmshaven",
              partners: KMUT,
              startsOn: "2026-04-01",
              endsOn: "2027-03-31",
              status: "planned",
            },
          ],
        },
      ],
    },
    {
      title: "Sprachmittlung und Zugang",
      areaKey: "zugang",
      topics: ["language", "arrival"],
      goals: [
        {
          title: "Sprachmittlung ist in allen Dienststellen, Kitas und Grundschulen verlässlich verfügbar",
          indicator: "Anteil der Grundschulen mit Sprachmittlungsangebot (in Prozent)",
          targetValue: 100,
          targetYear: 2028,
          measures: [
            {
              title: "Sprachmittlung um Dari, Kurdisch und Tigrinya erweitern",
              responsible: KMUT,
              startsOn: "2026-01-01",
              endsOn: "2026-12-31",
              budget: 6000,
              status: "planned",
            },
            {
              title: "Online-Anfrage für Sprachmittlung für alle Kitas und Schulen",
              responsible: KMUT,
              partners: JUGEND,
              status: "idea",
            },
          ],
        },
      ],
    },
    {
      title: "Arbeit und Fachkräftesicherung",
      areaKey: "arbeit",
      topics: ["work"],
      goals: [
        {
          title: "Zugewanderte Fachkräfte werden in der Region gehalten",
          measures: [
            {
              title: "Willkommensangebot für zugewanderte Fachkräfte und ihre Familien",
              responsible: "Wirtschaftsförderung Wilhelmshaven",
              partners: `${KMUT}, Agentur für Arbeit Oldenburg-Wilhelmshaven`,
              status: "idea",
            },
          ],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------
// Landkreis Wesermarsch — Handlungskonzept Integration Wesermarsch 2023–2027 (seed 002)
// ---------------------------------------------------------------------------

const WM_KMUT = "Koordinierungsstelle für Migration und Teilhabe (Refugium Wesermarsch e.V.)";
const REFUGIUM = "Refugium Wesermarsch e.V.";

const WESERMARSCH: DemoPlan = {
  tenant: "wesermarsch",
  title: "Handlungskonzept Integration Wesermarsch 2023–2027",
  startsYear: 2023,
  endsYear: 2027,
  status: "adopted",
  fields: [
    {
      title: "Koordination und verbindliche Strukturen im Landkreis",
      description:
        "Der Landkreis hat die Koordinierungsaufgabe an das Refugium Wesermarsch e.V. übertragen. Die Koordinierungsstelle bündelt die kommunalen Integrationsaufgaben, " +
        "baut kooperative Strukturen mit den Trägern auf und entwickelt das Handlungskonzept im Rahmen der Fortschreibung des Integrationsberichtes weiter. Sie ist keine Beratungsstelle.",
      areaKey: "steuerung",
      topics: ["participation", "funding"],
      goals: [
        {
          title: "Die Integrationsarbeit im Landkreis beruht auf einer gemeinsamen Bestandsaufnahme",
          measures: [
            {
              title: "Bestandsaufnahme und Bedarfsanalyse mit den Städten und Gemeinden",
              description: "Befragung von Verwaltungen, Trägern und Ehrenamtlichen in allen Kommunen zu Ankommen, Sprache, Arbeit, Wohnen, Gesundheit und Teilhabe.",
              responsible: WM_KMUT,
              partners: "Städte und Gemeinden des Landkreises, Träger der Integrationsarbeit",
              startsOn: "2023-01-01",
              endsOn: "2023-06-30",
              status: "done",
              notes: [{ notedOn: "2023-06-27", text: "Ergebnisse im Kreisausschuss vorgestellt; sie bilden die Grundlage der Handlungsfelder dieses Konzepts." }],
            },
            {
              title: "Integrationsbericht fortschreiben und über den Stand des Handlungskonzepts berichten",
              responsible: WM_KMUT,
              partners: "Landkreis Wesermarsch, Fachdienst Soziales",
              startsOn: "2024-01-01",
              endsOn: "2027-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2025-04-09", text: "Zwischenbericht 2024 im Sozialausschuss des Kreistages vorgestellt." }],
            },
          ],
        },
        {
          title: "In jeder Stadt und Gemeinde gibt es eine feste Ansprechperson für Integration",
          indicator: "Städte und Gemeinden mit benannter Ansprechperson für Integration",
          targetValue: 9,
          targetYear: 2025,
          measures: [
            {
              title: "Ansprechpersonen in den Rathäusern benennen und vernetzen",
              responsible: "Landkreis Wesermarsch",
              partners: `${WM_KMUT}, Städte Brake, Nordenham und Elsfleth, Gemeinden Berne, Butjadingen, Jade, Lemwerder, Ovelgönne und Stadland`,
              startsOn: "2023-09-01",
              endsOn: "2025-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2024-10-15", text: "Die meisten Kommunen haben eine Ansprechperson benannt; erstes gemeinsames Treffen in Brake." }],
            },
            {
              title: "Kreisweites Netzwerktreffen Integration, abwechselnd in Brake und Nordenham",
              responsible: WM_KMUT,
              partners: "Träger der Migrationsberatung, Jobcenter, Kreisvolkshochschule, Ehrenamtliche Initiativen",
              startsOn: "2023-03-01",
              endsOn: "2027-12-31",
              budget: 2000,
              status: "in_progress",
              notes: [{ notedOn: "2024-11-21", text: "Herbsttreffen in Nordenham mit Schwerpunkt Mobilität im ländlichen Raum." }],
            },
          ],
        },
      ],
    },
    {
      title: "Sprache, Bildung und Sprachmittlung",
      description: "Sprachkurse und Sprachmittlung müssen auch in den kleineren Gemeinden erreichbar sein.",
      areaKey: "zugang",
      topics: ["language", "education"],
      goals: [
        {
          title: "Sprachkurse sind auch im ländlichen Raum erreichbar",
          indicator: "Städte und Gemeinden mit Sprachkursangebot vor Ort oder in zumutbarer Fahrzeit",
          targetValue: 9,
          targetYear: 2027,
          measures: [
            {
              title: "Kursplanung mit den Sprachkursträgern kreisweit abstimmen",
              responsible: WM_KMUT,
              partners: "Kreisvolkshochschule Wesermarsch, weitere Sprachkursträger, Jobcenter",
              startsOn: "2023-09-01",
              endsOn: "2027-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2024-02-19", text: "Gemeinsame Übersicht der Kurse in Brake, Nordenham und Elsfleth erstellt." }],
            },
            {
              title: "Kinderbetreuung parallel zu Sprachkursen in Brake und Nordenham",
              responsible: "Landkreis Wesermarsch, Fachdienst Jugend",
              partners: "Kreisvolkshochschule Wesermarsch, Kindertagesstätten",
              startsOn: "2024-08-01",
              endsOn: "2026-07-31",
              budget: 18000,
              status: "in_progress",
              notes: [{ notedOn: "2025-01-30", text: "In Nordenham gestartet; in Brake fehlt noch ein geeigneter Raum." }],
            },
            {
              title: "Sprachkurse in Butjadingen und Jade mit dem Bürgerbus erreichbar machen",
              responsible: WM_KMUT,
              partners: "Gemeinden Butjadingen und Jade, Bürgerbusvereine",
              status: "idea",
            },
          ],
        },
        {
          title: "Sprachmittlung steht Schulen, Kitas und Behörden kreisweit zur Verfügung",
          measures: [
            {
              title: "Sprachmittlungspool des Refugium Wesermarsch ausbauen",
              responsible: REFUGIUM,
              partners: "Landkreis Wesermarsch, Schulen, Kindertagesstätten",
              startsOn: "2023-04-01",
              endsOn: "2027-12-31",
              budget: 20000,
              status: "in_progress",
              notes: [{ notedOn: "2024-06-12", text: "Zusätzliche Sprachmittelnde für Ukrainisch und Dari gewonnen." }],
            },
            {
              title: "Einführungsschulung für neue Sprachmittelnde",
              description: "Rolle und Haltung, Schweigepflicht, Dolmetschtechnik, Umgang mit belastenden Gesprächen.",
              responsible: REFUGIUM,
              startsOn: "2024-02-01",
              endsOn: "2024-05-31",
              budget: 2500,
              status: "done",
              notes: [{ notedOn: "2024-05-28", text: "Schulung mit zwei Terminen in Brake abgeschlossen." }],
            },
          ],
        },
      ],
    },
    {
      title: "Arbeit und Ausbildung",
      areaKey: "arbeit",
      topics: ["work", "education"],
      goals: [
        {
          title: "Zugewanderte finden den Weg zu Betrieben in der Region",
          indicator: "Teilnehmende an Ausbildungs- und Jobbörsen mit Betrieben aus dem Landkreis",
          targetValue: 80,
          targetYear: 2026,
          measures: [
            {
              title: "Runder Tisch Arbeitsmarktintegration",
              responsible: "Jobcenter Wesermarsch",
              partners: `${WM_KMUT}, Agentur für Arbeit, Kreishandwerkerschaft, Wirtschaftsförderung des Landkreises`,
              startsOn: "2023-10-01",
              endsOn: "2027-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2025-03-06", text: "Schwerpunkt 2025: Berufssprachkurse in Teilzeit für Beschäftigte." }],
            },
            {
              title: "Ausbildungsbörse mit Betrieben aus Hafenwirtschaft, Industrie und Handwerk in Nordenham und Brake",
              responsible: "Wirtschaftsförderung des Landkreises Wesermarsch",
              partners: `Jobcenter Wesermarsch, Berufsbildende Schulen, ${WM_KMUT}`,
              startsOn: "2026-02-01",
              endsOn: "2026-05-31",
              budget: 5000,
              status: "planned",
            },
            {
              title: "Ausbildungsbegleitung für junge Geflüchtete durch Ehrenamtliche",
              responsible: REFUGIUM,
              partners: "Berufsbildende Schulen, Jugendmigrationsdienst",
              startsOn: "2023-09-01",
              endsOn: "2024-08-31",
              status: "dropped",
              notes: [
                {
                  notedOn: "2024-03-18",
                  text: "Eingestellt: Es fanden sich zu wenige Ehrenamtliche für eine verlässliche Begleitung über die ganze Ausbildung. Die Jugendlichen werden an die Assistierte Ausbildung der Agentur für Arbeit verwiesen.",
                },
              ],
            },
          ],
        },
      ],
    },
    {
      title: "Ankommen, Wohnen und Gesundheit",
      description: "Neuzugewanderte sollen von Anfang an wissen, wo sie Unterstützung finden, eine Wohnung beziehen und ärztlich versorgt werden können.",
      topics: ["arrival", "housing", "health"],
      goals: [
        {
          title: "Neuzugewanderte finden sich in ihrer Gemeinde schnell zurecht",
          measures: [
            {
              title: "Willkommensmappe für Neuzugewanderte in jeder Stadt und Gemeinde",
              description: "Ansprechpersonen, Beratungsstellen, Sprachkurse, Ärztinnen und Ärzte, Vereine; mehrsprachig und je Kommune angepasst.",
              responsible: WM_KMUT,
              partners: "Städte und Gemeinden des Landkreises, Flüchtlingssozialarbeit",
              startsOn: "2024-01-01",
              endsOn: "2025-12-31",
              budget: 6000,
              status: "in_progress",
              notes: [{ notedOn: "2025-05-14", text: "Mappen für Brake, Elsfleth und Lemwerder fertig; die übrigen Gemeinden folgen." }],
            },
            {
              title: "Erstausstattung über das Gebrauchtmöbelhaus des Refugium Wesermarsch",
              responsible: REFUGIUM,
              partners: "Flüchtlingssozialarbeit, Städte und Gemeinden",
              startsOn: "2023-01-01",
              endsOn: "2027-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2024-09-03", text: "Abholung für Familien ohne Auto jetzt auch in Ovelgönne und Stadland möglich." }],
            },
          ],
        },
        {
          title: "Wohnraum und Gesundheitsversorgung sind zugänglich",
          measures: [
            {
              title: "Informationsabende „Wohnen in Deutschland“ für Mietende und Vermietende",
              responsible: WM_KMUT,
              partners: "Wohnungsunternehmen, Mieterverein, Flüchtlingssozialarbeit",
              startsOn: "2026-01-01",
              endsOn: "2026-06-30",
              budget: 1500,
              status: "planned",
            },
            {
              title: "Sprachmittlung für Arztbesuche im ländlichen Raum",
              description: "Ein Modell, wie Sprachmittlung auch telefonisch für Hausarztpraxen in Berne, Jade und Butjadingen erreichbar wird.",
              responsible: WM_KMUT,
              partners: "Gesundheitsamt des Landkreises, Hausarztpraxen",
              status: "idea",
            },
          ],
        },
      ],
    },
    {
      title: "Ehrenamt, Teilhabe und Zusammenleben",
      description: "Die Koordinierungsstelle verankert das Thema Integration in der Öffentlichkeit und stärkt die Menschen, die sich ehrenamtlich engagieren.",
      areaKey: "engagement",
      topics: ["volunteering", "participation", "culture"],
      goals: [
        {
          title: "Ehrenamtliche werden begleitet und fortgebildet",
          indicator: "Ehrenamtliche mit Teilnahme an einer Fortbildung pro Jahr",
          targetValue: 40,
          targetYear: 2026,
          measures: [
            {
              title: "Fortbildungsreihe für Ehrenamtliche und Patinnen und Paten",
              responsible: WM_KMUT,
              partners: "Ehrenamtliche Initiativen, Migrationsberatung",
              startsOn: "2023-09-01",
              endsOn: "2027-12-31",
              budget: 4000,
              status: "in_progress",
              notes: [{ notedOn: "2024-04-24", text: "Themen 2024: Aufenthaltsrecht in Grundzügen, Selbstfürsorge, Umgang mit Behördenpost." }],
            },
            {
              title: "Ehrenamtliche Patenschaften kreisweit vermitteln",
              responsible: REFUGIUM,
              partners: "Kirchengemeinden, Ehrenamtliche Initiativen in Berne, Lemwerder und Elsfleth",
              startsOn: "2023-01-01",
              endsOn: "2027-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2025-02-17", text: "Neue Patenschaften vor allem für Familien aus der Ukraine." }],
            },
          ],
        },
        {
          title: "Begegnung und Wertschätzung der Migrationsgeschichte im ganzen Landkreis",
          measures: [
            {
              title: "Interkulturelle Woche in der Wesermarsch",
              responsible: WM_KMUT,
              partners: "Städte und Gemeinden, Kirchengemeinden, Vereine, Schulen",
              startsOn: "2023-09-01",
              endsOn: "2023-10-31",
              budget: 5000,
              status: "done",
              notes: [{ notedOn: "2023-10-30", text: "Erstmals mit Veranstaltungen in allen drei Städten; Fortsetzung jährlich vorgesehen." }],
            },
            {
              title: "Migrantenorganisationen in der Wesermarsch vernetzen und bei Förderanträgen unterstützen",
              responsible: WM_KMUT,
              partners: "Migrantenorganisationen, Kulturvereine",
              startsOn: "2025-09-01",
              endsOn: "2027-12-31",
              status: "planned",
            },
          ],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------
// Landkreis Emsland — Integrationskonzept Landkreis Emsland 2022–2026 (seed 003)
// ---------------------------------------------------------------------------

const EL_KMUT = "Fachstelle Integration – Koordinierungsstelle Migration und Teilhabe";

const EMSLAND: DemoPlan = {
  tenant: "emsland",
  title: "Integrationskonzept Landkreis Emsland 2022–2026",
  startsYear: 2022,
  endsYear: 2026,
  status: "adopted",
  fields: [
    {
      title: "Koordination, Vernetzung und Migrationsberatung",
      description:
        "Integration geschieht vor Ort. Die Koordinierungsstelle gestaltet die Integration in den Sozialraum gemeinsam mit den emsländischen Kommunen, " +
        "der haupt- und ehrenamtlichen Migrationsberatung und allen an der Integration Beteiligten.",
      areaKey: "steuerung",
      topics: ["arrival", "residence_law", "participation"],
      goals: [
        {
          title: "Migrationsberatung ist in jeder Stadt, Gemeinde und Samtgemeinde erreichbar",
          indicator: "Anteil der Städte, Gemeinden und Samtgemeinden mit Beratungsstandort oder regelmäßiger Sprechstunde (in Prozent)",
          targetValue: 100,
          targetYear: 2026,
          measures: [
            {
              title: "Sprechstunden der Migrationsberatung in den kleineren Samtgemeinden sichern",
              description: "Abstimmung der Sprechstunden mit Trägern und Rathäusern, u. a. in Herzlake, Lathen und Nordhümmling.",
              responsible: EL_KMUT,
              partners: "Träger der hauptamtlichen Migrationsberatung, Städte, Gemeinden und Samtgemeinden",
              startsOn: "2022-03-01",
              endsOn: "2026-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2023-11-07", text: "Übersicht aller Standorte und Sprechzeiten erstellt und an die Rathäuser verteilt." }],
            },
            {
              title: "Wegweiser Integration fortschreiben",
              description: "Kontaktdaten aus Verwaltung, Migrationsberatung, Jugendmigrationsdienst und Bildungsträgern der Sprachförderung; als PDF und online.",
              responsible: EL_KMUT,
              partners: "Jugendmigrationsdienst, Bildungsträger der Sprachförderung",
              startsOn: "2022-01-01",
              endsOn: "2026-12-31",
              budget: 3000,
              status: "in_progress",
              notes: [{ notedOn: "2024-01-15", text: "Neue Ausgabe veröffentlicht; Aktualisierung künftig zweimal im Jahr." }],
            },
          ],
        },
        {
          title: "Die Akteure der Integrationsarbeit sind verbindlich vernetzt",
          measures: [
            {
              title: "Netzwerk für Migration und Integration im Landkreis Emsland",
              description: "Regelmäßige Treffen im Nord-, Mittel- und Südkreis und ein kreisweites Jahrestreffen.",
              responsible: EL_KMUT,
              partners: "Städte und Gemeinden, Migrationsberatung, Flüchtlingssozialarbeit (SKM Lingen, SKM Meppen, DRK Emsland), Jobcenter",
              startsOn: "2022-01-01",
              endsOn: "2026-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2023-05-23", text: "Jahrestreffen in Meppen; Themen: Wohnraum und Kursplätze." }],
            },
            {
              title: "Arbeitspapier des Arbeitsbündnisses Gesellschaft",
              description: "Bisher Erreichtes, Probleme, Bedarfe und Lösungsmöglichkeiten in den Themenfeldern Ehrenamt, Freizeit, Sprache und Interkulturelle Öffnung.",
              responsible: EL_KMUT,
              partners: "Arbeitsbündnis Gesellschaft",
              startsOn: "2022-02-01",
              endsOn: "2023-03-31",
              status: "done",
              notes: [{ notedOn: "2023-03-28", text: "Arbeitspapier veröffentlicht; seine Vorschläge sind in die Handlungsfelder eingeflossen." }],
            },
          ],
        },
      ],
    },
    {
      title: "Ehrenamt und Integrationslotsen",
      description: "Ehrenamtliche werden in die Arbeit eingebunden und in ihrem Engagement gestärkt.",
      areaKey: "engagement",
      topics: ["volunteering", "residence_law"],
      goals: [
        {
          title: "Integrationslotsinnen und -lotsen sind geschult und gut vernetzt",
          indicator: "Aktive Integrationslotsinnen und -lotsen im Landkreis",
          targetValue: 120,
          targetYear: 2026,
          measures: [
            {
              title: "Basisschulung für Integrationslotsen",
              description: "Ausländerrecht, Ausgestaltung des eigenen Engagements und Struktur der hauptamtlichen Migrationsarbeit im Landkreis.",
              responsible: EL_KMUT,
              partners: "Träger der Migrationsberatung, Volkshochschulen im Emsland",
              startsOn: "2022-03-01",
              endsOn: "2026-12-31",
              budget: 12000,
              status: "in_progress",
              notes: [
                { notedOn: "2022-11-29", text: "Erster Durchgang nach der Pandemie in Lingen abgeschlossen." },
                { notedOn: "2024-10-08", text: "Zusätzlicher Durchgang in Papenburg für den Nordkreis." },
              ],
            },
            {
              title: "Regionale Austauschtreffen der Integrationslotsen",
              responsible: EL_KMUT,
              partners: "Migrationsberatung, Ehrenamtliche Initiativen",
              startsOn: "2022-06-01",
              endsOn: "2026-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2025-06-03", text: "Treffen in Sögel, Meppen und Spelle mit Fallbesprechungen." }],
            },
            {
              title: "Anerkennungsveranstaltung für Ehrenamtliche in der Integrationsarbeit",
              responsible: EL_KMUT,
              startsOn: "2023-09-01",
              endsOn: "2023-11-30",
              budget: 4000,
              status: "done",
              notes: [{ notedOn: "2023-11-24", text: "Veranstaltung im Kreishaus mit Übergabe der Zertifikate." }],
            },
            {
              title: "Lotsinnen und Lotsen mit eigener Migrationsgeschichte gewinnen",
              responsible: EL_KMUT,
              partners: "Migrantenorganisationen",
              startsOn: "2026-01-01",
              endsOn: "2026-12-31",
              status: "planned",
            },
          ],
        },
      ],
    },
    {
      title: "Gesundheit",
      description: "Neuzugewanderte werden muttersprachlich und kultursensibel über das Gesundheitssystem und Prävention informiert.",
      areaKey: "zugang",
      topics: ["health", "family"],
      goals: [
        {
          title: "Gesundheitswissen wird muttersprachlich vermittelt",
          indicator: "Muttersprachliche Informationsveranstaltungen der Gesundheitsmediatorinnen und -mediatoren pro Jahr",
          targetValue: 40,
          targetYear: 2026,
          measures: [
            {
              title: "Ausbildung von Gesundheitsmediatorinnen und -mediatoren (MiMi – Mit Migranten für Migranten)",
              responsible: EL_KMUT,
              partners: "Ethno-Medizinisches Zentrum e.V., Gesundheitsamt des Landkreises Emsland",
              startsOn: "2022-04-01",
              endsOn: "2022-12-31",
              budget: 15000,
              status: "done",
              notes: [{ notedOn: "2022-12-13", text: "Schulung abgeschlossen; die Mediatorinnen und Mediatoren haben ihre Zertifikate erhalten." }],
            },
            {
              title: "Informationsveranstaltungen zu Gesundheitssystem, Impfschutz und Kindergesundheit",
              responsible: EL_KMUT,
              partners: "Gesundheitsmediatorinnen und -mediatoren, Migrantenorganisationen, Familienzentren",
              startsOn: "2023-01-01",
              endsOn: "2026-12-31",
              budget: 8000,
              status: "in_progress",
              notes: [{ notedOn: "2024-07-02", text: "Veranstaltungen in Arabisch, Kurdisch, Russisch und Ukrainisch; gut besucht in Lingen und Papenburg." }],
            },
            {
              title: "Weiterer MiMi-Durchgang mit Schwerpunkt psychische Gesundheit",
              responsible: EL_KMUT,
              partners: "Ethno-Medizinisches Zentrum e.V., Sozialpsychiatrischer Dienst",
              startsOn: "2026-02-01",
              endsOn: "2026-11-30",
              budget: 12000,
              status: "planned",
            },
          ],
        },
      ],
    },
    {
      title: "Sport, Jugend und Freizeit",
      description: "Im Sportverein, im Jugendtreff und in der Freizeit entstehen Kontakte, die Integration tragen.",
      areaKey: "zusammenhalt",
      topics: ["sport", "youth", "culture"],
      goals: [
        {
          title: "Junge Zugewanderte finden Anschluss in Vereinen und Jugendarbeit",
          measures: [
            {
              title: "Integration im Sport: Vereine bei der Aufnahme neuer Mitglieder unterstützen",
              description: "Beratung zu Beiträgen, Versicherung und Ansprache; Übungsleitungen werden zu interkulturellen Fragen geschult.",
              responsible: EL_KMUT,
              partners: "KreisSportBund Emsland, Sportvereine",
              startsOn: "2022-05-01",
              endsOn: "2026-12-31",
              budget: 6000,
              status: "in_progress",
              notes: [{ notedOn: "2024-03-19", text: "Schulung für Übungsleitungen in Haren und Haselünne durchgeführt." }],
            },
            {
              title: "Gruppenangebote des Jugendmigrationsdienstes in den Ferien",
              responsible: "Jugendmigrationsdienst",
              partners: `${EL_KMUT}, Jugendpflege der Städte und Gemeinden`,
              startsOn: "2023-06-01",
              endsOn: "2025-08-31",
              status: "done",
              notes: [{ notedOn: "2025-08-29", text: "Drei Sommer mit Ferienangeboten; künftig in die Ferienprogramme der Gemeinden aufgenommen." }],
            },
            {
              title: "Kreisweites interkulturelles Sportfest",
              responsible: EL_KMUT,
              partners: "KreisSportBund Emsland",
              startsOn: "2023-03-01",
              endsOn: "2023-09-30",
              status: "dropped",
              notes: [{ notedOn: "2023-04-20", text: "Zugunsten dezentraler Angebote in den Vereinen aufgegeben: Die Wege im Landkreis sind für ein zentrales Fest zu weit." }],
            },
          ],
        },
      ],
    },
    {
      title: "Gleichstellung und interkulturelle Öffnung",
      description: "Vereine, Verbände und die Kommunalverwaltung öffnen sich interkulturell; Frauen mit Migrationsgeschichte erhalten gleiche Chancen.",
      areaKey: "oeffnung",
      topics: ["equality", "women", "discrimination"],
      goals: [
        {
          title: "Die Kommunalverwaltung ist interkulturell geöffnet",
          indicator: "Mitarbeitende aus Kreis- und Kommunalverwaltungen mit Teilnahme an einer Fortbildung zur interkulturellen Öffnung",
          targetValue: 150,
          targetYear: 2026,
          measures: [
            {
              title: "Fortbildungen zur interkulturellen Öffnung für Kreisverwaltung und Rathäuser",
              responsible: "Landkreis Emsland, Personalentwicklung",
              partners: EL_KMUT,
              startsOn: "2022-09-01",
              endsOn: "2026-12-31",
              budget: 10000,
              status: "in_progress",
              notes: [{ notedOn: "2025-02-25", text: "Auch Mitarbeitende aus den Rathäusern in Meppen und Werlte nehmen teil." }],
            },
          ],
        },
        {
          title: "Frauen mit Migrationsgeschichte nehmen gleichberechtigt teil",
          measures: [
            {
              title: "Sprach- und Begegnungscafés für Frauen mit Kinderbetreuung",
              responsible: "Gleichstellungsbeauftragte des Landkreises Emsland",
              partners: `${EL_KMUT}, Familienzentren, Migrantenorganisationen`,
              startsOn: "2023-02-01",
              endsOn: "2026-12-31",
              budget: 5000,
              status: "in_progress",
              notes: [{ notedOn: "2024-05-07", text: "Cafés in Lingen und Twist; ein drittes in Dörpen ist in Vorbereitung." }],
            },
            {
              title: "Zusammenarbeit mit Migrantenorganisationen: Förderung der Vereinsarbeit",
              responsible: EL_KMUT,
              partners: "Migrantenorganisationen",
              status: "idea",
            },
          ],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------
// Stadt Wolfsburg — Integrationskonzept Wolfsburg 2024–2028 (seed 004)
// ---------------------------------------------------------------------------

const WOB_IR = "Integrationsreferat";

const WOLFSBURG: DemoPlan = {
  tenant: "wolfsburg",
  title: "Integrationskonzept Wolfsburg 2024–2028",
  startsYear: 2024,
  endsYear: 2028,
  status: "adopted",
  fields: [
    {
      title: "Integrationsmanagement, Monitoring und datenbasierte Steuerung",
      description:
        "Das Integrationskonzept „Vielfalt leben“ ist die Basis für die agile Steuerung der Wolfsburger Integrationsarbeit. " +
        "Ein Integrationsmanagement mit Monitoringsystem schafft Transparenz über die Integrationsaktivitäten und steuert datenbasiert.",
      areaKey: "steuerung",
      topics: ["participation", "funding"],
      goals: [
        {
          title: "Die Integrationsaktivitäten in Wolfsburg sind transparent und werden anhand von Indikatoren gesteuert",
          indicator: "Anteil der Maßnahmen des Konzepts mit mindestens einem erhobenen Indikator (in Prozent)",
          targetValue: 100,
          targetYear: 2026,
          measures: [
            {
              title: "Monitoringsystem mit Indikatoren zu Bildung, Arbeit, Wohnen und Teilhabe",
              responsible: `${WOB_IR}, Integrationsmanagement`,
              partners: "Statistikstelle der Stadt Wolfsburg, Geschäftsbereiche der Stadtverwaltung",
              startsOn: "2024-01-01",
              endsOn: "2026-12-31",
              budget: 20000,
              status: "in_progress",
              notes: [
                { notedOn: "2024-09-10", text: "Indikatorenset mit den Geschäftsbereichen abgestimmt; erste Zeitreihen liegen vor." },
                { notedOn: "2025-06-24", text: "Abgleich mit den Indikatoren des Landesmonitorings begonnen." },
              ],
            },
            {
              title: "Integrationsbericht mit Handlungsempfehlungen veröffentlichen",
              description: "Der Bericht zeigt die Umsetzung der Integrationsvorhaben anhand von Indikatoren und formuliert Empfehlungen und weiterführende Herausforderungen.",
              responsible: `${WOB_IR}, Integrationsmanagement`,
              partners: "Geschäftsbereiche der Stadtverwaltung, Träger der Integrationsarbeit",
              startsOn: "2024-03-01",
              endsOn: "2026-06-30",
              budget: 8000,
              status: "in_progress",
              notes: [{ notedOn: "2025-04-15", text: "Datenteil fertig; Handlungsempfehlungen werden mit den Geschäftsbereichen abgestimmt." }],
            },
            {
              title: "Bilanz des Integrationskonzepts „Vielfalt leben“ 2021",
              description: "Bestandsaufnahme der Maßnahmen aus den vier Handlungsfeldern als Grundlage dieses Konzepts.",
              responsible: `${WOB_IR}, Integrationsmanagement`,
              startsOn: "2023-06-01",
              endsOn: "2024-03-31",
              status: "done",
              notes: [{ notedOn: "2024-03-26", text: "Bilanz im Fachausschuss vorgestellt; die Ergebnisse sind in die Handlungsfelder eingeflossen." }],
            },
          ],
        },
        {
          title: "Integrationsmaßnahmen von Vereinen und Initiativen werden verlässlich gefördert",
          measures: [
            {
              title: "Förderrichtlinien für Integrationsmaßnahmen und internationale Kulturvereine mit Online-Antrag",
              responsible: WOB_IR,
              startsOn: "2024-01-01",
              endsOn: "2024-12-31",
              status: "done",
              notes: [{ notedOn: "2024-11-12", text: "Beide Anträge können online gestellt werden; die Bearbeitung geht seitdem deutlich schneller." }],
            },
            {
              title: "Geförderte Maßnahmen nach ihrer Wirkung auswerten",
              responsible: WOB_IR,
              partners: "Geförderte Vereine und Initiativen",
              startsOn: "2025-01-01",
              endsOn: "2028-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2025-09-30", text: "Kurzer Wirkungsbogen im Verwendungsnachweis eingeführt." }],
            },
          ],
        },
      ],
    },
    {
      title: "Interkulturelle Stadtverwaltung",
      description:
        "Die „Interkulturelle Stadtverwaltung Wolfsburg“ ist ein Organisations- und Personalentwicklungsprozess, den die Geschäftsbereiche und Referate als Gemeinschaftsaufgabe wahrnehmen.",
      areaKey: "oeffnung",
      topics: ["equality", "work"],
      goals: [
        {
          title: "Alle Mitarbeitenden können interkulturelle Handlungskompetenzen erwerben",
          indicator: "Mitarbeitende mit Teilnahme an einem interkulturellen Training (Anzahl, kumuliert)",
          targetValue: 400,
          targetYear: 2028,
          measures: [
            {
              title: "Interkulturelle Trainings für alle Mitarbeitenden",
              responsible: `${WOB_IR}, Interkulturelle Stadtverwaltung`,
              partners: "Personalentwicklung der Stadt Wolfsburg",
              startsOn: "2024-01-01",
              endsOn: "2028-12-31",
              budget: 25000,
              status: "in_progress",
              notes: [{ notedOn: "2024-12-03", text: "Trainings laufen in allen Geschäftsbereichen; zusätzlich ein Angebot für Auszubildende." }],
            },
            {
              title: "Workshops zur Maßnahmenerarbeitung in den Geschäftsbereichen",
              responsible: `${WOB_IR}, Interkulturelle Stadtverwaltung`,
              partners: "Geschäftsbereiche und Referate",
              startsOn: "2024-04-01",
              endsOn: "2026-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2025-03-11", text: "Erste Geschäftsbereiche haben eigene Maßnahmen beschlossen, etwa mehrsprachige Formulare." }],
            },
          ],
        },
        {
          title: "Mehr Beschäftigte mit Zuwanderungsgeschichte in der Stadtverwaltung",
          indicator: "Anteil der neu eingestellten Auszubildenden mit Zuwanderungsgeschichte (in Prozent, freiwillige Angabe)",
          targetValue: 25,
          targetYear: 2028,
          measures: [
            {
              title: "Ausbildungsmarketing in Kulturvereinen und Migrantenorganisationen",
              responsible: "Personalentwicklung der Stadt Wolfsburg",
              partners: `${WOB_IR}, internationale Kulturvereine`,
              startsOn: "2026-01-01",
              endsOn: "2027-12-31",
              status: "planned",
            },
            {
              title: "Freiwillige Beschäftigtenbefragung zur Zuwanderungsgeschichte",
              responsible: "Personalentwicklung der Stadt Wolfsburg",
              partners: `${WOB_IR}, Personalrat`,
              status: "idea",
            },
          ],
        },
      ],
    },
    {
      title: "Ankommen, Flucht und Resettlement",
      description: "Operative Integrationsarbeit im Themenfeld „Flucht und Zuwanderung“: Geflüchtete und Neuzugewanderte finden Unterstützung, Wohnraum und Gesundheitsversorgung.",
      areaKey: "zugang",
      topics: ["arrival", "residence_law", "housing", "health"],
      goals: [
        {
          title: "Geflüchtete und Neuzugewanderte kommen gut an",
          measures: [
            {
              title: "Begleitung von Resettlement-Flüchtlingen in Farsi, Dari, Arabisch und Englisch",
              description: "Ansprechpersonen für die im Resettlement-Programm aufgenommenen Menschen: Ankommen, Wohnung, Leistungen, Integrationskurs.",
              responsible: `${WOB_IR}, Resettlement`,
              partners: "Jobcenter Wolfsburg, Migrationsberatungsstellen",
              startsOn: "2024-01-01",
              endsOn: "2028-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2025-05-20", text: "Aufnahme einer neuen Gruppe vorbereitet; Wohnungen und Erstausstattung stehen bereit." }],
            },
            {
              title: "Sozialpädagogische Arbeit in den Geflüchtetenunterkünften",
              responsible: `${WOB_IR}, Operative Integrationsarbeit`,
              partners: "Träger der Unterkünfte, Flüchtlingshilfe Wolfsburg e.V.",
              startsOn: "2024-01-01",
              endsOn: "2028-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2024-10-29", text: "Feste Sprechzeiten in allen Unterkünften eingeführt." }],
            },
            {
              title: "Step by Step: Ankommen schulpflichtiger Geflüchteter",
              description: "Übergang der Erfahrungen des Projekts in die Regelstrukturen der Schulen.",
              responsible: WOB_IR,
              partners: "Schulen, Geschäftsbereich Schule",
              startsOn: "2024-01-01",
              endsOn: "2024-12-31",
              status: "done",
              notes: [{ notedOn: "2024-12-17", text: "Projekt abgeschlossen; Arbeitshilfe für Schulen zur Aufnahme neu zugewanderter Kinder übergeben." }],
            },
          ],
        },
        {
          title: "Wohnen und Gesundheit sind für Zugewanderte zugänglich",
          indicator: "Geflüchtete, die aus Gemeinschaftsunterkünften in eigenen Wohnraum gezogen sind (Anteil pro Jahr, in Prozent)",
          targetValue: 30,
          targetYear: 2027,
          measures: [
            {
              title: "Broschüre „Wohnen ohne Sorgen“ überarbeiten und in weiteren Sprachen auflegen",
              responsible: `${WOB_IR}, Operative Integrationsarbeit`,
              partners: "Wohnungsgesellschaften, Mieterbund",
              startsOn: "2024-06-01",
              endsOn: "2025-03-31",
              budget: 6000,
              status: "done",
              notes: [{ notedOn: "2025-03-25", text: "Neuauflage erschienen, zusätzlich in Ukrainisch und Dari." }],
            },
            {
              title: "Gesundheitskonzept für Geflüchtete umsetzen",
              responsible: `${WOB_IR}, Operative Integrationsarbeit`,
              partners: "Gesundheitsamt, Klinikum Wolfsburg, Kassenärztliche Vereinigung",
              startsOn: "2024-03-01",
              endsOn: "2027-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2025-01-14", text: "Sprechstunden mit Sprachmittlung in zwei Unterkünften eingerichtet." }],
            },
          ],
        },
      ],
    },
    {
      title: "Kommunikation, Beratung und Netzwerke",
      description: "Kommunikations- und Schnittstellenmanagement mit Jobcenter, Migrationsberatungsstellen, Migrantenhilfsorganisationen und ehrenamtlichen Unterstützerkreisen; die Netzwerkarbeit ist wertschätzend und lösungsorientiert.",
      areaKey: "kommunikation",
      topics: ["participation", "women", "social_benefits"],
      goals: [
        {
          title: "Beratungsstellen und Unterstützerkreise arbeiten abgestimmt zusammen",
          measures: [
            {
              title: "Netzwerk Beratung und Unterstützung für Zugewanderte",
              responsible: `${WOB_IR}, Operative Integrationsarbeit`,
              partners: "Migrationsberatungsstellen, Jobcenter Wolfsburg, ehrenamtliche Unterstützerkreise",
              startsOn: "2024-01-01",
              endsOn: "2028-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2025-02-04", text: "Gemeinsame Übersicht der Sprechzeiten aller Beratungsstellen erstellt." }],
            },
            {
              title: "Netzwerk Frauen, Flucht und Zuwanderung",
              responsible: `${WOB_IR}, Operative Integrationsarbeit`,
              partners: "Diakonie, AWO, Frauenberatungsstellen, Gleichstellungsreferat",
              startsOn: "2024-01-01",
              endsOn: "2028-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2024-11-25", text: "Informationsveranstaltung zum Schutz vor Gewalt mit Sprachmittlung." }],
            },
          ],
        },
        {
          title: "Einwohnerinnen und Einwohner unterschiedlicher Herkunft finden individuelle Beratung",
          indicator: "Interkulturelle Beratungen im Integrationsreferat pro Jahr",
          targetValue: 1200,
          targetYear: 2028,
          measures: [
            {
              title: "Interkulturelle Beratung mit Online-Terminvergabe",
              responsible: WOB_IR,
              startsOn: "2025-01-01",
              endsOn: "2025-12-31",
              status: "in_progress",
              notes: [{ notedOn: "2025-07-08", text: "Terminvergabe online gestartet; offene Sprechstunde bleibt erhalten." }],
            },
            {
              title: "Moderation bei Konflikten in Nachbarschaften",
              responsible: WOB_IR,
              partners: "Wohnungsgesellschaften, Ortsräte",
              status: "idea",
            },
          ],
        },
      ],
    },
    {
      title: "Begegnung, Kultur und Das WEST",
      description:
        "Kulturelle Identitäten stärken – interkulturellen Dialog fördern: Gemeinsam mit den internationalen Kulturvereinen entstehen Gelegenheiten zur Begegnung. " +
        "Das WEST am Laagberg ist soziokultureller Begegnungsort, besonders für den Ortsratsbereich Mitte-West.",
      areaKey: "zusammenhalt",
      topics: ["culture", "participation", "sport"],
      goals: [
        {
          title: "Das WEST ist ein lebendiger Ort der Begegnung",
          indicator: "Regelmäßige Gruppen und Vereine mit Nutzung von Räumen im Das WEST",
          targetValue: 25,
          targetYear: 2027,
          measures: [
            {
              title: "Raumvergabe im Das WEST mit Online-Buchung",
              responsible: `${WOB_IR}, Das WEST`,
              partners: "Vereine und Gruppen",
              startsOn: "2025-10-01",
              endsOn: "2026-06-30",
              status: "planned",
            },
            {
              title: "Offene Angebote im Das WEST: Deutschkurse, Lernen am PC, internationale Gruppen",
              responsible: `${WOB_IR}, Das WEST`,
              partners: "Flüchtlingshilfe Wolfsburg e.V., AWO (Arbeit nach Maß), Diakonie, internationale Vereine",
              startsOn: "2024-01-01",
              endsOn: "2028-12-31",
              budget: 15000,
              status: "in_progress",
              notes: [{ notedOn: "2025-08-19", text: "Neue Gruppen für Töpfern und afrikanisches Trommeln; Lernen am PC zweimal wöchentlich." }],
            },
          ],
        },
        {
          title: "Vielfalt wird in der Stadtgesellschaft sichtbar gefeiert",
          measures: [
            {
              title: "Veranstaltungsreihe 50 Jahre Integrationsreferat: „Vielfalt leben – Demokratie stärken!“",
              responsible: WOB_IR,
              partners: "Internationale Kulturvereine, Kooperationspartnerinnen und -partner des Integrationsreferats",
              startsOn: "2024-01-01",
              endsOn: "2024-12-31",
              budget: 20000,
              status: "done",
              notes: [{ notedOn: "2024-12-10", text: "Reihe abgeschlossen; die Formate mit der größten Resonanz werden fortgeführt." }],
            },
            {
              title: "Weltflüchtlingstag jährlich mit Partnern gestalten",
              responsible: WOB_IR,
              partners: "Internationale Kulturvereine, Flüchtlingshilfe Wolfsburg e.V., Kirchengemeinden",
              startsOn: "2024-01-01",
              endsOn: "2028-12-31",
              budget: 5000,
              status: "in_progress",
              notes: [{ notedOn: "2025-06-20", text: "Weltflüchtlingstag 2025 mit Bühnenprogramm und Informationsständen." }],
            },
          ],
        },
      ],
    },
    {
      title: "Antirassismus und Antidiskriminierung",
      description: "Das Integrationsreferat leistet Antirassismus- und Antidiskriminierungsarbeit vor Ort.",
      topics: ["discrimination", "equality"],
      goals: [
        {
          title: "Diskriminierung wird gemeldet, dokumentiert und bearbeitet",
          measures: [
            {
              title: "Meldemöglichkeit für Diskriminierungsvorfälle, auch anonym",
              responsible: WOB_IR,
              partners: "Antidiskriminierungsberatung in Niedersachsen",
              startsOn: "2025-03-01",
              endsOn: "2026-02-28",
              status: "in_progress",
              notes: [{ notedOn: "2025-10-07", text: "Meldeformular abgestimmt; Datenschutzprüfung läuft." }],
            },
            {
              title: "Workshops zu Demokratie und Vielfalt an weiterführenden Schulen",
              responsible: WOB_IR,
              partners: "Schulen, Jugendförderung",
              startsOn: "2026-01-01",
              endsOn: "2027-07-31",
              budget: 8000,
              status: "planned",
            },
          ],
        },
      ],
    },
  ],
};

export const DEMO_PLANS: DemoPlan[] = [WILHELMSHAVEN, WILHELMSHAVEN_DRAFT, WESERMARSCH, EMSLAND, WOLFSBURG];
