import type { TalkEvent } from '../../model/game';
import type { Scenario } from '../../model/types';
import { eventText } from '../table/describe';

/** Words for a replay: where a step sits in the game and what happened at it. */

/** What happened at a step, as the history of the talks says it; `event` is none at step 0. */
export function stepWords(scenario: Scenario, event: TalkEvent | undefined): string {
  return event ? eventText(scenario, event) : 'Before the first session: nothing done yet.';
}

/**
 * "Step 3 of 7 — after session 3 of 10", of a step (from 0) and the action taken at it: the
 * table shows the session about to be played, the replay the one just played.
 */
export function stepIndicator(at: {
  readonly step: number;
  readonly last: number;
  readonly event: TalkEvent | undefined;
  readonly state: { readonly sessions: number };
}): string {
  const where = at.event
    ? `after session ${at.event.session} of ${at.state.sessions}`
    : 'before the first session';
  return `Step ${at.step} of ${at.last} — ${where}`;
}

/** "7 sessions left", of the sessions left after a step. */
export function sessionsLeftText(left: number): string {
  return `${left} ${left === 1 ? 'session' : 'sessions'} left`;
}
