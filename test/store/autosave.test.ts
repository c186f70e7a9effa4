import { describe, expect, it } from 'vitest';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import { serializeSaveCompact } from '../../src/saves/save-format';
import { createSaveLibrary, type SaveLibrary } from '../../src/saves/save-library';
import { type AutosaveStatus, startAutosave } from '../../src/store/autosave';
import { createGameStore, type GameStoreApi, gameStoreFromSave } from '../../src/store/game-store';
import { selectDefaultSaveName, selectSaveSummary } from '../../src/store/selectors';
import { MemoryStorage } from '../saves/memory-storage';
import { tableAcceptedPackage } from './deal-line';

const scenario = builtInScenario('alaska-2025') as Scenario;
const options = {
  toSave: (state: ReturnType<GameStoreApi['getState']>) =>
    state.toSave({ name: selectDefaultSaveName(state), savedAt: null }),
  summary: selectSaveSummary,
};

/** A page: a store of its own over the shared storage, with its autosave and what it said. */
function page(library: SaveLibrary, store: GameStoreApi) {
  const autosaver = startAutosave(store, library, options);
  const heard: AutosaveStatus['kind'][] = [];
  autosaver.subscribe((status) => heard.push(status.kind));
  return { store, autosaver, heard, act: store.getState() };
}

/** The same game opened in a second page, from what the first page left in storage. */
function openAgain(library: SaveLibrary, gameId: string) {
  const stored = library.openInProgress(gameId);
  if (!stored.ok) throw new Error(stored.error);
  const opened = gameStoreFromSave(stored.save);
  if (!opened.ok) throw new Error(opened.error);
  return page(library, opened.store);
}

const newGame = () => createGameStore(scenario, { seed: 20250815, difficulty: 'normal' });

