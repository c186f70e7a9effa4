import { MAX_TEXT_FILE_BYTES } from '../files/text-file';
import type { Step } from '../model/bots';
import type { ScenarioModel } from '../model/compile';
import type { Action, PlayerAnswers, Players } from '../model/game';
import { digest } from '../model/hash';
import type { Difficulty, Scenario } from '../model/types';
import { findReservedKey, isRecord, parseJson } from '../model/validation';
import { readSave } from './migrate';
import { isKnownScenario, scenarioFromData } from './resolve-scenario';
import { type SaveError, saveError } from './save-error';
import { CONTROL_CHARACTER, ISO_DATE_TIME, MAX_SAVE_NAME } from './save-v2-schema';
import { GAME_ID } from './save-v3-schema';
import type { SaveV4 } from './save-v4-schema';

const GAME_ID_DIGITS = 12;

export type { SaveError, SaveErrorCode } from './save-error';
export { MAX_SAVE_NAME } from './save-v2-schema';
export { GAME_ID } from './save-v3-schema';

/** The version this game writes; older versions are migrated on the way in (migrate.ts). */
export const SAVE_VERSION = 4;
/** Save files larger than this are refused before they are read or parsed. */
export const MAX_SAVE_FILE_BYTES = MAX_TEXT_FILE_BYTES;

/** A built-in scenario is named by id and content hash; any other travels inside the save. */
export interface ScenarioRef {
  readonly id: string;
  readonly hash: string;
  readonly data?: Scenario;
}

/** The save a game was taken over from, and the step it was taken over at. */
export interface SaveBranch {
  readonly name: string;
  readonly step: number;
}

/**
 * A saved game, version 4: the scenario, seed, difficulty, who answered for the leaders, and the
 * actions taken (with the answers the players gave, in a role-play), each with the digest of the
 * state after it; never a snapshot of the state itself.
 */
export interface Save {
  readonly format: 'mediator-save';
  readonly version: typeof SAVE_VERSION;
  /** The game's id (12 hex digits): every save of one game in progress carries the same. */
  readonly game: string;
  /** What lists and file names show: "Deal, 5 sessions — …". */
  readonly name: string;
  /** When a person saved it (ISO 8601); null for generated saves, so they stay reproducible. */
  readonly savedAt: string | null;
  readonly scenario: ScenarioRef;
  readonly seed: number;
  readonly difficulty: Difficulty;
  /** `people` in a role-play, where students answered for the leaders; absent in a solo game. */
  readonly players?: 'people';
  readonly branchedFrom: SaveBranch | null;
  readonly steps: readonly Step[];
}

export type SaveResult = { readonly ok: true; readonly save: Save } | SaveError;

/**
 * A save is well formed when it matches the schema of its version; an older version is migrated
 * to the current one, a newer one is refused, and the first problem is named by its field.
 */
export function parseSave(input: unknown): SaveResult {
  if (!isRecord(input)) return saveError('invalid', 'invalid save: save: must be an object');
  if (input.format !== 'mediator-save') {
    return saveError('invalid', 'invalid save: format: must be "mediator-save"');
  }
  const { version } = input;
  if (typeof version === 'number' && Number.isInteger(version) && version > SAVE_VERSION) {
    return saveError(
      'newer-version',
      `save version ${version} is newer than this game reads (${SAVE_VERSION}): update the game`,
    );
  }
  const reserved = findReservedKey(input);
  if (reserved) return saveError('invalid', `invalid save: ${reserved}`);
  const shaped = readSave(input);
  if (!shaped.ok) return shaped;
  // A solo game's save has no `players` at all, rather than an undefined one.
  const { players, steps, ...rest } = shaped.save;
  const read = {
    ...rest,
    ...(players === 'people' ? { players } : {}),
    steps: steps.map((step) => ({ action: actionInKeyOrder(step.action), hash: step.hash })),
  };
  const { data, ...ref } = read.scenario;
  if (data === undefined) return { ok: true, save: { ...read, scenario: ref } };
  const scenario = scenarioFromData(data);
  if (!scenario.ok) return saveError('invalid', `invalid save: scenario.data: ${scenario.error}`);
  if (scenario.scenario.id !== ref.id) {
    return saveError('invalid', 'invalid save: scenario.data.id: must be the same as scenario.id');
  }
  return { ok: true, save: { ...read, scenario: { ...ref, data: scenario.scenario } } };
}

/** Parses save text, refusing text longer than `maxChars` before any parsing. */
export function parseSaveText(text: string, maxChars: number = MAX_SAVE_FILE_BYTES): SaveResult {
  if (text.length > maxChars) {
    return saveError(
      'too-large',
      `save is too large (${text.length} characters; at most ${maxChars})`,
    );
  }
  const json = parseJson(text);
  return json.ok
    ? parseSave(json.value)
    : saveError('not-json', `save is not valid JSON (${json.error})`);
}

