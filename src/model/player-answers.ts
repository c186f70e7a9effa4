import type { Choice, ScenarioModel } from './compile';
import type { Answers, PlayerAnswer, PlayerAnswers } from './game';
import { crossedRedLine } from './utility';
import { isRecord } from './validation';

export type PlayerAnswersResult =
  | { readonly ok: true; readonly answers: PlayerAnswers }
  | { readonly ok: false; readonly error: string };

/**
 * Reads the answers a role-play's players gave, as an action carries them (from the screen or
 * from a file): an object with exactly one entry per party id of the scenario, each
 * `{accepts: true | false, issue: <an issue id>}`. Returns them with only those fields, in the
 * scenario's order, or an error naming the first fault, e.g. `answers.ru.issue: unknown issue
 * "crimea"`. Never throws.
 */
export function parsePlayerAnswers(model: ScenarioModel, input: unknown): PlayerAnswersResult {
  if (!isRecord(input))
    return { ok: false, error: 'answers: must be an object of answers by party' };
  const unknown = Object.keys(input).find((id) => !model.partyIds.includes(id));
  if (unknown !== undefined)
    return { ok: false, error: `answers: unknown party ${JSON.stringify(unknown)}` };
  const answers: Record<string, PlayerAnswer> = {};
  for (const id of model.partyIds) {
    const given = Object.hasOwn(input, id) ? input[id] : undefined;
    if (!isRecord(given)) return { ok: false, error: `answers: missing the answer of "${id}"` };
    if (typeof given.accepts !== 'boolean')
      return { ok: false, error: `answers.${id}.accepts: must be true or false` };
    if (typeof given.issue !== 'string' || !model.issueIds.includes(given.issue))
      return {
        ok: false,
        error: `answers.${id}.issue: unknown issue ${JSON.stringify(given.issue ?? null)}`,
      };
    answers[id] = { accepts: given.accepts, issue: given.issue };
  }
  return { ok: true, answers };
}

/**
 * The answers of a role-play, as the game records every answer: each player's yes or no as
 * given. Where the package crosses one of the leader's red lines (scenario data, a fact the
 * player cannot change), the answer names that issue and is marked as a red line, whatever
 * issue the player named; a player may still say yes across it, which the outcome then scores
 * as a surrender. Otherwise it names the issue the player named.
 */
export function answersOfPlayers(
  model: ScenarioModel,
  choice: Choice,
  given: PlayerAnswers,
): Answers {
  return Object.fromEntries(
    model.partyIds.map((id, p) => {
      const answer = given[id] ?? { accepts: false, issue: model.issueIds[0] ?? '' };
      const line = crossedRedLine(model, p, choice);
      return [
        id,
        line >= 0
          ? { accepts: answer.accepts, issue: model.issueIds[line] ?? '', redLine: true }
          : { accepts: answer.accepts, issue: answer.issue, redLine: false },
      ];
    }),
  );
}
