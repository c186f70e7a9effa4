import type { Choice, ScenarioModel } from '../model/compile';
import { type Concession, concessions } from '../model/concessions';
import { h } from './dom';

/** Concessions shown per leader. */
const SHOWN_CONCESSIONS = 2;

/**
 * What one leader gave up in a package (or would have, in one nobody signed): how many issues
 * it conceded, and the costliest two.
 */
export function concessionsOf(
  model: ScenarioModel,
  choice: Choice,
  party: number,
  signed: boolean,
): HTMLElement {
  const conceded = concessions(model, choice)[party]?.concessions ?? [];
  const count = model.issueIds.length;
  return h(
    'div',
    { class: 'conceded' },
    h(
      'p',
      { class: 'conceded-count' },
      conceded.length === 0
        ? `${signed ? 'Conceded' : 'Would concede'} on none of the ${count} issues.`
        : `${signed ? 'Conceded' : 'Would concede'} on ${conceded.length} of ${count} issues${conceded.length > SHOWN_CONCESSIONS ? `, the costliest ${SHOWN_CONCESSIONS}` : ''}:`,
    ),
    conceded.length > 0
      ? h(
          'ul',
          {},
          ...conceded
            .slice(0, SHOWN_CONCESSIONS)
            .map((c) => h('li', {}, ...concessionText(model, c, signed))),
        )
      : null,
  );
}

/** "Security guarantee: got “None”, wanted “NATO membership”". */
function concessionText(model: ScenarioModel, c: Concession, signed: boolean): (Node | string)[] {
  const issue = model.scenario.issues.find((i) => i.id === c.issue);
  const label = (id: string) => issue?.options.find((o) => o.id === id)?.label ?? id;
  return [
    h('strong', {}, issue?.label ?? c.issue),
    `: ${signed ? 'got' : 'would get'} “${label(c.option)}”, wanted “${label(c.favourite)}”`,
  ];
}
