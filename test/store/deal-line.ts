import { playGame, type Step } from '../../src/model/bots';
import type { GameStoreApi } from '../../src/store/game-store';

/**
 * The expert bot's game from where the store's game stands, on its seed and difficulty:
 * consultations, a package every leader accepts, then the summit that signs it. Leaders open high
 * and concede over the sessions, so no package is signed at a first summit.
 */
export function dealLine(store: GameStoreApi): readonly Step[] {
  const { model, game, steps } = store.getState();
  if (steps.length > 0) throw new Error('the deal line starts from a new game');
  const played = playGame(model, {
    seed: game.seed,
    difficulty: game.difficulty,
    strategy: 'expert',
  });
  if (played.state.outcome?.kind !== 'deal' || played.steps.at(-1)?.action.type !== 'summit') {
    throw new Error(`the expert bot reaches no deal on seed ${game.seed}`);
  }
  return played.steps;
}

/** Plays each step's action through the store; every one must be accepted. */
export function playThrough(store: GameStoreApi, steps: readonly Step[]): void {
  for (const { action } of steps) {
    const result = store.getState().dispatch(action);
    if (!result.ok) throw new Error(`${action.type} was refused: ${result.rejection.message}`);
  }
}

/** Brings a new game to the eve of its deal: the deal line up to, not including, the summit. */
export function tableAcceptedPackage(store: GameStoreApi): void {
  playThrough(store, dealLine(store).slice(0, -1));
}
