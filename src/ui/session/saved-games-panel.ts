import { unexpectedProblem } from '../../files/text-file';
import type { InProgressGame, KeptGame, Save, SavedGames } from '../../store/library';
import { h, replaceChildren } from '../dom';
import { shortMoveWords } from '../replay/recorded-log-words';
import { outcomeWord, renderShelf } from './saved-shelf';

interface Example {
  readonly file: string;
  readonly title: string;
  readonly outcome: string;
  readonly note: string;
}

/**
 * The title's way back into games: continue the autosaved one, open a file (picker or drop),
 * a share link, a game kept in this browser, or one of the examples. A save found any of these
 * ways goes to `openSave`, which opens it where it belongs or says why not. Every refusal is
 * shown in words; nothing already saved is touched by a failed open.
 */
export function savedGamesPanel(
  games: SavedGames,
  openSave: (save: Save) => Promise<{ ok: true } | { ok: false; error: string }>,
  onStop: (stop: () => void) => void,
): HTMLElement {
  const message = h('p', { class: 'panel-message', role: 'alert' });
  const show = (text: string) => {
    message.textContent = text;
  };
  const open = (save: Save) => {
    openSave(save)
      .then((opened) => {
        if (!opened.ok) show(`This saved game cannot be opened: ${opened.error}.`);
      })
      .catch((error: unknown) => {
        show(`This saved game cannot be opened: ${unexpectedProblem(error)}.`);
      });
  };
  const openText = (text: string, what: string) => {
    const parsed = games.fromText(text);
    if (parsed.ok) open(parsed.save);
    else show(`${what} is not a game this version can open: ${parsed.error}.`);
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await games.readFile(file);
    if (read.ok) openText(read.text, `“${file.name}”`);
    else show(`${read.error}.`);
  };

  const playing = h('ul', { class: 'saved-list' });
  const playingBlock = h(
    'div',
    { class: 'in-progress' },
    h('h3', { id: 'in-progress-heading' }, 'Games in progress'),
    playing,
  );
  renderShelf<InProgressGame>(
    playing,
    games.inProgress,
    {
      verb: 'Continue',
      state: ({ last }) =>
        last ? `Last: ${shortMoveWords(last.scenario, last.action)}` : 'Not begun',
      unreadable: 'Unreadable game in progress',
      empty: null,
      rendered: (count) => {
        playingBlock.hidden = count === 0;
      },
    },
    open,
    show,
  );

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
  renderShelf<KeptGame>(
    list,
    games.kept,
    {
      verb: 'Open',
      state: outcomeWord,
      unreadable: 'Unreadable saved game',
      empty: 'No games kept in this browser yet.',
    },
    open,
    show,
  );

  const examples = h(
    'ul',
    { class: 'example-list' },
    h('li', { class: 'note' }, 'Loading the examples'),
  );
  const openExample = (example: Example) => {
    fetch(`./examples/${example.file}`)
      .then((r) => r.text())
      .then((text) => openText(text, `The example “${example.title}”`))
      .catch(() => show(`The example “${example.title}” could not be loaded.`));
  };
  let listed: readonly Example[] | null = null;
  // A link to an example (`#example=deal`, as the teacher's guide gives them) opens it in the
  // replay viewer, once the list of examples has arrived.
  const openExampleLink = () => {
    const match = /^#example=([\w-]+)$/.exec(window.location.hash);
    if (!match || listed === null) return;
    history.replaceState(null, '', window.location.pathname + window.location.search);
    const example = listed.find((e) => e.file === `${match[1]}.json`);
    if (example) openExample(example);
    else show(`There is no example called “${match[1]}”: choose one from the list.`);
  };
  fetch('./examples.json')
    .then((response) =>
      response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
    )
    .then((index: unknown) => {
      const items = Array.isArray(index) ? (index as Example[]) : [];
      listed = items;
      openExampleLink();
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
                onclick: () => openExample(example),
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
    const linked = games.fromLink(hash);
    if (linked.ok) window.setTimeout(() => open(linked.save), 0);
    else show(`The link cannot be opened: ${linked.error}.`);
  };
  openLink();
  window.addEventListener('hashchange', openLink);
  window.addEventListener('hashchange', openExampleLink);

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
  onStop(() => {
    window.removeEventListener('hashchange', openLink);
    window.removeEventListener('hashchange', openExampleLink);
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
      h('label', { for: 'open-file', class: 'button' }, 'Open a saved game file'),
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
