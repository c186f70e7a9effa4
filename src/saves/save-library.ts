import * as v from 'valibot';
import { digestText } from '../model/hash';
import { describeIssue, isRecord, parseJson } from '../model/validation';
import { type SaveError, saveError } from './save-error';
import {
  MAX_SAVE_FILE_BYTES,
  parseSave,
  parseSaveText,
  type Save,
  type SaveResult,
  serializeSaveCompact,
} from './save-format';

/** The part of the Web Storage interface the library uses: `window.localStorage` in a browser. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** How a saved game stands: ended in one of the three outcomes, or not ended yet. */
export type SavedOutcome = 'deal' | 'stalemate' | 'surrender' | 'in progress';
const SAVED_OUTCOMES = [
  'deal',
  'stalemate',
  'surrender',
  'in progress',
] as const satisfies readonly SavedOutcome[];

/** What the list shows besides the save's own name and date; known to the store, not the save. */
export interface SaveSummary {
  readonly scenarioTitle: string;
  readonly outcome: SavedOutcome;
}

export interface SavedGameEntry extends SaveSummary {
  readonly id: string;
  readonly name: string;
  readonly savedAt: string | null;
}

export type WriteResult = { readonly ok: true } | SaveError;
export type KeepResult = { readonly ok: true; readonly id: string } | SaveError;

export interface SaveLibrary {
  /** Stores the game in progress in place of the last one. */
  autosave(save: Save): WriteResult;
  /** The game in progress, if one was stored; null when there is none or storage is blocked. */
  autosaved(): SaveResult | null;
  clearAutosave(): WriteResult;
  /** Adds a game to the list of saved games; keeping the very same save twice keeps one. */
  keep(save: Save, summary: SaveSummary): KeepResult;
  /** The saved games that can be opened, newest first; damaged entries are left out. */
  list(): readonly SavedGameEntry[];
  open(id: string): SaveResult;
  remove(id: string): WriteResult;
}

export const STORAGE_PREFIX = 'mediator:';
const AUTOSAVE_KEY = `${STORAGE_PREFIX}autosave`;
const KEPT_PREFIX = `${STORAGE_PREFIX}saved:`;
const ID = /^[0-9a-f]{12}$/;

const cannotSave = () =>
  saveError(
    'storage',
    'cannot save in this browser: storage is full or blocked; the game goes on, and can still be saved as a file',
  );
const cannotChange = () =>
  saveError('storage', 'cannot change the saved games in this browser: storage is blocked');
const cannotRead = () =>
  saveError('storage', 'cannot read the saved games in this browser: storage is blocked');

const summarySchema = v.strictObject({
  scenarioTitle: v.pipe(
    v.string('must be text'),
    v.maxLength(300, 'must be at most 300 characters'),
  ),
  outcome: v.picklist(SAVED_OUTCOMES, 'must be "deal", "stalemate", "surrender" or "in progress"'),
});
const keptSchema = v.strictObject({ summary: summarySchema, save: v.unknown() });

/**
 * Saved games in browser storage. Every game is one storage item, so a write either happens
 * whole or not at all; storage may be missing or throw on any call, and no call here throws.
 * Reading never writes: a damaged item is left for the player to delete.
 */
