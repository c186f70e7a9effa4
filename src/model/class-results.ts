import { classCodeOfGame } from './class-code';
import type { ScenarioModel } from './compile';
import type { GameState, Players } from './game';
import type { DealScore, StalemateCause } from './outcome';
import { talksResults } from './results';
import type { Difficulty, Package } from './types';
import { roundUtility } from './utility';

/** How a game stands: one of the three outcomes, or not finished when it was saved. */
export type ClassOutcome = 'deal' | 'stalemate' | 'surrender' | 'unfinished';
export const CLASS_OUTCOMES = [
  'deal',
  'stalemate',
  'surrender',
  'unfinished',
] as const satisfies readonly ClassOutcome[];

/** One leader's result in one game. */
export interface LeaderResult {
  readonly id: string;
  /** What the package is worth to the leader (0–100, one decimal); null when none was tabled. */
  readonly utility: number | null;
  /** The leader's no-deal value in that game: the scenario's, shifted by the game's hidden noise. */
  readonly noDeal: number;
}

/** One table's game, as the class view and the CSV show it. */
export interface ClassGame {
  /** From 1, in file-name order within its scenario. */
  readonly number: number;
  readonly file: string;
  /** The save's own name. */
  readonly name: string;
  /** The game's class code (classCodeOfGame): games of one code were dealt the same game. */
  readonly code: string;
  readonly outcome: ClassOutcome;
  readonly surrenderedBy: string | null;
  readonly stalemateCause: StalemateCause | null;
  /** The party that walked out, for a stalemate by walk-out. */
  readonly walkedOut: string | null;
  /** The deal's score; null for any other outcome. */
  readonly score: DealScore | null;
  /** The signed package; for a game without one, the last package tabled, if any. */
  readonly package: Package | null;
  /** Whether `package` was signed (a deal or a surrender) or only tabled. */
  readonly signed: boolean;
  /** In the scenario's party order. */
  readonly leaders: readonly LeaderResult[];
  readonly sessionsUsed: number;
  readonly sessions: number;
  readonly difficulty: Difficulty;
  /** Who answered for the leaders: the model (a solo game) or students (a role-play). */
  readonly players: Players;
  /** The outcome's first reason, in one sentence. */
  readonly reason: string;
}

export type Tally = Readonly<Record<ClassOutcome, number>> & { readonly total: number };

/** The best or worst table, and why it was chosen. */
export interface Verdict {
  readonly game: ClassGame;
  readonly reason: string;
}

/** How a class's games of one scenario are judged. */
export interface ClassJudging {
  readonly tally: Tally;
  readonly best: Verdict | null;
  readonly worst: Verdict | null;
}

export const BEST_RULE =
  'Best: the deal with the highest score. A tie goes to the fairer deal, then to the one that took fewer sessions, then to the first file by name.';
export const WORST_RULE =
  'Worst: a surrender if any table surrendered (the one that left the surrendering leader furthest below its no-deal value), else a stalemate (a walk-out before a failed summit before time running out), else the deal with the lowest score.';

