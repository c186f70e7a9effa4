import * as v from 'valibot';
import type { Step } from '../model/bots';
import type { Action } from '../model/game';
import { digestText } from '../model/hash';
import { describeIssue, isRecord, parseJson } from '../model/validation';
import { type SaveError, saveError } from './save-error';
import {
  GAME_ID,
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

/** A game in the list of saved games. */
export interface SavedGameEntry extends SaveSummary {
  readonly id: string;
  /** The id of the game it holds (a save's `game`). */
  readonly game: string;
  readonly name: string;
  readonly savedAt: string | null;
}

/** A game in progress, in its own storage slot. */
export interface GameInProgressEntry {
  /** What `openInProgress` and `removeInProgress` take. */
  readonly id: string;
  readonly name: string;
  readonly savedAt: string | null;
  /** The id of its scenario, and its last action (null before the first), to tell games apart. */
  readonly scenario: string;
  readonly last: Action | null;
}

/** An item of ours that cannot be read (damaged, or from a newer version): listed to delete. */
export interface UnreadableEntry {
  readonly id: string;
  /** Why, in words: "save version 4 is newer than this game reads (3): update the game". */
  readonly problem: string;
}

/** An entry of a list: a game that opens, or one that cannot be read, said with why. */
export type Listed<T> =
  | ({ readonly readable: true } & T)
  | ({ readonly readable: false } & UnreadableEntry);

export type WriteResult = { readonly ok: true } | SaveError;
export type KeepResult = { readonly ok: true; readonly id: string } | SaveError;
export type SlotResult = { readonly ok: true; readonly save: Save | null } | SaveError;

export interface SaveLibrary {
  /** Every game in progress, newest first, unreadable ones included. */
  inProgress(): readonly Listed<GameInProgressEntry>[];
  openInProgress(id: string): SaveResult;
  removeInProgress(id: string): WriteResult;
  /** What the slot of the game with this id holds now: null when it holds nothing. */
  slot(gameId: string): SlotResult;
  /**
   * Writes a game in progress into its own slot, only if the slot still holds the steps this
   * page last knew there (`expected`; null: nothing). Errors: `changed-elsewhere` when another
   * page wrote or removed it since, `storage` when storage is full or blocked, `too-large`.
   */
  autosave(save: Save, expected: readonly Step[] | null): WriteResult;
  /** Empties the slot of a game, only if it still holds `expected`; same errors as autosave. */
  clearInProgress(gameId: string, expected: readonly Step[]): WriteResult;
  /** Adds a game to the list of saved games; keeping the very same save twice keeps one. */
  keep(save: Save, summary: SaveSummary): KeepResult;
  /** The saved games, newest first, unreadable ones included. */
  list(): readonly Listed<SavedGameEntry>[];
  open(id: string): SaveResult;
  remove(id: string): WriteResult;
}

export const STORAGE_PREFIX = 'mediator:';
/** Where release 0.1 kept its one game in progress; read, and emptied once that game moves on. */
const LEGACY_AUTOSAVE_KEY = `${STORAGE_PREFIX}autosave`;
const LEGACY_ID = 'autosave';
const PLAYING_PREFIX = `${STORAGE_PREFIX}playing:`;
const KEPT_PREFIX = `${STORAGE_PREFIX}saved:`;
const KEPT_ID = /^[0-9a-f]{12}$/;

const cannotSave = () =>
  saveError(
    'storage',
    'cannot save in this browser: storage is full or blocked; save the game as a file instead',
  );
const cannotChange = () =>
  saveError('storage', 'cannot change the saved games in this browser: storage is blocked');
const cannotRead = () =>
  saveError('storage', 'cannot read the saved games in this browser: storage is blocked');
/** Why a page may no longer write its game: another page played it on, finished or deleted it. */
const changedElsewhere = (now: Save | null): SaveError =>
  saveError(
    'changed-elsewhere',
    now === null
      ? 'this game was finished or deleted in another tab or window'
      : 'this game was played on in another tab or window',
  );

const summarySchema = v.strictObject({
  scenarioTitle: v.pipe(
    v.string('must be text'),
    v.maxLength(300, 'must be at most 300 characters'),
  ),
  outcome: v.picklist(SAVED_OUTCOMES, 'must be "deal", "stalemate", "surrender" or "in progress"'),
});
const keptSchema = v.strictObject({ summary: summarySchema, save: v.unknown() });

/** Whether two step lists are the same game so far: the same actions reaching the same states. */
export function sameSteps(a: readonly Step[], b: readonly Step[]): boolean {
  return a.length === b.length && a.every((step, i) => step.hash === b[i]?.hash);
}

/**
 * Saved games in browser storage: each game in progress in a slot of its own, named by the
 * game's id, and a list of saved games. Every game is one storage item, so a write happens whole
 * or not at all. Storage may be missing or throw on any call; no call here throws. Reading never
 * writes: a damaged item is listed as such, for the player to delete.
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
  const keysAfter = (prefix: string, id: RegExp): string[] => {
    if (storage === null) return [];
    try {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (typeof key === 'string' && key.startsWith(prefix) && id.test(key.slice(prefix.length)))
          keys.push(key);
      }
      return keys;
    } catch {
      return [];
    }
  };

  /** The slot of a game by its id; null for anything else, release 0.1's autosave included. */
  const slotKey = (gameId: string) => (GAME_ID.test(gameId) ? PLAYING_PREFIX + gameId : null);
  /** An entry of the list of games in progress: a slot, or release 0.1's autosave. */
  const playingKey = (id: string) => (id === LEGACY_ID ? LEGACY_AUTOSAVE_KEY : slotKey(id));
  const readPlaying = (key: string): SaveResult | null => {
    const item = read(key);
    if (!item.ok) return item;
    if (item.text === null) return null;
    return parseSaveText(item.text);
  };
  const slot = (gameId: string): SlotResult => {
    const key = slotKey(gameId);
    if (key === null) return saveError('not-found', 'there is no game in progress with this id');
    const stored = readPlaying(key);
    return stored ?? { ok: true, save: null };
  };
  /** The slot, if it holds what this page expects; else why not. */
  const expectSlot = (gameId: string, expected: readonly Step[] | null): WriteResult => {
    const now = slot(gameId);
    if (!now.ok) return now.code === 'storage' ? cannotSave() : changedElsewhere(null);
    if (now.save === null) return expected === null ? { ok: true } : changedElsewhere(null);
    return expected !== null && sameSteps(now.save.steps, expected)
      ? { ok: true }
      : changedElsewhere(now.save);
  };
  /** Release 0.1's one game in progress is emptied once its game has a slot of its own. */
  const retireLegacy = (gameId: string) => {
    const legacy = readPlaying(LEGACY_AUTOSAVE_KEY);
    if (legacy?.ok && legacy.save.game === gameId) erase(LEGACY_AUTOSAVE_KEY);
  };

  const openKept = (id: string): { ok: true; entry: SavedGameEntry; save: Save } | SaveError => {
    if (!KEPT_ID.test(id)) return saveError('not-found', 'there is no saved game with this id');
    const item = read(KEPT_PREFIX + id);
    if (!item.ok) return item;
    if (item.text === null) return saveError('not-found', 'this saved game is no longer here');
    const kept = readKept(item.text);
    if (!kept.ok) return saveError(kept.code, `this saved game is damaged: ${kept.error}`);
    const { save, summary } = kept;
    const { name, savedAt, game } = save;
    return { ok: true, save, entry: { id, game, name, savedAt, ...summary } };
  };

  return {
    inProgress: () => {
      const ids = [
        ...keysAfter(PLAYING_PREFIX, GAME_ID).map((key) => key.slice(PLAYING_PREFIX.length)),
        ...(keysAfter(LEGACY_AUTOSAVE_KEY, /^$/).length > 0 ? [LEGACY_ID] : []),
      ];
      return ids
        .flatMap((id): Listed<GameInProgressEntry>[] => {
          const key = playingKey(id);
          const stored = key === null ? null : readPlaying(key);
          if (stored === null) return [];
          if (stored.ok) {
            const { name, savedAt, scenario, steps } = stored.save;
            const last = steps.at(-1)?.action ?? null;
            return [{ readable: true, id, name, savedAt, scenario: scenario.id, last }];
          }
          return stored.code === 'storage'
            ? []
            : [{ readable: false, id, problem: unreadableReason(stored) }];
        })
        .sort(newestFirst);
    },
    openInProgress: (id) => {
      const key = playingKey(id);
      const stored = key === null ? null : readPlaying(key);
      return stored ?? saveError('not-found', 'this game in progress is no longer here');
    },
    removeInProgress: (id) => {
      const key = playingKey(id);
      return key === null ? { ok: true } : erase(key);
    },
    slot,
    autosave: (save, expected) => {
      const key = slotKey(save.game);
      if (key === null) {
        return saveError('invalid', 'invalid save: game: must be a game id of 12 hex digits');
      }
      const text = serializeSaveCompact(save);
      if (text.length > MAX_SAVE_FILE_BYTES) return tooLarge();
      const free = expectSlot(save.game, expected);
      if (!free.ok) return free;
      const written = write(key, text);
      if (written.ok) retireLegacy(save.game);
      return written;
    },
    clearInProgress: (gameId, expected) => {
      const key = slotKey(gameId);
      if (key === null) return { ok: true };
      const held = expectSlot(gameId, expected);
      return held.ok ? erase(key) : held;
    },
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
      keysAfter(KEPT_PREFIX, KEPT_ID)
        .flatMap((key): Listed<SavedGameEntry>[] => {
          const id = key.slice(KEPT_PREFIX.length);
          const kept = openKept(id);
          if (kept.ok) return [{ readable: true, ...kept.entry }];
          return kept.code === 'storage' || kept.code === 'not-found'
            ? []
            : [{ readable: false, id, problem: unreadableReason(kept) }];
        })
        .sort(newestFirst),
    open: (id) => {
      const kept = openKept(id);
      return kept.ok ? { ok: true, save: kept.save } : kept;
    },
    remove: (id) => (KEPT_ID.test(id) ? erase(KEPT_PREFIX + id) : { ok: true }),
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

/** Why a stored game cannot be opened, in words for the list: no parser's jargon. */
function unreadableReason(error: SaveError): string {
  switch (error.code) {
    case 'not-json':
      return 'its text is cut off or garbled';
    case 'newer-version':
      return 'a newer version of Mediator saved it: update the game to open it';
    case 'too-large':
      return 'it is too large';
    default:
      return `it is damaged (${error.error.replace(/^(this saved game is damaged: )?invalid (save|entry): /, '')})`;
  }
}

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

/** Newest first, then undated entries, then unreadable ones; then by name and id. */
function newestFirst<
  T extends { readonly id: string; readonly name: string; readonly savedAt: string | null },
>(a: Listed<T>, b: Listed<T>): number {
  if (a.readable !== b.readable) return a.readable ? -1 : 1;
  const time = (e: Listed<T>) => (e.readable && e.savedAt ? Date.parse(e.savedAt) : Number.NaN);
  const ta = time(a);
  const tb = time(b);
  if (Number.isNaN(ta) !== Number.isNaN(tb)) return Number.isNaN(ta) ? 1 : -1;
  if (!Number.isNaN(ta) && ta !== tb) return tb - ta;
  const name = (e: Listed<T>) => (e.readable ? e.name : '');
  return name(a).localeCompare(name(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
