import * as v from 'valibot';
import type { Step } from '../model/bots';
import type { ScenarioModel } from '../model/compile';
import { DIFFICULTIES, type Difficulty, type Scenario } from '../model/types';
import { describeIssue, isRecord, parseJson } from '../model/validation';
import { scenarioFromData } from './resolve-scenario';

/**
 * Version 1 of the save: a game is its scenario, seed, difficulty and the actions taken, with
 * the digest of the state after each action so a replay can tell where it stops matching.
 */
export interface SaveV1 {
  readonly format: 'mediator-save';
  readonly version: 1;
  readonly scenario: {
    readonly id: string;
    readonly hash: string;
    /** A scenario that is not built in travels inside the save. */
    readonly data?: Scenario;
  };
  readonly seed: number;
  readonly difficulty: Difficulty;
  readonly steps: readonly Step[];
}

export const SAVE_VERSION = 1;
/** Save files larger than this are refused before they are parsed. */
export const MAX_SAVE_BYTES = 1_000_000;
const MAX_STEPS = 500;

const text = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
const party = text(40);

const action = v.variant(
  'type',
  [
    v.strictObject({ type: v.literal('consult'), party }),
    v.strictObject({ type: v.literal('pressure'), party }),
    v.strictObject({
      type: v.literal('propose'),
      package: v.record(text(40), text(40), 'must map each issue to an option'),
    }),
    v.strictObject({ type: v.literal('summit') }),
    v.strictObject({ type: v.literal('adjourn') }),
  ],
  'must be one of "consult", "propose", "pressure", "summit" or "adjourn"',
);

const saveSchema = v.strictObject({
  format: v.literal('mediator-save', 'must be "mediator-save"'),
  version: v.literal(SAVE_VERSION, `must be ${SAVE_VERSION}`),
  scenario: v.strictObject({
    id: text(80),
    hash: v.pipe(
      v.string('must be text'),
      v.regex(/^[0-9a-f]{28}$/, 'must be a 28-digit hex digest'),
    ),
    // Checked in full by the scenario schema when the save is replayed.
    data: v.optional(v.looseObject({})),
  }),
  seed: v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(0, 'must be at least 0'),
    v.maxValue(0xffffffff, 'must be at most 4294967295'),
  ),
  difficulty: v.picklist(DIFFICULTIES, 'must be "easy", "normal" or "hard"'),
  steps: v.pipe(
    v.array(
      v.strictObject({
        action,
        hash: v.pipe(
          v.string('must be text'),
          v.regex(/^[0-9a-f]{28}$/, 'must be a 28-digit hex digest'),
        ),
      }),
      'must be a list of steps',
    ),
    v.maxLength(MAX_STEPS, `must have at most ${MAX_STEPS} steps`),
  ),
});

export type SaveResult =
  | { readonly ok: true; readonly save: SaveV1 }
  | { readonly ok: false; readonly error: string };

/** A save is well formed when it matches the v1 schema; the first problem is named by its field. */
export function parseSave(input: unknown): SaveResult {
  if (!isRecord(input)) return { ok: false, error: 'invalid save: save: must be an object' };
  const version = input.version;
  if (typeof version === 'number' && version > SAVE_VERSION) {
    return {
      ok: false,
      error: `save version ${version} is newer than this game reads (${SAVE_VERSION}): update the game`,
    };
  }
  const parsed = v.safeParse(saveSchema, input);
  if (!parsed.success) {
    const first = parsed.issues[0];
    return {
      ok: false,
      error: `invalid save: ${first ? describeIssue(first, 'save') : 'unknown problem'}`,
    };
  }
  const { data, ...ref } = parsed.output.scenario;
  if (data === undefined) return { ok: true, save: { ...parsed.output, scenario: ref } };
  const scenario = scenarioFromData(data);
  if (!scenario.ok) return { ok: false, error: `invalid save: scenario.data: ${scenario.error}` };
  return { ok: true, save: { ...parsed.output, scenario: { ...ref, data: scenario.scenario } } };
}

/** Parses save file text, refusing oversized text before parsing. */
export function parseSaveText(text: string): SaveResult {
  if (text.length > MAX_SAVE_BYTES) {
    return {
      ok: false,
      error: `save is too large (${text.length} characters; at most ${MAX_SAVE_BYTES})`,
    };
  }
  const json = parseJson(text);
  return json.ok
    ? parseSave(json.value)
    : { ok: false, error: `save is not valid JSON (${json.error})` };
}

/** Builds a save; a scenario that is not built in (or generated) is embedded. */
export function createSave(
  model: ScenarioModel,
  game: { readonly seed: number; readonly difficulty: Difficulty },
  steps: readonly Step[],
  embedScenario: boolean,
): SaveV1 {
  return {
    format: 'mediator-save',
    version: SAVE_VERSION,
    scenario: embedScenario
      ? { id: model.scenario.id, hash: model.hash, data: model.scenario }
      : { id: model.scenario.id, hash: model.hash },
    seed: game.seed,
    difficulty: game.difficulty,
    steps: steps.map((s) => ({ action: s.action, hash: s.hash })),
  };
}

/** The save as file text: fixed key order, two-space indentation, a final newline. */
export function serializeSave(save: SaveV1): string {
  return `${JSON.stringify(save, null, 2)}\n`;
}
