import type { ScenarioModel } from './compile';

/**
 * The Nash and Kalai–Smorodinsky packages of a scenario, each with every package that ties
 * with it exactly. Both are chosen among the candidates: the packages on the signable Pareto
 * frontier that leave every party at or above its stated no-deal value.
 */
export interface BargainingSolutions {
  /** The Nash bargaining package, or null when there is no candidate at all. */
  readonly nash: number | null;
  /** Every candidate whose product equals the Nash package's exactly, ascending (nash first). */
  readonly nashTies: readonly number[];
  /** The Kalai–Smorodinsky package, or null when there is no candidate at all. */
  readonly kalaiSmorodinsky: number | null;
  /** Every candidate as close to equal shares as the Kalai–Smorodinsky package, ascending. */
  readonly kalaiSmorodinskyTies: readonly number[];
}

/**
 * Estimates are within this relative (Nash) or absolute (shares) error of the exact value: far
 * wider than the rounding of at most six products or fifteen differences of doubles (~1e-14).
 */
const ESTIMATE_SLACK = 1e-9;

/**
 * The Nash and Kalai–Smorodinsky packages among `signableFrontier` (package indices, ascending).
 *
 * A party's gain in a package is its utility (0–100) minus its stated no-deal value; the
 * candidates are the packages of the signable frontier where no party's gain is below 0. A
 * party "can gain" when some candidate gives it a gain above 0.
 *
 * - **Nash** (Nash 1950, "The bargaining problem", Econometrica 18): the candidate with the
 *   largest product of the gains of the parties that can gain. A party that cannot gain is at
 *   gain 0 in every candidate and is left out of the product, as in the bargaining problem
 *   restricted to the parties for whom there is something to share; otherwise every product
 *   would be 0 and a zone of agreement would have no Nash package.
 * - **Kalai–Smorodinsky** as the GENIUS negotiation environment defines it
 *   (`negotiator.analysis.BidSpace.getKalaiSmorodinsky`: the frontier point with the least sum,
 *   over pairs of parties, of the difference of their utilities, utilities running from 0 to 1),
 *   on the scale of Kalai & Smorodinsky (1975, "Other solutions to Nash's bargaining problem",
 *   Econometrica 43): a party's share is its gain divided by its ideal gain, the largest gain
 *   any candidate gives it, so 0 is no deal and 1 the ideal. The package is the candidate with
 *   the least sum over pairs of parties that can gain of the difference of their shares: the
 *   one closest to equal shares of the ideal gains.
 *
 * Comparisons are exact. Utilities are whole-number weighted sums divided by the party's
 * weight total and no-deal values are whole numbers, so gain × weight total is a whole number;
 * products and share differences are compared as integers (BigInt), never as rounded doubles.
 * Exact ties go to the lowest package index, that is, the first in scenario order (issue 0's
 * options vary slowest); every tied package is listed. It cannot fail: with no candidate both
 * packages are null and both tie lists empty.
 */
