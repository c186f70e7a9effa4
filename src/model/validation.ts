import * as v from 'valibot';

/** One schema problem as a person reads it: the field's path, then what is wrong with it. */
export function describeIssue(issue: v.BaseIssue<unknown>, root: string): string {
  const path = v.getDotPath(issue) ?? root;
  if (issue.type === 'strict_object' || issue.type === 'object') {
    if (issue.expected === 'never') return `${path}: is not a known field`;
    if (issue.received === 'undefined') return `${path}: is missing`;
    if (issue.expected === 'Object') return `${path}: must be an object`;
  }
  return `${path}: ${issue.message}`;
}

/** JSON text to a value, or the parser's complaint. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** Whether a value is a JSON object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
