import { registerScenarioFiles } from '../src/cli/scenario-files';

// The built-in scenarios, current and archived, are data files, which Node reads.
registerScenarioFiles();
