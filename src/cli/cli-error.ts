/** Exit statuses: 1 for bad input or a failed check, 2 for a command line that cannot be read. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem the user can fix: reported as one line on stderr, never as a stack trace. */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The command line itself is wrong: an unknown command or flag, a missing value. */
export const usageError = (message: string): CliError => new CliError(message, EXIT.usage);

/** The command line is understood but what it names is wrong: a bad file, value or package. */
export const inputError = (message: string): CliError => new CliError(message, EXIT.failed);
