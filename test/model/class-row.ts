import type { ClassGame } from '../../src/model/class-results';

/**
 * A row of a class, as summarizeClass would make it, with what a test reads set by hand: a deal
 * of table `number`, unscored, 5 of 10 sessions at Normal, played by the model.
 */
export function classRow(number: number, fields: Partial<ClassGame>): ClassGame {
  return {
    number,
    file: `table-${number}.json`,
    name: `Table ${number}`,
    code: '0000-0000-0000',
    outcome: 'deal',
    surrenderedBy: null,
    stalemateCause: null,
    walkedOut: null,
    score: null,
    package: null,
    signed: false,
    leaders: [],
    sessionsUsed: 5,
    sessions: 10,
    difficulty: 'normal',
    players: 'model',
    reason: `The reason of table ${number}.`,
    ...fields,
  };
}
