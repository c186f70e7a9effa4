import { describe, expect, it } from 'vitest';
import { actionPreviews, previewPropose } from '../../src/model/action-preview';
import { talksResults } from '../../src/model/results';
import { builtInScenario } from '../../src/model/scenarios';
import { standings } from '../../src/model/standing';
import type { Package, Scenario } from '../../src/model/types';
import { createGameStore } from '../../src/store/game-store';
import {
  selectActionPreview,
  selectBriefing,
  selectClock,
  selectFared,
  selectProposalPreview,
  selectResults,
  selectStandings,
} from '../../src/store/selectors';
import { COMPROMISE } from '../canonical-packages';
import { tableAcceptedPackage } from './deal-line';

const scenario = builtInScenario('alaska-2025') as Scenario;
const newStore = () => createGameStore(scenario, { seed: 7, difficulty: 'normal' });
const second = scenario.parties[1];
if (!second) throw new Error('the scenario has fewer than two parties');

describe('selectStandings', () => {
  it('serves the model’s standings, the same object until an action changes the game', () => {
    const store = newStore();
    const first = selectStandings(store.getState());
    expect(first).toEqual(standings(store.getState().model, store.getState().game));
    expect(selectStandings(store.getState())).toBe(first);
    store.getState().propose(COMPROMISE);
    const after = selectStandings(store.getState());
    expect(after).not.toBe(first);
    expect(after.map((s) => s.answer)).toEqual(
      scenario.parties.map((p) => store.getState().game.answers?.[p.id]),
    );
  });
});

describe('selectActionPreview', () => {
  it('serves what each action would cost, the same object until an action changes the game', () => {
    const store = newStore();
    const first = selectActionPreview(store.getState());
    expect(first).toEqual(actionPreviews(store.getState().model, store.getState().game));
    expect(selectActionPreview(store.getState())).toBe(first);
    expect(first.summit.blocked?.code).toBe('nothing-tabled');
  });

  it('can say that one more pressure risks a walk-out, and how likely it is', () => {
    const store = newStore();
    const before = selectActionPreview(store.getState()).pressure[1];
    expect(before).toMatchObject({ party: second.id, walkOutChance: 0 });
    store.getState().pressure(second.id);
    const next = selectActionPreview(store.getState()).pressure[1];
    expect(next).toMatchObject({
      party: second.id,
      earlierUses: 1,
      walkOutChance: second.lever.walkOutRisk,
      trustCost: second.lever.trustCost,
    });
  });

  it('before a summit, names who said no and what failing costs', () => {
    const store = newStore();
    store.getState().propose(COMPROMISE);
    const { summit } = selectActionPreview(store.getState());
    const no = scenario.parties
      .filter((p) => store.getState().game.answers?.[p.id]?.accepts === false)
      .map((p) => p.id);
    expect(summit.refusing).toEqual(no);
    expect(summit.ifFails.sessions).toBe(1 + scenario.rules.summitFailureSessionCost);
    expect(summit.ifFails.trustLoss.map((t) => t.points)).toEqual(
      scenario.parties.map(() => scenario.rules.summitFailureTrustCost),
    );
  });
});

describe('selectProposalPreview', () => {
  it('serves the preview of tabling a draft', () => {
    const store = newStore();
    const draft: Package = { ...COMPROMISE, guarantee: 'nato' };
    store.getState().propose(draft);
    const { model, game } = store.getState();
    const preview = selectProposalPreview(store.getState(), draft);
    expect(preview).toEqual(previewPropose(model, game, draft));
    expect(preview.crossesKnownRedLines.length).toBeGreaterThan(0);
  });
});

describe('selectResults', () => {
  it('is null while the talks go on, and how each leader came out once they end', () => {
    const store = newStore();
    tableAcceptedPackage(store);
    expect(selectResults(store.getState())).toBeNull();
    store.getState().convene();
    const results = selectResults(store.getState());
    expect(results?.outcome?.kind).toBe('deal');
    expect(results).toEqual(talksResults(store.getState().model, store.getState().game));
    expect(selectResults(store.getState())).toBe(results);
  });
});

describe('selectClock', () => {
  it('gives the session the next action is taken in, of how many, and how many are left', () => {
    const store = newStore();
    const sessions = scenario.difficulties.normal.sessions;
    expect(selectClock(store.getState())).toEqual({ session: 1, sessions, left: sessions });
    store.getState().consult(second.id);
    expect(selectClock(store.getState())).toEqual({ session: 2, sessions, left: sessions - 1 });
    store.getState().adjourn();
    expect(selectClock(store.getState())).toEqual({ session: 2, sessions, left: sessions - 1 });
  });
});

describe('selectFared', () => {
  it('gives each leader’s figures rounded to one decimal, once the talks have ended', () => {
    const store = newStore();
    store.getState().propose(COMPROMISE);
    expect(selectFared(store.getState())).toBeNull();
    store.getState().adjourn();
    const fared = selectFared(store.getState());
    const results = talksResults(store.getState().model, store.getState().game);
    expect(fared).toHaveLength(scenario.parties.length);
    fared?.forEach((figures, p) => {
      const result = results.parties[p];
      const tenths = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
      expect(figures.utility).toBe(tenths(result?.utility ?? null));
      expect(figures.noDeal).toBe(tenths(result?.noDeal ?? Number.NaN));
      expect(figures.gap).toBe(tenths(Math.abs((figures.utility ?? 0) - figures.noDeal)));
    });
    expect(selectFared(store.getState())).toBe(fared);
  });
});

describe('selectBriefing', () => {
  it('gives the deadline, the difficulty and each score component’s share of the score', () => {
    const state = newStore().getState();
    const briefing = selectBriefing(state);
    const w = scenario.rules.outcome.scoreWeights;
    const total = w.fairness + w.efficiency + w.durability;
    expect(briefing.sessions).toBe(scenario.difficulties.normal.sessions);
    expect(briefing.difficulty).toBe(scenario.difficulties.normal.label);
    expect(briefing.scoreShares).toEqual({
      fairness: Math.round((100 * w.fairness) / total),
      efficiency: Math.round((100 * w.efficiency) / total),
      durability: Math.round((100 * w.durability) / total),
    });
    expect(briefing.quote?.quote.text).toBe(scenario.wording?.quote);
    expect(briefing.summit.length).toBeGreaterThan(0);
  });
});
