import { px, svg } from './svg';
import './styles/pair-chart.css';

/**
 * The frame the debrief's chart of all packages and the class view's chart share: what each
 * package gives two leaders, the leader across on x and the leader up on y (utility 0–100), with
 * the pair's Pareto frontier, both no-deal values and the zone where both are better off than
 * with no deal. Each chart adds its own packages and markers between the backdrop and the overlay.
 */

/** Where the chart's 0–100 × 0–100 square sits in its drawing, in drawing pixels. */
export interface Plot {
  readonly left: number;
  readonly top: number;
  readonly size: number;
}

/** Where a utility (0–100) of the leader across falls, in drawing pixels from the left. */
export const plotX = (plot: Plot, u: number): number => plot.left + (plot.size * u) / 100;
/** Where a utility (0–100) of the leader up falls, in drawing pixels from the top. */
export const plotY = (plot: Plot, u: number): number =>
  plot.top + plot.size - (plot.size * u) / 100;

/** What the frame shows of the pair of leaders and their packages. */
export interface PairFrame {
  /** Full names for the axes ("United States") and short ones for the no-deal lines ("US"). */
  readonly names: readonly [string, string];
  readonly short: readonly [string, string];
  /** The two leaders' no-deal values (0–100) the chart draws. */
  readonly noDeal: readonly [number, number];
  /** Every package's utility for the leader across, then up (0–100). */
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  /** The pair's Pareto frontier, left to right, as package indices. */
  readonly frontier: readonly number[];
}

/**
 * Where a label's text is anchored (its first line's baseline), in drawing pixels; `upright`
 * labels read bottom to top. Lines after the first stand 18 pixels below each other.
 */
export interface LabelSpot {
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly upright: boolean;
}

/**
 * The frame's labels: each no-deal value along its line ("US no deal 62": the one across
 * upright beside its line at the bottom, the one up above its line at the left), and the zone's
 * name in its top right corner: on one line when the zone is at least 260 drawing pixels wide, on
 * two from 145, else none, so that it stays inside the zone (measured for the labels' 15px bold
 * letters, with room for print's 16px). A chart that places labels of its own keeps them clear
 * of these.
 */
export function frameLabels(plot: Plot, frame: PairFrame): LabelSpot[] {
  const [x, y] = frame.noDeal;
  const right = plot.left + plot.size;
  const spots: LabelSpot[] = [
    {
      lines: [`${frame.short[0]} no deal ${Math.round(x)}`],
      x: plotX(plot, x) - 6,
      y: plotY(plot, 0) - 8,
      anchor: 'start',
      upright: true,
    },
    {
      lines: [`${frame.short[1]} no deal ${Math.round(y)}`],
      x: plot.left + 6,
      y: plotY(plot, y) - 6,
      anchor: 'start',
      upright: false,
    },
  ];
  const room = right - plotX(plot, x);
  if (room >= 145) {
    spots.push({
      lines:
        room >= 260
          ? ['Both better off than with no deal']
          : ['Both better off', 'than with no deal'],
      x: right - 6,
      y: plot.top + 18,
      anchor: 'end',
      upright: false,
    });
  }
  return spots;
}

/** Behind the packages: the zone better than no deal for both, then the grid every `step` points. */
export function frameBackdrop(plot: Plot, frame: PairFrame, step: number): SVGGElement {
  const [x, y] = frame.noDeal;
  const bottom = plot.top + plot.size;
  const right = plot.left + plot.size;
  const lines: SVGElement[] = [];
  const numbers: SVGElement[] = [];
  for (let t = 0; t <= 100; t += step) {
    const across = px(plotX(plot, t));
    const up = px(plotY(plot, t));
    lines.push(
      svg('line', { x1: across, x2: across, y1: plot.top, y2: bottom }),
      svg('line', { x1: plot.left, x2: right, y1: up, y2: up }),
    );
    numbers.push(
      svg('text', { x: across, y: bottom + 20, 'text-anchor': 'middle' }, String(t)),
      svg('text', { x: plot.left - 8, y: px(plotY(plot, t) + 5), 'text-anchor': 'end' }, String(t)),
    );
  }
  return svg(
    'g',
    { 'aria-hidden': 'true' },
    svg('rect', {
      class: 'zone',
      x: px(plotX(plot, x)),
      y: plot.top,
      width: px(right - plotX(plot, x)),
      height: px(plotY(plot, y) - plot.top),
    }),
    svg('g', { class: 'chart-grid' }, ...lines),
    svg('g', { class: 'chart-tick' }, ...numbers),
  );
}

/**
 * Over the packages: the Pareto frontier, the no-deal lines, the frame's labels (frameLabels, on
 * a halo so that no line strikes them through), the plot's border and the axes' titles
 * ("United States: what a package gives it →").
 */
export function frameOverlay(plot: Plot, frame: PairFrame): SVGGElement {
  const [x, y] = frame.noDeal;
  const bottom = plot.top + plot.size;
  const right = plot.left + plot.size;
  const points = frame.frontier
    .map((k) => `${px(plotX(plot, frame.xs[k] ?? 0))},${px(plotY(plot, frame.ys[k] ?? 0))}`)
    .join(' ');
  const label = (spot: LabelSpot, cls: string) =>
    svg(
      'text',
      spot.upright
        ? {
            class: cls,
            x: 0,
            y: 0,
            transform: `translate(${px(spot.x)} ${px(spot.y)}) rotate(-90)`,
            'text-anchor': spot.anchor,
          }
        : { class: cls, x: px(spot.x), y: px(spot.y), 'text-anchor': spot.anchor },
      ...spot.lines.map((line, i) =>
        i === 0 ? line : svg('tspan', { x: px(spot.x), dy: 18 }, line),
      ),
    );
  const [acrossLabel, upLabel, zoneLabel] = frameLabels(plot, frame);
  const axisTitle = (name: string) => `${name}: what a package gives it →`;
  return svg(
    'g',
    { 'aria-hidden': 'true' },
    svg('polyline', { class: 'frontier', points }),
    svg('line', {
      class: 'no-deal-line',
      x1: px(plotX(plot, x)),
      x2: px(plotX(plot, x)),
      y1: plot.top,
      y2: bottom,
    }),
    svg('line', {
      class: 'no-deal-line',
      x1: plot.left,
      x2: right,
      y1: px(plotY(plot, y)),
      y2: px(plotY(plot, y)),
    }),
    acrossLabel ? label(acrossLabel, 'no-deal-label') : null,
    upLabel ? label(upLabel, 'no-deal-label') : null,
    zoneLabel ? label(zoneLabel, 'zone-label') : null,
    svg('rect', {
      class: 'plot-frame',
      x: plot.left,
      y: plot.top,
      width: plot.size,
      height: plot.size,
    }),
    svg(
      'text',
      {
        class: 'axis-title',
        x: px(plot.left + plot.size / 2),
        y: bottom + 44,
        'text-anchor': 'middle',
      },
      axisTitle(frame.names[0]),
    ),
    svg(
      'text',
      {
        class: 'axis-title',
        x: 0,
        y: 0,
        'text-anchor': 'middle',
        transform: `translate(${plot.left - 46} ${px(plot.top + plot.size / 2)}) rotate(-90)`,
      },
      axisTitle(frame.names[1]),
    ),
  );
}
