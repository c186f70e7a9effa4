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

function same(points: readonly Float64Array[], a: number, b: number): boolean {
  return points.every((dim) => dim[a] === dim[b]);
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
  const ys = Float64Array.from(order, (i) => y[i] ?? 0).sort();
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

function filterMany(points: readonly Float64Array[], order: number[]): number[] {
  const kept: number[] = [];
  for (const i of order) {
    const dominated = kept.some(
      (k) => !same(points, k, i) && points.every((dim) => (dim[k] ?? 0) >= (dim[i] ?? 0)),
    );
    if (!dominated) kept.push(i);
  }
  return kept;
}
