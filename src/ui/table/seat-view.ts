import type { Answer } from '../../model/game';
import type { Issue, Party, Scenario } from '../../model/types';
import { h, replaceChildren, styled } from '../dom';
import { emblem } from '../emblem';
import { answerShort } from './describe';

export interface SeatState {
  readonly trust: number;
  /** How trust moves the leader, in words; absent in a replay. */
  readonly trustNote?: string;
  /** A trust below the comfort level shows on the bar too. */
  readonly lowTrust?: boolean;
  readonly answer: Answer | undefined;
  /** For a yes, the issue whose option costs the leader most (an id), or null for none. */
  readonly stillWants?: string | null;
  readonly known: readonly Issue[];
  /** What consultation has revealed of its no-deal value ([low, high], 0–100), or null. */
  readonly noDealRange?: readonly [number, number] | null;
  /** How many times the mediator has pressed it. */
  readonly pressed?: number;
  readonly over: boolean;
  /** What each action on this leader will cost and risk, in words; absent in a replay. */
  readonly costs?: { readonly consult: string; readonly pressure: string };
}

export interface SeatActions {
  consult(): void;
  pressure(): void;
}

/**
 * One leader's seat, as HTML that wraps to any width: the emblem and name, trust as a number
 * and a bar, the last answer as a mark and a word, what consultation has revealed, and (at
 * the table) the two actions on this leader with what each will cost. Without actions it is
 * read-only, as a replay shows it.
 */
export class SeatView {
  readonly element: HTMLElement;
  private readonly trustText = h('span', { class: 'trust-value' });
  private readonly trustBar = h('span', { class: 'trust-bar' });
  private readonly trustNote = h('span', { class: 'trust-note' });
  private readonly answerLine = h('p', { class: 'answer' });
  private readonly knownLine = h('p', { class: 'known' });
  private readonly rangeLine = h('p', { class: 'known no-deal-range' });
  private readonly consult: HTMLButtonElement | null = null;
  private readonly pressure: HTMLButtonElement | null = null;
  private readonly consultCost = h('p', { class: 'cost' });
  private readonly pressureCost = h('p', { class: 'cost' });

  constructor(
    private readonly scenario: Scenario,
    private readonly party: Party,
    private readonly actions: SeatActions | null,
  ) {
    const id = `seat-${party.id}`;
    this.element = h(
      'section',
      { class: 'seat card', 'aria-labelledby': `${id}-name` },
      h(
        'header',
        { class: 'seat-head' },
        emblem(party, 44),
        h(
          'div',
          {},
          h('h2', { id: `${id}-name` }, party.country),
          h('p', { class: 'leader' }, `${party.leader.title} ${party.leader.name}`),
        ),
      ),
      h(
        'p',
        { class: 'trust' },
        'Trust in you: ',
        this.trustText,
        h('span', { class: 'trust-track', 'aria-hidden': 'true' }, this.trustBar),
        this.trustNote,
      ),
      this.answerLine,
      this.knownLine,
      this.rangeLine,
    );
    if (actions) {
      this.consult = h(
        'button',
        {
          class: 'button',
          type: 'button',
          'aria-label': `Consult ${party.country}`,
          'aria-describedby': `${id}-consult-cost`,
          onclick: () => actions.consult(),
        },
        'Consult',
      );
      this.pressure = h(
        'button',
        {
          class: 'button pressure',
          type: 'button',
          // The name is the visible words, then whom they concern.
          'aria-label': `Apply pressure ${party.lever.label}, on ${party.country}`,
          'aria-describedby': `${id}-pressure-cost`,
          onclick: () => actions.pressure(),
        },
        h('span', { class: 'pressure-verb' }, 'Apply pressure'),
        ' ',
        h('span', { class: 'pressure-lever' }, party.lever.label),
      );
      this.consultCost.id = `${id}-consult-cost`;
      this.pressureCost.id = `${id}-pressure-cost`;
      this.element.append(
        h(
          'div',
          { class: 'seat-actions' },
          h('div', { class: 'seat-action' }, this.consult, this.consultCost),
          h('div', { class: 'seat-action' }, this.pressure, this.pressureCost),
        ),
      );
    }
  }

  /** Puts the keyboard on this leader's Consult button, without scrolling the page. */
  focusConsult(): void {
    this.consult?.focus({ preventScroll: true });
  }

  update(state: SeatState): void {
    const { party, scenario } = this;
    this.trustText.textContent = `${state.trust} of 100`;
    styled(this.trustBar, { width: `${state.trust}%` });
    this.trustBar.classList.toggle('low', state.lowTrust === true);
    this.trustNote.textContent = state.trustNote ?? '';
    this.answerLine.textContent = state.answer
      ? answerShort(scenario, state.answer, state.stillWants)
      : this.actions
        ? 'No answer yet: table a proposal.'
        : 'No proposal tabled yet.';
    this.answerLine.classList.toggle('accepts', state.answer?.accepts === true);
    this.answerLine.classList.toggle('rejects', state.answer?.accepts === false);
    replaceChildren(
      this.knownLine,
      state.known.length > 0
        ? `Cares most about: ${state.known.map((i) => i.label).join(', ')}`
        : `What matters most to ${party.country}: not known yet.`,
    );
    const range = state.noDealRange ?? null;
    this.rangeLine.textContent =
      range === null
        ? ''
        : `Its no-deal value: between ${Math.round(range[0])} and ${Math.round(range[1])} of 100 (from consultation).`;
    this.rangeLine.hidden = range === null;
    if (state.answer?.accepts === true && (state.pressed ?? 0) > 0) {
      this.answerLine.append(
        h(
          'span',
          { class: 'pressed-yes' },
          ` It says yes after your pressure: if the package is worth less to it than no deal, signing it is a surrender.`,
        ),
      );
    }
    if (state.costs) {
      this.consultCost.textContent = state.costs.consult;
      this.pressureCost.textContent = state.costs.pressure;
    }
    if (this.consult) this.consult.disabled = state.over;
    if (this.pressure) this.pressure.disabled = state.over;
  }
}
