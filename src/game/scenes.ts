import { TitleScene } from '../scenes/title-scene';
import { prefetchMap } from '../ui/map-source';
import { loadArchivedScenarios } from './scenario-data';
import type { SceneData, SceneKey } from './scene-keys';
import type { ScreenClass } from './screen';

/**
 * A scene that shows the map or opens saves starts once the map and the archived scenario
 * versions (for saves of earlier releases) have arrived, or failed to.
 */
const withMap = <M>(scene: Promise<M>): Promise<M> =>
  Promise.all([scene, prefetchMap(), loadArchivedScenarios()]).then(([m]) => m);

type Loaders = { readonly [K in SceneKey]: () => Promise<ScreenClass<SceneData[K]>> };

/**
 * Every scene of the game. The title comes with the page; the others are loaders, fetched on
 * first use, so the title is up before the rest (and Phaser) have arrived.
 */
export const SCENES: Loaders = {
  TitleScene: () => Promise.resolve(TitleScene),
  BriefingScene: () => withMap(import('../scenes/briefing-scene')).then((m) => m.BriefingScene),
  TableScene: () => withMap(import('../scenes/table-scene')).then((m) => m.TableScene),
  OutcomeScene: () => import('../scenes/outcome-scene').then((m) => m.OutcomeScene),
  ReplayScene: () => withMap(import('../scenes/replay-scene')).then((m) => m.ReplayScene),
  DebriefScene: () => withMap(import('../scenes/debrief-scene')).then((m) => m.DebriefScene),
  ClassScene: () => withMap(import('../scenes/class-scene')).then((m) => m.ClassScene),
  RoleCardsScene: () => import('../scenes/role-cards-scene').then((m) => m.RoleCardsScene),
};

/** The scenes a game goes through, fetched once the title is up so that play never waits. */
export const PLAY_SCENES: readonly SceneKey[] = ['BriefingScene', 'TableScene', 'OutcomeScene'];
