/**
 * The kept points of a Pareto sweep in four dimensions or more, in a k-d tree, so that asking
 * whether a kept point is at least as good as another on every dimension skips the parts of the
 * space that cannot hold one.
 */

/** Points per leaf of the k-d tree: small enough to scan, large enough to keep the tree short. */
const LEAF_SIZE = 8;

/**
 * A k-d tree over every point, built once (median splits, one dimension after another), in
 * which points are marked kept one by one. Each node holds the best value on each dimension
 * among its kept points (−∞ while it has none).
 */
export class KeptTree {
  private readonly dims: number;
  /** The points in tree order; each node covers a range of it. */
  private readonly sorted: Int32Array;
  /** coords[k × dims + d]: the coordinates of the point at tree position k. */
  private readonly coords: Float64Array;
  /** Where each point sits in `sorted`. */
  private readonly slot: Int32Array;
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly low: number[] = [];
  private readonly high: number[] = [];
  private readonly parent: number[] = [];
  /** The leaf of each position in `sorted`. */
  private readonly leaf: Int32Array;
  private readonly isKept: Uint8Array;
  /** best[node × dims + d] */
  private readonly best: Float64Array;
  private readonly stack: Int32Array;
  private readonly query: Float64Array;

  constructor(
    private readonly points: readonly Float64Array[],
    order: readonly number[],
  ) {
    const dims = points.length;
    this.dims = dims;
    this.sorted = Int32Array.from(order);
    this.slot = new Int32Array(order.length);
    this.leaf = new Int32Array(order.length);
    this.isKept = new Uint8Array(order.length);
    this.build(0, order.length, 0, -1);
    const nodes = this.from.length;
    this.best = new Float64Array(nodes * dims).fill(Number.NEGATIVE_INFINITY);
    this.stack = new Int32Array(nodes);
    this.query = new Float64Array(dims);
    this.coords = new Float64Array(order.length * dims);
    this.sorted.forEach((i, k) => {
      this.slot[i] = k;
      for (let d = 0; d < dims; d++) this.coords[k * dims + d] = points[d]?.[i] ?? 0;
    });
  }

  private build(from: number, to: number, depth: number, parent: number): number {
    const node = this.from.length;
    this.from.push(from);
    this.to.push(to);
    this.low.push(-1);
    this.high.push(-1);
    this.parent.push(parent);
    if (to - from <= LEAF_SIZE) {
      this.leaf.fill(node, from, to);
      return node;
    }
    const middle = (from + to) >> 1;
    selectMedian(
      this.sorted,
      from,
      to,
      middle,
      this.points[depth % this.dims] ?? new Float64Array(0),
    );
    this.low[node] = this.build(from, middle, depth + 1, node);
    this.high[node] = this.build(middle, to, depth + 1, node);
    return node;
  }

  /** Marks point i kept and raises the best values on its way up. */
  keep(i: number): void {
    const { dims, best, coords } = this;
    const k = this.slot[i] ?? 0;
    this.isKept[k] = 1;
    for (let node = this.leaf[k] ?? -1; node >= 0; node = this.parent[node] ?? -1) {
      let raised = false;
      for (let d = 0; d < dims; d++) {
        const value = coords[k * dims + d] ?? 0;
        if ((best[node * dims + d] ?? 0) < value) {
          best[node * dims + d] = value;
          raised = true;
        }
      }
      // An ancestor's best values are at least its child's: nothing above changes either.
      if (!raised) return;
    }
  }

  /** Whether some kept point is at least as good as point i on every dimension. */
  holdsAtLeast(i: number): boolean {
    const { dims, best, coords, query, stack } = this;
    for (let d = 0; d < dims; d++) query[d] = this.points[d]?.[i] ?? 0;
    let top = 0;
    stack[top++] = 0;
    nodes: while (top > 0) {
      const node = stack[--top] ?? 0;
      for (let d = 0; d < dims; d++) {
        if ((best[node * dims + d] ?? 0) < (query[d] ?? 0)) continue nodes;
      }
      const low = this.low[node] ?? -1;
      if (low >= 0) {
        stack[top++] = low;
        stack[top++] = this.high[node] ?? 0;
        continue;
      }
      const end = this.to[node] ?? 0;
      candidates: for (let k = this.from[node] ?? 0; k < end; k++) {
        if (this.isKept[k] !== 1) continue;
        for (let d = 0; d < dims; d++) {
          if ((coords[k * dims + d] ?? 0) < (query[d] ?? 0)) continue candidates;
        }
        return true;
      }
    }
    return false;
  }
}

/**
 * Reorders items[from, to) so that the item at `nth` is the one a sort by key would put there,
 * with no larger key before it and no smaller one after (Hoare's selection, median of three).
 */
function selectMedian(
  items: Int32Array,
  from: number,
  to: number,
  nth: number,
  key: Float64Array,
): void {
  let lo = from;
  let hi = to - 1;
  const value = (k: number) => key[items[k] ?? 0] ?? 0;
  const swap = (a: number, b: number) => {
    const t = items[a] ?? 0;
    items[a] = items[b] ?? 0;
    items[b] = t;
  };
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    if (value(mid) < value(lo)) swap(mid, lo);
    if (value(hi) < value(lo)) swap(hi, lo);
    if (value(hi) < value(mid)) swap(hi, mid);
    const pivot = value(mid);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (value(i) < pivot) i++;
      while (value(j) > pivot) j--;
      if (i <= j) {
        swap(i, j);
        i++;
        j--;
      }
    }
    if (nth <= j) hi = j;
    else if (nth >= i) lo = i;
    else return;
  }
}
