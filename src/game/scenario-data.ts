import { BUILT_IN_SCENARIO_FILES, registerBuiltInScenario } from '../model/scenarios';
import { ARCHIVE_FILES, registerArchivedScenarios } from '../model/scenarios/archive';

/** Where the build put each scenario file of assets/scenarios/, by its path under that folder. */
const URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../assets/scenarios/**/*.json', {
      query: '?url',
      import: 'default',
      eager: true,
    }),
  ).map(([path, url]) => [path.slice('../../assets/scenarios/'.length), url]),
);

/** One scenario file's data, as parsed from JSON; rejects on a missing file or a failed download. */
async function fetchScenarioFile(file: string): Promise<unknown> {
  const url = URLS[file];
  if (!url) throw new Error(`no scenario file ${file}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return response.json();
}

/** Runs `load` on the first call and shares its promise; after a failure the next call runs it again. */
function once(load: () => Promise<void>): () => Promise<void> {
  let loading: Promise<void> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/**
 * Fetches the built-in scenarios (assets/scenarios/*.json) and makes them known: the title
 * needs them, so the game starts once they have arrived (the page asks for them early, with a
 * preload hint, and the service worker keeps them for offline play). Rejects when one could not
 * be downloaded; the caller says so and offers to reload.
 */
export const loadBuiltInScenarios: () => Promise<void> = once(async () => {
  const files = await Promise.all(
    Object.entries(BUILT_IN_SCENARIO_FILES).map(async ([id, file]) => ({
      id,
      data: await fetchScenarioFile(file),
    })),
  );
  for (const { id, data } of files) registerBuiltInScenario(id, data);
});

const loadArchives = once(async () => {
  await Promise.all(
    Object.entries(ARCHIVE_FILES).map(async ([id, files]) => {
      const versions = await Promise.all(files.map((file) => fetchScenarioFile(`archive/${file}`)));
      registerArchivedScenarios(id, versions);
    }),
  );
});

/**
 * Fetches the archived versions of the built-in scenarios, which only saves of earlier releases
 * need, and makes them known; once, after the title is up, and before any screen that opens a
 * save. Never rejects: a failed download is tried again by the next call; meanwhile such a save
 * is refused with a message, and today's saves open as ever.
 */
export function loadArchivedScenarios(): Promise<void> {
  return loadArchives().catch(() => undefined);
}
