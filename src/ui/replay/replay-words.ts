import { type GameState, sessionsLeft, type TalkEvent } from '../../model/game';
import type { Issue, Scenario } from '../../model/types';
import { eventText } from '../table/describe';

/** Words for a replay: where a step sits in the game and what happened at it. */

/** The action of a step (from 1); step 0 is the table before any action. */
export function eventAt(states: readonly GameState[], step: number): TalkEvent | undefined {
  return step > 0 ? states[step]?.history[step - 1] : undefined;
}

/** What happened at a step, as the history of the talks says it. */
export function stepWords(scenario: Scenario, states: readonly GameState[], step: number): string {
  const event = eventAt(states, step);
  return event ? eventText(scenario, event) : 'Before the first session: nothing done yet.';
}

/** "Step 3 of 7 — Session 3 of 10". */
export function stepIndicator(states: readonly GameState[], step: number): string {
  const last = states.length - 1;
  const sessions = states[step]?.sessions ?? 0;
  const event = eventAt(states, step);
  const where = event ? `Session ${event.session} of ${sessions}` : 'before the first session';
  return `Step ${step} of ${last} — ${where}`;
}

/** "7 sessions left" after a step. */
export function sessionsLeftText(state: GameState): string {
  const left = sessionsLeft(state);
  return `${left} ${left === 1 ? 'session' : 'sessions'} left`;
}

/** The issues whose option on the table changed at a step: all of them when first tabled. */
export function changedIssues(
  scenario: Scenario,
  before: GameState | undefined,
  after: GameState,
): readonly Issue[] {
  const table = after.table;
  if (table === null || table === before?.table) return [];
  return scenario.issues.filter((issue) => table[issue.id] !== before?.table?.[issue.id]);
}
