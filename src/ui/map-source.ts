import mapUrl from '../../assets/maps/ukraine.svg?url';

export { mapUrl };

let early: string | null = null;

/**
 * Starts downloading the map as the page opens, while Phaser is still arriving. If it is here
 * by the time the preloader runs, the preloader has nothing left to wait for.
 */
export function prefetchMap(): void {
  fetch(mapUrl)
    .then((response) => (response.ok ? response.text() : null))
    .then((text) => {
      early = text;
    })
    .catch(() => undefined);
}

/** The map's SVG text if the early download has finished. */
export function prefetchedMap(): string | null {
  return early;
}
