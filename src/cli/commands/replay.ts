import type { Outcome } from '../../model/outcome';
import { replaySave } from '../../saves/replay';
import { parseSaveText } from '../../saves/save-format';
import { type CommandSpec, parseArgs } from '../args';
import { EXIT, usageError } from '../cli-error';
import { formatOutcome } from '../describe';
import { readText } from '../files';
import { type CommandResult, toJson, toText } from '../output';

export const REPLAY: CommandSpec = { flags: { json: 'switch' }, takesNames: true };

/** How one save file replayed; `steps` is null when the file could not be read as a save. */
type FileReplay =
  | {
      readonly file: string;
      readonly ok: true;
      readonly steps: number;
      readonly outcome: Outcome | null;
    }
  | {
      readonly file: string;
      readonly ok: false;
      readonly steps: number | null;
      readonly error: string;
      readonly step?: number;
    };

/** Replays each save from its seed and checks it reaches every recorded state. */
export function runReplay(argv: readonly string[]): CommandResult {
  const args = parseArgs(REPLAY, argv);
  if (args.names.length === 0) throw usageError('name at least one save file');
  const replays = args.names.map(replayFile);
  const results = replays.map((r) => r.result);
  const stdout = args.switches.has('json') ? toJson(results) : toText(replays.map((r) => r.line));

  const failed = results.flatMap((r) => (r.ok ? [] : [r]));
  const [first] = failed;
  if (!first) return { stdout, exitCode: EXIT.ok };
  const failure =
    failed.length === 1
      ? `${first.file}: ${first.error}`
      : `${failed.length} of ${results.length} saves failed, the first: ${first.file}: ${first.error}`;
  return { stdout, failure, exitCode: EXIT.failed };
}

function replayFile(file: string): { result: FileReplay; line: string } {
  const fail = (error: string, steps: number | null, step?: number) => ({
    result: { file, ok: false as const, steps, error, ...(step === undefined ? {} : { step }) },
    line: `${file}: FAILED, ${error}`,
  });
  const read = readText(file, 'a saved game');
  if (!read.ok) return fail(read.error, null);
  const parsed = parseSaveText(read.text);
  if (!parsed.ok) return fail(parsed.error, null);
  const steps = parsed.save.steps.length;
  const replayed = replaySave(parsed.save);
  if (!replayed.ok) return fail(replayed.error, steps, replayed.step);
  const { outcome } = replayed.final;
  return {
    result: { file, ok: true, steps, outcome },
    line: `${file}: OK, ${steps} steps, ${formatOutcome(replayed.model, outcome)}`,
  };
}
