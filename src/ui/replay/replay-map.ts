import type { GameState } from '../../model/game';
import type { Issue } from '../../model/types';
import type { ScenarioMapView } from '../../store/map-view';
import { h, replaceChildren } from '../dom';
import { type MapData, type PackageMapView, packageMap } from '../map';

/**
 * The map beside a replayed step: the regions of the territorial terms the step changed are
 * outlined, and a note says in words what is outlined, or why nothing is.
 */
export class ReplayMap {
  readonly element: HTMLElement;
  /** Null for a scenario without a map: the changed terms are then named in words only. */
  private readonly map: PackageMapView | null;
  private readonly note = h('p', { class: 'replay-map-note' });

  constructor(
    /** Every issue of the scenario, in its order. */
    private readonly issues: readonly Issue[],
    scenarioMap: ScenarioMapView | null,
    data: MapData,
  ) {
    this.map = packageMap(data, scenarioMap, {
      shows:
        'the package on the table is shaded, and the regions of the terms changed at this step outlined',
      legend: false,
    });
    this.element = h(
      'section',
      { class: 'replay-map card', 'aria-label': this.map ? 'Map' : 'What changed' },
      this.note,
      this.map?.element,
    );
  }

  show(state: GameState, changed: readonly Issue[]): void {
    if (!this.map) {
      replaceChildren(
        this.note,
        h('strong', {}, 'At this step: '),
        state.table === null
          ? 'nothing is on the table yet.'
          : changed.length > 0
            ? `the package changed on ${changed.map((issue) => issue.label).join('; ')}.`
            : 'the package on the table did not change.',
      );
      return;
    }
    this.map.showPackage(state.table, 'Under the package on the table at this step');
    const territorial = changed.filter((issue) => issue.regions.length > 0);
    if (territorial.length > 0) {
      const all = this.issues.filter((issue) => issue.regions.length > 0);
      this.say(
        'the map shades the package on the table; the regions of the terms this step changed are outlined.',
      );
      this.map.highlight(
        [...new Set(territorial.flatMap((issue) => issue.regions))],
        territorial.length === all.length
          ? 'Every territorial term'
          : territorial.map((issue) => issue.label).join('; '),
      );
      return;
    }
    this.map.highlight([], null);
    this.say(
      state.table === null
        ? 'nothing is on the table yet, so the map shows the regions as they are today.'
        : changed.length > 0
          ? 'this step changed no territorial term; the map shades the package on the table.'
          : 'the package on the table did not change at this step; the map shades it.',
    );
  }

  private say(text: string): void {
    replaceChildren(this.note, h('strong', {}, 'Map: '), text);
  }
}
