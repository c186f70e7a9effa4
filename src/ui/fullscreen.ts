import { h } from './dom';

/**
 * A button that shows the whole page full screen, for a projector, and back; it names what it
 * will do and follows the browser's own way out (Escape). Null where the browser cannot.
 */
export function fullscreenButton(onStop: (stop: () => void) => void): HTMLButtonElement | null {
  if (!document.fullscreenEnabled) return null;
  const button = h('button', {
    class: 'button small',
    type: 'button',
    onclick: () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void document.documentElement.requestFullscreen().catch(() => undefined);
    },
  });
  const label = () => {
    button.textContent = document.fullscreenElement ? 'Leave full screen' : 'Full screen';
  };
  label();
  document.addEventListener('fullscreenchange', label);
  onStop(() => document.removeEventListener('fullscreenchange', label));
  return button;
}
