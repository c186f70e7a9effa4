import {
  decodeTextFile,
  printable,
  type TextFileResult,
  tooLargeToRead,
  unexpectedProblem,
} from '../files/text-file';
import type { Action } from '../model/game';
import type { Scenario } from '../model/types';
import { replaySave } from '../saves/replay';
import { scenarioById } from '../saves/resolve-scenario';
import { MAX_SAVE_FILE_BYTES, parseSaveText, type Save } from '../saves/save-format';
import type { Listed, SavedOutcome, SaveLibrary, WriteResult } from '../saves/save-library';
import { openShareLink } from '../saves/share-link';
import { type GameStoreApi, gameStoreFromSave } from './game-store';
import { exportOf, type SaveExport, saveLibrary } from './persistence';

export type { Save } from '../saves/save-format';
export type { Listed, SavedOutcome } from '../saves/save-library';

/** A save opened from a file, a text, a link or this browser's storage; or why not, in words. */
export type Opened =
  | { readonly ok: true; readonly save: Save }
  | { readonly ok: false; readonly error: string };

/** A game in progress as the title lists it. */
export interface InProgressGame {
  readonly id: string;
  readonly name: string;
  /** ISO 8601, or null for a save kept reproducible. */
  readonly savedAt: string | null;
  /**
   * Its last action, with the scenario whose names tell it (null when this release does not
   * know the scenario, and the action keeps its ids); null before the first action.
   */
  readonly last: { readonly action: Action; readonly scenario: Scenario | null } | null;
}

/** A finished or kept game as the title lists it. */
export interface KeptGame {
  readonly id: string;
  readonly name: string;
  readonly savedAt: string | null;
  readonly outcome: SavedOutcome;
}

/** A list of this browser's games, and what can be done with each of its entries. */
export interface Shelf<T> {
  /** Newest first; an entry that cannot be read is listed with why, to delete. */
  entries(): readonly Listed<T>[];
  open(id: string): Opened;
  remove(id: string): WriteResult;
  /** The entry's game for a file or a link; or why it cannot be opened, in words. */
  exportOf(id: string): SaveExport | string;
}

/** Every way into a saved game that the title offers, over one library of saved games. */
export interface SavedGames {
  /** Games in progress, each in its own autosave slot. */
  readonly inProgress: Shelf<InProgressGame>;
  /** Games kept in this browser (finished ones go there by themselves). */
  readonly kept: Shelf<KeptGame>;
  /**
   * A save file's text (UTF-8 or UTF-16 by its byte-order mark); or why it cannot be read,
   * naming the file, e.g. `“x.json” is too large to be a saved game (1.2 MB; at most 1 MB)`.
   * Files over 1 MB are refused unread. Never rejects.
   */
  readFile(file: File): Promise<TextFileResult>;
  /** The save a text holds (save-format.ts), or why it is not one this version opens. */
  fromText(text: string): Opened;
  /** The save a share link's fragment carries (share-link.ts), or why it cannot be opened. */
  fromLink(hash: string): Opened;
}

/** What opening gave; a failure nobody foresaw (a bug, not bad input) becomes an error too. */
const guarded = (open: () => Opened): Opened => {
  try {
    return open();
  } catch (error) {
    return { ok: false, error: unexpectedProblem(error) };
  }
};

/**
 * The text of a saved game's file, decoded as every way in decodes it (UTF-8 or UTF-16 by its
 * byte-order mark), or why it could not be read, naming the file. Files over 1 MB
 * (MAX_SAVE_FILE_BYTES) are refused unread.
 */
export async function readSaveFile(file: File): Promise<TextFileResult> {
  const what = `“${printable(file.name)}”`;
  const tooLarge = tooLargeToRead(file.size, 'a saved game', MAX_SAVE_FILE_BYTES);
  if (tooLarge) return { ok: false, error: `${what} is ${tooLarge}` };
  try {
    return decodeTextFile(new Uint8Array(await file.arrayBuffer()), what);
  } catch {
    return { ok: false, error: `${what} could not be read` };
  }
}

/** A shelf of games: its entries, how each opens and is removed, and each one for a file or link. */
function shelf<T>(
  entries: () => readonly Listed<T>[],
  open: (id: string) => Opened,
  remove: (id: string) => WriteResult,
): Shelf<T> {
  return {
    entries,
    open,
    remove,
    exportOf: (id) => {
      const opened = open(id);
      return opened.ok ? exportOf(opened.save) : opened.error;
    },
  };
}

/**
 * The title's ways into saved games over `library` (this browser's by default): its games in
 * progress, with each one's last move and the scenario that names it, its kept games, and
 * saves from a file, a text or a link. Nothing here writes except `remove`.
 */
export function savedGames(library: SaveLibrary = saveLibrary()): SavedGames {
  return {
    inProgress: shelf<InProgressGame>(
      () =>
        library.inProgress().map((entry) => {
          if (!entry.readable) return entry;
          const { id, name, savedAt, last } = entry;
          const scenario = scenarioById(entry.scenario);
          return {
            readable: true,
            id,
            name,
            savedAt,
            last: last ? { action: last, scenario: scenario.ok ? scenario.scenario : null } : null,
          };
        }),
      (id) => library.openInProgress(id),
      (id) => library.removeInProgress(id),
    ),
    kept: shelf<KeptGame>(
      () =>
        library.list().map((entry) => {
          if (!entry.readable) return entry;
          const { id, name, savedAt, outcome } = entry;
          return { readable: true, id, name, savedAt, outcome };
        }),
      (id) => library.open(id),
      (id) => library.remove(id),
    ),
    readFile: readSaveFile,
    fromText: (text) => guarded(() => parseSaveText(text)),
    fromLink: (hash) => guarded(() => openShareLink(hash)),
  };
}

/** Where a save opens: its replay, a game to play on at the table, or nowhere, with why. */
export type SavePlace =
  | { readonly kind: 'replay'; readonly save: Save }
  | { readonly kind: 'table'; readonly store: GameStoreApi }
  | { readonly kind: 'refused'; readonly error: string };

/**
 * Where a save belongs: a game in progress goes on at the table, in a store replayed and checked
 * step by step; a finished game opens in the replay viewer, and so does a game this release
 * cannot replay, which the viewer shows as its recorded log (never a refusal). A save of an
 * earlier release needs the archived scenario versions loaded first (game/archives.ts).
 */
export function placeOfSave(save: Save): SavePlace {
  const replay = replaySave(save);
  if (!replay.ok || replay.final.outcome) return { kind: 'replay', save };
  const opened = gameStoreFromSave(save);
  return opened.ok
    ? { kind: 'table', store: opened.store }
    : { kind: 'refused', error: opened.error };
}
