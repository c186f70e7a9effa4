import type { DebriefFacts } from '../../model/debrief-facts';
import type { Party } from '../../model/types';
import { roundUtility } from '../../model/utility';

export { type DebriefFacts, debriefFacts } from '../../model/debrief-facts';

/** What the player's package is called: signed, or only tabled. */
export function packageName(facts: DebriefFacts): string {
  return facts.signed ? 'Your signed package' : 'Your last tabled package';
}

/** "President Donald Trump (United States)". */
export function fullName(party: Party): string {
  return `${party.leader.title} ${party.leader.name} (${party.country})`;
}

/** A utility for people: one decimal place at most. */
export function points(value: number): string {
  return roundUtility(value).toString();
}

/** A count with thousands separated: "5,184". */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}
