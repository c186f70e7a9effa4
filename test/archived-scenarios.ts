import { registerArchivedScenarioFiles } from '../src/cli/archived-scenarios';

// Old saves replay under the archived scenario versions, which Node reads from their files.
registerArchivedScenarioFiles();
