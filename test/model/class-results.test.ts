import { describe, expect, it } from 'vitest';
import {
  byFileName,
  classGameRow,
  dealScoreRange,
  judgeClass,
  percentages,
  sharedNoDeal,
  type Tally,
} from '../../src/model/class-results';
import { createGame } from '../../src/model/game';
import { classRow } from './class-row';
import { act, alaskaModel, COMPROMISE } from './fixtures';

const model = alaskaModel();
const [first, second] = model.partyIds;

const row = classRow;
const deal = (number: number, total: number, fairness = 50, sessionsUsed = 5) =>
  row(number, {
    outcome: 'deal',
    score: { total, fairness, efficiency: 50, durability: 50 },
    signed: true,
    sessionsUsed,
  });

describe('judgeClass', () => {
  it('tallies the outcomes', () => {
    const games = [
      deal(1, 70),
      row(2, { outcome: 'stalemate', stalemateCause: 'deadline' }),
      row(3, { outcome: 'unfinished' }),
      deal(4, 60),
    ];
    expect(judgeClass(model, games).tally).toEqual({
      deal: 2,
      stalemate: 1,
      surrender: 0,
      unfinished: 1,
      total: 4,
    });
  });

  it('names the highest-scoring deal best, a tie going to the fairer deal, then the quicker', () => {
    expect(judgeClass(model, [deal(1, 70), deal(2, 80)]).best).toEqual({
      game: deal(2, 80),
      reason: 'The highest deal score: 80 of 100.',
    });
    expect(judgeClass(model, [deal(1, 80, 60), deal(2, 80, 70)]).best?.game.number).toBe(2);
    const quicker = judgeClass(model, [deal(1, 80, 60, 7), deal(2, 80, 60, 4)]).best;
    expect(quicker?.game.number).toBe(2);
    expect(quicker?.reason).toBe(
      'The highest deal score: 80 of 100, tied with 1 other table (#1); as fair, it took fewer sessions (4 against 7).',
    );
  });

  it('names the surrender furthest below the surrendering leader’s no-deal value worst, by country', () => {
    const surrender = (number: number, utility: number) =>
      row(number, {
        outcome: 'surrender',
        surrenderedBy: first ?? '',
        signed: true,
        leaders: [{ id: first ?? '', utility, noDeal: 58 }],
      });
    const worst = judgeClass(model, [deal(1, 70), surrender(2, 50), surrender(3, 40)]).worst;
    const country = model.scenario.parties[0]?.country;
    expect(worst?.game.number).toBe(3);
    expect(worst?.reason).toBe(
      `A surrender: ${country} signed for 40, 18 below its no-deal value of 58, the deepest of 2 surrenders (#2, #3).`,
    );
  });

  it('without a surrender names a stalemate worst, walk-outs first; else the lowest deal; never the best', () => {
    const stalemates = [
      row(1, { outcome: 'stalemate', stalemateCause: 'deadline' }),
      row(2, { outcome: 'stalemate', stalemateCause: 'walk-out', walkedOut: second ?? '' }),
    ];
    expect(judgeClass(model, [deal(3, 70), ...stalemates]).worst?.game.number).toBe(2);
    expect(judgeClass(model, [deal(1, 70), deal(2, 50)]).worst?.game.number).toBe(2);
    const alone = judgeClass(model, [deal(1, 70)]);
    expect(alone.best?.game.number).toBe(1);
    expect(alone.worst).toBeNull();
    expect(judgeClass(model, [])).toEqual({
      tally: { deal: 0, stalemate: 0, surrender: 0, unfinished: 0, total: 0 },
      best: null,
      worst: null,
    });
  });
});

describe('dealScoreRange', () => {
  it('gives the lowest, median and highest deal score, ignoring other outcomes', () => {
    const games = [deal(1, 70), row(2, { outcome: 'stalemate' }), deal(3, 50), deal(4, 90)];
    expect(dealScoreRange(games)).toEqual({ min: 50, median: 70, max: 90 });
    expect(dealScoreRange([deal(1, 70), deal(2, 80)])).toEqual({ min: 70, median: 75, max: 80 });
    expect(dealScoreRange([row(1, { outcome: 'unfinished' })])).toBeNull();
  });
});

describe('percentages', () => {
  const tally = (deal: number, stalemate: number, surrender: number, unfinished = 0): Tally => ({
    deal,
    stalemate,
    surrender,
    unfinished,
    total: deal + stalemate + surrender + unfinished,
  });

  it('gives whole percentages that add up to 100', () => {
    expect(percentages(tally(1, 1, 1))).toEqual({
      deal: 34,
      stalemate: 33,
      surrender: 33,
      unfinished: 0,
    });
    expect(percentages(tally(2, 1, 4))).toEqual({
      deal: 29,
      stalemate: 14,
      surrender: 57,
      unfinished: 0,
    });
    const odd = percentages(tally(5, 3, 2, 1));
    expect(odd.deal + odd.stalemate + odd.surrender + odd.unfinished).toBe(100);
  });

  it('is all zero when nothing was counted', () => {
    expect(percentages(tally(0, 0, 0))).toEqual({
      deal: 0,
      stalemate: 0,
      surrender: 0,
      unfinished: 0,
    });
  });
});

describe('classGameRow', () => {
  it('gives the last tabled package of an unfinished game, each leader’s utility to one decimal', () => {
    const state = act(model, createGame(model, { seed: 5, difficulty: 'normal' }), {
      type: 'propose',
      package: COMPROMISE,
    });
    const game = classGameRow(model, state, 'half.json', 'Half a game');
    expect(game).toMatchObject({
      file: 'half.json',
      outcome: 'unfinished',
      signed: false,
      package: COMPROMISE,
      sessionsUsed: 1,
      reason: 'The game was saved before the talks ended.',
    });
    for (const [p, leader] of game.leaders.entries()) {
      expect(leader.id).toBe(model.partyIds[p]);
      expect(leader.noDeal).toBe(state.parties[leader.id]?.noDealValue);
      expect(Number.isInteger((leader.utility ?? Number.NaN) * 10)).toBe(true);
    }
  });
});

describe('byFileName', () => {
  it('orders numbers by value, then by code', () => {
    expect(['t10', 't2', 'T2', 't1'].sort(byFileName)).toEqual(['t1', 't2', 'T2', 't10']);
  });
});

describe('a role-play in the class', () => {
  it('is marked as played by students, and a solo game as played by the model', () => {
    const solo = classGameRow(
      model,
      createGame(model, { seed: 3, difficulty: 'normal' }),
      'a.json',
      'A',
    );
    const played = classGameRow(
      model,
      createGame(model, { seed: 3, difficulty: 'normal', players: 'people' }),
      'b.json',
      'B',
    );
    expect(solo.players).toBe('model');
    expect(played.players).toBe('people');
  });
});

describe('sharedNoDeal', () => {
  const leaders = (us: number, ru: number) => [
    { id: 'us', utility: 70, noDeal: us },
    { id: 'ru', utility: 60, noDeal: ru },
  ];
  it('gives the no-deal value every game gives a leader, or null when they differ', () => {
    const games = [row(1, { leaders: leaders(62, 59) }), row(2, { leaders: leaders(62, 55) })];
    expect(sharedNoDeal(games, 0)).toBe(62);
    expect(sharedNoDeal(games, 1)).toBeNull();
    expect(sharedNoDeal([], 0)).toBeNull();
    expect(sharedNoDeal(games, 5)).toBeNull();
  });
});
