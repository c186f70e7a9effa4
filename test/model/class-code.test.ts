import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClassGame,
  classCodeOf,
  classCodeScenario,
  parseClassCode,
} from '../../src/model/class-code';
import { MAX_SEED } from '../../src/model/game';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const classGames = fc.record<ClassGame>({
  scenario: fc.stringMatching(/^[0-9a-f]{5}$/),
  difficulty: fc.constantFrom('easy', 'normal', 'hard'),
  seed: fc.integer({ min: 0, max: MAX_SEED }),
  players: fc.constantFrom('model', 'people'),
});

describe('class codes', () => {
  it('read back as the game they were made for, however they are typed', () => {
    fc.assert(
      fc.property(classGames, (game) => {
        const code = classCodeOf(game);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
        for (const typed of [
          code,
          code.toLowerCase(),
          code.replace(/-/g, ' '),
          ` ${code.replace(/-/g, '')} `,
        ]) {
          expect(parseClassCode(typed)).toEqual({ ok: true, code, game });
        }
      }),
    );
  });

  it('reads I and L as 1 and O as 0, as in Crockford base 32', () => {
    const code = classCodeOf({
      scenario: '0a1b2',
      difficulty: 'hard',
      seed: 101,
      players: 'people',
    });
    const typed = code.replace(/1/g, 'l').replace(/0/g, 'O');
    expect(parseClassCode(typed)).toMatchObject({ ok: true, code });
  });

  it('names a mistyped character, a missing one and one that is not in codes', () => {
    fc.assert(
      fc.property(classGames, fc.nat(11), fc.nat(31), (game, at, by) => {
        const chars = classCodeOf(game).replace(/-/g, '');
        const old = ALPHABET.indexOf(chars[at] ?? '');
        const replacement = (old + 1 + (by % 31)) % 32;
        fc.pre(Math.abs(replacement - old) !== 31);
        const typo = chars.slice(0, at) + ALPHABET[replacement] + chars.slice(at + 1);
        expect(parseClassCode(typo)).toEqual({
          ok: false,
          error: `“${typo}” is not a class code: a character is mistyped`,
        });
      }),
    );
    expect(parseClassCode('3F7K-Q2MA-9XR')).toEqual({
      ok: false,
      error: '“3F7K-Q2MA-9XR” has 11 letters and digits; a class code has 12, like 3F7K-Q2MA-9XRT',
    });
    expect(parseClassCode('3F7K-Q2MA-9XRU')).toMatchObject({
      ok: false,
      error: expect.stringContaining('has “U”, which is not in class codes'),
    });
    expect(parseClassCode('')).toMatchObject({ ok: false });
  });

  it('catches a swap of two neighbouring characters', () => {
    fc.assert(
      fc.property(classGames, fc.nat(10), (game, at) => {
        const chars = classCodeOf(game).replace(/-/g, '');
        const a = chars[at] ?? '';
        const b = chars[at + 1] ?? '';
        fc.pre(a !== b && Math.abs(ALPHABET.indexOf(a) - ALPHABET.indexOf(b)) !== 31);
        const swapped = chars.slice(0, at) + b + a + chars.slice(at + 2);
        expect(parseClassCode(swapped).ok).toBe(false);
      }),
    );
  });

  it('names a scenario by the first five hex digits of its game hash', () => {
    expect(classCodeScenario('ABCDEF0123456789abcdef012345')).toBe('abcde');
  });

  it('refuses to make a code for a game outside its ranges', () => {
    expect(() =>
      classCodeOf({ scenario: 'xyz', difficulty: 'easy', seed: 1, players: 'model' }),
    ).toThrow();
    expect(() =>
      classCodeOf({ scenario: 'abcde', difficulty: 'easy', seed: MAX_SEED + 1, players: 'model' }),
    ).toThrow();
  });
});
