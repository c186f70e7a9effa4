import { describe, expect, it } from 'vitest';
import { frameLabels, type PairFrame, plotX, plotY } from '../../src/ui/pair-chart';

const plot = { left: 60, top: 12, size: 400 };
const frame = (noDeal: [number, number]): PairFrame => ({
  names: ['United States', 'Russia'],
  short: ['US', 'RU'],
  noDeal,
  xs: [],
  ys: [],
  frontier: [],
});

describe('plotX and plotY', () => {
  it('put utility 0 at the plot’s bottom left and 100 at its top right', () => {
    expect([plotX(plot, 0), plotY(plot, 0)]).toEqual([60, 412]);
    expect([plotX(plot, 100), plotY(plot, 100)]).toEqual([460, 12]);
    expect([plotX(plot, 25), plotY(plot, 25)]).toEqual([160, 312]);
  });
});

describe('frameLabels', () => {
  it('names each no-deal value beside its line, rounded, the one across upright', () => {
    const [across, up] = frameLabels(plot, frame([40.4, 59.6]));
    expect(across).toEqual({
      lines: ['US no deal 40'],
      x: plotX(plot, 40.4) - 6,
      y: plotY(plot, 0) - 8,
      anchor: 'start',
      upright: true,
    });
    expect(up).toMatchObject({ lines: ['RU no deal 60'], upright: false, anchor: 'start' });
    expect(up?.y).toBeCloseTo(plotY(plot, 59.6) - 6);
  });

  it('names the zone on one line when it is wide, on two when narrower, and not at all when narrow', () => {
    // The plot is 400 pixels wide: the zone is (100 − x) × 4 pixels wide.
    const zone = (x: number) => frameLabels(plot, frame([x, 50]))[2]?.lines;
    expect(zone(35)).toEqual(['Both better off than with no deal']);
    expect(zone(35.5)).toEqual(['Both better off', 'than with no deal']);
    expect(zone(63.75)).toEqual(['Both better off', 'than with no deal']);
    expect(zone(64)).toBeUndefined();
  });
});