/** A name fit for a save: one line, at most 120 characters, never empty. */
export function saveName(name: string): string {
  const line = name
    .replace(new RegExp(CONTROL_CHARACTER.source, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (line.length === 0) return 'Saved game';
  if (line.length <= MAX_SAVE_NAME) return line;
  let cut = '';
  for (const ch of line) {
    if (cut.length + ch.length > MAX_SAVE_NAME - 1) break;
    cut += ch;
  }
  return `${cut.trimEnd()}…`;
}

export interface SaveMeta {
  readonly name: string;
  /** ISO 8601, e.g. `new Date().toISOString()`; null keeps a generated save reproducible. */
  readonly savedAt: string | null;
  readonly branchedFrom?: SaveBranch | null;
  /** Whether the scenario travels inside the save; by default, when the game does not ship it. */
  readonly embedScenario?: boolean;
  /**
   * The game's id (12 hex digits, see `randomGameId`); by default one derived from the scenario,
   * seed, difficulty and branch, so that a generated save stays reproducible.
   */
  readonly game?: string;
}

/** A new game's id: 12 random hex digits (48 bits), from the platform's secure generator. */
export function randomGameId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Builds a save; the name is tidied into one short line. */
export function createSave(
  model: ScenarioModel,
  game: { readonly seed: number; readonly difficulty: Difficulty; readonly players?: Players },
  steps: readonly Step[],
  meta: SaveMeta,
): Save {
  if (meta.savedAt !== null && !ISO_DATE_TIME.test(meta.savedAt)) {
    throw new RangeError(`savedAt must be an ISO 8601 date and time, not "${meta.savedAt}"`);
  }
  if (meta.game !== undefined && !GAME_ID.test(meta.game)) {
    throw new RangeError(`a game id must be 12 hex digits, not "${meta.game}"`);
  }
  const embed = meta.embedScenario ?? !isKnownScenario(model);
  const branch = meta.branchedFrom ?? null;
  const people = game.players === 'people';
  // A role-play's id differs from the solo game of the same number; a solo game's is as it was.
  const identity = [model.hash, game.seed, game.difficulty, branch, ...(people ? ['people'] : [])];
  return {
    format: 'mediator-save',
    version: SAVE_VERSION,
    game: meta.game ?? digest(identity).slice(0, GAME_ID_DIGITS),
    name: saveName(meta.name),
    savedAt: meta.savedAt,
    scenario: embed
      ? { id: model.scenario.id, hash: model.hash, data: model.scenario }
      : { id: model.scenario.id, hash: model.hash },
    seed: game.seed,
    difficulty: game.difficulty,
    ...(people ? { players: 'people' as const } : {}),
    branchedFrom: branch && { name: saveName(branch.name), step: branch.step },
    steps: steps.map((s) => ({ action: s.action, hash: s.hash })),
  };
}

/** The save as file text: fixed key order, two-space indentation, a final newline. */
export function serializeSave(save: Save): string {
  return `${JSON.stringify(inKeyOrder(save), null, 2)}\n`;
}

/** The save as one line of JSON, for links and browser storage. */
export function serializeSaveCompact(save: Save): string {
  return JSON.stringify(inKeyOrder(save));
}

/** The same save with its keys in the order of the format, whatever order it was built in. */
function inKeyOrder(save: Save): Save {
  const { id, hash, data } = save.scenario;
  const branch = save.branchedFrom;
  return {
    format: save.format,
    version: save.version,
    game: save.game,
    name: save.name,
    savedAt: save.savedAt,
    scenario: data === undefined ? { id, hash } : { id, hash, data },
    seed: save.seed,
    difficulty: save.difficulty,
    ...(save.players === 'people' ? { players: 'people' as const } : {}),
    branchedFrom: branch && { name: branch.name, step: branch.step },
    steps: save.steps.map((s) => ({ action: actionInKeyOrder(s.action), hash: s.hash })),
  };
}

/** A role-play's answers with each answer's keys in the format's order: accepts, then issue. */
function answersInKeyOrder(answers: PlayerAnswers | undefined): { answers?: PlayerAnswers } {
  if (answers === undefined) return {};
  return {
    answers: Object.fromEntries(
      Object.entries(answers).map(([id, a]) => [id, { accepts: a.accepts, issue: a.issue }]),
    ),
  };
}

/**
 * An action with its keys in the format's order, and no answers where it carries none: as the
 * game recorded it, or as the schema read it from a file.
 */
function actionInKeyOrder(action: Action | SaveV4['steps'][number]['action']): Action {
  switch (action.type) {
    case 'consult':
      return { type: action.type, party: action.party };
    case 'pressure':
      return { type: action.type, party: action.party, ...answersInKeyOrder(action.answers) };
    case 'propose':
      return { type: action.type, package: action.package, ...answersInKeyOrder(action.answers) };
    case 'summit':
      return { type: action.type, ...answersInKeyOrder(action.answers) };
    case 'adjourn':
      return { type: action.type };
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}
