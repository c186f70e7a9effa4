import {
  type AnswerSheet,
  answerSheet,
  type ConfidentialBrief,
  confidentialBrief,
} from '../model/brief';
import { choiceOf } from '../model/compile';
import { asksLeaders } from '../model/reducer';
import type { Package } from '../model/types';
import type { GameStoreState } from './game-store';

/** Whether students answer for the leaders in this game (a role-play), not the model. */
export const selectIsRolePlay = (s: GameStoreState): boolean => s.game.players === 'people';

/**
 * The leaders whose players must answer before the mediator's next action of a kind can be
 * taken, in the scenario's order: every leader where the action asks them (model asksLeaders),
 * none in a solo game.
 */
export function selectWhoAnswers(
  s: GameStoreState,
  action: 'propose' | 'summit' | 'pressure' | 'consult' | 'adjourn',
): readonly string[] {
  return selectIsRolePlay(s) && asksLeaders(s.model, s.game, action) ? s.model.partyIds : [];
}

/**
 * One leader's confidential brief, for its player's eyes only (model/brief.ts): its points table,
 * red lines and no-deal value in this game, as pressure makes it feel. Null for a party the
 * scenario does not have.
 */
export const selectBrief = (s: GameStoreState, party: string): ConfidentialBrief | null =>
  confidentialBrief(s.model, s.game, party);

/** A question the mediator puts to the leaders' players: tabling a package, the summit, or pressure. */
export type Question =
  | { readonly type: 'propose'; readonly package: Package }
  | { readonly type: 'summit' }
  | { readonly type: 'pressure'; readonly party: string };

/**
 * The answer sheets of the players who must answer a question before it is put, in the
 * scenario's order (model answerSheet): the package tabled, or for the summit and pressure the
 * package on the table. Empty in a solo game, where nobody is asked, or when there is no
 * package to weigh (a draft not well formed, nothing on the table).
 */
export function selectAnswerSheets(s: GameStoreState, question: Question): readonly AnswerSheet[] {
  const pkg = question.type === 'propose' ? question.package : s.game.table;
  const parsed = pkg ? choiceOf(s.model, pkg) : null;
  if (!parsed?.ok) return [];
  const pressing = question.type === 'pressure' ? question.party : null;
  return selectWhoAnswers(s, question.type)
    .map((party) => answerSheet(s.model, s.game, party, parsed.choice, pressing))
    .filter((sheet): sheet is AnswerSheet => sheet !== null);
}