/** File names in the order people expect: numbers by value ("table 2" before "table 10"), then by code. */
export function byFileName(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A finished or saved game as one row of a class (without its number): its outcome, and what
 * its package (the signed one, else the last tabled) gives each leader (0–100, one decimal)
 * beside its no-deal value in that game, as `talksResults` has them.
 */
export function classGameRow(
  model: ScenarioModel,
  state: GameState,
  file: string,
  name: string,
): Omit<ClassGame, 'number'> {
  const results = talksResults(model, state);
  const outcome = results.outcome;
  return {
    file,
    name,
    code: classCodeOfGame(state),
    outcome: outcome?.kind ?? 'unfinished',
    surrenderedBy: outcome?.kind === 'surrender' ? outcome.surrenderedBy : null,
    stalemateCause: outcome?.kind === 'stalemate' ? outcome.cause : null,
    walkedOut: outcome?.kind === 'stalemate' ? outcome.party : null,
    score: outcome?.kind === 'deal' ? outcome.score : null,
    package: results.package,
    signed: results.signed,
    leaders: results.parties.map((r) => ({
      id: r.party,
      utility: r.utility === null ? null : roundUtility(r.utility),
      noDeal: r.noDeal,
    })),
    sessionsUsed: state.sessionsUsed,
    sessions: state.sessions,
    difficulty: state.difficulty,
    players: state.players === 'people' ? 'people' : 'model',
    reason: outcome?.reasons[0] ?? 'The game was saved before the talks ended.',
  };
}

/**
 * Judges the games of one scenario: the tally of outcomes, the best table (BEST_RULE) and the
 * worst (WORST_RULE, never the best itself), each with the reason it was chosen in one sentence
 * naming leaders by country; null when no game qualifies.
 */
export function judgeClass(model: ScenarioModel, games: readonly ClassGame[]): ClassJudging {
  const best = bestTable(games);
  const name = (id: string) => model.scenario.parties.find((p) => p.id === id)?.country ?? id;
  return { tally: tallyOf(games), best, worst: worstTable(games, best?.game ?? null, name) };
}

/** How many games ended each way, and how many there are. */
function tallyOf(games: readonly ClassGame[]): Tally {
  const count = (kind: ClassOutcome) => games.filter((g) => g.outcome === kind).length;
  return {
    deal: count('deal'),
    stalemate: count('stalemate'),
    surrender: count('surrender'),
    unfinished: count('unfinished'),
    total: games.length,
  };
}

/**
 * Whole percentages of the total that add up to 100 (largest remainders get the spare points);
 * all zero when there is nothing to count.
 */
export function percentages(tally: Tally): Readonly<Record<ClassOutcome, number>> {
  const zero = { deal: 0, stalemate: 0, surrender: 0, unfinished: 0 };
  if (tally.total === 0) return zero;
  const exact = CLASS_OUTCOMES.map((kind) => ({ kind, share: (100 * tally[kind]) / tally.total }));
  const out: Record<ClassOutcome, number> = { ...zero };
  for (const { kind, share } of exact) out[kind] = Math.floor(share);
  let spare = 100 - CLASS_OUTCOMES.reduce((sum, kind) => sum + out[kind], 0);
  const byRemainder = [...exact].sort(
    (a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)),
  );
  for (const { kind } of byRemainder) {
    if (spare <= 0) break;
    out[kind] += 1;
    spare--;
  }
  return out;
}

/**
 * The smallest, middle and largest deal scores (0–100); the median of an even count is the mean
 * of the two middle scores. Null without any deal.
 */
export function dealScoreRange(
  games: readonly ClassGame[],
): { readonly min: number; readonly median: number; readonly max: number } | null {
  const scores = games
    .map((g) => g.score?.total)
    .filter((x): x is number => x !== undefined)
    .sort((a, b) => a - b);
  if (scores.length === 0) return null;
  const mid = scores.length / 2;
  const median = Number.isInteger(mid)
    ? ((scores[mid - 1] ?? 0) + (scores[mid] ?? 0)) / 2
    : (scores[Math.floor(mid)] ?? 0);
  return { min: scores[0] ?? 0, median, max: scores[scores.length - 1] ?? 0 };
}

const gameWord = (n: number) => (n === 1 ? 'table' : 'tables');
const numbers = (games: readonly ClassGame[]) =>
  [...games]
    .sort((a, b) => a.number - b.number)
    .map((g) => `#${g.number}`)
    .join(', ');

/** The deal with the highest score; ties go to the fairer deal, then fewer sessions, then file. */
function bestTable(games: readonly ClassGame[]): Verdict | null {
  const deals = games.filter((g) => g.score !== null);
  const order = [...deals].sort(
    (a, b) =>
      total(b) - total(a) ||
      fairness(b) - fairness(a) ||
      a.sessionsUsed - b.sessionsUsed ||
      byFileName(a.file, b.file),
  );
  const best = order[0];
  if (!best) return null;
  const tied = order.filter((g) => g !== best && total(g) === total(best));
  const headline = `The highest deal score: ${total(best)} of 100`;
  if (tied.length === 0) return { game: best, reason: `${headline}.` };
  const runnerUp = tied[0] as ClassGame;
  const tie = `tied with ${tied.length} other ${gameWord(tied.length)} (${numbers(tied)})`;
  const why =
    fairness(best) > fairness(runnerUp)
      ? `it is the fairer deal (fairness ${fairness(best)} against ${fairness(runnerUp)})`
      : best.sessionsUsed < runnerUp.sessionsUsed
        ? `as fair, it took fewer sessions (${best.sessionsUsed} against ${runnerUp.sessionsUsed})`
        : 'as fair and as quick, it comes first by file name';
  return { game: best, reason: `${headline}, ${tie}; ${why}.` };
}

