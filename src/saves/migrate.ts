import * as v from 'valibot';
import { digest } from '../model/hash';
import { invalidSave, type SaveError, saveError } from './save-error';
import { type SaveV1, saveV1Schema } from './save-v1-schema';
import { type SaveV2, saveV2Schema } from './save-v2-schema';
import { type SaveV3, saveV3Schema } from './save-v3-schema';
import { type SaveV4, saveV4Schema } from './save-v4-schema';

/*
 * Every version ever written stays readable: a save is checked against the schema of its own
 * version, then lifted one version at a time to the current one. Adding version 4 means a
 * save-v4-schema.ts, a migrateV3ToV4, one more case below, and `migrateV3ToV4(…)` around the
 * result of every older case. Golden files in test/fixtures/saves/ pin each step down.
 */

export type ReadResult = { readonly ok: true; readonly save: SaveV4 } | SaveError;

/** A save of a known version, checked against its own schema and migrated to the current one. */
export function readSave(input: Readonly<Record<string, unknown>>): ReadResult {
  switch (input.version) {
    case 1:
      return lift(v.safeParse(saveV1Schema, input), (save) =>
        migrateV3ToV4(migrateV2ToV3(migrateV1ToV2(save))),
      );
    case 2:
      return lift(v.safeParse(saveV2Schema, input), (save) => migrateV3ToV4(migrateV2ToV3(save)));
    case 3:
      return lift(v.safeParse(saveV3Schema, input), migrateV3ToV4);
    case 4:
      return lift(v.safeParse(saveV4Schema, input), (save) => save);
    default:
      return saveError('invalid', 'invalid save: version: must be 1, 2, 3 or 4');
  }
}

function lift<T>(
  parsed: v.SafeParseResult<v.GenericSchema<unknown, T>>,
  migrate: (save: T) => SaveV4,
): ReadResult {
  return parsed.success ? { ok: true, save: migrate(parsed.output) } : invalidSave(parsed.issues);
}

/** Version 1 → 2: saves gained a name, the time they were saved, and where a branch began. */
export function migrateV1ToV2(save: SaveV1): SaveV2 {
  return {
    format: 'mediator-save',
    version: 2,
    name: 'Saved game',
    savedAt: null,
    scenario: save.scenario,
    seed: save.seed,
    difficulty: save.difficulty,
    branchedFrom: null,
    steps: save.steps,
  };
}

/**
 * Version 2 → 3: saves gained the game's id. An older save's id is the first 12 hex digits of
 * the digest of the save itself, so the same file always opens as the same game.
 */
export function migrateV2ToV3(save: SaveV2): SaveV3 {
  return {
    format: 'mediator-save',
    version: 3,
    game: digest(save).slice(0, 12),
    name: save.name,
    savedAt: save.savedAt,
    scenario: save.scenario,
    seed: save.seed,
    difficulty: save.difficulty,
    branchedFrom: save.branchedFrom,
    steps: save.steps,
  };
}

/** Version 3 → 4: saves could hold a role-play; a save of version 3 is always a solo game. */
export function migrateV3ToV4(save: SaveV3): SaveV4 {
  return { ...save, version: 4 };
}
