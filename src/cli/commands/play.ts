import { playGame, STRATEGIES } from '../../model/bots';
import { compileScenario } from '../../model/compile';
import { parseSeed } from '../../model/game';
import { DIFFICULTIES } from '../../model/types';
import { createSave, serializeSave } from '../../saves/save-format';
import { type CommandSpec, parseArgs, required } from '../args';
import { inputError, usageError } from '../cli-error';
import { formatEvent, formatOutcome } from '../describe';
import { writeText } from '../files';
import { loadScenario } from '../load-scenario';
import { type CommandResult, report } from '../output';

export const PLAY: CommandSpec = {
  flags: {
    seed: 'value',
    strategy: 'value',
    difficulty: 'value',
    scenario: 'value',
    out: 'value',
    json: 'switch',
    agent: 'switch',
  },
  takesNames: false,
};

/** A bot mediator plays a whole game; with --out its save is written for `replay`. */
export function runPlay(argv: readonly string[]): CommandResult {
  const args = parseArgs(PLAY, argv);
  if (args.switches.has('agent'))
    throw usageError('--agent plays over standard input: run "npm run -s sim -- play --agent"');
  const seed = seedFlag(required(args, 'seed', '(a whole number 0–4294967295)'));
  const strategy = pick(
    'strategy',
    required(args, 'strategy', `(${STRATEGIES.join(' or ')})`),
    STRATEGIES,
  );
  const difficulty = pick('difficulty', args.values.get('difficulty') ?? 'normal', DIFFICULTIES);
  const model = compileScenario(loadScenario(args.values.get('scenario')));
  const out = args.values.get('out') ?? null;

  const game = playGame(model, { seed, difficulty, strategy });
  if (out !== null) {
    const bot = `${strategy[0]?.toUpperCase() ?? ''}${strategy.slice(1)} bot`;
    const name = `${bot}, seed ${seed}${difficulty === 'normal' ? '' : `, ${difficulty}`}`;
    const save = createSave(model, { seed, difficulty }, game.steps, { name, savedAt: null });
    const written = writeText(out, serializeSave(save));
    if (!written.ok) throw inputError(written.error);
  }

  const { outcome } = game.state;
  const result = { seed, strategy, difficulty, steps: game.steps.length, outcome, out };
  const lines = [
    `The ${strategy} bot mediates ${model.scenario.title} (${model.scenario.id}), seed ${seed}, ${difficulty} difficulty, ${game.state.sessions} sessions`,
    ...game.state.history.map((event) => `  ${formatEvent(model, event)}`),
    `Outcome: ${formatOutcome(model, outcome)}`,
    ...(outcome?.reasons ?? []).map((reason) => `  ${reason}`),
    ...(out === null ? [] : [`Saved to ${out}`]),
  ];
  return report(args.switches.has('json'), result, lines);
}

function seedFlag(text: string): number {
  const parsed = parseSeed(text);
  if (!parsed.ok) throw inputError(`--seed ${parsed.error}`);
  return parsed.seed;
}

function pick<T extends string>(flag: string, text: string, allowed: readonly T[]): T {
  const found = allowed.find((x) => x === text);
  if (found === undefined) {
    throw inputError(`unknown ${flag} "${text}": choose ${allowed.join(', ')}`);
  }
  return found;
}
