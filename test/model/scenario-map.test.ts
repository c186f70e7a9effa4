import { describe, expect, it } from 'vitest';
import {
  levelLabel,
  mapName,
  mapUnderPackage,
  NEUTRAL_LEVEL_LABELS,
} from '../../src/model/scenario-map';
import { parseScenario } from '../../src/model/scenario-schema';
import { builtInScenario } from '../../src/model/scenarios/index';
import type { Scenario } from '../../src/model/types';
import { COMPROMISE, RUSSIA_GIVES_EVERYTHING, UKRAINE_GIVES_EVERYTHING } from './fixtures';
import { errorsOf, raw, valid } from './raw-scenario';

/** A two-issue scenario on alaska-2025's numbers with a small map: inline, to read at a glance. */
function smallMap(): Scenario {
  const s = raw();
  s.map = {
    note: 'Shown roughly.',
    control: { north: 'largely', west: 'pockets' },
    terms: {
      east: {
        demilitarize: { north: 'demilitarized' },
        cede: { north: 'all', south: 'all' },
      },
      pockets: { return: { west: 'returned' } },
    },
  };
  s.issues[0].regions = ['north', 'south'];
  s.issues[1].regions = ['west'];
  for (const issue of s.issues.slice(2)) issue.regions = [];
  return valid(s);
}

/** Each region's level under a package, as a plain object to compare. */
const levels = (scenario: Scenario, pkg: Record<string, string> | null) =>
  Object.fromEntries(
    [...(mapUnderPackage(scenario, pkg)?.values() ?? [])].map((r) => [r.region, r.level]),
  );

describe('mapUnderPackage', () => {
  it('is null for a scenario without a map', () => {
    const warmUp = builtInScenario('silverrun-dam');
    expect(warmUp && mapUnderPackage(warmUp, null)).toBeNull();
  });

  it('gives every region its level today when no package is shown, changed by nothing', () => {
    const map = mapUnderPackage(smallMap(), null);
    expect([...(map?.values() ?? [])]).toEqual([
      { region: 'north', now: 'largely', level: 'largely', by: null },
      { region: 'west', now: 'pockets', level: 'pockets', by: null },
      // Not shaded today, but a term can change it.
      { region: 'south', now: null, level: null, by: null },
    ]);
  });

  it('sets each region a chosen option changes, and names the issue and option that set it', () => {
    const map = mapUnderPackage(smallMap(), { east: 'cede', pockets: 'return' });
    expect(map?.get('north')).toEqual({
      region: 'north',
      now: 'largely',
      level: 'all',
      by: { issue: 'east', option: 'cede' },
    });
    expect(map?.get('south')).toMatchObject({ now: null, level: 'all' });
    expect(map?.get('west')).toMatchObject({ now: 'pockets', level: 'returned' });
  });

  it('leaves the regions of an option without terms as they are today', () => {
    expect(levels(smallMap(), { east: 'hold', pockets: 'keep' })).toEqual(levels(smallMap(), null));
  });

  it('shows a draft: an issue it leaves out changes nothing', () => {
    expect(levels(smallMap(), { east: 'demilitarize' })).toEqual({
      north: 'demilitarized',
      west: 'pockets',
      south: null,
    });
  });

  it('ignores an option the issue does not have, whatever its name', () => {
    for (const option of ['annex', 'constructor', '__proto__', 'toString']) {
      expect(levels(smallMap(), { east: option })).toEqual(levels(smallMap(), null));
    }
  });

  it('keeps the regions in map order whatever the package', () => {
    const order = (pkg: Record<string, string> | null) => [
      ...(mapUnderPackage(smallMap(), pkg)?.keys() ?? []),
    ];
    expect(order({ pockets: 'return', east: 'cede' })).toEqual(order(null));
  });
});

