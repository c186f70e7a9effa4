import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ActionPreviews,
  actionPreviews,
  knownRedLines,
  previewAdjourn,
  previewConsult,
  previewPressure,
  previewPropose,
  previewSummit,
} from '../../src/model/action-preview';
import { compileScenario, type ScenarioModel } from '../../src/model/compile';
import { demandOf } from '../../src/model/demand';
import { type Action, createGame, type GameState, type PartyState } from '../../src/model/game';
import { observe } from '../../src/model/observation';
import { drawInts } from '../../src/model/random';
import { applyAction } from '../../src/model/reducer';
import { builtInScenarioVersions } from '../../src/model/scenarios/index';
import { DIFFICULTIES, type Difficulty, type Package, type Scenario } from '../../src/model/types';
import { HEAVY_TEST_TIMEOUT } from '../time-limits';
import {
  act,
  actionsArb,
  alaskaModel,
  COMPROMISE,
  packageArb,
  smallWithRedLines,
} from './fixtures';

const model = alaskaModel();
const rules = model.scenario.rules;
const ids = model.partyIds;
const newGame = (seed = 17, difficulty: Difficulty = 'normal') =>
  createGame(model, { seed, difficulty });

/** The state with the news still to come taken off its agenda: what an action itself does. */
const quiet = (state: GameState): GameState => ({
  ...state,
  agenda: state.agenda.filter((n) => n.session <= state.sessionsUsed + 1),
});

const withParty = (state: GameState, id: string, change: Partial<PartyState>): GameState => {
  const party = state.parties[id];
  if (!party) throw new Error(id);
  return { ...state, parties: { ...state.parties, [id]: { ...party, ...change } } };
};

const trustOf = (state: GameState, id: string) => state.parties[id]?.trust ?? Number.NaN;
const endingOf = (state: GameState) =>
  state.outcome?.kind === 'stalemate'
    ? { cause: state.outcome.cause, party: state.outcome.party }
    : null;

describe('previewConsult', () => {
  it('gives the trust, issues and range of each further consultation, as the reducer does', () => {
    const id = ids[0] ?? '';
    let state = quiet(newGame(4, 'easy'));
    const settings = model.scenario.difficulties.easy;
    const seen: [number, number, number | null, boolean][] = [];
    for (let k = 0; k < 7; k++) {
      const preview = previewConsult(model, state, id);
      const after = act(model, state, { type: 'consult', party: id });
      expect(trustOf(after, id) - trustOf(state, id)).toBe(preview.trustGain);
      expect(after.sessionsUsed - state.sessionsUsed).toBe(preview.sessions);
      const revealed = (s: GameState) => s.parties[id]?.revealed ?? 0;
      expect(revealed(after) - revealed(state)).toBe(preview.revealsIssues);
      const range = after.parties[id]?.noDealRange;
      expect(range ? range[1] - range[0] : null).toBe(preview.rangeWidth);
      seen.push([
        preview.trustGain,
        preview.revealsIssues,
        preview.rangeWidth,
        preview.revealsNothing,
      ]);
      state = after;
    }
    const gain = (k: number) => Math.floor(rules.consultTrust / 2 ** k);
    const width = (k: number) => Math.round((rules.noDealRange ?? 0) / 2 ** k);
    expect(seen.map(([g]) => g)).toEqual([0, 1, 2, 3, 4, 5, 6].map(gain));
    expect(seen.map(([, , w]) => w)).toEqual([0, 1, 2, 3, 4, 5, 6].map(width));
    expect(seen[0]?.[1]).toBe(settings.revealPerConsult);
    // Once every issue is known and the range has shrunk to a point, consulting tells nothing new.
    const last = seen.at(-1);
    expect(last?.[1]).toBe(0);
    expect(last?.[2]).toBe(0);
    expect(last?.[3]).toBe(true);
    expect(previewConsult(model, state, id).issuesUnknownAfter).toBe(0);
  });

  it('says the last session ends the talks at the deadline', () => {
    const state = { ...newGame(), sessionsUsed: model.scenario.difficulties.normal.sessions - 1 };
    const preview = previewConsult(model, state, ids[1] ?? '');
    expect(preview.ends).toEqual({ cause: 'deadline', party: null });
    expect(endingOf(act(model, state, { type: 'consult', party: ids[1] ?? '' }))).toEqual(
      preview.ends,
    );
  });
});

