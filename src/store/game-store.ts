import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Step } from '../model/bots';
import { compileScenario, type ScenarioModel } from '../model/compile';
import {
  type Action,
  createGame,
  type GameOptions,
  type GameState,
  type PlayerAnswers,
  stateHash,
} from '../model/game';
import { type ActionResult, applyAction } from '../model/reducer';
import type { Package, Scenario } from '../model/types';
import { replaySave } from '../saves/replay';
import {
  createSave,
  randomGameId,
  type Save,
  type SaveBranch,
  saveName,
} from '../saves/save-format';

export interface GameStoreState {
  /** The game's id (12 hex digits): its saves carry it, and it names its autosave slot. */
  readonly gameId: string;
  readonly model: ScenarioModel;
  readonly game: GameState;
  /** Every accepted action with the digest of the state after it: the save. */
  readonly steps: readonly Step[];
  /** The save this game was taken over from, and at which step; null for a game begun fresh. */
  readonly branchedFrom: SaveBranch | null;
}

/** What a person gives a save: a name, and when (ISO 8601; null keeps the save reproducible). */
export interface SaveMetaInput {
  readonly name: string;
  readonly savedAt: string | null;
}

export interface GameStoreActions {
  /** Runs the reducer; a refused action changes nothing and the result says why. */
  dispatch(action: Action): ActionResult;
  consult(party: string): ActionResult;
  /**
   * Tables a package. In a role-play, `answers` holds each leader's player's answer, which the
   * game records; in a solo game the model answers and `answers` must be left out.
   */
  propose(pkg: Package, answers?: PlayerAnswers): ActionResult;
  /** Presses a leader; in a role-play with a package on the table, every player answers again. */
  pressure(party: string, answers?: PlayerAnswers): ActionResult;
  /** Convenes the summit; in a role-play, each player says whether it signs. */
  convene(answers?: PlayerAnswers): ActionResult;
  adjourn(): ActionResult;
  /**
   * Starts a new game, with the same options (seed, difficulty, who plays the leaders) unless
   * others are given: a new id, no longer a branch.
   */
  reset(options?: Partial<GameOptions>): void;
  /**
   * Goes on as a game of its own, under a new id, with the same state and steps; it remembers the
   * game it was taken from (its name) and at which step, like a game played on from a save.
   */
  separate(from: string): void;
  /** The game so far as a save; a scenario the game does not ship travels inside it. */
  toSave(meta: SaveMetaInput): Save;
}

export type GameStore = GameStoreState & GameStoreActions;
export type GameStoreApi = StoreApi<GameStore>;

function storeFor(
  gameId: string,
  model: ScenarioModel,
  game: GameState,
  steps: readonly Step[],
  branchedFrom: SaveBranch | null,
): GameStoreApi {
  return createStore<GameStore>()((set, get) => {
    const dispatch = (action: Action): ActionResult => {
      const { game: current, steps: log } = get();
      const result = applyAction(model, current, action);
      if (result.ok) {
        const recorded = result.state.history[result.state.history.length - 1]?.action ?? action;
        set({
          game: result.state,
          steps: [...log, { action: recorded, hash: stateHash(result.state) }],
        });
      }
      return result;
    };
    return {
      gameId,
      model,
      game,
      steps,
      branchedFrom,
      dispatch,
      consult: (party) => dispatch({ type: 'consult', party }),
      propose: (pkg, answers) =>
        dispatch({ type: 'propose', package: pkg, ...(answers ? { answers } : {}) }),
      pressure: (party, answers) =>
        dispatch({ type: 'pressure', party, ...(answers ? { answers } : {}) }),
      convene: (answers) => dispatch({ type: 'summit', ...(answers ? { answers } : {}) }),
      adjourn: () => dispatch({ type: 'adjourn' }),
      reset: (options) => {
        const { seed, difficulty, players } = get().game;
        // A role-play played again is a role-play again, unless the options say otherwise.
        const same: GameOptions = { seed, difficulty, ...(players ? { players } : {}) };
        set({
          gameId: randomGameId(),
          game: createGame(model, { ...same, ...options }),
          steps: [],
          branchedFrom: null,
        });
      },
      separate: (from) =>
        set({
          gameId: randomGameId(),
          branchedFrom: { name: saveName(from), step: get().steps.length },
        }),
      toSave: ({ name, savedAt }) => {
        const { gameId: id, game: current, steps: log, branchedFrom: branch } = get();
        return createSave(model, current, log, { name, savedAt, branchedFrom: branch, game: id });
      },
    };
  });
}

/** A store holding a new game of a scenario. */
export function createGameStore(scenario: Scenario, options: GameOptions): GameStoreApi {
  const model = compileScenario(scenario);
  return storeFor(randomGameId(), model, createGame(model, options), [], null);
}

export type StoreResult =
  | { readonly ok: true; readonly store: GameStoreApi }
  | { readonly ok: false; readonly error: string; readonly step?: number };

/**
 * A store holding a saved game, replayed and checked step by step, ready to play on as the same
 * game (the save's id).
 */
export function gameStoreFromSave(save: Save): StoreResult {
  const replay = replaySave(save);
  if (!replay.ok) return replay;
  return {
    ok: true,
    store: storeFor(save.game, replay.model, replay.final, save.steps, save.branchedFrom),
  };
}

/**
 * A new game taken over from a save after its first `step` steps (0 = before any action): those
 * steps are replayed and checked, the rest are dropped, and the store remembers where it began.
 * The new game has an id of its own.
 */
export function branchFromSave(save: Save, step: number): StoreResult {
  if (!Number.isInteger(step) || step < 0 || step > save.steps.length) {
    return {
      ok: false,
      error: `there is no step ${step} to play on from: this save has steps 0 to ${save.steps.length}`,
    };
  }
  const steps = save.steps.slice(0, step);
  const replay = replaySave({ ...save, steps });
  if (!replay.ok) return replay;
  return {
    ok: true,
    store: storeFor(randomGameId(), replay.model, replay.final, steps, {
      name: save.name,
      step,
    }),
  };
}
