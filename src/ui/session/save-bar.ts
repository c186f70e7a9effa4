import { serializeSave } from '../../saves/save-format';
import { shareLinkFragment } from '../../saves/share-link';
import type { GameStoreApi } from '../../store/game-store';
import { announce } from '../announcer';
import { h } from '../dom';
import { downloadText, fileNameFor } from './file-io';
import { keepGame, saveOf, startAutosave } from './saves';
import '../styles/session.css';

/**
 * Saving during play: a file, a share link, a place in this browser's list, and the autosave's
 * status in words — including, visibly, when this browser cannot autosave.
 */
export function saveBar(
  store: GameStoreApi,
  options: { readonly autosave: boolean } = { autosave: true },
): {
  buttons: HTMLElement;
  status: HTMLElement;
  stop: () => void;
} {
  const status = h('p', { class: 'save-status' });
  const linkField = h('input', {
    type: 'text',
    readonly: true,
    id: 'share-link',
    class: 'share-link',
    'aria-label': 'Share link to this game',
  });
  const linkBox = h('p', { class: 'share-box', hidden: true }, linkField);
  const say = (text: string) => {
    status.textContent = text;
    announce(text);
  };

  const saveFile = () => {
    const save = saveOf(store);
    downloadText(serializeSave(save), fileNameFor(save.name));
    say(`Saved as a file: ${fileNameFor(save.name)}.`);
  };
  const shareLink = () => {
    const link = shareLinkFragment(saveOf(store));
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
  const keep = () => {
    const kept = keepGame(store);
    say(kept.ok ? 'Kept in this browser’s saved games.' : `${kept.error}.`);
  };

  const stop = options.autosave
    ? startAutosave(store, (problem) => {
        status.classList.toggle('warning', problem !== null);
        status.textContent =
          problem === null ? 'Autosaved in this browser after every action.' : `⚠ ${problem}.`;
      })
    : () => undefined;
  const buttons = h(
    'div',
    { class: 'save-bar', role: 'group', 'aria-label': 'Save this game' },
    h('button', { class: 'button small', type: 'button', onclick: saveFile }, 'Save as file'),
    h('button', { class: 'button small', type: 'button', onclick: shareLink }, 'Share link'),
    h('button', { class: 'button small', type: 'button', onclick: keep }, 'Keep in browser'),
  );
  return { buttons, status: h('div', { class: 'save-info' }, status, linkBox), stop };
}
