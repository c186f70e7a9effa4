/*
 * Walking a scenario file's JSON leaf by leaf, to edit one at a time: the prose a release may
 * reword without changing any game, and the strings that decide the game.
 */

export type Path = readonly (string | number)[];
export interface Leaf {
  readonly path: Path;
  readonly value: string | number | boolean;
}

/** Every string, number and boolean in a JSON value, with its path. */
export function leaves(value: unknown, path: Path = []): Leaf[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return [{ path, value }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [];
}

/** A copy of a JSON value with the leaf at `path` replaced. */
export function withLeaf(value: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) ?? ''] = replacement;
  return copy;
}

/**
 * Strings that name or pick something the rules use (ids, and the ids a red line points to), and
 * the names and words the outcome's reasons quote (a party's country, an issue's or option's
 * label, the scenario's words for a deal, for what it keeps and how, and for no deal).
 */
const GAME_STRING_KEYS = new Set(['format', 'id', 'issue', 'option', 'kind', 'country']);
const REASON_WORDS = new Set(['deal', 'lasting', 'durableTerms', 'noDeal']);
export const isGameString = (leaf: Leaf) =>
  typeof leaf.value === 'string' &&
  (GAME_STRING_KEYS.has(String(leaf.path.at(-1))) ||
    leaf.path.includes('regions') ||
    (leaf.path[0] === 'issues' && leaf.path.at(-1) === 'label') ||
    (leaf.path[0] === 'wording' && REASON_WORDS.has(String(leaf.path.at(-1)))));

/** Every text of a scenario file that only explains the game: its prose. */
export function proseLeaves(value: unknown): Leaf[] {
  return leaves(value).filter((leaf) => typeof leaf.value === 'string' && !isGameString(leaf));
}
