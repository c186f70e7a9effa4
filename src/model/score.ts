import { analyze, leftOnTable } from './analysis';
import { type Choice, choiceAt, type ScenarioModel } from './compile';
import { roundUtility, utilities } from './utility';

export interface DealScore {
  /** 0–100, the weighted mean of the components. */
  readonly total: number;
  /** 100 when every party gained at least what the Nash bargaining package gives it. */
  readonly fairness: number;
  /** 100 when no other signable package was better for every party at once. */
  readonly efficiency: number;
  /** How much the package's terms make the settlement last (guarantees, monitors, laws). */
  readonly durability: number;
  /**
   * The index of a package this one is at least as good as for every party whose own score
   * lifted this one's total (the Pareto floor); absent when the total is the package's own.
   */
  readonly carriedFrom?: number;
}

/** What a deal's score is measured against: the scenario's numbers, never a game's hidden ones. */
interface ScoreBasis {
  /** Each party's stated no-deal value, 0–100. */
  readonly noDeal: readonly number[];
  /** Packages crossing no red line that give every party at least its stated no-deal value. */
  readonly signable: readonly number[];
  /**
   * Each party's gain over its stated no-deal value in the Nash bargaining package of the
   * analysis (exact products, the first in package order on a tie); 0s when there is none.
   */
  readonly nashGains: readonly number[];
}

const bases = new WeakMap<ScenarioModel, ScoreBasis>();

function scoreBasis(model: ScenarioModel): ScoreBasis {
  const known = bases.get(model);
  if (known) return known;
  const analysis = analyze(model);
  const noDeal = model.reservationValues;
  const signable: number[] = [];
  for (let k = 0; k < model.packageCount; k++) {
    if (analysis.redLined[k] === 1) continue;
    if (noDeal.every((rv, p) => (analysis.utilities[p]?.[k] ?? 0) >= rv)) signable.push(k);
  }
  const nash = analysis.nash;
  const nashGains = noDeal.map((rv, p) =>
    nash === null ? 0 : (analysis.utilities[p]?.[nash] ?? 0) - rv,
  );
  const basis = { noDeal, signable, nashGains };
  bases.set(model, basis);
  return basis;
}

/**
 * A party's gain over its stated no-deal value as a share (0–1) of its gain in the Nash
 * bargaining package: 1 when it gains at least as much as there.
 */
function nashShare(basis: ScoreBasis, u: readonly number[], p: number): number {
  const target = basis.nashGains[p] ?? 0;
  const gain = (u[p] ?? 0) - (basis.noDeal[p] ?? 0);
  return target > 0 ? Math.min(1, Math.max(0, gain / target)) : gain >= 0 ? 1 : 0;
}

/** The package's own components and their weighted mean, before the Pareto floor. */
function ownScore(model: ScenarioModel, choice: Choice, u: readonly number[]) {
  const basis = scoreBasis(model);
  const fairness = 100 * Math.min(...model.partyIds.map((_, p) => nashShare(basis, u, p)));
  return weighDeal(model, choice, fairness);
}

/**
 * A deal's components and total, given its fairness (0–100, measured as the rules in force
 * measure it): efficiency is 100 less `efficiencyPenalty` per utility point every party could
 * still have gained at once (at least 0), durability the chosen terms' durability values over
 * the most durable terms (100 when no term has one), and the total their mean weighted by
 * `scoreWeights`; each rounded to a whole number. Every rules version scores a deal this way,
 * so a change here changes how old saves replay (outcome-v1.ts): make it under a new rules version.
 * Penalty, weights and durability values are the scenario's (game mechanics).
 */
export function weighDeal(model: ScenarioModel, choice: Choice, fairness: number): DealScore {
  const rules = model.scenario.rules.outcome;
  const fair = Math.round(fairness);
  const efficiency = Math.round(
    Math.max(0, 100 - rules.efficiencyPenalty * leftOnTable(model, choice)),
  );
  let dur = 0;
  let durMax = 0;
  model.durability.forEach((options, i) => {
    dur += options[choice[i] ?? 0] ?? 0;
    durMax += Math.max(...options);
  });
  const durability = durMax > 0 ? Math.round((100 * dur) / durMax) : 100;
  const w = rules.scoreWeights;
  const total = Math.round(
    (w.fairness * fair + w.efficiency * efficiency + w.durability * durability) /
      (w.fairness + w.efficiency + w.durability),
  );
  return { total, fairness: fair, efficiency, durability };
}

const ownTotals = new WeakMap<ScenarioModel, Map<number, number>>();

