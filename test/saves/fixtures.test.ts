import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../src/model/game';
import { type ScenarioHashScheme, scenarioHash } from '../../src/model/scenario-hash';
import { BUILT_IN_SCENARIO_IDS, builtInScenario } from '../../src/model/scenarios';
import { replaySave } from '../../src/saves/replay';
import { modelOfScenario } from '../../src/saves/resolve-scenario';
import { parseSaveText, SAVE_VERSION, serializeSave } from '../../src/saves/save-format';

/*
 * Golden files, kept for ever: saves written by each version of the game. Tests only read them.
 * A change that breaks one breaks players' saves; add a migration instead of editing a file.
 */
const root = resolve(import.meta.dirname, '../fixtures/saves');
const read = (version: string, file: string) => readFileSync(join(root, version, file), 'utf8');

/** What each golden game ends in; 'in progress' for a game saved before its end. */
const OUTCOMES: Readonly<Record<string, string>> = {
  'greedy-deal.json': 'deal',
  'random-hard.json': 'stalemate',
  'custom-scenario.json': 'deal',
  'scripted-surrender.json': 'surrender',
  'in-progress.json': 'in progress',
  'named-in-progress.json': 'in progress',
  'branched.json': 'deal',
  'warm-up-greedy.json': 'deal',
};
const V1 = [
  'custom-scenario.json',
  'greedy-deal.json',
  'in-progress.json',
  'random-hard.json',
  'scripted-surrender.json',
];
const V2 = [...V1, 'branched.json', 'named-in-progress.json'].sort();
/** Saves that name their scenario by its game hash, as every save has since release 0.2. */
const V2_GAME_HASH = ['greedy-deal.json', 'random-hard.json', 'warm-up-greedy.json'];

describe('the golden save files', () => {
  it('are all still there', () => {
    expect(readdirSync(join(root, 'v1')).sort()).toEqual(V1);
    expect(readdirSync(join(root, 'v2')).sort()).toEqual(V2);
    expect(readdirSync(join(root, 'v2-game-hash')).sort()).toEqual(V2_GAME_HASH);
  });

  describe.each([
    ['v1', V1],
    ['v2', V2],
    ['v2-game-hash', V2_GAME_HASH],
  ])('%s', (version, files) => {
    it.each(files)('%s opens and replays to its recorded final state', (file) => {
      const parsed = parseSaveText(read(version, file));
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.save.version).toBe(SAVE_VERSION);
      const replay = replaySave(parsed.save);
      if (!replay.ok) throw new Error(replay.error);
      expect(stateHash(replay.final)).toBe(parsed.save.steps.at(-1)?.hash);
      expect(replay.final.outcome?.kind ?? 'in progress').toBe(OUTCOMES[file]);
    });
  });

  it.each(V1)('v1 %s migrates to its v2 golden file byte for byte', (file) => {
    const parsed = parseSaveText(read('v1', file));
    expect(parsed.ok && serializeSave(parsed.save)).toBe(read('v2', file));
  });

  it.each([
    ...V2.map((file) => ['v2', file]),
    ...V2_GAME_HASH.map((file) => ['v2-game-hash', file]),
  ])('%s %s is written back byte for byte', (version, file) => {
    const text = read(version, file);
    const parsed = parseSaveText(text);
    expect(parsed.ok && serializeSave(parsed.save)).toBe(text);
  });

  it('keeps the name, date and origin of a game taken over from another save', () => {
    const parsed = parseSaveText(read('v2', 'branched.json'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.save).toMatchObject({
      name: 'Lesson 3 — played on from step 2',
      savedAt: '2025-09-01T11:05:00+02:00',
      branchedFrom: { name: 'Lesson 3 — a first proposal', step: 2 },
    });
  });

  it('migrates a v1 save to a v2 save named "Saved game", undated, not a branch', () => {
    const parsed = parseSaveText(read('v1', 'greedy-deal.json'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.save).toMatchObject({ name: 'Saved game', savedAt: null, branchedFrom: null });
  });
});

describe('every built-in scenario hash a release has shipped', () => {
  const shipped = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../fixtures/shipped-scenarios.json'), 'utf8'),
  ) as { id: string; scheme: ScenarioHashScheme; hash: string; release: string }[];

  it.each(shipped)('$id as named by release $release ($scheme) still opens', (entry) => {
    const found = modelOfScenario(entry);
    if (!found.ok) throw new Error(found.error);
    expect(found.model.hash).toBe(entry.hash);
    expect(found.model.hashScheme).toBe(entry.scheme);
  });

  it('includes the game hash of every built-in scenario as this release ships it', () => {
    for (const id of BUILT_IN_SCENARIO_IDS) {
      const scenario = builtInScenario(id);
      if (!scenario) throw new Error(id);
      expect(shipped).toContainEqual(
        expect.objectContaining({ id, scheme: 'game', hash: scenarioHash(scenario, 'game') }),
      );
    }
  });
});
