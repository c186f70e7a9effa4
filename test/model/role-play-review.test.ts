import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSheet } from '../../src/model/brief';
import { choiceOf } from '../../src/model/compile';
import { type Action, createGame, type GameState, type PlayerAnswers } from '../../src/model/game';
import { applyAction } from '../../src/model/reducer';
import { playerAnswerFacts, utilityDistance } from '../../src/model/role-play-review';
import { mostHurtingIssue, utility } from '../../src/model/utility';
import { COMPROMISE, UKRAINE_GIVES_EVERYTHING } from '../canonical-packages';
import { alaskaModel, packageArb } from './fixtures';

const model = alaskaModel();
const roles = () => createGame(model, { seed: 20250815, difficulty: 'normal', players: 'people' });
const choice = (pkg: unknown) => {
  const parsed = choiceOf(model, pkg);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.choice;
};
const answers = (us: boolean, ru: boolean, ua: boolean): PlayerAnswers => ({
  us: { accepts: us, issue: 'east' },
  ru: { accepts: ru, issue: 'forces' },
  ua: { accepts: ua, issue: 'south' },
});

/** Plays actions from a fresh role-play, keeping every state (the first before any action). */
function playAll(actions: readonly Action[]): GameState[] {
  const states = [roles()];
  for (const action of actions) {
    const result = applyAction(model, states[states.length - 1] as GameState, action);
    if (!result.ok) throw new Error(result.rejection.message);
    states.push(result.state);
  }
  return states;
}

describe("a player's answer sheet", () => {
  it('gives the points of each issue, adding up to the utility, and the most each issue could give', () => {
    fc.assert(
      fc.property(packageArb(model), fc.constantFrom('us', 'ru', 'ua'), (pkg, party) => {
        const sheet = answerSheet(model, roles(), party, choice(pkg), null);
        if (!sheet) throw new Error('no sheet');
        const p = model.partyIds.indexOf(party);
        expect(sheet.total).toBeCloseTo(utility(model, p, choice(pkg)), 9);
        expect(sheet.issues.reduce((sum, row) => sum + row.points, 0)).toBeCloseTo(sheet.total, 9);
        for (const row of sheet.issues) expect(row.points).toBeLessThanOrEqual(row.best + 1e-9);
        expect(sheet.hurtsMost).toBe(model.issueIds[mostHurtingIssue(model, p, choice(pkg))]);
      }),
    );
  });

  it('names the red line a package crosses, and lowers the felt no-deal value for the press being made', () => {
    const state = roles();
    const ru = answerSheet(model, state, 'ru', choice(UKRAINE_GIVES_EVERYTHING), null);
    expect(ru?.redLine).toBeNull();
    const nato = answerSheet(
      model,
      state,
      'ru',
      choice({ ...COMPROMISE, guarantee: 'nato' }),
      null,
    );
    expect(nato?.redLine).toBe('guarantee');
    expect(nato?.issues.find((row) => row.issue === 'guarantee')?.redLine).toBe(true);
    const drop = model.scenario.parties.find((p) => p.id === 'ua')?.lever.reservationDrop ?? 0;
    const pressed = answerSheet(model, state, 'ua', choice(COMPROMISE), 'ua');
    const other = answerSheet(model, state, 'us', choice(COMPROMISE), 'ua');
    expect(pressed?.pressed).toBe(1);
    expect(pressed?.feltNoDeal).toBeCloseTo((pressed?.noDeal ?? 0) - drop, 9);
    expect(other?.feltNoDeal).toBe(other?.noDeal);
    expect(answerSheet(model, state, 'nobody', choice(COMPROMISE), null)).toBeNull();
  });
});

