import { h } from './dom';

/** A text field and the alert beside it that says what is wrong with what was typed. */
export interface CheckedField {
  readonly input: HTMLInputElement;
  /** The alert (role=alert, id `<id>-error`), empty while nothing is wrong. */
  readonly message: HTMLElement;
  /** Marks the field invalid (aria-invalid) and says why in the alert. */
  fail(text: string): void;
  /** Takes the mark and the words back, as typing in the field also does. */
  clear(): void;
}

/**
 * A text field (`id`, with `props` of its own) whose value is checked by its owner: the field is
 * described by its hint (`<id>-hint`, which the owner writes) and by its alert, so a screen
 * reader reads both; what is typed next clears a failure.
 */
export function checkedField(
  id: string,
  props: Record<string, string | number | ((event: Event) => void)>,
): CheckedField {
  const message = h('p', { class: 'panel-message', role: 'alert', id: `${id}-error` });
  const clear = () => {
    input.removeAttribute('aria-invalid');
    message.textContent = '';
  };
  const input = h('input', {
    type: 'text',
    id,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${id}-hint ${id}-error`,
    oninput: clear,
    ...props,
  });
  return {
    input,
    message,
    fail(text) {
      input.setAttribute('aria-invalid', 'true');
      message.textContent = text;
    },
    clear,
  };
}
