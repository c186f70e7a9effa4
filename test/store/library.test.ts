import { describe, expect, it } from 'vitest';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import { parseSaveText } from '../../src/saves/save-format';
import { createSaveLibrary, type SaveLibrary } from '../../src/saves/save-library';
import { createGameStore } from '../../src/store/game-store';
import { placeOfSave, readSaveFile, savedGames } from '../../src/store/library';
import { gameSaving } from '../../src/store/persistence';
import { MemoryStorage } from '../saves/memory-storage';
import { dealLine, playThrough } from './deal-line';

const scenario = builtInScenario('alaska-2025') as Scenario;
const newGame = () => createGameStore(scenario, { seed: 7, difficulty: 'normal' });
const newLibrary = (): SaveLibrary => createSaveLibrary(new MemoryStorage());

describe('gameSaving', () => {
  it('autosaves a game from the first call, into its own slot listed among games in progress', () => {
    const library = newLibrary();
    const store = newGame();
    const saving = gameSaving(store, library);
    expect(saving.autosave.status().kind).toBe('saved');
    store.getState().consult('ru');
    const [entry] = savedGames(library).inProgress.entries();
    if (!entry?.readable) throw new Error('the game in progress is not listed');
    expect(entry.last).toEqual({ action: { type: 'consult', party: 'ru' }, scenario });
    expect(entry.name).toMatch(/^In progress, session 2 — /);
    expect(gameSaving(store, library).autosave).toBe(saving.autosave);
  });

  it('exports the game as it stands, as a file’s text and as a link that carry the same save', () => {
    const store = newGame();
    store.getState().consult('us');
    const exported = gameSaving(store, newLibrary()).export();
    const fromFile = parseSaveText(exported.fileText());
    if (!fromFile.ok) throw new Error(fromFile.error);
    expect(fromFile.save.name).toBe(exported.name);
    expect(fromFile.save.steps).toEqual(store.getState().steps);
    const link = exported.link();
    if (!link.ok) throw new Error(link.error);
    const fromLink = savedGames(newLibrary()).fromLink(link.fragment);
    expect(fromLink.ok && fromLink.save).toEqual(fromFile.save);
  });

  it('keeps a game among the saved games, which open, export and delete', () => {
    const library = newLibrary();
    const store = newGame();
    store.getState().consult('ua');
    expect(gameSaving(store, library).keep()).toEqual({ ok: true });
    const { kept } = savedGames(library);
    const [entry] = kept.entries();
    if (!entry?.readable) throw new Error('the kept game is not listed');
    expect(entry.outcome).toBe('in progress');
    const opened = kept.open(entry.id);
    expect(opened.ok && opened.save.steps).toEqual(store.getState().steps);
    const exported = kept.exportOf(entry.id);
    expect(typeof exported !== 'string' && exported.name).toBe(entry.name);
    expect(kept.remove(entry.id)).toEqual({ ok: true });
    expect(kept.entries()).toEqual([]);
    expect(kept.exportOf(entry.id)).toEqual(expect.any(String));
  });
});

describe('savedGames', () => {
  it('opens a save from its text, and says why a text is not one', () => {
    const games = savedGames(newLibrary());
    const text = gameSaving(newGame(), newLibrary()).export().fileText();
    expect(games.fromText(text).ok).toBe(true);
    const refused = games.fromText('{"format":"something else"}');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.length).toBeGreaterThan(0);
  });

  it('refuses a damaged link in words', () => {
    const refused = savedGames(newLibrary()).fromLink('#game=abc.00000000');
    expect(refused).toEqual({
      ok: false,
      code: 'damaged-link',
      error: 'the link is incomplete or damaged: its checksum does not match',
    });
  });
});

describe('readSaveFile', () => {
  it('reads a save file’s text, UTF-8 or UTF-16, and refuses one over 1 MB unread', async () => {
    const text = gameSaving(newGame(), newLibrary()).export().fileText();
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    for (const file of [new File([text], 'a.json'), new File([utf16], 'b.json')]) {
      expect(await readSaveFile(file)).toEqual({ ok: true, text });
    }
    const large = new File([new Uint8Array(1_200_000)], 'big.json');
    expect(await readSaveFile(large)).toEqual({
      ok: false,
      error: '“big.json” is too large to be a saved game (1.2 MB; at most 1 MB)',
    });
  });
});

describe('placeOfSave', () => {
  it('opens a game in progress at the table, as the same game with its steps', () => {
    const store = newGame();
    store.getState().consult('us');
    const save = store.getState().toSave({ name: 'Going on', savedAt: null });
    const place = placeOfSave(save);
    if (place.kind !== 'table') throw new Error(`opened in the ${place.kind}`);
    expect(place.store.getState().steps).toEqual(save.steps);
    expect(place.store.getState().gameId).toBe(save.game);
  });

  it('opens a finished game, and one this release cannot replay, in the replay viewer', () => {
    const store = newGame();
    playThrough(store, dealLine(store));
    const finished = store.getState().toSave({ name: 'Signed', savedAt: null });
    expect(placeOfSave(finished)).toEqual({ kind: 'replay', save: finished });
    const other = { ...finished, scenario: { ...finished.scenario, hash: '0'.repeat(28) } };
    expect(placeOfSave(other)).toEqual({ kind: 'replay', save: other });
  });
});
