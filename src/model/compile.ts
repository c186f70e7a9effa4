import {
  RULES_VERSION,
  type RulesVersion,
  type ScenarioHashScheme,
  scenarioHash,
} from './scenario-hash';
import type { Package, Scenario } from './types';

/**
 * A scenario turned into arrays indexed by party, issue and option, for fast and exact
 * arithmetic. Weights and values are whole numbers, so utilities compare exactly.
 */
export interface ScenarioModel {
  readonly scenario: Scenario;
  /** The scenario's hash under `hashScheme`: saves name a scenario by its id and this hash. */
  readonly hash: string;
  /** `game` for every game begun by this release; `content` for games saved by release 0.1. */
  readonly hashScheme: ScenarioHashScheme;
  /** The version of the rules games of this model are played under (scenario-hash.ts). */
  readonly rules: RulesVersion;
  readonly partyIds: readonly string[];
  readonly issueIds: readonly string[];
  readonly optionIds: readonly (readonly string[])[];
  /** weights[party][issue] */
  readonly weights: readonly (readonly number[])[];
  readonly weightSums: readonly number[];
  /** values[party][issue][option], 0–100 */
  readonly values: readonly (readonly (readonly number[])[])[];
  /** redLines[party][issue][option] */
  readonly redLines: readonly (readonly (readonly boolean[])[])[];
  /** The unpressured no-deal value of each party. */
  readonly reservationValues: readonly number[];
  /** durability[issue][option], 0–100 */
  readonly durability: readonly (readonly number[])[];
  /** The worst and best utility each party can get from any package. */
  readonly minUtility: readonly number[];
  readonly maxUtility: readonly number[];
  readonly packageCount: number;
}

/** A package as the index of the chosen option for each issue, in scenario order. */
export type Choice = readonly number[];

/** Compiled models per scenario object, by the scheme and hash they carry. */
const compiled = new WeakMap<Scenario, Map<string, ScenarioModel>>();

/**
 * Compiles a validated scenario; the result is cached per scenario object, hash scheme and rules
 * version. A new game uses the `game` scheme and the current rules; a save is replayed under the
 * scheme it named its scenario by and the rules that name was made under (release 0.1's
 * `content` scheme: rules 1). `namedAs` is the hash a save of release 0.1 gave another wording
 * of the same game (see scenarios/archive/index.ts): the model carries that hash, so the save's
 * states match.
 */
export function compileScenario(
  scenario: Scenario,
  hashScheme: ScenarioHashScheme = 'game',
  namedAs?: string,
  rules: RulesVersion = hashScheme === 'content' ? 1 : RULES_VERSION,
): ScenarioModel {
  const hash = namedAs ?? scenarioHash(scenario, hashScheme, rules);
  const key = `${hashScheme}:${rules}:${hash}`;
  const cache = compiled.get(scenario) ?? new Map<string, ScenarioModel>();
  compiled.set(scenario, cache);
  const cached = cache.get(key);
  if (cached) return cached;
  const issues = scenario.issues;
  const optionIds = issues.map((i) => i.options.map((o) => o.id));
  const weights = scenario.parties.map((p) => issues.map((i) => p.priorities[i.id]?.weight ?? 0));
  const values = scenario.parties.map((p) =>
    issues.map((i) => i.options.map((o) => p.priorities[i.id]?.options[o.id]?.value ?? 0)),
  );
  const redLines = scenario.parties.map((p) =>
    issues.map((i) =>
      i.options.map((o) => p.redLines.some((r) => r.issue === i.id && r.option === o.id)),
    ),
  );
  const weightSums = weights.map((w) => w.reduce((a, b) => a + b, 0));
  const extreme = (pick: (xs: number[]) => number) =>
    scenario.parties.map(
      (_, p) =>
        issues.reduce(
          (sum, _issue, i) => sum + (weights[p]?.[i] ?? 0) * pick(values[p]?.[i] ?? [0]),
          0,
        ) / (weightSums[p] ?? 1),
    );
  const model: ScenarioModel = {
    scenario,
    hash,
    hashScheme,
    rules,
    partyIds: scenario.parties.map((p) => p.id),
    issueIds: issues.map((i) => i.id),
    optionIds,
    weights,
    weightSums,
    values,
    redLines,
    reservationValues: scenario.parties.map((p) => p.reservationValue.value),
    durability: issues.map((i) => i.options.map((o) => o.durability.value)),
    minUtility: extreme((xs) => Math.min(...xs)),
    maxUtility: extreme((xs) => Math.max(...xs)),
    packageCount: optionIds.reduce((n, o) => n * o.length, 1),
  };
  cache.set(key, model);
  return model;
}

export type ChoiceResult =
  | { readonly ok: true; readonly choice: Choice }
  | { readonly ok: false; readonly error: string };

/** A package is well formed when it names one known option for every issue and nothing else. */
export function choiceOf(model: ScenarioModel, pkg: unknown): ChoiceResult {
  if (pkg === null || typeof pkg !== 'object' || Array.isArray(pkg)) {
    return { ok: false, error: 'a package must be an object mapping each issue to an option' };
  }
  const record = pkg as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!model.issueIds.includes(key)) return { ok: false, error: `unknown issue "${key}"` };
  }
  const choice: number[] = [];
  for (const [i, issue] of model.issueIds.entries()) {
    if (!Object.hasOwn(record, issue)) return { ok: false, error: `missing issue "${issue}"` };
    const option = record[issue];
    const index = typeof option === 'string' ? (model.optionIds[i]?.indexOf(option) ?? -1) : -1;
    if (index < 0) {
      return { ok: false, error: `unknown option ${JSON.stringify(option)} for issue "${issue}"` };
    }
    choice.push(index);
  }
  return { ok: true, choice };
}

/** The package record of a choice, keys in scenario order. */
export function packageOf(model: ScenarioModel, choice: Choice): Package {
  const pkg: Record<string, string> = {};
  model.issueIds.forEach((issue, i) => {
    pkg[issue] = model.optionIds[i]?.[choice[i] ?? 0] ?? '';
  });
  return pkg;
}

/** The choice at a package index: issue 0 is the most significant digit. */
export function choiceAt(model: ScenarioModel, index: number): number[] {
  const choice = new Array<number>(model.optionIds.length);
  let rest = index;
  for (let i = model.optionIds.length - 1; i >= 0; i--) {
    const n = model.optionIds[i]?.length ?? 1;
    choice[i] = rest % n;
    rest = Math.floor(rest / n);
  }
  return choice;
}

/** The package index of a choice. */
export function indexOf(model: ScenarioModel, choice: Choice): number {
  let index = 0;
  for (const [i, options] of model.optionIds.entries())
    index = index * options.length + (choice[i] ?? 0);
  return index;
}
