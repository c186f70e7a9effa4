import { h } from '../dom';

export interface ClassDropZone {
  readonly element: HTMLElement;
  /** Once files are given, the zone shrinks to one line and offers to clear them. */
  showFiles(given: boolean): void;
  focus(): void;
}

/**
 * Where the class's files come in: a picker for many files at once, and a drop anywhere on the
 * page, listened for on the window until the scene shuts down.
 */
export function classDropZone(
  onStop: (stop: () => void) => void,
  handlers: { readonly onFiles: (files: File[]) => void; readonly onClear: () => void },
): ClassDropZone {
  const fileInput = h('input', {
    type: 'file',
    multiple: true,
    accept: '.json,application/json',
    class: 'visually-hidden',
    id: 'class-files',
    onchange: () => {
      handlers.onFiles([...(fileInput.files ?? [])]);
      fileInput.value = '';
    },
  });
  const clear = h(
    'button',
    {
      class: 'button clear',
      type: 'button',
      onclick: () => {
        handlers.onClear();
        fileInput.focus();
      },
    },
    'Clear all files',
  );
  const element = h(
    'section',
    { class: 'class-drop', 'aria-labelledby': 'class-drop-heading' },
    h(
      'h2',
      { id: 'class-drop-heading', class: 'drop-heading' },
      'Drop the saved games of the whole class here',
    ),
    h(
      'p',
      {},
      h('label', { for: 'class-files', class: 'button primary' }, 'Choose saved games'),
      fileInput,
      h(
        'span',
        { class: 'note' },
        'Many files at once, or drop them anywhere on this page. Files over 1 MB are refused unread.',
      ),
      clear,
    ),
  );

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    element.classList.add('dragging');
  };
  const onDragLeave = (event: DragEvent) => {
    // Leaving the window, not just moving between elements.
    if (event.relatedTarget === null) element.classList.remove('dragging');
  };
  const onDrop = (event: DragEvent) => {
    element.classList.remove('dragging');
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    handlers.onFiles([...event.dataTransfer.files]);
  };
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('dragleave', onDragLeave);
  window.addEventListener('drop', onDrop);
  onStop(() => {
    window.removeEventListener('dragover', onDragOver);
    window.removeEventListener('dragleave', onDragLeave);
    window.removeEventListener('drop', onDrop);
  });

  return {
    element,
    showFiles: (given) => element.classList.toggle('has-files', given),
    focus: () => fileInput.focus(),
  };
}
