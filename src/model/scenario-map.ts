import type { ControlLevel, MapInfo, Package, Scenario } from './types';

/** One region of a scenario's map, as it is today and as a package would leave it. */
export interface RegionUnderPackage {
  /** The region's id in the game's map outline. */
  readonly region: string;
  /** Its level today (the map's `control`), or null where it is not shaded. */
  readonly now: ControlLevel | null;
  /** Its level under the package: the level its option sets, or else its level today. */
  readonly level: ControlLevel | null;
  /** The issue and option of the package that set `level`; null where none changes the region. */
  readonly by: { readonly issue: string; readonly option: string } | null;
}

/** Every region a scenario's map shades or a term may change, by region id, in map order. */
export type MapUnderPackage = ReadonlyMap<string, RegionUnderPackage>;

const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * The map as a package would leave it: each region at the level the map's `terms` give it under
 * the option the package chooses for the issue that concerns it, or else at its level today.
 * Regions: those the map's `control` shades, in file order, then those its terms name, in issue
 * order. A package may be partial (a draft): an issue it leaves out, or an option the terms do
 * not list, changes nothing; `null` gives the map as it is today. Null for a scenario without a
 * map. The levels are the scenario's qualitative approximation (its map's `note`), not a survey.
 */
export function mapUnderPackage(scenario: Scenario, pkg: Package | null): MapUnderPackage | null {
  const map = scenario.map;
  if (!map) return null;
  const regions = new Map<string, RegionUnderPackage>();
  const today = (region: string) => own(map.control, region) ?? null;
  for (const region of Object.keys(map.control)) {
    regions.set(region, { region, now: today(region), level: today(region), by: null });
  }
  for (const issue of scenario.issues) {
    const options = own(map.terms, issue.id);
    if (!options) continue;
    for (const region of Object.values(options).flatMap((changes) => Object.keys(changes))) {
      if (!regions.has(region)) regions.set(region, { region, now: null, level: null, by: null });
    }
    const option = pkg ? own(pkg, issue.id) : undefined;
    const changes = option === undefined ? undefined : own(options, option);
    if (option === undefined || !changes) continue;
    for (const [region, level] of Object.entries(changes)) {
      regions.set(region, { region, now: today(region), level, by: { issue: issue.id, option } });
    }
  }
  return regions;
}

/** The legend's words for a level where a scenario's map gives none: they fit any map. */
export const NEUTRAL_LEVEL_LABELS: Readonly<Record<ControlLevel, string>> = {
  all: 'Held wholly by the other side',
  mostly: 'Mostly held by the other side',
  largely: 'Largely held by the other side',
  partly: 'Partly held by the other side',
  pockets: 'Small pockets held by the other side',
  demilitarized: 'Demilitarised zone',
  returned: 'Returned',
};

/** What a level means on a scenario's map: its `levels` label, or the neutral one. */
export function levelLabel(map: MapInfo, level: ControlLevel): string {
  return own(map.levels, level) ?? NEUTRAL_LEVEL_LABELS[level];
}

/** What the map shows, as in "Map of …": its `name`, or "the regions". */
export function mapName(map: MapInfo): string {
  return map.name ?? 'the regions';
}

/**
 * A map's terms name an issue, one of its options, and regions that issue concerns (its
 * `regions`): an option can only change the map where its issue applies. Only one issue may
 * change a region, so that a package leaves each region in one state.
 */
export function mapTermErrors(s: Scenario): string[] {
  const errors: string[] = [];
  const changedBy = new Map<string, string>();
  for (const [issueId, options] of Object.entries(s.map?.terms ?? {})) {
    const where = `map.terms.${issueId}`;
    const issue = s.issues.find((i) => i.id === issueId);
    if (!issue) {
      errors.push(`${where}: unknown issue "${issueId}"`);
      continue;
    }
    for (const [optionId, regions] of Object.entries(options)) {
      if (!issue.options.some((o) => o.id === optionId)) {
        errors.push(`${where}: unknown option "${optionId}" of issue "${issueId}"`);
        continue;
      }
      for (const region of Object.keys(regions)) {
        const other = changedBy.get(region);
        if (!issue.regions.includes(region)) {
          errors.push(
            `${where}.${optionId}: region "${region}" is not among the regions issue "${issueId}" concerns`,
          );
        } else if (other !== undefined && other !== issueId) {
          errors.push(
            `${where}.${optionId}: region "${region}" is already changed by issue "${other}" (one issue only may change a region)`,
          );
        } else changedBy.set(region, issueId);
      }
    }
  }
  return errors;
}
