import { printable } from '../files/text-file';
import { EXIT, type ExitCode } from './cli-error';

/** What a command prints: its report on stdout and, when it failed, one line for stderr. */
export interface CommandResult {
  readonly stdout: string;
  readonly failure?: string;
  readonly exitCode: ExitCode;
}

/** A successful report: JSON when asked for, otherwise the text lines. */
export function report(json: boolean, value: unknown, lines: readonly string[]): CommandResult {
  return { stdout: json ? toJson(value) : toText(lines), exitCode: EXIT.ok };
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Text lines for a terminal: what a scenario or save file holds cannot write escapes to it. */
export function toText(lines: readonly string[]): string {
  return `${lines.map(printable).join('\n')}\n`;
}
