import { choiceOf, type ScenarioModel } from './compile';
import type { GameState } from './game';
import { pressuredNoDeal } from './results';
import { utility } from './utility';

/**
 * How a player's answer squares with their own points: `refused-better` when they said no to a
 * package crossing none of their red lines and worth at least their no-deal value (a deal they
 * could have had), `accepted-worse` when they said yes to one crossing a red line or worth less
 * than their no-deal value (pressure or not, signing it is a surrender), `consistent` otherwise.
 */
export type AnswerVerdict = 'refused-better' | 'accepted-worse' | 'consistent';

/** One answer a leader's player gave in a role-play, with what they weighed. */
export interface PlayerAnswerFact {
  /** The step of the talks (1 = the first action) and the session it was taken in. */
  readonly step: number;
  readonly session: number;
  readonly party: string;
  readonly accepts: boolean;
  /** The issue the answer named: the player's choice, or the red line the package crosses. */
  readonly issue: string;
  readonly redLine: boolean;
  /** What the package asked about was worth to the leader, 0–100. */
  readonly worth: number;
  /** The leader's no-deal value in the game then, 0–100, pressure left out. */
  readonly noDeal: number;
  /** The no-deal value the player was to feel: less each press's drop (0–100 or below). */
  readonly felt: number;
  readonly verdict: AnswerVerdict;
}

/**
 * Every answer the players of a role-play gave, step by step and in the scenario's order of
 * leaders within a step, from the replayed states (the first before any action, then one after
 * each step): the package each question was about (the one tabled, or the one on the table for
 * the summit and pressure), its worth to the leader, the no-deal value then, and the verdict.
 * Empty for a game the model played (no `players`).
 */
export function playerAnswerFacts(
  model: ScenarioModel,
  states: readonly GameState[],
): readonly PlayerAnswerFact[] {
  const final = states[states.length - 1];
  if (final?.players !== 'people') return [];
  return final.history.flatMap((event, k) => {
    const before = states[k];
    const after = states[k + 1];
    if (!event.answers || !before || !after) return [];
    const pkg = event.action.type === 'propose' ? event.action.package : before.table;
    const parsed = pkg ? choiceOf(model, pkg) : null;
    if (!parsed?.ok) return [];
    return model.partyIds.flatMap((id, p) => {
      const answer = event.answers?.[id];
      const party = after.parties[id];
      if (!answer || !party) return [];
      const worth = utility(model, p, parsed.choice);
      const noDeal = before.parties[id]?.noDealValue ?? party.noDealValue;
      const below = answer.redLine || worth < noDeal;
      return [
        {
          step: event.step,
          session: event.session,
          party: id,
          accepts: answer.accepts,
          issue: answer.issue,
          redLine: answer.redLine,
          worth,
          noDeal,
          felt: pressuredNoDeal(model, p, noDeal, party.pressure),
          verdict: answer.accepts
            ? below
              ? 'accepted-worse'
              : 'consistent'
            : below
              ? 'consistent'
              : 'refused-better',
        },
      ];
    });
  });
}

/**
 * The distance between two packages in utility: the straight-line (Euclidean) distance between
 * what they give each leader, in utility points (0–100 each), as negotiation courses grade an
 * agreement against the Nash or Kalai–Smorodinsky package. Leaders missing from either count 0.
 */
export function utilityDistance(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let p = 0; p < Math.max(a.length, b.length); p++) sum += ((a[p] ?? 0) - (b[p] ?? 0)) ** 2;
  return Math.sqrt(sum);
}
