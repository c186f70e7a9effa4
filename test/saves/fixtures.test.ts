import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import alaskaR1Json from '../../assets/scenarios/archive/alaska-2025.r1.json';
import silverrunR1Json from '../../assets/scenarios/archive/silverrun-dam.r1.json';
import { stateHash } from '../../src/model/game';
import { type ScenarioHashScheme, scenarioHash } from '../../src/model/scenario-hash';
import { parseScenario } from '../../src/model/scenario-schema';
import {
  BUILT_IN_SCENARIO_IDS,
  builtInScenario,
  builtInScenarioVersions,
} from '../../src/model/scenarios';
import { EARLIER_HASHES } from '../../src/model/scenarios/archive';
import { replaySave, replayUnder } from '../../src/saves/replay';
import { modelAmong, modelOfScenario } from '../../src/saves/resolve-scenario';
import { parseSaveText, SAVE_VERSION, serializeSave } from '../../src/saves/save-format';
import { proseLeaves, withLeaf } from '../scenario-leaves';
import { HEAVY_TEST_TIMEOUT } from '../time-limits';

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
  'game-hash-greedy-deal.json': 'deal',
  'game-hash-random-hard.json': 'stalemate',
  'game-hash-warm-up-greedy.json': 'deal',
  'tab-in-progress.json': 'in progress',
  'tab-kept-both.json': 'in progress',
  'role-play-deal.json': 'deal',
  'role-play-in-progress.json': 'in progress',
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
/** Version 3 (each save names its game): the v2 files migrated, and two games of two tabs. */
const V3_MIGRATED = [...V2, ...V2_GAME_HASH.map((file) => `game-hash-${file}`)];
const V3 = [...V3_MIGRATED, 'tab-in-progress.json', 'tab-kept-both.json'].sort();
/** Version 4 (a save may hold a role-play): the v3 files migrated, and two role-plays. */
const V4 = [...V3, 'role-play-deal.json', 'role-play-in-progress.json'].sort();

