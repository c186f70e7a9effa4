import {
  type ActionPreviews,
  actionPreviews,
  type ProposePreview,
  previewPropose,
} from '../model/action-preview';
import { type GameState, sessionsLeft } from '../model/game';
import { type TalksResults, talksResults } from '../model/results';
import { durabilityWording, scenarioQuote, summitName } from '../model/scenario-words';
import { type PartyStanding, standings } from '../model/standing';
import type { Package, Quote, Source } from '../model/types';
import { roundUtility } from '../model/utility';
import { saveName } from '../saves/save-format';
import type { SavedOutcome, SaveSummary } from '../saves/save-library';
import type { GameStoreState } from './game-store';

/**
 * One value per game state, worked out once: a state never changes, so a screen that renders
 * again without a new action is handed the very same object, and nothing redraws.
 */
function perState<T>(derive: (s: GameStoreState) => T): (s: GameStoreState) => T {
  const cache = new WeakMap<GameState, T>();
  return (s) => {
    const known = cache.get(s.game);
    if (known !== undefined) return known;
    const value = derive(s);
    cache.set(s.game, value);
    return value;
  };
}

/** The talks' clock: the session the next action is taken in (from 1), of how many, how many left. */
export const selectClock = (
  s: GameStoreState,
): { readonly session: number; readonly sessions: number; readonly left: number } => ({
  session: Math.min(s.game.sessionsUsed + 1, s.game.sessions),
  sessions: s.game.sessions,
  left: sessionsLeft(s.game),
});

/**
 * Each leader's standing at the table, in the scenario's party order (model/standing.ts):
 * trust and its band, the last answer and what a yes still wants, what consultation revealed.
 */
export const selectStandings: (s: GameStoreState) => readonly PartyStanding[] = perState((s) =>
  standings(s.model, s.game),
);

/**
 * What each action would cost and risk now (model/action-preview.ts): consulting or pressing
 * each leader, convening the summit, ending the talks; an action that cannot be taken says why.
 */
export const selectActionPreview: (s: GameStoreState) => ActionPreviews = perState((s) =>
  actionPreviews(s.model, s.game),
);

/** What tabling a draft package would cost: a session, and the red lines it is known to cross. */
export const selectProposalPreview = (s: GameStoreState, draft: Package): ProposePreview =>
  previewPropose(s.model, s.game, draft);

/**
 * How the talks ended and each leader came out of them (model/results.ts); null while they go
 * on, since it shows the hidden no-deal values.
 */
export const selectResults: (s: GameStoreState) => TalksResults | null = perState((s) =>
  s.game.outcome ? talksResults(s.model, s.game) : null,
);

/** One leader's result as the outcome screen prints it: utility points to one decimal. */
export interface FaredFigures {
  /** What the package is worth to it (roundUtility); null when nothing was tabled. */
  readonly utility: number | null;
  /** Its no-deal value in this game (roundUtility). */
  readonly noDeal: number;
  /** How far apart the two figures above are, either way (roundUtility); null without a package. */
  readonly gap: number | null;
}

/**
 * Each leader's result of the ended talks (selectResults) in figures for people, in the
 * scenario's party order; null while the talks go on.
 */
export const selectFared: (s: GameStoreState) => readonly FaredFigures[] | null = perState((s) =>
  s.game.outcome
    ? talksResults(s.model, s.game).parties.map((r) => {
        const noDeal = roundUtility(r.noDeal);
        const utility = r.utility === null ? null : roundUtility(r.utility);
        return {
          utility,
          noDeal,
          gap: utility === null ? null : roundUtility(Math.abs(utility - noDeal)),
        };
      })
    : null,
);

/** What the briefing tells of a new game beyond the scenario's own text. */
export interface Briefing {
  /** Sessions before the deadline. */
  readonly sessions: number;
  /** The difficulty's name in this scenario. */
  readonly difficulty: string;
  /** The meeting that signs a package, as in "before the … deadline" (summitName). */
  readonly summit: string;
  /** What durable terms keep, and which terms they are (durabilityWording). */
  readonly durability: { readonly lasting: string; readonly durableTerms: string | null };
  /** Each component's weight in a deal's score, as a whole percentage of the three. */
  readonly scoreShares: {
    readonly fairness: number;
    readonly efficiency: number;
    readonly durability: number;
  };
  /** The quote the scenario sets beside its rules, with its source (scenarioQuote); or null. */
  readonly quote: { readonly quote: Quote; readonly source: Source } | null;
}

/** The briefing of the game: its deadline, difficulty, scoring and the scenario's words for them. */
export const selectBriefing = (s: GameStoreState): Briefing => {
  const scenario = s.model.scenario;
  const w = scenario.rules.outcome.scoreWeights;
  const total = w.fairness + w.efficiency + w.durability || 1;
  const share = (x: number) => Math.round((100 * x) / total);
  return {
    sessions: sessionsLeft(s.game),
    difficulty: scenario.difficulties[s.game.difficulty].label,
    summit: summitName(scenario),
    durability: durabilityWording(scenario),
    scoreShares: {
      fairness: share(w.fairness),
      efficiency: share(w.efficiency),
      durability: share(w.durability),
    },
    quote: scenarioQuote(scenario),
  };
};

/** How the game stands: ended in one of the three outcomes, or in progress. */
const progressOf = (s: GameStoreState): SavedOutcome => s.game.outcome?.kind ?? 'in progress';

const PROGRESS_WORDS: Readonly<Record<SavedOutcome, string>> = {
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
  const progress = progressOf(s);
  const { sessionsUsed, sessions } = s.game;
  const when =
    progress === 'in progress'
      ? `session ${Math.min(sessionsUsed + 1, sessions)}`
      : sessionCount(sessionsUsed);
  const branch = s.branchedFrom ? ` (played on from step ${s.branchedFrom.step})` : '';
  return saveName(`${PROGRESS_WORDS[progress]}, ${when} — ${s.model.scenario.title}${branch}`);
};

/** What the list of saved games shows besides the save's own name and date. */
export const selectSaveSummary = (s: GameStoreState): SaveSummary => ({
  scenarioTitle: s.model.scenario.title,
  outcome: progressOf(s),
});