/**
 * A deal's score, 0–100: the weighted mean (`scoreWeights`) of fairness (100 × the smallest
 * share any party got of its gain over its stated no-deal value in the Nash bargaining package,
 * the signable package that maximises the product of gains; Nash 1950), efficiency (100 less `efficiencyPenalty` per
 * utility point every party could still have gained at once) and durability (the terms'
 * durability values over the most durable terms). Measured on the scenario's stated numbers,
 * so the same package always scores the same. It is Pareto-monotone: a package at least as
 * good for every party as a signable package scores at least what that package scores on its
 * own (`carriedFrom` names that package's index when it lifted the score). Weights, penalty and
 * durability values are the scenario's (game mechanics).
 */
export function scoreDeal(model: ScenarioModel, choice: Choice): DealScore {
  const u = utilities(model, choice);
  const own = ownScore(model, choice, u);
  const analysis = analyze(model);
  const cache = ownTotals.get(model) ?? new Map<number, number>();
  ownTotals.set(model, cache);
  let best = own.total;
  let carriedFrom: number | null = null;
  for (const k of scoreBasis(model).signable) {
    if (!model.partyIds.every((_, p) => (analysis.utilities[p]?.[k] ?? 0) <= (u[p] ?? 0))) continue;
    let total = cache.get(k);
    if (total === undefined) {
      const other = choiceAt(model, k);
      total = ownScore(model, other, utilities(model, other)).total;
      cache.set(k, total);
    }
    if (total > best) {
      best = total;
      carriedFrom = k;
    }
  }
  return carriedFrom === null ? own : { ...own, total: best, carriedFrom };
}

/**
 * Each party's gain over its stated no-deal value as a share (0–1) of its gain in the Nash
 * bargaining package, in scenario order; `u` holds the package's utilities (0–100).
 */
export function nashShares(model: ScenarioModel, u: readonly number[]): number[] {
  const basis = scoreBasis(model);
  return model.partyIds.map((_, p) => nashShare(basis, u, p));
}

/** The inputs of a deal's score, for the debrief to show beside each component. */
export interface ScoreBreakdown {
  readonly score: DealScore;
  /**
   * Per party, in scenario order: its utility, stated no-deal value, its gain over that value
   * (the utility as shown less the no-deal value), and its gain in the Nash package.
   */
  readonly leaders: readonly {
    readonly party: string;
    readonly utility: number;
    readonly noDeal: number;
    readonly gain: number;
    readonly nashGain: number;
    /** Its gain as a share (0–100) of its Nash gain, at most 100. */
    readonly share: number;
  }[];
  /** Utility points every leader could still have gained at once (0 on the frontier). */
  readonly leftOnTable: number;
  readonly efficiencyPenalty: number;
  /** Per issue: the chosen option's durability (0–100) and the most durable option's. */
  readonly durability: readonly {
    readonly issue: string;
    readonly option: string;
    readonly value: number;
    readonly best: number;
  }[];
  readonly weights: {
    readonly fairness: number;
    readonly efficiency: number;
    readonly durability: number;
  };
}

/**
 * What a deal's score (scoreDeal) was worked out from: each leader's gain over its stated
 * no-deal value against its gain in the Nash bargaining package, the points left on the table,
 * and each issue's durability value. Utilities 0–100, rounded to one decimal place.
 */
export function scoreBreakdown(model: ScenarioModel, choice: Choice): ScoreBreakdown {
  const basis = scoreBasis(model);
  const u = utilities(model, choice);
  return {
    score: scoreDeal(model, choice),
    leaders: model.partyIds.map((party, p) => ({
      party,
      utility: roundUtility(u[p] ?? 0),
      noDeal: basis.noDeal[p] ?? 0,
      gain: roundUtility(roundUtility(u[p] ?? 0) - (basis.noDeal[p] ?? 0)),
      nashGain: roundUtility(basis.nashGains[p] ?? 0),
      share: Math.round(100 * nashShare(basis, u, p)),
    })),
    leftOnTable: roundUtility(leftOnTable(model, choice)),
    efficiencyPenalty: model.scenario.rules.outcome.efficiencyPenalty,
    durability: model.issueIds.map((issue, i) => ({
      issue,
      option: model.optionIds[i]?.[choice[i] ?? 0] ?? '',
      value: model.durability[i]?.[choice[i] ?? 0] ?? 0,
      best: Math.max(...(model.durability[i] ?? [0])),
    })),
    weights: model.scenario.rules.outcome.scoreWeights,
  };
}
