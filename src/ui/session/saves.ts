import { loadArchivedScenarios } from '../../game/archives';
import type { Go } from '../../game/scene-keys';
import { replaySave } from '../../saves/replay';
import type { Save } from '../../saves/save-format';
import { browserStorage, createSaveLibrary, type SaveLibrary } from '../../saves/save-library';
import { type Autosaver, startAutosave } from '../../store/autosave';
import { type GameStoreApi, gameStoreFromSave } from '../../store/game-store';
import { selectDefaultSaveName, selectSaveSummary } from '../../store/selectors';

let library: SaveLibrary | null = null;

/** The saved games in this browser; storage may be blocked, and then every write says so. */
export function saveLibrary(): SaveLibrary {
  library ??= createSaveLibrary(browserStorage());
  return library;
}

/** The game as a save, named by how it stands and dated now. */
export function saveOf(store: GameStoreApi): Save {
  const state = store.getState();
  return state.toSave({ name: selectDefaultSaveName(state), savedAt: new Date().toISOString() });
}

/** Keeps the game in the browser's list of saved games. */
export function keepGame(store: GameStoreApi) {
  return saveLibrary().keep(saveOf(store), selectSaveSummary(store.getState()));
}

const autosavers = new WeakMap<GameStoreApi, Autosaver>();

/**
 * The autosave of a game: started the first time a screen of the game asks for it, then after
 * every action for as long as the game lives, whichever screen shows it.
 */
export function autosaverFor(store: GameStoreApi): Autosaver {
  let autosaver = autosavers.get(store);
  if (!autosaver) {
    autosaver = startAutosave(store, saveLibrary(), {
      toSave: () => saveOf(store),
      summary: selectSaveSummary,
    });
    autosavers.set(store, autosaver);
  }
  return autosaver;
}

/**
 * Opens a save where it belongs: a game in progress at the table; a finished game in the replay
 * viewer, which shows a game this release cannot replay as its recorded log (never a refusal).
 */
export async function openSave(
  go: Go,
  save: Save,
): Promise<{ ok: true } | { ok: false; error: string }> {
  // A save of an earlier release replays under the scenario version it was played with.
  await loadArchivedScenarios();
  const replay = replaySave(save);
  if (!replay.ok || replay.final.outcome) {
    go('ReplayScene', { save });
    return { ok: true };
  }
  const opened = gameStoreFromSave(save);
  if (!opened.ok) return opened;
  go('TableScene', { store: opened.store });
  return { ok: true };
}
