import type { AnswerSheet, ConfidentialBrief } from '../../model/brief';
import type { PlayerAnswers } from '../../model/game';
import type { Scenario } from '../../model/types';
import { h, replaceChildren } from '../dom';
import { emblem } from '../emblem';
import { openModal } from '../modal';
import { listed, pointsText } from '../words';
import { briefCard } from './brief-card';

/** One leader's turn: what its player weighs, and its whole brief behind a disclosure. */
export interface PlayerTurn {
  readonly sheet: AnswerSheet;
  readonly brief: ConfidentialBrief;
}

/** A question the mediator puts to the leaders' players, as the hand-over screens tell it. */
export interface PlayersQuestion {
  readonly scenario: Scenario;
  /** What the mediator does, as a sentence, e.g. "The mediator tables this package". */
  readonly what: string;
  /** The game the values are for, e.g. "Game number 42 · Normal". */
  readonly game: string;
  readonly turns: readonly PlayerTurn[];
}

const ANSWER_NAME = 'player-answer';

/**
 * Asks each leader's player in turn, on one device passed from hand to hand: a hand-over screen
 * names whose turn it is and shows nothing confidential; only that player's confirmation shows
 * their answer sheet and brief, and giving the answer removes them from the page before the next
 * hand-over. Last, the device goes back to the mediator. Resolves to every player's answer, or
 * to null when the mediator goes back to the table instead (nothing is put, no session used).
 */
export function askPlayers(question: PlayersQuestion): Promise<PlayerAnswers | null> {
  const dialog = h('dialog', { class: 'hand-over', 'aria-labelledby': 'hand-over-title' });
  const answers: Record<string, { accepts: boolean; issue: string }> = {};
  const countries = question.turns.map((turn) => turn.brief.country);
  return new Promise((resolve) => {
    const finish = openModal<PlayerAnswers | null>(dialog, resolve);
    const back = (label: string) =>
      h('button', { class: 'button', type: 'button', onclick: () => finish(null) }, label);
    const show = (focus: HTMLElement, ...content: (HTMLElement | null)[]) => {
      replaceChildren(dialog, ...content);
      dialog.scrollTop = 0;
      focus.focus();
    };

    const handOver = (i: number) => {
      const turn = question.turns[i];
      if (!turn) {
        const reveal = h(
          'button',
          { class: 'button primary', type: 'button', onclick: () => finish(answers) },
          'I am the mediator: show the answers',
        );
        show(
          reveal,
          h('h2', { id: 'hand-over-title' }, 'Pass the device back to the mediator'),
          h(
            'p',
            {},
            'Every leader’s player has answered. The answers are read out at the table, as if each leader had said them in public.',
          ),
          h('div', { class: 'button-row' }, reveal),
        );
        return;
      }
      const party = question.scenario.parties.find((p) => p.id === turn.sheet.party);
      const open = h(
        'button',
        { class: 'button primary', type: 'button', onclick: () => answer(i) },
        `I am the player of ${turn.brief.country}: show my brief`,
      );
      show(
        open,
        h(
          'div',
          { class: 'hand-over-head' },
          party ? emblem(party, 56) : null,
          h(
            'h2',
            { id: 'hand-over-title' },
            `Pass the device to the player of ${turn.brief.country}`,
          ),
        ),
        h(
          'p',
          {},
          `${question.what}. Each leader’s player answers in secret, one after another: ${listed(countries)}. This is turn ${i + 1} of ${countries.length}.`,
        ),
        h(
          'p',
          { class: 'note' },
          `Player of ${turn.brief.country}: open your brief only when nobody else can see the screen.`,
        ),
        h('div', { class: 'button-row' }, back('Back to the table'), open),
      );
    };

    const answer = (i: number) => {
      const turn = question.turns[i];
      if (!turn) return;
      const { sheet, brief } = turn;
      const message = h('p', { class: 'panel-message', role: 'alert' });
      const choice = (accepts: boolean, label: string) =>
        h(
          'label',
          {},
          h('input', {
            type: 'radio',
            name: ANSWER_NAME,
            value: String(accepts),
            onchange: () => {
              message.textContent = '';
            },
          }),
          label,
        );
      const issue = h(
        'select',
        { id: 'hurts-most', disabled: sheet.redLine !== null },
        ...sheet.issues.map((row) =>
          h(
            'option',
            { value: row.issue, selected: row.issue === (sheet.redLine ?? sheet.hurtsMost) },
            row.label,
          ),
        ),
      );
      const form = h(
        'form',
        {
          class: 'hand-over-answer',
          onsubmit: (event: Event) => {
            event.preventDefault();
            const given = new FormData(form).get(ANSWER_NAME);
            if (given === null) {
              message.textContent = 'Choose yes or no first.';
              return;
            }
            answers[sheet.party] = { accepts: given === 'true', issue: issue.value };
            handOver(i + 1);
          },
        },
        h(
          'fieldset',
          { class: 'choice' },
          h('legend', {}, 'Your answer'),
          choice(true, 'Yes: I accept this package'),
          choice(false, 'No: I reject it'),
        ),
        h('label', { for: 'hurts-most' }, 'The issue that hurts you most'),
        issue,
        sheet.redLine !== null
          ? h('p', { class: 'note' }, 'It is your red line: that is the issue you name.')
          : null,
        message,
        h(
          'div',
          { class: 'button-row' },
          back('Cancel the question'),
          h(
            'button',
            { class: 'button primary', type: 'submit' },
            'Give my answer and hide my brief',
          ),
        ),
      );
      const title = h(
        'h2',
        { id: 'hand-over-title', tabindex: '-1' },
        `${brief.country}: your answer`,
      );
      show(
        title,
        h('p', { class: 'role-card-secret' }, 'Confidential: for this leader’s player only'),
        title,
        h('p', {}, `${question.what}.`),
        h('p', { class: 'role-card-no-deal' }, worth(sheet)),
        h(
          'table',
          { class: 'role-card-points' },
          h('caption', {}, 'What the package gives you, issue by issue'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Issue'),
              h('th', { scope: 'col' }, 'The package'),
              h('th', { scope: 'col' }, 'Your points'),
            ),
          ),
          h(
            'tbody',
            {},
            ...sheet.issues.map((row) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, row.label),
                h(
                  'td',
                  {},
                  row.optionLabel,
                  row.redLine ? h('strong', {}, ' — your red line') : null,
                ),
                h('td', {}, `${pointsText(row.points)} of ${pointsText(row.best)}`),
              ),
            ),
          ),
        ),
        h(
          'details',
          { class: 'hand-over-brief' },
          h('summary', {}, 'Your whole brief'),
          briefCard(question.scenario, brief, question.game),
        ),
        form,
      );
    };

    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(null);
    });
    handOver(0);
  });
}

