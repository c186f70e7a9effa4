import { createStore, type StoreApi } from 'zustand/vanilla';
import { analyze } from '../model/analysis';
import {
  BEST_RULE,
  type ClassGame,
  type ClassOutcome,
  dealScoreRange,
  percentages,
  sharedNoDeal,
  WORST_RULE,
} from '../model/class-results';
import {
  type ClassFilter,
  type ClassSort,
  type ClassSortKey,
  classCodes,
  FIRST_SORT,
  gameName,
  NO_FILTER,
  shownGames,
} from '../model/class-rows';
import { mostOpposedPair, pairFrontier } from '../model/debrief-analysis';
import { classCsv } from '../saves/class-csv';
import {
  type ClassInput,
  type ClassSummary,
  type ReadSave,
  readClassSave,
  type ScenarioGroup,
  summarizeClass,
} from '../saves/class-summary';
import { readSaveFile } from './library';

export type { ClassFilter, ClassSort, ClassSortKey } from '../model/class-rows';
export type { ClassSummary, ScenarioGroup, UnreplayableGame } from '../saves/class-summary';

/** Two leaders, by their index in the scenario's party order. */
export type LeaderPair = readonly [number, number];

export interface ClassState {
  /** Every file given so far, read or not, in the order given. */
  readonly inputs: readonly ClassInput[];
  /** The class summed up (summarizeClass); null before any file. */
  readonly summary: ClassSummary | null;
  /** How many files are being read now, and how many of them are read; 0 when none. */
  readonly reading: number;
  readonly read: number;
  /** The scenario shown, by its group's place in the summary (the largest first). */
  readonly group: number;
  /** The two leaders the chart compares, per scenario (by its compiled hash), once chosen. */
  readonly pairs: ReadonlyMap<string, LeaderPair>;
  /** The names the teacher gave games (a group's or its students'), by file. */
  readonly names: ReadonlyMap<string, string>;
  readonly sort: ClassSort;
  readonly filter: ClassFilter;
}

export interface ClassActions {
  /**
   * Reads files and adds them to the class: each as its text, or why it could not be read (files
   * over 1 MB unread, readSaveFile). Files are told apart by their games, not their names.
   */
  addFiles(files: readonly File[]): Promise<void>;
  /** Forgets every file given, every name and every file read, and stops reading any. */
  clear(): void;
  /** Names a game (by its file) for the table, the CSV and the summary; blank for none. */
  nameGame(file: string, name: string): void;
  /** Orders the table by a column; the column it is ordered by already, the other way. */
  sortBy(key: ClassSortKey): void;
  /** Shows only the games that pass a filter (the parts given replace the ones in force). */
  filterBy(filter: Partial<ClassFilter>): void;
  /** Shows another scenario's games (its group's place in the summary). */
  chooseGroup(group: number): void;
  /** Compares two other leaders on the chart of the scenario shown. */
  choosePair(pair: LeaderPair): void;
}

export type ClassStore = ClassState & ClassActions;
export type ClassStoreApi = StoreApi<ClassStore>;

/**
 * How long the page may be kept busy reading saved games before it gets a turn (ms): under the
 * 50 ms a task may take before browsers call it long (W3C Long Tasks API).
 */
const SLICE_MS = 40;
/** How many files' bytes are asked for at once. */
const READ_AT_ONCE = 25;

/** Lets the page handle input and paint before the next slice of work. */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield
    ? scheduler.yield()
    : new Promise((resolve) => globalThis.setTimeout(resolve, 0));
};

/** The place of the group shown: the one chosen, or the last when fewer groups remain. */
const shownGroup = (group: number, summary: ClassSummary) =>
  Math.min(group, Math.max(0, summary.groups.length - 1));

/**
 * A class view's store, with no file given yet. Files are parsed and replayed in slices of at
 * most about SLICE_MS, each file once, so that a class of hundreds never freezes the page.
 */
