import { printable, unexpectedProblem } from '../files/text-file';
import { loadArchivedScenarios } from '../game/scenario-data';
import { Screen } from '../game/screen';
import type { Difficulty } from '../model/types';
import { createGameStore } from '../store/game-store';
import { placeOfSave, type Save, savedGames } from '../store/library';
import {
  newBuiltInGame,
  newGameChoices,
  type ScenarioChoice,
  seedOfGameNumber,
} from '../store/new-game';
import { openScenarioFile } from '../store/scenario-file';
import { h, replaceChildren } from '../ui/dom';
import { emblem } from '../ui/emblem';
import { fullscreenButton } from '../ui/fullscreen';
import { TITLE_INTERACTIVE_MARK } from '../ui/marks';
import { seedField } from '../ui/seed';
import { savedGamesPanel } from '../ui/session/saved-games-panel';
import '../ui/styles/title.css';

/** The title: what the game is (and is not), the choice of scenario and difficulty, how to play. */
export class TitleScene extends Screen<undefined> {
  create(): void {
    const choices = newGameChoices();
    const scenarios = choices.scenarios;

    const gameNumber = seedField(window.location.search, seedOfGameNumber);

    // A teacher's own scenario, from a JSON file: checked, then played like a built-in one.
    const scenarioMessage = h('p', { class: 'panel-message', role: 'alert' });
    const scenarioInput = h('input', {
      type: 'file',
      accept: '.json,application/json',
      class: 'visually-hidden',
      id: 'open-scenario',
      onchange: () => {
        const file = scenarioInput.files?.[0];
        scenarioInput.value = '';
        if (!file) return;
        void openScenarioFile(file)
          .catch((error: unknown) => ({ ok: false as const, error: unexpectedProblem(error) }))
          .then((opened) => {
            if (!opened.ok) {
              scenarioMessage.textContent = `“${printable(file.name)}” cannot be played: ${opened.error}.`;
              return;
            }
            const seed = gameNumber.seedForNewGame();
            if (seed === null) return;
            const difficulty = String(
              new FormData(form).get('difficulty') ?? choices.defaultDifficulty,
            ) as Difficulty;
            const store = createGameStore(opened.scenario, { seed, difficulty });
            this.go('BriefingScene', { store });
          });
      },
    });
    // The blurb and the sessions of each difficulty are the chosen scenario's.
    const chosen = scenarios.find((s) => s.id === choices.defaultScenario) ?? scenarios[0];
    const subtitle = h('p', { class: 'subtitle', 'aria-live': 'polite' });
    const emblems = h('div', { class: 'title-emblems' });
    const sessionHints = new Map(
      choices.difficulties.map((d) => [d, h('span', { class: 'hint' })]),
    );
    const showScenario = (scenario: ScenarioChoice | undefined) => {
      subtitle.textContent = scenario?.blurb ?? '';
      replaceChildren(emblems, ...(scenario?.parties ?? []).map((party) => emblem(party, 56)));
      for (const [d, hint] of sessionHints) {
        hint.textContent = ` — ${scenario?.difficulties[d].sessions ?? '?'} sessions`;
      }
    };
    const scenarioChoice = h(
      'fieldset',
      { class: 'choice' },
      h('legend', {}, 'Scenario'),
      ...scenarios.map((s) =>
        h(
          'label',
          {},
          h('input', {
            type: 'radio',
            name: 'scenario',
            value: s.id,
            checked: s.id === choices.defaultScenario,
            onchange: () => showScenario(s),
          }),
          h('span', {}, s.title),
        ),
      ),
      h(
        'label',
        { for: 'open-scenario', class: 'button small scenario-file' },
        'Open a scenario file',
      ),
      scenarioInput,
      scenarioMessage,
    );
    const difficultyChoice = h(
      'fieldset',
      { class: 'choice' },
      h('legend', {}, 'Difficulty'),
      ...choices.difficulties.map((d) =>
        h(
          'label',
          {},
          h('input', {
            type: 'radio',
            name: 'difficulty',
            value: d,
            checked: d === choices.defaultDifficulty,
          }),
          h('span', {}, chosen?.difficulties[d].label ?? d, sessionHints.get(d)),
        ),
      ),
    );
    showScenario(chosen);
    const start = h('button', { class: 'button primary start', type: 'submit' }, 'Start the talks');
    /**
     * A new game of the scenario, difficulty and game number chosen on the form, played by the
     * model or by students; null when the game number is not one (the field says why).
     */
    const chosenGame = (players: 'model' | 'people') => {
      const data = new FormData(form);
      const scenario = String(data.get('scenario') ?? choices.defaultScenario);
      const difficulty = String(data.get('difficulty') ?? choices.defaultDifficulty) as Difficulty;
      if (!scenarios.some((s) => s.id === scenario)) return null;
      const seed = gameNumber.seedForNewGame();
      if (seed === null) return null;
      return newBuiltInGame(scenario, { seed, difficulty, players });
    };
    const form: HTMLFormElement = h(
      'form',
      {
        class: 'title-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          const store = chosenGame('model');
          if (store) this.go('BriefingScene', { store });
        },
      },
      h('div', { class: 'choices' }, scenarioChoice, difficultyChoice),
      h('div', { class: 'start-row' }, start, gameNumber.element),
    );

