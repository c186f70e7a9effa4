import { revealedIssues, sessionsLeft } from '../model/game';
import type { DealScore, Outcome } from '../model/outcome';
import type { Issue, Package } from '../model/types';
import type { GameStoreState } from './game-store';

/** The package on the table: the one a summit would sign. */
export const selectCurrentPackage = (s: GameStoreState): Package | null => s.game.table;

/** Each leader's last answer, keyed by party id. */
export const selectAnswers = (s: GameStoreState) => s.game.answers;

export const selectOutcome = (s: GameStoreState): Outcome | null => s.game.outcome;

export const selectSessionsLeft = (s: GameStoreState): number => sessionsLeft(s.game);

export const selectTrust = (s: GameStoreState): Readonly<Record<string, number>> =>
  Object.fromEntries(Object.entries(s.game.parties).map(([id, p]) => [id, p.trust]));

/** The signed package's score and each leader's utility, once the game has ended in one. */
export const selectScores = (
  s: GameStoreState,
): {
  readonly score: DealScore | null;
  readonly utilities: Readonly<Record<string, number>>;
} | null => {
  const outcome = s.game.outcome;
  if (!outcome || outcome.kind === 'stalemate') return null;
  return { score: outcome.kind === 'deal' ? outcome.score : null, utilities: outcome.utilities };
};

/** What the mediator has learnt a leader cares about, most important first. */
export const selectKnownPriorities = (s: GameStoreState, party: string): readonly Issue[] =>
  revealedIssues(s.game, party)
    .map((id) => s.model.scenario.issues.find((issue) => issue.id === id))
    .filter((issue): issue is Issue => issue !== undefined);

/** Whether a summit can be convened now. */
export const selectCanConvene = (s: GameStoreState): boolean =>
  s.game.table !== null && s.game.outcome === null;
