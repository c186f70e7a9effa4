import { compileScenario, type ScenarioModel } from '../model/compile';
import { parseScenario } from '../model/scenario-schema';
import { builtInScenario } from '../model/scenarios';
import { isSyntheticId, syntheticFromId } from '../model/synthetic';
import type { Scenario } from '../model/types';

export type ResolvedScenario =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly error: string };

/** A scenario the game knows by id: built in, or generated from a synthetic id. */
export function scenarioById(id: string): ResolvedScenario {
  if (isSyntheticId(id)) {
    const generated = syntheticFromId(id);
    return generated.ok ? generated : { ok: false, error: generated.error };
  }
  const scenario = builtInScenario(id);
  return scenario ? { ok: true, scenario } : { ok: false, error: `unknown scenario "${id}"` };
}

/** Validates scenario data carried inside a save or read from a file. */
export function scenarioFromData(data: unknown): ResolvedScenario {
  const result = parseScenario(data);
  if (result.ok) return result;
  const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
  return { ok: false, error: `invalid scenario: ${result.errors[0]}${more}` };
}

/** Whether the game ships this exact scenario, so a save can name it instead of carrying it. */
export function isKnownScenario(model: ScenarioModel): boolean {
  const known = scenarioById(model.scenario.id);
  return known.ok && compileScenario(known.scenario).hash === model.hash;
}
