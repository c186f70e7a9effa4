import { describe, expect, it } from 'vitest';
import { parseClassCode } from '../../src/model/class-code';
import { compileScenario } from '../../src/model/compile';
import { BUILT_IN_SCENARIO_IDS, builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import {
  classCodeLink,
  classCodeOfNewGame,
  readClassCode,
  scenarioFitsClassCode,
  selectClassCode,
} from '../../src/store/class-code';
import { createGameStore } from '../../src/store/game-store';
import { newBuiltInGame } from '../../src/store/new-game';

const alaska = builtInScenario('alaska-2025') as Scenario;

describe('class codes in the store', () => {
  it('reads back a new game of every built-in scenario, naming that scenario', () => {
    for (const id of BUILT_IN_SCENARIO_IDS) {
      const options = { seed: 4242, difficulty: 'hard', players: 'people' } as const;
      const code = classCodeOfNewGame(id, options);
      if (code === null) throw new Error(`no code for ${id}`);
      expect(readClassCode(code.toLowerCase(), 'typed')).toMatchObject({
        ok: true,
        game: { code, builtIn: id, seed: 4242, difficulty: 'hard', players: 'people' },
      });
    }
    expect(classCodeOfNewGame('constructor', { seed: 1, difficulty: 'easy' })).toBeNull();
  });

  it('is the code of the game it starts, solo or a role-play', () => {
    for (const players of ['model', 'people'] as const) {
      const options = { seed: 20250815, difficulty: 'normal', players } as const;
      const store = newBuiltInGame('alaska-2025', options);
      if (!store) throw new Error('no game');
      expect(selectClassCode(store.getState())).toBe(classCodeOfNewGame('alaska-2025', options));
    }
  });

  it('gives no code for a game under earlier rules, which no code can deal again', () => {
    const state = createGameStore(alaska, { seed: 3, difficulty: 'easy' }).getState();
    expect(selectClassCode({ ...state, model: compileScenario(alaska, 'content') })).toBeNull();
    expect(
      selectClassCode({ ...state, model: compileScenario(alaska, 'game', undefined, 2) }),
    ).toBeNull();
  });

  it('names no built-in scenario for a code of another, and fits the file of that scenario', () => {
    const own: Scenario = {
      ...alaska,
      id: 'river-compact',
      difficulties: { ...alaska.difficulties, easy: { ...alaska.difficulties.easy, sessions: 11 } },
    };
    const store = createGameStore(own, { seed: 9, difficulty: 'easy', players: 'people' });
    const code = selectClassCode(store.getState()) ?? '';
    const read = readClassCode(code, 'typed');
    if (!read.ok) throw new Error(read.error);
    expect(read.game).toMatchObject({ builtIn: null, seed: 9, players: 'people' });
    expect(scenarioFitsClassCode(own, read.game)).toBe(true);
    expect(scenarioFitsClassCode(alaska, read.game)).toBe(false);
  });

  it("says what is wrong with a code, and that a link's code was cut short", () => {
    const code = classCodeOfNewGame('alaska-2025', { seed: 1, difficulty: 'easy' }) ?? '';
    const bad = parseClassCode('3F7K-Q2MA');
    expect(readClassCode('3F7K-Q2MA', 'typed')).toEqual(bad);
    expect(readClassCode(code.slice(0, 7), 'link')).toEqual({
      ok: false,
      error: `the link was cut short: it holds “${code.slice(0, 4)}${code.slice(5, 7)}”, 6 of the code’s 12 letters and digits. Ask for the whole link, or type the code`,
    });
    expect(readClassCode('', 'link')).toMatchObject({ ok: false, error: /cut short/ });
    // A character that is not in codes is named, from a link as typed.
    expect(readClassCode('3F7K-Q2M!', 'link')).toEqual(parseClassCode('3F7K-Q2M!'));
  });

  it('links to the page it is on, with only the code', () => {
    expect(classCodeLink('3F7K-Q2MA-9XRT', 'https://school.example/m/?seed=4#game=x')).toBe(
      'https://school.example/m/?class=3F7K-Q2MA-9XRT',
    );
  });
});
