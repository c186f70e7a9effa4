import type { MarkerKind } from '../../store/debrief-view';
import { px, svg } from '../svg';

/** A package marked on the chart: a shape and a label, never colour alone. */
export interface ScatterMarker {
  readonly kind: MarkerKind;
  readonly label: string;
  /** Its utility for the leader across and for the leader up, where the chart places it. */
  readonly x: number;
  readonly y: number;
  /** The same two utilities as the label prints them (rounded to one decimal). */
  readonly shown: readonly [number, number];
}

export interface ScatterData {
  /** Every package's utility for the leader across, then up; 1 where a package crosses a red line. */
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly redLined: ArrayLike<number>;
  /** The pair's frontier, left to right, as package indices. */
  readonly frontier: readonly number[];
  /** The two leaders' no-deal values in this game. */
  readonly noDeal: readonly [number, number];
  /** Short names for the labels ("US") and full ones for the axes ("United States"). */
  readonly short: readonly [string, string];
  readonly names: readonly [string, string];
  readonly markers: readonly ScatterMarker[];
}

const PLOT = { left: 60, top: 12, size: 380 } as const;
const WIDTH = 640;
const HEIGHT = PLOT.top + PLOT.size + 52;
const LABELS = PLOT.left + PLOT.size + 18;
/** Least vertical distance between two callout labels. */
const LABEL_GAP = 42;

const sx = (u: number) => PLOT.left + (PLOT.size * u) / 100;
const sy = (u: number) => PLOT.top + PLOT.size - (PLOT.size * u) / 100;

/** The shape of a marker, centred on (x, y). */
export function markerShape(kind: MarkerKind, x: number, y: number): SVGElement {
  switch (kind) {
    case 'yours':
      return svg('circle', { cx: px(x), cy: px(y), r: 6.5, class: 'marker yours' });
    case 'nash':
      return svg('rect', {
        x: px(x - 7),
        y: px(y - 7),
        width: 14,
        height: 14,
        class: 'marker nash',
      });
    case 'ks':
      return svg('path', {
        d: `M${px(x)} ${px(y - 9)} L${px(x + 8.5)} ${px(y + 6)} L${px(x - 8.5)} ${px(y + 6)} Z`,
        class: 'marker ks',
      });
    default: {
      const unreachable: never = kind;
      throw new Error(`no shape for ${String(unreachable)}`);
    }
  }
}

/** Every package as a dot, packages that round to the same point sharing one. */
function dots(data: ScatterData): SVGElement[] {
  const cells = new Map<number, boolean>();
  for (let k = 0; k < data.xs.length; k++) {
    const cell = Math.round(data.xs[k] ?? 0) * 101 + Math.round(data.ys[k] ?? 0);
    const signable = data.redLined[k] !== 1;
    if (signable || !cells.has(cell)) cells.set(cell, signable || (cells.get(cell) ?? false));
  }
  let signable = '';
  let crossing = '';
  for (const [cell, ok] of cells) {
    const x = sx(Math.floor(cell / 101));
    const y = sy(cell % 101);
    const square = `M${px(x - 1.3)} ${px(y - 1.3)}h2.6v2.6h-2.6z`;
    if (ok) signable += square;
    else crossing += square;
  }
  return [
    svg('path', { d: crossing, class: 'dots crossing' }),
    svg('path', { d: signable, class: 'dots signable' }),
  ];
}

/** Labels beside the plot, in the markers' order from top to bottom, never on top of each other. */
function callouts(
  markers: readonly ScatterMarker[],
  short: readonly [string, string],
): SVGElement[] {
  const placed = markers.map((m) => ({ m, y: sy(m.y) })).sort((a, b) => a.y - b.y);
  let last = Number.NEGATIVE_INFINITY;
  for (const p of placed) {
    p.y = Math.max(p.y, last + LABEL_GAP, PLOT.top + 10);
    last = p.y;
  }
  // Pushed past the bottom: shift the whole column up.
  const overflow = last - (PLOT.top + PLOT.size - 10);
  if (overflow > 0) for (const p of placed) p.y -= overflow;
  return placed.map(({ m, y }) =>
    svg(
      'g',
      { class: `callout ${m.kind}` },
      svg('line', {
        x1: px(sx(m.x)),
        y1: px(sy(m.y)),
        x2: LABELS - 4,
        y2: px(y - 4),
        class: 'leader',
      }),
      markerShape(m.kind, LABELS + 8, y - 5),
      svg('text', { x: LABELS + 20, y: px(y), class: 'callout-name' }, m.label),
      svg(
        'text',
        { x: LABELS + 20, y: px(y + 17), class: 'callout-values' },
        `${short[0]} ${m.shown[0]} · ${short[1]} ${m.shown[1]}`,
      ),
    ),
  );
}

