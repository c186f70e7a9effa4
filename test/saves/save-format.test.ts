import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { playGame, STRATEGIES } from '../../src/model/bots';
import { compileScenario } from '../../src/model/compile';
import { builtInScenario } from '../../src/model/scenarios';
import { syntheticFromId } from '../../src/model/synthetic';
import { DIFFICULTIES, type Scenario } from '../../src/model/types';
import { migrateV1ToV2, migrateV2ToV3, migrateV3ToV4 } from '../../src/saves/migrate';
import {
  createSave,
  parseSave,
  parseSaveText,
  type Save,
  saveName,
  serializeSave,
  serializeSaveCompact,
} from '../../src/saves/save-format';
import { saveV1Schema } from '../../src/saves/save-v1-schema';
import { saveV2Schema } from '../../src/saves/save-v2-schema';
import { saveV3Schema } from '../../src/saves/save-v3-schema';
import { saveV4Schema } from '../../src/saves/save-v4-schema';
import { HEAVY_TEST_TIMEOUT } from '../time-limits';

const scenario = builtInScenario('alaska-2025') as Scenario;
const model = compileScenario(scenario);

function botSave(i: number): Save {
  const seed = Math.imul(i + 1, 0x9e3779b1) >>> 0;
  const difficulty = DIFFICULTIES[i % DIFFICULTIES.length] ?? 'normal';
  const strategy = STRATEGIES[(i >> 2) % STRATEGIES.length] ?? 'random';
  const game = playGame(model, { seed, difficulty, strategy });
  return createSave(model, { seed, difficulty }, game.steps, {
    name: `${strategy} bot ${i}`,
    savedAt: i % 2 ? null : new Date(Date.UTC(2025, 7, 15, 12, 0, i % 60)).toISOString(),
    branchedFrom: i % 5 === 0 ? { name: 'An earlier game', step: i % 7 } : null,
  });
}

describe('serializeSave and parseSaveText', () => {
  it('round-trip 1,000 bot games byte for byte', { timeout: HEAVY_TEST_TIMEOUT }, () => {
    for (let i = 0; i < 1000; i++) {
      const text = serializeSave(botSave(i));
      const parsed = parseSaveText(text);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(serializeSave(parsed.save)).toBe(text);
    }
  });

  it('round-trip a game whose scenario travels inside the save', () => {
    const custom = compileScenario({ ...scenario, id: 'classroom-copy', title: 'A copy' });
    const game = playGame(custom, { seed: 2, difficulty: 'easy', strategy: 'greedy' });
    const save = createSave(custom, { seed: 2, difficulty: 'easy' }, game.steps, {
      name: 'Copy',
      savedAt: null,
    });
    expect(save.scenario.data).toBe(custom.scenario);
    const text = serializeSave(save);
    const parsed = parseSaveText(text);
    expect(parsed.ok && serializeSave(parsed.save)).toBe(text);
  });

  it('carry a generated scenario inside the save, since the browser has no generator', () => {
    const made = syntheticFromId('synthetic:4x3');
    if (!made.ok) throw new Error(made.error);
    const model = compileScenario(made.scenario);
    const game = playGame(model, { seed: 2, difficulty: 'easy', strategy: 'greedy' });
    const save = createSave(model, { seed: 2, difficulty: 'easy' }, game.steps, {
      name: 'Generated',
      savedAt: null,
    });
    expect(save.scenario.data).toBe(made.scenario);
  });

  it('write keys in the order of the format, whatever order the save was built in', () => {
    const save = botSave(3);
    const shuffled = Object.fromEntries(Object.entries(save).reverse()) as unknown as Save;
    expect(serializeSave(shuffled)).toBe(serializeSave(save));
    expect(Object.keys(JSON.parse(serializeSaveCompact(shuffled)))).toEqual([
      'format',
      'version',
      'game',
      'name',
      'savedAt',
      'scenario',
      'seed',
      'difficulty',
      'branchedFrom',
      'steps',
    ]);
  });
});

describe('createSave', () => {
  const steps = playGame(model, { seed: 1, difficulty: 'normal', strategy: 'greedy' }).steps;
  const make = (name: string, savedAt: string | null = null) =>
    createSave(model, { seed: 1, difficulty: 'normal' }, steps, { name, savedAt });

  it('names a built-in scenario by id and hash, and carries any other', () => {
    expect(make('x').scenario).toEqual({ id: 'alaska-2025', hash: model.hash });
  });

  it('tidies the name into one line of at most 120 characters', () => {
    expect(make('  Deal,\n5 sessions\t ').name).toBe('Deal, 5 sessions');
    expect(make('   ').name).toBe('Saved game');
    const long = make('é'.repeat(200)).name;
    expect(long).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
    const emoji = make('🕊'.repeat(100)).name;
    expect(emoji.length).toBeLessThanOrEqual(120);
    expect(parseSaveText(serializeSave(make('🕊'.repeat(100)))).ok).toBe(true);
  });

  it('refuses a saving time that is not ISO 8601', () => {
    expect(() => make('x', 'yesterday')).toThrow(RangeError);
    expect(make('x', '2025-08-15T18:30:00.000Z').savedAt).toBe('2025-08-15T18:30:00.000Z');
  });

  it.each([
    ['', 'Saved game'],
    ['a\u2028b', 'a b'],
    ['x'.repeat(120), 'x'.repeat(120)],
  ])('saveName(%j) is %j', (input, name) => {
    expect(saveName(input)).toBe(name);
  });
});