describe('alaska-2025’s map under the canonical packages', () => {
  const scenario = builtInScenario('alaska-2025') as Scenario;

  it('shows the compromise demilitarising the east, returning the pockets and freezing the south', () => {
    expect(levels(scenario, COMPROMISE)).toMatchObject({
      donetsk: 'demilitarized',
      luhansk: 'demilitarized',
      kharkiv: 'returned',
      sumy: 'returned',
      dnipropetrovsk: 'returned',
      zaporizhia: 'largely',
      kherson: 'largely',
      crimea: 'mostly',
    });
  });

  it('shows Ukraine giving everything as the east and the south wholly held, the pockets kept', () => {
    expect(levels(scenario, UKRAINE_GIVES_EVERYTHING)).toMatchObject({
      donetsk: 'all',
      luhansk: 'all',
      zaporizhia: 'all',
      kherson: 'all',
      kharkiv: 'pockets',
    });
  });

  it('shows Russia giving everything as the line held, the pockets returned, a pullback in the south', () => {
    expect(levels(scenario, RUSSIA_GIVES_EVERYTHING)).toMatchObject({
      donetsk: 'largely',
      luhansk: 'mostly',
      kharkiv: 'returned',
      zaporizhia: 'partly',
      kherson: 'partly',
    });
  });

  it('has a legend label for every level its map uses, in its own words', () => {
    const map = scenario.map;
    if (!map) throw new Error('alaska-2025 has no map');
    const used = new Set([
      ...Object.values(map.control),
      ...Object.values(map.terms ?? {}).flatMap((options) =>
        Object.values(options).flatMap((regions) => Object.values(regions)),
      ),
    ]);
    for (const level of used) expect(map.levels?.[level], level).toBeDefined();
    expect(mapName(map)).toBe('Ukraine by region');
  });
});

describe('levelLabel and mapName', () => {
  it('fall back to words that fit any map', () => {
    const bare = { note: 'Roughly.', control: {} };
    expect(levelLabel(bare, 'mostly')).toBe(NEUTRAL_LEVEL_LABELS.mostly);
    expect(levelLabel({ ...bare, levels: { all: 'Flooded' } }, 'all')).toBe('Flooded');
    expect(mapName(bare)).toBe('the regions');
    for (const label of Object.values(NEUTRAL_LEVEL_LABELS)) {
      expect(label).not.toMatch(/Russia|Ukrain/);
    }
  });
});

describe('the scenario schema for a map', () => {
  it('accepts a map without name, levels or terms, as earlier files wrote it', () => {
    const s = raw();
    s.map = { note: s.map.note, control: s.map.control };
    expect(parseScenario(s)).toMatchObject({ ok: true });
  });

  it('refuses a level it does not know, naming the levels it does', () => {
    const s = raw();
    s.map.control.crimea = 'annexed';
    expect(errorsOf(parseScenario(s))[0]).toMatch(
      /^map\.control\.crimea: must be one of "all", "mostly", "largely", "partly", "pockets", "demilitarized", "returned"/,
    );
    const t = raw();
    t.map.terms.east.cede.donetsk = 'annexed';
    expect(errorsOf(parseScenario(t))[0]).toMatch(
      /^map\.terms\.east\.cede\.donetsk: must be one of/,
    );
  });

  it('refuses a legend label for a level it does not know, and an empty one', () => {
    const s = raw();
    s.map.levels.occupied = 'Occupied';
    expect(errorsOf(parseScenario(s)).length).toBeGreaterThan(0);
    const t = raw();
    t.map.levels.all = '';
    expect(errorsOf(parseScenario(t))).toEqual(['map.levels.all: must not be empty']);
  });

  it('refuses terms of an unknown issue or option', () => {
    const s = raw();
    s.map.terms.coast = { cede: { kherson: 'all' } };
    s.map.terms.east.partition = { donetsk: 'partly' };
    expect(errorsOf(parseScenario(s))).toEqual([
      'map.terms.east: unknown option "partition" of issue "east"',
      'map.terms.coast: unknown issue "coast"',
    ]);
  });

  it('refuses a term that changes a region its issue does not concern', () => {
    const s = raw();
    s.map.terms.east.cede.crimea = 'all';
    expect(errorsOf(parseScenario(s))).toEqual([
      'map.terms.east.cede: region "crimea" is not among the regions issue "east" concerns',
    ]);
  });

  it('refuses a region changed by two issues, so a package leaves it in one state', () => {
    const s = raw();
    s.map.terms.status = { recognized: { donetsk: 'all' } };
    expect(errorsOf(parseScenario(s))).toEqual([
      'map.terms.status.recognized: region "donetsk" is already changed by issue "east" (one issue only may change a region)',
    ]);
  });
});
