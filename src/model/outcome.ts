import { analyze, leftOnTable } from './analysis';
import { type Choice, choiceAt, packageOf, type ScenarioModel } from './compile';
import type { Package } from './types';
import { crossedRedLine, roundUtility, utilities } from './utility';

export interface DealScore {
  /** 0–100, the weighted mean of the components. */
  readonly total: number;
  /** 100 when every party gained the same share of what it could gain over no deal. */
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

export type StalemateCause = 'deadline' | 'failed-summit' | 'walk-out' | 'adjourned';

export type Outcome =
  | {
      readonly kind: 'deal';
      readonly package: Package;
      readonly utilities: Readonly<Record<string, number>>;
      readonly score: DealScore;
      readonly reasons: readonly string[];
    }
  | {
      readonly kind: 'surrender';
      readonly package: Package;
      readonly utilities: Readonly<Record<string, number>>;
      readonly surrenderedBy: string;
      readonly reasons: readonly string[];
    }
  | {
      readonly kind: 'stalemate';
      readonly cause: StalemateCause;
      /** The party that walked out, for a walk-out. */
      readonly party: string | null;
      readonly reasons: readonly string[];
    };

export type SignedOutcome = Extract<Outcome, { kind: 'deal' | 'surrender' }>;

const percent = (x: number) => Math.round(x);

/**
 * A signed package is a surrender when it crosses a party's red line, when a party signed below
 * its unpressured no-deal value, or when one party got at least `lopsidedHigh` percent of what it
 * could want and another at most `lopsidedLow` percent (of the range between its worst and best
 * package); every reason that applies is listed. The party named as having surrendered is the
 * first that applies of: one whose red line was crossed, the one furthest below its no-deal
 * value, the one that got least. Otherwise it is a deal, scored by `scoreDeal`. `noDealValues`
 * are the parties' no-deal values in the game (0–100, pressure left out), in scenario order.
 */
export function classifyOutcome(
  model: ScenarioModel,
  choice: Choice,
  noDealValues: readonly number[] = model.reservationValues,
): SignedOutcome {
  const rules = model.scenario.rules.outcome;
  const parties = model.scenario.parties;
  const u = utilities(model, choice);
  const pkg = packageOf(model, choice);
  const byId = Object.fromEntries(model.partyIds.map((id, p) => [id, roundUtility(u[p] ?? 0)]));
  const name = (p: number) => parties[p]?.country ?? '';
  // Ties go to the party whose id sorts first, so party order never changes a result.
  const lowest = (score: (p: number) => number, among: readonly number[]) =>
    [...among].sort(
      (a, b) =>
        score(a) - score(b) || ((model.partyIds[a] ?? '') < (model.partyIds[b] ?? '') ? -1 : 1),
    )[0] ?? 0;
  const all = model.partyIds.map((_, p) => p);
  const reasons: string[] = [];
  let surrendered: number | null = null;
  const blame = (p: number) => {
    surrendered ??= p;
  };

  const crossing = [...all].sort((a, b) =>
    (model.partyIds[a] ?? '') < (model.partyIds[b] ?? '') ? -1 : 1,
  );
  for (const p of crossing) {
    const i = crossedRedLine(model, p, choice);
    if (i < 0) continue;
    const issue = model.scenario.issues[i];
    const option = issue?.options[choice[i] ?? 0];
    blame(p);
    reasons.push(
      `${name(p)} would have to accept "${option?.label ?? ''}" (${issue?.label ?? ''}), across a red line it declared: giving up a red line is surrender, not a deal.`,
    );
  }

  const margin = (p: number) => (u[p] ?? 0) - (noDealValues[p] ?? 0);
  const below = all.filter((p) => margin(p) < 0);
  if (below.length > 0) blame(lowest(margin, below));
  for (const p of [...below].sort((a, b) => margin(a) - margin(b))) {
    reasons.push(
      `${name(p)} signed a package worth ${roundUtility(u[p] ?? 0)} to it, less than the ${roundUtility(noDealValues[p] ?? 0)} it could count on with no deal: it gave in rather than agreed.`,
    );
  }

  const share = (p: number) => {
    const lo = model.minUtility[p] ?? 0;
    const hi = model.maxUtility[p] ?? 100;
    return hi > lo ? (100 * ((u[p] ?? 0) - lo)) / (hi - lo) : 100;
  };
  const loser = lowest(share, all);
  const winner = lowest((p) => -share(p), all);
  if (share(winner) >= rules.lopsidedHigh && share(loser) <= rules.lopsidedLow) {
    blame(loser);
    reasons.push(
      `${name(winner)} got ${percent(share(winner))}% of what it could hope for while ${name(loser)} got only ${percent(share(loser))}%: one side got almost everything and the other almost nothing, and when one side gets everything, that is not a peace deal, it is surrender.`,
    );
  }

  if (surrendered !== null) {
    return {
      kind: 'surrender',
      package: pkg,
      utilities: byId,
      surrenderedBy: model.partyIds[surrendered] ?? '',
      reasons,
    };
  }
  const score = scoreDeal(model, choice);
  const basis = scoreBasis(model);
  const leastShare = lowest((p) => nashShare(basis, u, p), all);
  return {
    kind: 'deal',
    package: pkg,
    utilities: byId,
    score,
    reasons: [
      `All ${parties.length} leaders signed a package each prefers to no deal, and no side was made to give up everything: a deal scoring ${score.total} of 100.`,
      score.fairness === 100
        ? 'Fairness 100: every leader gained over its stated no-deal value at least what the Nash bargaining package gives it.'
        : `Fairness ${score.fairness}: ${name(leastShare)} gained ${score.fairness}% of what the Nash bargaining package gives it over its stated no-deal value, the smallest share of any leader.`,
      score.efficiency === 100
        ? 'Efficiency 100: no other signable package was better for every leader at once.'
        : `Efficiency ${score.efficiency}: another signable package would have given every leader ${roundUtility(leftOnTable(model, choice))} more points at once.`,
      `Durability ${score.durability}: how far the terms (guarantees, monitors, laws, phased steps) help the peace last.`,
      ...(score.carriedFrom === undefined
        ? []
        : [
            `This package is at least as good for every leader as one scoring ${score.total}, so it scores that too: a package better for everyone never scores lower.`,
          ]),
    ],
  };
}

/** What a deal's score is measured against: the scenario's numbers, never a game's hidden ones. */
interface ScoreBasis {
  /** Each party's stated no-deal value, 0–100. */
  readonly noDeal: readonly number[];
  /** Packages crossing no red line that give every party at least its stated no-deal value. */
  readonly signable: readonly number[];
  /**
   * Each party's gain over its stated no-deal value in the signable package with the largest
   * product of gains (the Nash bargaining package; the first in package order on a tie).
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
  let nashProduct = -1;
  let nashGains: readonly number[] = noDeal.map(() => 0);
  for (const k of signable) {
    const gains = noDeal.map((rv, p) => (analysis.utilities[p]?.[k] ?? 0) - rv);
    const product = gains.reduce((a, b) => a * b, 1);
    if (product > nashProduct) {
      nashProduct = product;
      nashGains = gains;
    }
  }
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
  const rules = model.scenario.rules.outcome;
  const basis = scoreBasis(model);
  const fairness = Math.round(
    100 * Math.min(...model.partyIds.map((_, p) => nashShare(basis, u, p))),
  );
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
    (w.fairness * fairness + w.efficiency * efficiency + w.durability * durability) /
      (w.fairness + w.efficiency + w.durability),
  );
  return { total, fairness, efficiency, durability };
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

/** The one-sentence reason of a game that ended without a signed package. */
export function stalemateReason(
  cause: StalemateCause,
  partyName: string | null,
  underPressure = false,
): string {
  switch (cause) {
    case 'deadline':
      return 'The sessions ran out before any package was signed: nobody won, and the war goes on.';
    case 'failed-summit':
      return 'The final summit failed and no time was left: the talks end in stalemate.';
    case 'walk-out':
      return underPressure
        ? `${partyName ?? 'A delegation'} walked out under the mediator's pressure: the talks end in stalemate.`
        : `${partyName ?? 'A delegation'} walked out after its trust in the mediator fell to zero: the talks end in stalemate.`;
    case 'adjourned':
      return 'The mediator ended the talks without a signed package: a stalemate.';
    default: {
      const unreachable: never = cause;
      return unreachable;
    }
  }
}

/** The inputs of a deal's score, for the debrief to show beside each component. */
export interface ScoreBreakdown {
  readonly score: DealScore;
  /** Per party, in scenario order: its utility, stated no-deal value, and gain in the Nash package. */
  readonly leaders: readonly {
    readonly party: string;
    readonly utility: number;
    readonly noDeal: number;
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
