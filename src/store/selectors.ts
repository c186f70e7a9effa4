import { revealedIssues, sessionsLeft } from '../model/game';
import type { DealScore, Outcome } from '../model/outcome';
import type { Issue, Package } from '../model/types';
import { saveName } from '../saves/save-format';
import type { SavedOutcome, SaveSummary } from '../saves/save-library';
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

/** How the game stands: ended in one of the three outcomes, or in progress. */
export const selectStanding = (s: GameStoreState): SavedOutcome =>
  s.game.outcome?.kind ?? 'in progress';

const STANDING_WORDS: Readonly<Record<SavedOutcome, string>> = {
  deal: 'Deal',
  stalemate: 'Stalemate',
  surrender: 'Surrender',
  'in progress': 'In progress',
};

const sessionCount = (n: number) =>
  n === 0 ? 'no sessions' : `${n} ${n === 1 ? 'session' : 'sessions'}`;

/**
 * A name to offer when the game is saved: how it stands, then the scenario —
 * "Deal, 5 sessions — Alaska to Washington, August 2025", "In progress, session 3 — …".
 */
export const selectDefaultSaveName = (s: GameStoreState): string => {
  const standing = selectStanding(s);
  const { sessionsUsed, sessions } = s.game;
  const when =
    standing === 'in progress'
      ? `session ${Math.min(sessionsUsed + 1, sessions)}`
      : sessionCount(sessionsUsed);
  const branch = s.branchedFrom ? ` (played on from step ${s.branchedFrom.step})` : '';
  return saveName(`${STANDING_WORDS[standing]}, ${when} — ${s.model.scenario.title}${branch}`);
};

/** What the list of saved games shows besides the save's own name and date. */
export const selectSaveSummary = (s: GameStoreState): SaveSummary => ({
  scenarioTitle: s.model.scenario.title,
  outcome: selectStanding(s),
});
