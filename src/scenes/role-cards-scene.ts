import type { SceneData } from '../game/scene-keys';
import { Screen } from '../game/screen';
import type { BriefIssue, ConfidentialBrief } from '../model/brief';
import type { Scenario } from '../model/types';
import { selectBrief } from '../store/role-play';
import { h } from '../ui/dom';
import { emblem } from '../ui/emblem';
import '../ui/styles/role-cards.css';

/** Points for people: one decimal place, without a trailing ".0". */
const points = (x: number) => String(Math.round(x * 10) / 10);

/**
 * The role cards of a role-play, to print before the lesson: one page for each leader's player,
 * with its confidential brief (its points table, red lines, no-deal value in this game and how
 * it can be pressed). The mediator gets none. The cards are for one game number and
 * difficulty, since the hidden values depend on them.
 */
export class RoleCardsScene extends Screen<SceneData['RoleCardsScene']> {
  private scenario: Scenario | null = null;

  create(data: SceneData['RoleCardsScene']): void {
    const state = data.store.getState();
    const { scenario } = state.model;
    this.scenario = scenario;
    const { seed, difficulty } = state.game;
    const label = scenario.difficulties[difficulty].label;
    const briefs = state.model.partyIds
      .map((id) => selectBrief(state, id))
      .filter((brief): brief is ConfidentialBrief => brief !== null);
    const print = h(
      'button',
      { class: 'button primary', type: 'button', onclick: () => window.print() },
      'Print the role cards',
    );
    this.showPage(
      'role-cards-screen',
      h(
        'header',
        { class: 'role-cards-head' },
        h('h1', {}, `Role cards: ${scenario.title}`),
        h(
          'p',
          {},
          `One card for each leader’s player, one page each; the mediator gets none. These cards are for game number ${seed} at ${label}: start the role-play with the same game number and difficulty, or the no-deal values will not match.`,
        ),
        h(
          'div',
          { class: 'role-cards-actions' },
          print,
          h(
            'button',
            { class: 'button', type: 'button', onclick: () => this.go('TitleScene') },
            'Back to the title',
          ),
        ),
      ),
      ...briefs.map((brief) => this.card(brief, `Game number ${seed} · ${label}`)),
    );
    print.focus({ preventScroll: true });
  }

  /** One leader's card: who, what it must never accept, its no-deal value, and its points. */
  private card(brief: ConfidentialBrief, game: string): HTMLElement {
    const party = this.partyOf(brief.party);
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
        h('strong', {}, `Your no-deal value: ${points(brief.noDeal)} of 100. `),
        'If nothing is signed, this is what you are left with. A package worth less to you is worse than no deal: signing it is a surrender.',
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
                  h('strong', {}, this.termOf(line.issue, line.option)),
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
      h(
        'p',
        { class: 'note' },
        'Add up the points of the option the package chooses on each issue.',
      ),
      h(
        'table',
        { class: 'role-card-points' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Issue (the most it can give)'),
            h('th', { scope: 'col' }, 'Option: points'),
          ),
        ),
        h('tbody', {}, ...brief.issues.map((issue) => this.issueRow(issue))),
      ),
    );
  }

  private issueRow(issue: BriefIssue): HTMLElement {
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, `${issue.label} (${points(issue.share)})`),
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
              `${option.label}: ${points(option.points)}`,
              option.redLine ? h('strong', {}, ' — never') : null,
            ),
          ),
        ),
      ),
    );
  }

  private partyOf(id: string) {
    return this.scenario?.parties.find((p) => p.id === id) ?? null;
  }

  /** "Security guarantee: NATO membership", an issue's and an option's labels. */
  private termOf(issueId: string, optionId: string): string {
    const issue = this.scenario?.issues.find((i) => i.id === issueId);
    const option = issue?.options.find((o) => o.id === optionId);
    return `${issue?.label ?? issueId}: ${option?.label ?? optionId}`;
  }
}
