import { compileScenario, type ScenarioModel } from '../model/compile';
import { RULES_VERSIONS, scenarioHash } from '../model/scenario-hash';
import { parseScenario } from '../model/scenario-schema';
import { builtInScenario, builtInScenarioVersions } from '../model/scenarios';
import { EARLIER_HASHES } from '../model/scenarios/archive';
import type { Scenario } from '../model/types';

export type ResolvedScenario =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly error: string };

/** Generates the scenario an id names, or null when the id is not of its kind. */
export type ScenarioGenerator = (id: string) => ResolvedScenario | null;

let generate: ScenarioGenerator = () => null;

/**
 * Lets ids such as `synthetic:10x4` name generated scenarios (model/synthetic.ts): the command
 * line, the bench and the tests register them (cli/scenario-files.ts). The browser registers
 * none: generated scenarios are test fixtures, and their generator stays out of the game's code.
 */
export function registerScenarioGenerator(generator: ScenarioGenerator): void {
  generate = generator;
}

/** A scenario the game knows by id: built in, or generated from an id a generator knows. */
export function scenarioById(id: string): ResolvedScenario {
  const generated = generate(id);
  if (generated) return generated;
  const scenario = builtInScenario(id);
  return scenario ? { ok: true, scenario } : { ok: false, error: `unknown scenario "${id}"` };
}

/**
 * Validates scenario data carried inside a save. Its quotes are not checked: the save records a
 * game already played, perhaps on a scenario file written before sources recorded their quotes.
 */
export function scenarioFromData(data: unknown): ResolvedScenario {
  const result = parseScenario(data, { quotes: false });
  if (result.ok) return result;
  const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
  return { ok: false, error: `invalid scenario: ${result.errors[0]}${more}` };
}

/**
 * Every version of a scenario the game knows by id: a built-in one's current and archived
 * versions, or the one a generated id names; none for an unknown id.
 */
function knownVersions(id: string): readonly Scenario[] {
  const generated = generate(id);
  if (generated) return generated.ok ? [generated.scenario] : [];
  return builtInScenarioVersions(id);
}

/**
 * The compiled scenario a save names by id and hash: among the versions the game knows (or the
 * one the save carries), the one whose hash, under either scheme and any rules version this
 * release keeps (scenario-hash.ts), is the recorded one, compiled under that scheme and those
 * rules so that the replayed states match the recorded ones and play goes on under its rules.
 * Errors: the scenario is unknown, or no version has that hash.
 */
export function modelOfScenario(ref: {
  readonly id: string;
  readonly hash: string;
  readonly data?: Scenario;
}): { ok: true; model: ScenarioModel } | { ok: false; error: string } {
  const versions = ref.data ? [ref.data] : knownVersions(ref.id);
  if (versions.length === 0) return { ok: false, error: `unknown scenario "${ref.id}"` };
  const model = modelAmong(versions, ref, !ref.data);
  if (model) return { ok: true, model };
  return {
    ok: false,
    error: ref.data
      ? 'the scenario inside the save was changed after the game was saved'
      : `this save was made with a version of scenario "${ref.id}" that this release does not have`,
  };
}

/**
 * Among versions of a scenario, the one a save names by this hash, compiled as the save named
 * it: by its game or content hash, or (for a built-in scenario) by a hash an earlier save wrote
 * for the same game in other words (EARLIER_HASHES). Null when none is.
 */
export function modelAmong(
  versions: readonly Scenario[],
  ref: { readonly id: string; readonly hash: string },
  builtIn: boolean,
): ScenarioModel | null {
  for (const scenario of versions) {
    for (const rules of RULES_VERSIONS) {
      if (scenarioHash(scenario, 'game', rules) === ref.hash)
        return compileScenario(scenario, 'game', undefined, rules);
    }
    if (scenarioHash(scenario, 'content', 1) === ref.hash)
      return compileScenario(scenario, 'content');
  }
  const alias = builtIn ? earlierName(ref) : null;
  // Every earlier name is of a game played under rules 1.
  const version =
    alias && versions.find((scenario) => scenarioHash(scenario, 'game', 1) === alias.gameHash);
  return alias && version ? compileScenario(version, alias.scheme, ref.hash, 1) : null;
}

/**
 * Whether the game ships this very scenario, so a save can name it instead of carrying it. A
 * generated scenario is carried: the browser has no generator.
 */
export function isKnownScenario(model: ScenarioModel): boolean {
  const alias = earlierName({ id: model.scenario.id, hash: model.hash })?.gameHash;
  return builtInScenarioVersions(model.scenario.id).some(
    (version) =>
      scenarioHash(version, model.hashScheme, model.rules) === model.hash ||
      (alias !== undefined &&
        scenarioHash(version, 'game', 1) === alias &&
        scenarioHash(model.scenario, 'game', 1) === alias),
  );
}

/** What an earlier save meant by this hash of a built-in scenario, if it is one (archive/). */
function earlierName(ref: { readonly id: string; readonly hash: string }) {
  const alias = EARLIER_HASHES.get(ref.hash);
  return alias && alias.id === ref.id ? alias : null;
}
