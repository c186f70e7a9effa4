import type * as v from 'valibot';
import { describeIssue } from '../model/validation';

/** Why a save could not be opened or written, for code to branch on; `error` is for people. */
export type SaveErrorCode =
  | 'too-large'
  | 'not-json'
  | 'invalid'
  | 'newer-version'
  | 'damaged-link'
  | 'not-found'
  | 'storage'
  | 'changed-elsewhere';

export interface SaveError {
  readonly ok: false;
  readonly code: SaveErrorCode;
  readonly error: string;
}

const MAX_MESSAGE = 300;

/**
 * A refusal with a one-line message. Messages can quote a hostile file (a field name, a JSON
 * parser's excerpt), so control characters become spaces and the length is capped.
 */
export function saveError(code: SaveErrorCode, message: string): SaveError {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  const line = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
  const error = line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE - 1)}…` : line;
  return { ok: false, code, error: error || 'unknown problem' };
}

/** The first schema problem, named by its field. */
export function invalidSave(issues: readonly v.BaseIssue<unknown>[]): SaveError {
  const first = issues[0];
  return saveError(
    'invalid',
    `invalid save: ${first ? describeIssue(first, 'save') : 'unknown problem'}`,
  );
}
