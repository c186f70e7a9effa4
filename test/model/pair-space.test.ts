import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/model/analysis';
import { compileScenario } from '../../src/model/compile';
import { mostOpposedPair, pairFrontier } from '../../src/model/pair-space';
import { syntheticScenario } from '../../src/model/synthetic';
import { roundUtility } from '../../src/model/utility';
import { alaskaModel } from './fixtures';

describe('pairFrontier', () => {
  const model = alaskaModel();
  const frontier = pairFrontier(model, 1, 2);

  it('runs left to right, each point better for one leader and worse for the other', () => {
    expect(frontier.length).toBeGreaterThan(1);
    for (let k = 1; k < frontier.length; k++) {
      const [x0, y0] = frontier[k - 1] ?? [0, 0];
      const [x1, y1] = frontier[k] ?? [0, 0];
      expect(x1).toBeGreaterThan(x0);
      expect(y1).toBeLessThan(y0);
    }
  });

  it('leaves no package better for both leaders than some point on it', () => {
    const { utilities: u } = analyze(model);
    for (let k = 0; k < model.packageCount; k++) {
      const x = roundUtility(u[1]?.[k] ?? 0);
      const y = roundUtility(u[2]?.[k] ?? 0);
      expect(frontier.some(([fx, fy]) => fx >= x && fy >= y)).toBe(true);
    }
  });

  it('starts at the second leader’s best and ends at the first leader’s best', () => {
    expect(frontier.at(-1)?.[0]).toBe(roundUtility(model.maxUtility[1] ?? 0));
    expect(frontier[0]?.[1]).toBe(roundUtility(model.maxUtility[2] ?? 0));
  });
});

describe('mostOpposedPair', () => {
  it('picks Russia and Ukraine in the built-in scenario, whose interests clash most', () => {
    const model = alaskaModel();
    const [a, b] = mostOpposedPair(model);
    expect([model.partyIds[a], model.partyIds[b]]).toEqual(['ru', 'ua']);
  });

  it('always names two different leaders, in scenario order', () => {
    for (const seed of [1, 2, 3]) {
      const [a, b] = mostOpposedPair(compileScenario(syntheticScenario(2, 3, seed)));
      expect(a).toBeLessThan(b);
    }
  });
});
