type Place = 'above' | 'across' | 'below';

/**
 * Follows the section of a document the reader is at while the page scrolls: the last section
 * that has reached a line a fifth of the way down the window, or the last section of all once
 * the end of the document (`end`) is wholly in view, since a short last section may never reach
 * the line. Calls `onCurrent` with the section's index whenever either changes; returns a
 * function that stops following.
 */
export function followCurrentSection(
  sections: readonly HTMLElement[],
  end: HTMLElement,
  onCurrent: (index: number) => void,
): () => void {
  const places = new Map<Element, Place>();
  let endInView = false;
  const report = () => {
    if (endInView) {
      onCurrent(sections.length - 1);
      return;
    }
    let current = 0;
    sections.forEach((section, i) => {
      if (places.get(section) !== 'below') current = i;
    });
    onCurrent(current);
  };
  // A band rather than a line, so that a crossing is seen however the browser rounds.
  const line = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const bandTop = entry.rootBounds?.top ?? 0;
        places.set(
          entry.target,
          entry.isIntersecting
            ? 'across'
            : entry.boundingClientRect.bottom <= bandTop
              ? 'above'
              : 'below',
        );
      }
      report();
    },
    { rootMargin: '-20% 0px -76% 0px' },
  );
  const last = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) endInView = entry.intersectionRatio >= 0.99;
      report();
    },
    { threshold: [0, 0.99] },
  );
  for (const section of sections) {
    places.set(section, 'below');
    line.observe(section);
  }
  last.observe(end);
  return () => {
    line.disconnect();
    last.disconnect();
  };
}