export function createClassStore(): ClassStoreApi {
  // Each text is read once (readClassSave); clear forgets them and stops the batches being read.
  let reads = new Map<string, ReadSave>();
  let epoch = 0;
  const fresh = {
    inputs: [],
    summary: null,
    reading: 0,
    read: 0,
    group: 0,
    pairs: new Map(),
    names: new Map(),
    sort: FIRST_SORT,
    filter: NO_FILTER,
  } as const;
  return createStore<ClassStore>()((set, get) => ({
    ...fresh,
    addFiles: async (files) => {
      if (files.length === 0) return;
      const mine = epoch;
      set({ reading: files.length, read: 0 });
      const readInput = async (file: File): Promise<ClassInput> => {
        const result = await readSaveFile(file);
        return result.ok
          ? { file: file.name, text: result.text }
          : { file: file.name, error: result.error };
      };
      const given: ClassInput[] = [];
      let sliceStart = performance.now();
      // Asking for every file's bytes at once is itself a long task with hundreds of files.
      for (let i = 0; i < files.length; i += READ_AT_ONCE) {
        const batch = await Promise.all(files.slice(i, i + READ_AT_ONCE).map(readInput));
        // The bytes arrive in a task of their own: the page has had its turn.
        sliceStart = performance.now();
        for (const input of batch) {
          if (performance.now() - sliceStart > SLICE_MS) {
            set({ read: given.length });
            await yieldToPage();
            sliceStart = performance.now();
          }
          if (mine !== epoch) return;
          if ('text' in input && !reads.has(input.text))
            reads.set(input.text, readClassSave(input.text));
          given.push(input);
        }
      }
      await yieldToPage();
      if (mine !== epoch) return;
      const sumUp = (inputs: readonly ClassInput[]) =>
        summarizeClass(inputs, (text) => reads.get(text) ?? readClassSave(text));
      const earlier = get().inputs;
      let inputs = [...earlier, ...given];
      let summary = sumUp(inputs);
      // Summing up and drawing the results are each a task's worth of work: one at a time.
      await yieldToPage();
      if (mine !== epoch) return;
      if (get().inputs !== earlier) {
        // Another batch was added meanwhile: this one joins it.
        inputs = [...get().inputs, ...given];
        summary = sumUp(inputs);
      }
      set({ inputs, summary, reading: 0, read: 0, group: shownGroup(get().group, summary) });
    },
    clear: () => {
      epoch++;
      reads = new Map();
      set(fresh);
    },
    chooseGroup: (group) => set({ group, filter: NO_FILTER }),
    choosePair: (pair) => {
      const shown = selectGroup(get());
      if (!shown) return;
      set({ pairs: new Map(get().pairs).set(shown.model.hash, pair) });
    },
    nameGame: (file, name) => set({ names: new Map(get().names).set(file, name) }),
    sortBy: (key) => {
      const { sort } = get();
      set({ sort: { key, descending: sort.key === key && !sort.descending } });
    },
    filterBy: (filter) => set({ filter: { ...get().filter, ...filter } }),
  }));
}

/** The class summed up: every game by scenario, with the files not counted; null before any. */
export function selectSummary(s: ClassState): ClassSummary | null {
  return s.summary;
}

/** The scenario group shown; null when no game of the files given could be replayed. */
function selectGroup(s: ClassState): ScenarioGroup | null {
  const summary = selectSummary(s);
  return summary ? (summary.groups[shownGroup(s.group, summary)] ?? null) : null;
}

/** Every pair of leaders of a scenario with `count` leaders, in order: (0, 1), (0, 2), … */
function pairsOf(count: number): LeaderPair[] {
  const pairs: LeaderPair[] = [];
  for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) pairs.push([a, b]);
  return pairs;
}