describe('the golden save files', () => {
  it('are all still there', () => {
    expect(readdirSync(join(root, 'v1')).sort()).toEqual(V1);
    expect(readdirSync(join(root, 'v2')).sort()).toEqual(V2);
    expect(readdirSync(join(root, 'v2-game-hash')).sort()).toEqual(V2_GAME_HASH);
    expect(readdirSync(join(root, 'v3')).sort()).toEqual(V3);
    expect(readdirSync(join(root, 'v4')).sort()).toEqual(V4);
  });

  describe.each([
    ['v1', V1],
    ['v2', V2],
    ['v2-game-hash', V2_GAME_HASH],
    ['v3', V3],
    ['v4', V4],
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

  it.each(V1)('v1 %s migrates to the v4 migration of its v2 golden file byte for byte', (file) => {
    const parsed = parseSaveText(read('v1', file));
    expect(parsed.ok && serializeSave(parsed.save)).toBe(read('v4', file));
  });

  it.each([
    ...V2.map((file) => ['v2', file, file]),
    ...V2_GAME_HASH.map((file) => ['v2-game-hash', file, `game-hash-${file}`]),
  ])(
    '%s %s migrates to the v4 migration of its v3 golden file byte for byte',
    (version, file, v3) => {
      const parsed = parseSaveText(read(version, file));
      expect(parsed.ok && serializeSave(parsed.save)).toBe(read('v4', v3));
    },
  );

  it.each(V3)('v3 %s migrates to its v4 golden file byte for byte', (file) => {
    const parsed = parseSaveText(read('v3', file));
    expect(parsed.ok && serializeSave(parsed.save)).toBe(read('v4', file));
    expect(JSON.parse(read('v3', file))).toMatchObject({ version: 3 });
  });

  it.each(V4)('v4 %s is written back byte for byte', (file) => {
    const text = read('v4', file);
    const parsed = parseSaveText(text);
    expect(parsed.ok && serializeSave(parsed.save)).toBe(text);
  });

  it('replays a role-play with the answers its players gave, and a solo save holds none', () => {
    const played = parseSaveText(read('v4', 'role-play-deal.json'));
    if (!played.ok) throw new Error(played.error);
    expect(played.save.players).toBe('people');
    const replay = replaySave(played.save);
    if (!replay.ok) throw new Error(replay.error);
    expect(replay.final.players).toBe('people');
    // Russia's player refused the package, then said yes once pressed: the model's Russia did not.
    expect(replay.states[2]?.answers?.ru?.accepts).toBe(false);
    expect(replay.states[3]?.answers?.ru?.accepts).toBe(true);
    const solo = parseSaveText(read('v4', 'greedy-deal.json'));
    expect(solo.ok && 'players' in solo.save).toBe(false);
    // The same game told as solo no longer replays: from its first step, its states differ.
    const { players: _players, ...asSolo } = played.save;
    expect(replaySave(asSolo)).toMatchObject({ ok: false, step: 1 });
  });

  it('gives a migrated save an id derived from the save, so the same file is the same game', () => {
    const ids = V2.map((file) => {
      const parsed = parseSaveText(read('v2', file));
      return parsed.ok ? parsed.save.game : null;
    });
    expect(new Set(ids).size).toBe(V2.length);
    expect(ids.every((id) => id !== null && /^[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(parseSaveText(read('v2', 'branched.json'))).toMatchObject({
      save: { game: '0fb87a6280f4' },
    });
  });

  it('keeps each game of two tabs under its own id', () => {
    const a = parseSaveText(read('v3', 'tab-in-progress.json'));
    const b = parseSaveText(read('v3', 'tab-kept-both.json'));
    if (!a.ok || !b.ok) throw new Error('a tab fixture does not open');
    expect([a.save.game, b.save.game]).toEqual(['5c3e9a01b2d4', 'a07d33c9e61f']);
    expect(b.save.steps.slice(0, a.save.steps.length)).toEqual(a.save.steps);
  });

  it.each([
    ...V2.map((file) => ['v2', file]),
    ...V2_GAME_HASH.map((file) => ['v2-game-hash', file]),
  ])('%s %s was written as version 2', (version, file) => {
    expect(JSON.parse(read(version, file))).toMatchObject({ version: 2 });
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

/** Every hash by which a release has named a built-in scenario. */
const shipped = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/shipped-scenarios.json'), 'utf8'),
) as { id: string; scheme: ScenarioHashScheme; hash: string; release: string }[];

/** The hash of a built-in scenario's whole text, as release 0.1 shipped it. */
function hashOfRelease0_1(id: string): string {
  const entry = shipped.find((e) => e.id === id && e.release === '0.1');
  if (!entry) throw new Error(`no release 0.1 hash of ${id}`);
  return entry.hash;
}

describe('every built-in scenario hash a release has shipped', () => {
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

describe('a save of release 0.1 after a release rewords its scenario', {
  timeout: HEAVY_TEST_TIMEOUT,
}, () => {
  const v1 = (file: string) => {
    const parsed = parseSaveText(read('v1', file));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.save;
  };

  it.each([
    ['alaska-2025', alaskaR1Json, 'greedy-deal.json'],
    ['silverrun-dam', silverrunR1Json, null],
  ] as const)(
    '%s: any edit of its prose still replays the games release 0.1 saved',
    (id, data, file) => {
      const hash0_1 = hashOfRelease0_1(id);
      const save = file ? v1(file) : null;
      const prose = proseLeaves(data);
      fc.assert(
        fc.property(
          fc.constantFrom(...prose),
          fc.stringMatching(/^[A-Za-z][A-Za-z ,.'-]{0,60}$/),
          (leaf, text) => {
            const parsed = parseScenario(withLeaf(data, leaf.path, text), { quotes: false });
            fc.pre(parsed.ok && text !== leaf.value);
            if (!parsed.ok) return;
            const model = modelAmong([parsed.scenario], { id, hash: hash0_1 }, true);
            expect(model?.hash).toBe(hash0_1);
            if (model && save) {
              const replay = replayUnder(model, save);
              expect(replay.ok && stateHash(replay.final)).toBe(save.steps.at(-1)?.hash);
            }
          },
        ),
        { numRuns: 100 },
      );
    },
  );

  it('pairs each earlier hash with the game hash of a version this release has', () => {
    for (const [hash, alias] of EARLIER_HASHES) {
      const found = modelOfScenario({ id: alias.id, hash });
      if (!found.ok) throw new Error(found.error);
      expect([found.model.hash, found.model.hashScheme]).toEqual([hash, alias.scheme]);
      expect(found.model.rules).toBe(1);
      expect(scenarioHash(found.model.scenario, 'game', 1)).toBe(alias.gameHash);
    }
  });

  it('does not let another scenario, or one carried inside a save, use those hashes', () => {
    const alaska = builtInScenarioVersions('alaska-2025').at(-1);
    if (!alaska) throw new Error('alaska-2025');
    const hash = hashOfRelease0_1('alaska-2025');
    const edited = { ...alaska, title: 'Another title' };
    expect(modelAmong([edited], { id: 'silverrun-dam', hash }, true)).toBeNull();
    expect(modelAmong([edited], { id: 'alaska-2025', hash }, false)).toBeNull();
    expect(modelAmong([edited], { id: 'alaska-2025', hash }, true)?.hash).toBe(hash);
  });
});