const STALEMATE_ORDER: readonly StalemateCause[] = [
  'walk-out',
  'failed-summit',
  'deadline',
  'adjourned',
];

/**
 * A surrender (the deepest below the surrendering leader's no-deal value), else a stalemate
 * (walk-outs first), else the lowest-scoring deal; never the best table itself.
 */
function worstTable(
  games: readonly ClassGame[],
  best: ClassGame | null,
  name: (party: string) => string,
): Verdict | null {
  const others = games.filter((g) => g !== best);
  const surrenders = others
    .filter((g) => g.outcome === 'surrender')
    .sort((a, b) => shortfall(b) - shortfall(a) || byFileName(a.file, b.file));
  const worstSurrender = surrenders[0];
  if (worstSurrender) {
    const leader = worstSurrender.leaders.find((l) => l.id === worstSurrender.surrenderedBy);
    const gap = shortfall(worstSurrender);
    const depth =
      leader && gap > 0
        ? `: ${name(leader.id)} signed for ${leader.utility ?? '?'}, ${roundUtility(gap)} below its no-deal value of ${leader.noDeal}`
        : '';
    const among =
      surrenders.length > 1
        ? `, the deepest of ${surrenders.length} surrenders (${numbers(surrenders)})`
        : '';
    const why = depth === '' ? ` ${worstSurrender.reason}` : '';
    return { game: worstSurrender, reason: `A surrender${depth}${among}.${why}` };
  }
  const stalemates = others
    .filter((g) => g.outcome === 'stalemate')
    .sort(
      (a, b) =>
        STALEMATE_ORDER.indexOf(a.stalemateCause ?? 'deadline') -
          STALEMATE_ORDER.indexOf(b.stalemateCause ?? 'deadline') || byFileName(a.file, b.file),
    );
  const worstStalemate = stalemates[0];
  if (worstStalemate) {
    const among =
      stalemates.length > 1 ? ` (one of ${stalemates.length}: ${numbers(stalemates)})` : '';
    return {
      game: worstStalemate,
      reason: `No table surrendered, so a stalemate${among}. ${worstStalemate.reason}`,
    };
  }
  const deals = others
    .filter((g) => g.score !== null)
    .sort(
      (a, b) =>
        total(a) - total(b) ||
        fairness(a) - fairness(b) ||
        b.sessionsUsed - a.sessionsUsed ||
        byFileName(a.file, b.file),
    );
  const lowest = deals[0];
  if (!lowest) return null;
  return {
    game: lowest,
    reason: `Every finished table signed a deal; this one scored lowest: ${total(lowest)} of 100.`,
  };
}

const total = (g: ClassGame) => g.score?.total ?? 0;
const fairness = (g: ClassGame) => g.score?.fairness ?? 0;

/** How far below its no-deal value the surrendering leader signed (negative when above it). */
function shortfall(game: ClassGame): number {
  const leader = game.leaders.find((l) => l.id === game.surrenderedBy);
  return leader ? leader.noDeal - (leader.utility ?? 0) : 0;
}

/**
 * The no-deal value (0–100) every game of a class gives one leader (by index in scenario order),
 * or null when they differ or there are no games: games of one class code share their hidden
 * noise, and, when the same news has arrived, their no-deal values.
 */
export function sharedNoDeal(games: readonly ClassGame[], leader: number): number | null {
  const values = new Set(games.map((game) => game.leaders[leader]?.noDeal));
  const [value] = values;
  return values.size === 1 && value !== undefined ? value : null;
}
