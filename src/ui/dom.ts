type Child = Node | string | null | undefined | false;
type Props = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/**
 * Builds an element. Text is always set as text, never parsed as HTML, so scenario and save
 * text cannot inject markup. `on*` props become event listeners; booleans toggle attributes.
 * There is no style attribute: a strict Content-Security-Policy refuses it (use `styled`).
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, String(value));
  }
  append(element, children);
  return element;
}

/** Appends children, skipping empty ones; strings become text nodes. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Layout properties that depend on data; everything else belongs in the style sheets. */
type DataStyle = Partial<Record<'left' | 'top' | 'width' | 'height', string>>;

/**
 * Sets layout that depends on data through the element's style properties (the CSSOM), which a
 * strict Content-Security-Policy (`style-src 'self'`, as the game ships) allows, unlike a style
 * attribute. Returns the element.
 */
export function styled<E extends HTMLElement>(element: E, style: DataStyle): E {
  Object.assign(element.style, style);
  return element;
}
