import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/model/analysis';
import { indexOf } from '../../src/model/compile';
import { createGame, type GameState } from '../../src/model/game';
import { classifyOutcome } from '../../src/model/outcome';
import { DIFFICULTIES, type Difficulty } from '../../src/model/types';
import { utilities } from '../../src/model/utility';
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

describe('canonical case 1: the compromise package is a deal', () => {
  it('is accepted by all three leaders without pressure, at every difficulty and for any seed', () => {
    fc.assert(
      fc.property(difficulty, seed, (d, s) => {
        const state = act(model, createGame(model, { seed: s, difficulty: d }), {
          type: 'propose',
          package: COMPROMISE,
        });
        expect(Object.keys(state.answers ?? {}).sort()).toEqual(['ru', 'ua', 'us']);
        for (const id of model.partyIds) expect(state.answers?.[id]?.accepts).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('clears every leader’s no-deal value even with the largest hidden noise of any difficulty', () => {
    const noise = Math.max(...DIFFICULTIES.map((d) => model.scenario.difficulties[d].noise));
    const u = utilities(model, choice(model, COMPROMISE));
    model.partyIds.forEach((_, p) => {
      expect(u[p]).toBeGreaterThanOrEqual((model.reservationValues[p] ?? 0) + noise);
    });
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

  it('ends a game in a deal when tabled and taken to the summit', () => {
    fc.assert(
      fc.property(difficulty, seed, (d, s) => {
        let state: GameState = createGame(model, { seed: s, difficulty: d });
        state = act(model, state, { type: 'propose', package: COMPROMISE });
        expect(state.outcome).toBeNull();
        state = act(model, state, { type: 'summit' });
        expect(state.outcome?.kind).toBe('deal');
        if (state.outcome?.kind !== 'deal') return;
        expect(state.outcome.package).toEqual(COMPROMISE);
        expect(state.sessionsUsed).toBe(2);
      }),
      { numRuns: 150 },
    );
  });
});

describe('canonical case 2: Ukraine gives everything', () => {
  it('is a surrender by Ukraine', () => {
    const outcome = classifyOutcome(model, choice(model, UKRAINE_GIVES_EVERYTHING));
    expect(outcome.kind).toBe('surrender');
    if (outcome.kind !== 'surrender') return;
    expect(outcome.surrenderedBy).toBe('ua');
    expect(outcome.reasons.join(' ')).toContain('Ukraine');
  });

  it('is a surrender by Ukraine whatever the hidden noise on the no-deal values', () => {
    fc.assert(
      fc.property(difficulty, seed, (d, s) => {
        const game = createGame(model, { seed: s, difficulty: d });
        const noDeal = model.partyIds.map((id) => game.parties[id]?.noDealValue ?? 0);
        const outcome = classifyOutcome(model, choice(model, UKRAINE_GIVES_EVERYTHING), noDeal);
        expect(outcome.kind === 'surrender' && outcome.surrenderedBy).toBe('ua');
      }),
      { numRuns: 100 },
    );
  });

  it('is lopsided enough to be a surrender by Ukraine even judged without no-deal values', () => {
    const outcome = classifyOutcome(model, choice(model, UKRAINE_GIVES_EVERYTHING), [0, 0, 0]);
    expect(outcome.kind === 'surrender' && outcome.surrenderedBy).toBe('ua');
  });
});

describe('canonical case 3: Russia gives everything', () => {
  it('is a surrender by Russia', () => {
    const outcome = classifyOutcome(model, choice(model, RUSSIA_GIVES_EVERYTHING));
    expect(outcome.kind).toBe('surrender');
    if (outcome.kind !== 'surrender') return;
    expect(outcome.surrenderedBy).toBe('ru');
    expect(outcome.reasons.join(' ')).toContain('Russia');
  });

  it('is a surrender by Russia whatever the hidden noise on the no-deal values', () => {
    fc.assert(
      fc.property(difficulty, seed, (d, s) => {
        const game = createGame(model, { seed: s, difficulty: d });
        const noDeal = model.partyIds.map((id) => game.parties[id]?.noDealValue ?? 0);
        const outcome = classifyOutcome(model, choice(model, RUSSIA_GIVES_EVERYTHING), noDeal);
        expect(outcome.kind === 'surrender' && outcome.surrenderedBy).toBe('ru');
      }),
      { numRuns: 100 },
    );
  });

  it('is lopsided enough to be a surrender by Russia even judged without no-deal values', () => {
    const outcome = classifyOutcome(model, choice(model, RUSSIA_GIVES_EVERYTHING), [0, 0, 0]);
    expect(outcome.kind === 'surrender' && outcome.surrenderedBy).toBe('ru');
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

describe('canonical case 5: a zone of possible agreement', () => {
  const analysis = analyze(model);

  it('holds more than one package every leader accepts without pressure', () => {
    expect(analysis.zopaSize).toBeGreaterThan(1);
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
