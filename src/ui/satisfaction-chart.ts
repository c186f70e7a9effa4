import type { Scene } from 'phaser';
import { COLOURS } from '../game/scene-keys';
import type { Party } from '../model/types';
import { drawEmblem } from './emblem';
import { textStyle } from './text-style';

/** One leader's line of the chart. */
export interface SatisfactionRow {
  readonly party: Party;
  /** "President … (country)". */
  readonly name: string;
  /** What the package is worth to the leader (0–100), or null when there is no package. */
  readonly value: number | null;
  /** The leader's no-deal value in this game. */
  readonly noDeal: number;
  /** The numbers in words, drawn under the bar. */
  readonly caption: string;
}

export interface ChartLayout {
  readonly x: number;
  readonly y: number;
  /** Width of the 0–100 scale. */
  readonly scale: number;
  readonly rowHeight: number;
  /** The package was only tabled, never signed: its bars are grey. */
  readonly hypothetical: boolean;
  /** Bars grow in when motion is allowed. */
  readonly animate: boolean;
}

/**
 * A horizontal bar per leader: what the package is worth to it, with a dark tick at its no-deal
 * value, so "above the tick" reads as "better off than with no deal".
 */
export function drawSatisfactionChart(
  scene: Scene,
  rows: readonly SatisfactionRow[],
  layout: ChartLayout,
): void {
  const { x, scale, rowHeight } = layout;
  const left = x + 84;
  rows.forEach((row, i) => {
    const top = layout.y + i * rowHeight;
    const barY = top + 46;
    drawEmblem(scene, row.party, x + 32, top + 44, 30);
    scene.add.text(left, top, row.name, textStyle(20, { fontStyle: 'bold', color: '#14213d' }));
    scene.add.rectangle(left, barY, scale, 26, 0xe9e2cf).setOrigin(0, 0.5);
    if (row.value !== null) {
      const colour = layout.hypothetical
        ? COLOURS.muted
        : row.value >= row.noDeal
          ? COLOURS.deal
          : COLOURS.surrender;
      const bar = scene.add
        .rectangle(left, barY, (scale * row.value) / 100, 26, colour)
        .setOrigin(0, 0.5);
      if (layout.hypothetical) bar.setStrokeStyle(2, COLOURS.stalemate);
      if (layout.animate) {
        scene.tweens.add({
          targets: bar,
          scaleX: { from: 0, to: 1 },
          duration: 700,
          delay: 200 + i * 150,
          ease: 'Cubic.easeOut',
        });
      }
    }
    scene.add
      .rectangle(left + (scale * row.noDeal) / 100, barY, 6, 44, COLOURS.ink)
      .setOrigin(0.5, 0.5);
    scene.add.text(left, top + 74, row.caption, textStyle(18, { color: '#3d4a63' }));
  });
}
