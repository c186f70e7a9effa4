import type { Scene } from 'phaser';
import { startLazyScene } from '../../game/lazy-scenes';
import { SceneKeys } from '../../game/scene-keys';
import type { Save } from '../../saves/save-format';

/**
 * Opens a save that does not replay in the replay viewer, which shows it as its recorded log
 * with a note saying why: a game is never refused for being older than the release.
 */
export function openRecordedLog(scene: Scene, save: Save): { ok: true } {
  startLazyScene(scene, SceneKeys.Replay, { save });
  return { ok: true };
}
