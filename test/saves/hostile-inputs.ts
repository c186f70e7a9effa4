import fc from 'fast-check';
import LZString from 'lz-string';
import { playGame } from '../../src/model/bots';
import { compileScenario } from '../../src/model/compile';
import { digestText } from '../../src/model/hash';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import {
  createSave,
  type Save,
  serializeSave,
  serializeSaveCompact,
} from '../../src/saves/save-format';
import { shareLinkFragment } from '../../src/saves/share-link';

/*
 * Arbitraries of bad save text, built from real saves so that most of them get deep into the
 * parser before something is wrong: cut short, with a range deleted, a number made huge or
 * nonsensical, an action renamed, a "__proto__" key slipped in, a value of the wrong type; plus
 * random text, random bytes, random JSON, and a valid start followed by garbage.
 */

const scenario = builtInScenario('alaska-2025') as Scenario;
const model = compileScenario(scenario);

function botSave(seed: number, strategy: 'greedy' | 'random', extra: Partial<Save> = {}): Save {
  const game = playGame(model, { seed, difficulty: 'normal', strategy });
  const save = createSave(model, { seed, difficulty: 'normal' }, game.steps, {
    name: `Bot game ${seed}`,
    savedAt: '2025-08-15T12:00:00.000Z',
  });
  return { ...save, ...extra };
}

/** Real saves to damage: finished and unfinished, named and branched, v2 and v1. */
export const REAL_SAVES: readonly Save[] = [
  botSave(7, 'greedy'),
  botSave(3, 'random', { branchedFrom: { name: 'Earlier', step: 2 }, savedAt: null }),
  botSave(11, 'random'),
  { ...botSave(12, 'random'), steps: botSave(12, 'random').steps.slice(0, 2) },
];
const customSave = (() => {
  const custom = compileScenario({ ...scenario, id: 'fuzz-copy', title: 'A copy for fuzzing' });
  const game = playGame(custom, { seed: 1, difficulty: 'easy', strategy: 'greedy' });
  return createSave(custom, { seed: 1, difficulty: 'easy' }, game.steps, {
    name: 'Custom',
    savedAt: null,
  });
})();

const v1Text = (save: Save) => {
  const { name: _n, savedAt: _s, branchedFrom: _b, ...rest } = save;
  return JSON.stringify({ ...rest, version: 1 }, null, 2);
};

/** Small real save texts, pretty and compact, v2 and v1. */
export const REAL_TEXTS: readonly string[] = REAL_SAVES.flatMap((s) => [
  serializeSave(s),
  serializeSaveCompact(s),
  v1Text(s),
]);
/** One large text: a save carrying its own scenario (about 40 kB). */
export const LARGE_TEXT = serializeSaveCompact(customSave);

const realText = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...REAL_TEXTS) },
  { weight: 1, arbitrary: fc.constant(LARGE_TEXT) },
);

const truncated = realText.chain((t) => fc.nat(t.length).map((n) => t.slice(0, n)));

const rangeDeleted = realText.chain((t) =>
  fc
    .tuple(fc.nat(t.length), fc.integer({ min: 1, max: 300 }))
    .map(([at, n]) => t.slice(0, at) + t.slice(at + n)),
);

const STRANGE_NUMBERS = [
  '1e999',
  '-1e999',
  '-1',
  '-0',
  '1e308',
  '9007199254740993',
  '4294967296',
  '0.5',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '01',
  '1.',
  '.5',
  '"7"',
  'null',
  'true',
  '[]',
  '{}',
  '1'.repeat(400),
];
const numberChanged = fc
  .tuple(realText, fc.constantFrom(...STRANGE_NUMBERS), fc.nat())
  .map(([t, replacement, k]) => {
    const numbers = [...t.matchAll(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/g)];
    const m = numbers[k % Math.max(1, numbers.length)];
    return m?.index === undefined
      ? t
      : t.slice(0, m.index) + replacement + t.slice(m.index + m[0].length);
  });

const ACTION_NAMES = [
  'bribe',
  '__proto__',
  'constructor',
  'toString',
  '',
  'SUMMIT',
  'consult ',
  'hasOwnProperty',
];
const actionRenamed = fc
  .tuple(
    realText,
    fc.oneof(fc.constantFrom(...ACTION_NAMES), fc.string({ maxLength: 12 })),
    fc.nat(),
  )
  .map(([t, name, k]) => {
    const types = [...t.matchAll(/"type": ?"[a-z]+"/g)];
    const m = types[k % Math.max(1, types.length)];
    return m?.index === undefined
      ? t
      : `${t.slice(0, m.index)}"type":${JSON.stringify(name)}${t.slice(m.index + m[0].length)}`;
  });

