/**
 * A colour in CSS hexadecimal notation — `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`, as a
 * minifier may shorten it, and as a scenario's emblem may give it — as the number Phaser's
 * shapes take (0xrrggbb; any alpha is dropped). Null for anything else (a named colour, rgb()).
 */
export function hexColourNumber(css: string): number | null {
  const match = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(css.trim());
  const digits = match?.[1];
  if (!digits) return null;
  const rgb =
    digits.length <= 4 ? [...digits.slice(0, 3)].map((d) => d + d).join('') : digits.slice(0, 6);
  return Number.parseInt(rgb, 16);
}
