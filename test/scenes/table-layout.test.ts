import { describe, expect, it } from 'vitest';
import { overlaps, type Rect, tableLayout } from '../../src/scenes/stage/table-layout';

const SIZES = [
  [1280, 420],
  [960, 360],
  [700, 520],
  [343, 300],
  [304, 420],
  [2400, 700],
] as const;

const inside = (r: Rect, width: number, height: number) =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= width + 0.01 && r.y + r.height <= height + 0.01;

describe('tableLayout', () => {
  for (const [width, height] of SIZES) {
    for (let seats = 2; seats <= 6; seats++) {
      it(`seats ${seats} parties inside a ${width}×${height} region, clear of the cards and each other`, () => {
        const layout = tableLayout(width, height, seats, 8);
        expect(layout.seats).toHaveLength(seats);
        for (const seat of layout.seats) {
          expect(inside(seat, width, height)).toBe(true);
          expect(overlaps(seat, layout.cards.area)).toBe(false);
          expect(overlaps(seat, layout.news)).toBe(false);
        }
        expect(layout.cards.columns * layout.cards.rows).toBeGreaterThanOrEqual(8);
        expect(layout.text).toBeGreaterThanOrEqual(13);
      });
    }
  }
});
