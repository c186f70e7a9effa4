import type { Party } from '../model/types';
import { svg } from './svg';
import { themeColour } from './theme';

/**
 * A party's emblem as SVG: a disc in horizontal bands of its flag colours with its short name
 * on a plate — a neutral mark, never a likeness. Decorative: the party's name is always written
 * beside it, so assistive technology skips it. `size` is its width in CSS pixels.
 */
export function emblem(party: Party, size: number): SVGSVGElement {
  const colours = party.emblem.length > 0 ? party.emblem : [themeColour('muted')];
  const band = 100 / colours.length;
  const clip = `emblem-clip-${party.id.replace(/[^\w-]/g, '_')}`;
  return svg(
    'svg',
    {
      class: 'emblem',
      viewBox: '0 0 100 100',
      width: size,
      height: size,
      'aria-hidden': 'true',
      focusable: 'false',
    },
    svg('defs', {}, svg('clipPath', { id: clip }, svg('circle', { cx: 50, cy: 50, r: 47 }))),
    svg(
      'g',
      { 'clip-path': `url(#${clip})` },
      ...colours.map((colour, i) =>
        svg('rect', { x: 0, y: i * band, width: 100, height: band + 0.5, fill: colour }),
      ),
    ),
    svg('circle', { class: 'emblem-rim', cx: 50, cy: 50, r: 47, fill: 'none' }),
    svg('rect', { class: 'emblem-plate', x: 18, y: 32, width: 64, height: 36, rx: 4 }),
    svg(
      'text',
      {
        class: 'emblem-label',
        x: 50,
        y: 51,
        'text-anchor': 'middle',
        'dominant-baseline': 'middle',
      },
      party.short,
    ),
  );
}
