/**
 * Earlier versions of the built-in scenarios, exactly as a release shipped them, by scenario id,
 * newest first. A save names its scenario by id and hash; it replays under whichever version,
 * current or archived, has that hash. So before a release changes what decides a built-in game
 * (any id or number, or RULES_VERSION: see scenario-hash.ts), the file as it was is copied here
 * (`alaska-2025.r1.json`, imported below), and `test/fixtures/shipped-scenarios.json` gains the
 * new hashes. Rewording prose changes no hash and needs no copy.
 *
 * Release 0.1 shipped the files now in src/model/scenarios/ unchanged, so nothing is archived
 * yet; the test of shipped hashes fails the day a change needs an archived copy.
 */
export const ARCHIVED_SCENARIOS: Readonly<Record<string, readonly unknown[]>> = {};
