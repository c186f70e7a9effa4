import type { Scene } from 'phaser';
import { startLazyScene } from '../../game/lazy-scenes';
import { SceneKeys } from '../../game/scene-keys';
import { replaySave } from '../../saves/replay';
import type { Save } from '../../saves/save-format';
import { browserStorage, createSaveLibrary, type SaveLibrary } from '../../saves/save-library';
import { type GameStoreApi, gameStoreFromSave } from '../../store/game-store';
import { selectDefaultSaveName, selectSaveSummary } from '../../store/selectors';
import { openRecordedLog } from './open-recorded';

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

/**
 * Autosaves the game after every action, so that a reload or a closed tab loses nothing. A
 * finished game moves to the list of saved games. `report` hears null when all is well, or why
 * the game cannot be saved in this browser.
 */
export function startAutosave(
  store: GameStoreApi,
  report: (problem: string | null) => void,
): () => void {
  const save = () => {
    const state = store.getState();
    const result = state.game.outcome ? keepGame(store) : saveLibrary().autosave(saveOf(store));
    if (result.ok && state.game.outcome) saveLibrary().clearAutosave();
    report(result.ok ? null : result.error);
  };
  save();
  return store.subscribe(save);
}

/** Opens a save where it belongs: a finished game in the replay viewer, one in progress at the table. */
export function openSave(scene: Scene, save: Save): { ok: true } | { ok: false; error: string } {
  const replay = replaySave(save);
  if (!replay.ok) return openRecordedLog(scene, save);
  if (replay.final.outcome) {
    startLazyScene(scene, SceneKeys.Replay, { save });
    return { ok: true };
  }
  const opened = gameStoreFromSave(save);
  if (!opened.ok) return opened;
  scene.scene.start(SceneKeys.Table, { store: opened.store });
  return { ok: true };
}
