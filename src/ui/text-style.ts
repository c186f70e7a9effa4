import type { Types } from 'phaser';

export const FONT = 'Atkinson Hyperlegible, sans-serif';

/**
 * Canvas text in the game's font, drawn at twice its size so it stays sharp when the stage is
 * scaled up for a large screen.
 */
export function textStyle(
  size: number,
  style: Types.GameObjects.Text.TextStyle = {},
): Types.GameObjects.Text.TextStyle {
  return { fontFamily: FONT, fontSize: `${size}px`, color: '#14213d', resolution: 2, ...style };
}
