import { unexpectedProblem } from '../files/text-file';
import {
  byFileName,
  type ClassGame,
  type ClassJudging,
  classGameRow,
  judgeClass,
} from '../model/class-results';
import type { ScenarioModel } from '../model/compile';
import { RULES_VERSION, scenarioHash } from '../model/scenario-hash';
import { type NotReplayable, recordedLog } from './recorded-log';
import { replaySave } from './replay';
import { parseSaveText, type Save } from './save-format';

/** A file given to the class view: its text, or why it could not be read (e.g. too large). */
export type ClassInput =
  | { readonly file: string; readonly text: string }
  | { readonly file: string; readonly error: string };

// The class's judging is the model's (class-results.ts); the class view and the CSV read it here.
export {
  BEST_RULE,
  type ClassGame,
  type ClassOutcome,
  dealScoreRange,
  percentages,
  type Verdict,
  WORST_RULE,
} from '../model/class-results';

/**
 * The games of one scenario, with their tally and best and worst table (judgeClass): results
 * are only comparable between games of the same scenario.
 */
export interface ScenarioGroup extends ClassJudging {
  readonly model: ScenarioModel;
  /**
   * The scenario's title, and for games played under earlier rules a note saying so, so that two
   * groups of one scenario are told apart.
   */
  readonly title: string;
  readonly games: readonly ClassGame[];
}

export interface ClassSummary {
  /** One group per scenario (by content), the largest first. */
  readonly groups: readonly ScenarioGroup[];
  /** Files that could not be read or parsed: not counted. */
  readonly problems: readonly { readonly file: string; readonly error: string }[];
  /** Saved games this release cannot replay (another version of the scenario, other rules):
   * counted as games, but without a result to chart. */
  readonly unreplayable: readonly UnreplayableGame[];
  /** Files holding the very same game as another file: counted once. */
  readonly duplicates: readonly { readonly file: string; readonly sameAs: string }[];
  /** Different files given the same name (browsers' download names often coincide): each is
   * counted, the later ones under a numbered name such as `deal.json (2)`. */
  readonly renamed: readonly { readonly file: string; readonly as: string }[];
}

/** A saved game this release cannot replay, and why. */
export interface UnreplayableGame {
  readonly file: string;
  /** The save's own name. */
  readonly name: string;
  readonly why: NotReplayable;
  readonly error: string;
}

/** A saved game's text, parsed and replayed (readClassSave), or why it could not be parsed. */
export type ReadSave =
  | {
      readonly ok: true;
      readonly save: Save;
      readonly replay: ReturnType<typeof replaySave>;
    }
  | { readonly ok: false; readonly error: string };

/**
 * Parses a saved game's text and replays it (parseSaveText, replaySave): the slow part of
 * summing up a class, one file at a time, so that a caller can read many in slices. Never
 * throws: a failure no check foresaw is told as the file's error.
 */
export function readClassSave(text: string): ReadSave {
  try {
    const parsed = parseSaveText(text);
    return parsed.ok ? { ok: true, save: parsed.save, replay: replaySave(parsed.save) } : parsed;
  } catch (error) {
    return { ok: false, error: unexpectedProblem(error) };
  }
}

/**
 * Replays every saved game and sums up a class: a row per game, grouped by scenario, with the
 * tally of outcomes and the best and worst table. A file that cannot be read or parsed is listed
 * with its error; a game that cannot be replayed is counted apart, with why; the same game given
 * twice is counted once. `read` reads each file's text (readClassSave unless given, e.g. by a
 * caller that has read them already).
 */
export function summarizeClass(
  given: readonly ClassInput[],
  read: (text: string) => ReadSave = readClassSave,
): ClassSummary {
  const { inputs, renamed } = distinctNames(given);
  const problems: { file: string; error: string }[] = [];
  const unreplayable: UnreplayableGame[] = [];
  const duplicates: { file: string; sameAs: string }[] = [];
  const seen = new Map<string, string>();
  const byScenario = new Map<
    string,
    { model: ScenarioModel; games: Omit<ClassGame, 'number'>[] }
  >();

  for (const input of [...inputs].sort((a, b) => byFileName(a.file, b.file))) {
    if ('error' in input) {
      problems.push({ file: input.file, error: input.error });
      continue;
    }
    const parsed = read(input.text);
    if (!parsed.ok) {
      problems.push({ file: input.file, error: parsed.error });
      continue;
    }
    const { replay } = parsed;
    const { save } = parsed;
    const identity = [
      save.scenario.hash,
      save.seed,
      save.difficulty,
      ...save.steps.map((s) => s.hash),
    ].join(' ');
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      duplicates.push({ file: input.file, sameAs: earlier });
      continue;
    }
    seen.set(identity, input.file);
    if (!replay.ok) {
      const { why } = recordedLog(save, replay);
      unreplayable.push({ file: input.file, name: save.name, why, error: replay.error });
      continue;
    }
    // Games of one scenario version and rules stay together, whichever way their saves named it;
    // rules 2 and 3 play alike (only the words of the outcome's reasons differ).
    const rules = replay.model.rules === 1 ? 1 : RULES_VERSION;
    const version = scenarioHash(replay.model.scenario, 'game', rules);
    const group = byScenario.get(version) ?? { model: replay.model, games: [] };
    group.games.push(classGameRow(replay.model, replay.final, input.file, save.name));
    byScenario.set(version, group);
  }

  const groups = [...byScenario.values()]
    .map(({ model, games }) => {
      const numbered = games.map((g, i) => ({ ...g, number: i + 1 }));
      return {
        model,
        title:
          model.rules === 1
            ? `${model.scenario.title}, under the rules of release 0.2 or before`
            : model.scenario.title,
        games: numbered,
        ...judgeClass(model, numbered),
      };
    })
    .sort(
      (a, b) =>
        b.games.length - a.games.length ||
        byFileName(a.model.scenario.title, b.model.scenario.title),
    );
  return { groups, problems, unreplayable, duplicates, renamed };
}

/**
 * Gives every file a name of its own: a file whose name an earlier one already has, with other
 * contents, is named `name (2)`, `name (3)`… and listed in `renamed`. A file identical to an
 * earlier one of the same name is the same file given twice, and is dropped.
 */
function distinctNames(inputs: readonly ClassInput[]): {
  inputs: ClassInput[];
  renamed: { file: string; as: string }[];
} {
  const byName = new Map<string, ClassInput[]>();
  const used = new Set(inputs.map((input) => input.file));
  const kept: ClassInput[] = [];
  const renamed: { file: string; as: string }[] = [];
  const contents = (input: ClassInput) => ('text' in input ? `t${input.text}` : `e${input.error}`);
  for (const input of inputs) {
    const same = byName.get(input.file) ?? [];
    if (same.some((other) => contents(other) === contents(input))) continue;
    byName.set(input.file, [...same, input]);
    if (same.length === 0) {
      kept.push(input);
      continue;
    }
    let n = same.length + 1;
    while (used.has(`${input.file} (${n})`)) n++;
    const as = `${input.file} (${n})`;
    used.add(as);
    renamed.push({ file: input.file, as });
    kept.push({ ...input, file: as });
  }
  return { inputs: kept, renamed };
}
