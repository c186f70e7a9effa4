import { h } from '../dom';

/** Where a new player is in the first turn, as the table sees it. */
export type GuideStep = 'consult' | 'choose' | 'table' | 'summit';

const STEPS: Readonly<Record<GuideStep, { readonly title: string; readonly text: string }>> = {
  consult: {
    title: 'Step 1 of 4: consult a leader',
    text: 'Each session you take one action. Start by consulting a leader in private: press Consult under one of them. You learn what it cares about and gain a little of its trust. Under every button it says what the action costs.',
  },
  choose: {
    title: 'Step 2 of 4: build a package',
    text: 'Choose one option for each issue below. Under each choice you can read what it means; what you have learnt about the leaders is noted under each issue.',
  },
  table: {
    title: 'Step 3 of 4: table the proposal',
    text: 'Press Table the proposal. Each leader answers yes or no, and names the issue that hurts it most, or the red line you crossed.',
  },
  summit: {
    title: 'Step 4 of 4: sign at the summit',
    text: 'Leaders give ground as the sessions pass. Change the package, consult again or apply pressure; when every leader says yes, convene the summit before the sessions run out.',
  },
};

/**
 * A short guide through the first turn, for a new player: one step at a time, following what
 * the player does, with a way to skip it. It sits in the page above the table, never over it:
 * it takes no focus and traps none, so a keyboard or screen-reader user can pass it by.
 */
export class FirstTurnGuide {
  readonly element: HTMLElement;
  private readonly title = h('h2', { id: 'guide-title' });
  private readonly text = h('p', {});
  private readonly done: HTMLButtonElement;

  constructor(onFinish: () => void) {
    const finish = () => {
      this.element.hidden = true;
      onFinish();
    };
    this.done = h('button', { class: 'button small', type: 'button', onclick: finish }, 'Got it');
    this.element = h(
      'section',
      { class: 'first-turn-guide card', 'aria-labelledby': 'guide-title' },
      this.title,
      this.text,
      h(
        'div',
        { class: 'button-row' },
        this.done,
        h('button', { class: 'button small', type: 'button', onclick: finish }, 'Skip the guide'),
      ),
    );
  }

  /** Shows the step the player has reached; the last one offers to close the guide. */
  show(step: GuideStep): void {
    this.title.textContent = STEPS[step].title;
    this.text.textContent = STEPS[step].text;
    this.done.hidden = step !== 'summit';
    this.element.dataset.step = step;
  }
}
