/**
 * Demo figures of the monitoring: eight indicators in the shape of the Land's
 * integration monitoring, 2014–2024, for the Land and the four seed
 * municipalities. INVENTED numbers (a seeded trend with noise), labelled as
 * such in every source line; they go through the same import as real Open
 * SDG files, so the demo exercises the real path.
 */
import type { Db } from "../../core/db/index.ts";
import { systemActor } from "../../core/audit.ts";
import { seeded } from "../../core/random.ts";
import type { TenantRef } from "../../web/context.ts";
import { eq } from "drizzle-orm";
import { importOpenSdg, setTarget } from "./monitoring.ts";
import type { OpenSdgImport, ParsedMeta, ParsedRow } from "./opensdg.ts";
import { indicators } from "./schema.ts";

const SOURCE = "Demo-Daten: erfundene Werte in der Form des Integrationsmonitorings des Landesamts für Statistik Niedersachsen";
const AREAS: { ags: string; geoCode: string; name: string; level: number }[] = [
  { ags: "03", geoCode: "K030", name: "Niedersachsen", level: 1 },
  { ags: "03405", geoCode: "K03405", name: "Wilhelmshaven, Stadt", level: 1.08 },
  { ags: "03461", geoCode: "K03461", name: "Wesermarsch", level: 0.82 },
  { ags: "03454", geoCode: "K03454", name: "Emsland", level: 0.9 },
  { ags: "03103", geoCode: "K03103", name: "Wolfsburg, Stadt", level: 1.35 },
];

interface DemoIndicator {
  id: string;
  name: string;
  definition: string;
  calculation: string;
  unit: string;
  direction: "up" | "down" | "none";
  /** Land value in 2014, and its change per year. */
  start: number;
  slope: number;
  decimals: number;
}

const INDICATORS: DemoIndicator[] = [
  { id: "1-2", name: "Anteil der ausländischen Bevölkerung", definition: "Personen ohne deutsche Staatsangehörigkeit an der Bevölkerung insgesamt.", calculation: "Ausländische Bevölkerung am 31.12. / Bevölkerung am 31.12. × 100", unit: "Prozent", direction: "none", start: 7.1, slope: 0.45, decimals: 1 },
  { id: "2-1", name: "Betreuungsquote ausländischer Kinder unter drei Jahren", definition: "Anteil der ausländischen Kinder unter drei Jahren in Kindertagesbetreuung.", calculation: "Ausländische Kinder unter 3 Jahren in Tagesbetreuung / ausländische Kinder unter 3 Jahren × 100", unit: "Prozent", direction: "up", start: 12.5, slope: 0.9, decimals: 1 },
  { id: "3-1", name: "Ausländische Schulabgängerinnen und -abgänger ohne Hauptschulabschluss", definition: "Anteil der ausländischen Abgängerinnen und Abgänger allgemeinbildender Schulen ohne Hauptschulabschluss.", calculation: "Abgänge ohne Hauptschulabschluss / alle Abgänge (jeweils ausländisch) × 100", unit: "Prozent", direction: "down", start: 15.2, slope: -0.25, decimals: 1 },
  { id: "4-1", name: "Beschäftigungsquote ausländischer Personen", definition: "Sozialversicherungspflichtig Beschäftigte mit ausländischer Staatsangehörigkeit je 100 ausländische Personen von 15 bis unter 65 Jahren.", calculation: "Beschäftigte (ausländisch, 30.6.) / ausländische Bevölkerung 15–64 × 100", unit: "Prozent", direction: "up", start: 38.0, slope: 1.1, decimals: 1 },
  { id: "4-2", name: "Arbeitslosenquote ausländischer Personen", definition: "Arbeitslose mit ausländischer Staatsangehörigkeit, bezogen auf die ausländischen zivilen Erwerbspersonen.", calculation: "Arbeitslose (ausländisch, Jahresdurchschnitt) / ausländische zivile Erwerbspersonen × 100", unit: "Prozent", direction: "down", start: 15.8, slope: -0.3, decimals: 1 },
  { id: "5-1", name: "Einbürgerungen je 1.000 ausländische Einwohnerinnen und Einwohner", definition: "Einbürgerungen im Jahr je 1.000 Personen ohne deutsche Staatsangehörigkeit.", calculation: "Einbürgerungen / ausländische Bevölkerung am 31.12. des Vorjahres × 1.000", unit: "je 1.000", direction: "up", start: 14.0, slope: 0.6, decimals: 1 },
  { id: "6-1", name: "SGB-II-Quote ausländischer Personen", definition: "Leistungsberechtigte nach dem SGB II mit ausländischer Staatsangehörigkeit je 100 ausländische Personen unter der Regelaltersgrenze.", calculation: "Leistungsberechtigte (ausländisch) / ausländische Bevölkerung unter Regelaltersgrenze × 100", unit: "Prozent", direction: "down", start: 21.0, slope: -0.2, decimals: 1 },
  { id: "7-1", name: "Anteil ausländischer Auszubildender", definition: "Auszubildende mit ausländischer Staatsangehörigkeit an allen Auszubildenden.", calculation: "Ausländische Auszubildende am 31.12. / Auszubildende insgesamt × 100", unit: "Prozent", direction: "up", start: 5.3, slope: 0.55, decimals: 1 },
];

