import type { ClassCodeGame } from '../store/class-code';
import { announce } from './announcer';
import { checkedField } from './checked-field';
import { h } from './dom';

/** The title's class-code field: the code a student entered, if any, and a way to say why not. */
export interface ClassCodeField {
  readonly element: HTMLElement;
  /**
   * The game the entered code fixes; null when none is entered. A code typed but not yet used
   * (Use the code, Enter) is used first: a student who types it and starts plays its game.
   */
  fixed(): ClassCodeGame | null;
  /** Whether what is typed in the field is not a code that can be used (it says why). */
  blocked(): boolean;
  /** Says beside the field why the code's game cannot start yet. */
  say(text: string): void;
  /** Uses the code of the page's `?class=` link, if it has one; once the page is built. */
  readLink(): void;
}

/**
 * The class code a student enters on the title (or a `?class=` link fills in: readLink): "Use the code"
 * (or Enter) fixes the game, `changed` is told the game or null when cleared. A bad code is named
 * beside the field with `read`'s error and changes nothing else. A code whose scenario is not
 * built in asks for the teacher's scenario file.
 */
export function classCodeField(
  search: string,
  read: (
    text: string,
    from: 'typed' | 'link',
  ) =>
    | { readonly ok: true; readonly game: ClassCodeGame }
    | { readonly ok: false; readonly error: string },
  changed: (game: ClassCodeGame | null) => void,
): ClassCodeField {
  let game: ClassCodeGame | null = null;
  const status = h('span', {});
  const { input, message, fail } = checkedField('class-code', {
    maxlength: 40,
    onkeydown: (event: Event) => {
      if ((event as KeyboardEvent).key !== 'Enter') return;
      event.preventDefault();
      use('typed');
    },
  });
  const fix = (next: ClassCodeGame | null) => {
    game = next;
    box.classList.toggle('fixed', next !== null);
    status.textContent = next
      ? `Set by class code ${next.code}.${next.builtIn ? '' : ' It names a scenario this game does not ship: open your teacher’s file with “Open a scenario file”.'}`
      : '';
    changed(next);
  };
  const use = (from: 'typed' | 'link') => {
    const result = read(input.value, from);
    if (!result.ok) {
      fail(`That class code cannot be used: ${result.error}.`);
      return;
    }
    input.value = result.game.code;
    fix(result.game);
    announce(status.textContent ?? '');
  };
  const box = h(
    'div',
    { class: 'class-code-choice' },
    h('label', { for: 'class-code' }, 'Class code'),
    input,
    h(
      'button',
      { class: 'button small', type: 'button', onclick: () => use('typed') },
      'Use the code',
    ),
    h(
      'p',
      { class: 'hint', id: 'class-code-hint' },
      'From your teacher: it sets the scenario, difficulty, game number and who plays.',
    ),
    h(
      'p',
      { class: 'class-code-status' },
      status,
      ' ',
      h(
        'button',
        {
          class: 'button small',
          type: 'button',
          onclick: () => {
            input.value = '';
            fix(null);
            input.focus();
          },
        },
        'Clear the code',
      ),
    ),
    message,
  );
  return {
    readLink() {
      const fromLink = new URLSearchParams(search).get('class');
      if (fromLink === null) return;
      input.value = fromLink.slice(0, 40);
      use('link');
    },
    element: box,
    fixed() {
      if (game === null && input.value.trim() !== '') {
        use('typed');
        if (game === null) input.focus();
      }
      return game;
    },
    blocked: () => game === null && input.value.trim() !== '',
    say(text) {
      message.textContent = text;
      input.focus();
    },
  };
}

/** The teacher's class code, shown large with its link, and copied on request. */
export interface ClassCodePanel {
  readonly element: HTMLElement;
  /** Shows a code, the link that carries it, and a sentence on what it fixes. */
  show(code: string, link: string, fixes: string): void;
}

/**
 * The class code a teacher makes on the title, to write on the board or send: the code large,
 * its link, Copy buttons (through the Clipboard API; where the browser blocks it, the panel says
 * to copy by hand) and what the code fixes. Hidden until shown; Close hides it again
 * and gives the focus back.
 */
export function classCodePanel(): ClassCodePanel {
  const code = h('p', { class: 'class-code' });
  const link = h('input', {
    type: 'text',
    readonly: true,
    class: 'share-link',
    'aria-label': 'Link with the class code',
  });
  const fixes = h('p', {});
  const status = h('p', { class: 'save-status', 'aria-live': 'polite' });
  const copy = (what: string, text: () => string) => {
    const say = (ok: boolean) => {
      status.textContent = ok
        ? `${what} copied.`
        : `This browser did not let the game copy: select the ${what.toLowerCase()} and copy it.`;
    };
    return h(
      'button',
      {
        class: 'button small',
        type: 'button',
        onclick: () => {
          const copied = navigator.clipboard?.writeText(text());
          if (copied)
            copied.then(
              () => say(true),
              () => say(false),
            );
          else say(false);
        },
      },
      `Copy the ${what.toLowerCase()}`,
    );
  };
  const copyCode = copy('Code', () => code.textContent ?? '');
  // Close gives the focus back to the control that showed the panel.
  let opener: HTMLElement | null = null;
  const panel = h(
    'section',
    { class: 'class-code-panel card', 'aria-labelledby': 'class-code-heading', hidden: true },
    h('h2', { id: 'class-code-heading' }, 'Your class code'),
    code,
    h(
      'div',
      { class: 'button-row' },
      copyCode,
      copy('Link', () => link.value),
      h(
        'button',
        {
          class: 'button small',
          type: 'button',
          onclick: () => {
            panel.hidden = true;
            opener?.focus();
          },
        },
        'Close',
      ),
    ),
    link,
    fixes,
    status,
  );
  return {
    element: panel,
    show(text, url, sentence) {
      const opening = panel.hidden;
      code.textContent = text;
      link.value = url;
      fixes.textContent = sentence;
      panel.hidden = false;
      if (opening) {
        opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        status.textContent = '';
        copyCode.focus();
      }
    },
  };
}
