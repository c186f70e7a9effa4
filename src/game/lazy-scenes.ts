import type { Scene } from 'phaser';
import { SceneKeys } from './scene-keys';

type LazyKey = typeof SceneKeys.Replay | typeof SceneKeys.Debrief | typeof SceneKeys.Class;

// Screens that are not needed to start playing load on first use, so the title comes up sooner.
const loaders: Readonly<Record<LazyKey, () => Promise<new () => Scene>>> = {
  [SceneKeys.Replay]: () => import('../scenes/replay-scene').then((m) => m.ReplayScene),
  [SceneKeys.Debrief]: () => import('../scenes/debrief-scene').then((m) => m.DebriefScene),
  [SceneKeys.Class]: () => import('../scenes/class-scene').then((m) => m.ClassScene),
};

/** Starts a screen that loads on first use, adding it to the game the first time. */
export function startLazyScene(from: Scene, key: LazyKey, data?: object): void {
  const manager = from.game.scene;
  if (manager.keys[key]) {
    from.scene.start(key, data);
    return;
  }
  void loaders[key]().then((SceneClass) => {
    if (!manager.keys[key]) manager.add(key, SceneClass, false);
    from.scene.start(key, data);
  });
}
