import type { Step } from '../model/bots';
import type { Save } from '../saves/save-format';
import { type SaveLibrary, type SaveSummary, sameSteps } from '../saves/save-library';
import type { GameStore, GameStoreApi } from './game-store';

/** Where a game stands in this browser's storage, as the page says it to the player. */
export type AutosaveStatus =
  /** In progress, in its own slot, after every action. */
  | { readonly kind: 'saved' }
  /** Just went on as a game of its own, beside the one changed in another tab. */
  | { readonly kind: 'kept-both' }
  /** Finished, and moved to the list of saved games. */
  | { readonly kind: 'kept' }
  /** The last write failed; `problem` says why. The game goes on. */
  | { readonly kind: 'failed'; readonly problem: string }
  /**
   * Finished, but it could not be added to the saved games. `held` is what the browser still
   * holds of it: the finished game as a game in progress, the game as it stood after its first
   * `held` actions, or nothing (null).
   */
  | {
      readonly kind: 'not-kept';
      readonly problem: string;
      readonly held: 'finished' | number | null;
    }
  /** Another page played this game on, finished it or deleted it: this page no longer writes. */
  | { readonly kind: 'changed-elsewhere'; readonly problem: string };

export interface Autosaver {
  status(): AutosaveStatus;
  /** Hears every change of status; returns its own unsubscribe. */
  subscribe(listener: (status: AutosaveStatus) => void): () => void;
  /** Looks at the game's slot again, as after a `storage` event from another page. */
  recheck(): void;
  /** After a change elsewhere: this page's game goes on under a new id, beside the other. */
  keepBoth(): void;
}

export interface AutosaveOptions {
  /** The game as a save, named and dated as the page names it. */
  readonly toSave: (state: GameStore) => Save;
  /** What the list of saved games shows of a finished game. */
  readonly summary: (state: GameStore) => SaveSummary;
}

/**
 * Autosaves a game after every action into its own slot, so that a reload or a closed tab loses
 * nothing and two tabs never write over each other's game: a write happens only while the slot
 * holds what this page last wrote or opened (compare-and-set), else the page stops writing and
 * says the game changed elsewhere. A finished game goes straight to the saved games and its slot
 * is emptied; only if it cannot be kept does its slot hold it. No call throws; every failure is a status.
 */
export function startAutosave(
  store: GameStoreApi,
  library: SaveLibrary,
  options: AutosaveOptions,
): Autosaver {
  const listeners = new Set<(status: AutosaveStatus) => void>();
  let status: AutosaveStatus = { kind: 'saved' };
  let gameId = store.getState().gameId;
  /** The steps this page believes the slot holds; null: nothing. */
  let known: readonly Step[] | null = null;
  let finished = false;
  /** Another page changed the slot: this page writes no more until it keeps both. */
  let blocked = false;
  let separating = false;

  const set = (next: AutosaveStatus) => {
    status = next;
    for (const listener of listeners) listener(next);
  };
  const conflict = (problem: string) => {
    blocked = true;
    set({ kind: 'changed-elsewhere', problem });
  };

  const save = () => {
    const state = store.getState();
    const justSeparated = separating;
    separating = false;
    if (state.gameId !== gameId) {
      gameId = state.gameId;
      known = null;
      finished = false;
      blocked = false;
    } else if (blocked || finished) {
      return;
    }
    const game = options.toSave(state);
    if (!state.game.outcome) {
      const held = library.autosave(game, known);
      if (held.ok) known = game.steps;
      if (held.ok) set({ kind: justSeparated ? 'kept-both' : 'saved' });
      else if (held.code === 'changed-elsewhere') conflict(elsewhere());
      else set({ kind: 'failed', problem: held.error });
      return;
    }
    // A finished game goes straight to the saved games, and its slot is emptied: another page
    // that has it open sees it finished, never played on. If it cannot be kept, the slot holds it.
    finished = true;
    const kept = library.keep(game, options.summary(state));
    if (kept.ok) {
      if (known !== null && library.clearInProgress(gameId, known).ok) known = null;
      set({ kind: 'kept' });
      return;
    }
    const held = library.autosave(game, known);
    set({
      kind: 'not-kept',
      problem: kept.code === 'storage' ? 'this browser’s storage is full or blocked' : kept.error,
      held: held.ok
        ? 'finished'
        : held.code === 'changed-elsewhere'
          ? null
          : (known?.length ?? null),
    });
  };

  /** What another page did to this game, in words: played it on, finished or deleted it. */
  const elsewhere = (): string => {
    const slot = library.slot(gameId);
    if (slot.ok && slot.save !== null) return 'this game was played on in another tab or window';
    if (!slot.ok && slot.code !== 'not-found') {
      return `the saved copy of this game in this browser cannot be read: ${slot.error}`;
    }
    const keptThere = library.list().some((entry) => entry.readable && entry.game === gameId);
    return keptThere
      ? 'this game was finished in another tab or window, and is now among the saved games'
      : 'this game was deleted in another tab or window';
  };

  // A game opened in this page: the slot may already hold it, or hold it played on elsewhere.
  const opened = store.getState();
  const now = library.slot(gameId);
  if (now.ok && now.save !== null) {
    if (sameSteps(now.save.steps, opened.steps)) known = now.save.steps;
    else conflict(elsewhere());
  } else if (!now.ok && now.code !== 'storage') {
    conflict(elsewhere());
  }
  if (!blocked) save();
  store.subscribe(save);

  return {
    status: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    recheck: () => {
      if (finished || blocked) return;
      const slot = library.slot(gameId);
      if (!slot.ok) {
        if (slot.code !== 'storage') conflict(elsewhere());
        return;
      }
      if (
        slot.save === null ? known !== null : known === null || !sameSteps(slot.save.steps, known)
      ) {
        conflict(elsewhere());
      }
    },
    keepBoth: () => {
      if (!blocked) return;
      separating = true;
      store.getState().separate(options.toSave(store.getState()).name);
    },
  };
}
