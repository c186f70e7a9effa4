import type { ClassGame, ClassOutcome } from '../../model/class-results';
import type { Party } from '../../model/types';
import type { ChartSpace, LeaderPair, ScenarioGroup } from '../../store/class-store';
import { h } from '../dom';
import { svg } from '../svg';
import { clusterPoints, PLOT, px, py, SIZE } from './chart-geometry';
import { legendMarker, markersAndLabels, type PointGroup, textBox } from './chart-points';
import { outcomeWord } from './outcome-words';

/** The leader's short name as the chart's labels use it: "Ukraine". */
export const partyName = (party: Party | undefined) => party?.country ?? '?';

/** Markers of one outcome closer than this (stage pixels) are drawn as one: they would touch. */
const CLUSTER_RADIUS = 14;

/**
 * The package of each of `games` (of `group`) in the utility space of two leaders (`pair`, laid
 * out by `space`): a marker and a text label per outcome, games whose markers would touch drawn
 * as one, the scenario's no-deal values as dashed lines, every possible package as faint dots
 * and the two leaders' Pareto frontier as a line.
 */
export function classChart(
  group: ScenarioGroup,
  games: readonly ClassGame[],
  pair: LeaderPair,
  space: ChartSpace,
): HTMLElement {
  const [a, b] = pair;
  const { model } = group;
  const parties = model.scenario.parties;
  const nameA = partyName(parties[a]);
  const nameB = partyName(parties[b]);
  const shortA = parties[a]?.short ?? '?';
  const shortB = parties[b]?.short ?? '?';
  const [noDealA, noDealB] = space.noDeal;

  const byKind = new Map<string, { game: ClassGame; x: number; y: number }[]>();
  const offChart: ClassGame[] = [];
  for (const game of games) {
    const x = game.leaders[a]?.utility;
    const y = game.leaders[b]?.utility;
    if (x === null || x === undefined || y === null || y === undefined) {
      offChart.push(game);
      continue;
    }
    const kind = `${game.outcome} ${game.signed}`;
    byKind.set(kind, [...(byKind.get(kind) ?? []), { game, x: px(x), y: py(y) }]);
  }
  const points: PointGroup[] = [...byKind.values()].flatMap((list) =>
    clusterPoints(list, CLUSTER_RADIUS).map((members) => {
      const at = members.map((m) => list[m] as (typeof list)[number]);
      const first = at[0] as (typeof at)[number];
      return {
        x: at.reduce((sum, p) => sum + p.x, 0) / at.length,
        y: at.reduce((sum, p) => sum + p.y, 0) / at.length,
        outcome: first.game.outcome,
        signed: first.game.signed,
        games: at.map((p) => p.game).sort((p, q) => p.number - q.number),
      };
    }),
  );
  const zoneText = 'Both better off than with no deal';
  const noDealTextA = `${shortA} no deal ${noDealA}`;
  const noDealTextB = `${shortB} no deal ${noDealB}`;
  const xLabel = textBox(noDealTextA, 0, 0, 'start');
  const { elements, unlabelled } = markersAndLabels(points, parties, [
    textBox(zoneText, px(100) - 6, py(100) + 18, 'end'),
    textBox(noDealTextB, px(0) + 6, py(noDealB) - 6, 'start'),
    // The label along the no-deal line across is turned upright, so its box is too.
    { x: px(noDealA) - 22, y: py(0) - 8 - xLabel.w, w: 20, h: xLabel.w },
  ]);

  const drawing = svg(
    'svg',
    {
      class: 'class-chart-svg',
      viewBox: `0 0 ${SIZE.width} ${SIZE.height}`,
      width: SIZE.width,
      height: SIZE.height,
      role: 'group',
      'aria-labelledby': 'class-chart-title',
    },
    svg(
      'title',
      { id: 'class-chart-title' },
      `Each table’s package: its value to ${nameA} across, to ${nameB} up. The table of all games below gives the same numbers.`,
    ),
    grid(),
    cloud(space),
    svg('rect', {
      class: 'both-better',
      x: px(noDealA),
      y: py(100),
      width: px(100) - px(noDealA),
      height: py(noDealB) - py(100),
    }),
    frontierLine(space),
    noDealLine('x', noDealA, noDealTextA),
    noDealLine('y', noDealB, noDealTextB),
    // Over the lines, on a halo of the card's colour, so that no line strikes it through.
    svg(
      'text',
      { class: 'zone-label', x: px(100) - 6, y: py(100) + 18, 'text-anchor': 'end' },
      zoneText,
    ),
    axes(nameA, nameB),
    ...elements,
  );

  const legendItem = (kind: ClassOutcome, text: string) => h('li', {}, legendMarker(kind), text);
  const shown = new Set(games.map((g) => g.outcome));
  return h(
    'div',
    { class: 'class-chart' },
    // The chart keeps its drawn size, so its labels stay legible; a narrow page scrolls it.
    h(
      'div',
      {
        class: 'chart-scroll scroll-frame',
        role: 'region',
        tabindex: '0',
        'aria-label': 'Chart of every table’s result',
      },
      drawing,
    ),
    h(
      'ul',
      { class: 'chart-legend' },
      shown.has('deal') ? legendItem('deal', 'Deal: the signed package') : null,
      shown.has('surrender')
        ? legendItem('surrender', 'Surrender: signed, but one side gave in')
        : null,
      shown.has('stalemate')
        ? legendItem('stalemate', 'Stalemate: the last package tabled, never signed')
        : null,
      shown.has('unfinished')
        ? legendItem('unfinished', 'Unfinished: the last package tabled so far')
        : null,
      h(
        'li',
        {},
        lineSwatch('frontier'),
        'Pareto frontier: no package is better for both of these two leaders',
      ),
      h(
        'li',
        {},
        lineSwatch('no-deal'),
        space.noDealOfGames
          ? 'No-deal value in these games: the same in every one'
          : 'No-deal value as the scenario sets it (each game shifts it by a few hidden points)',
      ),
      h('li', {}, dotSwatch(), 'Every possible package'),
    ),
    unlabelled.length > 0
      ? h(
          'p',
          { class: 'note off-chart' },
          `No room on the chart for the labels of ${unlabelled
            .flatMap((p) => p.games.map((g) => `#${g.number}`))
            .join(', ')}: each marker still names its tables, and the table lists them.`,
        )
      : null,
    offChart.length > 0
      ? h(
          'p',
          { class: 'note off-chart' },
          `Not on the chart, as no package was tabled: ${offChart
            .map((g) => `#${g.number} (${outcomeWord(g, model.scenario)})`)
            .join(', ')}.`,
        )
      : null,
  );
}

function grid(): SVGGElement {
  const lines: SVGElement[] = [];
  for (const v of [0, 25, 50, 75, 100]) {
    lines.push(
      svg('line', { class: 'grid', x1: px(v), x2: px(v), y1: py(0), y2: py(100) }),
      svg('line', { class: 'grid', x1: px(0), x2: px(100), y1: py(v), y2: py(v) }),
      svg('text', { class: 'tick', x: px(v), y: py(0) + 22, 'text-anchor': 'middle' }, String(v)),
      svg('text', { class: 'tick', x: px(0) - 8, y: py(v) + 5, 'text-anchor': 'end' }, String(v)),
    );
  }
  return svg('g', { 'aria-hidden': 'true' }, ...lines);
}

function axes(nameA: string, nameB: string): SVGGElement {
  return svg(
    'g',
    { 'aria-hidden': 'true' },
    svg('rect', {
      class: 'plot-frame',
      x: px(0),
      y: py(100),
      width: PLOT.size,
      height: PLOT.size,
    }),
    svg(
      'text',
      { class: 'axis-label', x: px(50), y: SIZE.height - 12, 'text-anchor': 'middle' },
      `Value to ${nameA} →`,
    ),
    svg(
      'text',
      {
        class: 'axis-label',
        x: 0,
        y: 0,
        'text-anchor': 'middle',
        transform: `translate(20 ${py(50)}) rotate(-90)`,
      },
      `Value to ${nameB} →`,
    ),
  );
}

/** Every package as a faint dot, one per chart pixel, drawn as a single path. */
function cloud({ xs: x, ys: y, packageCount }: ChartSpace): SVGPathElement {
  const seen = new Set<number>();
  const parts: string[] = [];
  for (let k = 0; k < Math.min(packageCount, x.length, y.length); k++) {
    const cx = Math.round(px(x[k] ?? 0));
    const cy = Math.round(py(y[k] ?? 0));
    const key = cx * 10_000 + cy;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(`M${cx} ${cy}h0`);
  }
  // A small scenario's few packages are drawn as larger dots, so they can be seen at all.
  const few = packageCount <= 500 ? ' few' : '';
  return svg('path', { class: `cloud${few}`, d: parts.join(''), 'aria-hidden': 'true' });
}

function frontierLine({ xs, ys, frontier }: ChartSpace): SVGPolylineElement {
  const points = frontier
    .map((k) => `${px(xs[k] ?? 0).toFixed(1)},${py(ys[k] ?? 0).toFixed(1)}`)
    .join(' ');
  return svg('polyline', { class: 'frontier', points, 'aria-hidden': 'true' });
}

function noDealLine(axis: 'x' | 'y', value: number, text: string): SVGGElement {
  const line =
    axis === 'x'
      ? svg('line', { class: 'no-deal', x1: px(value), x2: px(value), y1: py(0), y2: py(100) })
      : svg('line', { class: 'no-deal', x1: px(0), x2: px(100), y1: py(value), y2: py(value) });
  const label =
    axis === 'x'
      ? svg(
          'text',
          {
            class: 'no-deal-label',
            x: 0,
            y: 0,
            transform: `translate(${px(value) - 6} ${py(0) - 8}) rotate(-90)`,
          },
          text,
        )
      : svg('text', { class: 'no-deal-label', x: px(0) + 6, y: py(value) - 6 }, text);
  return svg('g', { 'aria-hidden': 'true' }, line, label);
}

function lineSwatch(kind: 'frontier' | 'no-deal'): SVGSVGElement {
  return svg(
    'svg',
    { class: 'marker', viewBox: '0 0 28 20', width: 28, height: 20, 'aria-hidden': 'true' },
    svg('line', { class: kind, x1: 1, x2: 27, y1: 10, y2: 10 }),
  );
}

function dotSwatch(): SVGSVGElement {
  return svg(
    'svg',
    { class: 'marker', viewBox: '0 0 28 20', width: 28, height: 20, 'aria-hidden': 'true' },
    svg('path', { class: 'cloud', d: 'M6 10h0M14 7h0M21 12h0' }),
  );
}
