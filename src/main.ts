import { compileScenario } from './model/compile';
import { builtInScenario, DEFAULT_SCENARIO_ID } from './model/scenarios';

// Until the game scenes exist, the page shows the built-in scenario's size.
const scenario = builtInScenario(DEFAULT_SCENARIO_ID);
const status = document.getElementById('status');
if (scenario && status) {
  const model = compileScenario(scenario);
  status.textContent = `Scenario “${scenario.title}”: ${model.partyIds.length} leaders, ${model.issueIds.length} issues, ${model.packageCount} possible packages. The game screens are being built.`;
}
