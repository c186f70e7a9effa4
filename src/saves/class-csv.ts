import type { ClassGame, ScenarioGroup } from './class-summary';

type Cell = string | number | null;

/**
 * A spreadsheet could run a cell that starts like a formula. Text cells that start with one of
 * these get a leading apostrophe; numbers are written by the game and left as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet, then quoted as RFC 4180 asks. */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

const PACKAGE_WORDS = { signed: 'signed', tabled: 'last tabled', none: 'none' } as const;

/**
 * Games of one scenario as CSV (RFC 4180: CRLF line ends, a header row): one row a game of
 * `games` (every game of the group unless given), in that order, with the name the teacher gave
 * it (`names`, by file; empty when none), its class code, who played the leaders (`model` in a
 * solo game, `students` in a role-play), its outcome, score, each leader's utility and no-deal
 * value (columns named by the leaders' ids) and the sessions used.
 */
export function classCsv(
  group: ScenarioGroup,
  names: ReadonlyMap<string, string> = new Map(),
  games: readonly ClassGame[] = group.games,
): string {
  const ids = group.model.partyIds;
  const header = [
    'table',
    'file',
    'name',
    'group_or_students',
    'class_code',
    'scenario',
    'difficulty',
    'leaders_played_by',
    'outcome',
    'surrendered_by',
    'stalemate_cause',
    'score',
    'fairness',
    'efficiency',
    'durability',
    'package',
    ...ids.flatMap((id) => [`${id}_utility`, `${id}_no_deal`]),
    'sessions_used',
    'sessions',
  ];
  const row = (g: ClassGame): Cell[] => [
    g.number,
    g.file,
    g.name,
    names.get(g.file)?.trim() || null,
    g.code,
    group.model.scenario.id,
    g.difficulty,
    g.players === 'people' ? 'students' : 'model',
    g.outcome,
    g.surrenderedBy,
    g.stalemateCause,
    g.score?.total ?? null,
    g.score?.fairness ?? null,
    g.score?.efficiency ?? null,
    g.score?.durability ?? null,
    PACKAGE_WORDS[g.package === null ? 'none' : g.signed ? 'signed' : 'tabled'],
    ...ids.flatMap((id) => {
      const leader = g.leaders.find((l) => l.id === id);
      return [leader?.utility ?? null, leader?.noDeal ?? null];
    }),
    g.sessionsUsed,
    g.sessions,
  ];
  return `${[header, ...games.map(row)].map(csvLine).join('\r\n')}\r\n`;
}
