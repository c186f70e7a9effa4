/* The title's lists of games kept in this browser: games in progress, and saved games. */
import type { KeptGame, Save, Shelf } from '../../store/library';
import { confirmStep } from '../confirm';
import { h, replaceChildren } from '../dom';
import { capitalised, dateTimeText } from '../words';
import { type FileAndLink, fileAndLink } from './save-bar';

const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  deal: 'Deal',
  stalemate: 'Stalemate',
  surrender: 'Surrender',
  'in progress': 'In progress',
};

/** How a shelf of this browser's games is shown. */
export interface ShelfLook<T extends ShelfEntry> {
  readonly verb: 'Open' | 'Continue';
  /** How the entry's game stands, in a word ("Deal"…); null when its name already says it. */
  readonly state: ((entry: T) => string) | null;
  /** What an unreadable entry is called, before its number: "Unreadable saved game". */
  readonly unreadable: string;
  /** What an empty shelf says; null: nothing. */
  readonly empty: string | null;
  /** Hears how many entries each rendering listed. */
  readonly rendered?: (count: number) => void;
}

type ShelfEntry = { readonly id: string; readonly name: string; readonly savedAt: string | null };

/**
 * Renders a shelf of this browser's games into `list` as `look` says, now and after every
 * Delete: each entry opens (its save goes to `opened`) and can be deleted; an unreadable one is
 * listed with why, to delete. Every refusal goes to `show`, in words.
 */
export function renderShelf<T extends ShelfEntry>(
  list: HTMLElement,
  shelf: Shelf<T>,
  look: ShelfLook<T>,
  opened: (save: Save) => void,
  show: (text: string) => void,
): void {
  const render = () => {
    const entries = shelf.entries();
    let unreadable = 0;
    replaceChildren(
      list,
      ...entries.map((entry) => {
        const remove = () => {
          const removed = shelf.remove(entry.id);
          if (!removed.ok) show(`${capitalised(removed.error)}.`);
          render();
        };
        if (!entry.readable) {
          unreadable += 1;
          return unreadableEntry(entry, `${look.unreadable} ${unreadable}`, remove);
        }
        const open = () => {
          const result = shelf.open(entry.id);
          if (result.ok) opened(result.save);
          else show(`“${entry.name}” cannot be opened: ${result.error}.`);
        };
        const { name, savedAt } = entry;
        const state = look.state?.(entry) ?? null;
        const share = fileAndLink(() => shelf.exportOf(entry.id), `“${name}”`);
        // A game that can still be opened is deleted only once the person has confirmed.
        const removeAsked = () =>
          void confirmStep({
            title: `Delete “${name}”?`,
            body: [
              'It is removed from this browser for good. Save it as a file first to keep a copy.',
            ],
            confirm: 'Delete it',
            cancel: 'Keep it',
          }).then((sure) => {
            if (sure) remove();
          });
        return savedEntry({ name, savedAt, state }, look.verb, open, removeAsked, share);
      }),
      entries.length === 0 && look.empty ? h('li', { class: 'note' }, look.empty) : null,
    );
    look.rendered?.(entries.length);
  };
  render();
}

/** The words for a kept game's outcome. */
export const outcomeWord = (entry: KeptGame): string =>
  OUTCOME_WORDS[entry.outcome] ?? entry.outcome;

function savedEntry(
  entry: { readonly name: string; readonly savedAt: string | null; readonly state: string | null },
  verb: 'Open' | 'Continue',
  open: () => void,
  remove: () => void,
  share: FileAndLink,
): HTMLElement {
  const when = dateTimeText(entry.savedAt);
  return h(
    'li',
    {},
    h(
      'span',
      { class: 'entry-text' },
      h('span', { class: 'entry-name' }, entry.name),
      h('span', { class: 'note' }, [entry.state, when].filter(Boolean).join(' · ')),
    ),
    h(
      'button',
      {
        class: verb === 'Continue' ? 'button small primary' : 'button small',
        type: 'button',
        'aria-label': `${verb} ${entry.name}`,
        onclick: open,
      },
      verb,
    ),
    h(
      'button',
      {
        class: 'button small',
        type: 'button',
        'aria-label': `Delete ${entry.name}`,
        onclick: remove,
      },
      'Delete',
    ),
    h(
      'details',
      { class: 'entry-share' },
      h('summary', {}, 'Save as file or share'),
      h('div', { class: 'button-row' }, ...share.buttons),
      share.status,
    ),
  );
}

/** An item that cannot be read is listed, with why, so that it can be deleted. */
function unreadableEntry(
  entry: { readonly problem: string },
  name: string,
  remove: () => void,
): HTMLElement {
  return h(
    'li',
    { class: 'unreadable' },
    h(
      'span',
      { class: 'entry-text' },
      h('span', { class: 'entry-name' }, name),
      h('span', { class: 'note' }, `Cannot be opened: ${entry.problem}.`),
    ),
    h(
      'button',
      { class: 'button small', type: 'button', 'aria-label': `Delete ${name}`, onclick: remove },
      'Delete',
    ),
  );
}
