import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/model/compile';
import { demandFrom } from '../../src/model/demand';
import { createGame, type GameState, type PartyState } from '../../src/model/game';
import { observe } from '../../src/model/observation';
import { standings, trustStanding } from '../../src/model/standing';
import type { Package } from '../../src/model/types';
import { act, alaskaModel, COMPROMISE } from './fixtures';

const model = alaskaModel();
const comfort = model.scenario.rules.trustComfort;
const newGame = (seed = 11) => createGame(model, { seed, difficulty: 'normal' });

/** The alaska scenario with a distrust premium, so that the premium can be seen. */
const wary = compileScenario({
  ...model.scenario,
  rules: { ...model.scenario.rules, distrustPremium: 0.5 },
});

const withParty = (state: GameState, id: string, change: Partial<PartyState>): GameState => {
  const party = state.parties[id];
  if (!party) throw new Error(id);
  return { ...state, parties: { ...state.parties, [id]: { ...party, ...change } } };
};

/** The package giving party `p` its favourite option on every issue (the first of equals). */
function favouritesOf(p: number): Package {
  return Object.fromEntries(
    model.issueIds.map((issue, i) => {
      const values = model.values[p]?.[i] ?? [];
      return [issue, model.optionIds[i]?.[values.indexOf(Math.max(...values))] ?? ''];
    }),
  );
}

describe('trustStanding', () => {
  it('puts trust 0 in the walk-out band, below the scenario’s comfort level below it, and comfortable from it', () => {
    expect(trustStanding(model, 0).band).toBe('walks-out');
    expect(trustStanding(model, 1).band).toBe('below-comfort');
    expect(trustStanding(model, comfort - 1).band).toBe('below-comfort');
    expect(trustStanding(model, comfort).band).toBe('comfortable');
    expect(trustStanding(model, 100)).toEqual({
      trust: 100,
      band: 'comfortable',
      comfort,
      pace: 100 / comfort,
      distrustPremium: 0,
    });
  });

  it('gives the distrust premium the demand rule adds below the comfort level', () => {
    const party = (trust: number) => ({
      trust,
      pressure: 0,
      noDealValue: 50,
      opening: 50,
      curve: 1,
      demandShift: 0,
    });
    const clock = { sessionsUsed: 3, sessions: 10 };
    for (const trust of [5, 30, comfort - 1, comfort, 80]) {
      const standing = trustStanding(wary, trust);
      expect(demandFrom(wary, 0, party(trust), clock) - 50).toBeCloseTo(standing.distrustPremium);
    }
    expect(trustStanding(wary, 30).distrustPremium).toBe((comfort - 30) * 0.5);
  });

  it('gives the pace of concession the demand rule applies: trust ÷ comfort of the steady pace', () => {
    const party = (trust: number) => ({
      trust,
      pressure: 0,
      noDealValue: 40,
      opening: 80,
      curve: 1,
      demandShift: 0,
    });
    for (const trust of [10, 25, comfort, 75]) {
      const { pace } = trustStanding(model, trust);
      const at = demandFrom(model, 0, party(trust), { sessionsUsed: 2, sessions: 10 });
      const steady = demandFrom(model, 0, party(comfort), {
        sessionsUsed: 2 * pace,
        sessions: 10,
      });
      expect(at).toBeCloseTo(steady);
    }
  });
});

describe('standings', () => {
  it('before anything is tabled: trust, what is known from the start, no answer, no range', () => {
    const state = newGame();
    const seen = observe(model, state);
    const all = standings(model, state);
    expect(all.map((s) => s.party)).toEqual(model.partyIds);
    for (const s of all) {
      const party = seen.parties[s.party];
      expect(s.trust).toEqual(trustStanding(model, party?.trust ?? -1));
      expect(s.answer).toBeNull();
      expect(s.stillWants).toBeNull();
      expect(s.revealed).toEqual(party?.revealed);
      expect(s.issuesUnknown).toBe(model.issueIds.length - (party?.revealed.length ?? 0));
      expect(s.noDealRange).toBeNull();
      expect(s.walkedOut).toBe(false);
    }
  });

  it('gives each leader’s answer to the package on the table; a yes says what it still wants, a no does not', () => {
    const state = act(model, newGame(), { type: 'propose', package: COMPROMISE });
    for (const s of standings(model, state)) {
      const answer = state.answers?.[s.party];
      expect(s.answer).toEqual(answer);
      expect(s.stillWants).toBe(answer?.accepts ? answer.issue : null);
    }
  });

  it('says a leader wants nothing more when the package gives it its favourite on every issue', () => {
    const p = model.partyIds.findIndex((id, i) => {
      const state = act(model, newGame(), { type: 'propose', package: favouritesOf(i) });
      return state.answers?.[id]?.accepts;
    });
    expect(p).toBeGreaterThanOrEqual(0);
    const state = act(model, newGame(), { type: 'propose', package: favouritesOf(p) });
    const mine = standings(model, state)[p];
    expect(mine?.answer?.accepts).toBe(true);
    expect(mine?.stillWants).toBeNull();
  });

  it('shows what consultation revealed: more issues and a range for the no-deal value', () => {
    const id = model.partyIds[2] ?? '';
    const before = standings(model, newGame())[2];
    const state = act(model, newGame(), { type: 'consult', party: id });
    const after = standings(model, state)[2];
    expect(after?.consults).toBe(1);
    expect(after?.revealed.length).toBeGreaterThan(before?.revealed.length ?? 0);
    expect(after?.noDealRange).toEqual(state.parties[id]?.noDealRange);
    for (const { issue, ranking } of after?.revealed ?? []) {
      const i = model.issueIds.indexOf(issue);
      const values = ranking.map(
        (o) => model.values[2]?.[i]?.[model.optionIds[i]?.indexOf(o) ?? -1],
      );
      expect(values).toEqual([...values].sort((a, b) => (b ?? 0) - (a ?? 0)));
    }
  });

  it('marks the leader that walked out, whose trust band is walk-out when its trust ran out', () => {
    const id = model.partyIds[1] ?? '';
    const lever = model.scenario.parties[1]?.lever;
    const brink = withParty(newGame(), id, { trust: lever?.trustCost ?? 0 });
    const state = act(model, brink, { type: 'pressure', party: id });
    expect(state.outcome).toMatchObject({ kind: 'stalemate', cause: 'walk-out', party: id });
    const mine = standings(model, state)[1];
    expect(mine?.walkedOut).toBe(true);
    expect(mine?.trust.band).toBe('walks-out');
    expect(standings(model, state).filter((s) => s.walkedOut)).toHaveLength(1);
  });

  it('depends on nothing hidden: no-deal values, openings, curves and the generator change nothing', () => {
    const state = act(
      model,
      act(model, newGame(), { type: 'consult', party: model.partyIds[0] ?? '' }),
      {
        type: 'propose',
        package: COMPROMISE,
      },
    );
    let hidden: GameState = { ...state, rng: newGame(999).rng };
    for (const id of model.partyIds)
      hidden = withParty(hidden, id, { noDealValue: 1, opening: 99, curve: 3 });
    expect(standings(model, hidden)).toEqual(standings(model, state));
  });
});
