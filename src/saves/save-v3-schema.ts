import * as v from 'valibot';
import { saveV2Schema } from './save-v2-schema';

/*
 * Version 3 of the save: version 2 with the game's own id, so that each game in progress has its
 * own place in browser storage and two tabs never write over each other's game. Frozen once a
 * later version exists, like versions 1 and 2.
 */

/** A game id: 12 lowercase hex digits, random for a game begun in a browser. */
export const GAME_ID = /^[0-9a-f]{12}$/;

export const saveV3Schema = v.strictObject({
  ...saveV2Schema.entries,
  version: v.literal(3, 'must be 3'),
  game: v.pipe(
    v.string('must be text'),
    v.regex(GAME_ID, 'must be a game id of 12 hex digits such as "3f9a0c41d2b7"'),
  ),
});

/** A version 3 save as its schema checks it; an embedded scenario is checked afterwards. */
export type SaveV3 = v.InferOutput<typeof saveV3Schema>;
