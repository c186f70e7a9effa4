import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, leftOnTable } from '../../src/model/analysis';
import {
  choiceAt,
  compileScenario,
  indexOf,
  packageOf,
  type ScenarioModel,
} from '../../src/model/compile';
import { nonDominated } from '../../src/model/pareto';
import { syntheticScenario } from '../../src/model/synthetic';
import type { Scenario } from '../../src/model/types';
import { utilities } from '../../src/model/utility';
import { HEAVY_TEST_TIMEOUT } from '../time-limits';
import { alaskaModel, smallSynthetic, smallWithRedLines, withRedLines } from './fixtures';

/** What analyze() should find, computed the slow, obvious way. */
interface Reference {
  readonly utilities: number[][];
  readonly redLined: boolean[];
  readonly paretoFrontier: number[];
  readonly feasibleFrontier: number[];
  readonly zopaSize: number;
  /** The largest product of gains over the no-deal values, or null if none is above 0. */
  readonly nashProduct: number | null;
  /** The largest smallest share of each party's ideal gain, or null without a rational package. */
  readonly ksShare: number | null;
  readonly shareOf: (k: number) => number;
}

const dominates = (a: readonly number[], b: readonly number[]) =>
  a.every((x, d) => x >= (b[d] ?? 0)) && a.some((x, d) => x > (b[d] ?? 0));

function bruteFrontier(points: readonly (readonly number[])[], among: readonly number[]): number[] {
  return among.filter((i) => !among.some((j) => dominates(points[j] ?? [], points[i] ?? [])));
}

function reference(scenario: Scenario): Reference {
  const model = compileScenario(scenario);
  const all = Array.from({ length: model.packageCount }, (_, k) => k);
  const pkgs = all.map((k) => packageOf(model, choiceAt(model, k)));
  // Utilities straight from the scenario: a weighted average of option values.
  const utilitiesOf = (pkg: Record<string, string>) =>
    scenario.parties.map((party) => {
      let sum = 0;
      let weights = 0;
      for (const issue of scenario.issues) {
        const priority = party.priorities[issue.id];
        sum += (priority?.weight ?? 0) * (priority?.options[pkg[issue.id] ?? '']?.value ?? 0);
        weights += priority?.weight ?? 0;
      }
      return sum / weights;
    });
  const u = pkgs.map(utilitiesOf);
  const redLined = pkgs.map((pkg) =>
    scenario.parties.some((party) =>
      party.redLines.some((line) => pkg[line.issue] === line.option),
    ),
  );
  const feasible = all.filter((k) => !redLined[k]);
  const reservation = scenario.parties.map((p) => p.reservationValue.value);
  const gains = (k: number) => (u[k] ?? []).map((x, p) => x - (reservation[p] ?? 0));
  const rational = feasible.filter((k) => gains(k).every((g) => g >= 0));
  // Products run over parties in id order, as analyze() documents, so ties compare exactly.
  const idOrder = scenario.parties
    .map((p, i) => ({ id: p.id, i }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const product = (k: number) => idOrder.reduce((acc, { i }) => acc * (gains(k)[i] ?? 0), 1);
  const bestProduct = Math.max(0, ...rational.map(product));
  const ideal = idOrder.map(({ i }) => Math.max(0, ...rational.map((k) => gains(k)[i] ?? 0)));
  const share = (k: number) =>
    Math.min(
      ...idOrder.map(({ i }, n) =>
        (ideal[n] ?? 0) > 0 ? (gains(k)[i] ?? 0) / (ideal[n] ?? 1) : 1,
      ),
    );
  return {
    utilities: u,
    redLined,
    paretoFrontier: bruteFrontier(u, all),
    feasibleFrontier: bruteFrontier(u, feasible),
    zopaSize: rational.length,
    nashProduct: bestProduct > 0 ? bestProduct : null,
    ksShare: rational.length > 0 ? Math.max(...rational.map(share)) : null,
    shareOf: share,
  };
}

function nashProductOf(model: ScenarioModel, k: number): number {
  const order = model.partyIds.map((id, p) => ({ id, p })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const u = utilities(model, choiceAt(model, k));
  return order.reduce((acc, { p }) => acc * ((u[p] ?? 0) - (model.reservationValues[p] ?? 0)), 1);
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
  if (ref.nashProduct === null) {
    expect(analysis.nash).toBeNull();
  } else {
    expect(analysis.nash).not.toBeNull();
    const k = analysis.nash ?? -1;
    expect(ref.redLined[k]).toBe(false);
    expect(nashProductOf(model, k)).toBe(ref.nashProduct);
  }
  expect(analysis.kalaiSmorodinsky === null).toBe(ref.ksShare === null);
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
    expect(analysis.feasibleFrontier.length).toBe(ref.feasibleFrontier.length);
    expect(nashProductOf(model, analysis.nash ?? -1)).toBe(ref.nashProduct);
  }, 20_000);

  it('puts the Kalai–Smorodinsky package where each party gets the largest equal share of its ideal gain', () => {
    fc.assert(
      fc.property(smallWithRedLines, (scenario) => {
        const model = compileScenario(scenario);
        const ref = reference(scenario);
        const k = analyze(model).kalaiSmorodinsky;
        expect(k === null).toBe(ref.ksShare === null);
        if (k === null) return;
        expect(ref.redLined[k]).toBe(false);
        expect(ref.shareOf(k)).toBe(ref.ksShare);
      }),
      { numRuns: 100 },
    );
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

  for (const dims of [1, 2, 3, 4]) {
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
