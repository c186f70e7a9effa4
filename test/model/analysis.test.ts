import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, leftOnTable } from '../../src/model/analysis';
import { choiceAt, compileScenario, indexOf, packageOf } from '../../src/model/compile';
import { frontierBound, nonDominated } from '../../src/model/pareto';
import { opposedScenario, syntheticScenario } from '../../src/model/synthetic';
import type { Scenario } from '../../src/model/types';
import { HEAVY_TEST_TIMEOUT } from '../time-limits';
import {
  alaskaModel,
  EXACTLY_TIED_PARTIES,
  handMadeScenario,
  smallManyParties,
  smallSynthetic,
  smallWithRedLines,
  withRedLines,
} from './fixtures';

/** What analyze() should find, computed the slow, obvious way. */
interface Reference {
  readonly utilities: number[][];
  readonly redLined: boolean[];
  readonly paretoFrontier: number[];
  readonly feasibleFrontier: number[];
  readonly zopaSize: number;
  /** Packages of the signable frontier where every party is at or above its no-deal value. */
  readonly candidates: number[];
  /** The candidates with the largest product of gains of the parties that can gain, ascending. */
  readonly nashTies: number[];
  /** The candidates with the least summed pairwise gap between shares of ideal gains, ascending. */
  readonly ksTies: number[];
  /** The candidate with the largest smallest share of ideal gain (the rule before GENIUS's). */
  readonly maxMinShare: number | null;
}

const dominates = (a: readonly number[], b: readonly number[]) =>
  a.every((x, d) => x >= (b[d] ?? 0)) && a.some((x, d) => x > (b[d] ?? 0));

function bruteFrontier(points: readonly (readonly number[])[], among: readonly number[]): number[] {
  return among.filter((i) => !among.some((j) => dominates(points[j] ?? [], points[i] ?? [])));
}

/** An exact fraction with a positive denominator. */
interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}
const plus = (a: Fraction, b: Fraction): Fraction => ({
  num: a.num * b.den + b.num * a.den,
  den: a.den * b.den,
});
const compare = (a: Fraction, b: Fraction) => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

/** The candidates with the best score (compare > 0 is better), ascending. */
function bestOf<T>(
  candidates: readonly number[],
  score: (k: number) => T,
  better: (a: T, b: T) => number,
) {
  let ties: number[] = [];
  let top: T | undefined;
  for (const k of candidates) {
    const s = score(k);
    if (top === undefined || better(s, top) > 0) {
      top = s;
      ties = [k];
    } else if (better(s, top) === 0) ties.push(k);
  }
  return ties;
}

