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

/**
 * Names that every JavaScript object inherits or treats specially (`__proto__`, `constructor`,
 * `prototype`). As ids they would collide with Object.prototype, so every way in refuses them.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Why a reserved name cannot be an id, for messages. */
export const RESERVED_NAME_MESSAGE =
  'is a name JavaScript keeps for itself: it cannot be an id or a field name';

/**
 * The first object key anywhere in a JSON value that is a reserved name, with its place as a
 * person reads it, e.g. `parties.0.priorities.constructor: "constructor" is a name JavaScript
 * keeps for itself…`; null when there is none. Schemas drop such keys silently, so this runs on
 * the raw value first. JSON.parse makes `__proto__` an ordinary own key, which is found too.
 */
export function findReservedKey(
  value: unknown,
  path: readonly (string | number)[] = [],
): string | null {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findReservedKey(item, [...path, i]);
      if (found) return found;
    }
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      if (RESERVED_NAMES.has(key)) {
        return `${[...path, key].map(shownKey).join('.')}: "${key}" ${RESERVED_NAME_MESSAGE}`;
      }
      const found = findReservedKey(value[key], [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** A key as a message shows it: as it is when plain, else quoted, escaped and cut short. */
function shownKey(key: string | number): string {
  if (typeof key === 'number' || /^[\w-]{1,40}$/.test(key)) return String(key);
  return JSON.stringify(key.length > 20 ? `${key.slice(0, 20)}…` : key);
}
