import type { BriefIssue, ConfidentialBrief } from '../../model/brief';
import type { Scenario } from '../../model/types';
import { h } from '../dom';
import { emblem } from '../emblem';
import { pointsText } from '../words';

/** "Security guarantee: NATO membership", an issue's and an option's labels. */
export function termOf(scenario: Scenario, issueId: string, optionId: string): string {
  const issue = scenario.issues.find((i) => i.id === issueId);
  const option = issue?.options.find((o) => o.id === optionId);
  return `${issue?.label ?? issueId}: ${option?.label ?? optionId}`;
}

/**
 * One leader's confidential brief as its player reads it, on a printed role card or behind the
 * hand-over screen of a role-play: who, its public position, its no-deal value in this game, what
 * it must never accept, how it can be pressed, and the points each option gives it. `game` names
 * the game the values are for (game number and difficulty).
 */
export function briefCard(scenario: Scenario, brief: ConfidentialBrief, game: string): HTMLElement {
  const party = scenario.parties.find((p) => p.id === brief.party);
  const heading = `role-card-${brief.party}`;
  return h(
    'section',
    { class: 'role-card card', 'aria-labelledby': heading },
    h(
      'header',
      { class: 'role-card-head' },
      party ? emblem(party, 48) : null,
      h(
        'div',
        {},
        h('p', { class: 'role-card-secret' }, 'Confidential: for this leader’s player only'),
        h('h2', { id: heading }, `${brief.leader.title} ${brief.leader.name} — ${brief.country}`),
        h('p', { class: 'note' }, game),
      ),
    ),
    h('p', {}, h('strong', {}, 'Your public position. '), brief.position),
    h(
      'p',
      { class: 'role-card-no-deal' },
      h('strong', {}, `Your no-deal value: ${pointsText(brief.noDeal)} of 100. `),
      'If nothing is signed, this is what you are left with. A package worth less to you is worse than no deal: signing it is a surrender. News during the talks may move it; when you answer, the screen gives its value then.',
    ),
    brief.redLines.length > 0
      ? h(
          'div',
          {},
          h('h3', {}, 'Never accept'),
          h(
            'ul',
            {},
            ...brief.redLines.map((line) =>
              h(
                'li',
                {},
                h('strong', {}, termOf(scenario, line.issue, line.option)),
                ` — ${line.why}`,
              ),
            ),
          ),
        )
      : null,
    h(
      'p',
      {},
      h('strong', {}, 'The mediator may press you: '),
      `${brief.lever.label}. Each time, your no-deal value falls by ${brief.lever.drop} points, and you may walk out.`,
    ),
    h('h3', {}, 'What a package is worth to you, out of 100'),
    h('p', { class: 'note' }, 'Add up the points of the option the package chooses on each issue.'),
    h(
      'table',
      { class: 'role-card-points' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Issue (the most it can give you)'),
          h('th', { scope: 'col' }, 'Option: points'),
        ),
      ),
      h('tbody', {}, ...brief.issues.map(issueRow)),
    ),
  );
}

function issueRow(issue: BriefIssue): HTMLElement {
  return h(
    'tr',
    {},
    h(
      'th',
      { scope: 'row' },
      `${issue.label} (${pointsText(issue.best)})`,
      issue.why ? h('span', { class: 'role-card-why' }, issue.why) : null,
    ),
    h(
      'td',
      {},
      h(
        'ul',
        {},
        ...issue.options.map((option) =>
          h(
            'li',
            {},
            `${option.label}: ${pointsText(option.points)}`,
            option.redLine ? h('strong', {}, ' — never') : null,
          ),
        ),
      ),
    ),
  );
}