describe('previewPressure', () => {
  const id = ids[1] ?? '';
  const lever = model.scenario.parties[1]?.lever;
  if (!lever) throw new Error('no lever');

  it('costs the lever’s trust, lowers the demand by its drop and hardens every other leader', () => {
    const state = quiet(newGame());
    const preview = previewPressure(model, state, id);
    expect(preview).toMatchObject({
      blocked: null,
      sessions: 1,
      ends: null,
      trustCost: lever.trustCost,
      demandDrop: lever.reservationDrop,
      othersHarden: rules.pressureHardening ?? 0,
      earlierUses: 0,
      walkOutChance: 0,
      trustRunsOut: false,
    });
    const after = act(model, state, { type: 'pressure', party: id });
    expect(trustOf(state, id) - trustOf(after, id)).toBe(preview.trustCost);
    expect(preview.trustAfter.trust).toBe(trustOf(after, id));
    for (const other of ids.filter((x) => x !== id)) {
      const shift = (s: GameState) => s.parties[other]?.demandShift ?? Number.NaN;
      expect(shift(after) - shift(state)).toBe(preview.othersHarden);
    }
    const unpressed = withParty(after, id, { pressure: (after.parties[id]?.pressure ?? 1) - 1 });
    const p = ids.indexOf(id);
    expect(demandOf(model, unpressed, p) - demandOf(model, after, p)).toBe(preview.demandDrop);
  });

  it('risks a walk-out from the second use: the lever’s risk for each earlier use', () => {
    let state = withParty(quiet(newGame()), id, { trust: 100 });
    const chances: number[] = [];
    for (let k = 0; k < 4 && state.outcome === null; k++) {
      const preview = previewPressure(model, state, id);
      chances.push(preview.walkOutChance);
      expect(preview.earlierUses).toBe(k);
      state = act(model, state, { type: 'pressure', party: id });
    }
    const risk = lever.walkOutRisk ?? 0;
    expect(chances).toEqual([0, risk, 2 * risk, 3 * risk].slice(0, chances.length));
  });

  it('says a walk-out is certain when trust falls to zero', () => {
    const state = withParty(quiet(newGame()), id, { trust: lever.trustCost });
    const preview = previewPressure(model, state, id);
    expect(preview.trustRunsOut).toBe(true);
    expect(preview.trustAfter.band).toBe('walks-out');
    expect(preview.ends).toEqual({ cause: 'walk-out', party: id });
    expect(endingOf(act(model, state, { type: 'pressure', party: id }))).toEqual(preview.ends);
  });
});

describe('previewPropose', () => {
  it('learns red lines from the answers that named them, and costs the trust of crossing one again', () => {
    const crossing: Package = { ...COMPROMISE, forces: 'european-force' };
    const state = quiet(newGame());
    expect(knownRedLines(model, state)).toEqual([]);
    expect(previewPropose(model, state, crossing).crossesKnownRedLines).toEqual([]);
    const once = quiet(act(model, state, { type: 'propose', package: crossing }));
    const named = knownRedLines(model, once);
    expect(named.length).toBeGreaterThan(0);
    for (const line of named) {
      expect(once.answers?.[line.party]).toMatchObject({ redLine: true, issue: line.issue });
      expect(crossing[line.issue]).toBe(line.option);
    }
    const preview = previewPropose(model, once, crossing);
    expect(preview.crossesKnownRedLines).toEqual(named);
    const twice = act(model, once, { type: 'propose', package: crossing });
    for (const party of new Set(named.map((l) => l.party)))
      expect(trustOf(once, party) - trustOf(twice, party)).toBe(
        Math.min(trustOf(once, party), preview.redLineTrustCost),
      );
    expect(previewPropose(model, once, COMPROMISE).crossesKnownRedLines).toEqual([]);
  });

  it('refuses a package that is not well formed, as the reducer does', () => {
    const bad = { ...COMPROMISE, east: 'nowhere' };
    const result = applyAction(model, newGame(), { type: 'propose', package: bad });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(previewPropose(model, newGame(), bad).blocked).toEqual(result.rejection);
  });
});

