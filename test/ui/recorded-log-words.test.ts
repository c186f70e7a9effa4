import { describe, expect, it } from 'vitest';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import type { RecordedLog } from '../../src/saves/recorded-log';
import type { Save } from '../../src/saves/save-format';
import {
  gameFacts,
  moveWords,
  RECORDED_LOG_MEANING,
  savedDateText,
  shortMoveWords,
  whyWords,
} from '../../src/ui/replay/recorded-log-words';
import { COMPROMISE } from '../canonical-packages';

const alaska = builtInScenario('alaska-2025') as Scenario;

const save: Save = {
  format: 'mediator-save',
  version: 4,
  game: '5c3e9a01b2d4',
  name: 'Deal, 4 sessions',
  savedAt: '2025-09-01T10:00:00.000Z',
  scenario: { id: 'alaska-2025', hash: '0'.repeat(28) },
  seed: 20250815,
  difficulty: 'hard',
  branchedFrom: null,
  steps: [],
};

describe('shortMoveWords', () => {
  it('tells a move in a few words, a proposal without its terms', () => {
    expect(shortMoveWords(alaska, { type: 'consult', party: 'ru' })).toBe('Consulted Russia');
    expect(shortMoveWords(alaska, { type: 'propose', package: COMPROMISE })).toBe(
      'Tabled a proposal',
    );
    expect(shortMoveWords(null, { type: 'pressure', party: 'xx' })).toBe('Applied pressure on xx');
  });
});

describe('moveWords', () => {
  it('tells each kind of move with the scenario’s names', () => {
    expect(moveWords(alaska, { type: 'consult', party: 'ru' })).toBe('Consulted Russia');
    expect(moveWords(alaska, { type: 'pressure', party: 'ua' })).toBe(
      'Applied pressure on Ukraine',
    );
    expect(moveWords(alaska, { type: 'summit' })).toBe('Convened the summit');
    expect(moveWords(alaska, { type: 'adjourn' })).toBe('Ended the talks');
  });

  it('tells a proposal issue by issue, in the scenario’s order', () => {
    const reversed = Object.fromEntries(Object.entries(COMPROMISE).reverse());
    expect(moveWords(alaska, { type: 'propose', package: reversed })).toBe(
      'Tabled a proposal: Fortified zones in the east → Demilitarized zone; Minor occupied areas → Russia withdraws; The occupied south → Freeze the line; Legal status of occupied land → Control acknowledged; Security guarantee → Article 5-like, outside NATO; Foreign forces in Ukraine → Unarmed monitors; Law against further seizures → Russia legislates; U.S. sanctions on Russia → Phased relief',
    );
  });

  it('keeps the ids as recorded where the scenario has no such party, issue or option', () => {
    expect(moveWords(alaska, { type: 'consult', party: 'fr' })).toBe('Consulted fr');
    expect(
      moveWords(alaska, { type: 'propose', package: { east: 'partition', oil: 'embargo' } }),
    ).toBe('Tabled a proposal: Fortified zones in the east → partition; oil → embargo');
  });

  it('tells every move with its ids when the scenario is unknown', () => {
    expect(moveWords(null, { type: 'pressure', party: 'ru' })).toBe('Applied pressure on ru');
    expect(moveWords(null, { type: 'propose', package: { east: 'hold', south: 'cede' } })).toBe(
      'Tabled a proposal: east → hold; south → cede',
    );
  });
});

describe('whyWords', () => {
  it('names the scenario whose version this release does not have', () => {
    expect(whyWords({ kind: 'other-version' }, alaska, 'alaska-2025')).toBe(
      'This game was played with a version of the scenario “Alaska to Washington, August 2025” that this release of Mediator does not have, so it cannot be replayed step by step.',
    );
  });

  it('names an unknown scenario by its id', () => {
    expect(whyWords({ kind: 'unknown-scenario' }, null, 'atlantis-2030')).toMatch(
      /^This game was played with a scenario, “atlantis-2030”, that this release of Mediator does not have/,
    );
  });

  it('says the scenario inside the save was changed', () => {
    expect(whyWords({ kind: 'changed-scenario' }, alaska, 'alaska-2025')).toMatch(
      /^The scenario inside this save, “Alaska to Washington, August 2025”, was changed after the game was saved/,
    );
  });

  it('says from which move the rules play the game differently, and that the moves before still play', () => {
    expect(whyWords({ kind: 'other-rules', step: 1 }, alaska, 'alaska-2025')).toMatch(
      /differently from the first move on/,
    );
    expect(whyWords({ kind: 'other-rules', step: 2 }, alaska, 'alaska-2025')).toMatch(
      /the first move still plays out as recorded, but this release would play move 2 differently/,
    );
    expect(whyWords({ kind: 'other-rules', step: 5 }, alaska, 'alaska-2025')).toMatch(
      /the first 4 moves still play out as recorded, but this release would play move 5 differently/,
    );
  });

  it('is followed by what a recorded log cannot show', () => {
    expect(RECORDED_LOG_MEANING).toMatch(
      /moves as they were recorded.*scores.*cannot be worked out again/,
    );
  });
});

describe('gameFacts', () => {
  const log = (scenario: Scenario | null, steps = 0): RecordedLog => ({
    save: { ...save, steps: Array(steps).fill({ action: { type: 'summit' }, hash: 'x' }) },
    why: { kind: 'other-version' },
    scenario,
  });

  it('gives the game number, the difficulty by its label, the moves and the date', () => {
    expect(gameFacts(log(alaska, 3), '1 Sept 2025, 10:00')).toBe(
      'Game number 20250815 · Hard · 3 moves · saved 1 Sept 2025, 10:00',
    );
  });

  it('names the difficulty by its id without a scenario, and leaves out a missing date', () => {
    expect(gameFacts(log(null, 1), null)).toBe('Game number 20250815 · Hard · 1 move');
  });
});

describe('savedDateText', () => {
  it('has no words for a save without a date', () => {
    expect(savedDateText(null)).toBeNull();
  });

  it('writes a save’s date with its year', () => {
    expect(savedDateText('2025-09-01T10:00:00.000Z')).toMatch(/2025/);
  });
});
