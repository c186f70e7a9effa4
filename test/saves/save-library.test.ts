import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/model/bots';
import { compileScenario } from '../../src/model/compile';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import { createSave, type Save, serializeSaveCompact } from '../../src/saves/save-format';
import {
  browserStorage,
  createSaveLibrary,
  type KeepResult,
  type SaveSummary,
  type StorageLike,
  type WriteResult,
} from '../../src/saves/save-library';
import { MemoryStorage } from './memory-storage';

const scenario = builtInScenario('alaska-2025') as Scenario;
const model = compileScenario(scenario);

function save(seed: number, name: string, savedAt: string | null): Save {
  const game = playGame(model, { seed, difficulty: 'normal', strategy: 'greedy' });
  return createSave(model, { seed, difficulty: 'normal' }, game.steps, { name, savedAt });
}
const summary: SaveSummary = { scenarioTitle: scenario.title, outcome: 'deal' };
const CANNOT_SAVE = /^cannot save in this browser: storage is full or blocked/;

describe('MemoryStorage', () => {
  it('behaves like Web Storage: strings, order, length, and a quota that refuses whole', () => {
    const storage = new MemoryStorage({ quota: 10 });
    storage.setItem('a', 1 as unknown as string);
    storage.setItem('b', 'xyz');
    expect(storage.getItem('a')).toBe('1');
    expect([storage.length, storage.key(0), storage.key(1), storage.key(2)]).toEqual([
      2,
      'a',
      'b',
      null,
    ]);
    expect(() => storage.setItem('c', 'too long')).toThrow(
      expect.objectContaining({ name: 'QuotaExceededError' }),
    );
    expect(storage.snapshot()).toEqual([
      ['a', '1'],
      ['b', 'xyz'],
    ]);
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
    expect(() => new MemoryStorage({ blocked: true }).getItem('a')).toThrow(
      expect.objectContaining({ name: 'SecurityError' }),
    );
  });
});

