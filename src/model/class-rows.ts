import { byFileName, type ClassGame, type ClassOutcome } from './class-results';

/** What the table of a class's games can be ordered by. */
export type ClassSortKey = 'number' | 'name' | 'code' | 'outcome' | 'sessions';

export interface ClassSort {
  readonly key: ClassSortKey;
  readonly descending: boolean;
}

/** Which games the table shows: every outcome or one, every class code or one, and words to find. */
export interface ClassFilter {
  readonly outcome: ClassOutcome | 'all';
  readonly code: string | 'all';
  /** Found in the game's name (the teacher's, else the save's) or its file, whatever the case. */
  readonly text: string;
}

export const NO_FILTER: ClassFilter = { outcome: 'all', code: 'all', text: '' };
export const FIRST_SORT: ClassSort = { key: 'number', descending: false };

// Deals first (the best first), then surrenders, stalemates and unfinished games.
const OUTCOME_ORDER: readonly ClassOutcome[] = ['deal', 'surrender', 'stalemate', 'unfinished'];

/** A game's name as the teacher gave it (`names`, by file), else as its save names it. */
export const gameName = (game: ClassGame, names: ReadonlyMap<string, string>): string =>
  names.get(game.file)?.trim() || game.name;

/**
 * The games the table shows, in its order: those the filter lets through, sorted by the key
 * (ties by table number, so the order is total) and reversed when descending. By outcome means
 * deals from the highest score down, then surrenders, stalemates and unfinished games.
 */
export function shownGames(
  games: readonly ClassGame[],
  names: ReadonlyMap<string, string>,
  sort: ClassSort,
  filter: ClassFilter,
): ClassGame[] {
  const text = filter.text.trim().toLocaleLowerCase('en');
  const kept = games.filter(
    (g) =>
      (filter.outcome === 'all' || g.outcome === filter.outcome) &&
      (filter.code === 'all' || g.code === filter.code) &&
      (text === '' || `${gameName(g, names)}\n${g.file}`.toLocaleLowerCase('en').includes(text)),
  );
  const compare = (a: ClassGame, b: ClassGame): number => {
    switch (sort.key) {
      case 'number':
        return 0;
      case 'name':
        return byFileName(gameName(a, names), gameName(b, names));
      case 'code':
        return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
      case 'outcome':
        return (
          OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome) ||
          (b.score?.total ?? 0) - (a.score?.total ?? 0)
        );
      case 'sessions':
        return a.sessionsUsed - b.sessionsUsed;
      default: {
        const unreachable: never = sort.key;
        return unreachable;
      }
    }
  };
  const sign = sort.descending ? -1 : 1;
  return kept.sort((a, b) => sign * (compare(a, b) || a.number - b.number));
}

/** The class codes of a class's games, each with how many games it has, the most played first. */
export function classCodes(
  games: readonly ClassGame[],
): { readonly code: string; readonly games: number }[] {
  const counts = new Map<string, number>();
  for (const g of games) counts.set(g.code, (counts.get(g.code) ?? 0) + 1);
  return [...counts]
    .map(([code, n]) => ({ code, games: n }))
    .sort((a, b) => b.games - a.games || (a.code < b.code ? -1 : 1));
}
