import { parseScenario } from '../scenario-schema';
import type { Scenario } from '../types';
import { archivedScenarioData } from './archive';

/**
 * The scenarios that ship with the game, by id, in the order the title lists them: the default
 * first, then a fictional warm-up with the same mechanics. Each is a data file in
 * `assets/scenarios/` (named here), validated like any scenario file. They are data, not code:
 * the command line and the tests read the files (cli/scenario-files.ts), and the browser fetches
 * them before the title (game/scenario-data.ts); either registers them with
 * registerBuiltInScenario.
 */
export const BUILT_IN_SCENARIO_FILES: Readonly<Record<string, string>> = {
  'alaska-2025': 'alaska-2025.json',
  'silverrun-dam': 'silverrun-dam.json',
};

export const BUILT_IN_SCENARIO_IDS: readonly string[] = Object.keys(BUILT_IN_SCENARIO_FILES);
export const DEFAULT_SCENARIO_ID = 'alaska-2025';

const registered = new Map<string, unknown>();
const loaded = new Map<string, Scenario>();

/**
 * Makes a built-in scenario's file data (as parsed from JSON, not yet validated) known under its
 * id. Registering again replaces it. An id not in BUILT_IN_SCENARIO_FILES is a bug in the caller,
 * and throws.
 */
export function registerBuiltInScenario(id: string, data: unknown): void {
  if (!Object.hasOwn(BUILT_IN_SCENARIO_FILES, id)) {
    throw new Error(`${id} is not a built-in scenario`);
  }
  registered.set(id, data);
  loaded.delete(id);
}

/**
 * A built-in scenario by id, validated and cached, or null for an unknown id.
 * Throws when the id is built in but its file was not registered (a bug in the start-up order),
 * or when the file fails its own schema (a bug in the game, not bad input).
 */
export function builtInScenario(id: string): Scenario | null {
  const cached = loaded.get(id);
  if (cached) return cached;
  if (!Object.hasOwn(BUILT_IN_SCENARIO_FILES, id)) return null;
  if (!registered.has(id)) throw new Error(`built-in scenario ${id} was not loaded`);
  const result = parseScenario(registered.get(id));
  if (!result.ok)
    throw new Error(`built-in scenario ${id} is invalid: ${result.errors.join('; ')}`);
  loaded.set(id, result.scenario);
  return result.scenario;
}

const archived = new Map<string, readonly Scenario[]>();

/**
 * Every version of a built-in scenario the game can replay a save with: the current one first,
 * then the archived ones (archive/index.ts), newest first. Empty for an unknown id.
 */
export function builtInScenarioVersions(id: string): readonly Scenario[] {
  const current = builtInScenario(id);
  if (!current) return [];
  const data = archivedScenarioData(id);
  let earlier = archived.get(id);
  if (!earlier || earlier.length !== data.length) {
    earlier = data.map((version, i) => {
      // Kept exactly as a release shipped it, perhaps before sources recorded their quotes.
      const result = parseScenario(version, { quotes: false });
      if (!result.ok) {
        throw new Error(
          `archived scenario ${id} #${i + 1} is invalid: ${result.errors.join('; ')}`,
        );
      }
      return result.scenario;
    });
    archived.set(id, earlier);
  }
  return [current, ...earlier];
}
