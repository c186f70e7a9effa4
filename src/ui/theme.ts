import { hexColourNumber } from './colour';

/** The theme's colours, declared once in theme.css and named here for the canvas. */
export type ThemeColour =
  | 'ink'
  | 'ink-soft'
  | 'paper'
  | 'paper-deep'
  | 'panel'
  | 'line'
  | 'accent'
  | 'accent-ink'
  | 'accent-soft'
  | 'focus'
  | 'deal'
  | 'deal-soft'
  | 'stalemate'
  | 'stalemate-soft'
  | 'surrender'
  | 'surrender-soft'
  | 'muted';

/** A colour of the theme as CSS text ("#14213d"), read from the page's style sheet. */
export function themeColour(name: ThemeColour): string {
  return getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim();
}

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * A colour of the theme as a number (0x14213d), the form Phaser's shapes take, however the
 * style sheet writes it (`#fff` once minified, or a colour name): the browser's own parser
 * turns anything but hexadecimal into `#rrggbb`. Black when the theme lacks the colour.
 */
export function themeNumber(name: ThemeColour): number {
  const css = themeColour(name);
  const direct = hexColourNumber(css);
  if (direct !== null) return direct;
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe) return 0;
  probe.fillStyle = '#000000';
  probe.fillStyle = css;
  return hexColourNumber(String(probe.fillStyle)) ?? 0;
}
