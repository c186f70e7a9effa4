import type { Scenario } from '../model/types';
import { modelOfSave } from './replay';
import { scenarioById } from './resolve-scenario';
import type { Save } from './save-format';

/** Why a well-formed save cannot be replayed step by step, told apart for the words that say so. */
export type NotReplayable =
  /** The save names a scenario this release does not have at all. */
  | { readonly kind: 'unknown-scenario' }
  /** This release has the scenario, but not the version the game was played with. */
  | { readonly kind: 'other-version' }
  /** The scenario carried inside the save was edited after the game was saved. */
  | { readonly kind: 'changed-scenario' }
  /** The rules of this release play the game differently from this step (from 1) on. */
  | { readonly kind: 'other-rules'; readonly step: number };

/** A save that does not replay, kept as what it still is: the moves as they were recorded. */
export interface RecordedLog {
  readonly save: Save;
  readonly why: NotReplayable;
  /**
   * The scenario whose names tell the moves: the version the game was played with when this
   * release has it, else the save's own copy, else this release's version of it; null when
   * this release knows nothing of it, and the moves keep their ids.
   */
  readonly scenario: Scenario | null;
}

/**
 * A save that failed to replay as a recorded log: a failure at a step is a change of rules
 * from that step on; one before any step is about the scenario, which is then either carried
 * and edited, known in another version, or unknown.
 */
export function recordedLog(save: Save, failure: { readonly step?: number }): RecordedLog {
  const played = modelOfSave(save);
  const known = scenarioById(save.scenario.id);
  const scenario = played.ok
    ? played.model.scenario
    : (save.scenario.data ?? (known.ok ? known.scenario : null));
  const why: NotReplayable =
    failure.step !== undefined
      ? { kind: 'other-rules', step: failure.step }
      : save.scenario.data
        ? { kind: 'changed-scenario' }
        : known.ok
          ? { kind: 'other-version' }
          : { kind: 'unknown-scenario' };
  return { save, why, scenario };
}
