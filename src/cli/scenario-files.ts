import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_SCENARIO_FILES, registerBuiltInScenario } from '../model/scenarios';
import { ARCHIVE_FILES, registerArchivedScenarios } from '../model/scenarios/archive';
import { isSyntheticId, syntheticFromId } from '../model/synthetic';
import { registerScenarioGenerator } from '../saves/resolve-scenario';

const FOLDER = new URL('../../assets/scenarios/', import.meta.url);

const read = (file: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(file, FOLDER)), 'utf8'));

/**
 * Reads the built-in scenario files from assets/scenarios/, current and archived, and registers
 * them, with the generator of synthetic scenarios (`synthetic:10x4`): for the command line, the
 * scripts and the tests, which run in Node. The browser fetches the files instead
 * (game/scenario-data.ts), and knows no synthetic ids. Throws on a missing or unparsable file,
 * which is a broken checkout, not bad input.
 */
export function registerScenarioFiles(): void {
  for (const [id, file] of Object.entries(BUILT_IN_SCENARIO_FILES)) {
    registerBuiltInScenario(id, read(file));
  }
  registerScenarioGenerator((id) => {
    if (!isSyntheticId(id)) return null;
    const made = syntheticFromId(id);
    return made.ok ? made : { ok: false, error: made.error };
  });
  for (const [id, files] of Object.entries(ARCHIVE_FILES)) {
    registerArchivedScenarios(
      id,
      files.map((file) => read(`archive/${file}`)),
    );
  }
}
