import { unexpectedProblem } from '../files/text-file';
import { choiceOf, type ScenarioModel } from '../model/compile';
import type { GameState } from '../model/game';
import type { DealScore, StalemateCause } from '../model/outcome';
import { RULES_VERSION, scenarioHash } from '../model/scenario-hash';
import type { Difficulty, Package } from '../model/types';
import { roundUtility, utilities } from '../model/utility';
import { type NotReplayable, recordedLog } from './recorded-log';
import { replaySave } from './replay';
import { parseSaveText } from './save-format';

/** A file given to the class view: its text, or why it could not be read (e.g. too large). */
export type ClassInput =
  | { readonly file: string; readonly text: string }
  | { readonly file: string; readonly error: string };

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
  /** The outcome's first reason, in one sentence. */
  readonly reason: string;
}

export type Tally = Readonly<Record<ClassOutcome, number>> & { readonly total: number };

/** The best or worst table, and why it was chosen. */
export interface Verdict {
  readonly game: ClassGame;
  readonly reason: string;
}

/** The games of one scenario: results are only comparable between games of the same scenario. */
export interface ScenarioGroup {
  readonly model: ScenarioModel;
  /**
   * The scenario's title, and for games played under earlier rules a note saying so, so that two
   * groups of one scenario are told apart.
   */
  readonly title: string;
  readonly games: readonly ClassGame[];
  readonly tally: Tally;
  readonly best: Verdict | null;
  readonly worst: Verdict | null;
}

export interface ClassSummary {
  /** One group per scenario (by content), the largest first. */
  readonly groups: readonly ScenarioGroup[];
  /** Files that could not be read or parsed: not counted. */
  readonly problems: readonly { readonly file: string; readonly error: string }[];
  /** Saved games this release cannot replay (another version of the scenario, other rules):
   * counted as games, but without a result to chart. */
  readonly unreplayable: readonly UnreplayableGame[];
  /** Files holding the very same game as another file: counted once. */
  readonly duplicates: readonly { readonly file: string; readonly sameAs: string }[];
  /** Different files given the same name (browsers' download names often coincide): each is
   * counted, the later ones under a numbered name such as `deal.json (2)`. */
  readonly renamed: readonly { readonly file: string; readonly as: string }[];
}

/** A saved game this release cannot replay, and why. */
export interface UnreplayableGame {
  readonly file: string;
  /** The save's own name. */
  readonly name: string;
  readonly why: NotReplayable;
  readonly error: string;
}

export const BEST_RULE =
  'Best: the deal with the highest score. A tie goes to the fairer deal, then to the one that took fewer sessions, then to the first file by name.';
export const WORST_RULE =
  'Worst: a surrender if any table surrendered (the one that left the surrendering leader furthest below its no-deal value), else a stalemate (a walk-out before a failed summit before time running out), else the deal with the lowest score.';

const byFileName = (a: string, b: string) =>
  a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Replays every saved game and sums up a class: a row per game, grouped by scenario, with the
 * tally of outcomes and the best and worst table. A file that cannot be read or parsed is listed
 * with its error; a game that cannot be replayed is counted apart, with why; the same game given
 * twice is counted once.
 */
