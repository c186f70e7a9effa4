import type { SceneData } from '../game/scene-keys';
import { Screen } from '../game/screen';
import type { ConfidentialBrief } from '../model/brief';
import { selectClassCode } from '../store/class-code';
import { selectBrief } from '../store/role-play';
import { h } from '../ui/dom';
import { briefCard } from '../ui/role-play/brief-card';
import '../ui/styles/role-cards.css';

/**
 * The role cards of a role-play, to print before the lesson: one page for each leader's player,
 * with its confidential brief (its points table, red lines, no-deal value in this game and how
 * it can be pressed). The mediator gets none. The cards are for one game number and
 * difficulty, since the hidden values depend on them.
 */
export class RoleCardsScene extends Screen<SceneData['RoleCardsScene']> {
  create(data: SceneData['RoleCardsScene']): void {
    const state = data.store.getState();
    const { scenario } = state.model;
    const { seed, difficulty } = state.game;
    const label = scenario.difficulties[difficulty].label;
    const code = selectClassCode(state);
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
          `One card for each leader’s player, one page each; the mediator gets none. These cards are for game number ${seed} at ${label}: ${code ? `hand out class code ${code}, which deals this game as a role-play,` : 'start the role-play with the same game number and difficulty,'} or the no-deal values will not match.`,
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
      ...briefs.map((brief) =>
        briefCard(
          scenario,
          brief,
          `Game number ${seed} · ${label}${code ? ` · class code ${code}` : ''}`,
        ),
      ),
    );
    print.focus({ preventScroll: true });
  }
}
