import { type Analysis, analyze } from '../../src/model/analysis';
import { compileScenario } from '../../src/model/compile';
import { builtInScenario } from '../../src/model/scenarios';
import { syntheticFromId } from '../../src/model/synthetic';
import type { Scenario } from '../../src/model/types';
import { type NaiveAnalysis, naiveAnalysis } from './naive-frontier';
import { measure, type Timing } from './timing';

export const ANALYSIS_TARGET_MS = 300;

export interface AnalysisFigures {
  readonly scenario: string;
  readonly packages: number;
  readonly fast: Timing;
  readonly baseline: Timing;
  readonly targetMs: number;
  readonly pass: boolean;
  /** How many times longer the baseline takes, by medians. */
  readonly ratio: number;
  readonly frontierSize: number;
  readonly feasibleFrontierSize: number;
  readonly zopaSize: number;
  readonly nash: number | null;
  readonly nashUtilities: readonly number[] | null;
  readonly baselineNash: number | null;
  /** What was compared between the fast analysis and the baseline, and whether it matched. */
  readonly checks: Readonly<Record<string, boolean>>;
}

function synthetic(id: string): Scenario {
  const generated = syntheticFromId(id);
  if (!generated.ok) throw new Error(generated.error);
  return generated.scenario;
}

function utilitiesAt(utilities: readonly Float64Array[], k: number | null): number[] | null {
  return k === null ? null : utilities.map((u) => u[k] ?? Number.NaN);
}

function sameList(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameArrays(a: readonly Float64Array[], b: readonly Float64Array[]): boolean {
  return (
    a.length === b.length && a.every((u, p) => sameList(Array.from(u), Array.from(b[p] ?? [])))
  );
}

/** Compares the fast analysis with the baseline on everything both compute. */
export function compare(fast: Analysis, naive: NaiveAnalysis): Record<string, boolean> {
  return {
    utilities: sameArrays(fast.utilities, naive.utilities),
    paretoFrontier: sameList(fast.paretoFrontier, naive.paretoFrontier),
    feasibleFrontier: sameList(fast.feasibleFrontier, naive.feasibleFrontier),
    nashUtilities: sameList(
      utilitiesAt(fast.utilities, fast.nash),
      utilitiesAt(naive.utilities, naive.nash),
    ),
  };
}

/**
 * Times compile + analyze of a synthetic scenario against the sort-everything baseline. Each
 * run gets a freshly generated scenario object, since both compile and analyze cache per object.
 */
export function benchAnalysis(id: string, runs: number, baselineRuns: number): AnalysisFigures {
  const fast = measure(
    runs,
    () => synthetic(id),
    (scenario) => analyze(compileScenario(scenario)),
  );
  const baseline = measure(
    baselineRuns,
    () => synthetic(id),
    (scenario) => naiveAnalysis(compileScenario(scenario)),
  );
  const a = fast.result;
  return {
    scenario: id,
    packages: a.packageCount,
    fast: fast.timing,
    baseline: baseline.timing,
    targetMs: ANALYSIS_TARGET_MS,
    pass: fast.timing.median <= ANALYSIS_TARGET_MS,
    ratio: baseline.timing.median / fast.timing.median,
    frontierSize: a.paretoFrontier.length,
    feasibleFrontierSize: a.feasibleFrontier.length,
    zopaSize: a.zopaSize,
    nash: a.nash,
    nashUtilities: utilitiesAt(a.utilities, a.nash),
    baselineNash: baseline.result.nash,
    checks: compare(a, baseline.result),
  };
}

/** The same comparison, untimed, on a built-in scenario (which, unlike the synthetic, has red lines). */
export function crossCheckBuiltIn(id: string): Record<string, boolean> {
  const scenario = builtInScenario(id);
  if (!scenario) throw new Error(`unknown scenario "${id}"`);
  const model = compileScenario(scenario);
  return compare(analyze(model), naiveAnalysis(model));
}
