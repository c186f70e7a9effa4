import type { ClassGame, ClassOutcome } from '../../model/class-results';
import type { Party } from '../../model/types';
import type { ChartSpace, LeaderPair, ScenarioGroup } from '../../store/class-store';
import { h } from '../dom';
import { frameBackdrop, frameLabels, frameOverlay, type PairFrame } from '../pair-chart';
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
  const frame: PairFrame = {
    names: [nameA, nameB],
    short: [parties[a]?.short ?? '?', parties[b]?.short ?? '?'],
    noDeal: space.noDeal,
    xs: space.xs,
    ys: space.ys,
    frontier: space.frontier,
  };
  // The frame's own labels are obstacles for the games' labels.
  const frameBoxes = frameLabels(PLOT, frame).map((spot) => {
    const boxes = spot.lines.map((line, i) => textBox(line, spot.x, spot.y + 18 * i, spot.anchor));
    const w = Math.max(...boxes.map((box) => box.w));
    const first = boxes[0] ?? { x: spot.x, y: spot.y, w, h: 20 };
    // An upright label reads bottom to top from its spot: its box stands above it.
    return spot.upright
      ? { x: spot.x - 16, y: spot.y - w, w: 20, h: w }
      : {
          x: spot.anchor === 'end' ? spot.x - w + 2 : first.x,
          y: first.y,
          w,
          h: 20 * boxes.length,
        };
  });
  // The dashed no-deal lines too, so that no label is struck through by one.
  const [noDealX, noDealY] = space.noDeal;
  const lines = [
    { x: px(noDealX) - 2, y: py(100), w: 4, h: PLOT.size },
    { x: px(0), y: py(noDealY) - 2, w: SIZE.width - px(0), h: 4 },
  ];
  const { elements, unlabelled } = markersAndLabels(points, parties, [...frameBoxes, ...lines]);

  const drawing = svg(
    'svg',
    {
      class: 'class-chart-svg pair-chart',
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
    frameBackdrop(PLOT, frame, 25),
    cloud(space),
    frameOverlay(PLOT, frame),
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
        lineSwatch('no-deal-line'),
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

function lineSwatch(kind: 'frontier' | 'no-deal-line'): SVGSVGElement {
  return svg(
    'svg',
    {
      class: 'marker pair-chart',
      viewBox: '0 0 28 20',
      width: 28,
      height: 20,
      'aria-hidden': 'true',
    },
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