/**
 * The package's worth against the no-deal value the player is to decide by, in a few sentences:
 * after pressure, the lower value to feel, and whether a yes would be scored a surrender.
 */
function worth(sheet: AnswerSheet): string {
  const total = pointsText(sheet.total);
  const noDeal = pointsText(sheet.noDeal);
  const felt = pointsText(sheet.feltNoDeal);
  const news =
    sheet.newsShift === 0
      ? ''
      : ` News since the talks began moved it ${sheet.newsShift > 0 ? 'up' : 'down'} by ${pointsText(Math.abs(sheet.newsShift))} from the value on your role card.`;
  const pressed =
    sheet.pressed > 0
      ? ` The mediator has pressed you ${sheet.pressed === 1 ? 'once' : `${sheet.pressed} times`}: decide as if no deal were worth ${felt} to you.`
      : '';
  const verdict =
    sheet.redLine !== null
      ? 'It crosses one of your red lines: saying yes to it would be a surrender.'
      : sheet.total >= sheet.noDeal
        ? `It is worth ${pointsText(sheet.total - sheet.noDeal)} points more than ${sheet.pressed > 0 || sheet.newsShift !== 0 ? `your no-deal value of ${noDeal}` : 'that'}.`
        : sheet.total >= sheet.feltNoDeal
          ? `It is worth more than ${felt} but less than ${noDeal}: you may say yes, and if it is signed, the game scores it as your surrender.`
          : `It is worth less than ${sheet.pressed > 0 ? felt : noDeal}: saying yes to it would be a surrender.`;
  return `This package is worth ${total} points to you, out of 100. Your no-deal value is ${noDeal}.${news}${pressed} ${verdict}`;
}