export function createSaveLibrary(storage: StorageLike | null): SaveLibrary {
  const read = (key: string): { ok: true; text: string | null } | SaveError => {
    if (storage === null) return cannotRead();
    try {
      const text = storage.getItem(key);
      return { ok: true, text: typeof text === 'string' ? text : null };
    } catch {
      return cannotRead();
    }
  };
  const write = (key: string, text: string): WriteResult => {
    if (storage === null) return cannotSave();
    try {
      storage.setItem(key, text);
      return { ok: true };
    } catch {
      return cannotSave();
    }
  };
  const erase = (key: string): WriteResult => {
    if (storage === null) return cannotChange();
    try {
      storage.removeItem(key);
      return { ok: true };
    } catch {
      return cannotChange();
    }
  };
  const keptKeys = (): string[] => {
    if (storage === null) return [];
    try {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (typeof key === 'string' && key.startsWith(KEPT_PREFIX) && ID.test(idOf(key))) {
          keys.push(key);
        }
      }
      return keys;
    } catch {
      return [];
    }
  };
  const openKept = (id: string): { ok: true; entry: SavedGameEntry; save: Save } | SaveError => {
    if (!ID.test(id)) return saveError('not-found', 'there is no saved game with this id');
    const item = read(KEPT_PREFIX + id);
    if (!item.ok) return item;
    if (item.text === null) return saveError('not-found', 'this saved game is no longer here');
    const kept = readKept(item.text);
    if (!kept.ok) return saveError(kept.code, `this saved game is damaged: ${kept.error}`);
    const { save, summary } = kept;
    return { ok: true, save, entry: { id, name: save.name, savedAt: save.savedAt, ...summary } };
  };

  return {
    autosave: (save) => {
      const text = serializeSaveCompact(save);
      return text.length > MAX_SAVE_FILE_BYTES ? tooLarge() : write(AUTOSAVE_KEY, text);
    },
    autosaved: () => {
      const item = read(AUTOSAVE_KEY);
      if (!item.ok || item.text === null) return null;
      const parsed = parseSaveText(item.text);
      return parsed.ok
        ? parsed
        : saveError(parsed.code, `the game in progress could not be restored: ${parsed.error}`);
    },
    clearAutosave: () => erase(AUTOSAVE_KEY),
    keep: (save, summary) => {
      const checked = v.safeParse(summarySchema, summary);
      if (!checked.success) return badSummary(checked.issues);
      const saveText = serializeSaveCompact(save);
      const id = digestText(saveText).slice(0, 12);
      const text = `{"summary":${JSON.stringify(checked.output)},"save":${saveText}}`;
      if (text.length > MAX_SAVE_FILE_BYTES) return tooLarge();
      const written = write(KEPT_PREFIX + id, text);
      return written.ok ? { ok: true, id } : written;
    },
    list: () =>
      keptKeys()
        .flatMap((key) => {
          const kept = openKept(idOf(key));
          return kept.ok ? [kept.entry] : [];
        })
        .sort(newestFirst),
    open: (id) => {
      const kept = openKept(id);
      return kept.ok ? { ok: true, save: kept.save } : kept;
    },
    remove: (id) => (ID.test(id) ? erase(KEPT_PREFIX + id) : { ok: true }),
  };
}

/** The browser's local storage, or null where it is missing or blocked. */
export function browserStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const idOf = (key: string) => key.slice(KEPT_PREFIX.length);

const tooLarge = () =>
  saveError('too-large', 'this game is too large to keep in the browser: save it as a file');

function badSummary(issues: readonly v.BaseIssue<unknown>[]): SaveError {
  const first = issues[0];
  return saveError(
    'invalid',
    `invalid entry: ${first ? describeIssue(first, 'entry') : 'unknown problem'}`,
  );
}

function readKept(text: string): { ok: true; save: Save; summary: SaveSummary } | SaveError {
  if (text.length > MAX_SAVE_FILE_BYTES) return saveError('too-large', 'it is too large');
  const json = parseJson(text);
  if (!json.ok || !isRecord(json.value)) return saveError('not-json', 'it is not a saved game');
  const kept = v.safeParse(keptSchema, json.value);
  if (!kept.success) return badSummary(kept.issues);
  const parsed = parseSave(kept.output.save);
  return parsed.ok ? { ok: true, save: parsed.save, summary: kept.output.summary } : parsed;
}

function newestFirst(a: SavedGameEntry, b: SavedGameEntry): number {
  const time = (e: SavedGameEntry) => (e.savedAt === null ? Number.NaN : Date.parse(e.savedAt));
  const ta = time(a);
  const tb = time(b);
  if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
  if (!Number.isNaN(ta) && ta !== tb) return tb - ta;
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
