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

export function toText(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
