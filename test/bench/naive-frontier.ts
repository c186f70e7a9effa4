import { choiceAt, type ScenarioModel } from '../../src/model/compile';

/** What the sort-everything baseline computes, to compare with the project's `analyze`. */
export interface NaiveAnalysis {
  /** utilities[party][package index], 0–100. */
  readonly utilities: readonly Float64Array[];
  /** Package indices not dominated by any other package, ascending. */
  readonly paretoFrontier: readonly number[];
  /** The same among packages that cross no red line. */
  readonly feasibleFrontier: readonly number[];
  readonly nash: number | null;
}

/**
 * The straightforward way: every package's utilities from its choice, every package sorted
 * best first, a sweep that keeps what nothing kept so far dominates, and the Nash package as
 * the best product of gains over all signable packages, not only those on the frontier.
 */
export function naiveAnalysis(model: ScenarioModel): NaiveAnalysis {
  const parties = model.partyIds.length;
  const count = model.packageCount;
  const utilities = model.partyIds.map(() => new Float64Array(count));
  const redLined = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const choice = choiceAt(model, k);
    for (let p = 0; p < parties; p++) {
      const weights = model.weights[p] ?? [];
      const values = model.values[p] ?? [];
      let sum = 0;
      for (let i = 0; i < choice.length; i++)
        sum += (weights[i] ?? 0) * (values[i]?.[choice[i] ?? 0] ?? 0);
      (utilities[p] as Float64Array)[k] = sum / (model.weightSums[p] ?? 1);
      if (choice.some((o, i) => model.redLines[p]?.[i]?.[o] === true)) redLined[k] = 1;
    }
  }

  const order = Array.from({ length: count }, (_, k) => k);
  order.sort((a, b) => {
    for (let p = 0; p < parties; p++) {
      const diff = (utilities[p]?.[b] ?? 0) - (utilities[p]?.[a] ?? 0);
      if (diff !== 0) return diff;
    }
    return a - b;
  });
  const paretoFrontier = sweep(utilities, order);
  const feasibleFrontier = redLined.includes(1)
    ? sweep(
        utilities,
        order.filter((k) => redLined[k] === 0),
      )
    : paretoFrontier;

  // The Nash package by its rule, checked the slow way: gains × weight total are whole numbers,
  // the product runs over the parties that gain in some signable package at or above every
  // no-deal value, compared exactly; the first best package in index order wins.
  const gain = (p: number, k: number) => {
    const total = model.weightSums[p] ?? 1;
    return Math.round((utilities[p]?.[k] ?? 0) * total) - (model.reservationValues[p] ?? 0) * total;
  };
  const rational: number[] = [];
  for (let k = 0; k < count; k++) {
    if (redLined[k] === 1) continue;
    if (model.partyIds.every((_, p) => gain(p, k) >= 0)) rational.push(k);
  }
  const gainers = model.partyIds
    .map((_, p) => p)
    .filter((p) => rational.some((k) => gain(p, k) > 0));
  let nash: number | null = null;
  let bestProduct = -1n;
  for (const k of rational) {
    const product = gainers.reduce((acc, p) => acc * BigInt(gain(p, k)), 1n);
    if (product > bestProduct) {
      bestProduct = product;
      nash = k;
    }
  }
  return { utilities, paretoFrontier, feasibleFrontier, nash };
}

/**
 * Keeps each package, in best-first order, that no kept package dominates. Nothing later in
 * the order can dominate an earlier package, so what is kept is the frontier.
 */
function sweep(utilities: readonly Float64Array[], order: readonly number[]): number[] {
  const kept: number[] = [];
  for (const k of order) {
    const dominated = kept.some((j) => {
      let better = false;
      for (const dim of utilities) {
        const a = dim[j] ?? 0;
        const b = dim[k] ?? 0;
        if (a < b) return false;
        if (a > b) better = true;
      }
      return better;
    });
    if (!dominated) kept.push(k);
  }
  return kept.sort((a, b) => a - b);
}
