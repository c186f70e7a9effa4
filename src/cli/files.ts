import { closeSync, constants, fstatSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import {
  decodeTextFile,
  MAX_TEXT_FILE_BYTES,
  printable,
  type TextFileResult,
  tooLargeToRead,
} from '../files/text-file';

export type FileResult = TextFileResult;

/**
 * Reads a text file as the browser does (UTF-8 or UTF-16 by its byte-order mark, the mark
 * dropped). Refuses, before reading a byte, anything that is not a regular file (a folder, a
 * device such as /dev/zero, a pipe, which would block) and any file over `maxBytes` (1 MB by
 * default); `kind` says what the file should be, e.g. `a saved game`. A failure is one line
 * naming the file, e.g. `cannot read "x.json": no such file`.
 */
export function readText(
  path: string,
  kind: string,
  maxBytes: number = MAX_TEXT_FILE_BYTES,
): FileResult {
  const shown = `"${printable(path)}"`;
  let fd: number;
  try {
    // Non-blocking, so that opening a pipe with no writer returns at once instead of waiting.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, error: `cannot read ${shown}: ${reason(error, 'no such file')}` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, error: `cannot read ${shown}: it is a folder` };
    if (!stat.isFile()) {
      return {
        ok: false,
        error: `cannot read ${shown}: it is not a regular file (a device, a pipe or a socket)`,
      };
    }
    const tooLarge = tooLargeToRead(stat.size, kind, maxBytes);
    if (tooLarge) return { ok: false, error: `${shown} is ${tooLarge}` };
    return decodeTextFile(readFileSync(fd), shown);
  } catch (error) {
    return { ok: false, error: `cannot read ${shown}: ${reason(error, 'no such file')}` };
  } finally {
    closeSync(fd);
  }
}

/** Writes a UTF-8 text file; a failure is one line naming the file. */
export function writeText(path: string, text: string): { ok: true } | { ok: false; error: string } {
  try {
    writeFileSync(path, text, 'utf8');
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      error: `cannot write "${printable(path)}": ${reason(error, 'no such folder')}`,
    };
  }
}

function reason(error: unknown, missing: string): string {
  switch ((error as { code?: unknown }).code) {
    case 'ENOENT':
      return missing;
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return printable(error instanceof Error ? error.message : String(error));
  }
}
