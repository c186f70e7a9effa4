import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, leftOnTable } from '../../src/model/analysis';
import { choiceAt, compileScenario } from '../../src/model/compile';
import { createGame } from '../../src/model/game';
import { classifyOutcome, scoreDeal, stalemateReason } from '../../src/model/outcome';
import type { OutcomeRules } from '../../src/model/types';
import { utilities } from '../../src/model/utility';
import { act, alaskaModel, COMPROMISE, choice, RUSSIA_GIVES_EVERYTHING } from './fixtures';

const model = alaskaModel();
const compromise = choice(model, COMPROMISE);
const u = utilities(model, compromise);
const idx = (id: string) => model.partyIds.indexOf(id);
/** No-deal values at the package's own utilities, with some parties moved by `shift`. */
const noDealAt = (shift: Record<string, number>) =>
  model.partyIds.map((id, p) => (u[p] ?? 0) + (shift[id] ?? 0));

function withOutcomeRules(rules: Partial<OutcomeRules>) {
  const s = model.scenario;
  return compileScenario({
    ...s,
    rules: { ...s.rules, outcome: { ...s.rules.outcome, ...rules } },
  });
}

describe('classifyOutcome', () => {
  it('names the party that signed below its no-deal value as having surrendered', () => {
    // Ukraine values this package below its no-deal value; two uses of its lever bring it to sign.
    const pkg = { ...COMPROMISE, guarantee: 'none', forces: 'none', pockets: 'keep' };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        let state = createGame(model, { seed, difficulty: 'easy' });
        state = act(model, state, { type: 'propose', package: pkg });
        expect(state.answers?.ua?.accepts).toBe(false);
        expect(state.answers?.us?.accepts && state.answers?.ru?.accepts).toBe(true);
        state = act(model, state, { type: 'pressure', party: 'ua' });
        state = act(model, state, { type: 'pressure', party: 'ua' });
        state = act(model, state, { type: 'summit' });
        expect(state.outcome).toMatchObject({ kind: 'surrender', surrenderedBy: 'ua' });
        expect(state.outcome?.reasons[0]).toContain('Ukraine');
      }),
      { numRuns: 50 },
    );
  });

  it('calls a package worth exactly the no-deal value to a party a deal, and a hair less a surrender', () => {
    expect(classifyOutcome(model, compromise, noDealAt({})).kind).toBe('deal');
    expect(classifyOutcome(model, compromise, noDealAt({ ua: 1e-9 }))).toMatchObject({
      kind: 'surrender',
      surrenderedBy: 'ua',
    });
  });

  it('names the party furthest below its no-deal value when several are', () => {
    expect(classifyOutcome(model, compromise, noDealAt({ us: 1, ua: 5, ru: 2 }))).toMatchObject({
      surrenderedBy: 'ua',
    });
    expect(classifyOutcome(model, compromise, noDealAt({ us: 9, ua: 5, ru: 2 }))).toMatchObject({
      surrenderedBy: 'us',
    });
  });

  it('breaks a tie between parties equally far below by party id', () => {
    expect(classifyOutcome(model, compromise, noDealAt({ us: 3, ua: 3 }))).toMatchObject({
      surrenderedBy: 'ua',
    });
    expect(classifyOutcome(model, compromise, noDealAt({ us: 3, ua: 3, ru: 3 }))).toMatchObject({
      surrenderedBy: 'ru',
    });
  });

  it('calls a package lopsided when one party gets lopsidedHigh% of its range and another lopsidedLow%', () => {
    const c = choice(model, RUSSIA_GIVES_EVERYTHING);
    const share = (p: number) => {
      const lo = model.minUtility[p] ?? 0;
      const hi = model.maxUtility[p] ?? 0;
      return (100 * ((utilities(model, c)[p] ?? 0) - lo)) / (hi - lo);
    };
    const high = share(idx('ua'));
    const low = share(idx('ru'));
    const free = [0, 0, 0];
    // At the thresholds it is a surrender by Russia; just past either one it is not.
    const at = withOutcomeRules({ lopsidedHigh: Math.floor(high), lopsidedLow: Math.ceil(low) });
    expect(classifyOutcome(at, c, free)).toMatchObject({ kind: 'surrender', surrenderedBy: 'ru' });
    expect(classifyOutcome(withOutcomeRules({ lopsidedHigh: Math.ceil(high) }), c, free).kind).toBe(
      'deal',
    );
    expect(classifyOutcome(withOutcomeRules({ lopsidedLow: Math.floor(low) }), c, free).kind).toBe(
      'deal',
    );
  });

  it('calls a signed package that crosses a red line a surrender by the party whose line it is', () => {
    const outcome = classifyOutcome(
      model,
      choice(model, { ...COMPROMISE, forces: 'european-force' }),
      [0, 0, 0],
    );
    expect(outcome).toMatchObject({ kind: 'surrender', surrenderedBy: 'ru' });
  });

  it('explains a deal in one sentence each: overall, fairness, efficiency, durability', () => {
    const outcome = classifyOutcome(model, compromise);
    expect(outcome.kind).toBe('deal');
    if (outcome.kind !== 'deal') return;
    expect(outcome.reasons).toHaveLength(4);
    expect(outcome.reasons[0]).toContain(`${outcome.score.total} of 100`);
    expect(outcome.reasons[1]).toMatch(/^Fairness \d+/);
    expect(outcome.reasons[2]).toMatch(/^Efficiency \d+/);
    expect(outcome.reasons[3]).toMatch(/^Durability \d+/);
    expect(outcome.utilities).toEqual({ us: 80.8, ru: 60.3, ua: 67.6 });
  });
});

