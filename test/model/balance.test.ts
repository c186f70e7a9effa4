import { describe, expect, it } from 'vitest';
import { balanceSeeds, measureBalance, median, quartiles } from '../../src/model/balance';
import {
  adaptiveMove,
  bullyMove,
  compromiseMove,
  middleChoice,
  STRATEGIES,
  startBot,
} from '../../src/model/bots';
import { choiceOf, compileScenario, packageOf } from '../../src/model/compile';
import { createGame, type GameState } from '../../src/model/game';
import { observe } from '../../src/model/observation';
import { applyAction } from '../../src/model/reducer';
import { builtInScenario } from '../../src/model/scenarios';
import type { Package, Scenario } from '../../src/model/types';
import { UKRAINE_GIVES_EVERYTHING } from '../canonical-packages';

const model = compileScenario(builtInScenario('alaska-2025') as Scenario);
const bot = startBot(1);
const fresh = () => createGame(model, { seed: 20250815, difficulty: 'normal' });

function tabled(pkg: Package): GameState {
  const result = applyAction(model, fresh(), { type: 'propose', package: pkg });
  if (!result.ok) throw new Error(result.rejection.message);
  return result.state;
}

describe('measureBalance', () => {
  const seeds = balanceSeeds(12);
  const rows = measureBalance(model, STRATEGIES, ['easy', 'hard'], seeds);

  it('plays every strategy at every difficulty on the same seeds, counting each game once', () => {
    expect(rows.map((r) => `${r.strategy}/${r.difficulty}`)).toEqual(
      STRATEGIES.flatMap((s) => [`${s}/easy`, `${s}/hard`]),
    );
    for (const row of rows) {
      const stalemates = Object.values(row.stalemates).reduce((a, b) => a + b, 0);
      expect(row.deals + row.surrenders + stalemates).toBe(row.games);
      expect(row.games).toBe(12);
      expect(row.medianDealScore === null).toBe(row.deals === 0);
      expect(row.dealScoreQuartiles?.[1] ?? null).toBe(row.medianDealScore);
    }
  });

  it('gives the same rows for the same arguments', () => {
    expect(measureBalance(model, STRATEGIES, ['easy', 'hard'], seeds)).toEqual(rows);
  });
});

describe('quartiles', () => {
  it('gives the lower quartile, median and upper quartile, linear between ranks', () => {
    expect(quartiles([1, 2, 3, 4, 5])).toEqual([2, 3, 4]);
    expect(quartiles([10, 0, 20, 30])).toEqual([7.5, 15, 22.5]);
    expect(quartiles([7])).toEqual([7, 7, 7]);
    expect(quartiles([])).toBeNull();
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, and null for none', () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, null]);
  });
});

describe('the benchmark strategies', () => {
  it('compromise: tables the middle of every issue, then convenes at once', () => {
    expect(compromiseMove(model, observe(model, fresh()), bot).action).toEqual({
      type: 'propose',
      package: packageOf(model, middleChoice(model)),
    });
    const afterTabling = tabled(packageOf(model, middleChoice(model)));
    expect(compromiseMove(model, observe(model, afterTabling), bot).action).toEqual({
      type: 'summit',
    });
  });

  it('adaptive: moves each issue a refusing leader names one option towards that leader', () => {
    const state = tabled(UKRAINE_GIVES_EVERYTHING);
    const action = adaptiveMove(model, observe(model, state), bot).action;
    if (action.type !== 'propose') throw new Error(`expected a proposal, got ${action.type}`);
    const before = choiceOf(model, UKRAINE_GIVES_EVERYTHING);
    const after = choiceOf(model, action.package);
    if (!before.ok || !after.ok) throw new Error('not a package');
    const moved = model.issueIds.filter((_, i) => before.choice[i] !== after.choice[i]);
    const named = model.partyIds
      .filter((id) => state.answers?.[id]?.accepts === false)
      .map((id) => state.answers?.[id]?.issue);
    expect(moved.length).toBeGreaterThan(0);
    expect(new Set(moved)).toEqual(new Set(named));
    for (const i of moved.map((id) => model.issueIds.indexOf(id))) {
      expect(Math.abs((after.choice[i] ?? 0) - (before.choice[i] ?? 0))).toBe(1);
    }
  });

  it('bully: applies pressure to the first leader who says no, again after each fresh answer', () => {
    const state = tabled(UKRAINE_GIVES_EVERYTHING);
    const refuser = model.partyIds.find((id) => state.answers?.[id]?.accepts === false);
    expect(bullyMove(model, observe(model, state), bot).action).toEqual({
      type: 'pressure',
      party: refuser,
    });
    const pressed = applyAction(model, state, { type: 'pressure', party: refuser ?? '' });
    if (!pressed.ok) throw new Error(pressed.rejection.message);
    const still = model.partyIds.find((id) => pressed.state.answers?.[id]?.accepts === false);
    expect(bullyMove(model, observe(model, pressed.state), bot).action).toEqual(
      still === undefined ? { type: 'summit' } : { type: 'pressure', party: still },
    );
  });
});
