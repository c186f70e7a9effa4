import type { ClassGame } from '../../model/class-results';
import type { Party } from '../../model/types';

const CAUSE_WORDS = {
  deadline: 'the sessions ran out',
  'failed-summit': 'the final summit failed',
  'walk-out': 'a leader walked out',
  adjourned: 'the mediator ended the talks',
} as const;

/** A game's outcome in a few words: "Deal, 78 of 100", "Surrender by Ukraine", … */
export function outcomeWord(
  game: ClassGame,
  scenario: { readonly parties: readonly Party[] },
): string {
  switch (game.outcome) {
    case 'deal':
      return `Deal, ${game.score?.total ?? '?'} of 100`;
    case 'surrender': {
      const party = scenario.parties.find((p) => p.id === game.surrenderedBy);
      return `Surrender by ${party?.country ?? 'one side'}`;
    }
    case 'stalemate': {
      const party = scenario.parties.find((p) => p.id === game.walkedOut);
      if (party) return `Stalemate: ${party.country} walked out`;
      return `Stalemate: ${game.stalemateCause ? CAUSE_WORDS[game.stalemateCause] : 'nothing signed'}`;
    }
    case 'unfinished':
      return 'Unfinished: saved before the end';
    default: {
      const unreachable: never = game.outcome;
      return unreachable;
    }
  }
}
