import { describe, expect, it } from 'vitest';
import { type Box, clusterPoints, overlaps, placeLabels } from '../../src/ui/class/chart-geometry';

describe('clusterPoints', () => {
  it('joins points closer than the radius to a cluster’s first point, and keeps the others apart', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 5, y: 5 },
      { x: 30, y: 0 },
      { x: 9, y: 9 },
      { x: 31, y: 1 },
    ];
    expect(clusterPoints(points, 14)).toEqual([
      [0, 1, 3],
      [2, 4],
    ]);
    expect(clusterPoints(points, 1)).toEqual([[0], [1], [2], [3], [4]]);
    expect(clusterPoints([], 14)).toEqual([]);
  });
});

describe('placeLabels', () => {
  const bounds: Box = { x: 0, y: 0, w: 400, h: 400 };

  it('puts a label to the right of its marker when there is room', () => {
    expect(placeLabels([{ x: 100, y: 100, w: 60, h: 20 }], bounds, [])).toEqual([
      { x: 111, y: 90, w: 60, h: 20 },
    ]);
  });

  it('goes left, then elsewhere, at the chart’s edge and beside obstacles', () => {
    const [edge] = placeLabels([{ x: 380, y: 100, w: 60, h: 20 }], bounds, []);
    expect(edge).toEqual({ x: 309, y: 90, w: 60, h: 20 });
    const [blocked] = placeLabels([{ x: 380, y: 100, w: 60, h: 20 }], bounds, [
      { x: 300, y: 85, w: 20, h: 30 },
    ]);
    expect(blocked && overlaps(blocked, { x: 300, y: 85, w: 20, h: 30 })).toBe(false);
  });

  it('never lets two labels, a label and an obstacle, or a label and the edge overlap, however crowded', () => {
    // Thirty markers on top of each other, each with a wide label, beside an obstacle.
    const labels = Array.from({ length: 30 }, (_, i) => ({
      x: 200 + (i % 3),
      y: 200 + (i % 5),
      w: 90 + i,
      h: 20,
    }));
    const obstacle = { x: 150, y: 150, w: 40, h: 40 };
    const placed = placeLabels(labels, bounds, [obstacle]);
    const boxes = placed.filter((b): b is Box => b !== null);
    expect(boxes.length).toBeGreaterThan(10);
    expect(placed.some((b) => b === null)).toBe(true);
    for (const [i, b] of boxes.entries()) {
      expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= 400 && b.y + b.h <= 400).toBe(true);
      expect(overlaps(b, obstacle)).toBe(false);
      for (const other of boxes.slice(i + 1)) expect(overlaps(b, other)).toBe(false);
    }
  });
});

describe('overlaps', () => {
  it('counts shared area only, not touching edges', () => {
    const a = { x: 0, y: 0, w: 10, h: 10 };
    expect(overlaps(a, { x: 9, y: 9, w: 10, h: 10 })).toBe(true);
    expect(overlaps(a, { x: 10, y: 0, w: 10, h: 10 })).toBe(false);
  });
});