function reference(scenario: Scenario): Reference {
  const model = compileScenario(scenario);
  const all = Array.from({ length: model.packageCount }, (_, k) => k);
  const pkgs = all.map((k) => packageOf(model, choiceAt(model, k)));
  // Weighted sums straight from the scenario: whole numbers.
  const totals = scenario.parties.map((party) =>
    scenario.issues.reduce((t, issue) => t + (party.priorities[issue.id]?.weight ?? 0), 0),
  );
  const sumsOf = (pkg: Record<string, string>) =>
    scenario.parties.map((party) =>
      scenario.issues.reduce((sum, issue) => {
        const priority = party.priorities[issue.id];
        return sum + (priority?.weight ?? 0) * (priority?.options[pkg[issue.id] ?? '']?.value ?? 0);
      }, 0),
    );
  const sums = pkgs.map(sumsOf);
  const u = sums.map((s) => s.map((x, p) => x / (totals[p] ?? 1)));
  const redLined = pkgs.map((pkg) =>
    scenario.parties.some((party) =>
      party.redLines.some((line) => pkg[line.issue] === line.option),
    ),
  );
  const feasible = all.filter((k) => !redLined[k]);
  const reservation = scenario.parties.map((p) => p.reservationValue.value);
  // gain × weight total: a whole number.
  const gain = (k: number, p: number) =>
    (sums[k]?.[p] ?? 0) - (reservation[p] ?? 0) * (totals[p] ?? 1);
  const parties = scenario.parties.map((_, p) => p);
  const rational = feasible.filter((k) => parties.every((p) => gain(k, p) >= 0));
  const feasibleFrontier = bruteFrontier(u, feasible);
  const candidates = feasibleFrontier.filter((k) => rational.includes(k));
  const ideal = parties.map((p) => Math.max(0, ...rational.map((k) => gain(k, p))));
  const gainers = parties.filter((p) => (ideal[p] ?? 0) > 0);

  const product = (k: number) => gainers.reduce((acc, p) => acc * BigInt(gain(k, p)), 1n);
  const nashTies = bestOf(candidates, product, (a, b) => (a > b ? 1 : a < b ? -1 : 0));
  // Sum over pairs of |g_p / ideal_p − g_q / ideal_q| = |g_p·ideal_q − g_q·ideal_p| / (ideal_p·ideal_q).
  const gap = (k: number): Fraction => {
    let total: Fraction = { num: 0n, den: 1n };
    gainers.forEach((p, a) => {
      for (const q of gainers.slice(a + 1)) {
        const d =
          BigInt(gain(k, p)) * BigInt(ideal[q] ?? 1) - BigInt(gain(k, q)) * BigInt(ideal[p] ?? 1);
        total = plus(total, {
          num: d < 0n ? -d : d,
          den: BigInt(ideal[p] ?? 1) * BigInt(ideal[q] ?? 1),
        });
      }
    });
    return total;
  };
  const ksTies = bestOf(candidates, gap, (a, b) => compare(b, a));
  const smallestShare = (k: number): Fraction =>
    gainers
      .map((p) => ({ num: BigInt(gain(k, p)), den: BigInt(ideal[p] ?? 1) }))
      .reduce((a, b) => (compare(a, b) <= 0 ? a : b), { num: 1n, den: 1n });
  return {
    utilities: u,
    redLined,
    paretoFrontier: bruteFrontier(u, all),
    feasibleFrontier,
    zopaSize: rational.length,
    candidates,
    nashTies,
    ksTies,
    maxMinShare: bestOf(candidates, smallestShare, compare)[0] ?? null,
  };
}

function expectSameAsReference(scenario: Scenario) {
  const model = compileScenario(scenario);
  const ref = reference(scenario);
  const analysis = analyze(model);
  expect(analysis.packageCount).toBe(ref.utilities.length);
  model.partyIds.forEach((_, p) => {
    expect(Array.from(analysis.utilities[p] ?? [])).toEqual(ref.utilities.map((u) => u[p]));
  });
  expect(Array.from(analysis.redLined, (x) => x === 1)).toEqual(ref.redLined);
  expect(analysis.paretoFrontier).toEqual(ref.paretoFrontier);
  expect(analysis.feasibleFrontier).toEqual(ref.feasibleFrontier);
  expect(analysis.zopaSize).toBe(ref.zopaSize);
  expect(analysis.nashTies).toEqual(ref.nashTies);
  expect(analysis.nash).toBe(ref.nashTies[0] ?? null);
  expect(analysis.kalaiSmorodinskyTies).toEqual(ref.ksTies);
  expect(analysis.kalaiSmorodinsky).toBe(ref.ksTies[0] ?? null);
}

