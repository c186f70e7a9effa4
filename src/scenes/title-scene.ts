import { printable, unexpectedProblem } from '../files/text-file';
import { loadArchivedScenarios } from '../game/scenario-data';
import { Screen } from '../game/screen';
import type { GameOptions } from '../model/game';
import type { Difficulty } from '../model/types';
import {
  type ClassCodeGame,
  classCodeLink,
  classCodeOfNewGame,
  readClassCode,
  scenarioFitsClassCode,
} from '../store/class-code';
import { createGameStore } from '../store/game-store';
import { placeOfSave, type Save, savedGames } from '../store/library';
import {
  newBuiltInGame,
  newGameChoices,
  type ScenarioChoice,
  seedOfGameNumber,
} from '../store/new-game';
import { openScenarioFile } from '../store/scenario-file';
import { classCodeField, classCodePanel } from '../ui/class-code';
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
    const classCode = classCodeField(window.location.search, readClassCode, (game) => fix(game));
    // Each choice a class code sets says so in its name while it does.
    const fixedNotes: HTMLElement[] = [];
    const fixedNote = () => {
      const note = h('span', { class: 'fixed-note' });
      fixedNotes.push(note);
      return note;
    };
    /** Sets the form to a class code's game, with every choice it fixes locked; null frees them. */
    const fix = (game: ClassCodeGame | null) => {
      const radios = form.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      for (const input of radios) {
        input.disabled = game !== null;
        if (!game) continue;
        const wanted = {
          scenario: game.builtIn,
          difficulty: game.difficulty,
          players: game.players,
        };
        input.checked = wanted[input.name as keyof typeof wanted] === input.value;
      }
      // A code for a teacher's file leaves no scenario chosen: choose the first again when freed.
      if (!game && !new FormData(form).has('scenario') && radios[0]) radios[0].checked = true;
      for (const note of fixedNotes) note.textContent = game ? ' — set by the class code' : '';
      gameNumber.lock(game !== null);
      if (game) gameNumber.show(game.seed);
      showScenario(
        scenarios.find((s) => s.id === (game?.builtIn ?? new FormData(form).get('scenario'))),
      );
      if (!codePanel.element.hidden) showClassCode();
    };

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
            // With a class code, the file must be the scenario the code was made for.
            const fixed = classCode.fixed();
            if (fixed && !scenarioFitsClassCode(opened.scenario, fixed)) {
              scenarioMessage.textContent = `“${printable(file.name)}” is not the scenario class code ${fixed.code} was made for (another scenario, or another version of it).`;
              return;
            }
            const game = chosenGame();
            if (game) this.go('BriefingScene', { store: createGameStore(opened.scenario, game) });
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
        // A class code's scenario from a file: its sessions are known once it is opened.
        hint.textContent = scenario ? ` — ${scenario.difficulties[d].sessions} sessions` : '';
      }
    };
    const scenarioChoice = h(
      'fieldset',
      { class: 'choice' },
      h('legend', {}, 'Scenario', fixedNote()),
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
      h('legend', {}, 'Difficulty', fixedNote()),
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
    const playersChoice = h(
      'fieldset',
      { class: 'choice players' },
      h('legend', {}, 'Who plays the leaders', fixedNote()),
      ...(
        [
          ['model', 'The computer', 'The game answers for every leader.'],
          [
            'people',
            'Students, passing the device (role-play)',
            'Each student answers for one leader, in turn.',
          ],
        ] as const
      ).map(([value, label, hint]) =>
        h(
          'label',
          {},
          h('input', { type: 'radio', name: 'players', value, checked: value === 'model' }),
          h('span', {}, label, h('span', { class: 'hint line' }, hint)),
        ),
      ),
    );
    showScenario(chosen);
    const start = h('button', { class: 'button primary start', type: 'submit' }, 'Start the talks');
    /**
     * The game chosen: the class code's, or the scenario (null: a file's), difficulty, game
     * number and players chosen on the form; null when the game number, or a class code typed,
     * is not one (the field says why).
     */
    const chosenGame = (): (GameOptions & { scenario: string | null }) | null => {
      const fixed = classCode.fixed();
      if (fixed) {
        const { builtIn: scenario, seed, difficulty, players } = fixed;
        return { scenario, seed, difficulty, players };
      }
      if (classCode.blocked()) return null;
      const data = new FormData(form);
      const seed = gameNumber.seedForNewGame();
      if (seed === null) return null;
      return {
        scenario: String(data.get('scenario') ?? choices.defaultScenario),
        difficulty: String(data.get('difficulty') ?? choices.defaultDifficulty) as Difficulty,
        seed,
        players: data.get('players') === 'people' ? 'people' : 'model',
      };
    };
    /** A new game of a built-in scenario; when a class code names none, says to open the file. */
    const newGame = (game: ReturnType<typeof chosenGame>) => {
      if (game && game.scenario === null) {
        classCode.say('Open your teacher’s scenario file first.');
      }
      return game?.scenario ? newBuiltInGame(game.scenario, game) : null;
    };
    const form: HTMLFormElement = h(
      'form',
      {
        class: 'title-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          const store = newGame(chosenGame());
          if (store) this.go('BriefingScene', { store });
        },
        // The teacher's class code follows the choices while it is shown.
        onchange: () => {
          if (!codePanel.element.hidden) showClassCode();
        },
      },
      h('div', { class: 'choices' }, scenarioChoice, difficultyChoice, playersChoice),
      h('div', { class: 'start-row' }, start, gameNumber.element, classCode.element),
    );

    const codePanel = classCodePanel();
    /** The teacher's class code for the game chosen, with a game number drawn if none is. */
    const showClassCode = () => {
      const game = chosenGame();
      if (!game) return;
      gameNumber.show(game.seed);
      const code = classCode.fixed()?.code ?? classCodeOfNewGame(game.scenario ?? '', game);
      if (!code) return;
      const title = scenarios.find((s) => s.id === game.scenario);
      codePanel.show(
        code,
        classCodeLink(code, window.location.href),
        `Everyone who enters it, or opens the link, plays this game (${title?.title ?? 'your scenario file'}; ${title?.difficulties[game.difficulty].label ?? game.difficulty}; game number ${game.seed}; ${game.players === 'people' ? 'students play the leaders' : 'the computer plays the leaders'}) with the same hidden values and news.`,
      );
    };

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
                const game = chosenGame();
                const store = newGame(game && { ...game, players: 'people' });
                if (store) this.go('RoleCardsScene', { store });
              },
            },
            'Role cards',
          ),
          h(
            'button',
            { class: 'button small', type: 'button', onclick: showClassCode },
            'Make a class code',
          ),
        ),
        codePanel.element,
        savedGamesPanel(
          savedGames(),
          (save) => this.openSave(save),
          (stop) => this.onStop(stop),
        ),
      ),
    );
    classCode.readLink();
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
