const SVG_NS = 'http://www.w3.org/2000/svg';
/** The chart's size in stage pixels, and where its 0–100 × 0–100 square sits inside it. */
export const SIZE = { width: 570, height: 478 } as const;
export const PLOT = { left: 66, top: 14, size: 410 } as const;

type Attrs = Record<string, string | number>;

/** An SVG element with its attributes and children; text is set as text, never parsed. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, String(value));
  element.append(...children);
  return element;
}

/** Where a utility (0–100) of the leader across falls on the chart, in stage pixels. */
export const px = (u: number) => PLOT.left + (PLOT.size * u) / 100;
/** Where a utility (0–100) of the leader up falls on the chart, in stage pixels from the top. */
export const py = (u: number) => PLOT.top + PLOT.size - (PLOT.size * u) / 100;