describe('analyze', { timeout: HEAVY_TEST_TIMEOUT }, () => {
  it('finds what brute force finds in generated scenarios', () => {
    fc.assert(
      fc.property(smallSynthetic, (scenario) => expectSameAsReference(scenario)),
      { numRuns: 150 },
    );
  });

  it('finds what brute force finds in generated scenarios with red lines', () => {
    fc.assert(
      fc.property(smallWithRedLines, (scenario) => expectSameAsReference(scenario)),
      { numRuns: 150 },
    );
  });

  it('finds what brute force finds with 4 to 6 parties', () => {
    fc.assert(
      fc.property(smallManyParties, (scenario) => expectSameAsReference(scenario)),
      { numRuns: 150 },
    );
  });

  it('puts every package on the frontier where the interests of 4 to 6 parties are opposed', () => {
    for (const parties of [4, 5, 6]) {
      const analysis = analyze(compileScenario(opposedScenario(parties, 6, 3, 6, parties)));
      expect(analysis.paretoFrontier).toHaveLength(3 ** 6);
      // Shared issues add nothing: option 1 is best for all on each.
      const mixed = analyze(compileScenario(opposedScenario(parties, 6, 3, 4, parties)));
      expect(mixed.paretoFrontier).toHaveLength(3 ** 4);
      for (const k of mixed.paretoFrontier) expect(k % 9).toBe(0);
    }
  });

  it('finds what brute force finds when every package crosses a red line', () => {
    const base = syntheticScenario(2, 3, 11);
    const scenario = withRedLines(base, [[[0, 0]], [[0, 1]], [[0, 2]]], [0, 0, 0]);
    expectSameAsReference(scenario);
    const analysis = analyze(compileScenario(scenario));
    expect(analysis.feasibleFrontier).toEqual([]);
    expect(analysis.zopaSize).toBe(0);
    expect(analysis.nash).toBeNull();
    expect(analysis.kalaiSmorodinsky).toBeNull();
  });

  it('finds no zone of agreement and no Nash package when no-deal values are out of reach', () => {
    const scenario = withRedLines(syntheticScenario(3, 3, 5), [], [100, 100, 100]);
    expectSameAsReference(scenario);
    const analysis = analyze(compileScenario(scenario));
    expect(analysis.zopaSize).toBe(0);
    expect(analysis.nash).toBeNull();
  });

  it('finds what brute force finds in the built-in scenario', () => {
    const model = alaskaModel();
    const analysis = analyze(model);
    const ref = reference(model.scenario);
    expect(analysis.zopaSize).toBe(ref.zopaSize);
    expect(analysis.feasibleFrontier).toEqual(ref.feasibleFrontier);
    expect(analysis.nashTies).toEqual(ref.nashTies);
    expect(analysis.kalaiSmorodinskyTies).toEqual(ref.ksTies);
  }, 20_000);

  it('has a Nash and a Kalai–Smorodinsky package exactly when there is a zone of agreement', () => {
    fc.assert(
      fc.property(smallWithRedLines, (scenario) => {
        const analysis = analyze(compileScenario(scenario));
        expect(analysis.nash === null).toBe(analysis.zopaSize === 0);
        expect(analysis.kalaiSmorodinsky === null).toBe(analysis.zopaSize === 0);
      }),
      { numRuns: 150 },
    );
  });

  it('finds the Nash package when a party can gain nothing over its no-deal value', () => {
    // Party b values every option 60 and walks away with 60: every product of all three is 0.
    const scenario = handMadeScenario([
      { weights: [1], values: [[10, 40, 70, 90]], noDeal: 30 },
      { weights: [1], values: [[60, 60, 60, 60]], noDeal: 60 },
      { weights: [1], values: [[90, 70, 50, 20]], noDeal: 30 },
    ]);
    expectSameAsReference(scenario);
    const analysis = analyze(compileScenario(scenario));
    expect(analysis.zopaSize).toBe(2);
    // Gains of a and c: option 2 gives 10 × 40, option 3 gives 40 × 20.
    expect(analysis.nash).toBe(2);
    expect(analysis.nashTies).toEqual([2]);
    // Shares of the ideal gains (40 and 40): 1/4 and 1 against 1 and 1/2.
    expect(analysis.kalaiSmorodinsky).toBe(2);
  });

  it('breaks an exact tie by the lowest package index, where rounding would pick the other', () => {
    // Weight totals of 3: package 0 gives 13/3 and 81/3, package 1 gives 27/3 and 39/3, both
    // products exactly 117. Option 2 of issue 1 costs both parties 1 point of weighted value.
    const scenario = handMadeScenario(EXACTLY_TIED_PARTIES);
    expect((13 / 3) * (81 / 3)).toBeLessThan((27 / 3) * (39 / 3));
    expectSameAsReference(scenario);
    const analysis = analyze(compileScenario(scenario));
    expect(analysis.nashTies).toEqual([0, 1]);
    expect(analysis.nash).toBe(0);
    // The shares are mirror images, 13/27 and 1 against 1 and 39/81: another exact tie.
    expect(analysis.kalaiSmorodinskyTies).toEqual([0, 1]);
    expect(analysis.kalaiSmorodinsky).toBe(0);
  });

  it('puts the Kalai–Smorodinsky package closest to equal shares of the ideal gains, as GENIUS does', () => {
    fc.assert(
      fc.property(smallWithRedLines, (scenario) => {
        const ref = reference(scenario);
        const analysis = analyze(compileScenario(scenario));
        expect(analysis.kalaiSmorodinskyTies).toEqual(ref.ksTies);
        for (const k of analysis.kalaiSmorodinskyTies) expect(ref.candidates).toContain(k);
      }),
      { numRuns: 100 },
    );
  });

  it('can differ from the package with the largest smallest share of ideal gain', () => {
    // Shares of the ideal gain (100 each): option 3 gives 0.70 and 0.50, option 4 gives 0.48
    // and 0.52. The smallest share is larger in option 3; the shares are closer in option 4.
    const scenario = handMadeScenario([
      { weights: [1], values: [[100, 0, 70, 48]], noDeal: 0 },
      { weights: [1], values: [[0, 100, 50, 52]], noDeal: 0 },
    ]);
    expectSameAsReference(scenario);
    expect(reference(scenario).maxMinShare).toBe(2);
    expect(analyze(compileScenario(scenario)).kalaiSmorodinsky).toBe(3);
  });

  it('returns the same analysis object for the same compiled scenario', () => {
    const model = compileScenario(syntheticScenario(3, 3, 3));
    expect(analyze(model)).toBe(analyze(model));
  });
});

