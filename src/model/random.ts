import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** The generator's whole state: plain numbers, stored in the game state and the save. */
export type RandomState = readonly number[];

/** The generator state for a seed. */
export function seedRandom(seed: number): RandomState {
  return xoroshiro128plus(seed | 0).getState();
}

/**
 * Draws `count` whole numbers in [min, max] from a stored generator state, returning them with
 * the next state; the stored state itself is never changed.
 */
export function drawInts(
  state: RandomState,
  count: number,
  min: number,
  max: number,
): { values: number[]; next: RandomState } {
  const rng = xoroshiro128plusFromState(state);
  const values = Array.from({ length: count }, () => uniformInt(rng, min, max));
  return { values, next: rng.getState() };
}