describe('parseSaveText', () => {
  const save = botSave(5);
  const text = serializeSave(save);
  const v1 = JSON.stringify({
    format: 'mediator-save',
    version: 1,
    scenario: save.scenario,
    seed: save.seed,
    difficulty: save.difficulty,
    steps: save.steps,
  });
  const hash = save.steps[0]?.hash;

  it('reads a version 1 save and migrates it, giving it an id derived from the file', () => {
    const parsed = parseSaveText(v1);
    expect(parsed.ok && parsed.save).toEqual({
      ...save,
      game: expect.stringMatching(/^[0-9a-f]{12}$/),
      name: 'Saved game',
      savedAt: null,
      branchedFrom: null,
    });
    const again = parseSaveText(v1);
    expect(again.ok && parsed.ok && again.save.game).toBe(parsed.ok && parsed.save.game);
  });

  it.each([
    ['truncated text', text.slice(0, text.length / 2), 'not-json', 'save is not valid JSON'],
    [
      'another format',
      JSON.stringify({ ...save, format: 'chess' }),
      'invalid',
      'invalid save: format: must be "mediator-save"',
    ],
    [
      'a bad seed',
      JSON.stringify({ ...save, seed: -1 }),
      'invalid',
      'invalid save: seed: must be at least 0',
    ],
    [
      'a fractional seed',
      JSON.stringify({ ...save, seed: 1.5 }),
      'invalid',
      'invalid save: seed: must be a whole number',
    ],
    ['a huge seed', text.replace(/"seed": \d+/, '"seed": 1e999'), 'invalid', 'invalid save: seed'],
    [
      'an unknown difficulty',
      JSON.stringify({ ...save, difficulty: 'extreme' }),
      'invalid',
      'invalid save: difficulty: must be',
    ],
    [
      'a bad hash',
      JSON.stringify({ ...save, scenario: { id: 'alaska-2025', hash: 'xyz' } }),
      'invalid',
      'invalid save: scenario.hash',
    ],
    [
      'an unknown action',
      JSON.stringify({ ...save, steps: [{ action: { type: 'bribe' }, hash }] }),
      'invalid',
      'invalid save: steps.0.action.type: must be one of',
    ],
    [
      'an extra field in an action',
      JSON.stringify({ ...save, steps: [{ action: { type: 'summit', when: 'now' }, hash }] }),
      'invalid',
      'invalid save: steps.0.action.when: is not a known field',
    ],
    [
      'a missing name',
      JSON.stringify({ ...save, name: undefined }),
      'invalid',
      'invalid save: name: is missing',
    ],
    ['an empty name', JSON.stringify({ ...save, name: '' }), 'invalid', 'name: must not be empty'],
    [
      'a name of two lines',
      JSON.stringify({ ...save, name: 'a\nb' }),
      'invalid',
      'invalid save: name: must be one line of text',
    ],
    [
      'a long name',
      JSON.stringify({ ...save, name: 'x'.repeat(121) }),
      'invalid',
      'invalid save: name: must be at most 120 characters',
    ],
    [
      'a date that is not ISO 8601',
      JSON.stringify({ ...save, savedAt: '15/08/2025' }),
      'invalid',
      'invalid save: savedAt: must be an ISO 8601 date and time',
    ],
    [
      'a branch at a negative step',
      JSON.stringify({ ...save, branchedFrom: { name: 'x', step: -1 } }),
      'invalid',
      'invalid save: branchedFrom.step: must be at least 0',
    ],
    [
      'a branch without a name',
      JSON.stringify({ ...save, branchedFrom: { step: 1 } }),
      'invalid',
      'invalid save: branchedFrom.name: is missing',
    ],
    [
      'a game id that is not 12 hex digits',
      JSON.stringify({ ...save, game: 'tab-a' }),
      'invalid',
      'invalid save: game: must be a game id of 12 hex digits',
    ],
    [
      'a version 3 field in a version 2 save',
      JSON.stringify({ ...save, version: 2 }),
      'invalid',
      'invalid save: game: is not a known field',
    ],
    [
      'a version 2 field in a version 1 save',
      v1.replace('"version":1,', '"version":1,"name":"x",'),
      'invalid',
      'invalid save: name: is not a known field',
    ],
    [
      'a version this game never wrote',
      JSON.stringify({ ...save, version: 0 }),
      'invalid',
      'invalid save: version: must be 1, 2, 3 or 4',
    ],
    [
      'a newer version',
      JSON.stringify({ ...save, version: 5 }),
      'newer-version',
      'save version 5 is newer than this game reads (4): update the game',
    ],
    [
      'an embedded scenario with another id',
      JSON.stringify({ ...save, scenario: { ...save.scenario, data: { ...scenario, id: 'x' } } }),
      'invalid',
      'invalid save: scenario.data.id: must be the same as scenario.id',
    ],
    [
      'an embedded scenario that is not valid',
      JSON.stringify({ ...save, scenario: { ...save.scenario, data: { title: 'x' } } }),
      'invalid',
      'invalid save: scenario.data: invalid scenario:',
    ],
    [
      'a package naming an issue "constructor", which a schema would drop unseen',
      text.replace('"package": {', '"package": { "constructor": "x",'),
      'invalid',
      'package.constructor: "constructor" is a name JavaScript keeps for itself',
    ],
    [
      'a "prototype" key under a long, many-lined one',
      JSON.stringify({ ...save, [`a\nlong${'x'.repeat(500)}`]: { prototype: 1 } }),
      'invalid',
      'invalid save: "a\\nlongxxxxxxxxxxxxxx…".prototype: "prototype" is a name',
    ],
    ['not an object', '[]', 'invalid', 'invalid save: save: must be an object'],
    ['an oversized text', ' '.repeat(1_000_001), 'too-large', 'save is too large'],
  ])('refuses %s with a message naming what is wrong', (_, input, code, message) => {
    const parsed = parseSaveText(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.code).toBe(code);
    expect(parsed.error).toContain(message);
  });

  it('keeps messages to one short line, whatever the file holds', () => {
    const key = `bad\nkey${'x'.repeat(1000)}`;
    const parsed = parseSaveText(JSON.stringify({ ...save, [key]: 1 }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).not.toMatch(/\n/);
    expect(parsed.error.length).toBeLessThanOrEqual(300);
  });

  it('does not let a __proto__ key reach Object.prototype', () => {
    const hostile = text.replace('"steps": [', '"__proto__": { "polluted": true }, "steps": [');
    const parsed = parseSaveText(hostile);
    expect(parsed.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('migrateV1ToV2', () => {
  it('adds a default name, no date and no branch, and keeps the game', () => {
    const { name, savedAt, branchedFrom, game, ...rest } = botSave(8);
    const migrated = migrateV1ToV2(v.parse(saveV1Schema, { ...rest, version: 1 }));
    expect(migrated).toEqual({
      ...rest,
      version: 2,
      name: 'Saved game',
      savedAt: null,
      branchedFrom: null,
    });
    expect(parseSave(migrated).ok).toBe(true);
  });
});

describe('migrateV2ToV3', () => {
  const { game, ...rest } = botSave(8);
  const v2 = v.parse(saveV2Schema, { ...rest, version: 2 });

  it('adds an id derived from the save and keeps everything else', () => {
    const migrated = migrateV2ToV3(v2);
    expect(migrated).toEqual({
      ...rest,
      version: 3,
      game: expect.stringMatching(/^[0-9a-f]{12}$/),
    });
    expect(migrateV2ToV3(v2).game).toBe(migrated.game);
  });

  it('gives saves of different games different ids', () => {
    expect(migrateV2ToV3({ ...v2, seed: v2.seed + 1 }).game).not.toBe(migrateV2ToV3(v2).game);
  });
});

describe('migrateV3ToV4', () => {
  it('keeps a solo game as it was, under version 4, with no players and no answers', () => {
    const save = botSave(8);
    const v3 = v.parse(saveV3Schema, { ...save, version: 3 });
    const migrated = migrateV3ToV4(v3);
    expect(migrated).toEqual({ ...save, version: 4 });
    expect('players' in migrated).toBe(false);
    expect(v.safeParse(saveV4Schema, migrated).success).toBe(true);
    expect(parseSave(migrated).ok).toBe(true);
  });

  it('refuses players other than people, and answers that are not yes or no', () => {
    const save = botSave(8);
    expect(parseSave({ ...save, players: 'robots' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/players: must be "people"/),
    });
    const [first, ...others] = save.steps;
    if (!first) throw new Error('no step');
    const answered = {
      ...save,
      players: 'people',
      steps: [
        {
          ...first,
          action: { type: 'summit', answers: { ru: { accepts: 'maybe', issue: 'east' } } },
        },
        ...others,
      ],
    };
    expect(parseSave(answered)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/accepts: must be true or false/),
    });
  });
});
