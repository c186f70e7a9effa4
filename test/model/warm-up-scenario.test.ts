import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/model/analysis';
import { compileScenario, indexOf } from '../../src/model/compile';
import { createGame, type GameState } from '../../src/model/game';
import { classifyOutcome } from '../../src/model/outcome';
import {
  BUILT_IN_SCENARIO_IDS,
  builtInScenario,
  DEFAULT_SCENARIO_ID,
} from '../../src/model/scenarios/index';
import { DIFFICULTIES, type Difficulty, type Package, type Rationale } from '../../src/model/types';
import { utilities } from '../../src/model/utility';
import { act, choice } from './fixtures';

const scenario = builtInScenario('silverrun-dam');
if (!scenario) throw new Error('the built-in scenario silverrun-dam is missing');
const model = compileScenario(scenario);
const seed = fc.integer({ min: 0, max: 0xffffffff });
const difficulty = fc.constantFrom<Difficulty>(...DIFFICULTIES);

/** The middle of the road: a medium lake, fixed shares, cost price, a fish ladder, watchers, a shared fund. */
const COMPROMISE: Package = {
  reservoir: 'medium',
  water: 'shares',
  fees: 'cost',
  fishing: 'ladder',
  board: 'independent',
  fund: 'shared',
};

/** Highford keeps the water, sells at market price and answers to nobody. */
const UPSTREAM_TAKES_ALL: Package = {
  reservoir: 'medium',
  water: 'upstream',
  fees: 'market',
  fishing: 'ladder',
  board: 'none',
  fund: 'none',
};

/** A small lake, free power and water, and watchers: the downstream towns' wish list. */
const DOWNSTREAM_TAKES_ALL: Package = {
  reservoir: 'small',
  water: 'shares',
  fees: 'free',
  fishing: 'ladder',
  board: 'independent',
  fund: 'shared',
};

describe('the warm-up scenario, The Silverrun Dam', () => {
  it('ships with the game, listed after the default scenario', () => {
    expect(BUILT_IN_SCENARIO_IDS[0]).toBe(DEFAULT_SCENARIO_ID);
    expect(BUILT_IN_SCENARIO_IDS).toContain('silverrun-dam');
    expect(DEFAULT_SCENARIO_ID).not.toBe('silverrun-dam');
  });

  it('is fictional and says so: three towns, no sources, no citations, no map', () => {
    expect(scenario.parties).toHaveLength(3);
    expect(scenario.issues.length).toBeGreaterThanOrEqual(5);
    expect(scenario.issues.length).toBeLessThanOrEqual(7);
    expect(scenario.summary).toMatch(/fictional/);
    expect(scenario.title).toMatch(/fictional/);
    expect(scenario.sources).toEqual([]);
    expect(scenario.map).toBeUndefined();
    for (const issue of scenario.issues) expect(issue.regions).toEqual([]);
  });

  it('gives every weight, value, red line and lever a reason, none of them claimed as reported', () => {
    const reasons: Rationale[] = [];
    for (const party of scenario.parties) {
      reasons.push(party.initialTrust, party.reservationValue, party.lever, ...party.redLines);
      for (const priority of Object.values(party.priorities)) {
        reasons.push(priority, ...Object.values(priority.options));
      }
    }
    for (const issue of scenario.issues) reasons.push(...issue.options.map((o) => o.durability));
    for (const reason of reasons) {
      expect(reason.why.length).toBeGreaterThan(10);
      expect(['assumption', 'game-mechanic']).toContain(reason.basis);
      expect(reason.cite).toBeUndefined();
    }
  });

  it('gives each town one red line, which that town refuses whatever else is offered', () => {
    for (const party of scenario.parties) {
      expect(party.redLines).toHaveLength(1);
      const line = party.redLines[0];
      if (!line) continue;
      const crossing = { ...COMPROMISE, [line.issue]: line.option };
      const state = act(model, createGame(model, { seed: 1, difficulty: 'easy' }), {
        type: 'propose',
        package: crossing,
      });
      expect(state.answers?.[party.id]).toEqual({
        accepts: false,
        issue: line.issue,
        redLine: true,
      });
    }
  });
});

