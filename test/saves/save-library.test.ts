import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/model/bots';
import { compileScenario } from '../../src/model/compile';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import {
  createSave,
  parseSaveText,
  type Save,
  serializeSaveCompact,
} from '../../src/saves/save-format';
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

function save(seed: number, name: string, savedAt: string | null, id?: string): Save {
  const game = playGame(model, { seed, difficulty: 'normal', strategy: 'greedy' });
  return createSave(model, { seed, difficulty: 'normal' }, game.steps, {
    name,
    savedAt,
    ...(id === undefined ? {} : { game: id }),
  });
}
const fixture = (version: string, file: string) =>
  resolve(import.meta.dirname, '../fixtures/saves', version, file);
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
  it('keeps each game in progress in its own slot, to continue or delete', () => {
    const storage = new MemoryStorage();
    const library = createSaveLibrary(storage);
    expect(library.inProgress()).toEqual([]);
    const a = save(1, 'Tab A', '2025-09-01T09:00:00Z', 'aaaaaaaaaaaa');
    const b = save(2, 'Tab B', '2025-09-01T10:00:00Z', 'bbbbbbbbbbbb');
    expect(library.autosave(a, null)).toEqual({ ok: true });
    expect(library.autosave(b, null)).toEqual({ ok: true });
    expect(storage.snapshot().map(([key]) => key)).toEqual([
      'mediator:playing:aaaaaaaaaaaa',
      'mediator:playing:bbbbbbbbbbbb',
    ]);
    expect(library.inProgress()).toEqual([
      {
        readable: true,
        id: 'bbbbbbbbbbbb',
        name: 'Tab B',
        savedAt: b.savedAt,
        scenario: 'alaska-2025',
        last: b.steps.at(-1)?.action,
      },
      {
        readable: true,
        id: 'aaaaaaaaaaaa',
        name: 'Tab A',
        savedAt: a.savedAt,
        scenario: 'alaska-2025',
        last: a.steps.at(-1)?.action,
      },
    ]);
    expect(library.openInProgress('aaaaaaaaaaaa')).toEqual({ ok: true, save: a });
    expect(library.slot('bbbbbbbbbbbb')).toEqual({ ok: true, save: b });
    expect(library.removeInProgress('aaaaaaaaaaaa')).toEqual({ ok: true });
    expect(library.inProgress().map((e) => e.id)).toEqual(['bbbbbbbbbbbb']);
    expect(library.openInProgress('aaaaaaaaaaaa')).toMatchObject({ ok: false, code: 'not-found' });
    expect(library.slot('aaaaaaaaaaaa')).toEqual({ ok: true, save: null });
  });

  it('writes a game only over what this page last knew of it (compare-and-set)', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const full = save(1, 'Game', null, 'aaaaaaaaaaaa');
    const at = (n: number) => ({ ...full, steps: full.steps.slice(0, n) });
    expect(library.autosave(at(1), null)).toEqual({ ok: true });
    // A second page that opened the game at step 1 writes step 2.
    expect(library.autosave(at(2), at(1).steps)).toEqual({ ok: true });
    // The first page, which knows only step 1, may not write over step 2.
    expect(library.autosave(at(3), at(1).steps)).toEqual({
      ok: false,
      code: 'changed-elsewhere',
      error: 'this game was played on in another tab or window',
    });
    expect(library.autosave(at(3), null)).toMatchObject({ code: 'changed-elsewhere' });
    expect(library.slot('aaaaaaaaaaaa')).toEqual({ ok: true, save: at(2) });
    // Nor empty it.
    expect(library.clearInProgress('aaaaaaaaaaaa', at(1).steps)).toMatchObject({
      code: 'changed-elsewhere',
    });
    expect(library.clearInProgress('aaaaaaaaaaaa', at(2).steps)).toEqual({ ok: true });
    // Once the game is gone from storage, a page that knew it is told so.
    expect(library.autosave(at(3), at(2).steps)).toEqual({
      ok: false,
      code: 'changed-elsewhere',
      error: 'this game was finished or deleted in another tab or window',
    });
  });

  it('lists the one game in progress of release 0.1, and empties it once that game moves on', () => {
    const storage = new MemoryStorage();
    const old = parseSaveText(readFileSync(fixture('v2', 'in-progress.json'), 'utf8'));
    if (!old.ok) throw new Error(old.error);
    storage.setItem('mediator:autosave', readFileSync(fixture('v2', 'in-progress.json'), 'utf8'));
    const library = createSaveLibrary(storage);
    expect(library.inProgress()).toEqual([
      {
        readable: true,
        id: 'autosave',
        name: 'Saved game',
        savedAt: null,
        scenario: 'alaska-2025',
        last: old.save.steps.at(-1)?.action,
      },
    ]);
    const opened = library.openInProgress('autosave');
    expect(opened).toEqual(old);
    if (!opened.ok) return;
    expect(library.autosave(opened.save, null)).toEqual({ ok: true });
    expect(storage.snapshot().map(([key]) => key)).toEqual([`mediator:playing:${old.save.game}`]);
  });

  it('lists unreadable games in progress with why, and deletes them, without touching others', () => {
    const storage = new MemoryStorage();
    storage.setItem('mediator:autosave', '{"format":"mediator-save","version":7}');
    storage.setItem('mediator:playing:0123456789ab', '{"format":');
    const library = createSaveLibrary(storage);
    expect(library.inProgress()).toEqual([
      {
        readable: false,
        id: '0123456789ab',
        problem: 'its text is cut off or garbled',
      },
      {
        readable: false,
        id: 'autosave',
        problem: 'a newer version of Mediator saved it: update the game to open it',
      },
    ]);
    // A new game goes into a slot of its own: the newer version's game stays as it was.
    expect(library.autosave(save(1, 'New', null, 'cccccccccccc'), null)).toEqual({ ok: true });
    expect(storage.getItem('mediator:autosave')).toBe('{"format":"mediator-save","version":7}');
    expect(library.removeInProgress('autosave')).toEqual({ ok: true });
    expect(library.removeInProgress('0123456789ab')).toEqual({ ok: true });
    expect(library.inProgress().map((e) => e.id)).toEqual(['cccccccccccc']);
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
      {
        readable: true,
        id: ids[1],
        game: newer.game,
        name: 'Tuesday',
        savedAt: newer.savedAt,
        ...summary,
      },
      {
        readable: true,
        id: ids[0],
        game: older.game,
        name: 'Monday',
        savedAt: older.savedAt,
        ...summary,
      },
      {
        readable: true,
        id: ids[2],
        game: undated.game,
        name: 'Undated',
        savedAt: null,
        ...summary,
      },
    ]);
    expect(library.open(ids[0] ?? '')).toEqual({ ok: true, save: older });
    expect(library.remove(ids[0] ?? '')).toEqual({ ok: true });
    expect(library.list().map((e) => e.readable && e.name)).toEqual(['Tuesday', 'Undated']);
    expect(library.open(ids[0] ?? '')).toMatchObject({ ok: false, code: 'not-found' });
  });

  it('keeps the very same save once', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const game = save(1, 'Twice', null);
    expect(library.keep(game, summary)).toEqual(library.keep(game, summary));
    expect(library.list()).toHaveLength(1);
  });

  it('lists damaged entries with what is wrong, and says it again when one is opened', () => {
    const storage = new MemoryStorage();
    const library = createSaveLibrary(storage);
    const kept = library.keep(save(1, 'Good', null), summary);
    storage.setItem('mediator:saved:0123456789ab', '{"summary":');
    storage.setItem(
      'mediator:saved:ba9876543210',
      `{"summary":${JSON.stringify(summary)},"save":${serializeSaveCompact(save(2, 'x', null)).replace('"seed":2', '"seed":-2')}}`,
    );
    storage.setItem('other-app', 'not ours');
    expect(library.list()).toEqual([
      expect.objectContaining({ readable: true, id: kept.ok ? kept.id : '' }),
      {
        readable: false,
        id: '0123456789ab',
        problem: 'its text is cut off or garbled',
      },
      {
        readable: false,
        id: 'ba9876543210',
        problem: 'it is damaged (seed: must be at least 0)',
      },
    ]);
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
    const room = `mediator:playing:${game.game}`.length + serializeSaveCompact(game).length + 200;
    const storage = new MemoryStorage({ quota: room });
    const library = createSaveLibrary(storage);
    expect(library.autosave(game, null).ok).toBe(true);
    const before = storage.snapshot();
    const big = save(5, 'x'.repeat(120), '2025-09-03T11:00:00Z');
    const results: (KeepResult | WriteResult)[] = [
      library.keep(big, summary),
      library.keep(game, summary),
    ];
    storage.setItem('filler', 'x'.repeat(room - storage.used() - 'filler'.length));
    results.push(library.autosave(big, null));
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, code: 'storage' });
      if (!result.ok) expect(result.error).toMatch(CANNOT_SAVE);
    }
    expect(storage.snapshot().filter(([k]) => k !== 'filler')).toEqual(before);
    expect(library.openInProgress(game.game)).toEqual({ ok: true, save: game });
    expect(library.list()).toEqual([]);
  });

  it.each<[string, StorageLike | null]>([
    ['missing', null],
    ['blocked', new MemoryStorage({ blocked: true })],
  ])('goes on without throwing when storage is %s', (_, storage) => {
    const library = createSaveLibrary(storage);
    const autosave = library.autosave(game, null);
    expect(autosave).toMatchObject({ ok: false, code: 'storage' });
    if (!autosave.ok) expect(autosave.error).toMatch(CANNOT_SAVE);
    expect(library.keep(game, summary)).toMatchObject({ ok: false, code: 'storage' });
    expect(library.inProgress()).toEqual([]);
    expect(library.list()).toEqual([]);
    expect(library.open('0123456789ab')).toMatchObject({ ok: false, code: 'storage' });
    expect(library.remove('0123456789ab')).toMatchObject({ ok: false, code: 'storage' });
    expect(library.slot(game.game)).toMatchObject({ ok: false, code: 'storage' });
    expect(library.removeInProgress(game.game)).toMatchObject({ ok: false, code: 'storage' });
  });

  it('finds no browser storage in Node', () => {
    expect(browserStorage()).toBeNull();
  });
});
