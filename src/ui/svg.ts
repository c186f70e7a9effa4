type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | undefined>;

const NS = 'http://www.w3.org/2000/svg';

/**
 * Builds an SVG element, the counterpart of h() for drawings that must also print. Text is
 * always set as text, never parsed as markup.
 */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(NS, tag) as SVGElementTagNameMap[K];
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(key, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** A number for an SVG attribute: two decimals at most, so that paths stay short. */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}
