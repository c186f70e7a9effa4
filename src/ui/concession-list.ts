import type { Concession } from '../model/concessions';
import type { Scenario } from '../model/types';
import { h } from './dom';

/** Concessions shown per leader. */
const SHOWN_CONCESSIONS = 2;

/**
 * What one leader gave up in a package (or would have, in one nobody signed): how many issues
 * it conceded, and the costliest two.
 */
export function concessionsOf(
  scenario: Scenario,
  conceded: readonly Concession[],
  signed: boolean,
): HTMLElement {
  const count = scenario.issues.length;
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
            .map((c) => h('li', {}, ...concessionText(scenario, c, signed))),
        )
      : null,
  );
}

/**
 * "Security guarantee: got None, wanted NATO membership", the options in italics: they are the
 * game's names for the terms, not anybody's words, so they go without quotation marks.
 */
function concessionText(scenario: Scenario, c: Concession, signed: boolean): (Node | string)[] {
  const issue = scenario.issues.find((i) => i.id === c.issue);
  const label = (id: string) => issue?.options.find((o) => o.id === id)?.label ?? id;
  return [
    h('strong', {}, issue?.label ?? c.issue),
    `: ${signed ? 'got' : 'would get'} `,
    h('em', {}, label(c.option)),
    ', wanted ',
    h('em', {}, label(c.favourite)),
  ];
}
