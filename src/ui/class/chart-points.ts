import type { ClassGame, ClassOutcome } from '../../model/class-results';
import type { Party } from '../../model/types';
import { px, py, SIZE, s } from './chart-geometry';
import { outcomeWord } from './outcome-words';

/** Labels are 16px bold: an average character's width and a line's height, for placing them. */
const LABEL = { charWidth: 8.6, height: 18 } as const;

/** Games that share a point and an outcome are drawn as one marker with one label. */
export interface PointGroup {
  readonly x: number;
  readonly y: number;
  readonly outcome: ClassOutcome;
  readonly signed: boolean;
  readonly games: ClassGame[];
}

/** A marker's outline: circle, square, triangle or diamond, centred on (x, y). */
function markerShape(kind: ClassOutcome, x: number, y: number, r: number): SVGElement {
  switch (kind) {
    case 'deal':
      return s('circle', { cx: x, cy: y, r });
    case 'stalemate':
      return s('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r });
    case 'surrender':
      return s('polygon', {
        points: `${x},${y - r * 1.25} ${x + r * 1.2},${y + r * 0.85} ${x - r * 1.2},${y + r * 0.85}`,
      });
    case 'unfinished':
      return s('polygon', {
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
  return s(
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

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const overlaps = (p: Box, q: Box) =>
  p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;

/**
 * Each point's marker and label ("#3 Deal 78"). A label goes to the right of its marker, else
 * to the left, above or below, wherever it overlaps neither another label nor the chart's edge.
 */
export function markersAndLabels(
  groups: readonly PointGroup[],
  parties: readonly Party[],
): SVGElement[] {
  // Markers are obstacles for every label; labels are placed top to bottom.
  const placed: Box[] = groups.map((g) => ({ x: px(g.x) - 9, y: py(g.y) - 9, w: 18, h: 18 }));
  const markers: SVGElement[] = [];
  const labels: SVGElement[] = [];
  const ordered = [...groups].sort((p, q) => q.y - p.y || p.x - q.x);
  for (const group of ordered) {
    const x = px(group.x);
    const y = py(group.y);
    const text = `${group.games.map((g) => `#${g.number}`).join(' ')} ${pointWord(group.games, parties)}`;
    const w = text.length * LABEL.charWidth;
    const hgt = LABEL.height;
    const candidates: (Box & { anchor: 'start' | 'end' | 'middle' })[] = [
      { x: x + 11, y: y - hgt / 2, w, h: hgt, anchor: 'start' },
      { x: x - 11 - w, y: y - hgt / 2, w, h: hgt, anchor: 'end' },
      { x: x - w / 2, y: y - 12 - hgt, w, h: hgt, anchor: 'middle' },
      { x: x - w / 2, y: y + 12, w, h: hgt, anchor: 'middle' },
      { x: x + 11, y: y - hgt * 1.5, w, h: hgt, anchor: 'start' },
      { x: x + 11, y: y + hgt * 0.5, w, h: hgt, anchor: 'start' },
      { x: x - 11 - w, y: y - hgt * 1.5, w, h: hgt, anchor: 'end' },
      { x: x - 11 - w, y: y + hgt * 0.5, w, h: hgt, anchor: 'end' },
    ];
    const inside = (c: Box) =>
      c.x >= 2 && c.x + c.w <= SIZE.width - 2 && c.y >= 0 && c.y + c.h <= py(0);
    const spot =
      candidates.find((c) => inside(c) && !placed.some((p) => overlaps(p, c))) ??
      candidates.find(inside) ??
      (candidates[0] as (typeof candidates)[number]);
    placed.push(spot);
    const tx = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x + w : x;
    const tooltip = group.games
      .map((g) => `#${g.number} ${g.file}: ${outcomeWord(g, { parties })}`)
      .join('\n');
    markers.push(
      s(
        'g',
        { class: `point point-${group.outcome}${group.signed ? '' : ' unsigned'}` },
        s('title', {}, tooltip),
        markerShape(group.outcome, x, y, 7),
      ),
    );
    labels.push(
      s(
        'text',
        {
          class: `point-label label-${group.outcome}`,
          x: tx,
          y: spot.y + hgt - 4,
          'text-anchor': spot.anchor,
          'aria-hidden': 'true',
        },
        text,
      ),
    );
  }
  // Hollow markers (never signed) go underneath the signed ones.
  const signedLast = (m: SVGElement) => (m.classList.contains('unsigned') ? 0 : 1);
  return [...markers.sort((p, q) => signedLast(p) - signedLast(q)), ...labels];
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
