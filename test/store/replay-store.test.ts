import { describe, expect, it } from 'vitest';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import type { Save } from '../../src/saves/save-format';
import { createGameStore } from '../../src/store/game-store';
import {
  createReplayStore,
  DEFAULT_REPLAY_DELAY,
  type ReplayStoreApi,
  selectReplayStep,
  selectTimeline,
} from '../../src/store/replay-store';
import { dealLine, playThrough } from './deal-line';

const scenario = builtInScenario('alaska-2025') as Scenario;

/** The expert bot's deal on seed 7, as a save: consultations, a proposal, the signing summit. */
function dealSave(): Save {
  const store = createGameStore(scenario, { seed: 7, difficulty: 'normal' });
  playThrough(store, dealLine(store));
  return store.getState().toSave({ name: 'A deal', savedAt: null });
}

function replayOf(save: Save): ReplayStoreApi {
  const opened = createReplayStore(save);
  if (!opened.ok) throw new Error(`the save does not replay: ${opened.log.why.kind}`);
  return opened.store;
}

describe('the replay store', () => {
  it('opens paused before the first action, at the default speed', () => {
    const save = dealSave();
    const replay = replayOf(save);
    const at = selectReplayStep(replay.getState());
    expect(at).toMatchObject({
      step: 0,
      last: save.steps.length,
      playing: false,
      event: undefined,
    });
    expect(replay.getState().delay).toBe(DEFAULT_REPLAY_DELAY);
    expect(at.sessionsLeft).toBe(at.state.sessions);
    expect(at.seats.every((seat) => seat.answer === undefined)).toBe(true);
  });

  it('steps by hand within the game, and a step by hand pauses the replay', () => {
    const replay = replayOf(dealSave());
    const last = selectReplayStep(replay.getState()).last;
    replay.getState().toStep(3);
    const third = selectReplayStep(replay.getState());
    expect(third.step).toBe(3);
    expect(third.event?.step).toBe(3);
    expect(third.sessionsLeft).toBe(third.state.sessions - 3);
    replay.getState().toStep(-4);
    expect(replay.getState().step).toBe(0);
    replay.getState().toStep(last + 10);
    expect(replay.getState().step).toBe(last);
    replay.getState().togglePlay();
    replay.getState().toStep(1);
    expect(replay.getState()).toMatchObject({ step: 1, playing: false });
  });

  it('plays step by step, pauses at the last step, and plays again from the first', () => {
    const replay = replayOf(dealSave());
    const last = selectReplayStep(replay.getState()).last;
    replay.getState().toStep(last - 1);
    replay.getState().togglePlay();
    expect(replay.getState().playing).toBe(true);
    replay.getState().advance();
    expect(replay.getState()).toMatchObject({ step: last, playing: false });
    expect(selectReplayStep(replay.getState()).state.outcome?.kind).toBe('deal');
    replay.getState().togglePlay();
    expect(replay.getState()).toMatchObject({ step: 0, playing: true });
    replay.getState().setDelay(400);
    expect(replay.getState()).toMatchObject({ delay: 400, playing: true });
    replay.getState().togglePlay();
    expect(replay.getState().playing).toBe(false);
  });

  it('marks the terms a step changed: every one when a package is first tabled', () => {
    const save = dealSave();
    const replay = replayOf(save);
    const proposal = save.steps.findIndex((s) => s.action.type === 'propose') + 1;
    replay.getState().toStep(proposal - 1);
    expect(selectReplayStep(replay.getState()).changed).toEqual([]);
    replay.getState().toStep(proposal);
    expect(selectReplayStep(replay.getState()).changed).toEqual(scenario.issues);
    replay.getState().toStep(proposal + 1);
    expect(selectReplayStep(replay.getState()).changed).toEqual([]);
  });

  it('tells what consultation has revealed at each step, seat by seat', () => {
    const save = dealSave();
    const replay = replayOf(save);
    const first = save.steps[0]?.action;
    if (first?.type !== 'consult') throw new Error('the deal line opens with a consultation');
    const known = () => selectReplayStep(replay.getState()).seats.map((s) => s.known.length);
    const before = known();
    replay.getState().toStep(1);
    const consulted = scenario.parties.findIndex((p) => p.id === first.party);
    const after = known();
    expect(after[consulted]).toBeGreaterThan(before[consulted] ?? 0);
    expect(after.filter((_, p) => p !== consulted)).toEqual(
      before.filter((_, p) => p !== consulted),
    );
  });

  it('lists every step for the timeline, with the outcome only at the end', () => {
    const save = dealSave();
    const timeline = selectTimeline(replayOf(save).getState());
    expect(timeline).toHaveLength(save.steps.length + 1);
    expect(timeline[0]?.event).toBeUndefined();
    expect(timeline.slice(1).map((s) => s.event?.action)).toEqual(save.steps.map((s) => s.action));
    expect(timeline.map((s) => s.outcome?.kind ?? null)).toEqual([
      ...Array(save.steps.length).fill(null),
      'deal',
    ]);
  });

  it('plays on from the step on show as a new game of the same save, with the steps before it', () => {
    const save = dealSave();
    const replay = replayOf(save);
    replay.getState().toStep(2);
    const played = replay.getState().playOn();
    if (!played.ok) throw new Error(played.error);
    const game = played.store.getState();
    expect(game.steps).toEqual(save.steps.slice(0, 2));
    expect(game.branchedFrom).toEqual({ name: save.name, step: 2 });
    expect(game.gameId).not.toBe(save.game);
    expect(game.game.sessionsUsed).toBe(2);
    expect(game.consult(scenario.parties[0]?.id ?? '').ok).toBe(true);
  });

  it('gives a save this release cannot replay as its recorded log, saying why', () => {
    const save = dealSave();
    const other: Save = { ...save, scenario: { ...save.scenario, hash: '0'.repeat(28) } };
    const opened = createReplayStore(other);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.log.why.kind).toBe('other-version');
    expect(opened.log.scenario?.id).toBe(scenario.id);
  });
});
