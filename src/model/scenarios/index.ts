import alaska2025 from '../../../assets/scenarios/alaska-2025.json';
import silverrunDam from '../../../assets/scenarios/silverrun-dam.json';
import { parseScenario } from '../scenario-schema';
import type { Scenario } from '../types';
import { archivedScenarioData } from './archive';

/**
 * The scenarios that ship with the game, by id, validated like any scenario file, in the order
 * the title lists them: the default first, then a fictional warm-up with the same mechanics.
 */
const builtIn: Readonly<Record<string, unknown>> = {
  'alaska-2025': alaska2025,
  'silverrun-dam': silverrunDam,
};

export const BUILT_IN_SCENARIO_IDS: readonly string[] = Object.keys(builtIn);
export const DEFAULT_SCENARIO_ID = 'alaska-2025';

const loaded = new Map<string, Scenario>();

/** A built-in scenario by id, or null for an unknown id. */
export function builtInScenario(id: string): Scenario | null {
  const cached = loaded.get(id);
  if (cached) return cached;
  if (!Object.hasOwn(builtIn, id)) return null;
  const result = parseScenario(builtIn[id]);
  // A built-in scenario that fails its own schema is a bug in the game, not bad input.
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
