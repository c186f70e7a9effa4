import { readFileSync, statSync, writeFileSync } from 'node:fs';

export type FileResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: string };

/** Reads a UTF-8 text file; a failure is one line naming the file. */
export function readText(path: string): FileResult {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { ok: false, error: `cannot read "${path}": ${reason(error, 'no such file')}` };
  }
}

/** A file's size in bytes, or null when it cannot be read (reading it then says why). */
export function fileSize(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

/** Writes a UTF-8 text file; a failure is one line naming the file. */
export function writeText(path: string, text: string): { ok: true } | { ok: false; error: string } {
  try {
    writeFileSync(path, text, 'utf8');
    return { ok: true };
  } catch (error) {
    return { ok: false, error: `cannot write "${path}": ${reason(error, 'no such folder')}` };
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
      return error instanceof Error ? error.message : String(error);
  }
}
