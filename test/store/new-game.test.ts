import { describe, expect, it } from 'vitest';
import { MAX_SEED } from '../../src/model/game';
import { BUILT_IN_SCENARIO_IDS, builtInScenario } from '../../src/model/scenarios';
import { newBuiltInGame, newGameChoices, seedOfGameNumber } from '../../src/store/new-game';

describe('newGameChoices', () => {
  it('offers every built-in scenario with its blurb, leaders and difficulties, the default first', () => {
    const choices = newGameChoices();
    expect(choices.scenarios.map((s) => s.id)).toEqual(BUILT_IN_SCENARIO_IDS);
    expect(choices.defaultScenario).toBe(choices.scenarios[0]?.id);
    expect(choices.difficulties).toEqual(['easy', 'normal', 'hard']);
    expect(choices.defaultDifficulty).toBe('normal');
    for (const choice of choices.scenarios) {
      const scenario = builtInScenario(choice.id);
      expect(choice.parties).toEqual(scenario?.parties);
      expect(choice.blurb.length).toBeGreaterThan(0);
      expect(choice.difficulties.hard.sessions).toBe(scenario?.difficulties.hard.sessions);
    }
  });
});

describe('newBuiltInGame', () => {
  it('starts a new game of a built-in scenario, and none of an id the game does not ship', () => {
    const store = newBuiltInGame('silverrun-dam', { seed: 5, difficulty: 'hard' });
    expect(store?.getState().model.scenario.id).toBe('silverrun-dam');
    expect(store?.getState().game).toMatchObject({ seed: 5, difficulty: 'hard', sessionsUsed: 0 });
    expect(newBuiltInGame('constructor', { seed: 5, difficulty: 'hard' })).toBeNull();
  });
});

describe('seedOfGameNumber', () => {
  it('deals the game number typed, and a fresh seed for none', () => {
    expect(seedOfGameNumber(' 20250815 ')).toEqual({ ok: true, seed: 20250815 });
    for (const typed of ['', '   ']) {
      const fresh = seedOfGameNumber(typed);
      expect(fresh.ok && fresh.seed >= 0 && fresh.seed <= MAX_SEED).toBe(true);
    }
  });

  it('says what is wrong with a game number that is not one', () => {
    expect(seedOfGameNumber('12a')).toEqual({
      ok: false,
      error: `must be a whole number from 0 to ${MAX_SEED}, not "12a"`,
    });
  });
});