describe('the save library', () => {
  it('autosaves the game in progress and restores it', () => {
    const storage = new MemoryStorage();
    const library = createSaveLibrary(storage);
    expect(library.autosaved()).toBeNull();
    const game = save(1, 'In progress', null);
    expect(library.autosave(game)).toEqual({ ok: true });
    expect(library.autosaved()).toEqual({ ok: true, save: game });
    expect(storage.snapshot().map(([key]) => key)).toEqual(['mediator:autosave']);
    expect(library.clearAutosave()).toEqual({ ok: true });
    expect(library.autosaved()).toBeNull();
  });

  it('keeps games in a list, newest first, to open or delete', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const older = save(1, 'Monday', '2025-09-01T09:00:00Z');
    const newer = save(2, 'Tuesday', '2025-09-02T09:00:00+02:00');
    const undated = save(3, 'Undated', null);
    const kept = [older, newer, undated].map((s) => library.keep(s, summary));
    const ids = kept.map((k) => (k.ok ? k.id : ''));
    expect(ids.every((id) => /^[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(library.list()).toEqual([
      { id: ids[1], name: 'Tuesday', savedAt: newer.savedAt, ...summary },
      { id: ids[0], name: 'Monday', savedAt: older.savedAt, ...summary },
      { id: ids[2], name: 'Undated', savedAt: null, ...summary },
    ]);
    expect(library.open(ids[0] ?? '')).toEqual({ ok: true, save: older });
    expect(library.remove(ids[0] ?? '')).toEqual({ ok: true });
    expect(library.list().map((e) => e.name)).toEqual(['Tuesday', 'Undated']);
    expect(library.open(ids[0] ?? '')).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('keeps the very same save once', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const game = save(1, 'Twice', null);
    expect(library.keep(game, summary)).toEqual(library.keep(game, summary));
    expect(library.list()).toHaveLength(1);
  });

  it('leaves damaged entries out of the list and says what is wrong when one is opened', () => {
    const storage = new MemoryStorage();
    const library = createSaveLibrary(storage);
    const kept = library.keep(save(1, 'Good', null), summary);
    storage.setItem('mediator:saved:0123456789ab', '{"summary":');
    storage.setItem(
      'mediator:saved:ba9876543210',
      `{"summary":${JSON.stringify(summary)},"save":${serializeSaveCompact(save(2, 'x', null)).replace('"seed":2', '"seed":-2')}}`,
    );
    storage.setItem('other-app', 'not ours');
    expect(library.list().map((e) => e.id)).toEqual([kept.ok ? kept.id : '']);
    expect(library.open('0123456789ab')).toEqual({
      ok: false,
      code: 'not-json',
      error: 'this saved game is damaged: it is not a saved game',
    });
    expect(library.open('ba9876543210')).toEqual({
      ok: false,
      code: 'invalid',
      error: 'this saved game is damaged: invalid save: seed: must be at least 0',
    });
    expect(library.open('../../etc')).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('reports a damaged autosave instead of resuming it', () => {
    const storage = new MemoryStorage();
    storage.setItem('mediator:autosave', '{"format":"mediator-save","version":7}');
    expect(createSaveLibrary(storage).autosaved()).toEqual({
      ok: false,
      code: 'newer-version',
      error:
        'the game in progress could not be restored: save version 7 is newer than this game reads (2): update the game',
    });
  });

  it('refuses a summary it could not read back', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const bad = { scenarioTitle: scenario.title, outcome: 'victory' } as unknown as SaveSummary;
    expect(library.keep(save(1, 'x', null), bad)).toEqual({
      ok: false,
      code: 'invalid',
      error: 'invalid entry: outcome: must be "deal", "stalemate", "surrender" or "in progress"',
    });
    expect(library.list()).toEqual([]);
  });
});

describe('the save library when storage is full or blocked', () => {
  const game = save(4, 'Game', '2025-09-03T10:00:00Z');

  it('says it cannot save when storage is full, and leaves what was there whole', () => {
    const room = 'mediator:autosave'.length + serializeSaveCompact(game).length + 200;
    const storage = new MemoryStorage({ quota: room });
    const library = createSaveLibrary(storage);
    expect(library.autosave(game).ok).toBe(true);
    const before = storage.snapshot();
    const big = save(5, 'x'.repeat(120), '2025-09-03T11:00:00Z');
    const results: (KeepResult | WriteResult)[] = [
      library.keep(big, summary),
      library.keep(game, summary),
    ];
    storage.setItem('filler', 'x'.repeat(room - storage.used() - 'filler'.length));
    results.push(library.autosave(big));
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, code: 'storage' });
      if (!result.ok) expect(result.error).toMatch(CANNOT_SAVE);
    }
    expect(storage.snapshot().filter(([k]) => k !== 'filler')).toEqual(before);
    expect(library.autosaved()).toEqual({ ok: true, save: game });
    expect(library.list()).toEqual([]);
  });

  it.each<[string, StorageLike | null]>([
    ['missing', null],
    ['blocked', new MemoryStorage({ blocked: true })],
  ])('goes on without throwing when storage is %s', (_, storage) => {
    const library = createSaveLibrary(storage);
    const autosave = library.autosave(game);
    expect(autosave).toMatchObject({ ok: false, code: 'storage' });
    if (!autosave.ok) expect(autosave.error).toMatch(CANNOT_SAVE);
    expect(library.keep(game, summary)).toMatchObject({ ok: false, code: 'storage' });
    expect(library.autosaved()).toBeNull();
    expect(library.list()).toEqual([]);
    expect(library.open('0123456789ab')).toMatchObject({ ok: false, code: 'storage' });
    expect(library.remove('0123456789ab')).toMatchObject({ ok: false, code: 'storage' });
    expect(library.clearAutosave()).toMatchObject({ ok: false, code: 'storage' });
  });

  it('finds no browser storage in Node', () => {
    expect(browserStorage()).toBeNull();
  });
});
