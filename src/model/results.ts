import { type Choice, choiceOf, type ScenarioModel } from './compile';
import { type Concession, concessions } from './concessions';
import { demandOf } from './demand';
import type { GameState } from './game';
import type { Outcome } from './outcome';
import type { Package } from './types';
import { utilities } from './utility';

/** How a package compares with a leader's no-deal value in the game. */
export type VersusNoDeal = 'better-off' | 'no-better-off' | 'worse-off';

/** How one leader came out of the talks: the hidden values, now shown. */
export interface PartyResult {
  readonly party: string;
  /** What the package is worth to it, 0–100 (exact); null when nothing was tabled. */
  readonly utility: number | null;
  /** Its no-deal value in this game, 0–100: the stated one moved by hidden noise and news. */
  readonly noDeal: number;
  /** Its no-deal value as the scenario states it (`reservationValue`), 0–100: what a deal is scored against. */
  readonly statedNoDeal: number;
  /** Times the mediator used its lever. */
  readonly pressure: number;
  /**
   * Its no-deal value as pressure left it, 0–100 or below: `noDeal` minus the lever's
   * `reservationDrop` for each use; `noDeal` when never pressed.
   */
  readonly pressuredNoDeal: number;
  /** The least utility it would sign for when the talks ended (demand.ts), 0–100 or below under pressure. */
  readonly demandAtEnd: number;
  /** `utility` − `noDeal` in utility points; null when nothing was tabled. */
  readonly gain: number | null;
  /** Whether the package leaves it better off than no deal, on exact utilities; null without a package. */
  readonly versusNoDeal: VersusNoDeal | null;
  /** The issues on which the package gives it less than its favourite, costliest first. */
  readonly concessions: readonly Concession[];
}

/** What the talks came to, for the screens after them. */
export interface TalksResults {
  readonly outcome: Outcome | null;
  /** The signed package, or else the last one tabled; null when nothing was tabled. */
  readonly package: Package | null;
  readonly choice: Choice | null;
  /** Whether `package` was signed (a deal or a surrender) rather than only tabled. */
  readonly signed: boolean;
  /** One per leader, in the scenario's party order. */
  readonly parties: readonly PartyResult[];
}

/**
 * How each leader came out of a game: the package judged is the signed one, or else the last
 * one tabled (null when none was); each leader's utility of it (0–100), its no-deal value in the
 * game and as stated, the no-deal value pressure left it (the lever's drop per use), its demand
 * at the end, whether the package beats its no-deal value, and its concessions. It reads hidden
 * values: screens show it once the talks are over (or a saved game is debriefed). Returns no
 * error: a leader missing from the state counts at its stated no-deal value, unpressed.
 */
export function talksResults(model: ScenarioModel, state: GameState): TalksResults {
  const outcome = state.outcome;
  const signed = outcome !== null && outcome.kind !== 'stalemate';
  const pkg = outcome && outcome.kind !== 'stalemate' ? outcome.package : state.table;
  const parsed = pkg ? choiceOf(model, pkg) : null;
  const choice = parsed?.ok ? parsed.choice : null;
  const values = choice ? utilities(model, choice) : null;
  const conceded = choice ? concessions(model, choice) : null;
  const parties = model.partyIds.map((id, p): PartyResult => {
    const party = state.parties[id];
    const statedNoDeal = model.reservationValues[p] ?? 0;
    const noDeal = party?.noDealValue ?? statedNoDeal;
    const pressure = party?.pressure ?? 0;
    const utility = values?.[p] ?? null;
    const gain = utility === null ? null : utility - noDeal;
    return {
      party: id,
      utility,
      noDeal,
      statedNoDeal,
      pressure,
      pressuredNoDeal: pressuredNoDeal(model, p, noDeal, pressure),
      demandAtEnd: demandOf(model, state, p),
      gain,
      versusNoDeal:
        gain === null ? null : gain > 0 ? 'better-off' : gain < 0 ? 'worse-off' : 'no-better-off',
      concessions: conceded?.[p]?.concessions ?? [],
    };
  });
  return { outcome, package: pkg, choice, signed, parties };
}

/**
 * A no-deal value as pressure leaves it (0–100 or below): `noDeal` less party `p`'s lever's
 * `reservationDrop` (scenario data) for each of `pressure` uses; `noDeal` when never pressed. In
 * a role-play, the value the leader's player is to feel.
 */
export function pressuredNoDeal(
  model: ScenarioModel,
  p: number,
  noDeal: number,
  pressure: number,
): number {
  return noDeal - pressure * (model.scenario.parties[p]?.lever.reservationDrop ?? 0);
}
