import { drawInts, seedRandom } from './random';
import type { DifficultySettings, Party, Scenario } from './types';

/**
 * Matches ids such as "synthetic:10x4" or "synthetic:10x4:7" (issues × options, seed), and the
 * id a generated scenario carries, "synthetic-10x4-7", so saves can name it.
 */
const SYNTHETIC = /^synthetic[:-](\d{1,2})x(\d{1,2})(?:[:-](\d{1,9}))?$/;

export type SyntheticResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly error: string };

/** Whether an id asks for a generated scenario. */
export function isSyntheticId(id: string): boolean {
  return SYNTHETIC.test(id) || id.startsWith('synthetic:');
}

/** Parses a synthetic scenario id and generates the scenario. */
export function syntheticFromId(id: string): SyntheticResult {
  const match = SYNTHETIC.exec(id);
  if (!match)
    return { ok: false, error: `"${id}" is not of the form synthetic:ISSUESxOPTIONS[:SEED]` };
  const issues = Number(match[1]);
  const options = Number(match[2]);
  const seed = match[3] === undefined ? 1 : Number(match[3]);
  if (issues < 1 || issues > 12)
    return { ok: false, error: 'a synthetic scenario has 1 to 12 issues' };
  if (options < 2 || options > 8)
    return { ok: false, error: 'a synthetic scenario has 2 to 8 options per issue' };
  if (options ** issues > 4_194_304) {
    return { ok: false, error: `${options}^${issues} packages is more than a game can analyse` };
  }
  return { ok: true, scenario: syntheticScenario(issues, options, seed) };
}

/** Names for generated parties, in order; their first two letters differ. */
const PARTY_IDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'] as const;
const basis = 'game-mechanic' as const;
const why = 'Generated at random for testing.';

/**
 * A generated scenario with seeded whole-number weights and values: the same arguments always
 * give the same scenario. Three parties unless `partyCount` (2 to 6) says otherwise. For
 * benchmarks and tests; the text is placeholder.
 */
export function syntheticScenario(
  issueCount: number,
  optionCount: number,
  seed: number,
  partyCount = 3,
): Scenario {
  const draw = drawer(seed);
  const issues = generatedIssues(issueCount, optionCount, () => draw(1, 0, 100)[0] ?? 0);
  const parties = PARTY_IDS.slice(0, partyCount).map((id) => {
    const weights = draw(issueCount, 1, 20);
    const values = issues.map(() => draw(optionCount, 0, 100));
    return generatedParty(id, issues, weights, values, 45);
  });
  const many = partyCount === 3 ? '' : `${partyCount}p-`;
  return generatedScenario(
    `synthetic-${many}${issueCount}x${optionCount}-${seed}`,
    `Synthetic ${issueCount}×${optionCount}`,
    issues,
    parties,
  );
}

/**
 * A generated scenario whose parties' interests are opposed on the first `opposedCount`
 * issues and shared on the rest: on an opposed issue every option splits 100 value points
 * among the parties, who weigh the issue alike, so no package beats another for everyone
 * there; on a shared issue option 1 is worth 100 to every party and the others less. Every
 * combination of opposed options is on the Pareto frontier: optionCount ^ opposedCount
 * packages, the most a scenario of this size can have. No-deal values are 0. For the
 * worst-case benchmarks and tests of the analysis.
 */
