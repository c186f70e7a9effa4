/** What the replay's keys do. */
export interface ShortcutHandlers {
  back(): void;
  forward(): void;
  toStart(): void;
  toEnd(): void;
  togglePlay(): void;
}

/**
 * Arrow keys step, Home and End jump, Space plays or pauses — except where the focused control
 * needs the key itself: a list or field its arrows, a button its Space. Tab is never taken.
 * Returns the function that stops listening.
 */
export function listenForShortcuts(handlers: ShortcutHandlers): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('select, input, textarea')) return;
    switch (event.key) {
      case 'ArrowLeft':
        handlers.back();
        break;
      case 'ArrowRight':
        handlers.forward();
        break;
      case 'Home':
        handlers.toStart();
        break;
      case 'End':
        handlers.toEnd();
        break;
      case ' ':
        if (target?.closest('button, a')) return;
        handlers.togglePlay();
        break;
      default:
        return;
    }
    event.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
