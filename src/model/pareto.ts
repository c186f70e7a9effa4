import { KeptTree } from './kept-tree';

/**
 * Pareto filtering of points in utility space. A point is dominated when another point is at
 * least as good for every party and better for one; identical points are all kept.
 */

/** Indices (into `points`) of the non-dominated points, in no particular order. */
export function nonDominated(points: readonly Float64Array[], count: number): number[] {
  const dims = points.length;
  if (count === 0) return [];
  const order = Array.from({ length: count }, (_, i) => i);
  // Best first on every dimension in turn: any dominator of a point sorts before it.
  order.sort((a, b) => {
    for (let d = 0; d < dims; d++) {
      const diff = (points[d]?.[b] ?? 0) - (points[d]?.[a] ?? 0);
      if (diff !== 0) return diff;
    }
    return a - b;
  });
  if (dims === 1) return filterOne(points[0] as Float64Array, order);
  if (dims === 2) return filterTwo(points, order);
  if (dims === 3) return filterThree(points, order);
  return filterMany(points, order);
}

/**
 * column[indices[j]] for each j. A plain loop: Float64Array.from with a mapping function is
 * over ten times slower on the millions of points a frontier can have.
 */
export function gather(column: ArrayLike<number>, indices: readonly number[]): Float64Array {
  const out = new Float64Array(indices.length);
  for (let j = 0; j < indices.length; j++) out[j] = column[indices[j] ?? 0] ?? 0;
  return out;
}

function same(points: readonly Float64Array[], a: number, b: number): boolean {
  for (const dim of points) if (dim[a] !== dim[b]) return false;
  return true;
}

function filterOne(x: Float64Array, order: number[]): number[] {
  const best = x[order[0] ?? 0];
  return order.filter((i) => x[i] === best);
}

function filterTwo(points: readonly Float64Array[], order: number[]): number[] {
  const y = points[1] as Float64Array;
  const kept: number[] = [];
  let bestY = Number.NEGATIVE_INFINITY;
  let last = -1;
  for (const i of order) {
    const yi = y[i] ?? 0;
    // Sorted by x then y descending: a point is dominated iff an earlier, different point
    // has at least its y.
    if (last >= 0 && same(points, last, i)) {
      if (kept[kept.length - 1] === last) kept.push(i);
      last = i;
      continue;
    }
    if (yi > bestY) {
      kept.push(i);
      bestY = yi;
    }
    last = i;
  }
  return kept;
}

function filterThree(points: readonly Float64Array[], order: number[]): number[] {
  const y = points[1] as Float64Array;
  const z = points[2] as Float64Array;
  // Rank y descending so that "y at least c" is a prefix; a Fenwick tree keeps the prefix
  // maximum of z over the points seen so far.
  const ys = gather(y, order).sort();
  const distinct: number[] = [];
  for (let k = ys.length - 1; k >= 0; k--) {
    const value = ys[k] ?? 0;
    if (distinct.length === 0 || distinct[distinct.length - 1] !== value) distinct.push(value);
  }
  const rankOf = (value: number): number => {
    let lo = 0;
    let hi = distinct.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((distinct[mid] ?? 0) > value) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const tree = new Float64Array(distinct.length + 1).fill(Number.NEGATIVE_INFINITY);
  const maxZ = (rank: number): number => {
    let best = Number.NEGATIVE_INFINITY;
    for (let r = rank; r > 0; r -= r & -r) best = Math.max(best, tree[r] ?? best);
    return best;
  };
  const insert = (rank: number, value: number) => {
    for (let r = rank; r < tree.length; r += r & -r) if ((tree[r] ?? 0) < value) tree[r] = value;
  };
  const kept: number[] = [];
  let start = 0;
  while (start < order.length) {
    // A group of identical points stands or falls together.
    let end = start + 1;
    const first = order[start] ?? 0;
    while (end < order.length && same(points, first, order[end] ?? 0)) end++;
    const rank = rankOf(y[first] ?? 0);
    const zi = z[first] ?? 0;
    if (maxZ(rank) < zi) for (let k = start; k < end; k++) kept.push(order[k] ?? 0);
    insert(rank, zi);
    start = end;
  }
  return kept;
}

/**
 * Four dimensions or more. Sort order puts every dominator before the points it dominates, so
 * one pass that keeps each point no kept point is at least as good as, on every dimension, is
 * exact; identical points stand or fall together. The kept points live in a k-d tree, so a
 * search skips the parts of the space that cannot hold a point as good as the one at hand,
 * instead of comparing it with every kept point (the frontier's square when all points are on
 * it: 65,536 points took about 10 s that way, about 0.5 s this way).
 */
function filterMany(points: readonly Float64Array[], order: number[]): number[] {
  const tree = new KeptTree(points, order);
  const kept: number[] = [];
  let start = 0;
  while (start < order.length) {
    let end = start + 1;
    const first = order[start] ?? 0;
    while (end < order.length && same(points, first, order[end] ?? 0)) end++;
    // Points kept before this group differ from it, so one at least as good dominates it.
    if (!tree.holdsAtLeast(first)) {
      for (let k = start; k < end; k++) {
        const i = order[k] ?? 0;
        tree.keep(i);
        kept.push(i);
      }
    }
    start = end;
  }
  return kept;
}

/**
 * The options of one issue that no other of them dominates, ascending. contributions[p][o] is
 * party p's weight × value for option o (whole numbers); `options` lists the options to
 * consider. A package on the Pareto frontier of those options uses only such options: swapping
 * a dominated option for its dominator would make the package better for one party and worse
 * for none.
 */
export function nonDominatedOptions(
  contributions: readonly (readonly number[])[],
  options: readonly number[],
): number[] {
  const columns = contributions.map((row) => Float64Array.from(options, (o) => row[o] ?? 0));
  return nonDominated(columns, options.length)
    .map((j) => options[j] ?? 0)
    .sort((a, b) => a - b);
}

/**
 * An upper bound on the number of packages on the Pareto frontier, and on its signable part:
 * the product over issues of the number of non-dominated options (nonDominatedOptions), the
 * larger of the product over all options and the product over the options no red line
 * crosses (ruling an option out can free options it dominated). weights[party][issue],
 * values[party][issue][option] (0–100) and crossed[issue][option] (some party's red line).
 * Exact when the parties' interests are opposed on every issue.
 */
export function frontierBound(
  weights: readonly (readonly number[])[],
  values: readonly (readonly (readonly number[])[])[],
  crossed: readonly (readonly boolean[])[],
): number {
  let all = 1;
  let signable = 1;
  crossed.forEach((lines, i) => {
    const contributions = weights.map((w, p) => (values[p]?.[i] ?? []).map((v) => (w[i] ?? 0) * v));
    const options = lines.map((_, o) => o);
    all *= nonDominatedOptions(contributions, options).length;
    signable *= nonDominatedOptions(
      contributions,
      options.filter((o) => lines[o] !== true),
    ).length;
  });
  return Math.max(all, signable);
}
