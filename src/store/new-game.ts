import { type GameOptions, parseSeed } from '../model/game';
import { scenarioBlurb } from '../model/scenario-words';
import { BUILT_IN_SCENARIO_IDS, builtInScenario, DEFAULT_SCENARIO_ID } from '../model/scenarios';
import { DIFFICULTIES, type Difficulty, type Party, type Scenario } from '../model/types';
import { createGameStore, type GameStoreApi } from './game-store';

/** A built-in scenario as the title offers it. */
export interface ScenarioChoice {
  readonly id: string;
  readonly title: string;
  /** What the scenario is, in a sentence or two (scenarioBlurb). */
  readonly blurb: string;
  /** Its leaders, in the scenario's order. */
  readonly parties: readonly Party[];
  /** Each difficulty's name and number of sessions in this scenario. */
  readonly difficulties: Readonly<
    Record<Difficulty, { readonly label: string; readonly sessions: number }>
  >;
}

/** What a new game can be: the built-in scenarios and the difficulties, and which come first. */
export interface NewGameChoices {
  /** In the order the title lists them. */
  readonly scenarios: readonly ScenarioChoice[];
  /** The scenario chosen before the player chooses. */
  readonly defaultScenario: string;
  /** Every difficulty, easiest first. */
  readonly difficulties: readonly Difficulty[];
  /** The difficulty chosen before the player chooses. */
  readonly defaultDifficulty: Difficulty;
}

/** The choices of a new game, from the scenarios that ship with it (model/scenarios). */
export function newGameChoices(): NewGameChoices {
  const scenarios = BUILT_IN_SCENARIO_IDS.map((id) => builtInScenario(id))
    .filter((s): s is Scenario => s !== null)
    .map(
      (s): ScenarioChoice => ({
        id: s.id,
        title: s.title,
        blurb: scenarioBlurb(s),
        parties: s.parties,
        difficulties: s.difficulties,
      }),
    );
  return {
    scenarios,
    defaultScenario: DEFAULT_SCENARIO_ID,
    difficulties: DIFFICULTIES,
    defaultDifficulty: 'normal',
  };
}

/**
 * A new game of a built-in scenario, by id, solo or a role-play (`options.players`); null for
 * an id the game does not ship.
 */
export function newBuiltInGame(id: string, options: GameOptions): GameStoreApi | null {
  const scenario = builtInScenario(id);
  return scenario ? createGameStore(scenario, options) : null;
}

/**
 * A fresh seed for a new game, from the browser's random numbers: the model itself never draws
 * on the clock or Math.random. A 32-bit whole number.
 */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

/**
 * The seed a game number typed by a person deals (the title's field, a `?seed=` link): none typed
 * (only spaces) deals a fresh one; otherwise decimal digits, 0 to 4294967295 (parseSeed), or an
 * error such as `must be a whole number from 0 to 4294967295, not "12a"`.
 */
export function seedOfGameNumber(
  typed: string,
): { readonly ok: true; readonly seed: number } | { readonly ok: false; readonly error: string } {
  return typed.trim() === '' ? { ok: true, seed: newSeed() } : parseSeed(typed);
}
