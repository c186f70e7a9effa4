import { h, replaceChildren } from '../dom';

const ICONS = {
  start: 'M2 2h3v12H2zM14 2v12L6 8z',
  back: 'M12 2v12L4 8z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h3.5v12H3zM9.5 2H13v12H9.5z',
  forward: 'M4 2v12l8-6z',
  end: 'M2 2v12l8-6zM11 2h3v12h-3z',
} as const;

/** A drawn symbol beside a button's words, which name it; screen readers skip the symbol. */
function icon(name: keyof typeof ICONS): SVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', ICONS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/** How long each step stays on show while the replay plays, in milliseconds. */
const SPEEDS = [
  { label: 'Slow (2 s a step)', delay: 2000 },
  { label: 'Normal (1 s a step)', delay: 1000 },
  { label: 'Fast (0.4 s a step)', delay: 400 },
] as const;

export interface ReplayHandlers {
  toStep(step: number): void;
  togglePlay(): void;
  setDelay(delay: number): void;
}

/** What the controls show: where the replay is, whether it is playing, and how fast (ms a step). */
export interface ControlsState {
  readonly step: number;
  readonly last: number;
  readonly playing: boolean;
  readonly delay: number;
}

/** The replay's transport: to the start, back, play or pause, forward, to the end, and speed. */
export class ReplayControls {
  readonly element: HTMLElement;
  private readonly start: HTMLButtonElement;
  private readonly back: HTMLButtonElement;
  private readonly play: HTMLButtonElement;
  private readonly forward: HTMLButtonElement;
  private readonly end: HTMLButtonElement;
  private state: ControlsState = { step: 0, last: 0, playing: false, delay: 0 };
  private readonly speed: HTMLSelectElement;

  constructor(handlers: ReplayHandlers) {
    const button = (
      name: string,
      onclick: () => void,
      keys: string,
      symbol: keyof typeof ICONS,
      symbolFirst: boolean,
    ) =>
      h(
        'button',
        { class: 'button', type: 'button', 'aria-keyshortcuts': keys, onclick },
        symbolFirst ? icon(symbol) : null,
        // On a narrow screen the symbol alone shows, and the words still name the button.
        h('span', { class: 'step-label' }, name),
        symbolFirst ? null : icon(symbol),
      );
    this.start = button('To the start', () => handlers.toStep(0), 'Home', 'start', true);
    this.back = button(
      'Back one step',
      () => handlers.toStep(this.state.step - 1),
      'ArrowLeft',
      'back',
      true,
    );
    this.play = h('button', {
      class: 'button primary play',
      type: 'button',
      'aria-pressed': 'false',
      'aria-keyshortcuts': 'Space',
      onclick: () => handlers.togglePlay(),
    });
    this.forward = button(
      'Forward one step',
      () => handlers.toStep(this.state.step + 1),
      'ArrowRight',
      'forward',
      false,
    );
    this.end = button('To the end', () => handlers.toStep(this.state.last), 'End', 'end', false);
    const speed = h(
      'select',
      {
        id: 'replay-speed',
        onchange: () => handlers.setDelay(Number(speed.value)),
      },
      ...SPEEDS.map((s) => h('option', { value: String(s.delay) }, s.label)),
    );
    this.speed = speed;
    this.element = h(
      'div',
      { class: 'replay-transport', role: 'group', 'aria-label': 'Replay controls' },
      this.start,
      this.back,
      this.play,
      this.forward,
      this.end,
      h('span', { class: 'replay-speed' }, h('label', { for: 'replay-speed' }, 'Speed'), speed),
    );
  }

  /** Focuses Play without scrolling: the page opens at its top, where the step on show is. */
  focusPlay(): void {
    (this.play.disabled ? this.forward : this.play).focus({ preventScroll: true });
  }

  /** Enables what makes sense at this step, without losing the keyboard's place. */
  update(state: ControlsState): void {
    this.state = state;
    const focused = document.activeElement;
    const atStart = state.step === 0;
    const atEnd = state.step >= state.last;
    this.start.disabled = atStart;
    this.back.disabled = atStart;
    this.forward.disabled = atEnd;
    this.end.disabled = atEnd;
    // Playing from the last step starts again from the first, so Play is off only with no steps.
    this.play.disabled = state.last === 0;
    replaceChildren(
      this.play,
      icon(state.playing ? 'pause' : 'play'),
      state.playing ? 'Pause' : 'Play',
    );
    this.play.setAttribute('aria-pressed', String(state.playing));
    this.speed.value = String(state.delay);
    // A button that has just been disabled drops the keyboard focus; hand it to its neighbour.
    if (focused instanceof HTMLButtonElement && focused.disabled) {
      const next = [this.forward, this.back, this.play].find((b) => !b.disabled);
      next?.focus();
    }
  }
}
