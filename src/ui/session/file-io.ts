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

/** A file's text, or why it could not be read; files over `maxBytes` are refused unread. */
export async function readTextFile(
  file: File,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > maxBytes) {
    const mb = (file.size / 1_000_000).toFixed(1);
    return {
      ok: false,
      error: `“${file.name}” is too large to be a saved game (${mb} MB; at most ${maxBytes / 1_000_000} MB)`,
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, error: `“${file.name}” could not be read` };
  }
}
