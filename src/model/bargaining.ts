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
  const parties = model.partyIds.map((_, p) => p);
  // gain × weight total, a whole number, recovered from the rounded utility.
  const gainOf = (p: number, k: number) => {
    const total = model.weightSums[p] ?? 1;
    const sum = Math.round((utilities[p]?.[k] ?? 0) * total);
    return sum - (model.reservationValues[p] ?? 0) * total;
  };
  const candidates = signableFrontier.filter((k) => parties.every((p) => gainOf(p, k) >= 0));
  if (candidates.length === 0)
    return { nash: null, nashTies: [], kalaiSmorodinsky: null, kalaiSmorodinskyTies: [] };

  // Party p's gain numerator in candidate j, a whole number exact in a double (below 2^53).
  const gains = parties.map((p) => Float64Array.from(candidates, (k) => gainOf(p, k)));
  const ideal = gains.map((g) => g.reduce((a, b) => Math.max(a, b), 0));
  // Only the parties that can gain take part; a and b below index this list.
  const gainers = parties.filter((p) => (ideal[p] ?? 0) > 0);
  const gain = (a: number, j: number) => gains[gainers[a] ?? 0]?.[j] ?? 0;
  const idealOf = (a: number) => ideal[gainers[a] ?? 0] ?? 1;
  const pairs: (readonly [number, number])[] = [];
  for (let a = 0; a < gainers.length; a++)
    for (let b = a + 1; b < gainers.length; b++) pairs.push([a, b]);

  const nashTies = bestCandidates(
    candidates.length,
    (j) => gainers.reduce((acc, _, a) => acc * gain(a, j), 1),
    (top) => top * (1 - ESTIMATE_SLACK),
    (j) => gainers.reduce((acc, _, a) => acc * BigInt(gain(a, j)), 1n),
  );

  // Shares gain / ideal, compared exactly over a common denominator: the product of the ideals.
  const common = gainers.reduce((acc, _, a) => acc * BigInt(idealOf(a)), 1n);
  const scale = gainers.map((_, a) => common / BigInt(idealOf(a)));
  const share = (a: number, j: number) => gain(a, j) / idealOf(a);
  const ksTies = bestCandidates(
    candidates.length,
    (j) => -pairs.reduce((acc, [a, b]) => acc + Math.abs(share(a, j) - share(b, j)), 0),
    (top) => top - ESTIMATE_SLACK,
    (j) => {
      const scaled = gainers.map((_, a) => BigInt(gain(a, j)) * (scale[a] ?? 1n));
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
 * The indices (0 to count − 1, ascending) whose exact score is the largest. The floating-point
 * estimate only narrows the field: every index whose estimate reaches `threshold(best estimate)`
 * is scored exactly, and the threshold is loose enough to keep every exact best.
 */
function bestCandidates(
  count: number,
  estimate: (j: number) => number,
  threshold: (best: number) => number,
  exact: (j: number) => bigint,
): number[] {
  const estimates = new Float64Array(count);
  let best = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < count; j++) {
    const e = estimate(j);
    estimates[j] = e;
    if (e > best) best = e;
  }
  const floor = threshold(best);
  let ties: number[] = [];
  let top: bigint | null = null;
  for (let j = 0; j < count; j++) {
    if ((estimates[j] ?? 0) < floor) continue;
    const score = exact(j);
    if (top === null || score > top) {
      top = score;
      ties = [j];
    } else if (score === top) ties.push(j);
  }
  return ties;
}
