import { plotX, plotY } from '../pair-chart';
/** The chart's size in stage pixels, and where its 0–100 × 0–100 square sits inside it. */
export const SIZE = { width: 570, height: 478 } as const;
export const PLOT = { left: 66, top: 14, size: 410 } as const;

/** Where a utility (0–100) of the leader across falls on the chart, in stage pixels. */
export const px = (u: number) => plotX(PLOT, u);
/** Where a utility (0–100) of the leader up falls on the chart, in stage pixels from the top. */
export const py = (u: number) => plotY(PLOT, u);

/** A rectangle in stage pixels: its top-left corner, width and height. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Whether two boxes share any area (boxes that only touch do not). */
export const overlaps = (p: Box, q: Box): boolean =>
  p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;

/**
 * Points closer than `radius` (pixels) to a cluster's first point join that cluster, so that
 * markers that would cover each other are drawn as one. Returns each cluster as the indices of
 * its points, in the order of their first point; every point is in exactly one cluster.
 */
export function clusterPoints(
  points: readonly { readonly x: number; readonly y: number }[],
  radius: number,
): number[][] {
  const clusters: { x: number; y: number; members: number[] }[] = [];
  for (const [i, p] of points.entries()) {
    const near = clusters.find((c) => (c.x - p.x) ** 2 + (c.y - p.y) ** 2 < radius ** 2);
    if (near) near.members.push(i);
    else clusters.push({ x: p.x, y: p.y, members: [i] });
  }
  return clusters.map((c) => c.members);
}

/** How far from its marker a label may go, in label heights, before it is left out. */
const RINGS = 6;

/**
 * Places each label (`w` × `h` pixels, for the marker at `x`, `y`), in the order given, at the
 * first spot beside its marker — right, left, above, below, then the corners, then the same a
 * label's height further out, up to RINGS times — that lies inside `bounds` and overlaps no
 * obstacle and no label placed before. A label with no such spot is left out (null), never
 * drawn over another: the table beside the chart still names every game.
 */
export function placeLabels(
  labels: readonly {
    readonly x: number;
    readonly y: number;
    readonly w: number;
    readonly h: number;
  }[],
  bounds: Box,
  obstacles: readonly Box[],
  gap = 11,
): (Box | null)[] {
  const taken = [...obstacles];
  const inside = (b: Box) =>
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.w <= bounds.x + bounds.w &&
    b.y + b.h <= bounds.y + bounds.h;
  return labels.map(({ x, y, w, h }) => {
    for (let ring = 0; ring < RINGS; ring++) {
      const d = gap + ring * h;
      const spots: Box[] = [
        { x: x + d, y: y - h / 2, w, h },
        { x: x - d - w, y: y - h / 2, w, h },
        { x: x - w / 2, y: y - d - h, w, h },
        { x: x - w / 2, y: y + d, w, h },
        { x: x + d, y: y - d - h / 2, w, h },
        { x: x + d, y: y + d - h / 2, w, h },
        { x: x - d - w, y: y - d - h / 2, w, h },
        { x: x - d - w, y: y + d - h / 2, w, h },
      ];
      const spot = spots.find((b) => inside(b) && !taken.some((t) => overlaps(t, b)));
      if (spot) {
        taken.push(spot);
        return spot;
      }
    }
    return null;
  });
}
