import type { Choice, ScenarioModel } from './compile';

/** A party's utility (0–100) is the weighted average of its values for the chosen options. */
export function utility(model: ScenarioModel, party: number, choice: Choice): number {
  const weights = model.weights[party] ?? [];
  const values = model.values[party] ?? [];
  let sum = 0;
  for (let i = 0; i < weights.length; i++)
    sum += (weights[i] ?? 0) * (values[i]?.[choice[i] ?? 0] ?? 0);
  return sum / (model.weightSums[party] ?? 1);
}

/** Every party's utility of a package, in scenario order. */
export function utilities(model: ScenarioModel, choice: Choice): number[] {
  return model.partyIds.map((_, p) => utility(model, p, choice));
}

/** The first issue (in scenario order) on which a package crosses one of the party's red lines. */
export function crossedRedLine(model: ScenarioModel, party: number, choice: Choice): number {
  const lines = model.redLines[party] ?? [];
  return lines.findIndex((options, i) => options[choice[i] ?? 0] === true);
}

/**
 * The issue that hurts a party most: where the chosen option costs it the most weighted value
 * against its favourite option of that issue (ties go to the earlier issue).
 */
export function mostHurtingIssue(model: ScenarioModel, party: number, choice: Choice): number {
  const weights = model.weights[party] ?? [];
  const values = model.values[party] ?? [];
  let worst = 0;
  let worstLoss = -1;
  for (let i = 0; i < weights.length; i++) {
    const options = values[i] ?? [];
    const loss = (weights[i] ?? 0) * (Math.max(...options) - (options[choice[i] ?? 0] ?? 0));
    if (loss > worstLoss) {
      worst = i;
      worstLoss = loss;
    }
  }
  return worst;
}

/** Utility rounded for people: one decimal place. */
export function roundUtility(value: number): number {
  return Math.round(value * 10) / 10;
}
