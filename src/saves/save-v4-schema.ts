import * as v from 'valibot';
import { hexDigest, MAX_STEPS, text } from './save-v1-schema';
import { saveV3Schema } from './save-v3-schema';

/*
 * Version 4 of the save: version 3 that can hold a role-play, where students answer for the
 * leaders. Such a save says `"players": "people"`, and the actions that asked the leaders
 * (tabling, the summit, pressure on a tabled package) carry the answers the players gave, so
 * that the game replays as they played it. A solo game's save is version 3's with a new version
 * number. Frozen once a later version exists, like versions 1 to 3.
 */

const party = text(40);

/** Each leader's player's answer, by party id: yes or no, and the issue that hurts it most. */
const answersSchema = v.record(
  party,
  v.strictObject({ accepts: v.boolean('must be true or false'), issue: text(40) }),
  'must map each leader to its answer',
);

export const actionV4Schema = v.variant(
  'type',
  [
    v.strictObject({ type: v.literal('consult'), party }),
    v.strictObject({ type: v.literal('pressure'), party, answers: v.optional(answersSchema) }),
    v.strictObject({
      type: v.literal('propose'),
      package: v.record(text(40), text(40), 'must map each issue to an option'),
      answers: v.optional(answersSchema),
    }),
    v.strictObject({ type: v.literal('summit'), answers: v.optional(answersSchema) }),
    v.strictObject({ type: v.literal('adjourn') }),
  ],
  'must be one of "consult", "propose", "pressure", "summit" or "adjourn"',
);

export const saveV4Schema = v.strictObject({
  ...saveV3Schema.entries,
  version: v.literal(4, 'must be 4'),
  /** Present, as "people", only in a role-play. */
  players: v.optional(v.literal('people', 'must be "people"')),
  steps: v.pipe(
    v.array(v.strictObject({ action: actionV4Schema, hash: hexDigest }), 'must be a list of steps'),
    v.maxLength(MAX_STEPS, `must have at most ${MAX_STEPS} steps`),
  ),
});

/** A version 4 save as its schema checks it; an embedded scenario is checked afterwards. */
export type SaveV4 = v.InferOutput<typeof saveV4Schema>;
