import { describe, expect, it } from 'vitest';
import { createGame, revealedIssues, sessionsLeft } from '../../src/model/game';
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
