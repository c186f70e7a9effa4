import { analyze } from './analysis';
import type { ScenarioModel } from './compile';
import { roundUtility } from './utility';

/**
 * The two leaders whose interests clash most, for the chart's first view: the pair whose
 * utilities over all packages are the most negatively correlated (ties: scenario order).
 */
export function mostOpposedPair(model: ScenarioModel): readonly [number, number] {
  const { utilities: u } = analyze(model);
  let best: [number, number] = [0, Math.min(1, model.partyIds.length - 1)];
  let lowest = Number.POSITIVE_INFINITY;
  for (let a = 0; a < u.length; a++) {
    for (let b = a + 1; b < u.length; b++) {
      const r = correlation(u[a] as Float64Array, u[b] as Float64Array);
      if (r < lowest - 1e-12) {
        lowest = r;
        best = [a, b];
      }
    }
  }
  return best;
}

function correlation(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let sx = 0;
  let sy = 0;
  for (let k = 0; k < n; k++) {
    sx += x[k] ?? 0;
    sy += y[k] ?? 0;
  }
  const mx = sx / n;
  const my = sy / n;
  let cov = 0;
  let vx = 0;
  let vy = 0;
  for (let k = 0; k < n; k++) {
    const dx = (x[k] ?? 0) - mx;
    const dy = (y[k] ?? 0) - my;
    cov += dx * dy;
    vx += dx * dx;
    vy += dy * dy;
  }
  return vx > 0 && vy > 0 ? cov / Math.sqrt(vx * vy) : 0;
}

/**
 * The Pareto frontier of every package seen by two leaders alone: the points no other package
 * beats for both at once, left to right.
 */
export function pairFrontier(
  model: ScenarioModel,
  a: number,
  b: number,
): readonly (readonly [number, number])[] {
  const { utilities: u, packageCount } = analyze(model);
  const x = u[a];
  const y = u[b];
  if (!x || !y) return [];
  const order = Array.from({ length: packageCount }, (_, k) => k).sort(
    (i, j) => (x[j] ?? 0) - (x[i] ?? 0) || (y[j] ?? 0) - (y[i] ?? 0),
  );
  const out: [number, number][] = [];
  let bestY = Number.NEGATIVE_INFINITY;
  for (const k of order) {
    const yk = y[k] ?? 0;
    if (yk > bestY) {
      out.push([roundUtility(x[k] ?? 0), roundUtility(yk)]);
      bestY = yk;
    }
  }
  return out.reverse();
}
