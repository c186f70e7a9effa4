import { analyze } from './analysis';
import type { Choice, ScenarioModel } from './compile';
import { utilities } from './utility';

/** What the debrief shows beyond analyze(): one better package, and the view of two parties. */

export interface Improvement {
  /** The package index. */
  readonly index: number;
  /** The least that any party gains by it: what every party gains at once. */
  readonly gain: number;
}

/**
 * The package, crossing no red line, that gives every party the most at once over `choice`
 * (the largest smallest gain; ties go to the lower index), or null when none gives all more.
 */
export function paretoImprovement(model: ScenarioModel, choice: Choice): Improvement | null {
  const analysis = analyze(model);
  const current = utilities(model, choice);
  let best: Improvement | null = null;
  for (const k of analysis.feasibleFrontier) {
    let least = Number.POSITIVE_INFINITY;
    current.forEach((u, p) => {
      least = Math.min(least, (analysis.utilities[p]?.[k] ?? 0) - u);
    });
    if (least > 0 && (best === null || least > best.gain)) best = { index: k, gain: least };
  }
  return best;
}

/**
 * The Pareto frontier as two parties alone see it: the packages crossing no red line that no
 * other such package beats for both, one per distinct pair of utilities, by the first's utility.
 */
export function pairFrontier(model: ScenarioModel, a: number, b: number): number[] {
  const { utilities: u, redLined } = analyze(model);
  const ua = u[a];
  const ub = u[b];
  if (!ua || !ub) return [];
  // The best second utility for each first utility, then a sweep from the right.
  const bestAt = new Map<number, number>();
  for (let k = 0; k < model.packageCount; k++) {
    if (redLined[k] === 1) continue;
    const x = ua[k] ?? 0;
    const held = bestAt.get(x);
    if (held === undefined || (ub[k] ?? 0) > (ub[held] ?? 0)) bestAt.set(x, k);
  }
  const xs = [...bestAt.keys()].sort((p, q) => q - p);
  const kept: number[] = [];
  let bestY = Number.NEGATIVE_INFINITY;
  for (const x of xs) {
    const k = bestAt.get(x) ?? 0;
    const y = ub[k] ?? 0;
    if (y > bestY) {
      kept.push(k);
      bestY = y;
    }
  }
  return kept.reverse();
}

/**
 * The two parties whose interests clash most: the pair whose utilities over all packages are
 * least correlated, among the pairs that include `party` when one is given.
 */
export function mostOpposedPair(model: ScenarioModel, party?: number): readonly [number, number] {
  const { utilities: u } = analyze(model);
  const n = model.partyIds.length;
  const stats = u.map((values) => {
    let sum = 0;
    for (const x of values) sum += x;
    const mean = sum / values.length;
    let sq = 0;
    for (const x of values) sq += (x - mean) ** 2;
    return { mean, spread: Math.sqrt(sq) };
  });
  let best: readonly [number, number] = [0, Math.min(1, n - 1)];
  let lowest = Number.POSITIVE_INFINITY;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (party !== undefined && a !== party && b !== party) continue;
      const ua = u[a] ?? new Float64Array();
      const ub = u[b] ?? new Float64Array();
      const sa = stats[a] ?? { mean: 0, spread: 0 };
      const sb = stats[b] ?? { mean: 0, spread: 0 };
      let cov = 0;
      for (let k = 0; k < ua.length; k++)
        cov += ((ua[k] ?? 0) - sa.mean) * ((ub[k] ?? 0) - sb.mean);
      const spread = sa.spread * sb.spread;
      const correlation = spread > 0 ? cov / spread : 0;
      if (correlation < lowest) {
        lowest = correlation;
        best = [a, b];
      }
    }
  }
  return best;
}