export function summarizeClass(given: readonly ClassInput[]): ClassSummary {
  const { inputs, renamed } = distinctNames(given);
  const problems: { file: string; error: string }[] = [];
  const unreplayable: UnreplayableGame[] = [];
  const duplicates: { file: string; sameAs: string }[] = [];
  const seen = new Map<string, string>();
  const byScenario = new Map<
    string,
    { model: ScenarioModel; games: Omit<ClassGame, 'number'>[] }
  >();

  for (const input of [...inputs].sort((a, b) => byFileName(a.file, b.file))) {
    if ('error' in input) {
      problems.push({ file: input.file, error: input.error });
      continue;
    }
    let parsed: ReturnType<typeof parseSaveText>;
    let replay: ReturnType<typeof replaySave>;
    try {
      parsed = parseSaveText(input.text);
      replay = parsed.ok ? replaySave(parsed.save) : parsed;
    } catch (error) {
      // A file no check foresaw is still counted as not read, never left unfinished.
      problems.push({ file: input.file, error: unexpectedProblem(error) });
      continue;
    }
    if (!parsed.ok) {
      problems.push({ file: input.file, error: parsed.error });
      continue;
    }
    const { save } = parsed;
    const identity = [
      save.scenario.hash,
      save.seed,
      save.difficulty,
      ...save.steps.map((s) => s.hash),
    ].join(' ');
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      duplicates.push({ file: input.file, sameAs: earlier });
      continue;
    }
    seen.set(identity, input.file);
    if (!replay.ok) {
      const { why } = recordedLog(save, replay);
      unreplayable.push({ file: input.file, name: save.name, why, error: replay.error });
      continue;
    }
    // Games of one scenario version and rules stay together, whichever way their saves named it;
    // rules 2 and 3 play alike (only the words of the outcome's reasons differ).
    const rules = replay.model.rules === 1 ? 1 : RULES_VERSION;
    const version = scenarioHash(replay.model.scenario, 'game', rules);
    const group = byScenario.get(version) ?? { model: replay.model, games: [] };
    group.games.push(gameRow(replay.model, replay.final, input.file, save.name));
    byScenario.set(version, group);
  }

  const groups = [...byScenario.values()]
    .map(({ model, games }) => {
      const numbered = games.map((g, i) => ({ ...g, number: i + 1 }));
      const best = bestTable(numbered);
      return {
        model,
        title:
          model.rules === 1
            ? `${model.scenario.title}, under the rules of release 0.2 or before`
            : model.scenario.title,
        games: numbered,
        tally: tallyOf(numbered),
        best,
        worst: worstTable(numbered, best?.game ?? null, (id) => {
          const party = model.scenario.parties.find((p) => p.id === id);
          return party?.country ?? id;
        }),
      };
    })
    .sort(
      (a, b) =>
        b.games.length - a.games.length ||
        byFileName(a.model.scenario.title, b.model.scenario.title),
    );
  return { groups, problems, unreplayable, duplicates, renamed };
}

/** A finished or saved game as one row: its outcome, and what its package gave each leader. */
function gameRow(
  model: ScenarioModel,
  state: GameState,
  file: string,
  name: string,
): Omit<ClassGame, 'number'> {
  const outcome = state.outcome;
  const signed = outcome !== null && outcome.kind !== 'stalemate';
  const pkg = signed ? outcome.package : state.table;
  const parsed = pkg ? choiceOf(model, pkg) : null;
  const values = parsed?.ok ? utilities(model, parsed.choice) : null;
  const leaders = model.partyIds.map((id, p) => {
    const value = values?.[p];
    return {
      id,
      utility: value === undefined ? null : roundUtility(value),
      noDeal: state.parties[id]?.noDealValue ?? model.reservationValues[p] ?? 0,
    };
  });
  return {
    file,
    name,
    outcome: outcome?.kind ?? 'unfinished',
    surrenderedBy: outcome?.kind === 'surrender' ? outcome.surrenderedBy : null,
    stalemateCause: outcome?.kind === 'stalemate' ? outcome.cause : null,
    walkedOut: outcome?.kind === 'stalemate' ? outcome.party : null,
    score: outcome?.kind === 'deal' ? outcome.score : null,
    package: pkg,
    signed,
    leaders,
    sessionsUsed: state.sessionsUsed,
    sessions: state.sessions,
    difficulty: state.difficulty,
    reason: outcome?.reasons[0] ?? 'The game was saved before the talks ended.',
  };
}

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

/** The smallest, middle and largest deal scores; null without any deal. */
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

/**
 * Gives every file a name of its own: a file whose name an earlier one already has, with other
 * contents, is named `name (2)`, `name (3)`… and listed in `renamed`. A file identical to an
 * earlier one of the same name is the same file given twice, and is dropped.
 */
function distinctNames(inputs: readonly ClassInput[]): {
  inputs: ClassInput[];
  renamed: { file: string; as: string }[];
} {
  const byName = new Map<string, ClassInput[]>();
  const used = new Set(inputs.map((input) => input.file));
  const kept: ClassInput[] = [];
  const renamed: { file: string; as: string }[] = [];
  const contents = (input: ClassInput) => ('text' in input ? `t${input.text}` : `e${input.error}`);
  for (const input of inputs) {
    const same = byName.get(input.file) ?? [];
    if (same.some((other) => contents(other) === contents(input))) continue;
    byName.set(input.file, [...same, input]);
    if (same.length === 0) {
      kept.push(input);
      continue;
    }
    let n = same.length + 1;
    while (used.has(`${input.file} (${n})`)) n++;
    const as = `${input.file} (${n})`;
    used.add(as);
    renamed.push({ file: input.file, as });
    kept.push({ ...input, file: as });
  }
  return { inputs: kept, renamed };
}
