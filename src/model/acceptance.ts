import type { Choice, ScenarioModel } from './compile';
import { demandOf, openingDemand } from './demand';
import type { Answer, Answers, GameState } from './game';
import { crossedRedLine, mostHurtingIssue, utility } from './utility';

/** A party accepts a package when it crosses none of its red lines and meets its demand now. */
export function answerOf(
  model: ScenarioModel,
  state: GameState,
  party: number,
  choice: Choice,
): Answer {
  const line = crossedRedLine(model, party, choice);
  if (line >= 0) return { accepts: false, issue: model.issueIds[line] ?? '', redLine: true };
  const accepts = utility(model, party, choice) >= demandOf(model, state, party);
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

/**
 * Whether a party would accept a package at its opening demand: no red line crossed and a
 * utility at least the scenario's opening demand plus the difficulty's premium (no noise,
 * news, trust or pressure).
 */
export function acceptsAtOpening(
  model: ScenarioModel,
  party: number,
  choice: Choice,
  openingPremium = 0,
): boolean {
  return (
    crossedRedLine(model, party, choice) < 0 &&
    utility(model, party, choice) >= openingDemand(model, party, openingPremium)
  );
}
