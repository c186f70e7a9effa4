import type { Answers } from '../../model/game';
import type { Issue, Package, Scenario } from '../../model/types';
import { h, replaceChildren } from '../dom';

/** A draft package: an option id per issue, or '' while the mediator has not chosen. */
export type Draft = Record<string, string>;

export interface IssueNotes {
  /** Leaders known to care about the issue, with its rank among their priorities (1 = most). */
  readonly knownBy: readonly { readonly short: string; readonly rank: number }[];
  /** Leaders whose last answer named this issue. */
  readonly namedBy: readonly { readonly short: string; readonly redLine: boolean }[];
}

/** The eight issues as cards; each card's select chooses the option of the draft package. */
export class IssueBoard {
  readonly element: HTMLElement;
  private readonly selects = new Map<string, HTMLSelectElement>();
  private readonly notes = new Map<string, HTMLElement>();
  private readonly descriptions = new Map<string, HTMLElement>();

  constructor(
    private readonly scenario: Scenario,
    draft: Draft,
    handlers: { change(draft: Draft): void; focus(issue: Issue | null): void },
  ) {
    const cards = scenario.issues.map((issue) => {
      const id = `issue-${issue.id}`;
      const select = h(
        'select',
        {
          id,
          'aria-describedby': `${id}-description ${id}-notes`,
          onchange: () => {
            this.describe();
            handlers.change(this.draft());
          },
          onfocus: () => handlers.focus(issue),
        },
        h('option', { value: '' }, 'Choose an option'),
        ...issue.options.map((o) => h('option', { value: o.id }, o.label)),
      );
      select.value = draft[issue.id] ?? '';
      this.selects.set(issue.id, select);
      const notes = h('p', { class: 'issue-notes', id: `${id}-notes` });
      this.notes.set(issue.id, notes);
      const description = h('p', { class: 'option-description', id: `${id}-description` });
      this.descriptions.set(issue.id, description);
      return h(
        'div',
        // The panel beside follows the keyboard's focus (a click focuses too), not the pointer
        // passing by, so that it always describes the choice in hand.
        { class: 'issue card' },
        h('label', { for: id }, issue.label),
        select,
        description,
        notes,
      );
    });
    this.element = h(
      'section',
      { class: 'issues', 'aria-labelledby': 'issues-heading' },
      h(
        'h2',
        { id: 'issues-heading', class: 'visually-hidden' },
        'The package: one option for each issue',
      ),
      ...cards,
    );
    this.describe();
  }

  /** Writes under each issue what its chosen option means, so no device needs a tooltip. */
  private describe(): void {
    for (const issue of this.scenario.issues) {
      const option = issue.options.find((o) => o.id === this.selects.get(issue.id)?.value);
      const element = this.descriptions.get(issue.id);
      if (element) element.textContent = option?.description ?? '';
    }
  }

  /** The options chosen so far. */
  draft(): Draft {
    const draft: Draft = {};
    for (const [issue, select] of this.selects) draft[issue] = select.value;
    return draft;
  }

  /** Sets every select, e.g. to the package on the table. */
  setDraft(pkg: Package): void {
    for (const [issue, select] of this.selects) select.value = pkg[issue] ?? '';
    this.describe();
  }

  setDisabled(disabled: boolean): void {
    for (const select of this.selects.values()) select.disabled = disabled;
  }

  /** Shows, on each card, who is known to care about it and who named it in the last answers. */
  annotate(notesFor: (issue: Issue) => IssueNotes): void {
    for (const issue of this.scenario.issues) {
      const el = this.notes.get(issue.id);
      if (!el) continue;
      const { knownBy, namedBy } = notesFor(issue);
      const parts: string[] = [];
      if (knownBy.length > 0) {
        parts.push(`Matters to ${knownBy.map((k) => `${k.short} (#${k.rank})`).join(', ')}`);
      }
      // Named in the last answers: as what hurts a leader most, or as one of its red lines.
      const hurts = namedBy.filter((n) => !n.redLine).map((n) => n.short);
      const redLines = namedBy.filter((n) => n.redLine).map((n) => n.short);
      if (hurts.length > 0) parts.push(`Hurts ${hurts.join(', ')} most`);
      if (redLines.length > 0) parts.push(`Red line of ${redLines.join(', ')}`);
      replaceChildren(el, parts.length > 0 ? parts.join(' · ') : ' ');
      el.closest('.issue')?.classList.toggle('blocking', namedBy.length > 0);
    }
  }
}

/** Notes for an issue from the game's state of knowledge and the last answers. */
export function issueNotes(
  scenario: Scenario,
  known: (party: string) => readonly string[],
  answers: Answers | null,
  issue: Issue,
): IssueNotes {
  const knownBy = scenario.parties
    .map((p) => ({ short: p.short, rank: known(p.id).indexOf(issue.id) + 1 }))
    .filter((k) => k.rank > 0);
  const namedBy = scenario.parties
    .map((p) => ({ short: p.short, answer: answers?.[p.id] }))
    .filter((n) => n.answer !== undefined && !n.answer.accepts && n.answer.issue === issue.id)
    .map((n) => ({ short: n.short, redLine: n.answer?.redLine === true }));
  return { knownBy, namedBy };
}
