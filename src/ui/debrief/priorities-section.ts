import type { Party, Rationale, Scenario } from '../../model/types';
import { h, styled } from '../dom';
import { issueLabel, optionLabel } from '../table/describe';
import type { DebriefFacts } from './facts';
import { points } from './facts';

const BASIS: Readonly<Record<Rationale['basis'], string>> = {
  reported: 'Reported',
  assumption: 'Assumption',
  'game-mechanic': 'Game mechanic',
};

/**
 * "Reported — …": the basis of a choice, with its citation note when it has one. The note is a
 * paraphrase, shown as written: quotation marks only where it quotes a recorded quote.
 */
function basisText(r: Rationale): (Node | string)[] {
  const lead = r.basis === 'reported' ? ' — ' : ' — drawing on what was reported: ';
  return [
    h('span', { class: 'basis' }, BASIS[r.basis]),
    r.cite ? h('span', { class: 'cite' }, `${lead}${r.cite.note}`) : '',
  ];
}

/** One leader's weights, most important first, each with its reason and its basis. */
function weightsTable(scenario: Scenario, party: Party): HTMLTableElement {
  const total = scenario.issues.reduce((sum, i) => sum + (party.priorities[i.id]?.weight ?? 0), 0);
  const rows = scenario.issues
    .map((issue, order) => ({ issue, order, priority: party.priorities[issue.id] }))
    .filter((r) => r.priority !== undefined)
    // Array.prototype.sort is stable: equal weights keep scenario order.
    .sort((a, b) => (b.priority?.weight ?? 0) - (a.priority?.weight ?? 0));
  return h(
    'table',
    { class: 'debrief-weights', 'aria-labelledby': `debrief-leader-${party.id}` },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Issue'),
        h('th', { scope: 'col', class: 'num' }, 'Weight'),
        h('th', { scope: 'col' }, 'Why'),
        h('th', { scope: 'col' }, 'Basis and source'),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map(({ issue, priority }) => {
        const share = total > 0 ? Math.round((100 * (priority?.weight ?? 0)) / total) : 0;
        return h(
          'tr',
          {},
          h('th', { scope: 'row' }, issue.label),
          h(
            'td',
            { class: 'num' },
            styled(h('span', { class: 'share-bar', 'aria-hidden': 'true' }), {
              width: `${share * 1.6}px`,
            }),
            `${share}%`,
          ),
          h('td', {}, priority?.why ?? ''),
          h('td', { class: 'basis-cell' }, ...(priority ? basisText(priority) : [])),
        );
      }),
    ),
  );
}

/** Section 2: the hidden priorities revealed, leader by leader. */
export function prioritiesSection(facts: DebriefFacts): HTMLElement {
  const scenario = facts.model.scenario;
  return h(
    'section',
    {
      class: 'debrief-section debrief-priorities',
      id: 'debrief-priorities',
      'aria-labelledby': 'debrief-priorities-heading',
    },
    h('h2', { id: 'debrief-priorities-heading', tabindex: '-1' }, 'Hidden priorities revealed'),
    h(
      'p',
      { class: 'debrief-intro' },
      'Hidden during the talks. Weight: the share of a leader’s 100 points an issue carries. “Reported” rests on the news report; “Assumption” and “Game mechanic” are the designers’ choices.',
    ),
    ...scenario.parties.map((party, p) => {
      const noDeal = facts.noDeal[p] ?? party.reservationValue.value;
      const shift = noDeal - party.reservationValue.value;
      const lever = party.lever;
      return h(
        'article',
        { class: 'debrief-leader', 'aria-labelledby': `debrief-leader-${party.id}` },
        h(
          'h3',
          { id: `debrief-leader-${party.id}` },
          `${party.country} `,
          h('span', { class: 'leader-name' }, `— ${party.leader.title} ${party.leader.name}`),
        ),
        weightsTable(scenario, party),
        h(
          'dl',
          { class: 'debrief-facts' },
          h(
            'div',
            { class: 'fact' },
            h('dt', {}, 'No-deal value'),
            h(
              'dd',
              {},
              `${party.reservationValue.value} of 100`,
              shift === 0
                ? ''
                : ` (${points(noDeal)} in this game, after hidden noise of ${shift > 0 ? '+' : '−'}${Math.abs(shift)})`,
              `: ${party.reservationValue.why} `,
              ...basisText(party.reservationValue),
            ),
          ),
          h(
            'div',
            { class: 'fact' },
            h('dt', {}, 'Red lines'),
            party.redLines.length === 0
              ? h('dd', {}, 'None declared.')
              : h(
                  'dd',
                  {},
                  ...party.redLines.map((line, i) =>
                    h(
                      'span',
                      { class: 'red-line' },
                      i > 0 ? ' ' : '',
                      h(
                        'strong',
                        {},
                        `${issueLabel(scenario, line.issue)}: ${optionLabel(scenario, line.issue, line.option)}`,
                      ),
                      ` — ${line.why} `,
                      ...basisText(line),
                    ),
                  ),
                ),
          ),
          h(
            'div',
            { class: 'fact lever' },
            h('dt', {}, 'Pressure lever'),
            h(
              'dd',
              {},
              h('strong', {}, lever.label),
              `: lowers its no-deal value by ${lever.reservationDrop} and costs ${lever.trustCost} trust each time. ${lever.why} `,
              ...basisText(lever),
            ),
          ),
        ),
      );
    }),
  );
}
