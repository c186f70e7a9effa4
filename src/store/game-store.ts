import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Step } from '../model/bots';
import { compileScenario, type ScenarioModel } from '../model/compile';
import {
  type Action,
  createGame,
  type GameOptions,
  type GameState,
  stateHash,
} from '../model/game';
import { type ActionResult, applyAction } from '../model/reducer';
import type { Package, Scenario } from '../model/types';
import { replaySave } from '../saves/replay';
import { scenarioById } from '../saves/resolve-scenario';
import { createSave, type SaveV1 } from '../saves/save-v1';

export interface GameStoreState {
  readonly model: ScenarioModel;
  readonly game: GameState;
  /** Every accepted action with the digest of the state after it: the save. */
  readonly steps: readonly Step[];
}

export interface GameStoreActions {
  /** Runs the reducer; a refused action changes nothing and the result says why. */
  dispatch(action: Action): ActionResult;
  consult(party: string): ActionResult;
  propose(pkg: Package): ActionResult;
  pressure(party: string): ActionResult;
  convene(): ActionResult;
  adjourn(): ActionResult;
  /** Starts the game again, with the same options unless others are given. */
  reset(options?: Partial<GameOptions>): void;
  toSave(): SaveV1;
}

export type GameStore = GameStoreState & GameStoreActions;
export type GameStoreApi = StoreApi<GameStore>;

/** Whether the game ships this exact scenario, so a save can name it instead of carrying it. */
function isKnown(model: ScenarioModel): boolean {
  const known = scenarioById(model.scenario.id);
  return known.ok && compileScenario(known.scenario).hash === model.hash;
}

function storeFor(model: ScenarioModel, game: GameState, steps: readonly Step[]): GameStoreApi {
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
      model,
      game,
      steps,
      dispatch,
      consult: (party) => dispatch({ type: 'consult', party }),
      propose: (pkg) => dispatch({ type: 'propose', package: pkg }),
      pressure: (party) => dispatch({ type: 'pressure', party }),
      convene: () => dispatch({ type: 'summit' }),
      adjourn: () => dispatch({ type: 'adjourn' }),
      reset: (options) => {
        const { seed, difficulty } = get().game;
        set({ game: createGame(model, { seed, difficulty, ...options }), steps: [] });
      },
      toSave: () => createSave(model, get().game, get().steps, !isKnown(model)),
    };
  });
}

/** A store holding a new game of a scenario. */
export function createGameStore(scenario: Scenario, options: GameOptions): GameStoreApi {
  const model = compileScenario(scenario);
  return storeFor(model, createGame(model, options), []);
}

/** A store holding a saved game, replayed and checked step by step. */
export function gameStoreFromSave(
  save: SaveV1,
): { ok: true; store: GameStoreApi } | { ok: false; error: string } {
  const replay = replaySave(save);
  if (!replay.ok) return replay;
  return { ok: true, store: storeFor(replay.model, replay.final, save.steps) };
}