describe('previewSummit', () => {
  it('names the leaders whose last answer is no, and what a failure costs', () => {
    const state = quiet(act(model, newGame(), { type: 'propose', package: COMPROMISE }));
    const preview = previewSummit(model, state);
    const no = ids.filter((id) => state.answers?.[id]?.accepts === false);
    expect(no.length).toBeGreaterThan(0);
    expect(preview.refusing).toEqual(no);
    expect(preview.failsOnLastAnswers).toBe(true);
    expect(preview.ifFails.sessions).toBe(1 + rules.summitFailureSessionCost);
    expect(preview.ifFails.trustLoss).toEqual(
      ids.map((party) => ({ party, points: rules.summitFailureTrustCost })),
    );
    const after = act(model, state, { type: 'summit' });
    expect(after.outcome).toBeNull();
    expect(after.sessionsUsed - state.sessionsUsed).toBe(preview.ifFails.sessions);
    for (const { party, points } of preview.ifFails.trustLoss)
      expect(trustOf(state, party) - trustOf(after, party)).toBe(points);
  });

  it('says a failure at the end of the sessions ends the talks, and one that empties trust is a walk-out', () => {
    const tabled = act(model, newGame(), { type: 'propose', package: COMPROMISE });
    const late = { ...tabled, sessionsUsed: tabled.sessions - 1 };
    expect(previewSummit(model, late).ifFails).toMatchObject({
      sessions: 1,
      ends: { cause: 'failed-summit', party: null },
    });
    const last = ids[ids.length - 1] ?? '';
    const brink = withParty(tabled, last, { trust: rules.summitFailureTrustCost });
    expect(previewSummit(model, brink).ifFails.ends).toEqual({ cause: 'walk-out', party: last });
  });

  it('is refused with nothing on the table, and every action once the talks are over', () => {
    const fresh = newGame();
    const summit = applyAction(model, fresh, { type: 'summit' });
    if (summit.ok) throw new Error('a summit without a package');
    expect(previewSummit(model, fresh).blocked).toEqual(summit.rejection);
    const over = act(model, fresh, { type: 'adjourn' });
    const previews = actionPreviews(model, over, COMPROMISE);
    const refused = applyAction(model, over, { type: 'adjourn' });
    if (refused.ok) throw new Error('an action after the end');
    for (const preview of [
      ...previews.consult,
      ...previews.pressure,
      previews.propose,
      previews.summit,
      previews.adjourn,
    ]) {
      expect(preview.blocked).toEqual(refused.rejection);
      expect(preview.sessions).toBe(0);
    }
  });
});

describe('previewAdjourn', () => {
  it('ends the talks at once in a stalemate, using no session', () => {
    const state = newGame();
    const preview = previewAdjourn(model, state);
    expect(preview).toEqual({
      type: 'adjourn',
      blocked: null,
      sessions: 0,
      ends: { cause: 'adjourned', party: null },
    });
    const after = act(model, state, { type: 'adjourn' });
    expect(after.sessionsUsed).toBe(state.sessionsUsed);
    expect(endingOf(after)).toEqual(preview.ends);
  });
});

describe('previews of an unknown leader', () => {
  it('are refused as the reducer refuses them', () => {
    for (const type of ['consult', 'pressure'] as const) {
      const result = applyAction(model, newGame(), { type, party: 'nobody' });
      if (result.ok) throw new Error('an unknown party was accepted');
      const preview = (type === 'consult' ? previewConsult : previewPressure)(
        model,
        newGame(),
        'nobody',
      );
      expect(preview.blocked).toEqual(result.rejection);
    }
  });
});

