/**
 * Shows `dialog` as a modal over the page (the keyboard stays inside it) and returns `end`, which
 * closes and removes it, gives the focus back to where it was when the dialog opened, and then
 * calls `ended` with the value given: once, whatever calls `end` later (a button, Escape, the
 * dialog's own closing) changes nothing.
 */
export function openModal<T>(
  dialog: HTMLDialogElement,
  ended: (value: T) => void,
): (value: T) => void {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  let done = false;
  document.body.append(dialog);
  dialog.showModal();
  return (value) => {
    if (done) return;
    done = true;
    dialog.close();
    dialog.remove();
    before?.focus();
    ended(value);
  };
}
