import alaskaJson from '../../assets/scenarios/alaska-2025.json';
import { parseScenario, type ScenarioResult } from '../../src/model/scenario-schema';
import type { Scenario } from '../../src/model/types';

// biome-ignore lint/suspicious/noExplicitAny: a test edits the raw scenario JSON freely.
export type Raw = any;

/** A fresh copy of alaska-2025.json as plain data, for a test to edit as a teacher would. */
export const raw = (): Raw => structuredClone(alaskaJson);

/** The errors a parse gives, or none. */
export const errorsOf = (result: ScenarioResult): readonly string[] =>
  result.ok ? [] : result.errors;

/** A scenario file's data, parsed; throws with its errors when it is not valid. */
export const valid = (data: unknown): Scenario => {
  const parsed = parseScenario(data);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
};
