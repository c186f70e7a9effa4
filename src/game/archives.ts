import { ARCHIVE_FILES, registerArchivedScenarios } from '../model/scenarios/archive';

/** Where the build put each archived scenario file (assets/scenarios/archive/), by file name. */
const URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../assets/scenarios/archive/*.json', {
      query: '?url',
      import: 'default',
      eager: true,
    }),
  ).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

let loading: Promise<void> | null = null;

/**
 * Fetches the archived versions of the built-in scenarios, which only saves of earlier releases
 * need, and makes them known; once, after the title is up, and before any screen that opens a
 * save. A failed download is tried again by the next call; meanwhile such a save is refused
 * with a message, and today's saves open as ever.
 */
export function loadArchivedScenarios(): Promise<void> {
  loading ??= Promise.all(
    Object.entries(ARCHIVE_FILES).map(async ([id, files]) => {
      const versions = await Promise.all(
        files.map(async (file) => {
          const url = URLS[file];
          if (!url) throw new Error(`no archived file ${file}`);
          const response = await fetch(url);
          if (!response.ok) throw new Error(`${file}: ${response.status}`);
          return (await response.json()) as unknown;
        }),
      );
      registerArchivedScenarios(id, versions);
    }),
  ).then(
    () => undefined,
    () => {
      loading = null;
    },
  );
  return loading;
}
