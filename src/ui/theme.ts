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

/** A colour of the theme as a number (0x14213d), the form Phaser's shapes take. */
export function themeNumber(name: ThemeColour): number {
  return Number.parseInt(themeColour(name).slice(1), 16);
}