describe('choiceAt and indexOf', () => {
  it('number every package exactly once, issue 0 as the most significant digit', () => {
    fc.assert(
      fc.property(smallSynthetic, (scenario) => {
        const model = compileScenario(scenario);
        const seen = new Set<string>();
        for (let k = 0; k < model.packageCount; k++) {
          const c = choiceAt(model, k);
          expect(indexOf(model, c)).toBe(k);
          c.forEach((o, i) => {
            expect(o).toBeGreaterThanOrEqual(0);
            expect(o).toBeLessThan(model.optionIds[i]?.length ?? 0);
          });
          seen.add(c.join(','));
        }
        expect(seen.size).toBe(model.packageCount);
        expect(choiceAt(model, 1).at(-1)).toBe(1);
      }),
      { numRuns: 50 },
    );
  });
});

describe('nonDominated', () => {
  function bruteForce(points: readonly (readonly number[])[]): number[] {
    return bruteFrontier(
      points,
      points.map((_, i) => i),
    );
  }

  function run(points: readonly (readonly number[])[], dims: number): number[] {
    const columns = Array.from({ length: dims }, (_, d) =>
      Float64Array.from(points, (pt) => pt[d] ?? 0),
    );
    return nonDominated(columns, points.length).sort((a, b) => a - b);
  }

  // Few distinct values, so ties and duplicate points are common.
  const pointsArb = (dims: number, values: fc.Arbitrary<number>) =>
    fc.array(fc.array(values, { minLength: dims, maxLength: dims }), { maxLength: 40 });

  for (const dims of [1, 2, 3, 4, 5, 6]) {
    it(`keeps exactly the points no other point dominates, in ${dims} dimension(s), with ties`, () => {
      fc.assert(
        fc.property(pointsArb(dims, fc.integer({ min: 0, max: 3 })), (points) => {
          expect(run(points, dims)).toEqual(bruteForce(points));
        }),
        { numRuns: 300 },
      );
    });

    it(`keeps exactly the points no other point dominates, in ${dims} dimension(s), any values`, () => {
      const value = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
      fc.assert(
        fc.property(pointsArb(dims, value), (points) => {
          expect(run(points, dims)).toEqual(bruteForce(points));
        }),
        { numRuns: 150 },
      );
    });
  }

  for (const dims of [4, 6]) {
    it(`keeps exactly the points no other point dominates, in ${dims} dimensions, among hundreds`, () => {
      // Enough points for a deep k-d tree; values from a narrow range, so many tie.
      fc.assert(
        fc.property(
          fc.array(
            fc.array(fc.integer({ min: 0, max: 12 }), { minLength: dims, maxLength: dims }),
            {
              minLength: 200,
              maxLength: 400,
            },
          ),
          (points) => {
            expect(run(points, dims)).toEqual(bruteForce(points));
          },
        ),
        { numRuns: 20 },
      );
    });
  }

  it('keeps every copy of a non-dominated point and drops every copy of a dominated one', () => {
    const points = [
      [1, 1, 1],
      [2, 2, 2],
      [2, 2, 2],
      [1, 1, 1],
      [3, 0, 0],
    ];
    expect(run(points, 3)).toEqual([1, 2, 4]);
    expect(
      run(
        points.map((p) => p.slice(0, 2)),
        2,
      ),
    ).toEqual([1, 2, 4]);
  });

  it('keeps nothing of nothing', () => {
    expect(nonDominated([new Float64Array(0), new Float64Array(0)], 0)).toEqual([]);
  });
});