describe('startAutosave', () => {
  it('writes the game in progress into its own slot after every action', () => {
    const storage = new MemoryStorage();
    const library = createSaveLibrary(storage);
    const a = page(library, newGame());
    const id = a.store.getState().gameId;
    expect(a.autosaver.status()).toEqual({ kind: 'saved' });
    a.store.getState().consult('ru');
    expect(storage.snapshot()).toEqual([
      [`mediator:playing:${id}`, serializeSaveCompact(options.toSave(a.store.getState()))],
    ]);
    const b = page(library, newGame());
    b.store.getState().consult('ua');
    expect(
      library
        .inProgress()
        .map((e) => e.id)
        .sort(),
    ).toEqual([id, b.store.getState().gameId].sort());
  });

  it('stops writing in a page whose game another page played on, and keeps both on request', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const a = page(library, newGame());
    const id = a.store.getState().gameId;
    a.store.getState().consult('ru');
    const b = openAgain(library, id);
    expect(b.autosaver.status()).toEqual({ kind: 'saved' });
    // Both pages hold the game at step 1; B moves first.
    b.store.getState().consult('ua');
    a.autosaver.recheck();
    expect(a.autosaver.status()).toEqual({
      kind: 'changed-elsewhere',
      problem: 'this game was played on in another tab or window',
    });
    // A's next move is not written over B's.
    a.store.getState().consult('us');
    const slot = library.slot(id);
    expect(slot.ok && slot.save?.steps.length).toBe(2);
    expect(slot.ok && slot.save?.steps).toEqual(b.store.getState().steps);

    a.autosaver.keepBoth();
    const newId = a.store.getState().gameId;
    expect(newId).not.toBe(id);
    expect(a.autosaver.status()).toEqual({ kind: 'kept-both' });
    const kept = library.openInProgress(newId);
    expect(kept.ok && kept.save.steps).toEqual(a.store.getState().steps);
    // The two games in progress are told apart by name.
    expect(kept.ok && kept.save.name).toMatch(/ \(played on from step 2\)$/);
    const other = library.openInProgress(id);
    expect(other.ok && other.save.name).not.toMatch(/played on from/);
    expect(library.openInProgress(id)).toMatchObject({ ok: true });
    a.store.getState().consult('ua');
    expect(a.heard.slice(-3)).toEqual(['changed-elsewhere', 'kept-both', 'saved']);
  });

  it('notices a change it missed when it next writes', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const a = page(library, newGame());
    const b = openAgain(library, a.store.getState().gameId);
    b.store.getState().consult('ua');
    a.store.getState().consult('ru');
    expect(a.autosaver.status().kind).toBe('changed-elsewhere');
    expect(b.autosaver.status().kind).toBe('saved');
  });

  it('sees the same game opened twice at the same step as no change', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const a = page(library, newGame());
    a.store.getState().consult('ru');
    const b = openAgain(library, a.store.getState().gameId);
    a.autosaver.recheck();
    b.autosaver.recheck();
    expect([a.autosaver.status().kind, b.autosaver.status().kind]).toEqual(['saved', 'saved']);
  });

  it('says at once when a game opened from a file was played further in this browser', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const a = page(library, newGame());
    a.store.getState().consult('ru');
    const early = a.store.getState().toSave({ name: 'early', savedAt: null });
    a.store.getState().consult('ua');
    const opened = gameStoreFromSave(early);
    if (!opened.ok) throw new Error(opened.error);
    const b = page(library, opened.store);
    expect(b.autosaver.status()).toEqual({
      kind: 'changed-elsewhere',
      problem: 'this game was played on in another tab or window',
    });
  });

  it('moves a finished game to the saved games and empties only its own slot', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const a = page(library, newGame());
    const other = page(library, newGame());
    other.store.getState().consult('ru');
    tableAcceptedPackage(a.store);
    a.store.getState().convene();
    expect(a.store.getState().game.outcome?.kind).toBe('deal');
    expect(a.autosaver.status()).toEqual({ kind: 'kept' });
    expect(library.list()).toHaveLength(1);
    expect(library.inProgress().map((e) => e.id)).toEqual([other.store.getState().gameId]);
    // A page that still had the finished game open learns it is gone.
    expect(library.slot(a.store.getState().gameId)).toEqual({ ok: true, save: null });
  });

  it('tells a page whose game was finished in another page', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const a = page(library, newGame());
    tableAcceptedPackage(a.store);
    const b = openAgain(library, a.store.getState().gameId);
    a.store.getState().convene();
    b.autosaver.recheck();
    expect(b.autosaver.status()).toEqual({
      kind: 'changed-elsewhere',
      problem: 'this game was finished in another tab or window, and is now among the saved games',
    });
  });

  it('tells a page whose game was deleted on the title screen of another page', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const a = page(library, newGame());
    a.store.getState().consult('ru');
    expect(library.removeInProgress(a.store.getState().gameId)).toEqual({ ok: true });
    a.autosaver.recheck();
    expect(a.autosaver.status()).toEqual({
      kind: 'changed-elsewhere',
      problem: 'this game was deleted in another tab or window',
    });
  });

  it('never shows another page a finished game as a game played on', () => {
    const storage = new MemoryStorage();
    const library = createSaveLibrary(storage);
    const a = page(library, newGame());
    tableAcceptedPackage(a.store);
    const writes: (string | null)[] = [];
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key.startsWith('mediator:playing:')) writes.push(value);
      setItem(key, value);
    };
    a.store.getState().convene();
    expect(writes).toEqual([]);
  });

  it('says where the finished game is when storage is full at the end', () => {
    const storage = new MemoryStorage();
    const library = createSaveLibrary(storage);
    const a = page(library, newGame());
    tableAcceptedPackage(a.store);
    // Fill storage to the last character.
    const fill = 'x'.repeat(40_000);
    const full = new MemoryStorage({ quota: storage.used() + 'filler'.length + fill.length });
    for (const [key, value] of storage.snapshot()) full.setItem(key, value);
    full.setItem('filler', fill);
    const store = gameStoreFromSave(options.toSave(a.store.getState()));
    if (!store.ok) throw new Error(store.error);
    const b = page(createSaveLibrary(full), store.store);
    expect(b.autosaver.status()).toEqual({ kind: 'saved' });
    b.store.getState().convene();
    expect(b.autosaver.status()).toEqual({
      kind: 'not-kept',
      problem: 'this browser’s storage is full or blocked',
      held: 8,
    });
    // What it held before the summit is still there.
    const held = createSaveLibrary(full).openInProgress(b.store.getState().gameId);
    expect(held.ok && held.save.steps.length).toBe(8);
  });

  it('says so, and throws nothing, when storage is blocked', () => {
    const a = page(createSaveLibrary(new MemoryStorage({ blocked: true })), newGame());
    expect(a.autosaver.status()).toEqual({
      kind: 'failed',
      problem: expect.stringMatching(/^cannot save in this browser: storage is full or blocked/),
    });
    tableAcceptedPackage(a.store);
    a.store.getState().convene();
    expect(a.autosaver.status()).toMatchObject({ kind: 'not-kept', held: null });
  });

  it('starts a new slot when the page starts a new game', () => {
    const library = createSaveLibrary(new MemoryStorage());
    const a = page(library, newGame());
    tableAcceptedPackage(a.store);
    a.store.getState().convene();
    a.store.getState().reset();
    expect(a.autosaver.status()).toEqual({ kind: 'saved' });
    expect(library.inProgress().map((e) => e.id)).toEqual([a.store.getState().gameId]);
  });
});
