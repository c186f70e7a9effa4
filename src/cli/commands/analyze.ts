import { type Analysis, analyze } from '../../model/analysis';
import { choiceAt, compileScenario, packageOf, type ScenarioModel } from '../../model/compile';
import type { Package } from '../../model/types';
import { roundUtility } from '../../model/utility';
import { type CommandSpec, parseArgs } from '../args';
import { formatCount, formatPackage, formatUtility, partyName } from '../describe';
import { loadScenario } from '../load-scenario';
import { type CommandResult, report } from '../output';

export const ANALYZE: CommandSpec = {
  flags: { scenario: 'value', json: 'switch' },
  takesNames: false,
};

interface NamedPackage {
  readonly package: Package;
  readonly utilities: Readonly<Record<string, number>>;
  /** How many packages share its value exactly; the first in scenario order is named. */
  readonly ties: number;
}

/** The space of packages of a scenario: its size, frontier, ZOPA and bargaining solutions. */
export function runAnalyze(argv: readonly string[]): CommandResult {
  const args = parseArgs(ANALYZE, argv);
  const scenario = loadScenario(args.values.get('scenario'));
  const start = performance.now();
  const model = compileScenario(scenario);
  const analysis = analyze(model);
  const elapsedMs = Math.round((performance.now() - start) * 100) / 100;

  const result = {
    scenario: { id: scenario.id, title: scenario.title },
    packages: analysis.packageCount,
    paretoFrontier: analysis.paretoFrontier.length,
    signableFrontier: analysis.feasibleFrontier.length,
    zopa: { exists: analysis.zopaSize > 0, size: analysis.zopaSize },
    nash: named(model, analysis, analysis.nashTies),
    kalaiSmorodinsky: named(model, analysis, analysis.kalaiSmorodinskyTies),
    elapsedMs,
  };

  const solution = (label: string, found: NamedPackage | null) =>
    found
      ? [
          `${label}: ${formatPackage(found.package)}`,
          `  ${Object.entries(found.utilities)
            .map(([id, u]) => `${partyName(model, id)} ${formatUtility(u)}`)
            .join(' · ')}`,
          ...(found.ties > 1
            ? [
                `  tied exactly with ${formatCount(found.ties - 1)} more; the first in scenario order`,
              ]
            : []),
        ]
      : [`${label}: none (no signable package leaves every leader at or above no deal)`];
  const lines = [
    `${scenario.title} (${scenario.id})`,
    `${model.partyIds.length} leaders, ${model.issueIds.length} issues, ${formatCount(result.packages)} possible packages`,
    `Pareto frontier: ${formatCount(result.paretoFrontier)} packages, ${formatCount(result.signableFrontier)} of them signable (no red line crossed)`,
    result.zopa.exists
      ? `Zone of possible agreement: yes, ${formatCount(result.zopa.size)} packages every leader accepts without pressure`
      : 'Zone of possible agreement: none; no package is accepted by every leader without pressure',
    ...solution('Nash bargaining package', result.nash),
    ...solution('Kalai–Smorodinsky package', result.kalaiSmorodinsky),
    `Analysed in ${elapsedMs.toFixed(1)} ms`,
  ];
  return report(args.switches.has('json'), result, lines);
}

function named(
  model: ScenarioModel,
  analysis: Analysis,
  ties: readonly number[],
): NamedPackage | null {
  const [index] = ties;
  if (index === undefined) return null;
  return {
    package: packageOf(model, choiceAt(model, index)),
    utilities: Object.fromEntries(
      model.partyIds.map((id, p) => [id, roundUtility(analysis.utilities[p]?.[index] ?? 0)]),
    ),
    ties: ties.length,
  };
}
