import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, leftOnTable } from '../../src/model/analysis';
import { choiceAt, compileScenario } from '../../src/model/compile';
import { mostOpposedPair, pairFrontier, paretoImprovement } from '../../src/model/debrief-analysis';
import { utilities } from '../../src/model/utility';
import { alaskaModel, COMPROMISE, choice, smallWithRedLines } from './fixtures';

const model = alaskaModel();

describe('paretoImprovement', () => {
  it('finds nothing better for all at once than a package on the frontier', () => {
    const { nash } = analyze(model);
    expect(nash).not.toBeNull();
    expect(paretoImprovement(model, choiceAt(model, nash ?? 0))).toBeNull();
    expect(paretoImprovement(model, choice(model, COMPROMISE))).toBeNull();
  });

  it('names a signable package that gives every leader what leftOnTable says, at once', () => {
    const lopsided = choice(model, { ...COMPROMISE, guarantee: 'none', sanctions: 'lift' });
    const better = paretoImprovement(model, lopsided);
    expect(better?.gain).toBeCloseTo(leftOnTable(model, lopsided), 9);
    const before = utilities(model, lopsided);
    const after = utilities(model, choiceAt(model, better?.index ?? 0));
    after.forEach((u, p) => {
      expect(u - (before[p] ?? 0)).toBeGreaterThanOrEqual((better?.gain ?? 0) - 1e-9);
    });
    expect(analyze(model).redLined[better?.index ?? 0]).toBe(0);
  });

  it('agrees with leftOnTable on any package of any scenario', () => {
    fc.assert(
      fc.property(smallWithRedLines, fc.nat(), (scenario, seed) => {
        const m = compileScenario(scenario);
        const c = choiceAt(m, seed % m.packageCount);
        const better = paretoImprovement(m, c);
        const left = leftOnTable(m, c);
        if (better === null) expect(left).toBe(0);
        else expect(better.gain).toBeCloseTo(left, 9);
      }),
      { numRuns: 100 },
    );
  });
});

describe('pairFrontier', () => {
  it('keeps exactly the signable packages no other beats for both leaders, left to right', () => {
    fc.assert(
      fc.property(smallWithRedLines, (scenario) => {
        const m = compileScenario(scenario);
        const { utilities: u, redLined } = analyze(m);
        const [x, y] = [u[0] as Float64Array, u[1] as Float64Array];
        const signable = Array.from({ length: m.packageCount }, (_, k) => k).filter(
          (k) => redLined[k] === 0,
        );
        const beats = (j: number, k: number) =>
          (x[j] ?? 0) >= (x[k] ?? 0) &&
          (y[j] ?? 0) >= (y[k] ?? 0) &&
          ((x[j] ?? 0) > (x[k] ?? 0) || (y[j] ?? 0) > (y[k] ?? 0));
        const frontier = pairFrontier(m, 0, 1);
        for (const k of frontier) expect(signable.some((j) => beats(j, k))).toBe(false);
        for (const k of signable) {
          const covered = frontier.some(
            (j) => j === k || beats(j, k) || (x[j] === x[k] && y[j] === y[k]),
          );
          expect(covered).toBe(true);
        }
        for (let i = 1; i < frontier.length; i++) {
          expect(x[frontier[i] ?? 0]).toBeGreaterThan(x[frontier[i - 1] ?? 0] ?? 0);
          expect(y[frontier[i] ?? 0]).toBeLessThan(y[frontier[i - 1] ?? 0] ?? 0);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('mostOpposedPair', () => {
  it('picks the two leaders whose interests clash most, or the one clashing most with a leader', () => {
    expect(mostOpposedPair(model)).toEqual([1, 2]);
    expect(mostOpposedPair(model, 0)).toEqual([0, 2]);
    expect(mostOpposedPair(model, 1)).toEqual([1, 2]);
  });
});
