import type { VersusNoDeal } from '../../model/results';
import type { Party } from '../../model/types';
import { px, svg } from '../svg';

/** One leader's row of the chart. */
export interface SatisfactionBar {
  readonly party: Party;
  /** What the package is worth to the leader (0–100), or null when nothing was tabled. */
  readonly value: number | null;
  /** The leader's no-deal value in this game. */
  readonly noDeal: number;
  /** Its demand after pressure, when pressure was used on it. */
  readonly pressured: number | null;
  /** Whether the package leaves it better off than no deal (results.ts); null without one. */
  readonly versus: VersusNoDeal | null;
  /**
   * The numbers written beside the bar, rounded for people: the value, the no-deal value, how far
   * apart they are, and the demand after pressure (at least 0).
   */
  readonly shown: {
    readonly value: number | null;
    readonly noDeal: number;
    readonly gap: number | null;
    readonly pressured: number | null;
  };
}

const ROW = 66;
const SCALE = { x: 204, width: 290 } as const;
const WIDTH = 660;
const at = (value: number) => SCALE.x + (SCALE.width * Math.max(0, Math.min(100, value))) / 100;

/**
 * A bar per leader: what the package is worth to it, with a solid tick at its no-deal value and
 * a dashed one where pressure pushed that value down; the numbers are written beside each bar.
 * Drawn as SVG so that it prints.
 */
export function satisfactionSvg(
  bars: readonly SatisfactionBar[],
  hypothetical: boolean,
  labelledBy: string,
): SVGSVGElement {
  const height = bars.length * ROW + 26;
  const grid = [0, 25, 50, 75, 100].map((v) =>
    svg(
      'g',
      {},
      svg('line', {
        x1: px(at(v)),
        x2: px(at(v)),
        y1: 0,
        y2: bars.length * ROW,
        class: 'chart-grid',
      }),
      svg(
        'text',
        { x: px(at(v)), y: height - 6, class: 'chart-tick', 'text-anchor': 'middle' },
        String(v),
      ),
    ),
  );
  const rows = bars.map((bar, i) => {
    const top = i * ROW;
    const barY = top + 16;
    const kind =
      bar.versus === null
        ? ''
        : hypothetical
          ? 'hypothetical'
          : bar.versus === 'worse-off'
            ? 'worse'
            : 'better';
    const gap = bar.shown.gap ?? 0;
    const verdict =
      bar.versus === null
        ? 'nothing tabled'
        : bar.versus === 'better-off'
          ? `better off by ${gap}`
          : bar.versus === 'worse-off'
            ? `worse off by ${gap}`
            : 'no better off';
    return svg(
      'g',
      {},
      svg('text', { x: 0, y: top + 26, class: 'chart-name' }, bar.party.country),
      svg(
        'text',
        { x: 0, y: top + 44, class: 'chart-small' },
        `${bar.party.leader.title} ${bar.party.leader.name}`,
      ),
      svg('rect', { x: SCALE.x, y: barY, width: SCALE.width, height: 22, class: 'chart-track' }),
      bar.value === null
        ? null
        : svg('rect', {
            x: SCALE.x,
            y: barY,
            width: px(at(bar.value) - SCALE.x),
            height: 22,
            class: `chart-bar ${kind}`,
          }),
      bar.pressured === null
        ? null
        : svg('line', {
            x1: px(at(bar.pressured)),
            x2: px(at(bar.pressured)),
            y1: barY - 8,
            y2: barY + 30,
            class: 'chart-pressured',
          }),
      svg('rect', {
        x: px(at(bar.noDeal) - 2.5),
        y: barY - 8,
        width: 5,
        height: 38,
        class: 'chart-no-deal',
      }),
      svg(
        'text',
        { x: SCALE.x + SCALE.width + 14, y: top + 24, class: 'chart-value' },
        bar.shown.value === null ? `no deal ${bar.shown.noDeal}` : String(bar.shown.value),
        bar.shown.value === null
          ? null
          : svg('tspan', { class: 'chart-small' }, ` · no deal ${bar.shown.noDeal}`),
      ),
      svg('text', { x: SCALE.x + SCALE.width + 14, y: top + 42, class: 'chart-small' }, verdict),
      bar.pressured === null
        ? null
        : svg(
            'text',
            { x: SCALE.x + SCALE.width + 14, y: top + 58, class: 'chart-small' },
            `pressure took it to ${bar.shown.pressured ?? 0}`,
          ),
    );
  });
  return svg(
    'svg',
    {
      class: 'debrief-chart satisfaction',
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-labelledby': labelledBy,
    },
    ...grid,
    ...rows,
  );
}
