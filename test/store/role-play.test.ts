import { describe, expect, it } from 'vitest';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import { createGameStore } from '../../src/store/game-store';
import {
  selectAnswerSheets,
  selectBrief,
  selectIsRolePlay,
  selectWhoAnswers,
} from '../../src/store/role-play';
import { COMPROMISE } from '../canonical-packages';

const scenario = builtInScenario('alaska-2025') as Scenario;
const yes = { accepts: true, issue: 'east' };
const everyone = { us: yes, ru: yes, ua: yes };

describe('a role-play in the store', () => {
  it('asks every player when tabling and at the summit, and for pressure once a package is tabled', () => {
    const store = createGameStore(scenario, { seed: 7, difficulty: 'normal', players: 'people' });
    const state = () => store.getState();
    expect(selectIsRolePlay(state())).toBe(true);
    expect(selectWhoAnswers(state(), 'propose')).toEqual(['us', 'ru', 'ua']);
    expect(selectWhoAnswers(state(), 'pressure')).toEqual([]);
    expect(selectWhoAnswers(state(), 'consult')).toEqual([]);
    expect(state().propose(COMPROMISE).ok).toBe(false);
    expect(state().propose(COMPROMISE, everyone).ok).toBe(true);
    expect(selectWhoAnswers(state(), 'pressure')).toEqual(['us', 'ru', 'ua']);
    expect(state().convene(everyone).ok).toBe(true);
    expect(state().game.outcome).not.toBeNull();
    // The save records the answers, and says students played.
    const save = state().toSave({ name: 'Group 4', savedAt: null });
    expect(save.players).toBe('people');
    expect(save.steps[0]?.action).toMatchObject({ type: 'propose', answers: everyone });
    // Played again, it is a role-play again.
    state().reset({ seed: 8 });
    expect(selectIsRolePlay(state())).toBe(true);
  });

  it('asks nobody in a solo game', () => {
    const store = createGameStore(scenario, { seed: 7, difficulty: 'normal' });
    expect(selectIsRolePlay(store.getState())).toBe(false);
    expect(selectWhoAnswers(store.getState(), 'propose')).toEqual([]);
    expect(store.getState().propose(COMPROMISE, everyone).ok).toBe(false);
    expect(store.getState().propose(COMPROMISE).ok).toBe(true);
  });

  it("serves each player's answer sheet for a question, whose points match the brief's", () => {
    const store = createGameStore(scenario, { seed: 7, difficulty: 'normal', players: 'people' });
    const brief = selectBrief(store.getState(), 'ua');
    const sheets = selectAnswerSheets(store.getState(), { type: 'propose', package: COMPROMISE });
    expect(sheets.map((sheet) => sheet.party)).toEqual(['us', 'ru', 'ua']);
    const ua = sheets[2];
    if (!brief || !ua) throw new Error('no brief or sheet');
    for (const row of ua.issues) {
      const option = brief.issues
        .find((issue) => issue.id === row.issue)
        ?.options.find((o) => o.id === row.option);
      expect(row.points).toBeCloseTo(option?.points ?? Number.NaN, 9);
    }
    // Nothing to weigh: a draft not well formed, or nothing on the table for the summit.
    expect(
      selectAnswerSheets(store.getState(), { type: 'propose', package: { east: 'nowhere' } }),
    ).toEqual([]);
    expect(selectAnswerSheets(store.getState(), { type: 'summit' })).toEqual([]);
    // Pressure on a tabled package asks everyone, the pressed leader feeling one press more.
    store.getState().propose(COMPROMISE, {
      us: { accepts: true, issue: 'east' },
      ru: { accepts: false, issue: 'east' },
      ua: { accepts: true, issue: 'east' },
    });
    const pressed = selectAnswerSheets(store.getState(), { type: 'pressure', party: 'ru' });
    expect(pressed.map((sheet) => sheet.pressed)).toEqual([0, 1, 0]);
    const solo = createGameStore(scenario, { seed: 7, difficulty: 'normal' });
    expect(selectAnswerSheets(solo.getState(), { type: 'propose', package: COMPROMISE })).toEqual(
      [],
    );
  });
});
