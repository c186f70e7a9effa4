import mapUrl from '../../assets/maps/ukraine.svg?url';

export { mapUrl };

let loading: Promise<string | null> | null = null;
let text: string | null = null;

/**
 * Starts downloading the map as the page opens. A failed download is tried again by the next
 * call; until the map has arrived, screens show their map region without a map.
 */
export function prefetchMap(): Promise<string | null> {
  loading ??= fetch(mapUrl)
    .then((response) => (response.ok ? response.text() : null))
    .catch(() => null)
    .then((arrived) => {
      text = arrived;
      if (arrived === null) loading = null;
      return arrived;
    });
  return loading;
}

/** The map's SVG text once it has arrived, or null. */
export function prefetchedMap(): string | null {
  return text;
}
