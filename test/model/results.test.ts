import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/model/bots';
import { concessions } from '../../src/model/concessions';
import { debriefFacts } from '../../src/model/debrief-facts';
import { demandOf } from '../../src/model/demand';
import { createGame, type GameState } from '../../src/model/game';
import { talksResults } from '../../src/model/results';
import { roundUtility, utilities } from '../../src/model/utility';
import { act, alaskaModel, COMPROMISE, choice } from './fixtures';

const model = alaskaModel();
const newGame = (seed = 11) => createGame(model, { seed, difficulty: 'normal' });

/** The expert bot's deal on a seed where it reaches one. */
function dealGame(): GameState {
  for (let seed = 0; seed < 20; seed++) {
    const { state } = playGame(model, { seed, difficulty: 'normal', strategy: 'expert' });
    if (state.outcome?.kind === 'deal') return state;
  }
  throw new Error('the expert bot reached no deal on seeds 0–19');
}

describe('talksResults', () => {
  it('judges the signed package: its utilities are the outcome’s, each set against the game’s no-deal value', () => {
    const state = dealGame();
    const outcome = state.outcome;
    if (outcome?.kind !== 'deal') throw new Error('not a deal');
    const results = talksResults(model, state);
    expect(results.signed).toBe(true);
    expect(results.package).toEqual(outcome.package);
    const exact = utilities(model, choice(model, outcome.package));
    const byParty = concessions(model, choice(model, outcome.package));
    results.parties.forEach((r, p) => {
      const id = model.partyIds[p] ?? '';
      expect(r.party).toBe(id);
      expect(r.utility).toBe(exact[p]);
      expect(roundUtility(r.utility ?? Number.NaN)).toBe(outcome.utilities[id]);
      expect(r.noDeal).toBe(state.parties[id]?.noDealValue);
      expect(r.statedNoDeal).toBe(model.scenario.parties[p]?.reservationValue.value);
      expect(r.gain).toBe((exact[p] ?? 0) - r.noDeal);
      // A deal leaves every leader better off than its no-deal value.
      expect(r.versusNoDeal).toBe('better-off');
      expect(r.concessions).toEqual(byParty[p]?.concessions);
    });
  });

  it('judges the last tabled package of talks that ended without one, as not signed', () => {
    const tabled = act(model, newGame(), { type: 'propose', package: COMPROMISE });
    const ended = act(model, tabled, { type: 'adjourn' });
    const results = talksResults(model, ended);
    expect(results.signed).toBe(false);
    expect(results.package).toEqual(COMPROMISE);
    expect(results.parties.map((r) => r.utility)).toEqual(
      utilities(model, choice(model, COMPROMISE)),
    );
  });

  it('has no utility, gain or concession when nothing was tabled', () => {
    const results = talksResults(model, act(model, newGame(), { type: 'adjourn' }));
    expect(results.package).toBeNull();
    expect(results.choice).toBeNull();
    for (const r of results.parties) {
      expect(r).toMatchObject({ utility: null, gain: null, versusNoDeal: null, concessions: [] });
    }
  });

  it('lowers a pressed leader’s no-deal value by its lever’s drop per use, and gives its demand at the end', () => {
    const id = model.partyIds[0] ?? '';
    const lever = model.scenario.parties[0]?.lever;
    let state = newGame(3);
    for (let k = 0; k < 2 && !state.outcome; k++)
      state = act(model, state, { type: 'pressure', party: id });
    const uses = state.parties[id]?.pressure ?? 0;
    expect(uses).toBeGreaterThan(0);
    const results = talksResults(model, state);
    const pressed = results.parties[0];
    expect(pressed?.pressure).toBe(uses);
    expect(pressed?.pressuredNoDeal).toBe(
      (pressed?.noDeal ?? 0) - uses * (lever?.reservationDrop ?? 0),
    );
    results.parties.forEach((r, p) => {
      expect(r.demandAtEnd).toBe(demandOf(model, state, p));
      if (p > 0) expect(r.pressuredNoDeal).toBe(r.noDeal);
    });
  });

  it('tells worse off from no better off on exact utilities', () => {
    const state = act(model, newGame(), { type: 'propose', package: COMPROMISE });
    const exact = utilities(model, choice(model, COMPROMISE));
    const at = (noDeal: (u: number) => number) =>
      talksResults(model, {
        ...state,
        parties: Object.fromEntries(
          model.partyIds.map((id, p) => {
            const party = state.parties[id];
            if (!party) throw new Error(id);
            return [id, { ...party, noDealValue: noDeal(exact[p] ?? 0) }];
          }),
        ),
      }).parties.map((r) => r.versusNoDeal);
    expect(at((u) => u)).toEqual(model.partyIds.map(() => 'no-better-off'));
    expect(at((u) => u + 0.01)).toEqual(model.partyIds.map(() => 'worse-off'));
    expect(at((u) => u - 0.01)).toEqual(model.partyIds.map(() => 'better-off'));
  });
});

describe('debriefFacts', () => {
  it('takes the package, utilities, no-deal values and end demands from talksResults', () => {
    const tabled = act(model, newGame(), { type: 'propose', package: COMPROMISE });
    const pressed = act(model, tabled, { type: 'pressure', party: model.partyIds[1] ?? '' });
    const states = [newGame(), tabled, pressed];
    const facts = debriefFacts(model, states);
    const results = talksResults(model, pressed);
    expect(facts.final).toBe(pressed);
    expect(facts.pkg).toEqual(COMPROMISE);
    expect(facts.signed).toBe(false);
    expect(facts.parties).toEqual(results.parties);
    expect(facts.utilities).toEqual(results.parties.map((r) => r.utility));
    expect(facts.noDeal).toEqual(results.parties.map((r) => r.noDeal));
    expect(facts.pressured).toEqual(model.partyIds.map((_, p) => demandOf(model, pressed, p)));
    expect(facts.breakdown).toBeNull();
  });
});
