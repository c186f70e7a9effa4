/**
 * Writes the example games of public/examples/ (listed, with a note each, in
 * public/examples.json) under the rules of this release. Run it when a release changes the
 * rules or the built-in scenario's numbers: `npx tsx scripts/make-examples.ts`, then check the
 * notes in examples.json still tell what happens in each game.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerScenarioFiles } from '../src/cli/scenario-files';
import { playGame, type Step } from '../src/model/bots';
import { compileScenario } from '../src/model/compile';
import { type Action, createGame, stateHash } from '../src/model/game';
import { applyAction } from '../src/model/reducer';
import { builtInScenario } from '../src/model/scenarios';
import { createSave, serializeSave } from '../src/saves/save-format';

// The built-in scenarios are data files, read from assets/scenarios/.
registerScenarioFiles();

const scenario = builtInScenario('alaska-2025');
if (!scenario) throw new Error('the built-in scenario alaska-2025 is missing');
const model = compileScenario(scenario);
const folder = join(import.meta.dirname, '../public/examples');

/** Plays scripted actions, every one of which must be accepted. */
function scripted(seed: number, actions: readonly Action[]): Step[] {
  let state = createGame(model, { seed, difficulty: 'normal' });
  return actions.map((action) => {
    const result = applyAction(model, state, action);
    if (!result.ok) throw new Error(`${action.type} refused: ${result.rejection.message}`);
    state = result.state;
    return { action, hash: stateHash(state) };
  });
}

const tilted = {
  east: 'cede',
  pockets: 'keep',
  south: 'freeze',
  status: 'de-facto',
  guarantee: 'european',
  forces: 'monitors',
  'non-seizure': 'yes',
  sanctions: 'phased-relief',
};

const examples: readonly { file: string; name: string; seed: number; steps: readonly Step[] }[] = [
  {
    file: 'deal.json',
    name: 'A deal: build trust, wait, then table one package',
    seed: 7,
    steps: playGame(model, { seed: 7, difficulty: 'normal', strategy: 'expert' }).steps,
  },
  {
    file: 'stalemate.json',
    name: 'A stalemate: a new package every session',
    seed: 2,
    steps: playGame(model, { seed: 2, difficulty: 'normal', strategy: 'adaptive' }).steps,
  },
  {
    file: 'surrender.json',
    name: 'A surrender: pressure until one side signs',
    seed: 4,
    steps: scripted(4, [
      { type: 'consult', party: 'us' },
      { type: 'consult', party: 'ru' },
      { type: 'consult', party: 'ua' },
      { type: 'consult', party: 'us' },
      { type: 'propose', package: tilted },
      { type: 'pressure', party: 'ua' },
      { type: 'summit' },
    ]),
  },
];

for (const { file, name, seed, steps } of examples) {
  const save = createSave(model, { seed, difficulty: 'normal' }, steps, { name, savedAt: null });
  writeFileSync(join(folder, file), serializeSave(save));
  console.log(`${file}: ${steps.length} steps`);
}
