/**
 * Target groups of offers and events, one catalogue for every module, so
 * that the Wegweiser and the Veranstaltungen can be filtered and counted
 * alike. Labels: `directory.target.<key>`.
 */
export const TARGET_GROUPS = [
  "newcomers",
  "refugees",
  "resettlement",
  "eu_citizens",
  "families",
  "parents",
  "children",
  "young_people",
  "women",
  "seniors",
  "associations",
  "volunteers",
  "professionals",
  "public_administration",
  "everyone",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