describe('frontierBound', () => {
  it('is at least the number of packages on the Pareto frontier and on its signable part', () => {
    fc.assert(
      fc.property(fc.oneof(smallWithRedLines, smallManyParties), (scenario) => {
        const model = compileScenario(scenario);
        const analysis = analyze(model);
        const crossed = model.optionIds.map((options, i) =>
          options.map((_, o) => model.redLines.some((lines) => lines[i]?.[o] === true)),
        );
        const bound = frontierBound(model.weights, model.values, crossed);
        expect(bound).toBeGreaterThanOrEqual(analysis.paretoFrontier.length);
        expect(bound).toBeGreaterThanOrEqual(analysis.feasibleFrontier.length);
      }),
      { numRuns: 150 },
    );
  });

  it('is exact where every issue opposes the parties', () => {
    const model = compileScenario(opposedScenario(5, 5, 3, 5, 2));
    const crossed = model.optionIds.map((options) => options.map(() => false));
    expect(frontierBound(model.weights, model.values, crossed)).toBe(3 ** 5);
    expect(analyze(model).paretoFrontier).toHaveLength(3 ** 5);
  });
});

describe('leftOnTable', () => {
  it('is 0 for every package on the Pareto frontier', () => {
    fc.assert(
      fc.property(smallWithRedLines, (scenario) => {
        const model = compileScenario(scenario);
        const analysis = analyze(model);
        for (const k of [...analysis.paretoFrontier, ...analysis.feasibleFrontier]) {
          expect(leftOnTable(model, choiceAt(model, k))).toBe(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is the most every party could gain at once by moving to a package that crosses no red line', () => {
    fc.assert(
      fc.property(smallWithRedLines, fc.nat(), (scenario, pick) => {
        const model = compileScenario(scenario);
        const ref = reference(scenario);
        const k = pick % model.packageCount;
        const here = ref.utilities[k] ?? [];
        let best = 0;
        ref.utilities.forEach((there, j) => {
          if (ref.redLined[j]) return;
          best = Math.max(best, Math.min(...there.map((u, p) => u - (here[p] ?? 0))));
        });
        expect(leftOnTable(model, choiceAt(model, k))).toBe(best);
      }),
      { numRuns: 150 },
    );
  });

  it('is above 0 for a package that another signable package beats for every party', () => {
    const base = syntheticScenario(2, 2, 9);
    // On the first issue every party prefers option 2; on the second the parties disagree.
    const scenario: Scenario = {
      ...base,
      parties: base.parties.map((party) => ({
        ...party,
        priorities: {
          ...party.priorities,
          'issue-1': {
            ...(party.priorities['issue-1'] ?? { weight: 1, why: 'x', basis: 'assumption' }),
            options: {
              'option-1': { value: 0, why: 'worse for all', basis: 'assumption' },
              'option-2': { value: 100, why: 'better for all', basis: 'assumption' },
            },
          },
        },
      })),
    };
    const model = compileScenario(scenario);
    const least = Math.min(
      ...model.partyIds.map(
        (_, p) => (100 * (model.weights[p]?.[0] ?? 0)) / (model.weightSums[p] ?? 1),
      ),
    );
    expect(least).toBeGreaterThan(0);
    expect(leftOnTable(model, [0, 0])).toBeGreaterThanOrEqual(least);
    expect(leftOnTable(model, [0, 1])).toBeGreaterThanOrEqual(least);
    expect(leftOnTable(model, [1, 0])).toBe(0);
  });
});
