import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptsAtOpening, acceptsWithoutPressure } from '../../src/model/acceptance';
import { analyze } from '../../src/model/analysis';
import { choiceAt, indexOf } from '../../src/model/compile';
import { createGame, type GameState, sessionsLeft } from '../../src/model/game';
import { classifyOutcome } from '../../src/model/outcome';
import { applyAction } from '../../src/model/reducer';
import { DIFFICULTIES, type Difficulty, type Package } from '../../src/model/types';
import { crossedRedLine } from '../../src/model/utility';
import {
  act,
  alaskaModel,
  COMPROMISE,
  choice,
  RUSSIA_GIVES_EVERYTHING,
  UKRAINE_GIVES_EVERYTHING,
} from './fixtures';

const model = alaskaModel();
const seed = fc.integer({ min: 0, max: 0xffffffff });
const difficulty = fc.constantFrom<Difficulty>(...DIFFICULTIES);
const premium = (d: Difficulty) => model.scenario.difficulties[d].openingPremium ?? 0;
const ONE_SIDE = 'one side got almost everything and the other almost nothing';

/**
 * Plays a package by force: consults each leader once, tables the package, then presses whoever
 * refuses (the first in scenario order) while sessions remain for the summit, and convenes once
 * all accept. The outcome, or null when the talks ended before a summit could sign.
 */
function forced(pkg: Package, d: Difficulty, s: number): GameState['outcome'] {
  let state = createGame(model, { seed: s, difficulty: d });
  for (const id of model.partyIds) state = act(model, state, { type: 'consult', party: id });
  state = act(model, state, { type: 'propose', package: pkg });
  while (!state.outcome && sessionsLeft(state) > 1) {
    const refuser = model.partyIds.find((id) => state.answers?.[id]?.accepts === false);
    if (refuser === undefined) break;
    state = act(model, state, { type: 'pressure', party: refuser });
  }
  if (state.outcome) return null;
  const signed = applyAction(model, state, { type: 'summit' });
  return signed.ok && signed.state.outcome?.kind !== 'stalemate' ? signed.state.outcome : null;
}

