import { checkedField } from './checked-field';
import { h } from './dom';

/** The title's game-number field and what it holds. */
export interface SeedField {
  readonly element: HTMLElement;
  /**
   * The seed for the next game: the number typed (or given by a `?seed=` link), or a fresh one
   * when the field is empty. When what is typed is not a seed, says so beside the field, moves
   * the focus there and returns null: the game must not start.
   */
  seedForNewGame(): number | null;
  /** Shows a seed in the field (a fresh one drawn for a class code, or the code's own). */
  show(seed: number): void;
  /** Whether the number can be typed: not while a class code sets it. */
  lock(locked: boolean): void;
}

/**
 * The optional game number on the title. The same number, scenario and difficulty always deal
 * the same game (the same hidden noise on every no-deal value), so a teacher can give a whole
 * class one game. A `?seed=N` link parameter fills it in; a bad one is named at once. `seedOf`
 * reads what is typed: the seed it deals (a fresh one for nothing typed), or what is wrong.
 */
export function seedField(
  search: string,
  seedOf: (
    typed: string,
  ) =>
    | { readonly ok: true; readonly seed: number }
    | { readonly ok: false; readonly error: string },
): SeedField {
  const fromLink = new URLSearchParams(search).get('seed');
  const { input, message, fail, clear } = checkedField('game-number', {
    name: 'seed',
    inputmode: 'numeric',
    maxlength: 12,
    placeholder: 'any',
  });
  if (fromLink !== null) input.value = fromLink.slice(0, 40);
  const check = (): number | null => {
    const parsed = seedOf(input.value);
    if (parsed.ok) return parsed.seed;
    fail(`The game number ${parsed.error}.`);
    return null;
  };
  if (fromLink !== null && fromLink.trim() !== '') check();

  const element = h(
    'div',
    { class: 'seed-choice' },
    h('label', { for: 'game-number' }, 'Game number'),
    input,
    h(
      'p',
      { class: 'hint', id: 'game-number-hint' },
      'Optional: the same number deals the same game, for a whole class.',
    ),
    message,
  );
  return {
    element,
    seedForNewGame() {
      const seed = check();
      if (seed === null) input.focus();
      return seed;
    },
    show(seed) {
      input.value = String(seed);
      clear();
    },
    lock(locked) {
      input.disabled = locked;
    },
  };
}
