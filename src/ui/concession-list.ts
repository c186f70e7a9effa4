import type { Choice, ScenarioModel } from '../model/compile';
import { type Concession, concessions } from '../model/concessions';
import type { Party } from '../model/types';
import { h, styled } from './dom';

/** Concessions shown per leader. */
const SHOWN_CONCESSIONS = 2;

const leader = (party: Party) => `${party.leader.title} ${party.leader.name}`;

/**
 * What each leader gave up in a package (or would have, in one nobody signed), the costliest
 * issues first, one leader per row so that each sits beside that leader's row of the chart.
 */
export function concessionList(
  model: ScenarioModel,
  choice: Choice | null,
  signed: boolean,
  rows: { readonly top: number; readonly height: number },
): HTMLElement {
  const heading = h(
    'h2',
    { id: 'conceded-heading' },
    signed ? 'What each side gave up' : 'What each side would have given up',
  );
  if (!choice) {
    return h(
      'section',
      { class: 'outcome-conceded', 'aria-labelledby': 'conceded-heading' },
      heading,
      h('p', { class: 'note' }, 'No package was tabled, so there are no terms to compare.'),
    );
  }
  const byParty = concessions(model, choice);
  return h(
    'section',
    { class: 'outcome-conceded', 'aria-labelledby': 'conceded-heading' },
    heading,
    h(
      'p',
      { class: 'note' },
      signed
        ? 'In the signed package. The two costliest for each:'
        : 'In the last tabled package, which nobody signed. The two costliest for each:',
    ),
    styled(
      h(
        'ul',
        { class: 'conceded-rows' },
        ...model.scenario.parties.map((party, p) => {
          const conceded = byParty[p]?.concessions ?? [];
          const count = model.issueIds.length;
          const row = h(
            'li',
            {},
            h(
              'h3',
              {},
              conceded.length === 0
                ? `${leader(party)} concedes on none of the ${count} issues`
                : `${leader(party)} concedes on ${conceded.length} of ${count} issues`,
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
          return styled(row, { height: `${rows.height}px` });
        }),
      ),
      { top: `${rows.top}px` },
    ),
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