describe('canonical case 1: the compromise is a deal, but not at once', () => {
  it('is accepted by every leader without pressure at its stated no-deal value', () => {
    const c = choice(model, COMPROMISE);
    model.partyIds.forEach((_, p) => {
      expect(acceptsWithoutPressure(model, p, c)).toBe(true);
    });
  });

  it('is refused by at least one leader at its opening demand on normal and hard', () => {
    const c = choice(model, COMPROMISE);
    for (const d of ['normal', 'hard'] as const) {
      expect(model.partyIds.some((_, p) => !acceptsAtOpening(model, p, c, premium(d)))).toBe(true);
    }
  });

  it('is classified as a deal when signed', () => {
    const outcome = classifyOutcome(model, choice(model, COMPROMISE));
    expect(outcome.kind).toBe('deal');
    if (outcome.kind !== 'deal') return;
    expect(outcome.package).toEqual(COMPROMISE);
    expect(outcome.score.total).toBeGreaterThan(0);
    expect(outcome.score.total).toBeLessThanOrEqual(100);
    expect(outcome.reasons.length).toBeGreaterThan(0);
  });

  it('fails at a summit convened at once, at every difficulty and for any seed', () => {
    fc.assert(
      fc.property(difficulty, seed, (d, s) => {
        let state: GameState = createGame(model, { seed: s, difficulty: d });
        state = act(model, state, { type: 'propose', package: COMPROMISE });
        state = act(model, state, { type: 'summit' });
        expect(state.outcome?.kind ?? 'talks go on').not.toBe('deal');
        expect(Object.values(state.history.at(-1)?.answers ?? {}).some((a) => !a.accepts)).toBe(
          true,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('is signed as a deal by a mediator who builds trust and waits for the leaders to give ground', () => {
    // Seed 20250815 at normal: six consultations, then the compromise, then the summit.
    let state = createGame(model, { seed: 20250815, difficulty: 'normal' });
    for (const id of ['ru', 'ua', 'us', 'ru', 'ua', 'us'])
      state = act(model, state, { type: 'consult', party: id });
    state = act(model, state, { type: 'propose', package: COMPROMISE });
    state = act(model, state, { type: 'summit' });
    expect(state.outcome?.kind).toBe('deal');
  });
});

describe('canonical case 2: Ukraine gives everything', () => {
  it('is a surrender by Ukraine, for one side got almost everything and Ukraine gave in', () => {
    const outcome = classifyOutcome(model, choice(model, UKRAINE_GIVES_EVERYTHING));
    expect(outcome.kind === 'surrender' && outcome.surrenderedBy).toBe('ua');
    const reasons = outcome.reasons.join(' ');
    expect(reasons).toContain(ONE_SIDE);
    expect(reasons).toContain('Ukraine signed a package worth');
  });

  it('is a surrender by Ukraine whatever the hidden noise on the no-deal values', () => {
    fc.assert(
      fc.property(difficulty, seed, (d, s) => {
        const game = createGame(model, { seed: s, difficulty: d });
        const noDeal = model.partyIds.map((id) => game.parties[id]?.noDealValue ?? 0);
        const outcome = classifyOutcome(model, choice(model, UKRAINE_GIVES_EVERYTHING), noDeal);
        expect(outcome.kind === 'surrender' && outcome.surrenderedBy).toBe('ua');
        expect(outcome.reasons.join(' ')).toContain(ONE_SIDE);
      }),
      { numRuns: 100 },
    );
  });

  it('is lopsided enough to be a surrender by Ukraine even judged without no-deal values', () => {
    const outcome = classifyOutcome(model, choice(model, UKRAINE_GIVES_EVERYTHING), [0, 0, 0]);
    expect(outcome.kind === 'surrender' && outcome.surrenderedBy).toBe('ua');
    expect(outcome.reasons).toHaveLength(1);
  });

  it.each(['easy', 'normal'] as const)('is reachable in play with pressure on %s', (d) => {
    const outcomes = Array.from({ length: 150 }, (_, k) => forced(UKRAINE_GIVES_EVERYTHING, d, k));
    const surrender = outcomes.find((o) => o?.kind === 'surrender');
    expect(surrender).toMatchObject({ kind: 'surrender', surrenderedBy: 'ua' });
    expect(surrender?.reasons.join(' ')).toContain(ONE_SIDE);
  });
});

describe('canonical case 3: Russia gives everything', () => {
  it('is a surrender by Russia, for one side got almost everything and Russia gave in', () => {
    const outcome = classifyOutcome(model, choice(model, RUSSIA_GIVES_EVERYTHING));
    expect(outcome.kind === 'surrender' && outcome.surrenderedBy).toBe('ru');
    const reasons = outcome.reasons.join(' ');
    expect(reasons).toContain(ONE_SIDE);
    expect(reasons).toContain('Russia signed a package worth');
  });

  it('is a surrender by Russia whatever the hidden noise on the no-deal values', () => {
    fc.assert(
      fc.property(difficulty, seed, (d, s) => {
        const game = createGame(model, { seed: s, difficulty: d });
        const noDeal = model.partyIds.map((id) => game.parties[id]?.noDealValue ?? 0);
        const outcome = classifyOutcome(model, choice(model, RUSSIA_GIVES_EVERYTHING), noDeal);
        expect(outcome.kind === 'surrender' && outcome.surrenderedBy).toBe('ru');
        expect(outcome.reasons.join(' ')).toContain(ONE_SIDE);
      }),
      { numRuns: 100 },
    );
  });

  it('is lopsided enough to be a surrender by Russia even judged without no-deal values', () => {
    const outcome = classifyOutcome(model, choice(model, RUSSIA_GIVES_EVERYTHING), [0, 0, 0]);
    expect(outcome.kind === 'surrender' && outcome.surrenderedBy).toBe('ru');
  });

  it.each(['easy', 'normal'] as const)('is reachable in play with pressure on %s', (d) => {
    const outcomes = Array.from({ length: 150 }, (_, k) => forced(RUSSIA_GIVES_EVERYTHING, d, k));
    const surrender = outcomes.find((o) => o?.kind === 'surrender');
    expect(surrender).toMatchObject({ kind: 'surrender', surrenderedBy: 'ru' });
    expect(surrender?.reasons.join(' ')).toContain(ONE_SIDE);
  });
});

describe('canonical case 4: nothing signed by the deadline', () => {
  it.each(DIFFICULTIES)('runs out of sessions into a stalemate on %s', (d) => {
    let state = createGame(model, { seed: 2025, difficulty: d });
    const parties = ['us', 'ru', 'ua'];
    for (let k = 0; k < state.sessions - 1; k++) {
      state = act(model, state, { type: 'consult', party: parties[k % 3] ?? 'us' });
      expect(state.outcome).toBeNull();
    }
    state = act(model, state, { type: 'consult', party: 'ru' });
    expect(state.sessionsUsed).toBe(model.scenario.difficulties[d].sessions);
    expect(state.outcome).toMatchObject({ kind: 'stalemate', cause: 'deadline', party: null });
    expect(state.outcome?.reasons.length).toBe(1);
  });

  it('is a stalemate too when packages are tabled but never taken to a summit', () => {
    let state = createGame(model, { seed: 7, difficulty: 'normal' });
    while (!state.outcome) state = act(model, state, { type: 'propose', package: COMPROMISE });
    expect(state.outcome).toMatchObject({ kind: 'stalemate', cause: 'deadline' });
    expect(state.history).toHaveLength(state.sessions);
  });
});

describe('canonical case 5: a narrow zone of possible agreement', () => {
  const analysis = analyze(model);

  it('holds 1% to 5% of the packages at the stated no-deal values', () => {
    expect(analysis.zopaSize / model.packageCount).toBeGreaterThanOrEqual(0.01);
    expect(analysis.zopaSize / model.packageCount).toBeLessThanOrEqual(0.05);
  });

  it('holds none at the opening demands, at any difficulty', () => {
    for (const d of DIFFICULTIES) {
      let count = 0;
      for (let k = 0; k < model.packageCount; k++) {
        const c = choiceAtIndex(k);
        if (model.partyIds.every((_, p) => acceptsAtOpening(model, p, c, premium(d)))) count++;
      }
      expect(count).toBe(0);
    }
  });

  it('contains the compromise package', () => {
    const k = indexOf(model, choice(model, COMPROMISE));
    expect(analysis.redLined[k]).toBe(0);
    model.partyIds.forEach((_, p) => {
      expect(analysis.utilities[p]?.[k]).toBeGreaterThanOrEqual(model.reservationValues[p] ?? 0);
    });
  });

  it('contains the Nash bargaining package', () => {
    expect(analysis.nash).not.toBeNull();
    const k = analysis.nash ?? -1;
    expect(analysis.redLined[k]).toBe(0);
    model.partyIds.forEach((_, p) => {
      expect(analysis.utilities[p]?.[k]).toBeGreaterThanOrEqual(model.reservationValues[p] ?? 0);
    });
  });
});

describe('canonical case 6: every leader can say no', () => {
  it('has each leader refuse at least a quarter of the packages that cross no red line, at the opening', () => {
    for (const d of DIFFICULTIES) {
      const refused = model.partyIds.map(() => 0);
      let open = 0;
      for (let k = 0; k < model.packageCount; k++) {
        const c = choiceAtIndex(k);
        if (model.partyIds.some((_, p) => crossedRedLine(model, p, c) >= 0)) continue;
        open++;
        model.partyIds.forEach((_, p) => {
          if (!acceptsAtOpening(model, p, c, premium(d))) refused[p] = (refused[p] ?? 0) + 1;
        });
      }
      for (const r of refused) expect(r / open).toBeGreaterThanOrEqual(0.25);
    }
  });
});

function choiceAtIndex(k: number) {
  return choiceAt(model, k);
}
