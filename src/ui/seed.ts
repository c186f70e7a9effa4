/** A fresh seed for a new game; the model itself never draws on the clock or Math.random. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
