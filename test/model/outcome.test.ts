import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, leftOnTable } from '../../src/model/analysis';
import { choiceAt, compileScenario } from '../../src/model/compile';
import { createGame } from '../../src/model/game';
import { classifyOutcome, stalemateReason } from '../../src/model/outcome';
import { scoreDeal } from '../../src/model/score';
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
    // Good for the United States and Russia, below Ukraine's no-deal value: one use of its
    // lever brings Ukraine to sign, late in the talks, on every seed it does not walk out.
    const pkg = { ...COMPROMISE, east: 'cede', pockets: 'keep', guarantee: 'european' };
    let surrenders = 0;
    for (let seed = 0; seed < 40; seed++) {
      let state = createGame(model, { seed, difficulty: 'easy' });
      for (const id of ['us', 'ru', 'ua', 'us'])
        state = act(model, state, { type: 'consult', party: id });
      state = act(model, state, { type: 'propose', package: pkg });
      expect(state.answers?.ua?.accepts).toBe(false);
      if (!(state.answers?.us?.accepts && state.answers?.ru?.accepts)) continue;
      state = act(model, state, { type: 'pressure', party: 'ua' });
      state = act(model, state, { type: 'summit' });
      expect(state.outcome).toMatchObject({ kind: 'surrender', surrenderedBy: 'ua' });
      expect(state.outcome?.reasons.join(' ')).toContain('Ukraine signed a package worth');
      surrenders++;
    }
    expect(surrenders).toBeGreaterThan(20);
  });

  it('lists every reason that applies', () => {
    const c = choice(model, { ...RUSSIA_GIVES_EVERYTHING, forces: 'european-force' });
    const outcome = classifyOutcome(model, c);
    expect(outcome).toMatchObject({ kind: 'surrender', surrenderedBy: 'ru' });
    const reasons = outcome.reasons.join(' ');
    expect(reasons).toContain('across a red line it declared');
    expect(reasons).toContain('Russia signed a package worth');
    expect(reasons).toContain('one side got almost everything');
    expect(outcome.reasons).toHaveLength(3);
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
    expect(outcome.score.carriedFrom).toBeUndefined();
    expect(outcome.reasons).toHaveLength(4);
    expect(outcome.reasons[0]).toContain(`${outcome.score.total} of 100`);
    expect(outcome.reasons[1]).toMatch(/^Fairness \d+/);
    expect(outcome.reasons[2]).toMatch(/^Efficiency \d+/);
    expect(outcome.reasons[3]).toMatch(/^Durability \d+/);
    expect(outcome.utilities).toEqual({ us: 80.8, ru: 60.3, ua: 67.6 });
  });
});

