import {
  type ClassGame,
  classCodeOf,
  classCodeOfGame,
  classCodeScenario,
  parseClassCode,
} from '../model/class-code';
import type { GameOptions } from '../model/game';
import { RULES_VERSION, scenarioHash } from '../model/scenario-hash';
import { BUILT_IN_SCENARIO_IDS, builtInScenario } from '../model/scenarios';
import type { Scenario } from '../model/types';
import type { GameStoreState } from './game-store';

/** A class code read: the game it fixes, written the standard way, and where its scenario is. */
export interface ClassCodeGame extends ClassGame {
  /** The code written the standard way, e.g. `3F7K-Q2MA-9XRT`. */
  readonly code: string;
  /** The id of the built-in scenario it names; null when it names none (a teacher's own file). */
  readonly builtIn: string | null;
}

// Codes name a scenario by its hash for games begun now: the `game` scheme under these rules.
const fingerprint = (scenario: Scenario) =>
  classCodeScenario(scenarioHash(scenario, 'game', RULES_VERSION));

/**
 * A class code typed on the title (`typed`) or given by a `?class=` link (`link`): the game it
 * fixes, with the built-in scenario it names if any; or what is wrong, in words (parseClassCode),
 * and, for a link holding fewer than the code's 12 letters and digits, that the link was cut short.
 */
export function readClassCode(
  text: string,
  from: 'typed' | 'link',
):
  | { readonly ok: true; readonly game: ClassCodeGame }
  | { readonly ok: false; readonly error: string } {
  const parsed = parseClassCode(text);
  if (!parsed.ok) {
    const chars = text.replace(/[\s-]/g, '');
    return from === 'link' && chars.length < 12 && /^[0-9a-z]*$/i.test(chars)
      ? {
          ok: false,
          error: `the link was cut short: it holds “${chars}”, ${chars.length} of the code’s 12 letters and digits. Ask for the whole link, or type the code`,
        }
      : parsed;
  }
  const builtIn = BUILT_IN_SCENARIO_IDS.find((id) => {
    const scenario = builtInScenario(id);
    return scenario !== null && fingerprint(scenario) === parsed.game.scenario;
  });
  return { ok: true, game: { ...parsed.game, code: parsed.code, builtIn: builtIn ?? null } };
}

/**
 * The class code of a new game of a built-in scenario, by id, with these options (no `players`:
 * played by the model); null for an id the game does not ship.
 */
export function classCodeOfNewGame(id: string, options: GameOptions): string | null {
  const scenario = builtInScenario(id);
  return scenario
    ? classCodeOf({
        scenario: fingerprint(scenario),
        difficulty: options.difficulty,
        seed: options.seed,
        players: options.players ?? 'model',
      })
    : null;
}

/** Whether a scenario (from a file) is the one, in the same version, that a class code names. */
export function scenarioFitsClassCode(scenario: Scenario, game: ClassGame): boolean {
  return fingerprint(scenario) === game.scenario;
}

/**
 * The class code of the game in the store, which deals this game again to whoever enters it;
 * null for a game played under an earlier version of the rules (one taken over from an old save),
 * which no code can deal again.
 */
export const selectClassCode = (s: GameStoreState): string | null =>
  s.model.hashScheme === 'game' && s.model.rules === RULES_VERSION ? classCodeOfGame(s.game) : null;

/** The link that opens the title with a class code filled in: `page` with only `?class=CODE`. */
export function classCodeLink(code: string, page: string): string {
  return new URL(`?class=${code}`, page).href;
}