export function bargainingSolutions(
  model: ScenarioModel,
  utilities: readonly Float64Array[],
  signableFrontier: readonly number[],
): BargainingSolutions {
  // Each party's gain × weight total on each frontier package: a whole number, recovered from
  // the rounded utility, exact in a double (below 2^53). Plain loops: these run over millions.
  const size = signableFrontier.length;
  const frontierGains = model.partyIds.map((_, p) => {
    const total = model.weightSums[p] ?? 1;
    const noDeal = (model.reservationValues[p] ?? 0) * total;
    const u = utilities[p] ?? new Float64Array(0);
    const g = new Float64Array(size);
    for (let j = 0; j < size; j++)
      g[j] = Math.round((u[signableFrontier[j] ?? 0] ?? 0) * total) - noDeal;
    return g;
  });
  const rows: number[] = [];
  packages: for (let j = 0; j < size; j++) {
    for (const g of frontierGains) if ((g[j] ?? 0) < 0) continue packages;
    rows.push(j);
  }
  const candidates = rows.map((j) => signableFrontier[j] ?? 0);
  const count = candidates.length;
  if (count === 0)
    return { nash: null, nashTies: [], kalaiSmorodinsky: null, kalaiSmorodinskyTies: [] };

  // Only the parties that can gain take part: gains[a][j] is the a-th such party's gain in
  // candidate j, ideal[a] the largest of them.
  const gains: Float64Array[] = [];
  const ideal: number[] = [];
  for (const g of frontierGains) {
    const column = new Float64Array(count);
    let best = 0;
    for (let j = 0; j < count; j++) {
      const x = g[rows[j] ?? 0] ?? 0;
      column[j] = x;
      if (x > best) best = x;
    }
    if (best > 0) {
      gains.push(column);
      ideal.push(best);
    }
  }
  const gain = (a: number, j: number) => gains[a]?.[j] ?? 0;

  const products = new Float64Array(count).fill(1);
  for (const g of gains)
    for (let j = 0; j < count; j++) products[j] = (products[j] ?? 0) * (g[j] ?? 0);
  const nashTies = bestCandidates(
    products,
    (top) => top * (1 - ESTIMATE_SLACK),
    (j) => gains.reduce((acc, _, a) => acc * BigInt(gain(a, j)), 1n),
  );

  const pairs: (readonly [number, number])[] = [];
  for (let a = 0; a < gains.length; a++)
    for (let b = a + 1; b < gains.length; b++) pairs.push([a, b]);
  const shares = gains.map((g, a) => {
    const out = new Float64Array(count);
    for (let j = 0; j < count; j++) out[j] = (g[j] ?? 0) / (ideal[a] ?? 1);
    return out;
  });
  // Closest to equal shares is largest here: the negated sum of gaps.
  const closeness = new Float64Array(count);
  for (const [a, b] of pairs) {
    const sa = shares[a] ?? closeness;
    const sb = shares[b] ?? closeness;
    for (let j = 0; j < count; j++)
      closeness[j] = (closeness[j] ?? 0) - Math.abs((sa[j] ?? 0) - (sb[j] ?? 0));
  }
  // Shares compared exactly over a common denominator: the product of the ideal gains.
  const common = ideal.reduce((acc, x) => acc * BigInt(x), 1n);
  const scale = ideal.map((x) => common / BigInt(x));
  const ksTies = bestCandidates(
    closeness,
    (top) => top - ESTIMATE_SLACK,
    (j) => {
      const scaled = scale.map((c, a) => BigInt(gain(a, j)) * c);
      let gap = 0n;
      for (const [a, b] of pairs) {
        const d = (scaled[a] ?? 0n) - (scaled[b] ?? 0n);
        gap += d < 0n ? -d : d;
      }
      return -gap;
    },
  );

  const nashList = nashTies.map((j) => candidates[j] ?? 0);
  const ksList = ksTies.map((j) => candidates[j] ?? 0);
  return {
    nash: nashList[0] ?? null,
    nashTies: nashList,
    kalaiSmorodinsky: ksList[0] ?? null,
    kalaiSmorodinskyTies: ksList,
  };
}

/**
 * The indices of `estimates` (ascending) whose exact score is the largest. The floating-point
 * estimates only narrow the field: every index whose estimate reaches `threshold(best estimate)`
 * is scored exactly, and the threshold is loose enough to keep every exact best.
 */
function bestCandidates(
  estimates: Float64Array,
  threshold: (best: number) => number,
  exact: (j: number) => bigint,
): number[] {
  let best = Number.NEGATIVE_INFINITY;
  for (const e of estimates) if (e > best) best = e;
  const floor = threshold(best);
  let ties: number[] = [];
  let top: bigint | null = null;
  for (let j = 0; j < estimates.length; j++) {
    if ((estimates[j] ?? 0) < floor) continue;
    const score = exact(j);
    if (top === null || score > top) {
      top = score;
      ties = [j];
    } else if (score === top) ties.push(j);
  }
  return ties;
}
