import { describeScenarioErrors, parseScenarioText } from '../model/scenario-schema';
import { BUILT_IN_SCENARIO_IDS, DEFAULT_SCENARIO_ID } from '../model/scenarios';
import { isSyntheticId } from '../model/synthetic';
import type { Scenario } from '../model/types';
import { scenarioById } from '../saves/resolve-scenario';
import { inputError } from './cli-error';
import { readText } from './files';

/**
 * The scenario a `--scenario` value names: a built-in id, a synthetic id, or the path of a
 * scenario file, which must pass the scenario schema.
 */
export function loadScenario(ref: string = DEFAULT_SCENARIO_ID): Scenario {
  if (BUILT_IN_SCENARIO_IDS.includes(ref) || isSyntheticId(ref)) {
    const known = scenarioById(ref);
    if (!known.ok)
      throw inputError(known.error.includes(ref) ? known.error : `${ref}: ${known.error}`);
    return known.scenario;
  }
  const file = readText(ref, 'a scenario');
  if (!file.ok) {
    const looksLikeId = /^[a-z][a-z0-9-]*$/.test(ref);
    throw inputError(
      looksLikeId
        ? `unknown scenario "${ref}": give a built-in id (${BUILT_IN_SCENARIO_IDS.join(', ')}), a synthetic id such as synthetic:10x4, or a scenario file`
        : file.error,
    );
  }
  const parsed = parseScenarioText(file.text);
  if (!parsed.ok) throw inputError(`${ref}: ${describeScenarioErrors(parsed.errors)}`);
  return parsed.scenario;
}