describe('the warm-up scenario: a zone of possible agreement', () => {
  const analysis = analyze(model);

  it('holds many packages every town accepts without pressure, but far from all', () => {
    expect(analysis.zopaSize).toBeGreaterThan(1);
    expect(analysis.zopaSize).toBeLessThan(analysis.packageCount / 2);
  });

  it('contains the compromise and the Nash bargaining package, which differ', () => {
    for (const k of [indexOf(model, choice(model, COMPROMISE)), analysis.nash ?? -1]) {
      expect(analysis.redLined[k]).toBe(0);
      model.partyIds.forEach((_, p) => {
        expect(analysis.utilities[p]?.[k]).toBeGreaterThanOrEqual(model.reservationValues[p] ?? 0);
      });
    }
    expect(analysis.nash).not.toBe(indexOf(model, choice(model, COMPROMISE)));
  });
});

describe('the warm-up scenario: a deal', () => {
  it('clears every town’s no-deal value with the compromise, even with the largest noise', () => {
    const noise = Math.max(...DIFFICULTIES.map((d) => scenario.difficulties[d].noise));
    const u = utilities(model, choice(model, COMPROMISE));
    model.partyIds.forEach((_, p) => {
      expect(u[p]).toBeGreaterThanOrEqual((model.reservationValues[p] ?? 0) + noise);
    });
  });

  it('classifies the compromise as a deal when signed', () => {
    const outcome = classifyOutcome(model, choice(model, COMPROMISE));
    expect(outcome.kind).toBe('deal');
  });

  it('ends a game in a deal when the compromise is tabled after two consultations and taken to the summit', () => {
    fc.assert(
      fc.property(difficulty, seed, (d, s) => {
        let state: GameState = createGame(model, { seed: s, difficulty: d });
        for (const id of model.partyIds.slice(0, 2))
          state = act(model, state, { type: 'consult', party: id });
        state = act(model, state, { type: 'propose', package: COMPROMISE });
        state = act(model, state, { type: 'summit' });
        expect(state.outcome?.kind).toBe('deal');
      }),
      { numRuns: 150 },
    );
  });
});

describe('the warm-up scenario: a surrender', () => {
  it('names Millbrook as having surrendered when Highford takes all', () => {
    const outcome = classifyOutcome(model, choice(model, UPSTREAM_TAKES_ALL));
    expect(outcome.kind === 'surrender' && outcome.surrenderedBy).toBe('millbrook');
  });

  it('names Highford as having surrendered when the downstream towns take all', () => {
    const outcome = classifyOutcome(model, choice(model, DOWNSTREAM_TAKES_ALL));
    expect(outcome.kind === 'surrender' && outcome.surrenderedBy).toBe('highford');
  });

  it('ends a game in Highford’s surrender when pressure makes it sign the downstream wish list', () => {
    let surrenders = 0;
    for (let s = 0; s < 100; s++) {
      let state: GameState = createGame(model, { seed: s, difficulty: 'normal' });
      for (const id of model.partyIds) state = act(model, state, { type: 'consult', party: id });
      state = act(model, state, { type: 'propose', package: DOWNSTREAM_TAKES_ALL });
      expect(state.answers?.highford?.accepts).toBe(false);
      for (let k = 0; k < 3 && !state.outcome && !state.answers?.highford?.accepts; k++)
        state = act(model, state, { type: 'pressure', party: 'highford' });
      // Pressure may drive Highford out instead: a risk of the game, not a surrender.
      if (state.outcome || !model.partyIds.every((id) => state.answers?.[id]?.accepts)) continue;
      state = act(model, state, { type: 'summit' });
      expect(state.outcome?.kind === 'surrender' && state.outcome.surrenderedBy).toBe('highford');
      surrenders++;
    }
    expect(surrenders).toBeGreaterThan(50);
  });
});

describe('the warm-up scenario: a stalemate', () => {
  it.each(DIFFICULTIES)('runs out of sessions into a stalemate on %s', (d) => {
    let state = createGame(model, { seed: 2025, difficulty: d });
    while (!state.outcome) {
      const party = model.partyIds[state.sessionsUsed % model.partyIds.length] ?? '';
      state = act(model, state, { type: 'consult', party });
    }
    expect(state.outcome).toMatchObject({ kind: 'stalemate', cause: 'deadline' });
    expect(state.sessionsUsed).toBe(scenario.difficulties[d].sessions);
  });
});
