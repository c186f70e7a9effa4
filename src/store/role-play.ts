import { type ConfidentialBrief, confidentialBrief, packagePoints } from '../model/brief';
import { choiceOf } from '../model/compile';
import type { Package } from '../model/types';
import type { GameStoreState } from './game-store';

/** Whether students answer for the leaders in this game (a role-play), not the model. */
export const selectIsRolePlay = (s: GameStoreState): boolean => s.game.players === 'people';

/**
 * The leaders whose players must answer before the mediator's next action of a kind can be
 * taken, in the scenario's order: every leader for tabling and the summit, and for pressure
 * while a package is on the table (rules 2 on); none in a solo game, or for anything else.
 */
export function selectWhoAnswers(
  s: GameStoreState,
  action: 'propose' | 'summit' | 'pressure' | 'consult' | 'adjourn',
): readonly string[] {
  if (!selectIsRolePlay(s)) return [];
  const asks =
    action === 'propose' ||
    action === 'summit' ||
    (action === 'pressure' && s.game.table !== null && s.model.rules !== 1);
  return asks ? s.model.partyIds : [];
}

/**
 * One leader's confidential brief, for its player's eyes only (model/brief.ts): its points table,
 * red lines and no-deal value in this game, as pressure makes it feel. Null for a party the
 * scenario does not have.
 */
export const selectBrief = (s: GameStoreState, party: string): ConfidentialBrief | null =>
  confidentialBrief(s.model, s.game, party);

/** A package's points for one leader, issue by issue, and their total (its utility, 0–100); null for a package that is not well formed. */
export function selectPackagePoints(
  s: GameStoreState,
  party: string,
  pkg: Package,
): ReturnType<typeof packagePoints> | null {
  const parsed = choiceOf(s.model, pkg);
  return parsed.ok ? packagePoints(s.model, party, parsed.choice) : null;
}
