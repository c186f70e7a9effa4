import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playGame, type STRATEGIES } from '../../src/model/bots';
import { compileScenario } from '../../src/model/compile';
import { builtInScenario } from '../../src/model/scenarios';
import { DIFFICULTIES, type Scenario } from '../../src/model/types';
import { replaySave } from '../../src/saves/replay';
import { createSave, parseSaveText, serializeSave } from '../../src/saves/save-format';
import { HEAVY_TEST_TIMEOUT } from '../time-limits';

const scenario = builtInScenario('alaska-2025') as Scenario;
const model = compileScenario(scenario);

function savedGame(
  seed: number,
  strategy: (typeof STRATEGIES)[number],
  difficulty: (typeof DIFFICULTIES)[number],
) {
  const game = playGame(model, { seed, strategy, difficulty });
  return {
    game,
    save: createSave(model, { seed, difficulty }, game.steps, {
      name: 'A bot game',
      savedAt: null,
    }),
  };
}

describe('replaySave', { timeout: HEAVY_TEST_TIMEOUT }, () => {
  it.each([
    ['random', 1000],
    ['greedy', 200],
  ] as const)(
    'replays %s bot games (%i of them) from their logs to identical final states',
    (strategy, runs) => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 0xffffffff }),
          fc.constantFrom(...DIFFICULTIES),
          (seed, difficulty) => {
            const { game, save } = savedGame(seed, strategy, difficulty);
            const parsed = parseSaveText(serializeSave(save));
            if (!parsed.ok) throw new Error(parsed.error);
            const replay = replaySave(parsed.save);
            if (!replay.ok) throw new Error(replay.error);
            expect(replay.final).toStrictEqual(game.state);
            expect(replay.states).toHaveLength(game.steps.length + 1);
          },
        ),
        { numRuns: runs },
      );
    },
  );

  it('reports the first step whose action no longer reproduces the recorded state', () => {
    const { save } = savedGame(7, 'greedy', 'normal');
    const steps = save.steps.map((s, i) =>
      i === 1 ? { ...s, action: { type: 'consult' as const, party: 'us' } } : s,
    );
    const replay = replaySave({ ...save, steps });
    expect(replay.ok).toBe(false);
    if (!replay.ok) {
      expect(replay.step).toBe(2);
      expect(replay.error).toBe(
        'diverges at step 2: the game no longer reaches the recorded state',
      );
    }
  });

  it('reports a step whose action the rules refuse', () => {
    const { save } = savedGame(3, 'greedy', 'easy');
    const steps = [
      ...save.steps,
      { action: { type: 'summit' as const }, hash: save.steps[0]?.hash ?? '' },
    ];
    const replay = replaySave({ ...save, steps });
    expect(replay.ok).toBe(false);
    if (!replay.ok)
      expect(replay.error).toBe(`diverges at step ${steps.length}: the talks are over`);
  });

  it('refuses a save made with another version of a built-in scenario', () => {
    const { save } = savedGame(1, 'random', 'hard');
    const replay = replaySave({ ...save, scenario: { id: 'alaska-2025', hash: '0'.repeat(28) } });
    expect(replay).toEqual({
      ok: false,
      error:
        'this save was made with a version of scenario "alaska-2025" that this release does not have',
    });
  });

  it('refuses a save naming a scenario the game does not have', () => {
    const { save } = savedGame(1, 'random', 'hard');
    const replay = replaySave({ ...save, scenario: { id: 'atlantis-2030', hash: model.hash } });
    expect(replay).toEqual({ ok: false, error: 'unknown scenario "atlantis-2030"' });
  });

  it('replays a game whose custom scenario travels inside the save', () => {
    const custom: Scenario = { ...scenario, id: 'alaska-2025-variant', title: 'A variant' };
    const customModel = compileScenario(custom);
    const game = playGame(customModel, { seed: 11, strategy: 'greedy', difficulty: 'normal' });
    const text = serializeSave(
      createSave(customModel, { seed: 11, difficulty: 'normal' }, game.steps, {
        name: 'A variant',
        savedAt: null,
      }),
    );
    const parsed = parseSaveText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const replay = replaySave(parsed.save);
    expect(replay.ok && replay.final).toStrictEqual(game.state);
    // Rewording the embedded scenario keeps the game; changing a number breaks its hash.
    const reworded = JSON.parse(text);
    reworded.scenario.data.title = 'Edited';
    const rewordedSave = parseSaveText(JSON.stringify(reworded));
    expect(rewordedSave.ok && replaySave(rewordedSave.save).ok).toBe(true);
    const edited = JSON.parse(text);
    edited.scenario.data.parties[0].reservationValue.value += 1;
    const reparsed = parseSaveText(JSON.stringify(edited));
    expect(reparsed.ok && replaySave(reparsed.save)).toEqual({
      ok: false,
      error: 'the scenario inside the save was changed after the game was saved',
    });
  });
});
