import { describe, expect, it } from 'vitest';
import { createGame, parseSeed, revealedIssues, sessionsLeft } from '../../src/model/game';
import { DIFFICULTIES, type Difficulty } from '../../src/model/types';
import { alaskaModel } from './fixtures';

const model = alaskaModel();
const newGame = (difficulty: Difficulty = 'normal', seed = 17) =>
  createGame(model, { seed, difficulty });
describe('difficulty', () => {
  it('sets the sessions, what is known at the start and the hidden noise', () => {
    for (const difficulty of DIFFICULTIES) {
      const settings = model.scenario.difficulties[difficulty];
      for (let seed = 0; seed < 30; seed++) {
        const state = newGame(difficulty, seed);
        expect(state.sessions).toBe(settings.sessions);
        expect(sessionsLeft(state)).toBe(settings.sessions);
        model.scenario.parties.forEach((p) => {
          expect(revealedIssues(state, p.id)).toHaveLength(settings.revealedAtStart);
          const shift = (state.parties[p.id]?.noDealValue ?? 0) - p.reservationValue.value;
          expect(Math.abs(shift)).toBeLessThanOrEqual(settings.noise);
          expect(Number.isInteger(shift)).toBe(true);
        });
      }
    }
  });

  it('gives fewer sessions and less information the harder it is', () => {
    const [easy, normal, hard] = DIFFICULTIES.map((d) => model.scenario.difficulties[d]);
    expect(easy?.sessions).toBeGreaterThan(normal?.sessions ?? 0);
    expect(normal?.sessions).toBeGreaterThan(hard?.sessions ?? 0);
    expect(easy?.revealPerConsult).toBeGreaterThan(hard?.revealPerConsult ?? 0);
    expect(easy?.revealedAtStart).toBeGreaterThan(hard?.revealedAtStart ?? 0);
    expect(easy?.noise).toBeLessThan(hard?.noise ?? 0);
  });
});

describe('createGame', () => {
  it('starts every leader at its initial trust, unpressured, with nothing on the table', () => {
    const state = newGame();
    for (const p of model.scenario.parties) {
      expect(state.parties[p.id]).toMatchObject({ trust: p.initialTrust.value, pressure: 0 });
    }
    expect(state).toMatchObject({
      table: null,
      answers: null,
      history: [],
      outcome: null,
      sessionsUsed: 0,
    });
    expect(state.scenarioHash).toBe(model.hash);
  });
});

describe('parseSeed', () => {
  it('reads a whole number from 0 to 4294967295, ignoring the spaces around it', () => {
    expect(parseSeed('0')).toEqual({ ok: true, seed: 0 });
    expect(parseSeed(' 20250815 ')).toEqual({ ok: true, seed: 20250815 });
    expect(parseSeed('4294967295')).toEqual({ ok: true, seed: 4294967295 });
    expect(parseSeed('007')).toEqual({ ok: true, seed: 7 });
  });

  it('names what it was given when it is not such a number', () => {
    for (const text of ['', '-1', '4294967296', '1.5', '1e3', '0x10', '12ab', '٣', '99999999999']) {
      expect(parseSeed(text)).toEqual({
        ok: false,
        error: `must be a whole number from 0 to 4294967295, not "${text}"`,
      });
    }
  });

  it('shortens a long text and hides control characters in what it names', () => {
    const result = parseSeed(`\u0007${'9'.repeat(40)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe(
        `must be a whole number from 0 to 4294967295, not "?${'9'.repeat(23)}…"`,
      );
    }
  });

  it('deals the same hidden noise for the same seed, and other noise for another', () => {
    const parsed = parseSeed('4242');
    if (!parsed.ok) throw new Error(parsed.error);
    const same = newGame('normal', parsed.seed);
    expect(newGame('normal', 4242)).toEqual(same);
    expect(newGame('normal', 4243).parties).not.toEqual(same.parties);
  });
});
