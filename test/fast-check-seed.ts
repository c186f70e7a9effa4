import fc from 'fast-check';

/**
 * Every property and fuzz test draws the same inputs on every run, so a failure is reproducible
 * and a pass is not luck. To explore other inputs, run with FAST_CHECK_SEED set to any whole
 * number; a failure prints the seed and path that reproduce it.
 */
const seed = Number(process.env.FAST_CHECK_SEED ?? 20250815);
if (!Number.isSafeInteger(seed)) {
  throw new Error(`FAST_CHECK_SEED must be a whole number, not "${process.env.FAST_CHECK_SEED}"`);
}
fc.configureGlobal({ seed });