describe("a role-play's answers, as the debrief tells them", () => {
  it('records each answer with the worth of the package asked about and the no-deal value then', () => {
    const states = playAll([
      { type: 'propose', package: COMPROMISE, answers: answers(true, false, true) },
      { type: 'pressure', party: 'ru', answers: answers(true, true, true) },
      { type: 'summit', answers: answers(true, true, true) },
    ]);
    const facts = playerAnswerFacts(model, states);
    expect(facts.map((f) => `${f.step}:${f.party}:${f.accepts}`)).toEqual([
      '1:us:true',
      '1:ru:false',
      '1:ua:true',
      '2:us:true',
      '2:ru:true',
      '2:ua:true',
      '3:us:true',
      '3:ru:true',
      '3:ua:true',
    ]);
    const p = model.partyIds.indexOf('ru');
    const ruFirst = facts[1];
    expect(ruFirst?.worth).toBeCloseTo(utility(model, p, choice(COMPROMISE)), 9);
    expect(ruFirst?.noDeal).toBe(states[0]?.parties.ru?.noDealValue);
    expect(ruFirst?.felt).toBe(ruFirst?.noDeal);
    const drop = model.scenario.parties[p]?.lever.reservationDrop ?? 0;
    expect(facts[4]?.felt).toBeCloseTo((facts[4]?.noDeal ?? 0) - drop, 9);
    expect(ruFirst?.issue).toBe('forces');
  });

  it('calls a no to a package worth at least no deal a refusal of better, and a yes below it or across a red line an acceptance of worse', () => {
    const everything = playAll([
      { type: 'propose', package: UKRAINE_GIVES_EVERYTHING, answers: answers(true, false, true) },
    ]);
    for (const fact of playerAnswerFacts(model, everything)) {
      const better = !fact.redLine && fact.worth >= fact.noDeal;
      expect(fact.verdict).toBe(
        fact.accepts
          ? better
            ? 'consistent'
            : 'accepted-worse'
          : better
            ? 'refused-better'
            : 'consistent',
      );
    }
    const nato = playAll([
      {
        type: 'propose',
        package: { ...COMPROMISE, guarantee: 'nato' },
        answers: answers(true, true, true),
      },
    ]);
    const ru = playerAnswerFacts(model, nato).find((f) => f.party === 'ru');
    expect(ru).toMatchObject({ redLine: true, issue: 'guarantee', verdict: 'accepted-worse' });
  });

  it('is empty for a game the model played', () => {
    const solo = createGame(model, { seed: 20250815, difficulty: 'normal' });
    const result = applyAction(model, solo, { type: 'propose', package: COMPROMISE });
    expect(result.ok && playerAnswerFacts(model, [solo, result.state])).toEqual([]);
  });
});

describe('utilityDistance', () => {
  it('is the straight-line distance between what two packages give the leaders', () => {
    expect(utilityDistance([0, 0, 0], [3, 4, 0])).toBe(5);
    expect(utilityDistance([50, 60], [50, 60])).toBe(0);
    expect(utilityDistance([10], [10, 2])).toBe(2);
  });
});

describe("the answer sheet's news", () => {
  it('says how far the news since the talks began moved the no-deal value', () => {
    let state = roles();
    const shifts = new Map<string, number>();
    // Consult until some news with a no-deal effect arrives.
    for (let i = 0; i < 8 && state.outcome === null; i++) {
      const result = applyAction(model, state, { type: 'consult', party: 'ru' });
      if (!result.ok) break;
      state = result.state;
    }
    for (const id of state.history.flatMap((event) => event.news)) {
      for (const effect of model.scenario.events?.find((e) => e.id === id)?.effects ?? []) {
        shifts.set(effect.party, (shifts.get(effect.party) ?? 0) + (effect.noDeal ?? 0));
      }
    }
    expect([...shifts.values()].some((shift) => shift !== 0)).toBe(true);
    for (const party of model.partyIds) {
      const sheet = answerSheet(model, state, party, choice(COMPROMISE), null);
      expect(sheet?.newsShift).toBe(shifts.get(party) ?? 0);
      expect(sheet?.noDeal).toBeCloseTo(
        (roles().parties[party]?.noDealValue ?? 0) + (shifts.get(party) ?? 0),
        9,
      );
    }
  });
});
