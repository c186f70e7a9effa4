import type { Issue, Scenario } from '../../model/types';
import { h, replaceChildren } from '../dom';
import { buildMap, type MapData, mapTitle } from '../map';

/** The table's side panel: what the issue under the pointer or focus concerns. */
export interface IssueDetail {
  readonly element: HTMLElement;
  show(issue: Issue | null): void;
}

/**
 * The map with the issue's regions outlined, for a scenario that has a map; otherwise the
 * issue and its options described in words.
 */
export function issueDetail(scenario: Scenario, map: () => MapData): IssueDetail {
  const caption = h('p', { class: 'map-caption' });
  const description = h('p', {});
  const options = h('ul', { class: 'issue-options' });
  const describe = (issue: Issue | null) => {
    description.textContent =
      issue?.description ?? 'Point at or choose an issue to read what it decides and its options.';
    replaceChildren(
      options,
      ...(issue?.options ?? []).map((o) =>
        h('li', {}, h('strong', {}, o.label), `: ${o.description}`),
      ),
    );
  };
  if (scenario.map) {
    const view = buildMap(map(), {
      title: mapTitle(scenario.map, 'the regions of the chosen issue are outlined'),
      info: scenario.map,
      legend: false,
    });
    describe(null);
    return {
      element: h('div', { class: 'issue-detail' }, view.element, description, options),
      show: (issue) => {
        view.highlight(issue?.regions ?? [], issue?.label ?? null);
        describe(issue);
      },
    };
  }
  const show = (issue: Issue | null) => {
    caption.textContent = issue?.label ?? 'The issues';
    describe(issue);
  };
  show(null);
  return { element: h('div', { class: 'issue-detail' }, caption, description, options), show };
}
