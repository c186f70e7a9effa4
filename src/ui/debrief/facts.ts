import { type Choice, choiceOf, type ScenarioModel } from '../../model/compile';
import { demandOf } from '../../model/demand';
import type { GameState } from '../../model/game';
import type { Outcome } from '../../model/outcome';
import { type ScoreBreakdown, scoreBreakdown } from '../../model/score';
import { type TurningPoint, turningPoints } from '../../model/turning-points';
import type { Package, Party } from '../../model/types';
import { roundUtility, utilities } from '../../model/utility';

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
  /** Each leader's utility of the package, in scenario order. */
  readonly utilities: readonly number[] | null;
  /** Each leader's no-deal value in this game, hidden noise included. */
  readonly noDeal: readonly number[];
  /** Each leader's demand when the talks ended (model/demand.ts): below its no-deal value only under pressure. */
  readonly pressured: readonly number[];
  readonly turningPoints: readonly TurningPoint[];
  /** For a deal, the inputs of each component of its score. */
  readonly breakdown: ScoreBreakdown | null;
}

/** The facts of a replayed game. */
export function debriefFacts(model: ScenarioModel, states: readonly GameState[]): DebriefFacts {
  const final = states[states.length - 1] as GameState;
  const outcome = final.outcome;
  const signed = outcome !== null && outcome.kind !== 'stalemate';
  const pkg = outcome && outcome.kind !== 'stalemate' ? outcome.package : final.table;
  const parsed = pkg ? choiceOf(model, pkg) : null;
  const choice = parsed?.ok ? parsed.choice : null;
  const noDeal = model.partyIds.map(
    (id, p) => final.parties[id]?.noDealValue ?? model.reservationValues[p] ?? 0,
  );
  const pressured = model.partyIds.map((_, p) => demandOf(model, final, p));
  return {
    model,
    states,
    final,
    outcome,
    pkg,
    choice,
    signed,
    utilities: choice ? utilities(model, choice) : null,
    noDeal,
    pressured,
    turningPoints: turningPoints(model, states),
    breakdown: outcome?.kind === 'deal' && choice ? scoreBreakdown(model, choice) : null,
  };
}

/** What the player's package is called: signed, or only tabled. */
export function packageName(facts: DebriefFacts): string {
  return facts.signed ? 'Your signed package' : 'Your last tabled package';
}

/** "President Donald Trump (United States)". */
export function fullName(party: Party): string {
  return `${party.leader.title} ${party.leader.name} (${party.country})`;
}

/** A utility for people: one decimal place at most. */
export function points(value: number): string {
  return roundUtility(value).toString();
}

/** A count with thousands separated: "5,184". */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}