/** A generated scenario given the rules that make previews interesting: ranges, hardening, risk. */
function withRules(scenario: Scenario, trust: number, risk: number): Scenario {
  return {
    ...scenario,
    rules: { ...scenario.rules, noDealRange: 12, pressureHardening: 1, rejectionHardening: 0.5 },
    parties: scenario.parties.map((party) => ({
      ...party,
      initialTrust: { ...party.initialTrust, value: trust },
      lever: { ...party.lever, walkOutRisk: risk },
    })),
  };
}

const rulesOne = (): ScenarioModel => {
  const archived = builtInScenarioVersions('alaska-2025')[1];
  if (!archived) throw new Error('no archived version of the built-in scenario');
  return compileScenario(archived, 'game', undefined, 1);
};

const modelArb: fc.Arbitrary<ScenarioModel> = fc.oneof(
  fc.constant(model),
  fc.constant(rulesOne()),
  fc
    .tuple(smallWithRedLines, fc.integer({ min: 10, max: 60 }), fc.integer({ min: 0, max: 60 }))
    .map(([s, trust, risk]) => compileScenario(withRules(s, trust, risk))),
);

const gameArb = modelArb.chain((m) =>
  fc.record({
    model: fc.constant(m),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    difficulty: fc.constantFrom<Difficulty>(...DIFFICULTIES),
    actions: actionsArb(m),
    draft: packageArb(m),
  }),
);

/** Every state a run of actions passes through, the first before any action. */
function statesOf(m: ScenarioModel, seed: number, difficulty: Difficulty, actions: Action[]) {
  const states = [createGame(m, { seed, difficulty })];
  for (const action of actions) {
    const last = states[states.length - 1] as GameState;
    const result = applyAction(m, last, action);
    if (result.ok) states.push(result.state);
  }
  return states;
}

