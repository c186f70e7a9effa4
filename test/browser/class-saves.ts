import { playGame, STRATEGIES, type Strategy } from '../../src/model/bots';
import { compileScenario, type ScenarioModel } from '../../src/model/compile';
import { builtInScenario } from '../../src/model/scenarios';
import type { Difficulty } from '../../src/model/types';
import { createSave, serializeSave } from '../../src/saves/save-format';

/** A file as a test hands it to the page. */
export interface SaveFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

export const json = (name: string, text: string): SaveFile => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

let compiled: ScenarioModel | undefined;

/** The built-in scenario, compiled once asked for (after the built-in scenarios are loaded). */
export function alaska(): ScenarioModel {
  const scenario = builtInScenario('alaska-2025');
  if (!scenario) throw new Error('the built-in scenario is missing');
  compiled ??= compileScenario(scenario);
  return compiled;
}

/** A bot's whole game, saved as a student would hand it in. */
export function botGame(
  file: string,
  seed: number,
  strategy: Strategy,
  model: ScenarioModel = alaska(),
  difficulty: Difficulty = 'normal',
): SaveFile {
  const game = playGame(model, { seed, strategy, difficulty });
  const save = createSave(model, { seed, difficulty }, game.steps, {
    name: `Table ${file}`,
    savedAt: '2025-09-01T10:00:00.000Z',
  });
  return json(file, serializeSave(save));
}

/**
 * A class of `count` different games, the same on every call: each bot strategy in turn on game
 * numbers 7, 8, … at the normal then the hard difficulty, so that every twelve games share two
 * class codes (30 games have five codes). Files are named `table-1.json`, `table-2.json`, …
 */
export function classOfGames(count: number): SaveFile[] {
  return Array.from({ length: count }, (_, i) =>
    botGame(
      `table-${i + 1}.json`,
      7 + Math.floor(i / 12),
      STRATEGIES[i % STRATEGIES.length] as Strategy,
      alaska(),
      Math.floor(i / 6) % 2 === 0 ? 'normal' : 'hard',
    ),
  );
}
