import { describe, expect, it, vi } from 'vitest';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import { replaySave } from '../../src/saves/replay';
import { createGameStore, gameStoreFromSave } from '../../src/store/game-store';
import {
  selectAnswers,
  selectCanConvene,
  selectCurrentPackage,
  selectKnownPriorities,
  selectOutcome,
  selectScores,
  selectSessionsLeft,
  selectTrust,
} from '../../src/store/selectors';
import { COMPROMISE as compromise } from '../canonical-packages';

const scenario = builtInScenario('alaska-2025') as Scenario;
const newStore = () => createGameStore(scenario, { seed: 7, difficulty: 'normal' });

describe('the game store', () => {
  it('runs the reducer for each action and logs it with the state digest', () => {
    const store = newStore();
    expect(store.getState().consult('ru').ok).toBe(true);
    expect(store.getState().propose(compromise).ok).toBe(true);
    const { steps, game } = store.getState();
    expect(steps.map((s) => s.action.type)).toEqual(['consult', 'propose']);
    expect(game.sessionsUsed).toBe(2);
    expect(selectCurrentPackage(store.getState())).toEqual(compromise);
    expect(Object.values(selectAnswers(store.getState()) ?? {}).every((a) => a.accepts)).toBe(true);
    expect(selectCanConvene(store.getState())).toBe(true);
  });

  it('reaches a deal when the summit signs an accepted package', () => {
    const store = newStore();
    store.getState().propose(compromise);
    store.getState().convene();
    const outcome = selectOutcome(store.getState());
    expect(outcome?.kind).toBe('deal');
    expect(selectScores(store.getState())?.score?.total).toBeGreaterThan(0);
    expect(selectCanConvene(store.getState())).toBe(false);
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
    const known = selectKnownPriorities(store.getState(), 'ua').length;
    store.getState().consult('ua');
    const s = store.getState();
    expect(selectSessionsLeft(s)).toBe(scenario.difficulties.normal.sessions - 1);
    expect(selectTrust(s).ua).toBe(
      (scenario.parties[2]?.initialTrust.value ?? 0) + scenario.rules.consultTrust,
    );
    expect(selectKnownPriorities(s, 'ua').length).toBe(
      known + scenario.difficulties.normal.revealPerConsult,
    );
    expect(selectKnownPriorities(s, 'nobody')).toEqual([]);
  });

  it('resets to a fresh game, keeping or changing its options', () => {
    const store = newStore();
    store.getState().consult('us');
    store.getState().reset();
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
    const save = store.getState().toSave();
    expect(save.scenario).toEqual({ id: 'alaska-2025', hash: store.getState().model.hash });
    const replay = replaySave(save);
    expect(replay.ok && replay.final).toStrictEqual(store.getState().game);
    const resumed = gameStoreFromSave(save);
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    expect(resumed.store.getState().game).toStrictEqual(store.getState().game);
    resumed.store.getState().convene();
    store.getState().convene();
    expect(resumed.store.getState().game).toStrictEqual(store.getState().game);
  });

  it('embeds a scenario the game does not ship in its saves', () => {
    const custom = createGameStore(
      { ...scenario, id: 'classroom-variant' },
      { seed: 1, difficulty: 'easy' },
    );
    custom.getState().consult('us');
    const save = custom.getState().toSave();
    expect(save.scenario.data?.id).toBe('classroom-variant');
    expect(replaySave(save).ok).toBe(true);
  });

  it('refuses to resume from a save that diverges', () => {
    const store = newStore();
    store.getState().consult('ru');
    const save = store.getState().toSave();
    const broken = { ...save, seed: save.seed + 1 };
    expect(gameStoreFromSave(broken)).toEqual({
      ok: false,
      step: 1,
      error: 'diverges at step 1: the game no longer reaches the recorded state',
    });
  });
});