describe('scoreDeal', () => {
  const analysis = analyze(model);
  const gains = (k: number) =>
    model.partyIds.map(
      (_, p) => (analysis.utilities[p]?.[k] ?? 0) - (model.reservationValues[p] ?? 0),
    );
  /** Packages every leader accepts at its stated no-deal value, crossing no red line. */
  const signable = Array.from({ length: model.packageCount }, (_, k) => k).filter(
    (k) => analysis.redLined[k] === 0 && gains(k).every((g) => g >= 0),
  );
  const product = (k: number) => gains(k).reduce((a, b) => a * b, 1);
  const nash = signable.reduce((best, k) => (product(k) > product(best) ? k : best));

  it('rates fairness 100 for the Nash bargaining package', () => {
    expect(scoreDeal(model, choiceAt(model, nash)).fairness).toBe(100);
  });

  it('rates fairness as the smallest share any leader gets of its gain in the Nash package', () => {
    for (const k of signable) {
      const shares = gains(k).map((g, p) => Math.min(1, g / (gains(nash)[p] ?? 1)));
      expect(scoreDeal(model, choiceAt(model, k)).fairness).toBe(
        Math.round(100 * Math.min(...shares)),
      );
    }
  });

  it('never scores a package lower than one that is no better for any leader (Pareto-monotone)', () => {
    const scores = new Map(signable.map((k) => [k, scoreDeal(model, choiceAt(model, k)).total]));
    let pairs = 0;
    for (const a of signable) {
      for (const b of signable) {
        if (
          a === b ||
          !model.partyIds.every(
            (_, p) => (analysis.utilities[p]?.[a] ?? 0) >= (analysis.utilities[p]?.[b] ?? 0),
          )
        )
          continue;
        pairs++;
        expect(scores.get(a)).toBeGreaterThanOrEqual(scores.get(b) ?? 0);
      }
    }
    expect(pairs).toBeGreaterThan(100);
  });

  it('scores a package alike whatever a game’s hidden no-deal values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...signable),
        fc.integer({ min: 0, max: 0xffffffff }),
        (k, seed) => {
          const game = createGame(model, { seed, difficulty: 'hard' });
          const noDeal = model.partyIds.map((id) => game.parties[id]?.noDealValue ?? 0);
          const outcome = classifyOutcome(model, choiceAt(model, k), noDeal);
          if (outcome.kind === 'deal')
            expect(outcome.score).toEqual(scoreDeal(model, choiceAt(model, k)));
        },
      ),
      { numRuns: 200 },
    );
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
        expect(scoreDeal(model, c).durability).toBe(Math.round((100 * got) / best));
      }),
      { numRuns: 100 },
    );
  });

  it('weighs fairness, efficiency and durability by the scenario’s score weights, or takes a dominated package’s total', () => {
    const w = model.scenario.rules.outcome.scoreWeights;
    let carried = 0;
    for (const k of signable) {
      const s = scoreDeal(model, choiceAt(model, k));
      const mean = Math.round(
        (w.fairness * s.fairness + w.efficiency * s.efficiency + w.durability * s.durability) /
          (w.fairness + w.efficiency + w.durability),
      );
      if (s.carriedFrom === undefined) {
        expect(s.total).toBe(mean);
        continue;
      }
      carried++;
      expect(s.total).toBeGreaterThan(mean);
      const from = s.carriedFrom;
      expect(
        model.partyIds.every(
          (_, p) => (analysis.utilities[p]?.[k] ?? 0) >= (analysis.utilities[p]?.[from] ?? 0),
        ),
      ).toBe(true);
      expect(scoreDeal(model, choiceAt(model, from)).total).toBe(s.total);
    }
    expect(carried).toBeGreaterThan(0);
    const durabilityOnly = withOutcomeRules({
      scoreWeights: { fairness: 0, efficiency: 0, durability: 1 },
    });
    const s = scoreDeal(durabilityOnly, compromise);
    expect(s.total).toBeGreaterThanOrEqual(s.durability);
  });

  it('scores a deal on the feasible Pareto frontier 100 for efficiency', () => {
    const deals = analysis.feasibleFrontier
      .map((k) => classifyOutcome(model, choiceAt(model, k)))
      .filter((o) => o.kind === 'deal');
    expect(deals.length).toBeGreaterThan(0);
    for (const o of deals) expect(o.score.efficiency).toBe(100);
  });

  it('takes efficiencyPenalty points off per point every leader could still have gained', () => {
    const penalty = model.scenario.rules.outcome.efficiencyPenalty;
    const frontier = new Set(analysis.feasibleFrontier);
    let checked = 0;
    for (let k = 0; k < model.packageCount; k += 7) {
      if (analysis.redLined[k] === 1 || frontier.has(k)) continue;
      const c = choiceAt(model, k);
      const left = leftOnTable(model, c);
      const efficiency = scoreDeal(model, c).efficiency;
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
  const words = { noDeal: 'nothing is settled' };

  it('gives one sentence for each way talks end unsigned', () => {
    const causes = ['deadline', 'failed-summit', 'walk-out', 'adjourned'] as const;
    const reasons = causes.map((cause) => stalemateReason(cause, 'Ukraine', words));
    expect(new Set(reasons).size).toBe(causes.length);
    for (const reason of reasons) expect(reason).toMatch(/^[A-Z].*\.$/);
  });

  it('names the party that walked out, and says when pressure drove it out', () => {
    expect(stalemateReason('walk-out', 'Russia', words)).toMatch(
      /^Russia walked out after its trust/,
    );
    expect(stalemateReason('walk-out', 'Russia', words, true)).toMatch(/^Russia walked out under/);
    expect(stalemateReason('walk-out', null, words)).toMatch(/^A delegation walked out/);
  });

  it('says what goes on without a deal in the words it is given', () => {
    expect(stalemateReason('deadline', null, { noDeal: 'the dam stays on paper' })).toBe(
      'The sessions ran out before any package was signed: nobody won, and the dam stays on paper.',
    );
  });
});
