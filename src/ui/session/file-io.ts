/** A file name from a save's name: letters, digits and dashes, ending in .json. */
export function fileNameFor(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 80);
  return `mediator-${base || 'game'}.json`;
}

/** Offers text to the person as a file download. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
