import type { Choice, ScenarioModel } from './compile';

/** One issue on which a package gives a party less than it wanted. */
export interface Concession {
  readonly issue: string;
  /** The option the package chose. */
  readonly option: string;
  /** The option the party values most on this issue (the first, if several tie). */
  readonly favourite: string;
  /** Utility points the party gives up here: the issue's weight share × the value difference. */
  readonly weightedLoss: number;
}

export interface PartyConcessions {
  readonly party: string;
  /** Largest loss first; equal losses keep scenario order. */
  readonly concessions: readonly Concession[];
}

/**
 * A party concedes on an issue when the package's option there is worth less to it than its
 * favourite option of that issue and the issue carries weight for it, so that it costs utility.
 */
export function concessions(model: ScenarioModel, choice: Choice): PartyConcessions[] {
  return model.partyIds.map((party, p) => {
    const weights = model.weights[p] ?? [];
    const values = model.values[p] ?? [];
    const total = model.weightSums[p] ?? 1;
    const conceded: Concession[] = [];
    model.issueIds.forEach((issue, i) => {
      const options = values[i] ?? [];
      const chosen = choice[i] ?? 0;
      const best = Math.max(...options);
      const favourite = options.indexOf(best);
      const loss = ((weights[i] ?? 0) * (best - (options[chosen] ?? 0))) / total;
      if (loss <= 0) return;
      conceded.push({
        issue,
        option: model.optionIds[i]?.[chosen] ?? '',
        favourite: model.optionIds[i]?.[favourite] ?? '',
        weightedLoss: loss,
      });
    });
    // Array.prototype.sort is stable, so ties stay in scenario order.
    conceded.sort((a, b) => b.weightedLoss - a.weightedLoss);
    return { party, concessions: conceded };
  });
}
