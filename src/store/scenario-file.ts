import {
  decodeTextFile,
  MAX_TEXT_FILE_BYTES,
  type TextFileResult,
  tooLargeToRead,
} from '../files/text-file';
import { describeScenarioErrors, parseScenarioText } from '../model/scenario-schema';
import type { Scenario } from '../model/types';

/** Scenario files larger than this are refused before they are read. */
export const MAX_SCENARIO_FILE_BYTES = MAX_TEXT_FILE_BYTES;

export type ScenarioFileResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly error: string };

/**
 * The scenario in a file a teacher chose, validated like a built-in one; or, in one line, why
 * it cannot be played, naming the first field at fault (or, for a saved game, where to open it
 * instead). Files over 1 MB are refused unread.
 */
export async function openScenarioFile(file: File): Promise<ScenarioFileResult> {
  const tooLarge = tooLargeToRead(file.size, 'a scenario', MAX_SCENARIO_FILE_BYTES);
  if (tooLarge) return { ok: false, error: tooLarge };
  let read: TextFileResult;
  try {
    read = decodeTextFile(new Uint8Array(await file.arrayBuffer()), 'the file');
  } catch {
    return { ok: false, error: 'the file could not be read' };
  }
  if (!read.ok) return read;
  const parsed = parseScenarioText(read.text);
  // A saved game chosen here by mistake: say where it opens instead of listing its faults.
  if (!parsed.ok && isSavedGame(read.text)) {
    return {
      ok: false,
      error: 'it is a saved game, not a scenario: open it with “Open a saved game file”',
    };
  }
  return parsed.ok
    ? { ok: true, scenario: parsed.scenario }
    : { ok: false, error: describeScenarioErrors(parsed.errors) };
}

function isSavedGame(text: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    return (
      typeof data === 'object' &&
      data !== null &&
      'format' in data &&
      data.format === 'mediator-save'
    );
  } catch {
    return false;
  }
}
