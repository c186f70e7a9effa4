import type { Scene } from 'phaser';
import { unexpectedProblem } from '../../files/text-file';
import { MAX_SAVE_FILE_BYTES, parseSaveText } from '../../saves/save-format';
import type { UnreadableEntry } from '../../saves/save-library';
import { openShareLink } from '../../saves/share-link';
import { h, replaceChildren } from '../dom';
import { readTextFile } from './file-io';
import { openSave, saveLibrary } from './saves';

interface Example {
  readonly file: string;
  readonly title: string;
  readonly outcome: string;
  readonly note: string;
}

const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  deal: 'Deal',
  stalemate: 'Stalemate',
  surrender: 'Surrender',
  'in progress': 'In progress',
};

function dateText(iso: string | null): string {
  if (iso === null) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The title's way back into games: continue the autosaved one, open a file (picker or drop),
 * a share link, a game kept in this browser, or one of the examples. Every refusal is shown
 * in words; nothing already saved is touched by a failed open.
 */
export function savedGamesPanel(scene: Scene): HTMLElement {
  const message = h('p', { class: 'panel-message', role: 'alert' });
  const show = (text: string) => {
    message.textContent = text;
  };
  const open = (save: Parameters<typeof openSave>[1]) => {
    try {
      const opened = openSave(scene, save);
      if (!opened.ok) show(`This saved game cannot be opened: ${opened.error}.`);
    } catch (error) {
      show(`This saved game cannot be opened: ${unexpectedProblem(error)}.`);
    }
  };
  const openText = (text: string, what: string) => {
    let parsed: ReturnType<typeof parseSaveText>;
    try {
      parsed = parseSaveText(text);
    } catch (error) {
      show(`${what} is not a game this version can open: ${unexpectedProblem(error)}.`);
      return;
    }
    if (parsed.ok) open(parsed.save);
    else show(`${what} is not a game this version can open: ${parsed.error}.`);
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readTextFile(file, MAX_SAVE_FILE_BYTES);
    if (read.ok) openText(read.text, `“${file.name}”`);
    else show(`${read.error}.`);
  };

  const library = saveLibrary();
  const playing = h('ul', { class: 'saved-list' });
  const playingBlock = h(
    'div',
    { class: 'in-progress' },
    h('h3', { id: 'in-progress-heading' }, 'Games in progress'),
    playing,
  );
  const renderPlaying = () => {
    const entries = library.inProgress();
    playingBlock.hidden = entries.length === 0;
    let unreadable = 0;
    replaceChildren(
      playing,
      ...entries.map((entry) => {
        const remove = () => {
          const removed = library.removeInProgress(entry.id);
          if (!removed.ok) show(`${sentence(removed.error)}.`);
          renderPlaying();
        };
        if (!entry.readable) {
          unreadable += 1;
          return unreadableEntry(entry, `Unreadable game in progress ${unreadable}`, remove);
        }
        return savedEntry(
          { name: entry.name, savedAt: entry.savedAt, state: 'In progress' },
          'Continue',
          () => {
            const opened = library.openInProgress(entry.id);
            if (opened.ok) open(opened.save);
            else show(`“${entry.name}” cannot be opened: ${opened.error}.`);
          },
          remove,
        );
      }),
    );
  };
  renderPlaying();

  const fileInput = h('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    id: 'open-file',
    onchange: () => {
      void openFile(fileInput.files?.[0]);
      fileInput.value = '';
    },
  });

  const list = h('ul', { class: 'saved-list' });
  const renderList = () => {
    const entries = library.list();
    let unreadable = 0;
    replaceChildren(
      list,
      ...entries.map((entry) => {
        const remove = () => {
          const removed = library.remove(entry.id);
          if (!removed.ok) show(`${sentence(removed.error)}.`);
          renderList();
        };
        if (!entry.readable) {
          unreadable += 1;
          return unreadableEntry(entry, `Unreadable saved game ${unreadable}`, remove);
        }
        return savedEntry(
          {
            name: entry.name,
            savedAt: entry.savedAt,
            state: OUTCOME_WORDS[entry.outcome] ?? entry.outcome,
          },
          'Open',
          () => {
            const opened = library.open(entry.id);
            if (opened.ok) open(opened.save);
            else show(`“${entry.name}” cannot be opened: ${opened.error}.`);
          },
          remove,
        );
      }),
      entries.length === 0
        ? h('li', { class: 'note' }, 'No games kept in this browser yet.')
        : null,
    );
  };
  renderList();

  const examples = h(
    'ul',
    { class: 'example-list' },
    h('li', { class: 'note' }, 'Loading the examples…'),
  );
  fetch('./examples.json')
    .then((response) =>
      response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
    )
    .then((index: unknown) => {
      const items = Array.isArray(index) ? (index as Example[]) : [];
      replaceChildren(
        examples,
        ...items.map((example) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                class: 'link-button',
                type: 'button',
                onclick: () => {
                  fetch(`./examples/${example.file}`)
                    .then((r) => r.text())
                    .then((text) => openText(text, `The example “${example.title}”`))
                    .catch(() => show(`The example “${example.title}” could not be loaded.`));
                },
              },
              example.title,
            ),
            h(
              'details',
              { class: 'example-note' },
              h('summary', {}, 'What to notice'),
              h('p', {}, example.note),
            ),
          ),
        ),
      );
    })
    .catch(() =>
      replaceChildren(examples, h('li', { class: 'note' }, 'The examples could not be loaded.')),
    );

  // A link that carries a game opens it; a damaged one says why, and the title stays. A link
  // pasted into this tab changes only the fragment, so listen for that too.
  const openLink = () => {
    if (!window.location.hash.startsWith('#game=')) return;
    const hash = window.location.hash;
    // The fragment goes first, so that a link that cannot be opened is not opened again on reload.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    let linked: ReturnType<typeof openShareLink>;
    try {
      linked = openShareLink(hash);
    } catch (error) {
      show(`The link cannot be opened: ${unexpectedProblem(error)}.`);
      return;
    }
    if (linked.ok) window.setTimeout(() => open(linked.save), 0);
    else show(`The link cannot be opened: ${linked.error}.`);
  };
  openLink();
  window.addEventListener('hashchange', openLink);

  // Dropping a saved game file anywhere on the page opens it.
  const onDragOver = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    void openFile(event.dataTransfer.files[0]);
  };
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('drop', onDrop);
  scene.events.once('shutdown', () => {
    window.removeEventListener('hashchange', openLink);
    window.removeEventListener('dragover', onDragOver);
    window.removeEventListener('drop', onDrop);
  });

  return h(
    'section',
    { class: 'saved-games card', 'aria-labelledby': 'saved-heading' },
    h('h2', { id: 'saved-heading' }, 'Saved games and replays'),
    playingBlock,
    h(
      'p',
      { class: 'open-file' },
      h('label', { for: 'open-file', class: 'button' }, 'Open a saved game file…'),
      fileInput,
      h('span', { class: 'note' }, ' or drop one on this page.'),
    ),
    message,
    h('h3', {}, 'Kept in this browser'),
    list,
    h('h3', {}, 'Examples to discuss'),
    examples,
  );
}

function savedEntry(
  entry: { readonly name: string; readonly savedAt: string | null; readonly state: string },
  verb: 'Open' | 'Continue',
  open: () => void,
  remove: () => void,
): HTMLElement {
  const when = dateText(entry.savedAt);
  return h(
    'li',
    {},
    h(
      'span',
      { class: 'entry-text' },
      h('span', { class: 'entry-name' }, entry.name),
      h('span', { class: 'note' }, `${entry.state}${when ? ` · ${when}` : ''}`),
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
  );
}

/** An item that cannot be read is listed, with why, so that it can be deleted. */
function unreadableEntry(entry: UnreadableEntry, name: string, remove: () => void): HTMLElement {
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

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
