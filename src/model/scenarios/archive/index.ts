import type { ScenarioHashScheme } from '../../scenario-hash';

/**
 * Earlier versions of the built-in scenarios, exactly as a release shipped them, by scenario id,
 * newest first. A save names its scenario by id and hash; it replays under whichever version,
 * current or archived, has that hash. So before a release changes what decides a built-in game
 * (any id or number, or RULES_VERSION: see scenario-hash.ts), the file as it was is copied to
 * `assets/scenarios/archive/` (`alaska-2025.r1.json`, listed in ARCHIVE_FILES), and `test/fixtures/shipped-scenarios.json` gains the
 * new hashes. Rewording prose changes no game hash and needs no copy (see below for the saves of
 * release 0.1); renaming a party's country or an issue's or option's label does, and needs one.
 *
 * `alaska-2025.r1.json` and `silverrun-dam.r1.json` are the files release 0.2 shipped and played
 * under rules 1 (release 0.1's differ only in wording; see EARLIER_HASHES), before rules 2 gave
 * them concession curves, news and new numbers.
 * The test of shipped hashes fails the day a change needs another archived copy.
 */
export const ARCHIVE_FILES: Readonly<Record<string, readonly string[]>> = {
  'alaska-2025': ['alaska-2025.r1.json'],
  'silverrun-dam': ['silverrun-dam.r1.json'],
};

/**
 * The archived versions' data, by scenario id, as given to registerArchivedScenarios. They are
 * data, needed only to replay old saves: the command line reads them from the files, and the
 * browser fetches them once the title is up, instead of carrying them in its code.
 */
const registered = new Map<string, readonly unknown[]>();

/** Makes the archived versions of a built-in scenario (file data, newest first) known. */
export function registerArchivedScenarios(id: string, versions: readonly unknown[]): void {
  registered.set(id, versions);
}

/** The archived versions of a built-in scenario registered so far, newest first. */
export function archivedScenarioData(id: string): readonly unknown[] {
  return registered.get(id) ?? [];
}

/**
 * Hashes by which earlier saves name a built-in scenario whose numbers a version still has (all
 * under rules 1):
 * release 0.1 named it by the hash of its whole text (`content`), so its saves would be stranded
 * by the first reworded sentence; saves made on main between release 0.1 and the day the game
 * hash came to cover the names the outcome quotes (`game`, same numbers) named it by a narrower
 * game hash. Each is paired with the game hash, as computed now, of the file it named: a save
 * naming it replays under any version, current or archived, that has that game hash, whatever
 * its other wording.
 */
export const EARLIER_HASHES: ReadonlyMap<
  string,
  { readonly id: string; readonly scheme: ScenarioHashScheme; readonly gameHash: string }
> = new Map([
  [
    '0dfee1c8ec0e20085376dca9df4b',
    { id: 'alaska-2025', scheme: 'content', gameHash: '1b636c73cabd2a170ed0639c412a' },
  ],
  [
    '119d5d5f5494a81acc2d8c3df9e3',
    { id: 'alaska-2025', scheme: 'game', gameHash: '1b636c73cabd2a170ed0639c412a' },
  ],
  [
    '172f9995659ff31340fce79a6169',
    { id: 'silverrun-dam', scheme: 'content', gameHash: '14b54df07ee2c21ac8b238834801' },
  ],
  [
    '19752c4fd50cb0130a8ea73783e9',
    { id: 'silverrun-dam', scheme: 'game', gameHash: '14b54df07ee2c21ac8b238834801' },
  ],
]);
