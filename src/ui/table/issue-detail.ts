import type { Issue, Package } from '../../model/types';
import type { ScenarioMapView } from '../../store/map-view';
import { h, replaceChildren } from '../dom';
import { type MapData, packageMap } from '../map';

/** The table's side panel: the map under a package, and what the issue in hand concerns. */
export interface IssueDetail {
  readonly element: HTMLElement;
  show(issue: Issue | null): void;
  /** Shades the map as it would be under `pkg` (the draft or the tabled package), saying which. */
  showPackage(pkg: Package | null, heading: string): void;
}

/**
 * For a scenario with a map (`scenarioMap`), the map shaded as under the package in hand, with
 * the issue's regions outlined; in every scenario, the issue and its options described in words.
 */
export function issueDetail(scenarioMap: ScenarioMapView | null, map: () => MapData): IssueDetail {
  const caption = h('p', { class: 'map-caption' });
  const description = h('p', {});
  const options = h('ul', { class: 'issue-options' });
  const describe = (issue: Issue | null) => {
    description.textContent =
      issue?.description ?? 'Choose an issue to read what it decides and its options.';
    replaceChildren(
      options,
      ...(issue?.options ?? []).map((o) =>
        h('li', {}, h('strong', {}, o.label), `: ${o.description}`),
      ),
    );
  };
  const view = packageMap(map(), scenarioMap, {
    shows:
      'the package’s territorial terms are shaded, and the regions of the chosen issue outlined',
    legend: true,
  });
  if (view) {
    describe(null);
    return {
      element: h('div', { class: 'issue-detail' }, view.element, description, options),
      show: (issue) => {
        view.highlight(issue?.regions ?? [], issue?.label ?? null);
        describe(issue);
      },
      showPackage: (pkg, heading) => view.showPackage(pkg, heading),
    };
  }
  const show = (issue: Issue | null) => {
    caption.textContent = issue?.label ?? 'The issues';
    describe(issue);
  };
  show(null);
  return {
    element: h('div', { class: 'issue-detail' }, caption, description, options),
    show,
    showPackage: () => undefined,
  };
}
