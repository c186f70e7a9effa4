import { levelLabel, type MapUnderPackage, mapName, mapUnderPackage } from '../model/scenario-map';
import { CONTROL_LEVELS, type ControlLevel, type Package, type Scenario } from '../model/types';
import type { GameStoreState } from './game-store';

/** A scenario's map as the screens draw it: its words, and the map under any package. */
export interface ScenarioMapView {
  /** What the map shows, as in "Map of …" (mapName). */
  readonly name: string;
  /** Where the shading comes from and how rough it is, shown under the map. */
  readonly note: string;
  /** Every level a region can be at, in the legend's order, with what it means on this map. */
  readonly levels: readonly { readonly level: ControlLevel; readonly label: string }[];
  /**
   * The map as a package would leave it (mapUnderPackage): a draft may leave issues out; null
   * gives the map as it is today.
   */
  under(pkg: Package | null): MapUnderPackage;
}

const views = new WeakMap<Scenario, ScenarioMapView | null>();

/** The map of a scenario as the screens draw it; null for a scenario without a map. */
export function scenarioMapView(scenario: Scenario): ScenarioMapView | null {
  const known = views.get(scenario);
  if (known !== undefined) return known;
  const info = scenario.map;
  const view: ScenarioMapView | null = info
    ? {
        name: mapName(info),
        note: info.note,
        levels: CONTROL_LEVELS.map((level) => ({ level, label: levelLabel(info, level) })),
        under: (pkg) => mapUnderPackage(scenario, pkg) ?? new Map(),
      }
    : null;
  views.set(scenario, view);
  return view;
}

/** The map of the game's scenario (scenarioMapView); null for a scenario without a map. */
export const selectScenarioMap = (s: GameStoreState): ScenarioMapView | null =>
  scenarioMapView(s.model.scenario);
