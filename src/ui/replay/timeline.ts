import type { Scenario } from '../../model/types';
import type { TimelineStep } from '../../store/replay-store';
import { h } from '../dom';
import { outcomeHeadline } from '../outcome-headline';
import { stepWords } from './replay-words';

/**
 * Every step of a saved game as a list of buttons, each leader's answers included; the step on
 * show is marked as current, and pressing another jumps there.
 */
export class Timeline {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly buttons: HTMLButtonElement[];

  constructor(
    scenario: Scenario,
    steps: readonly TimelineStep[],
    /** Where the game came from, when it was played on from another save. */
    origin: string | null,
    jump: (step: number) => void,
  ) {
    this.buttons = steps.map(({ event, outcome }, step) => {
      const ending = outcome
        ? `Ends in: ${Object.values(outcomeHeadline(outcome, scenario)).join(', ')}`
        : null;
      return h(
        'button',
        { class: 'timeline-step', type: 'button', onclick: () => jump(step) },
        h('span', { class: 'timeline-number' }, step === 0 ? 'Start' : `Step ${step}`),
        ' ',
        h('span', { class: 'timeline-words' }, stepWords(scenario, event)),
        ending ? ' ' : null,
        ending ? h('span', { class: 'timeline-ending' }, ending) : null,
      );
    });
    this.list = h('ol', { class: 'timeline-list' }, ...this.buttons.map((b) => h('li', {}, b)));
    this.element = h(
      'section',
      { class: 'replay-timeline', 'aria-labelledby': 'timeline-heading' },
      h('h2', { id: 'timeline-heading' }, 'Timeline: every step'),
      origin ? h('p', { class: 'note replay-branched' }, origin) : null,
      this.list,
    );
  }

  /** Marks a step as the one on show and scrolls it into the list's view. */
  setCurrent(step: number): void {
    this.buttons.forEach((button, i) => {
      if (i === step) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
    });
    const item = this.buttons[step]?.parentElement;
    if (!item) return;
    // Scrolled by hand: scrollIntoView would also scroll the page, away from the step on show.
    const { list } = this;
    const top = item.offsetTop;
    const bottom = top + item.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight)
      list.scrollTop = bottom - list.clientHeight;
  }
}
