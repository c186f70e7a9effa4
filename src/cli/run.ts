import { printable } from '../files/text-file';
import { CliError, EXIT, type ExitCode } from './cli-error';
import { runAnalyze } from './commands/analyze';
import { runBalance } from './commands/balance';
import { runEvaluate } from './commands/evaluate';
import { runPlay } from './commands/play';
import { runReplay } from './commands/replay';
import type { CommandResult } from './output';
import { USAGE } from './usage';

const COMMANDS: Readonly<Record<string, (argv: readonly string[]) => CommandResult>> = {
  analyze: runAnalyze,
  evaluate: runEvaluate,
  replay: runReplay,
  play: runPlay,
  balance: runBalance,
};

/** What the process prints and its exit status. */
export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: ExitCode;
}

const HELP = new Set(['help', '--help', '-h']);

/** Runs one command line. It never throws: every failure becomes one line on stderr. */
export function runCli(argv: readonly string[]): CliRun {
  const [command, ...rest] = argv;
  if (command === undefined) return { stdout: '', stderr: USAGE, exitCode: EXIT.usage };
  const beforeNames = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (HELP.has(command) || beforeNames.some((arg) => HELP.has(arg) && arg !== 'help')) {
    return { stdout: USAGE, stderr: '', exitCode: EXIT.ok };
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) {
    return {
      stdout: '',
      stderr: `sim: unknown command "${printable(command)}" (run "npm run sim -- help" for the commands)\n`,
      exitCode: EXIT.usage,
    };
  }
  try {
    const result = run(rest);
    const stderr = result.failure === undefined ? '' : line(command, result.failure);
    return { stdout: result.stdout, stderr, exitCode: result.exitCode };
  } catch (error) {
    if (error instanceof CliError) {
      return { stdout: '', stderr: line(command, error.message), exitCode: error.exitCode };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      stdout: '',
      stderr: line(command, `internal error: ${message}`),
      exitCode: EXIT.failed,
    };
  }
}

/** One line, whatever the message holds, so a caller can rely on it. */
function line(command: string, message: string): string {
  return `sim: ${printable(`${command}: ${message.replace(/\s*\n\s*/g, ' ')}`)}\n`;
}