const HOSTILE_KEYS = [
  '"__proto__": {"polluted": true}',
  '"__proto__": null',
  '"constructor": {"prototype": {"polluted": true}}',
  '"prototype": {"polluted": true}',
  '"__proto__": [1, 2]',
];
const protoInserted = fc
  .tuple(realText, fc.constantFrom(...HOSTILE_KEYS), fc.nat())
  .map(([t, key, k]) => {
    const opens = [...t.matchAll(/\{/g)];
    const m = opens[k % Math.max(1, opens.length)];
    if (m?.index === undefined) return t;
    const rest = t.slice(m.index + 1);
    return `${t.slice(0, m.index + 1)}${key}${rest.trimStart().startsWith('}') ? '' : ','}${rest}`;
  });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function pathsOf(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (value !== null && typeof value === 'object') {
    for (const [k, x] of Object.entries(value)) pathsOf(x, [...path, k], out);
  }
  return out;
}

const WRONG_VALUES: Json[] = [
  null,
  true,
  -1,
  1e308,
  0.5,
  '',
  'x'.repeat(1000),
  [],
  {},
  [null],
  { a: 1 },
];
/** A real save (small ones only) with one value anywhere in it replaced by one of another type. */
const wrongType = fc
  .tuple(
    fc.constantFrom(...REAL_TEXTS),
    fc.oneof(fc.constantFrom(...WRONG_VALUES), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>),
    fc.nat(),
  )
  .map(([t, replacement, k]) => {
    const root = JSON.parse(t) as Json;
    const paths = pathsOf(root);
    const path = paths[k % paths.length] ?? [];
    if (path.length === 0) return JSON.stringify(replacement);
    let parent: Json = root;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string, Json>)[key] as Json;
    (parent as Record<string, Json>)[path[path.length - 1] as string] = replacement;
    return JSON.stringify(root);
  });

const garbageAfterPrefix = fc
  .tuple(realText, fc.nat(), fc.string({ maxLength: 200 }))
  .map(([t, n, garbage]) => t.slice(0, n % (t.length + 1)) + garbage);

const randomBytes = fc
  .uint8Array({ maxLength: 2000 })
  .map((b) => Buffer.from(b).toString('latin1'));

const randomJson = fc.oneof(
  fc.jsonValue().map((x) => JSON.stringify(x)),
  fc
    .record(
      {
        format: fc.oneof(fc.constant('mediator-save'), fc.jsonValue()),
        version: fc.oneof(fc.constantFrom(1, 2, 3, 1.5, -1), fc.jsonValue()),
        name: fc.jsonValue(),
        savedAt: fc.jsonValue(),
        scenario: fc.jsonValue(),
        seed: fc.jsonValue(),
        difficulty: fc.jsonValue(),
        branchedFrom: fc.jsonValue(),
        steps: fc.jsonValue(),
      },
      { requiredKeys: [] },
    )
    .map((x) => JSON.stringify(x)),
);

/** Save text that is wrong in one of many ways (and, rarely, right by accident). */
export const badSaveText: fc.Arbitrary<string> = fc.oneof(
  truncated,
  rangeDeleted,
  numberChanged,
  actionRenamed,
  protoInserted,
  wrongType,
  garbageAfterPrefix,
  fc.string({ maxLength: 500 }),
  fc.string({ unit: 'binary', maxLength: 500 }),
  randomBytes,
  randomJson,
);

const linkOf = (payload: string) => `#game=${payload}.${digestText(payload).slice(0, 8)}`;
const REAL_LINKS = REAL_SAVES.map((s) => {
  const link = shareLinkFragment(s);
  if (!link.ok) throw new Error(link.error);
  return link.fragment;
});
const URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * Link fragments that are wrong in one of many ways: real links cut or altered (which the
 * checksum catches), bad save text compressed with a correct checksum (which reaches the
 * parser), random payloads with a correct checksum (which reach the decompressor), random text.
 */
export const badLinkFragment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...REAL_LINKS).chain((l) => fc.nat(l.length).map((n) => l.slice(0, n))),
  fc
    .tuple(
      fc.constantFrom(...REAL_LINKS),
      fc.nat(),
      fc.constantFrom(...URI_ALPHABET, '.', '#', '%'),
    )
    .map(([l, i, ch]) => {
      const at = i % l.length;
      return l.slice(0, at) + ch + l.slice(at + 1);
    }),
  badSaveText.map((t) => linkOf(LZString.compressToEncodedURIComponent(t))),
  fc.string({ unit: fc.constantFrom(...URI_ALPHABET), maxLength: 400 }).map(linkOf),
  fc.string({ maxLength: 400 }).map((s) => `#game=${s}`),
  fc.string({ maxLength: 400 }),
  fc.constantFrom(
    `#game=${'A'.repeat(16_001)}`,
    `#${'x'.repeat(20_000)}`,
    '#',
    '',
    '#game=',
    '#game=.',
  ),
);
