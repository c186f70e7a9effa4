import { describe, expect, it, vi } from 'vitest';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import { replaySave } from '../../src/saves/replay';
import { parseSaveText, serializeSave } from '../../src/saves/save-format';
import { branchFromSave, createGameStore, gameStoreFromSave } from '../../src/store/game-store';
import {
  selectActionPreview,
  selectClock,
  selectDefaultSaveName,
  selectResults,
  selectSaveSummary,
  selectStandings,
} from '../../src/store/selectors';
import { COMPROMISE as compromise } from '../canonical-packages';
import { dealLine, playThrough, tableAcceptedPackage } from './deal-line';

const scenario = builtInScenario('alaska-2025') as Scenario;
const newStore = () => createGameStore(scenario, { seed: 7, difficulty: 'normal' });
const meta = { name: 'A lesson', savedAt: null };

describe('the game store', () => {
  it('runs the reducer for each action and logs it with the state digest', () => {
    const store = newStore();
    const eve = dealLine(store).slice(0, -1);
    for (const { action } of eve) expect(store.getState().dispatch(action).ok).toBe(true);
    const { steps, game } = store.getState();
    expect(steps).toEqual(eve);
    expect(steps.map((s) => s.action.type)).toEqual([...Array(7).fill('consult'), 'propose']);
    expect(game.sessionsUsed).toBe(8);
    const tabled = eve.at(-1)?.action;
    expect(game.table).toEqual(tabled?.type === 'propose' ? tabled.package : null);
    expect(selectStandings(store.getState()).every((s) => s.answer?.accepts)).toBe(true);
    expect(selectActionPreview(store.getState()).summit).toMatchObject({
      blocked: null,
      refusing: [],
      failsOnLastAnswers: false,
    });
  });

  it('reaches a deal when the summit signs an accepted package', () => {
    const store = newStore();
    tableAcceptedPackage(store);
    store.getState().convene();
    const outcome = selectResults(store.getState())?.outcome;
    expect(outcome?.kind).toBe('deal');
    expect(outcome?.kind === 'deal' && outcome.score.total).toBeGreaterThan(0);
    expect(selectActionPreview(store.getState()).summit.blocked?.code).toBe('game-over');
  });

  it('leaves the state untouched and notifies nobody when an action is refused', () => {
    const store = newStore();
    store.getState().consult('us');
    const before = store.getState();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const refused = [
      store.getState().convene(),
      store.getState().consult('fr'),
      store.getState().propose({ ...compromise, east: 'annex' }),
      store.getState().dispatch({ type: 'bribe' } as never),
    ];
    expect(refused.map((r) => (r.ok ? 'ok' : r.rejection.code))).toEqual([
      'nothing-tabled',
      'unknown-party',
      'invalid-package',
      'unknown-action',
    ]);
    expect(store.getState()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('tells subscribers about each accepted action until they unsubscribe', () => {
    const store = newStore();
    const seen: number[] = [];
    const unsubscribe = store.subscribe((s) => seen.push(s.game.sessionsUsed));
    store.getState().consult('ua');
    unsubscribe();
    store.getState().consult('ua');
    expect(seen).toEqual([1]);
  });

  it('derives sessions left, trust and what is known of each leader', () => {
    const store = newStore();
    const known = selectStandings(store.getState())[2]?.revealed.length ?? Number.NaN;
    store.getState().consult('ua');
    const s = store.getState();
    expect(selectClock(s).left).toBe(scenario.difficulties.normal.sessions - 1);
    const ukraine = selectStandings(s)[2];
    expect(ukraine?.party).toBe('ua');
    expect(ukraine?.trust.trust).toBe(
      (scenario.parties[2]?.initialTrust.value ?? 0) + scenario.rules.consultTrust,
    );
    expect(ukraine?.revealed.length).toBe(known + scenario.difficulties.normal.revealPerConsult);
  });

  it('resets to a fresh game under a new id, keeping or changing its options', () => {
    const store = newStore();
    const first = store.getState().gameId;
    expect(first).toMatch(/^[0-9a-f]{12}$/);
    store.getState().consult('us');
    store.getState().reset();
    expect(store.getState().gameId).toMatch(/^[0-9a-f]{12}$/);
    expect(store.getState().gameId).not.toBe(first);
    expect(store.getState().steps).toEqual([]);
    expect(store.getState().game.sessionsUsed).toBe(0);
    store.getState().reset({ difficulty: 'hard', seed: 9 });
    expect(store.getState().game.difficulty).toBe('hard');
    expect(store.getState().game.sessions).toBe(scenario.difficulties.hard.sessions);
    expect(store.getState().game.seed).toBe(9);
  });

  it('produces a save that replays to its state, and a store can resume from it', () => {
    const store = newStore();
    store.getState().consult('ru');
    store.getState().pressure('ru');
    store.getState().propose(compromise);
    const save = store.getState().toSave({ name: 'Lesson 2', savedAt: '2025-09-01T09:30:00Z' });
    expect(save).toMatchObject({
      version: 4,
      game: store.getState().gameId,
      name: 'Lesson 2',
      savedAt: '2025-09-01T09:30:00Z',
      branchedFrom: null,
      scenario: { id: 'alaska-2025', hash: store.getState().model.hash },
    });
    expect(save.scenario.data).toBeUndefined();
    const replay = replaySave(save);
    expect(replay.ok && replay.final).toStrictEqual(store.getState().game);
    const resumed = gameStoreFromSave(save);
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    expect(resumed.store.getState().gameId).toBe(save.game);
    expect(resumed.store.getState().game).toStrictEqual(store.getState().game);
    resumed.store.getState().convene();
    store.getState().convene();
    expect(resumed.store.getState().game).toStrictEqual(store.getState().game);
  });

  it('goes on as a game of its own under a new id, keeping its state and steps and its origin', () => {
    const store = newStore();
    store.getState().consult('ru');
    const before = store.getState();
    store.getState().separate('Lesson 2');
    const after = store.getState();
    expect(after.gameId).not.toBe(before.gameId);
    expect([after.game, after.steps]).toEqual([before.game, before.steps]);
    expect(after.branchedFrom).toEqual({ name: 'Lesson 2', step: 1 });
    expect(selectDefaultSaveName(after)).toBe(
      `In progress, session 2 — ${scenario.title} (played on from step 1)`,
    );
    expect(store.getState().toSave({ name: 'x', savedAt: null }).game).toBe(after.gameId);
  });

  it('embeds a scenario the game does not ship in its saves', () => {
    const custom = createGameStore(
      { ...scenario, id: 'classroom-variant' },
      { seed: 1, difficulty: 'easy' },
    );
    custom.getState().consult('us');
    const save = custom.getState().toSave(meta);
    expect(save.scenario.data?.id).toBe('classroom-variant');
    expect(replaySave(save).ok).toBe(true);
  });

  it('refuses to resume from a save that diverges', () => {
    const store = newStore();
    store.getState().consult('ru');
    const save = store.getState().toSave(meta);
    const broken = { ...save, seed: save.seed + 1 };
    expect(gameStoreFromSave(broken)).toEqual({
      ok: false,
      step: 1,
      error: 'diverges at step 1: the game no longer reaches the recorded state',
    });
  });

  it('takes over a save at any step: the steps before it replayed, the rest dropped', () => {
    const store = newStore();
    store.getState().consult('ru');
    store.getState().pressure('ru');
    store.getState().propose(compromise);
    const save = store.getState().toSave({ name: 'Lesson 2', savedAt: null });
    const branch = branchFromSave(save, 1);
    if (!branch.ok) throw new Error(branch.error);
    const taken = branch.store.getState();
    expect(taken.steps).toEqual(save.steps.slice(0, 1));
    expect(taken.game.sessionsUsed).toBe(1);
    expect(taken.branchedFrom).toEqual({ name: 'Lesson 2', step: 1 });
    expect(taken.gameId).not.toBe(save.game);
    expect(taken.propose(compromise).ok).toBe(true);
    const branched = branch.store.getState().toSave({ name: 'Lesson 2, again', savedAt: null });
    expect(branched.branchedFrom).toEqual({ name: 'Lesson 2', step: 1 });
    expect(replaySave(branched).ok).toBe(true);
    const reopened = parseSaveText(serializeSave(branched));
    if (!reopened.ok) throw new Error(reopened.error);
    const resumed = gameStoreFromSave(reopened.save);
    expect(resumed.ok && resumed.store.getState().branchedFrom).toEqual({
      name: 'Lesson 2',
      step: 1,
    });
    branch.store.getState().reset();
    expect(branch.store.getState().branchedFrom).toBeNull();
  });

  it('takes over a save before its first step or after its last', () => {
    const store = newStore();
    playThrough(store, dealLine(store));
    const save = store.getState().toSave(meta);
    expect(save.steps).toHaveLength(9);
    const start = branchFromSave(save, 0);
    expect(start.ok && start.store.getState().game.sessionsUsed).toBe(0);
    const end = branchFromSave(save, 9);
    expect(end.ok && end.store.getState().game.outcome?.kind).toBe('deal');
  });

  it.each([-1, 3, 1.5, Number.NaN])('refuses to take over a save at step %s', (step) => {
    const store = newStore();
    store.getState().consult('ru');
    store.getState().consult('us');
    const branch = branchFromSave(store.getState().toSave(meta), step);
    expect(branch.ok).toBe(false);
    if (!branch.ok) expect(branch.error).toContain('this save has steps 0 to 2');
  });

  it('refuses to take over a save whose earlier steps no longer reproduce', () => {
    const store = newStore();
    store.getState().consult('ru');
    store.getState().consult('us');
    const save = store.getState().toSave(meta);
    expect(branchFromSave({ ...save, seed: 8 }, 2)).toMatchObject({ ok: false, step: 1 });
  });
});

describe('the save name and summary selectors', () => {
  it('name a game by how it stands, its sessions and its scenario', () => {
    const store = newStore();
    const title = scenario.title;
    const line = dealLine(store);
    expect(selectDefaultSaveName(store.getState())).toBe(`In progress, session 1 — ${title}`);
    playThrough(store, line.slice(0, 2));
    expect(selectDefaultSaveName(store.getState())).toBe(`In progress, session 3 — ${title}`);
    expect(selectSaveSummary(store.getState())).toEqual({
      scenarioTitle: title,
      outcome: 'in progress',
    });
    playThrough(store, line.slice(2));
    expect(selectDefaultSaveName(store.getState())).toBe(`Deal, 9 sessions — ${title}`);
    expect(selectSaveSummary(store.getState()).outcome).toBe('deal');
    store.getState().reset();
    store.getState().adjourn();
    expect(selectDefaultSaveName(store.getState())).toBe(`Stalemate, no sessions — ${title}`);
    store.getState().reset();
    store.getState().consult('ua');
    store.getState().adjourn();
    expect(selectDefaultSaveName(store.getState())).toBe(`Stalemate, 1 session — ${title}`);
  });

  it('keep the name within what a save accepts', () => {
    const long = createGameStore(
      { ...scenario, id: 'long-title', title: 'A'.repeat(120) },
      { seed: 1, difficulty: 'easy' },
    );
    const name = selectDefaultSaveName(long.getState());
    expect(name.length).toBeLessThanOrEqual(120);
    expect(parseSaveText(serializeSave(long.getState().toSave({ name, savedAt: null }))).ok).toBe(
      true,
    );
  });
});
