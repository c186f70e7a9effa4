import type { ScenarioModel } from './compile';
import { digest } from './hash';
import { arriveNews } from './news';
import type { Outcome } from './outcome';
import { drawInts, type RandomState, seedRandom } from './random';
import type { RulesVersion } from './scenario-hash';
import type { Difficulty, Package } from './types';

/**
 * A leader's answer as the student playing it gives it, in a role-play: yes or no, and the
 * issue that hurts it most (an issue id of the scenario).
 */
export interface PlayerAnswer {
  readonly accepts: boolean;
  readonly issue: string;
}

/** Every leader's player's answer, by party id. */
export type PlayerAnswers = Readonly<Record<string, PlayerAnswer>>;

/**
 * What the mediator can do in one session. In a role-play (`players: 'people'`) the actions
 * that ask the leaders — tabling, the summit, and pressure while a package is on the table —
 * carry the answers their players gave, so that a save replays them as given.
 */
export type Action =
  | { readonly type: 'consult'; readonly party: string }
  | { readonly type: 'propose'; readonly package: Package; readonly answers?: PlayerAnswers }
  | { readonly type: 'pressure'; readonly party: string; readonly answers?: PlayerAnswers }
  | { readonly type: 'summit'; readonly answers?: PlayerAnswers }
  | { readonly type: 'adjourn' };

/**
 * Who answers for the leaders: the model, from each leader's hidden values (a solo game), or
 * people, each student playing one leader from its confidential brief (a role-play).
 */
export type Players = 'model' | 'people';

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
  /**
   * The party's true no-deal value in this game, 0–100: the scenario's, shifted by hidden noise
   * and by the news that has arrived; pressure does not change it (see demand.ts).
   */
  readonly noDealValue: number;
  /** The utility (0–100) the party demanded when the talks opened, difficulty premium included. */
  readonly opening: number;
  /** The exponent of its concession curve (types.ts ConcessionCurve). */
  readonly curve: number;
  /** Points added to its demand by public rejections, pressure on others and news. */
  readonly demandShift: number;
  /** Times the mediator has consulted it. */
  readonly consults: number;
  /** What consultation has revealed of its no-deal value: [low, high], or null before any. */
  readonly noDealRange: readonly [number, number] | null;
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
  /** Ids of the news events that arrived after this action, at the next session's start. */
  readonly news: readonly string[];
  /** A party that walked out under this action's pressure, or null. */
  readonly walkedOut: string | null;
}

/** A news event of the scenario, at the session this game's seed placed it. */
export interface ScheduledNews {
  readonly id: string;
  /** It arrives at the start of this session (1 = before the first action). */
  readonly session: number;
}

export interface GameState {
  readonly scenarioId: string;
  readonly scenarioHash: string;
  /** The version of the rules the game is played under (scenario-hash.ts RULES_VERSIONS). */
  readonly rules: RulesVersion;
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly rng: RandomState;
  readonly sessions: number;
  readonly sessionsUsed: number;
  readonly parties: Readonly<Record<string, PartyState>>;
  /** Every news event that arrives in this game, in scenario order, with its session. */
  readonly agenda: readonly ScheduledNews[];
  /** The package last tabled, which a summit would sign. */
  readonly table: Package | null;
  readonly answers: Answers | null;
  readonly history: readonly TalkEvent[];
  readonly outcome: Outcome | null;
  /**
   * `people` in a role-play, where students answer for the leaders; absent in a solo game, so
   * that a solo game's state, and its digest, is what it always was.
   */
  readonly players?: 'people';
}

export interface GameOptions {
  readonly seed: number;
  readonly difficulty: Difficulty;
  /** Who answers for the leaders; the model when absent. */
  readonly players?: Players;
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
 * A new game, solo or a role-play (`options.players`): every party at its starting trust and opening demand, its no-deal value shifted
 * by seeded hidden noise, its issues ordered by importance for consultation (ties broken by the
 * seed), and each news event placed at a session drawn by the seed from the scenario's range;
 * news due at the first session has already arrived.
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
  const agenda: ScheduledNews[] = [];
  for (const event of model.scenario.events ?? []) {
    const last = Math.min(event.sessions.to, settings.sessions);
    if (event.sessions.from > last) continue;
    const draw = drawInts(rng, 1, event.sessions.from, last);
    rng = draw.next;
    agenda.push({ id: event.id, session: draw.values[0] ?? event.sessions.from });
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
    const noDealValue = party.reservationValue.value + draw.noise;
    parties[id] = {
      trust: party.initialTrust.value,
      pressure: 0,
      noDealValue,
      opening: party.concession
        ? party.concession.opening.value + (settings.openingPremium ?? 0)
        : noDealValue,
      curve: party.concession?.curve.value ?? 1,
      demandShift: 0,
      consults: 0,
      noDealRange: null,
      revealOrder: order,
      revealed: Math.min(order.length, settings.revealedAtStart),
    };
  });
  const opened: GameState = {
    scenarioId: model.scenario.id,
    scenarioHash: model.hash,
    rules: model.rules,
    seed: options.seed,
    difficulty: options.difficulty,
    rng,
    sessions: settings.sessions,
    sessionsUsed: 0,
    parties,
    agenda,
    table: null,
    answers: null,
    history: [],
    outcome: null,
    ...(options.players === 'people' ? { players: 'people' as const } : {}),
  };
  return { ...opened, parties: arriveNews(model, opened, 0, 1).parties };
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
 * follows from the earlier states and the actions, which the save already pins down. A game
 * under rules 1 is digested as those rules' states were, without the fields rules 2 added
 * (their values there never change), so the saves of releases 0.1 and 0.2 still match.
 */
export function stateHash(state: GameState): string {
  if (state.rules !== 1) return digest({ ...state, history: state.history.length });
  const { rules: _rules, agenda: _agenda, parties, ...rest } = state;
  const earlier = Object.fromEntries(
    Object.entries(parties).map(([id, party]) => {
      const {
        opening: _o,
        curve: _c,
        demandShift: _d,
        consults: _n,
        noDealRange: _r,
        ...kept
      } = party;
      return [id, kept];
    }),
  );
  return digest({ ...rest, parties: earlier, history: state.history.length });
}
