import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/model/bots';
import { compileScenario } from '../../src/model/compile';
import type { Scenario } from '../../src/model/types';
import { recordedLog } from '../../src/saves/recorded-log';
import { replaySave } from '../../src/saves/replay';
import { createSave, type Save } from '../../src/saves/save-format';
import { alaskaModel } from '../model/fixtures';

const model = alaskaModel();

function botSave(): Save {
  const game = playGame(model, { seed: 5, strategy: 'greedy', difficulty: 'normal' });
  return createSave(model, { seed: 5, difficulty: 'normal' }, game.steps, {
    name: 'Table 5',
    savedAt: '2025-09-01T10:00:00.000Z',
  });
}

/** The log of a save that must fail to replay. */
function logOf(save: Save) {
  const replay = replaySave(save);
  if (replay.ok) throw new Error('the save replays');
  return recordedLog(save, replay);
}

describe('recordedLog', () => {
  it('says a save names a version of a built-in scenario this release does not have, and tells its moves with the current names', () => {
    const log = logOf({ ...botSave(), scenario: { id: 'alaska-2025', hash: '0'.repeat(28) } });
    expect(log.why).toEqual({ kind: 'other-version' });
    expect(log.scenario?.title).toBe(model.scenario.title);
  });

  it('says a save names a scenario this release does not have, and has no names for its moves', () => {
    const log = logOf({ ...botSave(), scenario: { id: 'atlantis-2030', hash: model.hash } });
    expect(log).toMatchObject({ why: { kind: 'unknown-scenario' }, scenario: null });
  });

  it('says the scenario inside a save was edited, and tells the moves with its names', () => {
    const custom: Scenario = { ...model.scenario, id: 'variant', title: 'A variant' };
    const customModel = compileScenario(custom);
    const game = playGame(customModel, { seed: 2, strategy: 'greedy', difficulty: 'easy' });
    const save = createSave(customModel, { seed: 2, difficulty: 'easy' }, game.steps, {
      name: 'Variant',
      savedAt: null,
    });
    const edited = { ...save, scenario: { ...save.scenario, hash: '0'.repeat(28) } };
    const log = logOf(edited);
    expect(log.why).toEqual({ kind: 'changed-scenario' });
    expect(log.scenario?.title).toBe('A variant');
  });

  it('says from which step the rules play a save differently, with the names of the version it was played with', () => {
    const save = botSave();
    const steps = save.steps.map((s, i) => (i === 2 ? { ...s, hash: '0'.repeat(28) } : s));
    const log = logOf({ ...save, steps });
    expect(log.why).toEqual({ kind: 'other-rules', step: 3 });
    expect(log.scenario).toBe(model.scenario);
  });
});
