import * as v from 'valibot';
import {
  difficultySchema,
  MAX_STEPS,
  scenarioRefSchema,
  seedSchema,
  stepsSchema,
  text,
} from './save-v1-schema';

/*
 * Version 2 of the save: version 1 with a readable name, the time it was saved, and the save a
 * game was taken over from. Frozen once a later version exists, like version 1.
 */

export const MAX_SAVE_NAME = 120;

/** ISO 8601 date and time with seconds and a zone, as `Date.prototype.toISOString` writes it. */
export const ISO_DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: names must be free of them.
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const nameSchema = v.pipe(
  text(MAX_SAVE_NAME),
  v.check((name) => !CONTROL_CHARACTER.test(name), 'must be one line of text'),
);

export const saveV2Schema = v.strictObject({
  format: v.literal('mediator-save', 'must be "mediator-save"'),
  version: v.literal(2, 'must be 2'),
  name: nameSchema,
  savedAt: v.nullable(
    v.pipe(
      v.string('must be a date and time as text, or null'),
      v.regex(ISO_DATE_TIME, 'must be an ISO 8601 date and time such as "2025-08-15T18:30:00Z"'),
    ),
  ),
  scenario: scenarioRefSchema,
  seed: seedSchema,
  difficulty: difficultySchema,
  branchedFrom: v.nullable(
    v.strictObject({
      name: nameSchema,
      step: v.pipe(
        v.number('must be a number'),
        v.integer('must be a whole number'),
        v.minValue(0, 'must be at least 0'),
        v.maxValue(MAX_STEPS, `must be at most ${MAX_STEPS}`),
      ),
    }),
  ),
  steps: stepsSchema,
});

/** A version 2 save as its schema checks it; an embedded scenario is checked afterwards. */
export type SaveV2 = v.InferOutput<typeof saveV2Schema>;
