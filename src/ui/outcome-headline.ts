import type { Outcome } from '../model/outcome';
import type { Scenario } from '../model/types';

/** The headline of an outcome: the outcome in one word, then its verdict in a few. */
export function outcomeHeadline(
  outcome: Outcome,
  scenario: Scenario,
): { word: string; verdict: string } {
  switch (outcome.kind) {
    case 'deal':
      return { word: 'Deal', verdict: `${outcome.score.total} of 100` };
    case 'surrender': {
      const party = scenario.parties.find((p) => p.id === outcome.surrenderedBy);
      return { word: 'Surrender', verdict: `${party?.country ?? 'A party'} surrendered` };
    }
    case 'stalemate':
      return { word: 'Stalemate', verdict: 'Nobody signed' };
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}
