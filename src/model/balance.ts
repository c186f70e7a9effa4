import { playGame, type Strategy } from './bots';
import type { ScenarioModel } from './compile';
import type { StalemateCause } from './outcome';
import type { Difficulty } from './types';

/** How one strategy fared on every seed of one difficulty. */
export interface BalanceRow {
  readonly strategy: Strategy;
  readonly difficulty: Difficulty;
  readonly games: number;
  readonly deals: number;
  readonly surrenders: number;
  /** Stalemates by cause: the deadline, a failed summit, a walk-out, or talks ended. */
  readonly stalemates: Readonly<Record<StalemateCause, number>>;
  /** Median deal score (0–100) of the games that ended in a deal; null when none did. */
  readonly medianDealScore: number | null;
  /** The deal scores' lower quartile, median and upper quartile; null when no game was a deal. */
  readonly dealScoreQuartiles: readonly [number, number, number] | null;
  /** Median sessions used, over all games. */
  readonly medianSessions: number;
}

/** The seeds a balance run plays: 1 to `count`, the same for every strategy and difficulty. */
export function balanceSeeds(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1);
}

/**
 * Plays each strategy on each seed at each difficulty and counts the outcomes: the measure of a
 * scenario's balance (can it be lost, does skill pay). Deterministic: the same arguments give
 * the same rows. Rows come in the order of `strategies`, then `difficulties`.
 */
export function measureBalance(
  model: ScenarioModel,
  strategies: readonly Strategy[],
  difficulties: readonly Difficulty[],
  seeds: readonly number[],
): BalanceRow[] {
  return strategies.flatMap((strategy) =>
    difficulties.map((difficulty) => {
      const stalemates: Record<StalemateCause, number> = {
        deadline: 0,
        'failed-summit': 0,
        'walk-out': 0,
        adjourned: 0,
      };
      let deals = 0;
      let surrenders = 0;
      const scores: number[] = [];
      const sessions: number[] = [];
      for (const seed of seeds) {
        const { state } = playGame(model, { seed, difficulty, strategy });
        const outcome = state.outcome;
        sessions.push(state.sessionsUsed);
        if (outcome?.kind === 'deal') {
          deals++;
          scores.push(outcome.score.total);
        } else if (outcome?.kind === 'surrender') {
          surrenders++;
        } else if (outcome?.kind === 'stalemate') {
          stalemates[outcome.cause]++;
        }
      }
      return {
        strategy,
        difficulty,
        games: seeds.length,
        deals,
        surrenders,
        stalemates,
        medianDealScore: median(scores),
        dealScoreQuartiles: quartiles(scores),
        medianSessions: median(sessions) ?? 0,
      };
    }),
  );
}

/** The median of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/**
 * The lower quartile, median and upper quartile of a list (linear between the nearest ranks, as
 * spreadsheets' QUARTILE.INC computes them); null for an empty list.
 */
export function quartiles(values: readonly number[]): [number, number, number] | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const rank = q * (sorted.length - 1);
    const low = Math.floor(rank);
    const below = sorted[low] ?? 0;
    const above = sorted[Math.min(sorted.length - 1, low + 1)] ?? below;
    return below + (above - below) * (rank - low);
  };
  return [at(0.25), at(0.5), at(0.75)];
}
