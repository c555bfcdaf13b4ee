/**
 * The content of an integration report (Integrationsbericht) as the HTML page
 * and the PDF render it: every text already in the reader's language and
 * every number already formatted, charts as standalone SVG. Built by
 * report.ts from the stored report and the modules' counts; rendered by
 * views/report.tsx (HTML) and report-pdf.ts (Typst).
 */
import type { Locale } from "../../core/i18n.ts";

export type Light = "green" | "yellow" | "red" | "none";

export interface ReportTable {
  caption: string;
  header: string[];
  rows: string[][];
}

export interface ReportIndicator {
  key: string;
  name: string;
  /** e.g. "Prozent"; empty when the figure has no unit. */
  unit: string;
  light: Light;
  /** The traffic light in words ("Ziel erreicht", "in die richtige Richtung, aber hinter dem Ziel" …). */
  lightText: string;
  /** The municipality's latest value, formatted, with its year ("12,4 % (2023)"); "–" without data. */
  latest: string;
  /** "20 % bis 2025", or null without a target. */
  target: string | null;
  /** Line chart (municipality, Land, target) as a standalone SVG document; null without data. */
  chartSvg: string | null;
  /** The chart's figures. */
  table: ReportTable;
}

export interface ReportSelfcheck {
  round: string;
  /** "26 Antworten" or the like. */
  responses: string;
  chartSvg: string | null;
  areas: { title: string; score: string; change: string | null; suggestion: string }[];
}

export interface ReportPlan {
  title: string;
  /** "2020–2025". */
  period: string;
  /** Measures by status, e.g. { label: "in Umsetzung", count: 12 }. */
  byStatus: { label: string; count: number }[];
  /** Per field of action: its measures by status (same labels, in the same order). */
  fields: { title: string; counts: number[] }[];
}

export interface ReportActivity {
  /** The module, e.g. "Veranstaltungen", "Sprachmittlung". */
  title: string;
  items: { label: string; value: string }[];
  table?: ReportTable;
}

export interface ReportContent {
  lang: Locale;
  dir: "ltr" | "rtl";
  /** "Integrationsbericht 2025". */
  title: string;
  /** The municipality. */
  tenant: string;
  year: number;
  /** "Veröffentlicht am 3. März 2026" or "Entwurf vom …". */
  status: string;
  /** Headings and fixed words in the reader's language. */
  labels: {
    contents: string;
    summary: string;
    indicators: string;
    selfcheck: string;
    plan: string;
    activities: string;
    recommendations: string;
    annex: string;
    target: string;
    latest: string;
    definition: string;
    calculation: string;
    source: string;
    page: string;
    noData: string;
  };
  /** Edited texts: paragraphs separated by blank lines, plain text (no markup). */
  summary: string;
  recommendations: string;
  indicators: ReportIndicator[];
  selfcheck: ReportSelfcheck | null;
  plan: ReportPlan | null;
  activities: ReportActivity[];
  annex: { name: string; definition: string; calculation: string; source: string; sourceUrl: string | null }[];
}
