import type { GameState } from '../../model/game';
import type { Outcome } from '../../model/outcome';
import type { Issue, Scenario } from '../../model/types';
import { h, replaceChildren } from '../dom';
import { outcomeHeadline } from '../outcome-headline';
import { optionLabel } from '../table/describe';

const MARKS: Readonly<Record<Outcome['kind'], string>> = {
  deal: '✓',
  stalemate: '=',
  surrender: '⚑',
};

/**
 * What a step did and what it left: the action in words, the outcome once the game has ended,
 * and the package on the table, read-only, with the terms this step changed marked.
 */
export class StepCard {
  readonly element: HTMLElement;
  private readonly words = h('p', { class: 'step-words' });
  private readonly outcome = h('div', { class: 'step-outcome', hidden: true });
  private readonly pkg = h('div', { class: 'step-package' });

  constructor(private readonly scenario: Scenario) {
    this.element = h(
      'section',
      { class: 'replay-step card', 'aria-labelledby': 'step-heading' },
      h('h2', { id: 'step-heading' }, 'At this step'),
      this.words,
      this.outcome,
      h('h3', {}, 'The package on the table'),
      this.pkg,
    );
  }

  update(words: string, state: GameState, changed: readonly Issue[]): void {
    const { scenario } = this;
    this.words.textContent = words;
    const outcome = state.outcome;
    this.outcome.hidden = outcome === null;
    replaceChildren(this.outcome);
    if (outcome) {
      const headline = outcomeHeadline(outcome, scenario);
      this.outcome.className = `step-outcome outcome-${outcome.kind}`;
      replaceChildren(
        this.outcome,
        h(
          'p',
          { class: 'step-headline' },
          h('span', { class: 'step-mark', 'aria-hidden': 'true' }, MARKS[outcome.kind]),
          h('span', {}, h('strong', {}, headline.word), ` — ${headline.verdict}`),
        ),
        h('p', { class: 'step-reason' }, outcome.reasons[0] ?? ''),
      );
    }
    const table = state.table;
    if (table === null) {
      replaceChildren(this.pkg, h('p', { class: 'note' }, 'Nothing has been tabled yet.'));
      return;
    }
    // When every term is new, marking each one says nothing; one note says it instead.
    const all = changed.length === scenario.issues.length;
    const isChanged = new Set(all ? [] : changed.map((issue) => issue.id));
    replaceChildren(
      this.pkg,
      h(
        'dl',
        {},
        ...scenario.issues.map((issue) =>
          h(
            'div',
            { class: isChanged.has(issue.id) ? 'term changed' : 'term' },
            h('dt', {}, issue.label),
            h(
              'dd',
              {},
              optionLabel(scenario, issue.id, table[issue.id] ?? ''),
              isChanged.has(issue.id) ? h('span', { class: 'changed-tag' }, ' new') : null,
            ),
          ),
        ),
      ),
      all
        ? h('p', { class: 'note' }, 'Every term is new at this step.')
        : changed.length > 0
          ? h('p', { class: 'note' }, '“new”: changed at this step.')
          : null,
    );
  }
}