    this.showPage(
      'title-screen',
      h(
        'div',
        { class: 'title-main' },
        h('h1', {}, 'Mediator'),
        subtitle,
        h(
          'p',
          { class: 'card disclaimer' },
          h('strong', {}, 'A simplified teaching model. '),
          'It is not a prediction of what will happen and not an endorsement of any side or outcome. In a scenario from the news, the leaders’ positions come from press reports (the warm-up is fictional); the numbers behind them are the game designers’ assumptions, and the game explains each one.',
        ),
        form,
      ),
      h(
        'div',
        { class: 'title-side' },
        h(
          'figure',
          { class: 'title-leaders' },
          emblems,
          h('figcaption', { class: 'note' }, 'Leaders appear by title and name: no portraits.'),
        ),
        h(
          'section',
          { class: 'how-to', 'aria-labelledby': 'how-to-heading' },
          h('h2', { id: 'how-to-heading' }, 'How to play'),
          h(
            'ol',
            {},
            h(
              'li',
              {},
              'Each session you take one action: consult a leader, table a proposal, apply pressure, or convene the summit.',
            ),
            h(
              'li',
              {},
              'Build a package: one option for each issue. Each leader says yes or no, and names what hurts most.',
            ),
            h(
              'li',
              {},
              'When every leader says yes, convene the summit to sign before the sessions run out.',
            ),
            h(
              'li',
              {},
              'A package that forces one side to give up everything is not a deal: it is scored as a surrender.',
            ),
          ),
        ),
        h(
          'nav',
          { class: 'for-teachers', 'aria-label': 'For teachers' },
          h('span', {}, 'For teachers:'),
          fullscreenButton((stop) => this.onStop(stop)),
          h('a', { class: 'button small', href: './guide.html' }, 'Teacher’s guide'),
          h(
            'button',
            {
              class: 'button small',
              type: 'button',
              onclick: () => this.go('ClassScene'),
            },
            'Class view',
          ),
          h(
            'button',
            {
              class: 'button small',
              type: 'button',
              // A role-play's cards, for the scenario, difficulty and game number chosen here.
              onclick: () => {
                const store = chosenGame('people');
                if (store) this.go('RoleCardsScene', { store });
              },
            },
            'Role cards',
          ),
        ),
        savedGamesPanel(
          savedGames(),
          (save) => this.openSave(save),
          (stop) => this.onStop(stop),
        ),
      ),
    );
    (start as HTMLButtonElement).focus({ preventScroll: true });
    // The benchmark measures the time from navigation to this moment.
    performance.mark(TITLE_INTERACTIVE_MARK);
  }

  /**
   * Opens a save where it belongs (placeOfSave): a game in progress at the table, a finished or
   * unreplayable one in the replay viewer; or says why it cannot be opened.
   */
  private async openSave(save: Save): Promise<{ ok: true } | { ok: false; error: string }> {
    // A save of an earlier release replays under the scenario version it was played with.
    await loadArchivedScenarios();
    const place = placeOfSave(save);
    switch (place.kind) {
      case 'replay':
        this.go('ReplayScene', { save: place.save });
        return { ok: true };
      case 'table':
        this.go('TableScene', { store: place.store });
        return { ok: true };
      case 'refused':
        return { ok: false, error: place.error };
      default: {
        const unreachable: never = place;
        return unreachable;
      }
    }
  }
}
