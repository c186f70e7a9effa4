import { analyze } from '../../src/model/analysis';
import { compileScenario } from '../../src/model/compile';
import {
  MAX_FRONTIER_MANY_PARTIES,
  MAX_PACKAGES,
  parseScenario,
} from '../../src/model/scenario-schema';
import { opposedScenario } from '../../src/model/synthetic';
import type { Scenario } from '../../src/model/types';
import { measure, type Timing } from './timing';

/** The issue's limit for analysing a scenario of 4 to 6 parties that the schema accepts. */
export const MANY_PARTIES_TARGET_MS = 10_000;

/** Issues of two options: 2^22 = MAX_PACKAGES packages. */
const ISSUES = 22;
/** Issues on which the interests are opposed: 2^16 = MAX_FRONTIER_MANY_PARTIES on the frontier. */
const OPPOSED = 16;

export interface ManyPartiesFigures {
  readonly parties: number;
  readonly packages: number;
  readonly timing: Timing;
  readonly targetMs: number;
  readonly pass: boolean;
  readonly frontierSize: number;
  readonly feasibleFrontierSize: number;
  readonly nash: number | null;
  /** Whether the schema accepts the scenario and the analysis finds what it is built to have. */
  readonly checks: Readonly<Record<string, boolean>>;
}

/**
 * The worst case the schema accepts for a party count: the most packages, interests opposed on
 * as many issues as the frontier bound allows, and a red line that rules out option 1 of the
 * last shared issue, so that the signable frontier is as large as the whole one and both are
 * computed.
 */
export function worstManyParties(parties: number): Scenario {
  const scenario = opposedScenario(parties, ISSUES, 2, OPPOSED, 1);
  return {
    ...scenario,
    parties: scenario.parties.map((party, p) =>
      p === 0
        ? {
            ...party,
            redLines: [
              {
                issue: `issue-${ISSUES}`,
                option: 'option-1',
                why: 'Rules out a shared option for the benchmark.',
                basis: 'game-mechanic',
              },
            ],
          }
        : party,
    ),
  };
}

/** Times compile + analyze of the worst case, each run on a freshly generated scenario. */
export function benchManyParties(parties: number, runs: number): ManyPartiesFigures {
  const fast = measure(
    runs,
    () => worstManyParties(parties),
    (scenario) => analyze(compileScenario(scenario)),
  );
  const a = fast.result;
  const bound = 2 ** OPPOSED;
  return {
    parties,
    packages: a.packageCount,
    timing: fast.timing,
    targetMs: MANY_PARTIES_TARGET_MS,
    pass: fast.timing.median <= MANY_PARTIES_TARGET_MS,
    frontierSize: a.paretoFrontier.length,
    feasibleFrontierSize: a.feasibleFrontier.length,
    nash: a.nash,
    checks: {
      'schema accepts': parseScenario(worstManyParties(parties)).ok,
      'at the bounds': a.packageCount === MAX_PACKAGES && bound === MAX_FRONTIER_MANY_PARTIES,
      'frontier size': a.paretoFrontier.length === bound,
      'signable frontier': a.feasibleFrontier.length === bound,
      'Nash package': a.nash !== null,
    },
  };
}
