import { describe, expect, it } from 'vitest';
import type { ClassGame } from '../../src/model/class-results';
import {
  classCodes,
  FIRST_SORT,
  gameName,
  NO_FILTER,
  shownGames,
} from '../../src/model/class-rows';
import { classRow } from './class-row';

const row = (number: number, fields: Partial<ClassGame>): ClassGame =>
  classRow(number, { code: 'AAAA-AAAA-AAAA', reason: '', ...fields });
const score = (total: number) => ({ total, fairness: 50, efficiency: 50, durability: 50 });
const games = [
  row(1, { outcome: 'stalemate', code: 'BBBB-BBBB-BBBB', sessionsUsed: 10 }),
  row(2, { outcome: 'deal', score: score(70), sessionsUsed: 4 }),
  row(3, { outcome: 'surrender', code: 'BBBB-BBBB-BBBB', sessionsUsed: 6 }),
  row(4, { outcome: 'deal', score: score(85), sessionsUsed: 4 }),
  row(10, { outcome: 'unfinished', sessionsUsed: 2 }),
];
const numbers = (list: readonly ClassGame[]) => list.map((g) => g.number);
const none = new Map<string, string>();

describe('shownGames', () => {
  it('keeps table order until another is chosen', () => {
    expect(numbers(shownGames(games, none, FIRST_SORT, NO_FILTER))).toEqual([1, 2, 3, 4, 10]);
  });

  it('orders by outcome: deals from the highest score, then surrenders, stalemates, unfinished', () => {
    const sort = { key: 'outcome', descending: false } as const;
    expect(numbers(shownGames(games, none, sort, NO_FILTER))).toEqual([4, 2, 3, 1, 10]);
    expect(numbers(shownGames(games, none, { ...sort, descending: true }, NO_FILTER))).toEqual([
      10, 1, 3, 2, 4,
    ]);
  });

  it('orders by sessions, ties by table number', () => {
    const sort = { key: 'sessions', descending: false } as const;
    expect(numbers(shownGames(games, none, sort, NO_FILTER))).toEqual([10, 2, 4, 3, 1]);
  });

  it('orders by the names the teacher gave, numbers by value, the save’s name where none', () => {
    const names = new Map([
      ['table-4.json', 'Group 10'],
      ['table-2.json', 'Group 9'],
      ['table-3.json', '   '],
    ]);
    const sort = { key: 'name', descending: false } as const;
    expect(shownGames(games, names, sort, NO_FILTER).map((g) => gameName(g, names))).toEqual([
      'Group 9',
      'Group 10',
      'Table 1',
      'Table 3',
      'Table 10',
    ]);
  });

  it('shows only the games of an outcome, a class code, or with the words in their name or file', () => {
    const names = new Map([['table-4.json', 'Ana and Bo']]);
    const only = (filter: Partial<typeof NO_FILTER>) =>
      numbers(shownGames(games, names, FIRST_SORT, { ...NO_FILTER, ...filter }));
    expect(only({ outcome: 'deal' })).toEqual([2, 4]);
    expect(only({ code: 'BBBB-BBBB-BBBB' })).toEqual([1, 3]);
    expect(only({ outcome: 'deal', code: 'BBBB-BBBB-BBBB' })).toEqual([]);
    expect(only({ text: ' ana ' })).toEqual([4]);
    expect(only({ text: 'TABLE-1' })).toEqual([1, 10]);
  });
});

describe('classCodes', () => {
  it('counts the games of each class code, the most played first', () => {
    expect(classCodes(games)).toEqual([
      { code: 'AAAA-AAAA-AAAA', games: 3 },
      { code: 'BBBB-BBBB-BBBB', games: 2 },
    ]);
    expect(classCodes([])).toEqual([]);
  });
});
