import { h } from '../dom';

/**
 * A chart's frame. The chart keeps a size at which its lettering stays legible; in a column
 * narrower than that (a phone, a zoomed page) it scrolls sideways inside the frame, as a diagram
 * may (WCAG 1.4.10), while the page around it reflows.
 */
export function chartFrame(className: string, label: string, ...chart: Element[]): HTMLElement {
  return h(
    'div',
    { class: `debrief-chart-frame scroll-frame ${className}`, role: 'group', 'aria-label': label },
    ...chart,
  );
}

/**
 * Makes each chart frame under `root` a stop for the keyboard while, and only while, its chart
 * is wider than it, so that it can be scrolled without a pointer. Returns a function that stops
 * watching.
 */
export function scrollableByKeyboard(root: HTMLElement): () => void {
  const observer = new ResizeObserver((entries) => {
    for (const { target } of entries) {
      if (target.scrollWidth > target.clientWidth) target.setAttribute('tabindex', '0');
      else target.removeAttribute('tabindex');
    }
  });
  for (const frame of root.querySelectorAll('.debrief-chart-frame')) observer.observe(frame);
  return () => observer.disconnect();
}