/** The demo indicators as if parsed from Open SDG files. */
export function demoOpenSdg(years: readonly number[] = Array.from({ length: 11 }, (_, i) => 2014 + i)): OpenSdgImport {
  const next = seeded(4711);
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  const files = INDICATORS.map((ind) => {
    let line = 1;
    const rows: ParsedRow[] = [];
    for (const area of AREAS) {
      // The areas differ by a factor around the Land's level; the noise is the same size for all.
      const factor = ind.direction === "none" || ind.id === "7-1" ? area.level : ind.direction === "down" ? area.level : 2 - area.level;
      for (const [k, year] of years.entries()) {
        const value = round(Math.max(0, (ind.start + ind.slope * k) * factor + (next() - 0.5) * ind.start * 0.06), ind.decimals);
        rows.push({ line: ++line, year, period: String(year), breakdown: {}, unit: ind.unit, geoCode: area.geoCode, ags: area.ags, value });
      }
    }
    return { file: `data/indicator_${ind.id}.csv`, id: ind.id, breakdownColumns: [], rows, emptyValues: 0, errors: [] };
  });
  const meta = INDICATORS.map(
    (ind): ParsedMeta & { file: string } => ({
      file: `meta/${ind.id}.md`,
      id: ind.id,
      name: ind.name,
      number: ind.id.replace("-", "."),
      description: ind.definition,
      definition: ind.definition,
      calculation: ind.calculation,
      source: SOURCE,
      sourceUrl: "https://www.statistik.niedersachsen.de/",
      unit: ind.unit,
      footnote: "",
      graphType: "line",
      decimals: ind.decimals,
      reportingStatus: "complete",
      body: "",
      raw: {},
      warnings: [],
    }),
  );
  return { files, meta, translations: new Map(), problems: [] };
}

/** The Land's demo figures, the directions of its indicators, and Wilhelmshaven's targets. */
export async function seedIndicators(db: Db, land: TenantRef, wilhelmshaven?: TenantRef): Promise<number> {
  const actor = systemActor("Demo");
  const report = await importOpenSdg(db, land, actor, demoOpenSdg());
  for (const ind of INDICATORS) await db.update(indicators).set({ direction: ind.direction }).where(eq(indicators.key, ind.id));
  if (wilhelmshaven) {
    const byKey = new Map((await db.select({ id: indicators.id, key: indicators.key }).from(indicators).where(eq(indicators.tenantId, land.id))).map((i) => [i.key, i.id]));
    const targets: [string, number, number][] = [["2-1", 25, 2025], ["3-1", 10, 2025], ["4-1", 55, 2026], ["7-1", 9, 2025]];
    for (const [key, value, year] of targets) {
      const id = byKey.get(key);
      if (id) await setTarget(db, { tenant: wilhelmshaven, actor }, id, { value, year });
    }
  }
  return report.files.reduce((n, f) => n + f.imported, 0);
}
