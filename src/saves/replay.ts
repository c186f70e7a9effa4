import type { ScenarioModel } from '../model/compile';
import { createGame, type GameState, stateHash } from '../model/game';
import { applyAction } from '../model/reducer';
import { modelOfScenario } from './resolve-scenario';
import type { Save } from './save-format';

export type ReplayResult =
  | {
      readonly ok: true;
      readonly model: ScenarioModel;
      /** The state before any action, then after each step. */
      readonly states: readonly GameState[];
      readonly final: GameState;
    }
  | {
      readonly ok: false;
      readonly error: string;
      /** The step (from 1) at which the save stopped reproducing, when it got that far. */
      readonly step?: number;
    };

/** The compiled scenario a save was made with, if this game has that version of it. */
export function modelOfSave(
  save: Save,
): { ok: true; model: ScenarioModel } | { ok: false; error: string } {
  return modelOfScenario(save.scenario);
}

/**
 * Replays a save from its seed: every action must be accepted and lead to the recorded state
 * digest; the first step that does not is reported as where the save diverges.
 */
export function replaySave(save: Save): ReplayResult {
  const found = modelOfSave(save);
  return found.ok ? replayUnder(found.model, save) : found;
}

/** Replays a save's steps under a given compiled scenario, by the same rule as `replaySave`. */
export function replayUnder(model: ScenarioModel, save: Save): ReplayResult {
  let state = createGame(model, {
    seed: save.seed,
    difficulty: save.difficulty,
    ...(save.players === 'people' ? { players: 'people' as const } : {}),
  });
  const states = [state];
  for (const [i, step] of save.steps.entries()) {
    const result = applyAction(model, state, step.action);
    if (!result.ok) {
      return {
        ok: false,
        step: i + 1,
        error: `diverges at step ${i + 1}: ${result.rejection.message}`,
      };
    }
    state = result.state;
    if (stateHash(state) !== step.hash) {
      return {
        ok: false,
        step: i + 1,
        error: `diverges at step ${i + 1}: the game no longer reaches the recorded state`,
      };
    }
    states.push(state);
  }
  return { ok: true, model, states, final: state };
}
