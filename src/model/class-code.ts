import type { Players } from './game';
import type { Difficulty } from './types';

/**
 * What a class code fixes, so that every student or group who enters it plays the same game: the
 * scenario (the first five hex digits of its game hash, so the same version of the same file),
 * the difficulty, the seed (the same hidden no-deal values and news sessions) and who plays the
 * leaders.
 */
export interface ClassGame {
  /** The first 5 hex digits (20 bits) of the scenario's game hash (scenario-hash.ts). */
  readonly scenario: string;
  readonly difficulty: Difficulty;
  /** 0 to MAX_SEED. */
  readonly seed: number;
  readonly players: Players;
}

// Crockford's base 32: no I, L, O or U, so that a code read aloud or copied from a board is
// typed right; reading accepts I and L as 1 and O as 0.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DIFFICULTIES: readonly Difficulty[] = ['easy', 'normal', 'hard'];
const CODE_CHARS = 12;
const GROUP = 4;

// 60 bits: scenario 20, difficulty 2, players 1, seed 32, check 5 (game mechanic).
const checkOf = (payload: bigint): bigint => {
  // The sum of the payload's 5-bit digits, weighted by position, mod 31: a mistyped character
  // or a swap of two neighbours changes it, unless the two characters are 0 and Z.
  let sum = 0n;
  for (let i = 0n; i < 11n; i++) sum += ((payload >> (5n * i)) & 31n) * (i + 1n);
  return sum % 31n;
};

/** The first five hex digits of a scenario's game hash: what a class code names it by. */
export function classCodeScenario(scenarioHash: string): string {
  return scenarioHash.slice(0, 5).toLowerCase();
}

/**
 * A game's class code: 12 characters of Crockford base 32 in three groups of four, e.g.
 * `3F7K-Q2MA-9XRT`, packing the scenario's fingerprint, the difficulty, who plays the leaders and
 * the seed, with a check character against typing mistakes (game mechanic). Throws on a game outside its fields'
 * ranges (a bug in the caller: games are checked when made).
 */
export function classCodeOf(game: ClassGame): string {
  const scenario = Number.parseInt(game.scenario, 16);
  const difficulty = DIFFICULTIES.indexOf(game.difficulty);
  if (!/^[0-9a-f]{5}$/.test(game.scenario) || difficulty < 0) {
    throw new Error(`no class code for ${JSON.stringify(game)}`);
  }
  if (!Number.isSafeInteger(game.seed) || game.seed < 0 || game.seed > 0xffffffff) {
    throw new Error(`no class code for seed ${game.seed}`);
  }
  const payload =
    (BigInt(scenario) << 35n) |
    (BigInt(difficulty) << 33n) |
    (BigInt(game.players === 'people' ? 1 : 0) << 32n) |
    BigInt(game.seed);
  let value = (payload << 5n) | checkOf(payload);
  let text = '';
  for (let i = 0; i < CODE_CHARS; i++) {
    text = ALPHABET[Number(value & 31n)] + text;
    value >>= 5n;
  }
  return [0, 1, 2].map((g) => text.slice(g * GROUP, (g + 1) * GROUP)).join('-');
}

/**
 * Reads a class code typed or pasted by a person, or taken from a link: case, spaces and hyphens
 * do not matter, and I, L and O are read as 1, 1 and 0. Returns the game it fixes and the code
 * written the standard way, or an error naming what is wrong (too short, a character that is not
 * in codes, a mistyped character). Never throws.
 */
export function parseClassCode(
  text: string,
):
  | { readonly ok: true; readonly code: string; readonly game: ClassGame }
  | { readonly ok: false; readonly error: string } {
  const chars = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  const wrong = [...chars].find((c) => !ALPHABET.includes(c));
  if (wrong !== undefined) {
    return {
      ok: false,
      error: `“${shown}” has “${wrong.replace(/\p{Cc}/gu, '?')}”, which is not in class codes (they use digits and letters, like 3F7K-Q2MA-9XRT)`,
    };
  }
  if (chars.length !== CODE_CHARS) {
    return {
      ok: false,
      error: `“${shown}” has ${chars.length} letters and digits; a class code has ${CODE_CHARS}, like 3F7K-Q2MA-9XRT`,
    };
  }
  let value = 0n;
  for (const c of chars) value = (value << 5n) | BigInt(ALPHABET.indexOf(c));
  const payload = value >> 5n;
  const difficulty = DIFFICULTIES[Number((payload >> 33n) & 3n)];
  if ((value & 31n) !== checkOf(payload) || difficulty === undefined) {
    return {
      ok: false,
      error: `“${shown}” is not a class code: a character is mistyped`,
    };
  }
  const game: ClassGame = {
    scenario: Number(payload >> 35n)
      .toString(16)
      .padStart(5, '0'),
    difficulty,
    players: (payload >> 32n) & 1n ? 'people' : 'model',
    seed: Number(payload & 0xffffffffn),
  };
  return { ok: true, code: classCodeOf(game), game };
}

/** The class code of a game in play or saved: its scenario, difficulty, seed and players. */
export function classCodeOfGame(state: {
  readonly scenarioHash: string;
  readonly difficulty: Difficulty;
  readonly seed: number;
  readonly players?: Players;
}): string {
  return classCodeOf({
    scenario: classCodeScenario(state.scenarioHash),
    difficulty: state.difficulty,
    seed: state.seed,
    players: state.players ?? 'model',
  });
}
