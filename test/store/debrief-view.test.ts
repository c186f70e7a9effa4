import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, leftOnTable } from '../../src/model/analysis';
import { choiceAt, packageOf } from '../../src/model/compile';
import { pairFrontier } from '../../src/model/debrief-analysis';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import { roundUtility } from '../../src/model/utility';
import { parseSaveText, type Save } from '../../src/saves/save-format';
import { type DebriefView, openDebrief, selectPairFrontier } from '../../src/store/debrief-view';
import { createGameStore } from '../../src/store/game-store';
import { COMPROMISE } from '../canonical-packages';

const scenario = builtInScenario('alaska-2025') as Scenario;

function example(name: string): Save {
  const parsed = parseSaveText(readFileSync(`public/examples/${name}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.save;
}

function debriefOf(save: Save): DebriefView {
  const opened = openDebrief(save);
  if (!opened.ok) throw new Error(opened.error);
  return opened.view;
}

/** Printed figures have one decimal place at most. */
const oneDecimal = (x: number) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-9;

describe('openDebrief', () => {
  it('prints each leader’s figures rounded to one decimal, the chart keeping the exact ones', () => {
    const view = debriefOf(example('deal'));
    expect(view.leaders).toHaveLength(scenario.parties.length);
    view.leaders.forEach((leader, p) => {
      const exact = view.utilities?.[p] ?? Number.NaN;
      expect(leader.utility).toBeCloseTo(exact, 1);
      expect(oneDecimal(leader.utility ?? Number.NaN)).toBe(true);
      expect(leader.gap).toBeCloseTo(Math.abs(exact - (view.noDeal[p] ?? 0)), 1);
      expect(oneDecimal(leader.gap ?? Number.NaN)).toBe(true);
      expect(leader.demandAtEnd).toBeGreaterThanOrEqual(0);
    });
    expect(view.breakdown?.leaders.map((l) => l.gain)).toEqual(
      view.breakdown?.leaders.map((l) => Math.round((l.utility - l.noDeal) * 10) / 10),
    );
  });

  it('marks the player’s package, then the Nash and Kalai–Smorodinsky packages', () => {
    const view = debriefOf(example('deal'));
    const analysis = analyze(view.model);
    expect(view.marked.map((m) => m.kind)).toEqual(['yours', 'nash', 'ks']);
    const [yours, nash] = view.marked;
    expect(yours?.pkg).toEqual(view.pkg);
    expect(nash?.index).toBe(analysis.nash);
    expect(nash?.utilities).toEqual(
      view.model.partyIds.map((_, p) => analysis.utilities[p]?.[analysis.nash ?? 0]),
    );
    expect(nash?.shown.every(oneDecimal)).toBe(true);
    expect(view.space.packageCount).toBe(analysis.packageCount);
  });

  it('opens the chart on a pair that includes the leader who surrendered', () => {
    const view = debriefOf(example('surrender'));
    const outcome = view.outcome;
    if (outcome?.kind !== 'surrender') throw new Error('the example is a surrender');
    expect(view.pair).toContain(view.model.partyIds.indexOf(outcome.surrenderedBy));
    const [a, b] = view.pair;
    expect(selectPairFrontier(view, a, b)).toEqual(pairFrontier(view.model, a, b));
  });

  it('finds what was left on the table under a package off the Pareto frontier', () => {
    const store = createGameStore(scenario, { seed: 7, difficulty: 'normal' });
    const { model } = store.getState();
    const analysis = analyze(model);
    const frontier = new Set(analysis.feasibleFrontier);
    const off = Array.from(analysis.redLined).findIndex((x, k) => x === 0 && !frontier.has(k));
    const tabled = packageOf(model, choiceAt(model, off));
    store.getState().propose(tabled);
    const view = debriefOf(store.getState().toSave({ name: 'Tabled', savedAt: null }));
    expect(view.signed).toBe(false);
    expect(view.better?.gain).toBe(roundUtility(leftOnTable(model, choiceAt(model, off))));
    expect(view.better?.gain).toBeGreaterThan(0);
    expect(view.better?.pkg).not.toEqual(tabled);

    store.getState().reset();
    store.getState().propose(COMPROMISE);
    const onFrontier = debriefOf(store.getState().toSave({ name: 'Fair', savedAt: null }));
    expect(onFrontier.better).toBeNull();
    store.getState().reset();
    expect(debriefOf(store.getState().toSave({ name: 'None', savedAt: null })).better).toBeNull();
  });

  it('dates each news item by the session it arrived at, or says it did not arrive', () => {
    const view = debriefOf(example('stalemate'));
    expect(view.news.map((n) => n.event)).toEqual(scenario.events ?? []);
    const sessions = view.final.sessionsUsed + 1;
    for (const { arrivedAt } of view.news) {
      if (arrivedAt !== null) expect(arrivedAt).toBeLessThanOrEqual(sessions);
    }
  });

  it('refuses a save that does not replay, saying why', () => {
    const save = example('deal');
    const opened = openDebrief({ ...save, scenario: { ...save.scenario, hash: '0'.repeat(28) } });
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toMatch(/scenario/);
  });
});

describe('the debrief of a role-play', () => {
  const parsed = parseSaveText(readFileSync('test/fixtures/saves/v4/role-play-deal.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  const view = debriefOf(parsed.save);

  it("lists every player's answer, and lowers a pressed leader's bar by what its player was to feel", () => {
    expect(view.answers.length).toBeGreaterThan(0);
    const p = scenario.parties.findIndex((party) => party.id === 'ru');
    const drop = scenario.parties[p]?.lever.reservationDrop ?? 0;
    const presses = view.final.parties.ru?.pressure ?? 0;
    expect(presses).toBeGreaterThan(0);
    expect(view.pressured[p]).toBeCloseTo((view.noDeal[p] ?? 0) - presses * drop, 9);
    expect(view.leaders[p]?.demandAtEnd).toBe(
      roundUtility(Math.max(0, (view.noDeal[p] ?? 0) - presses * drop)),
    );
    // The last answer of Russia's player felt the same value.
    const last = view.answers.filter((a) => a.party === 'ru').at(-1);
    expect(last?.felt).toBeCloseTo(view.pressured[p] ?? Number.NaN, 9);
  });

  it("gives the package's distance in utility from the Nash and Kalai–Smorodinsky packages", () => {
    expect(view.distance?.nash).toBeGreaterThanOrEqual(0);
    expect(view.distance?.ks).toBeGreaterThanOrEqual(0);
    const nash = view.marked.find((m) => m.kind === 'nash');
    const own = view.utilities ?? [];
    const expected = Math.sqrt(
      own.reduce((sum, u, p) => sum + (u - (nash?.utilities[p] ?? 0)) ** 2, 0),
    );
    expect(view.distance?.nash).toBe(roundUtility(expected));
  });
});
