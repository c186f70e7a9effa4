import { h } from '../ui/dom';
import { loadArchivedScenarios, loadBuiltInScenarios } from './scenario-data';
import type { Go, SceneData, SceneKey } from './scene-keys';
import { PLAY_SCENES, SCENES } from './scenes';
import type { Screen } from './screen';
import { loadStage } from './stage';

/**
 * Starts the game in `root`: the title first, once the built-in scenarios have arrived, then
 * whichever scene a scene asks for. A scene or scenario that cannot be fetched (the game was
 * updated on its host, or the network is gone) leaves the current screen in place and offers
 * to reload.
 */
export function startApp(root: HTMLElement): Go {
  let current: Screen<unknown> | null = null;
  let latest = 0;
  const go: Go = <K extends SceneKey>(key: K, ...data: unknown[]) => {
    const ticket = ++latest;
    SCENES[key]()
      .then((SceneClass) => {
        // A later request has been made while this one loaded: it wins.
        if (ticket !== latest) return;
        current?.stop();
        const scene = new SceneClass({ root, go }) as Screen<unknown>;
        current = scene;
        scene.create(data[0] as SceneData[K]);
      })
      .catch(() => offerReload(SCREEN_MISSING));
  };
  loadBuiltInScenarios().then(
    () => go('TitleScene'),
    () => offerReload(SCENARIOS_MISSING),
  );
  return go;
}

/**
 * Fetches the scenes of a game and Phaser in the background, so that starting the talks never
 * waits for the network (and an update on the host cannot break a game under way).
 */
export function prefetchPlay(): void {
  for (const key of PLAY_SCENES) SCENES[key]().catch(() => undefined);
  loadStage().catch(() => undefined);
  void loadArchivedScenarios();
}

const SCREEN_MISSING =
  'This screen could not be loaded: a new version of Mediator is probably ready. Reload the page to use it; your game is saved, and Continue on the title takes it up again.';

const SCENARIOS_MISSING =
  "The game's scenarios could not be downloaded: the network is probably gone, or a new version of Mediator is being put up. Reload the page to try again; any game you were playing is saved in this browser.";

/**
 * Says, where the person is looking, that something the game needs could not be loaded because
 * the game was updated on its host (or the network is gone), and offers to reload. The game in
 * progress is autosaved after every action, so after the reload Continue takes it up where it was.
 */
function offerReload(message: string): void {
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
