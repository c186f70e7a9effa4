import type { Save } from '../saves/save-format';
import type { GameStoreApi } from '../store/game-store';

/** Each scene's key is its class name. */
export const SceneKeys = {
  Title: 'TitleScene',
  Briefing: 'BriefingScene',
  Table: 'TableScene',
  Outcome: 'OutcomeScene',
  Replay: 'ReplayScene',
  Debrief: 'DebriefScene',
  Class: 'ClassScene',
  RoleCards: 'RoleCardsScene',
} as const;

export type SceneKey = (typeof SceneKeys)[keyof typeof SceneKeys];

/** Where the debrief was opened from, which names the way back to the replay. */
export type DebriefOrigin = 'outcome' | 'replay';

/** What each scene is started with. */
export interface SceneData {
  TitleScene: undefined;
  BriefingScene: { readonly store: GameStoreApi };
  TableScene: { readonly store: GameStoreApi };
  OutcomeScene: { readonly store: GameStoreApi };
  ReplayScene: { readonly save: Save };
  DebriefScene: { readonly save: Save; readonly from: DebriefOrigin };
  ClassScene: undefined;
  /** A role-play's new game, whose leaders' briefs are printed as role cards. */
  RoleCardsScene: { readonly store: GameStoreApi };
}

/** Starts a scene in place of the one shown, with the data it needs (none for some). */
export type Go = <K extends SceneKey>(
  key: K,
  ...data: SceneData[K] extends undefined ? [] : [SceneData[K]]
) => void;
