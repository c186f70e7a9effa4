import type { Choice, ScenarioModel } from './compile';
import type { GameState } from './game';
import type { Outcome } from './outcome';
import { type PartyResult, talksResults } from './results';
import { type ScoreBreakdown, scoreBreakdown } from './score';
import { type TurningPoint, turningPoints } from './turning-points';
import type { Package } from './types';

/** What every section of the debrief reads: the game, its package and what it meant. */
export interface DebriefFacts {
  readonly model: ScenarioModel;
  /** The state before any action, then after each step. */
  readonly states: readonly GameState[];
  readonly final: GameState;
  readonly outcome: Outcome | null;
  /** The signed package, or else the last one tabled; null when nothing was tabled. */
  readonly pkg: Package | null;
  readonly choice: Choice | null;
  readonly signed: boolean;
  /** Each leader's utility of the package (0–100), in scenario order; null without a package. */
  readonly utilities: readonly number[] | null;
  /** Each leader's no-deal value in this game (0–100), hidden noise and news included. */
  readonly noDeal: readonly number[];
  /**
   * Each leader's demand when the talks ended (0–100, demand.ts): below its no-deal value only
   * under pressure.
   */
  readonly pressured: readonly number[];
  /** How each leader came out of the talks (results.ts), in scenario order. */
  readonly parties: readonly PartyResult[];
  readonly turningPoints: readonly TurningPoint[];
  /** For a deal, the inputs of each component of its score. */
  readonly breakdown: ScoreBreakdown | null;
}

/**
 * The facts of a replayed game, from its states (the first before any action, the last final;
 * at least one): the package judged and each leader's result as `talksResults` gives them, the
 * turning points, and a deal's score breakdown. Finished or not: a debrief shows hidden values.
 */
export function debriefFacts(model: ScenarioModel, states: readonly GameState[]): DebriefFacts {
  const final = states[states.length - 1] as GameState;
  const results = talksResults(model, final);
  const { outcome, choice } = results;
  return {
    model,
    states,
    final,
    outcome,
    pkg: results.package,
    choice,
    signed: results.signed,
    utilities: choice ? results.parties.map((r) => r.utility ?? 0) : null,
    noDeal: results.parties.map((r) => r.noDeal),
    pressured: results.parties.map((r) => r.demandAtEnd),
    parties: results.parties,
    turningPoints: turningPoints(model, states),
    breakdown: outcome?.kind === 'deal' && choice ? scoreBreakdown(model, choice) : null,
  };
}
