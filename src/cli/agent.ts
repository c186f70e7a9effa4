import { compileScenario, type ScenarioModel } from '../model/compile';
import {
  type Action,
  createGame,
  type GameState,
  MAX_SEED,
  parseSeed,
  stateHash,
} from '../model/game';
import { observe } from '../model/observation';
import { applyAction } from '../model/reducer';
import { DIFFICULTIES, type Difficulty } from '../model/types';
import { createSave, serializeSave } from '../saves/save-format';
import { type CommandSpec, parseArgs } from './args';
import { CliError, EXIT, type ExitCode, inputError } from './cli-error';
import { writeText } from './files';
import { loadScenario } from './load-scenario';

export const AGENT: CommandSpec = {
  flags: {
    agent: 'switch',
    seed: 'value',
    difficulty: 'value',
    scenario: 'value',
    out: 'value',
  },
  takesNames: false,
};

/** One game played by an outside program, a line in and a line out at a time. */
export interface AgentSession {
  /** The observation before any action, as one JSON line. */
  readonly opening: string;
  /**
   * Takes one line of standard input: a JSON action in the form a save records it. Returns the
   * line to write (the observation after the action, or a one-line JSON error that changes
   * nothing) and whether the game is over.
   */
  receive(line: string): { readonly output: string; readonly over: boolean };
  /** Writes the save of the game so far when --out was given; returns a note or an error line. */
  close(): string | null;
}

/**
 * `play --agent`: reads the flags (a game number from --seed, else one drawn at random; the
 * difficulty, normal by default; the scenario; --out) and opens a game. Errors: bad flags, as a
 * usage or input error before anything is played.
 */
export function startAgent(argv: readonly string[], randomSeed: () => number): AgentSession {
  const args = parseArgs(AGENT, argv);
  const seedText = args.values.get('seed');
  let seed = randomSeed() % (MAX_SEED + 1);
  if (seedText !== undefined) {
    const parsed = parseSeed(seedText);
    if (!parsed.ok) throw inputError(`--seed ${parsed.error}`);
    seed = parsed.seed;
  }
  const difficultyText = args.values.get('difficulty') ?? 'normal';
  const difficulty = DIFFICULTIES.find((d) => d === difficultyText);
  if (difficulty === undefined) {
    throw inputError(`unknown difficulty "${difficultyText}": choose ${DIFFICULTIES.join(', ')}`);
  }
  const model = compileScenario(loadScenario(args.values.get('scenario')));
  return agentSession(model, seed, difficulty, args.values.get('out') ?? null);
}

function agentSession(
  model: ScenarioModel,
  seed: number,
  difficulty: Difficulty,
  out: string | null,
): AgentSession {
  let state: GameState = createGame(model, { seed, difficulty });
  const steps: { action: Action; hash: string }[] = [];
  const observation = () => JSON.stringify(observe(model, state));
  const error = (message: string) => JSON.stringify({ error: message });
  return {
    opening: observation(),
    receive(line) {
      let action: unknown;
      try {
        action = JSON.parse(line);
      } catch {
        return {
          output: error('not a JSON action: send one object per line, e.g. {"type":"summit"}'),
          over: false,
        };
      }
      const result = applyAction(model, state, action as Action);
      if (!result.ok)
        return { output: error(result.rejection.message), over: state.outcome !== null };
      state = result.state;
      const recorded = state.history.at(-1)?.action ?? (action as Action);
      steps.push({ action: recorded, hash: stateHash(state) });
      return { output: observation(), over: state.outcome !== null };
    },
    close() {
      if (out === null) return null;
      const save = createSave(model, { seed, difficulty }, steps, {
        name: `Agent, seed ${seed}${difficulty === 'normal' ? '' : `, ${difficulty}`}`,
        savedAt: null,
      });
      const written = writeText(out, serializeSave(save));
      return written.ok ? null : written.error;
    },
  };
}

/**
 * Plays `play --agent` over lines of input: writes the opening observation, then one line per
 * non-blank input line, and stops at the outcome or the end of input; with --out the save is
 * written then. Returns the exit status and, on failure, the one-line reason for stderr.
 */
export async function runAgent(
  argv: readonly string[],
  input: AsyncIterable<string>,
  write: (line: string) => void,
  randomSeed: () => number,
): Promise<{ readonly exitCode: ExitCode; readonly failure: string | null }> {
  let session: AgentSession;
  try {
    session = startAgent(argv, randomSeed);
  } catch (error) {
    if (error instanceof CliError) return { exitCode: error.exitCode, failure: error.message };
    throw error;
  }
  write(session.opening);
  for await (const line of input) {
    if (line.trim() === '') continue;
    const { output, over } = session.receive(line);
    write(output);
    if (over) break;
  }
  const failure = session.close();
  return failure === null
    ? { exitCode: EXIT.ok, failure: null }
    : { exitCode: EXIT.failed, failure };
}
