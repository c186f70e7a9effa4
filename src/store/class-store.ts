import { createStore, type StoreApi } from 'zustand/vanilla';
import { analyze } from '../model/analysis';
import {
  BEST_RULE,
  type ClassOutcome,
  dealScoreRange,
  percentages,
  WORST_RULE,
} from '../model/class-results';
import { mostOpposedPair, pairFrontier } from '../model/debrief-analysis';
import { classCsv } from '../saves/class-csv';
import {
  type ClassInput,
  type ClassSummary,
  type ScenarioGroup,
  summarizeClass,
} from '../saves/class-summary';
import { readSaveFile } from './library';

export type { ClassSummary, ScenarioGroup, UnreplayableGame } from '../saves/class-summary';

/** Two leaders, by their index in the scenario's party order. */
export type LeaderPair = readonly [number, number];

export interface ClassState {
  /** Every file given so far, read or not, in the order given. */
  readonly inputs: readonly ClassInput[];
  /** How many files are being read now; 0 when none. */
  readonly reading: number;
  /** The scenario shown, by its group's place in the summary (the largest first). */
  readonly group: number;
  /** The two leaders the chart compares, per scenario (by its compiled hash), once chosen. */
  readonly pairs: ReadonlyMap<string, LeaderPair>;
}

export interface ClassActions {
  /**
   * Reads files and adds them to the class: each as its text, or why it could not be read (files
   * over 1 MB unread, readSaveFile). Files are told apart by their games, not their names.
   */
  addFiles(files: readonly File[]): Promise<void>;
  /** Forgets every file given. */
  clear(): void;
  /** Shows another scenario's games (its group's place in the summary). */
  chooseGroup(group: number): void;
  /** Compares two other leaders on the chart of the scenario shown. */
  choosePair(pair: LeaderPair): void;
}

export type ClassStore = ClassState & ClassActions;
export type ClassStoreApi = StoreApi<ClassStore>;

const summaries = new WeakMap<readonly ClassInput[], ClassSummary>();

/** The class summed up (summarizeClass), once per list of files given. */
function summaryOf(inputs: readonly ClassInput[]): ClassSummary {
  let summary = summaries.get(inputs);
  if (!summary) {
    summary = summarizeClass(inputs);
    summaries.set(inputs, summary);
  }
  return summary;
}

/** The place of the group shown: the one chosen, or the last when fewer groups remain. */
const shownGroup = (group: number, summary: ClassSummary) =>
  Math.min(group, Math.max(0, summary.groups.length - 1));

/** A class view's store, with no file given yet. */
export function createClassStore(): ClassStoreApi {
  return createStore<ClassStore>()((set, get) => ({
    inputs: [],
    reading: 0,
    group: 0,
    pairs: new Map(),
    addFiles: async (files) => {
      if (files.length === 0) return;
      set({ reading: files.length });
      const read = await Promise.all(
        files.map(async (file): Promise<ClassInput> => {
          const result = await readSaveFile(file);
          return result.ok
            ? { file: file.name, text: result.text }
            : { file: file.name, error: result.error };
        }),
      );
      const inputs = [...get().inputs, ...read];
      set({ inputs, reading: 0, group: shownGroup(get().group, summaryOf(inputs)) });
    },
    clear: () => set({ inputs: [] }),
    chooseGroup: (group) => set({ group }),
    choosePair: (pair) => {
      const shown = selectGroup(get());
      if (!shown) return;
      set({ pairs: new Map(get().pairs).set(shown.model.hash, pair) });
    },
  }));
}

/** The class summed up: every game by scenario, with the files not counted; null before any. */
export function selectSummary(s: ClassState): ClassSummary | null {
  return s.inputs.length === 0 ? null : summaryOf(s.inputs);
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
  /** Their no-deal values as the scenario states them, across then up. */
  readonly noDeal: readonly [number, number];
}

/** The chart's space for the two leaders it compares (analyze, pairFrontier); null without one. */
export function selectChartSpace(s: ClassState): ChartSpace | null {
  const view = selectGroupView(s);
  if (!view) return null;
  const { model } = view.group;
  const [a, b] = view.pair;
  const { utilities, packageCount } = analyze(model);
  return {
    xs: utilities[a] ?? [],
    ys: utilities[b] ?? [],
    packageCount,
    frontier: pairFrontier(model, a, b),
    noDeal: [model.reservationValues[a] ?? 0, model.reservationValues[b] ?? 0],
  };
}

/** The file name of the class's CSV: one per scenario when the files hold several. */
const CSV_NAME = 'mediator-class-results';

/**
 * The games of the scenario shown as CSV (classCsv) and the name of its file, which names the
 * scenario when the files hold several; null when no game could be replayed.
 */
export function selectCsv(
  s: ClassState,
): { readonly text: string; readonly fileName: string } | null {
  const summary = selectSummary(s);
  const group = selectGroup(s);
  if (!summary || !group) return null;
  return {
    text: classCsv(group),
    fileName:
      summary.groups.length > 1 ? `${CSV_NAME}-${group.model.scenario.id}.csv` : `${CSV_NAME}.csv`,
  };
}
