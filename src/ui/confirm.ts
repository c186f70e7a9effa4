import { h } from './dom';
import { openModal } from './modal';

/** What a confirmation asks: a question, what taking the step means, and the two answers. */
export interface Confirmation {
  readonly title: string;
  readonly body: readonly string[];
  readonly confirm: string;
  readonly cancel: string;
}

/**
 * Asks before a step that cannot be taken back, in a modal dialog that holds the keyboard
 * (Escape or the cancel button says no) and gives focus back where it was. Resolves to true
 * only when the person chooses `confirm`.
 */
export function confirmStep(question: Confirmation): Promise<boolean> {
  return new Promise((resolve) => {
    const cancel = h(
      'button',
      { class: 'button', type: 'button', value: 'cancel' },
      question.cancel,
    );
    const confirm = h(
      'button',
      { class: 'button primary', type: 'button', value: 'confirm' },
      question.confirm,
    );
    const dialog = h(
      'dialog',
      { class: 'confirm card', 'aria-labelledby': 'confirm-title' },
      h('h2', { id: 'confirm-title' }, question.title),
      ...question.body.map((line) => h('p', {}, line)),
      h('div', { class: 'button-row' }, cancel, confirm),
    );
    const answer = openModal(dialog, resolve);
    cancel.addEventListener('click', () => answer(false));
    confirm.addEventListener('click', () => answer(true));
    dialog.addEventListener('close', () => answer(false));
    cancel.focus();
  });
}