/** How the games of the scenario shown ended, side by side. */
export interface GroupView {
  readonly group: ScenarioGroup;
  /** Each outcome's share of the games, whole percentages adding up to 100 (percentages). */
  readonly share: Readonly<Record<ClassOutcome, number>>;
  /** The lowest, median and highest deal score (0–100); null without any deal. */
  readonly scores: { readonly min: number; readonly median: number; readonly max: number } | null;
  /** How the best and the worst table are chosen, in words. */
  readonly rules: string;
  /** Every pair of leaders the chart can compare. */
  readonly pairs: readonly LeaderPair[];
  /** The pair the chart compares: the one chosen, else the two whose interests clash most. */
  readonly pair: LeaderPair;
}

/** The scenario shown, judged (class-results.ts); null when no game could be replayed. */
export function selectGroupView(s: ClassState): GroupView | null {
  const group = selectGroup(s);
  if (!group) return null;
  return {
    group,
    share: percentages(group.tally),
    scores: dealScoreRange(group.games),
    rules: `${BEST_RULE} ${WORST_RULE}`,
    pairs: pairsOf(group.model.scenario.parties.length),
    pair: s.pairs.get(group.model.hash) ?? mostOpposedPair(group.model),
  };
}

/** Every possible package in the utility space of two leaders, as the class's chart draws it. */
export interface ChartSpace {
  /** What each package (by index) gives the leader across, then the leader up, 0–100. */
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly packageCount: number;
  /** The two leaders' Pareto frontier (pairFrontier), left to right, as package indices. */
  readonly frontier: readonly number[];
  /**
   * Their no-deal values, across then up: the games' own when every game gives the same
   * (sharedNoDeal: a class playing one code), else as the scenario states them.
   */
  readonly noDeal: readonly [number, number];
  /** Whether `noDeal` is the games' own values rather than the scenario's stated ones. */
  readonly noDealOfGames: boolean;
}

/** The chart's space for the two leaders it compares (analyze, pairFrontier); null without one. */
export function selectChartSpace(s: ClassState): ChartSpace | null {
  const view = selectGroupView(s);
  if (!view) return null;
  const { model } = view.group;
  const [a, b] = view.pair;
  const { utilities, packageCount } = analyze(model);
  const [x, y] = [sharedNoDeal(view.group.games, a), sharedNoDeal(view.group.games, b)];
  return {
    xs: utilities[a] ?? [],
    ys: utilities[b] ?? [],
    packageCount,
    frontier: pairFrontier(model, a, b),
    noDeal:
      x !== null && y !== null
        ? [x, y]
        : [model.reservationValues[a] ?? 0, model.reservationValues[b] ?? 0],
    noDealOfGames: x !== null && y !== null,
  };
}

/** The file name of the class's CSV: one per scenario when the files hold several. */
const CSV_NAME = 'mediator-class-results';

/** The games of the scenario shown that the table shows, in its order (shownGames). */
export function selectShownGames(s: ClassState): readonly ClassGame[] {
  const group = selectGroup(s);
  return group ? shownGames(group.games, s.names, s.sort, s.filter) : [];
}

/** The class codes of the scenario's games shown, the most played first (classCodes). */
export function selectCodes(
  s: ClassState,
): readonly { readonly code: string; readonly games: number }[] {
  const group = selectGroup(s);
  return group ? classCodes(group.games) : [];
}

/** A game's name in the table: the one the teacher gave it, else its save's (gameName). */
export const selectGameName = (s: ClassState, game: ClassGame): string => gameName(game, s.names);

/**
 * The games the table shows (selectShownGames), as CSV with the names the teacher gave them
 * (classCsv), and the name of its file, which names the
 * scenario when the files hold several; null when no game could be replayed.
 */
export function selectCsv(
  s: ClassState,
): { readonly text: string; readonly fileName: string } | null {
  const summary = selectSummary(s);
  const group = selectGroup(s);
  if (!summary || !group) return null;
  return {
    text: classCsv(group, s.names, selectShownGames(s)),
    fileName:
      summary.groups.length > 1 ? `${CSV_NAME}-${group.model.scenario.id}.csv` : `${CSV_NAME}.csv`,
  };
}
