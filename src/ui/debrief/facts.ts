import type { Party } from '../../model/types';
import type { DebriefView } from '../../store/debrief-view';

/** What the player's package is called: signed, or only tabled. */
export function packageName(view: DebriefView): string {
  return view.signed ? 'Your signed package' : 'Your last tabled package';
}

/** "President Donald Trump (United States)". */
export function fullName(party: Party): string {
  return `${party.leader.title} ${party.leader.name} (${party.country})`;
}

/** A count with thousands separated: "5,184". */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}
