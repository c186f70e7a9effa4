/**
 * Time limits for the heaviest tests (thousands of fuzzed inputs, a thousand bot games, brute
 * force over every package). Each takes at most 3 s on an idle two-core machine and about three
 * times that with another process keeping both cores busy; the limit leaves ample room beyond
 * that, so a pass never depends on the machine being idle. Speed itself is measured by
 * `npm run bench`, never here.
 */
export const HEAVY_TEST_TIMEOUT = 120_000;
