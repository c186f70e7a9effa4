import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerOf } from '../../src/model/acceptance';
import { analyze } from '../../src/model/analysis';
import { choiceAt, compileScenario, type ScenarioModel } from '../../src/model/compile';
import { type Action, createGame, type GameState } from '../../src/model/game';
import { applyAction } from '../../src/model/reducer';
import { parseScenario } from '../../src/model/scenario-schema';
import { DIFFICULTIES, type Difficulty, type Scenario } from '../../src/model/types';
import { utilities, utility } from '../../src/model/utility';
import { HEAVY_TEST_TIMEOUT } from '../time-limits';
import { actionsArb, alaskaModel, deepFreeze, smallSynthetic, smallWithRedLines } from './fixtures';

const seedArb = fc.integer({ min: 0, max: 0xffffffff });
const difficultyArb = fc.constantFrom<Difficulty>(...DIFFICULTIES);
const alaska = alaskaModel();

/** A scenario and a run of actions for it, on the built-in scenario or a generated one. */
const gameArb = fc
  .oneof(
    fc.constant(alaska.scenario),
    smallWithRedLines.map((s) => deepFreeze(s)),
  )
  .chain((scenario) => {
    const model = compileScenario(scenario);
    return fc.record({
      model: fc.constant(model),
      seed: seedArb,
      difficulty: difficultyArb,
      actions: actionsArb(model),
    });
  });

function replay(
  model: ScenarioModel,
  seed: number,
  difficulty: Difficulty,
  actions: readonly Action[],
) {
  let state = createGame(model, { seed, difficulty });
  const results = actions.map((action) => {
    const result = applyAction(model, state, action);
    if (result.ok) state = result.state;
    return result.ok ? 'ok' : result.rejection;
  });
  return { state, results };
}

