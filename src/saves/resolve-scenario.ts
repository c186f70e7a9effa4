import { compileScenario, type ScenarioModel } from '../model/compile';
import { SCENARIO_HASH_SCHEMES, scenarioHash } from '../model/scenario-hash';
import { parseScenario } from '../model/scenario-schema';
import { builtInScenario, builtInScenarioVersions } from '../model/scenarios';
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

/**
 * Every version of a scenario the game knows by id: a built-in one's current and archived
 * versions, or the one a synthetic id generates; none for an unknown id.
 */
function knownVersions(id: string): readonly Scenario[] {
  if (isSyntheticId(id)) {
    const generated = syntheticFromId(id);
    return generated.ok ? [generated.scenario] : [];
  }
  return builtInScenarioVersions(id);
}

/**
 * The compiled scenario a save names by id and hash: among the versions the game knows (or the
 * one the save carries), the one whose hash, under either scheme (scenario-hash.ts), is the
 * recorded one, compiled under that scheme so that the replayed states match the recorded ones.
 * Errors: the scenario is unknown, or no version has that hash.
 */
export function modelOfScenario(ref: {
  readonly id: string;
  readonly hash: string;
  readonly data?: Scenario;
}): { ok: true; model: ScenarioModel } | { ok: false; error: string } {
  const versions = ref.data ? [ref.data] : knownVersions(ref.id);
  if (versions.length === 0) return { ok: false, error: `unknown scenario "${ref.id}"` };
  for (const scenario of versions) {
    for (const scheme of SCENARIO_HASH_SCHEMES) {
      if (scenarioHash(scenario, scheme) === ref.hash) {
        return { ok: true, model: compileScenario(scenario, scheme) };
      }
    }
  }
  return {
    ok: false,
    error: ref.data
      ? 'the scenario inside the save was changed after the game was saved'
      : `this save was made with a version of scenario "${ref.id}" that this release does not have`,
  };
}

/** Whether the game ships this very scenario, so a save can name it instead of carrying it. */
export function isKnownScenario(model: ScenarioModel): boolean {
  return knownVersions(model.scenario.id).some(
    (version) => scenarioHash(version, model.hashScheme) === model.hash,
  );
}
