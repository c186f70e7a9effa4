import type { Scene } from 'phaser';
import { h } from '../ui/dom';
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
  void loaders[key]()
    .then((SceneClass) => {
      if (!manager.keys[key]) manager.add(key, SceneClass, false);
      from.scene.start(key, data);
    })
    .catch(() => offerReload());
}

/**
 * Says, where the person is looking, that this screen could not be loaded because the game
 * was updated on its host (or the network is gone), and offers to reload. The game in progress
 * is autosaved after every action, so after the reload Continue takes it up where it was.
 */
function offerReload(): void {
  const message =
    'This screen could not be loaded: a new version of Mediator is probably ready. Reload the page to use it; your game is saved, and Continue on the title takes it up again.';
  let notice = document.getElementById('reload-notice');
  if (!notice) {
    const reload = h(
      'button',
      { class: 'button primary', type: 'button', onclick: () => window.location.reload() },
      'Reload',
    );
    notice = h(
      'div',
      { id: 'reload-notice', class: 'reload-notice card', role: 'alert' },
      h('p', {}, message),
      reload,
    );
    document.body.append(notice);
    reload.focus();
  }
}
