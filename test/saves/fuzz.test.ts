import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import { parseSaveText, type SaveResult, serializeSaveCompact } from '../../src/saves/save-format';
import { createSaveLibrary } from '../../src/saves/save-library';
import { openShareLink } from '../../src/saves/share-link';
import { createGameStore } from '../../src/store/game-store';
import { COMPROMISE } from '../canonical-packages';
import { HEAVY_TEST_TIMEOUT } from '../time-limits';
import { badLinkFragment, badSaveText, REAL_SAVES } from './hostile-inputs';
import { MemoryStorage } from './memory-storage';

// Each property draws its inputs from the fixed seed of fast-check-seed.ts: the same 5,000 on
// every run, enough to reach every kind of bad input hostile-inputs.ts builds.
const RUNS = 5_000;

/** A game in progress that no way in may touch. */
const store = createGameStore(builtInScenario('alaska-2025') as Scenario, {
  seed: 7,
  difficulty: 'normal',
});
store.getState().consult('ru');
store.getState().propose(COMPROMISE);
const inProgress = store.getState();

const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((p) =>
    Object.getOwnPropertyNames(p).sort().join(),
  );
const pristine = prototypeKeys();

/** A way in answers with a save, or with a one-line reason a person can read. */
function expectReadable(result: SaveResult): void {
  if (result.ok) {
    // Accidentally valid input must be a save this game can write back.
    expect(serializeSaveCompact(result.save).length).toBeGreaterThan(0);
    return;
  }
  expect(typeof result.error).toBe('string');
  expect(result.error.trim().length).toBeGreaterThan(0);
  expect(result.error).not.toMatch(/\n|^\s*at |\(file:|\.ts:\d+/);
  expect(result.error.length).toBeLessThanOrEqual(300);
}

/** Neither the game in progress nor any prototype was touched. */
function expectNothingTouched(): void {
  expect(store.getState()).toBe(inProgress);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}

afterAll(() => {
  expect(prototypeKeys()).toEqual(pristine);
  expect(store.getState()).toBe(inProgress);
});

describe('every way in, fed hostile input', { timeout: HEAVY_TEST_TIMEOUT }, () => {
  it(`a file: parseSaveText refuses ${RUNS} bad texts readably`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(badSaveText, (text) => {
        const result = parseSaveText(text);
        if (result.ok) accepted++;
        expectReadable(result);
        expectNothingTouched();
      }),
      { numRuns: RUNS },
    );
    // Some damage (a deleted space, say) leaves a valid save; most must not.
    expect(accepted).toBeLessThan(RUNS / 4);
  });

  it(`a link: openShareLink refuses ${RUNS} bad fragments readably`, () => {
    fc.assert(
      fc.property(badLinkFragment, (fragment) => {
        expectReadable(openShareLink(fragment));
        expectNothingTouched();
      }),
      { numRuns: RUNS },
    );
  });

  const junkValue = fc.oneof(
    { weight: 4, arbitrary: badSaveText },
    {
      weight: 4,
      arbitrary: fc
        .tuple(badSaveText, fc.constantFrom('deal', 'stalemate', 'victory', 7))
        .map(
          ([save, outcome]) =>
            `{"summary":{"scenarioTitle":"Alaska","outcome":${JSON.stringify(outcome)}},"save":${save}}`,
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...REAL_SAVES)
        .map(
          (s) =>
            `{"summary":{"scenarioTitle":"Alaska","outcome":"deal"},"save":${serializeSaveCompact(s)}}`,
        ),
    },
  );
  const junkKey = fc.oneof(
    fc.constant('mediator:autosave'),
    fc.stringMatching(/^[0-9a-f]{12}$/).map((id) => `mediator:saved:${id}`),
    fc.stringMatching(/^[0-9a-f]{12}$/).map((id) => `mediator:playing:${id}`),
    fc.string({ maxLength: 20 }).map((s) => `mediator:saved:${s}`),
    fc.string({ maxLength: 20 }).map((s) => `mediator:${s}`),
    fc.string({ maxLength: 20 }),
  );

  it(`browser storage: the library reads ${RUNS} stores full of junk without writing`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(junkKey, junkValue), { maxLength: 5 }),
        fc.array(fc.string({ maxLength: 16 }), { maxLength: 2 }),
        (items, strayIds) => {
          const storage = new MemoryStorage();
          for (const [key, value] of items) storage.setItem(key, value);
          const before = storage.snapshot();
          const library = createSaveLibrary(storage);

          for (const entry of library.inProgress()) {
            const opened = library.openInProgress(entry.id);
            expectReadable(opened);
            expect(opened.ok).toBe(entry.readable);
          }
          for (const entry of library.list()) {
            const opened = library.open(entry.id);
            expectReadable(opened);
            expect(opened.ok).toBe(entry.readable);
          }
          const keptIds = before
            .map(([key]) => key)
            .filter((key) => key.startsWith('mediator:saved:'))
            .map((key) => key.slice('mediator:saved:'.length));
          for (const id of [...keptIds, ...strayIds]) expectReadable(library.open(id));

          expect(storage.snapshot()).toEqual(before);
          expectNothingTouched();
        },
      ),
      { numRuns: RUNS },
    );
  });
});
