import * as v from 'valibot';
import { DIFFICULTIES } from '../model/types';

/*
 * Version 1 of the save, frozen: files written in it are read for ever (see migrate.ts). Later
 * versions reuse the parts that did not change; a part that changes gets a new schema in the
 * later version's file, never an edit here. The golden files in test/fixtures/saves/v1/ hold
 * this schema to its word.
 */

/** Games are bounded by their deadline; this only bounds the work a hostile file can cause. */
export const MAX_STEPS = 500;

export const text = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

export const hexDigest = v.pipe(
  v.string('must be text'),
  v.regex(/^[0-9a-f]{28}$/, 'must be a 28-digit hex digest'),
);

const party = text(40);

export const actionSchema = v.variant(
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

export const stepsSchema = v.pipe(
  v.array(v.strictObject({ action: actionSchema, hash: hexDigest }), 'must be a list of steps'),
  v.maxLength(MAX_STEPS, `must have at most ${MAX_STEPS} steps`),
);

export const scenarioRefSchema = v.strictObject({
  id: text(80),
  hash: hexDigest,
  // Checked in full by the scenario schema once the save's own shape is known to be right.
  data: v.optional(v.looseObject({})),
});

export const seedSchema = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must be at least 0'),
  v.maxValue(0xffffffff, 'must be at most 4294967295'),
);

export const difficultySchema = v.picklist(DIFFICULTIES, 'must be "easy", "normal" or "hard"');

/**
 * Version 1 of the save: a game is its scenario, seed, difficulty and the actions taken, with
 * the digest of the state after each action so a replay can tell where it stops matching.
 */
export const saveV1Schema = v.strictObject({
  format: v.literal('mediator-save', 'must be "mediator-save"'),
  version: v.literal(1, 'must be 1'),
  scenario: scenarioRefSchema,
  seed: seedSchema,
  difficulty: difficultySchema,
  steps: stepsSchema,
});

export type SaveV1 = v.InferOutput<typeof saveV1Schema>;
