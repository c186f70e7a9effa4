import type { Outcome } from '../model/outcome';
import { svg } from './svg';

/**
 * The outcome's mark: a disc in its colour with a white sign — a tick for a deal, an equals
 * sign for a stalemate, a white flag for a surrender, three dots for a game saved before it
 * ended — so the outcome is told by shape and by its written word, never by colour alone.
 * Decorative beside the written outcome; the outcome screen and the debrief draw the same one,
 * each at its own size (`.outcome-mark` within them, base.css).
 */
export function outcomeMark(kind: Outcome['kind'] | 'unfinished'): SVGSVGElement {
  const sign = (() => {
    switch (kind) {
      case 'deal':
        return svg('path', { class: 'mark-stroke', d: 'M27 50 L44 66 L74 34' });
      case 'stalemate':
        return svg(
          'g',
          { class: 'mark-fill' },
          svg('rect', { x: 27, y: 37, width: 46, height: 8 }),
          svg('rect', { x: 27, y: 55, width: 46, height: 8 }),
        );
      case 'surrender':
        return svg(
          'g',
          { class: 'mark-fill' },
          svg('rect', { x: 29, y: 22, width: 6, height: 56 }),
          svg('rect', { x: 35, y: 22, width: 40, height: 26 }),
        );
      case 'unfinished':
        return svg(
          'g',
          { class: 'mark-fill' },
          ...[30, 50, 70].map((cx) => svg('circle', { cx, cy: 50, r: 6 })),
        );
      default: {
        const unreachable: never = kind;
        throw new Error(`no mark for ${String(unreachable)}`);
      }
    }
  })();
  return svg(
    'svg',
    {
      class: `outcome-mark ${kind}`,
      viewBox: '0 0 100 100',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    svg('circle', { class: 'mark-disc', cx: 50, cy: 50, r: 48 }),
    sign,
  );
}
