import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ScenarioModel } from '../model/compile';
import {
  type Answer,
  type GameState,
  revealedIssues,
  sessionsLeft,
  type TalkEvent,
} from '../model/game';
import type { Outcome } from '../model/outcome';
import type { Issue } from '../model/types';
import { type RecordedLog, recordedLog } from '../saves/recorded-log';
import { replaySave } from '../saves/replay';
import type { Save } from '../saves/save-format';
import { branchFromSave, type StoreResult } from './game-store';

export type { NotReplayable, RecordedLog } from '../saves/recorded-log';

/** How long each step stays on show while a replay plays, until the viewer chooses (ms). */
export const DEFAULT_REPLAY_DELAY = 1000;

export interface ReplayState {
  readonly save: Save;
  readonly model: ScenarioModel;
  /** The state before any action, then after each step. */
  readonly states: readonly GameState[];
  /** The step on show: 0 (before any action) to the last step, `states.length - 1`. */
  readonly step: number;
  readonly playing: boolean;
  /** How long each step stays on show while playing, in milliseconds. */
  readonly delay: number;
}

export interface ReplayActions {
  /** Shows a step chosen by hand, held between the first and the last; stepping by hand pauses. */
  toStep(step: number): void;
  /** Moves on one step, as the replay plays; it pauses once the last step is on show. */
  advance(): void;
  /** Plays or pauses; playing from the last step starts again from the first. */
  togglePlay(): void;
  /** How long each step stays on show while playing (ms). */
  setDelay(delay: number): void;
  /**
   * A new game taken over from the save at the step on show (branchFromSave): its first `step`
   * actions replayed, with an id of its own; or why it cannot be, in words.
   */
  playOn(): StoreResult;
}

export type ReplayStore = ReplayState & ReplayActions;
export type ReplayStoreApi = StoreApi<ReplayStore>;

/** A replay ready to watch, or the save as its recorded log when this release cannot replay it. */
export type ReplayOpened =
  | { readonly ok: true; readonly store: ReplayStoreApi }
  | { readonly ok: false; readonly log: RecordedLog };

/**
 * A store replaying a save step by step, paused before its first action at the default speed.
 * A save that does not replay (recordedLog: another scenario version, other rules, an edited
 * scenario) gives its recorded log instead.
 */
export function createReplayStore(save: Save): ReplayOpened {
  const replay = replaySave(save);
  if (!replay.ok) return { ok: false, log: recordedLog(save, replay) };
  const { model, states } = replay;
  const last = states.length - 1;
  const held = (step: number) => Math.max(0, Math.min(last, step));
  const store = createStore<ReplayStore>()((set, get) => ({
    save,
    model,
    states,
    step: 0,
    playing: false,
    delay: DEFAULT_REPLAY_DELAY,
    toStep: (step) => set({ step: held(step), playing: false }),
    advance: () => {
      const step = held(get().step + 1);
      set({ step, playing: get().playing && step < last });
    },
    togglePlay: () => {
      if (get().playing) set({ playing: false });
      else set({ step: get().step >= last ? 0 : get().step, playing: true });
    },
    setDelay: (delay) => set({ delay }),
    playOn: () => branchFromSave(save, get().step),
  }));
  return { ok: true, store };
}

/** One leader's seat as a replayed step shows it. */
export interface SeatAtStep {
  /** Trust in the mediator, 0–100. */
  readonly trust: number;
  /** Its last answer to the package on the table, if it has given one. */
  readonly answer: Answer | undefined;
  /** The issues consultation has revealed it cares about, most important first. */
  readonly known: readonly Issue[];
}

/** The step on show, as the replay viewer shows it. */
export interface ReplayStep {
  /** From 0, before any action. */
  readonly step: number;
  readonly last: number;
  readonly playing: boolean;
  /** The game after this step. */
  readonly state: GameState;
  /** The action taken at this step and what came of it; undefined at step 0. */
  readonly event: TalkEvent | undefined;
  /** The issues whose option on the table changed at this step: all of them when first tabled. */
  readonly changed: readonly Issue[];
  /** Sessions left after this step. */
  readonly sessionsLeft: number;
  /** Each leader, in the scenario's order. */
  readonly seats: readonly SeatAtStep[];
}

/** The issues whose option on the table differs after a step from before it. */
function changedIssues(
  issues: readonly Issue[],
  before: GameState | undefined,
  after: GameState,
): readonly Issue[] {
  const table = after.table;
  if (table === null || table === before?.table) return [];
  return issues.filter((issue) => table[issue.id] !== before?.table?.[issue.id]);
}

/**
 * The step on show: the game after it, the action taken at it, the terms it changed, the
 * sessions left, and each leader's trust, answer and revealed issues (revealedIssues).
 */
export function selectReplayStep(s: ReplayState): ReplayStep {
  const { states, step } = s;
  const scenario = s.model.scenario;
  const state = states[step] ?? (states[0] as GameState);
  return {
    step,
    last: states.length - 1,
    playing: s.playing,
    state,
    event: step > 0 ? state.history[step - 1] : undefined,
    changed: changedIssues(scenario.issues, states[step - 1], state),
    sessionsLeft: sessionsLeft(state),
    seats: scenario.parties.map((party) => ({
      trust: state.parties[party.id]?.trust ?? 0,
      answer: state.answers?.[party.id],
      known: revealedIssues(state, party.id)
        .map((id) => scenario.issues.find((issue) => issue.id === id))
        .filter((issue): issue is Issue => issue !== undefined),
    })),
  };
}

/** One step of the timeline: the action taken at it (none at step 0), and the outcome it left. */
export interface TimelineStep {
  readonly event: TalkEvent | undefined;
  readonly outcome: Outcome | null;
}

/** Every step of the replayed game, from 0 (before any action) to the last. */
export function selectTimeline(s: ReplayState): readonly TimelineStep[] {
  return s.states.map((state, step) => ({
    event: step > 0 ? state.history[step - 1] : undefined,
    outcome: state.outcome,
  }));
}