/**
 * Every package placed by what it gives two leaders, with the pair's Pareto frontier, both
 * no-deal values and the zone better than no deal for both, and the marked packages.
 */
export function scatterSvg(data: ScatterData, labelledBy: string): SVGSVGElement {
  const [ndx, ndy] = data.noDeal;
  const right = PLOT.left + PLOT.size;
  const bottom = PLOT.top + PLOT.size;
  const ticks = [0, 20, 40, 60, 80, 100];
  const frontier = data.frontier
    .map((k) => `${px(sx(data.xs[k] ?? 0))},${px(sy(data.ys[k] ?? 0))}`)
    .join(' ');
  const zoneWidth = right - sx(ndx);
  return svg(
    'svg',
    {
      class: 'debrief-chart scatter',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': labelledBy,
    },
    svg('rect', {
      x: px(sx(ndx)),
      y: PLOT.top,
      width: px(zoneWidth),
      height: px(sy(ndy) - PLOT.top),
      class: 'zone',
    }),
    ...ticks.map((t) =>
      svg(
        'g',
        {},
        svg('line', {
          x1: px(sx(t)),
          x2: px(sx(t)),
          y1: PLOT.top,
          y2: bottom,
          class: 'chart-grid',
        }),
        svg('line', {
          x1: PLOT.left,
          x2: right,
          y1: px(sy(t)),
          y2: px(sy(t)),
          class: 'chart-grid',
        }),
        svg(
          'text',
          { x: px(sx(t)), y: bottom + 18, class: 'chart-tick', 'text-anchor': 'middle' },
          String(t),
        ),
        svg(
          'text',
          { x: PLOT.left - 8, y: px(sy(t) + 4), class: 'chart-tick', 'text-anchor': 'end' },
          String(t),
        ),
      ),
    ),
    svg('rect', {
      x: PLOT.left,
      y: PLOT.top,
      width: PLOT.size,
      height: PLOT.size,
      class: 'plot-frame',
    }),
    ...dots(data),
    svg('polyline', { points: frontier, class: 'frontier' }),
    svg('line', {
      x1: px(sx(ndx)),
      x2: px(sx(ndx)),
      y1: PLOT.top,
      y2: bottom,
      class: 'no-deal-line',
    }),
    svg('line', {
      x1: PLOT.left,
      x2: right,
      y1: px(sy(ndy)),
      y2: px(sy(ndy)),
      class: 'no-deal-line',
    }),
    zoneWidth > 170
      ? svg(
          'text',
          { x: right - 6, y: PLOT.top + 16, class: 'zone-label', 'text-anchor': 'end' },
          'Better than no deal for both',
        )
      : null,
    svg(
      'text',
      { x: px(sx(ndx) + 5), y: bottom - 8, class: 'no-deal-label' },
      `${data.short[0]} no deal ${Math.round(ndx)}`,
    ),
    svg(
      'text',
      { x: PLOT.left + 6, y: px(sy(ndy) - 6), class: 'no-deal-label' },
      `${data.short[1]} no deal ${Math.round(ndy)}`,
    ),
    ...data.markers.map((m) => markerShape(m.kind, sx(m.x), sy(m.y))),
    ...callouts(data.markers, data.short),
    svg(
      'text',
      { x: PLOT.left + PLOT.size / 2, y: HEIGHT - 8, class: 'axis-title', 'text-anchor': 'middle' },
      `${data.names[0]}: what a package gives it →`,
    ),
    svg(
      'text',
      {
        x: 0,
        y: 0,
        class: 'axis-title',
        'text-anchor': 'middle',
        transform: `translate(16 ${PLOT.top + PLOT.size / 2}) rotate(-90)`,
      },
      `${data.names[1]}: what a package gives it →`,
    ),
  );
}
