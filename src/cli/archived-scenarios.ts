import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ARCHIVE_FILES, registerArchivedScenarios } from '../model/scenarios/archive';

const FOLDER = new URL('../../assets/scenarios/archive/', import.meta.url);

/**
 * Reads every archived scenario file from assets/scenarios/archive/ and registers it: for the
 * command line and the tests, which run in Node. The browser fetches them instead (game/).
 */
export function registerArchivedScenarioFiles(): void {
  for (const [id, files] of Object.entries(ARCHIVE_FILES)) {
    registerArchivedScenarios(
      id,
      files.map((file) => JSON.parse(readFileSync(fileURLToPath(new URL(file, FOLDER)), 'utf8'))),
    );
  }
}
