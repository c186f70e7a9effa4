import { acceptsAtOpening, acceptsWithoutPressure } from '../../model/acceptance';
import { choiceOf, compileScenario } from '../../model/compile';
import { openingDemand } from '../../model/demand';
import { classifyOutcome } from '../../model/outcome';
import { DIFFICULTIES } from '../../model/types';
import { crossedRedLine, roundUtility, utility } from '../../model/utility';
import { type CommandSpec, parseArgs, required } from '../args';
import { inputError } from '../cli-error';
import { formatOutcome, formatPackage, formatUtility, partyName } from '../describe';
import { readText } from '../files';
import { loadScenario } from '../load-scenario';
import { type CommandResult, report } from '../output';

export const EVALUATE: CommandSpec = {
  flags: { package: 'value', scenario: 'value', json: 'switch' },
  takesNames: false,
};

/**
 * One package judged as the scenario states it: each leader's utility (0–100) and answer
 * without pressure at its stated no-deal value (its final demand) and at its opening demand on
 * each difficulty, and the outcome if it were signed. Errors: an unreadable or malformed package
 * or scenario, as a one-line input error.
 */
export function runEvaluate(argv: readonly string[]): CommandResult {
  const args = parseArgs(EVALUATE, argv);
  const source = required(args, 'package', '(a package as JSON, or a file holding one)');
  const model = compileScenario(loadScenario(args.values.get('scenario')));
  const parsed = choiceOf(model, readPackage(source));
  if (!parsed.ok) throw inputError(parsed.error);
  const { choice } = parsed;
  const premium = (d: (typeof DIFFICULTIES)[number]) =>
    model.scenario.difficulties[d].openingPremium ?? 0;

  const outcome = classifyOutcome(model, choice);
  const result = {
    utilities: Object.fromEntries(
      model.partyIds.map((id, p) => [id, roundUtility(utility(model, p, choice))]),
    ),
    accepts: Object.fromEntries(
      model.partyIds.map((id, p) => [id, acceptsWithoutPressure(model, p, choice)]),
    ),
    acceptsAtOpening: Object.fromEntries(
      DIFFICULTIES.map((d) => [
        d,
        Object.fromEntries(
          model.partyIds.map((id, p) => [id, acceptsAtOpening(model, p, choice, premium(d))]),
        ),
      ]),
    ),
    outcomeIfSigned: {
      kind: outcome.kind,
      surrenderedBy: outcome.kind === 'surrender' ? outcome.surrenderedBy : null,
      score: outcome.kind === 'deal' ? outcome.score.total : null,
      reasons: outcome.reasons,
    },
  };

  const opening = (p: number) =>
    DIFFICULTIES.map(
      (d) =>
        `${d} ${openingDemand(model, p, premium(d))} ${acceptsAtOpening(model, p, choice, premium(d)) ? 'yes' : 'no'}`,
    ).join(', ');
  const answer = (p: number) => {
    if (acceptsWithoutPressure(model, p, choice)) return 'accepts';
    const line = crossedRedLine(model, p, choice);
    return line >= 0
      ? `rejects: crosses its red line on ${model.issueIds[line]}`
      : 'rejects: worth less to it than no deal';
  };
  const lines = [
    `Package: ${formatPackage(outcome.package)}`,
    ...model.partyIds.map(
      (id, p) =>
        `  ${partyName(model, id)}: ${formatUtility(utility(model, p, choice))} (no deal: ${model.reservationValues[p]}), ${answer(p)}; at its opening demand (${opening(p)})`,
    ),
    Object.values(result.accepts).every(Boolean)
      ? `If signed: ${formatOutcome(model, outcome)}`
      : `If signed anyway (not every leader accepts it without pressure): ${formatOutcome(model, outcome)}`,
    ...outcome.reasons.map((reason) => `  ${reason}`),
  ];
  return report(args.switches.has('json'), result, lines);
}

/** A `--package` value that starts with "{" is the package itself; anything else is a file. */
function readPackage(source: string): unknown {
  const inline = source.trimStart().startsWith('{');
  let text = source;
  if (!inline) {
    const file = readText(source, 'a package');
    if (!file.ok) throw inputError(`${file.error} (give a package as a JSON object, or a file)`);
    text = file.text;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const what = inline ? 'the --package value' : `"${source}"`;
    throw inputError(`${what} is not valid JSON (${(error as Error).message})`);
  }
}
