import type { ScenarioModel } from './compile';
import type { Action, Answer, GameState } from './game';
import { revealedIssues, sessionsLeft } from './game';
import { arrivedNews, newsEvent } from './news';
import type { Outcome } from './outcome';
import type { Difficulty, Package } from './types';

/** An issue consultation revealed, with the leader's options for it ranked, best first. */
export interface RevealedIssue {
  readonly issue: string;
  readonly ranking: readonly string[];
}

/** What the mediator knows of one leader: all of it public or revealed, none of it hidden. */
export interface PartyObservation {
  /** Trust in the mediator, 0–100. */
  readonly trust: number;
  /** Times the mediator has pressed it. */
  readonly pressure: number;
  readonly consults: number;
  /**
   * Points its demand has moved from its curve, every one of them public: +rejectionHardening
   * per public no, +pressureHardening per pressure on another leader, and the news' moves.
   */
  readonly hardened: number;
  /** The issues consultation has revealed, most important first, each with its options ranked. */
  readonly revealed: readonly RevealedIssue[];
  /** What consultation has revealed of its no-deal value (0–100), or null before any. */
  readonly noDealRange: readonly [number, number] | null;
  /** Its answer to the package on the table, or null. */
  readonly answer: Answer | null;
}

/** What a player sees after each step, and nothing hidden (no no-deal value, no demand). */
export interface Observation {
  readonly scenario: string;
  readonly seed: number;
  readonly difficulty: Difficulty;
  /** The session the next action is taken in, from 1. */
  readonly session: number;
  readonly sessions: number;
  readonly sessionsLeft: number;
  readonly table: Package | null;
  readonly parties: Readonly<Record<string, PartyObservation>>;
  /** The news that has arrived, in the order it arrived. */
  readonly news: readonly {
    readonly id: string;
    readonly date: string;
    readonly headline: string;
  }[];
  /** The last step: its action, the answers it drew, the trust it moved, the news after it. */
  readonly last: {
    readonly step: number;
    readonly action: Action;
    readonly answers: Readonly<Record<string, Answer>> | null;
    readonly trust: Readonly<Record<string, number>>;
    readonly news: readonly string[];
  } | null;
  readonly outcome: Outcome | null;
}

/**
 * What the mediator sees of a game: the sessions, the table, each leader's trust, answer and
 * what consultation revealed (issue rankings with option rankings, a no-deal range), the news,
 * the last step and the outcome. Leaves out every hidden value: no-deal values, demands and the
 * generator. Options rank by the leader's values, best first (ties in scenario order).
 */
export function observe(model: ScenarioModel, state: GameState): Observation {
  const parties: Record<string, PartyObservation> = {};
  model.partyIds.forEach((id, p) => {
    const party = state.parties[id];
    if (!party) return;
    parties[id] = {
      trust: party.trust,
      pressure: party.pressure,
      consults: party.consults,
      hardened: party.demandShift,
      revealed: revealedIssues(state, id).map((issue) => {
        const i = model.issueIds.indexOf(issue);
        const values = model.values[p]?.[i] ?? [];
        const ranking = (model.optionIds[i] ?? [])
          .map((option, o) => ({ option, value: values[o] ?? 0, o }))
          .sort((a, b) => b.value - a.value || a.o - b.o)
          .map((x) => x.option);
        return { issue, ranking };
      }),
      noDealRange: party.noDealRange,
      answer: state.table ? (state.answers?.[id] ?? null) : null,
    };
  });
  const last = state.history.at(-1);
  return {
    scenario: model.scenario.id,
    seed: state.seed,
    difficulty: state.difficulty,
    session: Math.min(state.sessions, state.sessionsUsed + 1),
    sessions: state.sessions,
    sessionsLeft: sessionsLeft(state),
    table: state.table,
    parties,
    news: arrivedNews(state).map((id) => {
      const event = newsEvent(model, id);
      return { id, date: event?.date ?? '', headline: event?.headline ?? '' };
    }),
    last: last
      ? {
          step: last.step,
          action: last.action,
          answers: last.answers,
          trust: last.trust,
          news: last.news,
        }
      : null,
    outcome: state.outcome,
  };
}
