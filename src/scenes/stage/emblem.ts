import type { GameObjects, Scene } from 'phaser';
import { hexColourNumber } from '../../ui/colour';
import { themeColour, themeNumber } from '../../ui/theme';
import { textStyle } from './text-style';

/** A scenario's emblem colour (checked as hexadecimal when the scenario loads) as a number. */
const hex = (colour: string) => hexColourNumber(colour) ?? 0;

/** The part of a circle between two heights, as a polygon. */
function band(radius: number, top: number, bottom: number): { x: number; y: number }[] {
  const steps = 16;
  const right: { x: number; y: number }[] = [];
  for (let s = 0; s <= steps; s++) {
    const y = top + ((bottom - top) * s) / steps;
    right.push({ x: Math.sqrt(Math.max(0, radius * radius - y * y)), y });
  }
  return [...right, ...right.map((p) => ({ x: -p.x, y: p.y })).reverse()];
}

/**
 * A party's emblem: a disc in horizontal bands of its flag colours with its short name on a
 * plate — a neutral mark, never a likeness.
 */
export function drawEmblem(
  scene: Scene,
  party: { readonly short: string; readonly emblem: readonly string[] },
  x: number,
  y: number,
  radius: number,
  density: number,
): GameObjects.Container {
  const disc = scene.add.graphics();
  const colours = party.emblem.length > 0 ? party.emblem : [themeColour('muted')];
  const height = (radius * 2) / colours.length;
  colours.forEach((colour, i) => {
    const points = band(radius, -radius + i * height, -radius + (i + 1) * height);
    disc.fillStyle(hex(colour), 1);
    disc.beginPath();
    points.forEach((p, k) => {
      if (k === 0) disc.moveTo(p.x, p.y);
      else disc.lineTo(p.x, p.y);
    });
    disc.closePath();
    disc.fillPath();
  });
  disc.lineStyle(Math.max(1.5, radius / 12), themeNumber('ink')).strokeCircle(0, 0, radius);
  const plate = scene.add
    .rectangle(0, 0, radius * 1.3, radius * 0.72, themeNumber('panel'))
    .setStrokeStyle(Math.max(1, radius / 18), themeNumber('ink'));
  const label = scene.add
    .text(
      0,
      0,
      party.short,
      textStyle(radius * 0.5, density, { fontStyle: 'bold', color: themeColour('ink') }),
    )
    .setOrigin(0.5);
  return scene.add.container(x, y, [disc, plate, label]);
}
