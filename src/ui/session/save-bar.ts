import { unexpectedProblem } from '../../files/text-file';
import type { AutosaveStatus } from '../../store/autosave';
import type { GameSaving, SaveExport } from '../../store/persistence';
import { announce } from '../announcer';
import { h } from '../dom';
import { capitalised } from '../words';
import { downloadText, fileNameFor } from './file-io';
import '../styles/session.css';

/** A save's file and link buttons, with what they did: for any screen that shows a game. */
export interface FileAndLink {
  /** "Save as file" and "Share link". */
  readonly buttons: readonly HTMLButtonElement[];
  /** What the buttons did: the file's name, or the share link in a box to copy. */
  readonly status: HTMLElement;
  /** Says something where the buttons' results are shown, marked as a warning or not. */
  readonly say: (text: string, warning?: boolean) => void;
}

/**
 * Saving a game from wherever it is shown (the table, the outcome, the kept games): as a file,
 * or as a share link copied for the person, with what happened said in words. `exportOf` gives
 * the game ready to leave the page, or why it cannot, in words.
 */
export function fileAndLink(exportOf: () => SaveExport | string, what = 'this game'): FileAndLink {
  const named = (verb: string) => (what === 'this game' ? {} : { 'aria-label': `${verb} ${what}` });
  const status = h('p', { class: 'save-status' });
  const linkField = h('input', {
    type: 'text',
    readonly: true,
    class: 'share-link',
    'aria-label': `Share link to ${what}`,
  });
  const linkBox = h('p', { class: 'share-box', hidden: true }, linkField);
  const say = (text: string, warning = false) => {
    status.classList.toggle('warning', warning);
    status.textContent = warning ? `⚠ ${text}` : text;
    announce(text);
  };
  // A kept game can have been deleted or damaged in another tab since the list was drawn.
  const saved = (): SaveExport | null => {
    let save: SaveExport | string;
    try {
      save = exportOf();
    } catch (error) {
      save = unexpectedProblem(error);
    }
    if (typeof save !== 'string') return save;
    say(`This game cannot be saved: ${save}.`, true);
    return null;
  };
  const saveFile = () => {
    const save = saved();
    if (!save) return;
    downloadText(save.fileText(), fileNameFor(save.name));
    say(`Saved as a file: ${fileNameFor(save.name)}.`);
  };
  const shareLink = () => {
    const save = saved();
    if (!save) return;
    const link = save.link();
    if (!link.ok) {
      linkBox.hidden = true;
      say(`${link.error}.`);
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}${link.fragment}`;
    linkField.value = url;
    linkBox.hidden = false;
    linkField.focus({ preventScroll: true });
    linkField.select();
    navigator.clipboard?.writeText(url).then(
      () => say('Share link copied: anyone who opens it gets this game.'),
      () => say('Share link ready: copy it from the box.'),
    ) ?? say('Share link ready: copy it from the box.');
  };
  return {
    buttons: [
      h(
        'button',
        { class: 'button small', type: 'button', onclick: saveFile, ...named('Save as a file:') },
        'Save as file',
      ),
      h(
        'button',
        { class: 'button small', type: 'button', onclick: shareLink, ...named('Share a link to') },
        'Share link',
      ),
    ],
    status: h('div', { class: 'save-info' }, status, linkBox),
    say,
  };
}

/**
 * Saving during play and after: a file, a share link, a place in this browser's list, and the
 * autosave's status in words — visibly, where the player is, when a write failed or another tab
 * changed the game, with the way out (save as a file, keep both games).
 */
export function saveBar(saving: GameSaving): {
  buttons: HTMLElement;
  /** What the buttons did: the file's name, the share link. */
  status: HTMLElement;
  /** Where the game stands in this browser's storage, with "Keep both games" when needed. */
  autosave: HTMLElement;
  stop: () => void;
} {
  const { buttons: fileButtons, status, say } = fileAndLink(() => saving.export());
  const keep = () => {
    const kept = saving.keep();
    if (kept.ok) say('Kept in this browser’s saved games.');
    else say(`${capitalised(kept.error)}.`, true);
  };

  const autosaver = saving.autosave;
  const keepButton = h(
    'button',
    { class: 'button small', type: 'button', onclick: keep },
    'Keep in browser',
  );
  const keepBoth = h(
    'button',
    { class: 'button small', type: 'button', hidden: true, onclick: () => autosaver.keepBoth() },
    'Keep both games',
  );
  const autosaveText = h('span', {});
  const autosaveStatus = h('p', { class: 'save-status' }, autosaveText, ' ', keepBoth);
  const showAutosave = (now: AutosaveStatus) => {
    const words = autosaveWords(now);
    autosaveStatus.classList.toggle('warning', words.warning);
    autosaveText.textContent = words.warning ? `⚠ ${words.text}` : words.text;
    keepBoth.hidden = now.kind !== 'changed-elsewhere';
    // A finished game the autosave has already kept needs no second copy.
    keepButton.hidden = now.kind === 'kept';
    if (words.warning) announce(words.text);
  };
  showAutosave(autosaver.status());
  const unsubscribe = autosaver.subscribe(showAutosave);
  // Another tab or window of this site wrote to storage: see whether it was this game.
  const onStorage = () => autosaver.recheck();
  window.addEventListener('storage', onStorage);
  const stop = () => {
    unsubscribe();
    window.removeEventListener('storage', onStorage);
  };
  const buttons = h(
    'div',
    { class: 'save-bar', role: 'group', 'aria-label': 'Save this game' },
    ...fileButtons,
    keepButton,
  );
  return {
    buttons,
    status,
    autosave: autosaveStatus,
    stop,
  };
}

/** The autosave's status in words, and whether it is a warning the player must see. */
export function autosaveWords(status: AutosaveStatus): { text: string; warning: boolean } {
  switch (status.kind) {
    case 'saved':
      return { text: 'Autosaved in this browser after every action.', warning: false };
    case 'kept-both':
      return {
        text: 'This tab’s game now goes on as a game of its own, autosaved again; what was done in the other tab stays as it was.',
        warning: false,
      };
    case 'kept':
      return { text: 'This finished game is kept in this browser’s saved games.', warning: false };
    case 'failed':
      return { text: `${capitalised(status.problem)}.`, warning: true };
    case 'not-kept':
      return {
        text: `This finished game could not be added to this browser’s saved games: ${status.problem}. ${heldWords(status.held)}`,
        warning: true,
      };
    case 'changed-elsewhere':
      return {
        text: `${capitalised(status.problem)}. This tab has stopped autosaving it, so as not to write over what happened there.`,
        warning: true,
      };
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** Where a finished game that could not be kept still is, and what to do. */
function heldWords(held: 'finished' | number | null): string {
  if (held === 'finished') {
    return 'The title screen still lists it under “Games in progress”; save it as a file to be sure.';
  }
  if (held === null) return 'Save it as a file now to keep it.';
  const when =
    held === 0
      ? 'before its first action'
      : `after its first ${held === 1 ? 'action' : `${held} actions`}`;
  return `This browser holds it only as it was ${when}: save it as a file now.`;
}
