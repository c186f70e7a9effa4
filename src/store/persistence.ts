import { type Save, serializeSave } from '../saves/save-format';
import {
  browserStorage,
  createSaveLibrary,
  type SaveLibrary,
  type WriteResult,
} from '../saves/save-library';
import { shareLinkFragment } from '../saves/share-link';
import { type Autosaver, startAutosave } from './autosave';
import type { GameStoreApi } from './game-store';
import { selectDefaultSaveName, selectSaveSummary } from './selectors';

let library: SaveLibrary | null = null;

/**
 * The saved games in this browser's storage, one library per page. Storage may be blocked; every
 * write then fails with a `storage` error, and nothing throws.
 */
export function saveLibrary(): SaveLibrary {
  library ??= createSaveLibrary(browserStorage());
  return library;
}

/** A save on its way out of the page: its name, its file's text, and a link that carries it. */
export interface SaveExport {
  /** The save's own name, which names its file. */
  readonly name: string;
  /** The save as a file's text: indented JSON of the current save version (save-format.ts). */
  fileText(): string;
  /**
   * The fragment of a link that carries the whole save (`#game=…`, share-link.ts); or why the
   * game is too long for a link (at most 32,000 characters), in words.
   */
  link():
    | { readonly ok: true; readonly fragment: string }
    | { readonly ok: false; readonly error: string };
}

/** A save ready for a file or a share link, each made only when asked for. */
export function exportOf(save: Save): SaveExport {
  return {
    name: save.name,
    fileText: () => serializeSave(save),
    link: () => shareLinkFragment(save),
  };
}

/** What a screen showing a game offers to keep it: a file, a link, the saved games, the autosave. */
export interface GameSaving {
  /** The game as it stands now, named by how it stands (selectDefaultSaveName) and dated now. */
  export(): SaveExport;
  /** Adds the game as it stands to this browser's saved games; errors say why, in words. */
  keep(): WriteResult;
  /** The game's autosave, which runs after every action for as long as the game lives. */
  readonly autosave: Autosaver;
}

/** The game as a save, named by how it stands and dated now (ISO 8601). */
function saveOf(store: GameStoreApi): Save {
  const state = store.getState();
  return state.toSave({ name: selectDefaultSaveName(state), savedAt: new Date().toISOString() });
}

const autosavers = new WeakMap<GameStoreApi, Autosaver>();

/**
 * The autosave of a game (autosave.ts): started the first time a screen of the game asks for it,
 * then after every action for as long as the game lives, whichever screen shows it.
 */
function autosaverFor(store: GameStoreApi, into: SaveLibrary): Autosaver {
  let autosaver = autosavers.get(store);
  if (!autosaver) {
    autosaver = startAutosave(store, into, {
      toSave: () => saveOf(store),
      summary: selectSaveSummary,
    });
    autosavers.set(store, autosaver);
  }
  return autosaver;
}

/**
 * Saving a game from a screen that shows it: as a file or a link, among the saved games of
 * `into` (this browser's, by default), and autosaved after every action from the first call on.
 */
export function gameSaving(store: GameStoreApi, into: SaveLibrary = saveLibrary()): GameSaving {
  return {
    export: () => exportOf(saveOf(store)),
    keep: () => {
      const kept = into.keep(saveOf(store), selectSaveSummary(store.getState()));
      return kept.ok ? { ok: true } : kept;
    },
    autosave: autosaverFor(store, into),
  };
}
