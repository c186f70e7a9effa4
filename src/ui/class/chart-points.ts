import type { ClassGame, ClassOutcome } from '../../model/class-results';
import type { Party } from '../../model/types';
import { svg } from '../svg';
import { type Box, placeLabels, px, py, SIZE } from './chart-geometry';
import { outcomeWord } from './outcome-words';

/**
 * Labels are 16px bold, on a line this tall (pixels): the font's ascent and descent take about
 * 21, so two labels placed one above the other never touch.
 */
const LABEL_HEIGHT = 23;

/** Games drawn as one marker: those of one outcome whose markers would cover each other. */
export interface PointGroup {
  /** The marker's centre, in stage pixels. */
  readonly x: number;
  readonly y: number;
  readonly outcome: ClassOutcome;
  readonly signed: boolean;
  /** In table order. */
  readonly games: readonly ClassGame[];
}

/** A marker's outline: circle, square, triangle or diamond, centred on (x, y). */
function markerShape(kind: ClassOutcome, x: number, y: number, r: number): SVGElement {
  switch (kind) {
    case 'deal':
      return svg('circle', { cx: x, cy: y, r });
    case 'stalemate':
      return svg('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r });
    case 'surrender':
      return svg('polygon', {
        points: `${x},${y - r * 1.25} ${x + r * 1.2},${y + r * 0.85} ${x - r * 1.2},${y + r * 0.85}`,
      });
    case 'unfinished':
      return svg('polygon', {
        points: `${x},${y - r * 1.3} ${x + r * 1.3},${y} ${x},${y + r * 1.3} ${x - r * 1.3},${y}`,
      });
    default: {
      const unreachable: never = kind;
      throw new Error(`no marker for ${String(unreachable)}`);
    }
  }
}

/** The outcome's marker as a small inline picture, for the legend and the table. */
export function legendMarker(kind: ClassOutcome): SVGSVGElement {
  return svg(
    'svg',
    {
      class: `marker marker-${kind}`,
      viewBox: '0 0 20 20',
      width: 20,
      height: 20,
      'aria-hidden': 'true',
    },
    markerShape(kind, 10, 10, 6.5),
  );
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** A label's width in pixels as the page's font draws it (an estimate without a canvas). */
function labelWidth(text: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 10;
  measuring.font = '700 16px "Atkinson Hyperlegible", system-ui, sans-serif';
  return measuring.measureText(text).width;
}

/** The box of a text drawn with 15px letters at (x, y), not rotated: for obstacles. */
export const textBox = (text: string, x: number, y: number, anchor: 'start' | 'end'): Box => {
  const w = labelWidth(text) * 0.95 + 4;
  return { x: anchor === 'start' ? x - 2 : x - w + 2, y: y - 15, w, h: 20 };
};

/**
 * Each group's marker and label ("#3 Deal 78", or "12 tables: Deal 70–80" for more than three
 * games), placed by placeLabels inside the plot, clear of every marker, of `obstacles` and of
 * each other; the largest groups are labelled first. A marker is a button that names its games;
 * `data-games` links it to their rows in the table. Returns the elements, and the groups left
 * without a label for want of room.
 */
export function markersAndLabels(
  groups: readonly PointGroup[],
  parties: readonly Party[],
  obstacles: readonly Box[],
): { readonly elements: SVGElement[]; readonly unlabelled: readonly PointGroup[] } {
  const radius = (g: PointGroup) => (g.games.length > 1 ? 9 : 7);
  const markerBoxes = groups.map((g) => {
    const r = radius(g) + 3;
    return { x: g.x - r, y: g.y - r, w: 2 * r, h: 2 * r };
  });
  const ordered = [...groups].sort((p, q) => q.games.length - p.games.length || p.y - q.y);
  const texts = ordered.map((g) => labelText(g, parties));
  const spots = placeLabels(
    ordered.map((g, i) => ({
      x: g.x,
      y: g.y,
      w: labelWidth(texts[i] ?? '') + 6,
      h: LABEL_HEIGHT,
    })),
    { x: px(0) + 2, y: 0, w: SIZE.width - px(0) - 4, h: py(0) - 2 },
    [...obstacles, ...markerBoxes],
  );
  const markers: SVGElement[] = [];
  const labels: SVGElement[] = [];
  const unlabelled: PointGroup[] = [];
  for (const [i, group] of ordered.entries()) {
    const { x, y, games } = group;
    const numbers = games.map((g) => `#${g.number}`);
    const named = `${games.length === 1 ? 'Table' : 'Tables'} ${numbers.join(', ')}: ${pointWord(games, parties)}`;
    markers.push(
      svg(
        'g',
        {
          class: `point point-${group.outcome}${group.signed ? '' : ' unsigned'}`,
          tabindex: 0,
          role: 'button',
          'aria-label': `${named}. Show in the table`,
          'data-games': games.map((g) => g.number).join(' '),
        },
        svg(
          'title',
          {},
          games.map((g) => `#${g.number} ${g.file}: ${outcomeWord(g, { parties })}`).join('\n'),
        ),
        markerShape(group.outcome, x, y, radius(group)),
      ),
    );
    const spot = spots[i];
    if (!spot) {
      unlabelled.push(group);
      continue;
    }
    // A label set further out than beside its marker is tied to it by a thin line.
    const nx = Math.max(spot.x, Math.min(x, spot.x + spot.w));
    const ny = Math.max(spot.y, Math.min(y, spot.y + spot.h));
    if (Math.hypot(nx - x, ny - y) > 14) {
      labels.push(svg('line', { class: 'leader', x1: x, y1: y, x2: nx, y2: ny }));
    }
    labels.push(
      svg(
        'text',
        {
          class: `point-label label-${group.outcome}`,
          x: spot.x + 3,
          y: spot.y + LABEL_HEIGHT - 6,
          'aria-hidden': 'true',
          'data-games': games.map((g) => g.number).join(' '),
        },
        texts[i] ?? '',
      ),
    );
  }
  // Hollow markers (never signed) go underneath the signed ones; lines under the labels.
  const signedLast = (m: SVGElement) => (m.classList.contains('unsigned') ? 0 : 1);
  return {
    elements: [
      ...labels.filter((l) => l.tagName === 'line'),
      ...markers.sort((p, q) => signedLast(p) - signedLast(q)),
      ...labels.filter((l) => l.tagName !== 'line'),
    ],
    unlabelled,
  };
}

/** A label's words: the games' numbers and outcome, or their count past three games. */
function labelText(group: PointGroup, parties: readonly Party[]): string {
  const { games } = group;
  const who =
    games.length > 3 ? `${games.length} tables:` : games.map((g) => `#${g.number}`).join(' ');
  return `${who} ${pointWord(games, parties)}`;
}

/** The label's words: "Deal 78" (or "Deal 76–80" for several), "Stalemate", "Surrender (UA)". */
function pointWord(games: readonly ClassGame[], parties: readonly Party[]): string {
  const kind = games[0]?.outcome ?? 'unfinished';
  switch (kind) {
    case 'deal': {
      const scores = games.map((g) => g.score?.total ?? 0);
      const lo = Math.min(...scores);
      const hi = Math.max(...scores);
      return `Deal ${lo === hi ? lo : `${lo}–${hi}`}`;
    }
    case 'surrender': {
      const who = new Set(
        games.map((g) => parties.find((p) => p.id === g.surrenderedBy)?.short ?? '?'),
      );
      return `Surrender (${[...who].join(', ')})`;
    }
    case 'stalemate':
      return 'Stalemate';
    case 'unfinished':
      return 'Unfinished';
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
