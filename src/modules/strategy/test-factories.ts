/** A small questionnaire template for the tests: three areas, every kind of question, translations in English only. */
import { LOCALES } from "../../core/i18n.ts";
import type { SourceText, TemplateSource } from "./model.ts";

/** German text, its English translation, the others missing (empty). */
const txt = (de: string, en = `${de} (en)`): SourceText => Object.fromEntries(LOCALES.map((l) => [l, l === "de" ? de : l === "en" ? en : ""])) as SourceText;
const scale = ["gar nicht", "wenig", "teils", "weitgehend", "voll"].map((de) => txt(de));
const bands = [
  { upTo: 40, text: txt("Fangen Sie mit einer Ansprechperson an.") },
  { upTo: 70, text: txt("Verstetigen Sie, was schon läuft.") },
  { upTo: 100, text: txt("Teilen Sie Ihre Erfahrungen mit anderen.") },
];

export const TEST_TEMPLATE: TemplateSource = {
  key: "test-selfcheck",
  kind: "selfcheck",
  title: txt("Selbstcheck Test"),
  description: txt("Ein kleiner Fragebogen für die Tests."),
  areas: [
    {
      key: "steuerung",
      title: txt("Management und Steuerung", "Management and steering"),
      intro: txt("Wie Integration gesteuert wird."),
      bands,
      questions: [
        { key: "s-leitbild", type: "scale", text: txt("Es gibt ein Leitbild."), required: true, scale: { points: 5, labels: scale } },
        { key: "s-stelle", type: "single", text: txt("Gibt es eine Koordinierungsstelle?"), options: [{ key: "ja", label: txt("ja"), score: 100 }, { key: "nein", label: txt("nein"), score: 0 }, { key: "geplant", label: txt("geplant"), score: null }] },
        { key: "s-stellen", type: "number", text: txt("Wie viele Stellen?"), weight: 0, number: { min: 0, max: 100, unit: txt("Stellen") } },
      ],
    },
    {
      key: "oeffnung",
      title: txt("Interkulturelle Öffnung"),
      bands,
      questions: [
        { key: "o-schulung", type: "scale", text: txt("Mitarbeitende werden geschult."), scale: { points: 5, labels: scale } },
        { key: "o-angebote", type: "multiple", text: txt("Welche Angebote gibt es?"), options: [{ key: "a", label: txt("Dolmetschen"), score: 50 }, { key: "b", label: txt("Mehrsprachige Formulare"), score: 50 }, { key: "c", label: txt("Sonstiges"), score: null }] },
      ],
    },
    {
      key: "zusammenhalt",
      title: txt("Zusammenhalt und Begegnung"),
      bands,
      questions: [
        { key: "z-orte", type: "scale", text: txt("Es gibt Orte der Begegnung."), scale: { points: 5, labels: scale } },
        { key: "z-frei", type: "text", text: txt("Was fehlt?"), weight: 0, dontKnow: false },
      ],
    },
  ],
};
