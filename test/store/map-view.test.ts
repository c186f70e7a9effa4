import { describe, expect, it } from 'vitest';
import { mapUnderPackage, NEUTRAL_LEVEL_LABELS } from '../../src/model/scenario-map';
import { builtInScenario } from '../../src/model/scenarios';
import { CONTROL_LEVELS, type Scenario } from '../../src/model/types';
import { createGameStore } from '../../src/store/game-store';
import { scenarioMapView, selectScenarioMap } from '../../src/store/map-view';
import { COMPROMISE } from '../canonical-packages';

const alaska = builtInScenario('alaska-2025') as Scenario;

describe('scenarioMapView', () => {
  it('names the map and every level in the legend’s order, in the scenario’s own words', () => {
    const view = scenarioMapView(alaska);
    expect(view?.name).toBe('Ukraine by region');
    expect(view?.note).toBe(alaska.map?.note);
    expect(view?.levels.map((l) => l.level)).toEqual(CONTROL_LEVELS);
    expect(view?.levels.find((l) => l.level === 'mostly')?.label).toBe('Mostly Russian-held');
  });

  it('falls back on neutral words for levels a map does not name, and on “the regions”', () => {
    const map = alaska.map;
    if (!map) throw new Error('the scenario has a map');
    const { levels: _levels, name: _name, ...plain } = map;
    const view = scenarioMapView({ ...alaska, map: plain });
    expect(view?.name).toBe('the regions');
    expect(view?.levels.map((l) => l.label)).toEqual(
      CONTROL_LEVELS.map((l) => NEUTRAL_LEVEL_LABELS[l]),
    );
  });

  it('shades the map as a package would leave it, and as it is today without one', () => {
    const view = scenarioMapView(alaska);
    expect(view?.under(COMPROMISE)).toEqual(mapUnderPackage(alaska, COMPROMISE));
    expect(view?.under(null)).toEqual(mapUnderPackage(alaska, null));
  });

  it('is null for a scenario without a map, and serves the game’s scenario', () => {
    const warmUp = builtInScenario('silverrun-dam') as Scenario;
    expect(warmUp.map).toBeUndefined();
    expect(scenarioMapView(warmUp)).toBeNull();
    const store = createGameStore(alaska, { seed: 1, difficulty: 'easy' });
    expect(selectScenarioMap(store.getState())).toBe(scenarioMapView(alaska));
  });
});
