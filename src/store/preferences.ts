import { browserStorage, type StorageLike } from '../saves/save-library';

/** The key under which this browser remembers that the guided first turn was seen. */
export const GUIDE_SEEN_KEY = 'mediator:first-turn-guide-seen';

/**
 * Whether this browser has already seen (or skipped) the guided first turn. Storage that is
 * blocked or full counts as not seen: the guide is then offered again, and can be skipped again.
 */
export function guideSeen(storage: StorageLike | null = browserStorage()): boolean {
  try {
    return storage?.getItem(GUIDE_SEEN_KEY) === 'yes';
  } catch {
    return false;
  }
}

/** Remembers that the guided first turn was seen or skipped; blocked storage forgets quietly. */
export function rememberGuideSeen(storage: StorageLike | null = browserStorage()): void {
  try {
    storage?.setItem(GUIDE_SEEN_KEY, 'yes');
  } catch {
    // Blocked or full storage: the guide is offered again next time, which does no harm.
  }
}
