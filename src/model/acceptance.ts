import type { Choice, ScenarioModel } from './compile';
import type { Answer, Answers, GameState } from './game';
import { crossedRedLine, mostHurtingIssue, utility } from './utility';

/**
 * The least utility a party will sign for now: its no-deal value, lowered by each use of
 * pressure, raised when its trust in the mediator is below the comfort level.
 */
export function acceptanceThreshold(model: ScenarioModel, state: GameState, party: number): number {
  const id = model.partyIds[party] ?? '';
  const p = state.parties[id];
  const scenarioParty = model.scenario.parties[party];
  if (!p || !scenarioParty) return Number.POSITIVE_INFINITY;
  const rules = model.scenario.rules;
  const distrust = Math.max(0, rules.trustComfort - p.trust) * rules.distrustPremium;
  return p.noDealValue - p.pressure * scenarioParty.lever.reservationDrop + distrust;
}

/** A party accepts a package when it crosses none of its red lines and meets its threshold. */
export function answerOf(
  model: ScenarioModel,
  state: GameState,
  party: number,
  choice: Choice,
): Answer {
  const line = crossedRedLine(model, party, choice);
  if (line >= 0) return { accepts: false, issue: model.issueIds[line] ?? '', redLine: true };
  const accepts = utility(model, party, choice) >= acceptanceThreshold(model, state, party);
  return {
    accepts,
    issue: model.issueIds[mostHurtingIssue(model, party, choice)] ?? '',
    redLine: false,
  };
}

/** Every party's answer to a package, keyed by party id. */
export function answersOf(model: ScenarioModel, state: GameState, choice: Choice): Answers {
  return Object.fromEntries(model.partyIds.map((id, p) => [id, answerOf(model, state, p, choice)]));
}

/** Whether every party's answer is yes. */
export function allAccept(answers: Answers): boolean {
  return Object.values(answers).every((a) => a.accepts);
}

/**
 * Whether a party would accept a package as the scenario states it, before any game: no red
 * line crossed and a utility at least its no-deal value (no noise, pressure or distrust).
 */
export function acceptsWithoutPressure(
  model: ScenarioModel,
  party: number,
  choice: Choice,
): boolean {
  return (
    crossedRedLine(model, party, choice) < 0 &&
    utility(model, party, choice) >= (model.reservationValues[party] ?? 0)
  );
}