export function opposedScenario(
  partyCount: number,
  issueCount: number,
  optionCount: number,
  opposedCount: number,
  seed: number,
): Scenario {
  const draw = drawer(seed);
  const issues = generatedIssues(issueCount, optionCount, () => 50);
  const weights = draw(issueCount, 1, 20);
  const split = () => {
    const parts = draw(partyCount, 1, 100);
    const total = parts.reduce((a, b) => a + b, 0);
    const values = parts.map((x) => Math.floor((100 * x) / total));
    const rest = 100 - values.reduce((a, b) => a + b, 0);
    return values.map((v, p) => v + (p < rest ? 1 : 0));
  };
  // values[issue][option][party]
  const values = issues.map((_, i) =>
    Array.from({ length: optionCount }, (_, o) =>
      i < opposedCount
        ? split()
        : o === 0
          ? new Array<number>(partyCount).fill(100)
          : draw(partyCount, 0, 99),
    ),
  );
  const parties = PARTY_IDS.slice(0, partyCount).map((id, p) =>
    generatedParty(
      id,
      issues,
      weights,
      values.map((options) => options.map((v) => v[p] ?? 0)),
      0,
    ),
  );
  return generatedScenario(
    `opposed-${partyCount}p-${issueCount}x${optionCount}-${opposedCount}-${seed}`,
    `Opposed ${partyCount} parties, ${issueCount}×${optionCount}`,
    issues,
    parties,
  );
}

function generatedIssues(
  issueCount: number,
  optionCount: number,
  durability: () => number,
): Scenario['issues'] {
  return Array.from({ length: issueCount }, (_, i) => ({
    id: `issue-${i + 1}`,
    label: `Issue ${i + 1}`,
    description: `Generated issue ${i + 1}.`,
    kind: 'economic' as const,
    regions: [],
    options: Array.from({ length: optionCount }, (_, o) => ({
      id: `option-${o + 1}`,
      label: `Option ${o + 1}`,
      description: `Generated option ${o + 1}.`,
      durability: { value: durability(), why, basis },
    })),
  }));
}

/** A generated party: weights[issue] and values[issue][option]. */
function generatedParty(
  id: string,
  issues: Scenario['issues'],
  weights: readonly number[],
  values: readonly (readonly number[])[],
  noDeal: number,
): Party {
  return {
    id,
    country: id[0]?.toUpperCase() + id.slice(1),
    short: id.slice(0, 2).toUpperCase(),
    leader: { title: 'Leader', name: `Leader of ${id}` },
    position: 'A generated party.',
    emblem: ['#888888'],
    initialTrust: { value: 50, why, basis },
    reservationValue: { value: noDeal, why, basis },
    priorities: Object.fromEntries(
      issues.map((issue, i) => [
        issue.id,
        {
          weight: weights[i] ?? 1,
          why,
          basis,
          options: Object.fromEntries(
            issue.options.map((o, k) => [o.id, { value: values[i]?.[k] ?? 0, why, basis }]),
          ),
        },
      ]),
    ),
    redLines: [],
    lever: {
      label: 'Pressure',
      description: 'Generated lever.',
      reservationDrop: 10,
      trustCost: 15,
      why,
      basis,
    },
  };
}

function generatedScenario(
  id: string,
  title: string,
  issues: Scenario['issues'],
  parties: readonly Party[],
): Scenario {
  const difficulty = (label: string, sessions: number): DifficultySettings => ({
    label,
    sessions,
    revealPerConsult: 2,
    revealedAtStart: 1,
    noise: 3,
  });
  return {
    format: 'mediator-scenario',
    version: 1,
    id,
    title,
    summary: 'A generated scenario for benchmarks and tests.',
    sources: [],
    parties,
    issues,
    rules: {
      consultTrust: 5,
      redLineTrustCost: 10,
      summitFailureTrustCost: 15,
      summitFailureSessionCost: 1,
      trustComfort: 50,
      distrustPremium: 0.3,
      outcome: {
        lopsidedHigh: 85,
        lopsidedLow: 20,
        scoreWeights: { fairness: 40, efficiency: 30, durability: 30 },
        efficiencyPenalty: 5,
      },
    },
    difficulties: {
      easy: difficulty('Easy', 12),
      normal: difficulty('Normal', 10),
      hard: difficulty('Hard', 8),
    },
  };
}

/** Draws whole numbers in [min, max] from a generator seeded once, each call going on from the last. */
function drawer(seed: number): (count: number, min: number, max: number) => number[] {
  let rng = seedRandom(seed);
  return (count, min, max) => {
    const out = drawInts(rng, count, min, max);
    rng = out.next;
    return out.values;
  };
}
