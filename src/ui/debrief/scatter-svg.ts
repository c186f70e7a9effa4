import type { MarkerKind } from '../../store/debrief-view';
import { frameBackdrop, frameOverlay, type PairFrame, plotX, plotY } from '../pair-chart';
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

/** The pair's packages (the two leaders' no-deal values in this game) and the marked ones. */
export interface ScatterData extends PairFrame {
  /** 1 where a package crosses a red line. */
  readonly redLined: ArrayLike<number>;
  readonly markers: readonly ScatterMarker[];
}

const PLOT = { left: 60, top: 12, size: 380 } as const;
const WIDTH = 640;
const HEIGHT = PLOT.top + PLOT.size + 52;
const LABELS = PLOT.left + PLOT.size + 18;
/** Least vertical distance between two callout labels. */
const LABEL_GAP = 42;

const sx = (u: number) => plotX(PLOT, u);
const sy = (u: number) => plotY(PLOT, u);

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
 * Every package placed by what it gives two leaders, as dots (those crossing a red line apart),
 * in the frame the class view's chart shares (ui/pair-chart.ts): the pair's Pareto frontier,
 * both no-deal values and the zone better than no deal for both; then the marked packages, each
 * with a label in a column beside the plot.
 */
export function scatterSvg(data: ScatterData, labelledBy: string): SVGSVGElement {
  return svg(
    'svg',
    {
      class: 'debrief-chart scatter pair-chart',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'img',
      'aria-labelledby': labelledBy,
    },
    frameBackdrop(PLOT, data, 20),
    ...dots(data),
    frameOverlay(PLOT, data),
    ...data.markers.map((m) => markerShape(m.kind, sx(m.x), sy(m.y))),
    ...callouts(data.markers, data.short),
  );
}
