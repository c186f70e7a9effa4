/**
 * One way to turn a file's bytes into text, for the browser and the command line alike: what a
 * teacher's editor may have saved (UTF-8 with or without a byte-order mark, UTF-16 with one)
 * reads the same everywhere, and anything else is refused in words.
 */

/** Saves and scenario files larger than this are refused before they are read (1 MB). */
export const MAX_TEXT_FILE_BYTES = 1_000_000;

export type TextFileResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Decodes a text file's bytes by its byte-order mark: UTF-8 (the mark dropped), UTF-16 little-
 * or big-endian; without a mark, UTF-8. Returns the text, or an error such as `is not UTF-8 or
 * UTF-16 text` (bytes that decode to nothing valid, or a file with NUL characters in it). `what`
 * names the file in errors, e.g. `“table-3.json”`. Never throws.
 */
export function decodeTextFile(bytes: Uint8Array, what: string): TextFileResult {
  const starts = (...prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
  let encoding = 'utf-8';
  let start = 0;
  if (starts(...UTF8_BOM)) start = 3;
  else if (starts(0xff, 0xfe)) [encoding, start] = ['utf-16le', 2];
  else if (starts(0xfe, 0xff)) [encoding, start] = ['utf-16be', 2];
  let text: string;
  try {
    // `ignoreBOM` keeps the decoder from dropping a second mark: only the one read here goes.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(start),
    );
  } catch {
    return { ok: false, error: `${what} is not UTF-8 or UTF-16 text` };
  }
  if (text.includes('\u0000')) return { ok: false, error: `${what} is not a text file` };
  return { ok: true, text };
}

/**
 * Why a file is refused by its size alone, before it is read, e.g. `too large to be a saved game
 * (1.2 MB; at most 1 MB)`; null when it is small enough. `kind` says what it should have been.
 */
export function tooLargeToRead(bytes: number, kind: string, maxBytes: number): string | null {
  if (bytes <= maxBytes) return null;
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
  // Sizes that round to the same figure are given to the byte.
  const [size, limit] =
    mb(bytes) === mb(maxBytes)
      ? [`${bytes.toLocaleString('en')} bytes`, maxBytes.toLocaleString('en')]
      : [mb(bytes), mb(maxBytes)];
  return `too large to be ${kind} (${size}; at most ${limit})`;
}

const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * Text fit to show a person or print on a terminal: control and invisible format characters
 * (a stray byte-order mark, bidirectional overrides, terminal escapes) become visible escapes
 * such as `\u001b`, so a message can neither hide what is wrong nor change the screen.
 */
export function printable(text: string): string {
  return text.replace(
    UNPRINTABLE,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Words for a failure nobody foresaw (a bug, not bad input): the thrown error's own message on
 * one printable line of at most 160 characters, so a person can report it. No stack trace.
 */
export function unexpectedProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = printable(message.replace(/\s+/g, ' ').trim()).slice(0, 160);
  return `an unexpected problem (${line || 'no details'})`;
}
