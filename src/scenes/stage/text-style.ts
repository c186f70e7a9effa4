import type { Types } from 'phaser';

export const FONT = 'Atkinson Hyperlegible, sans-serif';

/**
 * Canvas text in the game's font, `size` CSS pixels high, drawn at the screen's pixel density
 * so that it stays sharp at any zoom.
 */
export function textStyle(
  size: number,
  density: number,
  style: Types.GameObjects.Text.TextStyle = {},
): Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT,
    fontSize: `${Math.round(size * 10) / 10}px`,
    resolution: density,
    ...style,
  };
}