describe('the reducer is deterministic', { timeout: HEAVY_TEST_TIMEOUT }, () => {
  it('gives the identical state for the same scenario, seed, difficulty and actions', () => {
    fc.assert(
      fc.property(gameArb, ({ model, seed, difficulty, actions }) => {
        const first = replay(model, seed, difficulty, actions);
        // A second, separately compiled copy of the scenario: no cache may leak between games.
        const again = compileScenario(structuredClone(model.scenario));
        const second = replay(again, seed, difficulty, structuredClone(actions));
        expect(second.state).toEqual(first.state);
        expect(second.results).toEqual(first.results);
      }),
      { numRuns: 120 },
    );
  });

  it('keeps a game state plain data that survives a JSON round trip', () => {
    fc.assert(
      fc.property(gameArb, ({ model, seed, difficulty, actions }) => {
        const { state } = replay(model, seed, difficulty, actions);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
      { numRuns: 60 },
    );
  });

  it('draws different hidden noise for different seeds', () => {
    const states = Array.from({ length: 40 }, (_, seed) =>
      createGame(alaska, { seed, difficulty: 'hard' }),
    );
    const noDeal = new Set(
      states.map((s) => JSON.stringify(Object.values(s.parties).map((p) => p.noDealValue))),
    );
    expect(noDeal.size).toBeGreaterThan(20);
  });
});

describe('the reducer never mutates', { timeout: HEAVY_TEST_TIMEOUT }, () => {
  it('leaves a refused action’s state unchanged, and never changes its inputs', () => {
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(gameArb, ({ model, seed, difficulty, actions }) => {
        deepFreeze(model);
        let state: GameState = deepFreeze(createGame(model, { seed, difficulty }));
        for (const action of actions) {
          const before = structuredClone(state);
          const frozen = deepFreeze(structuredClone(action));
          // Frozen inputs make any write throw, in strict-mode modules.
          const result = applyAction(model, state, frozen);
          expect(state).toEqual(before);
          expect(frozen).toEqual(action);
          if (result.ok) {
            accepted++;
            expect(result.state).not.toBe(state);
            expect(result.state.history).toHaveLength(state.history.length + 1);
            state = deepFreeze(result.state);
          } else {
            refused++;
            expect(result.rejection.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 150 },
    );
    // Both kinds of action were exercised.
    expect(refused).toBeGreaterThan(50);
    expect(accepted).toBeGreaterThan(50);
  });

  it('refuses every action once the talks are over, with the same state', () => {
    fc.assert(
      fc.property(gameArb, ({ model, seed, difficulty, actions }) => {
        const { state } = replay(model, seed, difficulty, [...actions, { type: 'adjourn' }]);
        expect(state.outcome).not.toBeNull();
        for (const action of actions) {
          const result = applyAction(model, state, action);
          expect(result.ok ? 'accepted' : result.rejection.code).toBe('game-over');
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('utility', { timeout: HEAVY_TEST_TIMEOUT }, () => {
  /** A generated scenario with every weight (0–1000) and value (0–100) chosen by fast-check. */
  const anyWeightsArb = smallSynthetic.chain((base) =>
    fc
      .array(
        fc.array(
          fc.record({
            weight: fc.integer({ min: 0, max: 1000 }),
            values: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }),
          }),
          { minLength: base.issues.length, maxLength: base.issues.length },
        ),
        { minLength: 3, maxLength: 3 },
      )
      .map(
        (draws): Scenario => ({
          ...base,
          parties: base.parties.map((party, p) => ({
            ...party,
            priorities: Object.fromEntries(
              base.issues.map((issue, i) => {
                const draw = draws[p]?.[i];
                // Issue 0 keeps a weight above zero, as the schema demands of some issue.
                const weight = i === 0 ? Math.max(1, draw?.weight ?? 1) : (draw?.weight ?? 0);
                const options = Object.fromEntries(
                  issue.options.map((o, k) => [
                    o.id,
                    { value: draw?.values[k] ?? 0, why: 'x', basis: 'assumption' as const },
                  ]),
                );
                return [issue.id, { weight, why: 'x', basis: 'assumption' as const, options }];
              }),
            ),
          })),
        }),
      ),
  );

  it('is always between 0 and 100, and between the worst and best the party can get', () => {
    fc.assert(
      fc.property(anyWeightsArb, (scenario) => {
        expect(parseScenario(scenario).ok).toBe(true);
        const model = compileScenario(scenario);
        const analysis = analyze(model);
        model.partyIds.forEach((_, p) => {
          const all = Array.from(analysis.utilities[p] ?? []);
          for (const u of all) {
            expect(u).toBeGreaterThanOrEqual(0);
            expect(u).toBeLessThanOrEqual(100);
          }
          expect(Math.min(...all)).toBeCloseTo(model.minUtility[p] ?? Number.NaN, 9);
          expect(Math.max(...all)).toBeCloseTo(model.maxUtility[p] ?? Number.NaN, 9);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('never falls when a party values one option more', () => {
    const raiseArb = smallSynthetic.chain((scenario) =>
      fc.record({
        scenario: fc.constant(scenario),
        party: fc.nat(scenario.parties.length - 1),
        issue: fc.nat(scenario.issues.length - 1),
        option: fc.nat((scenario.issues[0]?.options.length ?? 2) - 1),
        raise: fc.integer({ min: 1, max: 60 }),
        seed: seedArb,
      }),
    );
    fc.assert(
      fc.property(raiseArb, ({ scenario, party, issue, option, raise, seed }) => {
        const issueId = scenario.issues[issue]?.id ?? '';
        const optionId = scenario.issues[issue]?.options[option]?.id ?? '';
        const raised: Scenario = {
          ...scenario,
          parties: scenario.parties.map((p, n) => {
            const priority = p.priorities[issueId];
            const old = priority?.options[optionId];
            if (n !== party || !priority || !old) return p;
            const value = Math.min(100, old.value + raise);
            return {
              ...p,
              priorities: {
                ...p.priorities,
                [issueId]: {
                  ...priority,
                  options: { ...priority.options, [optionId]: { ...old, value } },
                },
              },
            };
          }),
        };
        expect(parseScenario(raised).ok).toBe(true);
        const before = compileScenario(scenario);
        const after = compileScenario(raised);
        const oldValue = before.values[party]?.[issue]?.[option] ?? 0;
        const weight = before.weights[party]?.[issue] ?? 0;
        const gameBefore = createGame(before, { seed, difficulty: 'normal' });
        const gameAfter = createGame(after, { seed, difficulty: 'normal' });
        for (let k = 0; k < before.packageCount; k++) {
          const c = choiceAt(before, k);
          const u0 = utility(before, party, c);
          const u1 = utility(after, party, c);
          expect(u1).toBeGreaterThanOrEqual(u0);
          if (c[issue] === option && oldValue < 100 && weight > 0) expect(u1).toBeGreaterThan(u0);
          if (c[issue] !== option) expect(u1).toBe(u0);
          // Nor can it turn a yes into a no.
          if (answerOf(before, gameBefore, party, c).accepts) {
            expect(answerOf(after, gameAfter, party, c).accepts).toBe(true);
          }
        }
        // The other parties are not affected at all.
        for (let k = 0; k < before.packageCount; k++) {
          const c = choiceAt(before, k);
          before.partyIds.forEach((_, p) => {
            if (p !== party) expect(utility(after, p, c)).toBe(utility(before, p, c));
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('party order does not matter', { timeout: HEAVY_TEST_TIMEOUT }, () => {
  const permutationArb = fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 });

  function reorder(scenario: Scenario, order: readonly number[]): Scenario {
    return {
      ...scenario,
      parties: order.map((p) => scenario.parties[p]).filter((p) => p !== undefined),
    };
  }

  function expectSameAnalysis(scenario: Scenario, order: readonly number[]) {
    const a = compileScenario(scenario);
    const b = compileScenario(reorder(scenario, order));
    const ra = analyze(a);
    const rb = analyze(b);
    order.forEach((from, to) => {
      expect(b.partyIds[to]).toBe(a.partyIds[from]);
      expect(rb.utilities[to]).toEqual(ra.utilities[from]);
    });
    expect(rb.paretoFrontier).toEqual(ra.paretoFrontier);
    expect(rb.feasibleFrontier).toEqual(ra.feasibleFrontier);
    expect(rb.zopaSize).toBe(ra.zopaSize);
    expect(rb.nash).toBe(ra.nash);
    expect(rb.kalaiSmorodinsky).toBe(ra.kalaiSmorodinsky);
    expect(Array.from(rb.redLined)).toEqual(Array.from(ra.redLined));
  }

  it('permutes utilities and leaves the analysis of the built-in scenario unchanged', () => {
    for (const order of [
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ]) {
      expectSameAnalysis(alaska.scenario, order);
    }
  });

  it('permutes utilities and leaves the analysis of any scenario unchanged', () => {
    fc.assert(
      fc.property(smallWithRedLines, permutationArb, (scenario, order) => {
        expectSameAnalysis(scenario, order);
        const a = compileScenario(scenario);
        const b = compileScenario(reorder(scenario, order));
        for (let k = 0; k < a.packageCount; k++) {
          const ua = utilities(a, choiceAt(a, k));
          const ub = utilities(b, choiceAt(b, k));
          order.forEach((from, to) => {
            expect(ub[to]).toBe(ua[from]);
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('plays the same game, party by party, whatever order the scenario lists the parties in', () => {
    const relabelArb = fc.oneof(fc.constant(alaska.scenario), smallWithRedLines).chain((scenario) =>
      fc.record({
        scenario: fc.constant(scenario),
        order: permutationArb,
        seed: seedArb,
        difficulty: difficultyArb,
        actions: actionsArb(compileScenario(scenario)),
      }),
    );
    fc.assert(
      fc.property(relabelArb, ({ scenario, order, seed, difficulty, actions }) => {
        const a = compileScenario(scenario);
        const b = compileScenario(reorder(scenario, order));
        const ra = replay(a, seed, difficulty, actions);
        const rb = replay(b, seed, difficulty, actions);
        expect(rb.results).toEqual(ra.results);
        // toEqual compares records by key, not key order; only the scenario's hash may differ.
        expect({ ...rb.state, scenarioHash: '' }).toEqual({ ...ra.state, scenarioHash: '' });
      }),
      { numRuns: 120 },
    );
  });
});
