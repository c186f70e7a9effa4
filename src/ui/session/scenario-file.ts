import { describeScenarioErrors, parseScenarioText } from '../../model/scenario-schema';
import type { Scenario } from '../../model/types';

/** Scenario files larger than this are refused before they are read. */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

export type ScenarioFileResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly error: string };

/**
 * The scenario in a file a teacher chose, validated like a built-in one; or, in one line, why
 * it cannot be played, naming the first field at fault. Files over 1 MB are refused unread.
 */
export async function openScenarioFile(file: File): Promise<ScenarioFileResult> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) {
    const mb = (file.size / 1_000_000).toFixed(1);
    return {
      ok: false,
      error: `too large to be a scenario (${mb} MB; at most ${MAX_SCENARIO_FILE_BYTES / 1_000_000} MB)`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'the file could not be read' };
  }
  const parsed = parseScenarioText(text);
  return parsed.ok
    ? { ok: true, scenario: parsed.scenario }
    : { ok: false, error: describeScenarioErrors(parsed.errors) };
}
