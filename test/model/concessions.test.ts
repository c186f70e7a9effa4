import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario, type ScenarioModel } from '../../src/model/compile';
import { concessions } from '../../src/model/concessions';
import type { Package } from '../../src/model/types';
import { utility } from '../../src/model/utility';
import {
  alaskaModel,
  choice,
  packageArb,
  RUSSIA_GIVES_EVERYTHING,
  smallSynthetic,
  UKRAINE_GIVES_EVERYTHING,
} from './fixtures';

const model = alaskaModel();

const of = (pkg: Package) => {
  const byParty = Object.fromEntries(
    concessions(model, choice(model, pkg)).map((c) => [c.party, c.concessions]),
  );
  return (party: string) => byParty[party] ?? [];
};

describe('concessions', () => {
  it('lists the parties in scenario order', () => {
    const parties = concessions(model, choice(model, UKRAINE_GIVES_EVERYTHING)).map((c) => c.party);
    expect(parties).toEqual([...model.partyIds]);
  });

  it('has Ukraine concede every issue and Russia none when Ukraine gives everything', () => {
    const conceded = of(UKRAINE_GIVES_EVERYTHING);
    expect(conceded('ru')).toEqual([]);
    expect(conceded('ua').map((c) => c.issue)).toEqual(expect.arrayContaining([...model.issueIds]));
    expect(conceded('ua')).toHaveLength(model.issueIds.length);
    expect(conceded('ua').find((c) => c.issue === 'east')).toMatchObject({
      option: 'cede',
      favourite: 'hold',
    });
  });

  it('has Russia concede every issue and Ukraine only guarantee and forces when Russia gives everything', () => {
    const conceded = of(RUSSIA_GIVES_EVERYTHING);
    expect(conceded('ru')).toHaveLength(model.issueIds.length);
    // Ukraine's weights sum to 100: forces 10 × (100 − 60) = 4 points, guarantee 24 × (100 − 85) = 3.6.
    const ua = conceded('ua');
    expect(ua.map((c) => [c.issue, c.option, c.favourite])).toEqual([
      ['forces', 'monitors', 'european-force'],
      ['guarantee', 'article5', 'nato'],
    ]);
    expect(ua[0]?.weightedLoss).toBeCloseTo(4, 10);
    expect(ua[1]?.weightedLoss).toBeCloseTo(3.6, 10);
  });

  it('sums each party’s losses to the gap between its best and its actual utility', () => {
    const gapsMatch = (m: ScenarioModel, pkg: Package) => {
      const c = choice(m, pkg);
      concessions(m, c).forEach(({ concessions: conceded }, p) => {
        const sum = conceded.reduce((s, x) => s + x.weightedLoss, 0);
        expect(sum).toBeCloseTo((m.maxUtility[p] ?? 0) - utility(m, p, c), 9);
      });
    };
    fc.assert(
      fc.property(packageArb(model), (pkg) => gapsMatch(model, pkg)),
      { numRuns: 200 },
    );
    const synthetic = smallSynthetic.chain((s) => {
      const m = compileScenario(s);
      return packageArb(m).map((pkg) => [m, pkg] as const);
    });
    fc.assert(
      fc.property(synthetic, ([m, pkg]) => gapsMatch(m, pkg)),
      { numRuns: 200 },
    );
  });

  it('sorts the largest loss first and lists only real losses, each against the best option', () => {
    fc.assert(
      fc.property(packageArb(model), (pkg) => {
        const c = choice(model, pkg);
        concessions(model, c).forEach(({ concessions: conceded }, p) => {
          conceded.forEach((x, k) => {
            expect(x.weightedLoss).toBeGreaterThan(0);
            expect(x.option).toBe(pkg[x.issue]);
            const i = model.issueIds.indexOf(x.issue);
            const values = model.values[p]?.[i] ?? [];
            const favourite = model.optionIds[i]?.indexOf(x.favourite) ?? -1;
            expect(values[favourite]).toBe(Math.max(...values));
            if (k > 0)
              expect(x.weightedLoss).toBeLessThanOrEqual(conceded[k - 1]?.weightedLoss ?? 0);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('has a party concede nothing in the package of its own favourites', () => {
    model.partyIds.forEach((party, p) => {
      const favourites = (model.values[p] ?? []).map((options) =>
        options.indexOf(Math.max(...options)),
      );
      const result = concessions(model, favourites);
      expect(result[p]).toEqual({ party, concessions: [] });
      // Nobody else shares all of its favourites in this scenario.
      result.forEach((other, q) => {
        if (q !== p) expect(other.concessions.length).toBeGreaterThan(0);
      });
    });
  });

  it('ignores an issue the party gives no weight, since conceding it costs nothing', () => {
    const s = model.scenario;
    const us = s.parties.find((p) => p.id === 'us');
    const east = us?.priorities.east;
    if (!us || !east) throw new Error('the scenario lacks the United States or its east priority');
    const weightless = compileScenario({
      ...s,
      parties: s.parties.map((p) =>
        p === us ? { ...p, priorities: { ...p.priorities, east: { ...east, weight: 0 } } } : p,
      ),
    });
    const [first] = concessions(weightless, choice(weightless, UKRAINE_GIVES_EVERYTHING));
    expect(first?.party).toBe('us');
    expect(first?.concessions.map((c) => c.issue)).not.toContain('east');
    expect(of(UKRAINE_GIVES_EVERYTHING)('us').map((c) => c.issue)).toContain('east');
  });
});