describe('scoreDeal', () => {
  const score = (noDeal: readonly number[]) => scoreDeal(model, compromise, u, noDeal);
  const max = model.maxUtility;
  /** No-deal values at which every party's gain is `shares[p]` of the most it could gain. */
  const noDealForShares = (shares: readonly number[]) =>
    u.map((x, p) => (x - (shares[p] ?? 0) * (max[p] ?? 0)) / (1 - (shares[p] ?? 0)));

  it('rates fairness 100 when every party gains the same share of what it could gain', () => {
    expect(score(noDealForShares([0.5, 0.5, 0.5])).fairness).toBe(100);
    expect(score(noDealForShares([0.3, 0.3, 0.3])).fairness).toBe(100);
  });

  it('takes a point of fairness per percentage point between the largest and smallest share', () => {
    expect(score(noDealForShares([0.5, 0.2, 0.4])).fairness).toBe(70);
    expect(score(noDealForShares([0.9, 0.1, 0.5])).fairness).toBe(20);
  });

  it('rates durability as the share of the most durable terms the package chooses', () => {
    fc.assert(
      fc.property(fc.nat(model.packageCount - 1), (k) => {
        const c = choiceAt(model, k);
        let got = 0;
        let best = 0;
        model.scenario.issues.forEach((issue, i) => {
          got += issue.options[c[i] ?? 0]?.durability.value ?? 0;
          best += Math.max(...issue.options.map((o) => o.durability.value));
        });
        expect(scoreDeal(model, c, utilities(model, c), [0, 0, 0]).durability).toBe(
          Math.round((100 * got) / best),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('weighs fairness, efficiency and durability by the scenario’s score weights', () => {
    const w = model.scenario.rules.outcome.scoreWeights;
    for (const shares of [
      [0.5, 0.5, 0.5],
      [0.5, 0.2, 0.4],
      [0.9, 0.1, 0.5],
    ]) {
      const s = score(noDealForShares(shares));
      const mean =
        (w.fairness * s.fairness + w.efficiency * s.efficiency + w.durability * s.durability) /
        (w.fairness + w.efficiency + w.durability);
      expect(s.total).toBe(Math.round(mean));
    }
    const durabilityOnly = withOutcomeRules({
      scoreWeights: { fairness: 0, efficiency: 0, durability: 1 },
    });
    const s = scoreDeal(durabilityOnly, compromise, u, noDealForShares([0.9, 0.1, 0.5]));
    expect(s.total).toBe(s.durability);
  });

  it('scores a deal on the feasible Pareto frontier 100 for efficiency', () => {
    const deals = analyze(model)
      .feasibleFrontier.map((k) => classifyOutcome(model, choiceAt(model, k)))
      .filter((o) => o.kind === 'deal');
    expect(deals.length).toBeGreaterThan(0);
    for (const o of deals) expect(o.score.efficiency).toBe(100);
  });

  it('takes efficiencyPenalty points off per point every leader could still have gained', () => {
    const analysis = analyze(model);
    const penalty = model.scenario.rules.outcome.efficiencyPenalty;
    const frontier = new Set(analysis.feasibleFrontier);
    let checked = 0;
    for (let k = 0; k < model.packageCount; k += 7) {
      if (analysis.redLined[k] === 1 || frontier.has(k)) continue;
      const c = choiceAt(model, k);
      const left = leftOnTable(model, c);
      const efficiency = scoreDeal(model, c, utilities(model, c), [0, 0, 0]).efficiency;
      expect(Math.abs(efficiency - Math.max(0, 100 - penalty * left))).toBeLessThanOrEqual(0.5);
      if (left >= 1) {
        expect(efficiency).toBeLessThan(100);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('stalemateReason', () => {
  it('gives one sentence for each way talks end unsigned', () => {
    const causes = ['deadline', 'failed-summit', 'walk-out', 'adjourned'] as const;
    const reasons = causes.map((cause) => stalemateReason(cause, 'Ukraine'));
    expect(new Set(reasons).size).toBe(causes.length);
    for (const reason of reasons) expect(reason).toMatch(/^[A-Z].*\.$/);
  });

  it('names the party that walked out', () => {
    expect(stalemateReason('walk-out', 'Russia')).toMatch(/^Russia walked out/);
    expect(stalemateReason('walk-out', null)).toMatch(/^A delegation walked out/);
  });
});
