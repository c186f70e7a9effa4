import type { ScenarioModel } from './compile';
import { digest } from './hash';
import type { Outcome } from './outcome';
import { drawInts, type RandomState, seedRandom } from './random';
import type { Difficulty, Package } from './types';

/** What the mediator can do in one session. */
export type Action =
  | { readonly type: 'consult'; readonly party: string }
  | { readonly type: 'propose'; readonly package: Package }
  | { readonly type: 'pressure'; readonly party: string }
  | { readonly type: 'summit' }
  | { readonly type: 'adjourn' };

export type ActionType = Action['type'];
export const ACTION_TYPES = [
  'consult',
  'propose',
  'pressure',
  'summit',
  'adjourn',
] as const satisfies readonly ActionType[];

/** A leader's answer to a package: yes or no, and the issue that hurts most. */
export interface Answer {
  readonly accepts: boolean;
  /** The crossed red line's issue if any, otherwise the issue that costs the party most. */
  readonly issue: string;
  readonly redLine: boolean;
}

export type Answers = Readonly<Record<string, Answer>>;

export interface PartyState {
  /** Trust in the mediator, 0–100; at 0 the party walks out. */
  readonly trust: number;
  /** Times the party's lever has been used. */
  readonly pressure: number;
  /** The party's true no-deal value in this game: the scenario's, shifted by hidden noise. */
  readonly noDealValue: number;
  /** Issue ids in the order consultation reveals them: most important first. */
  readonly revealOrder: readonly string[];
  /** How many of `revealOrder` the mediator knows. */
  readonly revealed: number;
}

/** One accepted action, as the history of the talks shows it. */
export interface TalkEvent {
  readonly step: number;
  /** The session the action was taken in, from 1. */
  readonly session: number;
  readonly action: Action;
  readonly answers: Answers | null;
  /** Trust changes the action caused, by party. */
  readonly trust: Readonly<Record<string, number>>;
}

export interface GameState {
  readonly scenarioId: string;
  readonly scenarioHash: string;
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly rng: RandomState;
  readonly sessions: number;
  readonly sessionsUsed: number;
  readonly parties: Readonly<Record<string, PartyState>>;
  /** The package last tabled, which a summit would sign. */
  readonly table: Package | null;
  readonly answers: Answers | null;
  readonly history: readonly TalkEvent[];
  readonly outcome: Outcome | null;
}

export interface GameOptions {
  readonly seed: number;
  readonly difficulty: Difficulty;
}

/** The largest seed: the generator takes 32-bit seeds (pure-rand's xoroshiro128+ seeding). */
export const MAX_SEED = 0xffffffff;

/** Seeds are whole numbers that fit the generator. */
export function isValidSeed(seed: unknown): seed is number {
  return typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

/**
 * Reads a seed typed by a person (the title's game number, a `?seed=` link, `--seed`): decimal
 * digits only, surrounding spaces ignored, 0 to MAX_SEED. Returns the seed, or an error naming
 * what is wrong, e.g. `must be a whole number from 0 to 4294967295, not "12a"`. Never throws.
 */
export function parseSeed(
  text: string,
): { readonly ok: true; readonly seed: number } | { readonly ok: false; readonly error: string } {
  const trimmed = text.trim();
  const seed = /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (isValidSeed(seed)) return { ok: true, seed };
  const shown = trimmed.length > 24 ? `${trimmed.slice(0, 24)}…` : trimmed;
  return {
    ok: false,
    error: `must be a whole number from 0 to ${MAX_SEED}, not "${shown.replace(/\p{Cc}/gu, '?')}"`,
  };
}

/**
 * A new game: every party at its starting trust, its no-deal value shifted by seeded hidden
 * noise, and its issues ordered by importance for consultation (ties broken by the seed).
 */
export function createGame(model: ScenarioModel, options: GameOptions): GameState {
  const settings = model.scenario.difficulties[options.difficulty];
  // Parties draw in id order, so listing them in another order cannot change a game.
  const ids = [...model.partyIds].sort();
  let rng = seedRandom(options.seed);
  const parties: Record<string, PartyState> = {};
  const drawn = new Map<string, { noise: number; keys: number[] }>();
  for (const id of ids) {
    const noise = drawInts(rng, 1, -settings.noise, settings.noise);
    const keys = drawInts(noise.next, model.issueIds.length, 0, 0x3fffffff);
    rng = keys.next;
    drawn.set(id, { noise: noise.values[0] ?? 0, keys: keys.values });
  }
  model.partyIds.forEach((id, p) => {
    const party = model.scenario.parties[p];
    const draw = drawn.get(id);
    if (!party || !draw) return;
    const weights = model.weights[p] ?? [];
    const order = model.issueIds
      .map((issue, i) => ({ issue, weight: weights[i] ?? 0, key: draw.keys[i] ?? 0 }))
      .sort((a, b) => b.weight - a.weight || a.key - b.key)
      .map((x) => x.issue);
    parties[id] = {
      trust: party.initialTrust.value,
      pressure: 0,
      noDealValue: party.reservationValue.value + draw.noise,
      revealOrder: order,
      revealed: Math.min(order.length, settings.revealedAtStart),
    };
  });
  return {
    scenarioId: model.scenario.id,
    scenarioHash: model.hash,
    seed: options.seed,
    difficulty: options.difficulty,
    rng,
    sessions: settings.sessions,
    sessionsUsed: 0,
    parties,
    table: null,
    answers: null,
    history: [],
    outcome: null,
  };
}

/** The issues the mediator has learnt a party cares about, most important first. */
export function revealedIssues(state: GameState, party: string): readonly string[] {
  const p = state.parties[party];
  return p ? p.revealOrder.slice(0, p.revealed) : [];
}

/** Sessions the mediator still has before the deadline. */
export function sessionsLeft(state: GameState): number {
  return Math.max(0, state.sessions - state.sessionsUsed);
}

/**
 * A digest of a game state, recorded in saves after each action. The history is left out: it
 * follows from the earlier states and the actions, which the save already pins down.
 */
export function stateHash(state: GameState): string {
  return digest({ ...state, history: state.history.length });
}
