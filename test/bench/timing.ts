/** Wall-clock samples of one piece of work, in milliseconds. */
export interface Timing {
  readonly samples: readonly number[];
  readonly median: number;
  readonly min: number;
}

/** The middle sample (the mean of the two middle ones for an even count). */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Runs `work` once untimed to warm up, then `runs` times timed; `prepare` runs before each
 * call outside the timing, so each timed call can start from fresh input.
 */
export function measure<I, R>(
  runs: number,
  prepare: () => I,
  work: (input: I) => R,
): { timing: Timing; result: R } {
  let result = work(prepare());
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const input = prepare();
    const start = performance.now();
    result = work(input);
    samples.push(performance.now() - start);
  }
  return { timing: { samples, median: median(samples), min: Math.min(...samples) }, result };
}
