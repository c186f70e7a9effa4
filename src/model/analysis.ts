import { type BargainingSolutions, bargainingSolutions } from './bargaining';
import type { Choice, ScenarioModel } from './compile';
import { gather, nonDominated, nonDominatedOptions } from './pareto';
import { utilities } from './utility';

/**
 * Everything the game knows about the space of packages of a scenario, with its Nash and
 * Kalai–Smorodinsky packages (see bargainingSolutions for their rules and ties).
 */
export interface Analysis extends BargainingSolutions {
  readonly packageCount: number;
  /** utilities[party][package index], 0–100. */
  readonly utilities: readonly Float64Array[];
  /** 1 where a package crosses some party's red line. */
  readonly redLined: Uint8Array;
  /** Package indices not dominated by any other package, ascending. */
  readonly paretoFrontier: readonly number[];
  /** The same among packages that cross no red line: what could actually be signed. */
  readonly feasibleFrontier: readonly number[];
  /** Packages every party accepts without pressure: no red line, each at its no-deal value or more. */
  readonly zopaSize: number;
}

const cache = new WeakMap<ScenarioModel, Analysis>();

/**
 * Analyses every package of a scenario: each party's utility (0–100) by package index, the
 * packages that cross a red line, the Pareto frontier and its signable part (package indices,
 * ascending), the size of the zone of possible agreement, and the Nash and Kalai–Smorodinsky
 * packages with their exact ties (rules in bargainingSolutions). It cannot fail on a scenario
 * the schema accepts. The result is cached per compiled scenario.
 */
export function analyze(model: ScenarioModel): Analysis {
  const cached = cache.get(model);
  if (cached) return cached;
  const parties = model.partyIds.length;
  // Weighted sums are exact whole numbers; dividing each by the weight total in place keeps
  // comparisons with whole-number no-deal values exact, with half the memory.
  const utilityArrays = model.partyIds.map((_, p) => {
    const sums = weightedSums(model, p);
    const total = model.weightSums[p] ?? 1;
    for (let k = 0; k < sums.length; k++) sums[k] = (sums[k] ?? 0) / total;
    return sums;
  });
  const redLined = redLineMask(model);
  const paretoFrontier = frontier(model, () => true);
  const hasRedLines = redLined.some((x) => x === 1);
  const feasibleFrontier = hasRedLines
    ? frontier(model, (i, o) => model.redLines.every((lines) => lines[i]?.[o] !== true))
    : paretoFrontier;

  let zopaSize = 0;
  for (let k = 0; k < model.packageCount; k++) {
    if (redLined[k] === 1) continue;
    let ok = true;
    for (let p = 0; p < parties && ok; p++) {
      ok = (utilityArrays[p]?.[k] ?? 0) >= (model.reservationValues[p] ?? 0);
    }
    if (ok) zopaSize++;
  }
  const analysis: Analysis = {
    packageCount: model.packageCount,
    utilities: utilityArrays,
    redLined,
    paretoFrontier,
    feasibleFrontier,
    zopaSize,
    ...bargainingSolutions(model, utilityArrays, feasibleFrontier),
  };
  cache.set(model, analysis);
  return analysis;
}

/** Each package's weighted sum of values for one party, built issue by issue as an outer sum. */
function weightedSums(model: ScenarioModel, party: number): Float64Array {
  const out = new Float64Array(model.packageCount);
  let size = 1;
  model.optionIds.forEach((options, i) => {
    const n = options.length;
    const weight = model.weights[party]?.[i] ?? 0;
    const values = model.values[party]?.[i] ?? [];
    // Walk down so that a slot is read before the wider layer overwrites it.
    for (let j = size - 1; j >= 0; j--) {
      const base = out[j] ?? 0;
      for (let o = n - 1; o >= 0; o--) out[j * n + o] = base + weight * (values[o] ?? 0);
    }
    size *= n;
  });
  return out;
}

function redLineMask(model: ScenarioModel): Uint8Array {
  const out = new Uint8Array(model.packageCount);
  let size = 1;
  model.optionIds.forEach((options, i) => {
    const n = options.length;
    const crossed = options.map((_, o) => model.redLines.some((lines) => lines[i]?.[o] === true));
    for (let j = size - 1; j >= 0; j--) {
      const base = out[j] ?? 0;
      for (let o = n - 1; o >= 0; o--) out[j * n + o] = base | (crossed[o] ? 1 : 0);
    }
    size *= n;
  });
  return out;
}

/**
 * The Pareto frontier of the packages whose options pass `allowed`. Utility is a sum over
 * issues, so a non-dominated package is made of non-dominated partial packages and of options
 * no other option of their issue dominates: the frontier is built issue by issue from those
 * options, filtering after each, without enumerating every package.
 */
function frontier(
  model: ScenarioModel,
  allowed: (issue: number, option: number) => boolean,
): number[] {
  const parties = model.partyIds.length;
  let prefixes = [0];
  let points: Float64Array[] = model.partyIds.map(() => new Float64Array(1));
  model.optionIds.forEach((options, i) => {
    const contributions = model.partyIds.map((_, p) =>
      options.map((_, o) => (model.weights[p]?.[i] ?? 0) * (model.values[p]?.[i]?.[o] ?? 0)),
    );
    const usable = nonDominatedOptions(
      contributions,
      options.map((_, o) => o).filter((o) => allowed(i, o)),
    );
    const count = prefixes.length * usable.length;
    const nextPrefixes = new Array<number>(count);
    const nextPoints = model.partyIds.map(() => new Float64Array(count));
    let k = 0;
    prefixes.forEach((prefix, j) => {
      for (const o of usable) {
        nextPrefixes[k] = prefix * options.length + o;
        for (let p = 0; p < parties; p++) {
          (nextPoints[p] as Float64Array)[k] = (points[p]?.[j] ?? 0) + (contributions[p]?.[o] ?? 0);
        }
        k++;
      }
    });
    // One usable option moves every point alike, which changes no comparison.
    const kept =
      usable.length > 1 ? nonDominated(nextPoints, count) : nextPrefixes.map((_, x) => x);
    prefixes = kept.map((x) => nextPrefixes[x] ?? 0);
    points = nextPoints.map((dim) => gather(dim, kept));
  });
  return prefixes.sort((a, b) => a - b);
}

/**
 * What was left on the table: the most that every party could have gained at once by moving
 * to a package that crosses no red line (0 when the package is on the frontier).
 */
export function leftOnTable(model: ScenarioModel, choice: Choice): number {
  const analysis = analyze(model);
  const current = utilities(model, choice);
  let best = 0;
  for (const k of analysis.feasibleFrontier) {
    let least = Number.POSITIVE_INFINITY;
    current.forEach((u, p) => {
      least = Math.min(least, (analysis.utilities[p]?.[k] ?? 0) - u);
    });
    if (least > best) best = least;
  }
  return best;
}