/** Checks each preview of a state against what the reducer does with the action. */
function checkPreviews(m: ScenarioModel, state: GameState, draft: Package): void {
  const calm = quiet(state);
  const previews: ActionPreviews = actionPreviews(m, calm, draft);
  const sessionsUsed = (s: GameState) => s.sessionsUsed - state.sessionsUsed;
  const apply = (action: Action) => applyAction(m, calm, action);

  m.partyIds.forEach((id, p) => {
    const consult = previews.consult[p];
    const consulted = apply({ type: 'consult', party: id });
    expect(consult?.party).toBe(id);
    if (!consulted.ok) {
      expect(consult?.blocked).toEqual(consulted.rejection);
    } else {
      const after = consulted.state;
      expect(consult?.blocked).toBeNull();
      expect(trustOf(after, id) - trustOf(state, id)).toBe(consult?.trustGain);
      expect(sessionsUsed(after)).toBe(consult?.sessions);
      const revealed = (s: GameState) => s.parties[id]?.revealed ?? 0;
      expect(revealed(after) - revealed(state)).toBe(consult?.revealsIssues);
      const range = after.parties[id]?.noDealRange;
      if (consult?.rangeWidth === null) expect(range).toEqual(state.parties[id]?.noDealRange);
      else expect(range ? range[1] - range[0] : null).toBe(consult?.rangeWidth);
      expect(endingOf(after)).toEqual(consult?.ends);
    }

    const pressure = previews.pressure[p];
    const pressed = apply({ type: 'pressure', party: id });
    if (!pressed.ok) {
      expect(pressure?.blocked).toEqual(pressed.rejection);
    } else {
      const after = pressed.state;
      expect(pressure?.blocked).toBeNull();
      expect(trustOf(state, id) - trustOf(after, id)).toBe(pressure?.trustCost);
      expect(sessionsUsed(after)).toBe(pressure?.sessions);
      for (const other of m.partyIds.filter((x) => x !== id)) {
        const shift = (s: GameState) => s.parties[other]?.demandShift ?? Number.NaN;
        // Shifts of fifths (rejectionHardening) add up with rounding errors.
        expect(shift(after) - shift(state)).toBeCloseTo(pressure?.othersHarden ?? Number.NaN, 9);
      }
      const chance = pressure?.walkOutChance ?? 0;
      const roll = drawInts(state.rng, 1, 0, 99).values[0] ?? 100;
      const walks = pressure?.trustRunsOut === true || (chance > 0 && roll < chance);
      expect(endingOf(after)).toEqual(walks ? { cause: 'walk-out', party: id } : pressure?.ends);
      expect(after.history.at(-1)?.answers !== null).toBe(pressure?.asksAgain);
    }
  });

  const summit = previews.summit;
  const convened = apply({ type: 'summit' });
  if (!convened.ok) {
    expect(summit.blocked).toEqual(convened.rejection);
  } else {
    const after = convened.state;
    expect(summit.blocked).toBeNull();
    expect(summit.refusing).toEqual(
      m.partyIds.filter((id) => state.answers?.[id]?.accepts === false),
    );
    const signed = after.outcome !== null && after.outcome.kind !== 'stalemate';
    if (signed) {
      expect(sessionsUsed(after)).toBe(summit.sessions);
    } else {
      expect(sessionsUsed(after)).toBe(summit.ifFails.sessions);
      for (const { party, points } of summit.ifFails.trustLoss)
        expect(trustOf(state, party) - trustOf(after, party)).toBe(points);
      expect(endingOf(after)).toEqual(summit.ifFails.ends);
    }
    // Right after the answers were drawn, with no news since, every yes is still a yes.
    const last = state.history.at(-1);
    if (!summit.failsOnLastAnswers && last?.answers && last.news.length === 0)
      expect(signed).toBe(true);
  }

  const adjourned = apply({ type: 'adjourn' });
  if (!adjourned.ok) expect(previews.adjourn.blocked).toEqual(adjourned.rejection);
  else {
    expect(sessionsUsed(adjourned.state)).toBe(previews.adjourn.sessions);
    expect(endingOf(adjourned.state)).toEqual(previews.adjourn.ends);
  }

  const propose = previews.propose;
  const proposed = apply({ type: 'propose', package: draft });
  if (!proposed.ok) expect(propose.blocked).toEqual(proposed.rejection);
  else {
    const after = proposed.state;
    expect(sessionsUsed(after)).toBe(propose.sessions);
    for (const line of propose.crossesKnownRedLines) {
      expect(after.answers?.[line.party]?.redLine).toBe(true);
      expect(trustOf(state, line.party) - trustOf(after, line.party)).toBe(
        Math.min(trustOf(state, line.party), propose.redLineTrustCost),
      );
    }
    if (propose.ends?.cause === 'walk-out') expect(endingOf(after)?.cause).toBe('walk-out');
    else if (propose.ends) expect(endingOf(after)).not.toBeNull();
  }

  // With the news left on: a step that brought news had its preview say so.
  const real = applyAction(m, state, { type: 'consult', party: m.partyIds[0] ?? '' });
  if (real.ok && (real.state.history.at(-1)?.news.length ?? 0) > 0)
    expect(previews.newsMayArrive).toBe(true);
}

describe('the previews match the reducer', { timeout: HEAVY_TEST_TIMEOUT }, () => {
  it('in every state of generated games: trust, sessions, revelations, hardening, walk-outs and endings', () => {
    fc.assert(
      fc.property(gameArb, ({ model: m, seed, difficulty, actions, draft }) => {
        for (const state of statesOf(m, seed, difficulty, actions)) checkPreviews(m, state, draft);
      }),
      { numRuns: 60 },
    );
  });

  it('read nothing hidden: no-deal values, openings, curves and the generator change no preview', () => {
    fc.assert(
      fc.property(gameArb, ({ model: m, seed, difficulty, actions, draft }) => {
        for (const state of statesOf(m, seed, difficulty, actions)) {
          let hidden: GameState = {
            ...state,
            rng: createGame(m, { seed: seed ^ 1, difficulty }).rng,
          };
          for (const id of m.partyIds)
            hidden = withParty(hidden, id, { noDealValue: 7, opening: 93, curve: 2 });
          expect(actionPreviews(m, hidden, draft)).toEqual(actionPreviews(m, state, draft));
          expect(observe(m, hidden).parties).toEqual(observe(m, state).parties);
        }
      }),
      { numRuns: 30 },
    );
  });
});
