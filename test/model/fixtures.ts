import fc from 'fast-check';
import { analyze } from '../../src/model/analysis';
import {
  type Choice,
  choiceAt,
  choiceOf,
  compileScenario,
  packageOf,
  type ScenarioModel,
} from '../../src/model/compile';
import type { Action, GameState } from '../../src/model/game';
import { applyAction } from '../../src/model/reducer';
import { builtInScenario } from '../../src/model/scenarios/index';
import { opposedScenario, syntheticScenario } from '../../src/model/synthetic';
import type { Package, Scenario } from '../../src/model/types';

/** The built-in scenario, compiled. */
export function alaskaModel(): ScenarioModel {
  const scenario = builtInScenario('alaska-2025');
  if (!scenario) throw new Error('the built-in scenario alaska-2025 is missing');
  return compileScenario(scenario);
}

export {
  COMPROMISE,
  RUSSIA_GIVES_EVERYTHING,
  UKRAINE_GIVES_EVERYTHING,
} from '../canonical-packages';

/** The choice of a package that must be well formed. */
export function choice(model: ScenarioModel, pkg: Package): Choice {
  const parsed = choiceOf(model, pkg);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.choice;
}

/** Applies an action that must be accepted. */
export function act(model: ScenarioModel, state: GameState, action: Action): GameState {
  const result = applyAction(model, state, action);
  if (!result.ok) throw new Error(`${action.type} was refused: ${result.rejection.message}`);
  return result.state;
}

/** Freezes a value and everything it holds, so any mutation throws (ES modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (
    value !== null &&
    typeof value === 'object' &&
    !ArrayBuffer.isView(value) &&
    !Object.isFrozen(value)
  ) {
    for (const key of Reflect.ownKeys(value))
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/** Small generated scenarios: 1–4 issues of 2–4 options, any seed. */
export const smallSynthetic: fc.Arbitrary<Scenario> = fc
  .record({
    issues: fc.integer({ min: 1, max: 4 }),
    options: fc.integer({ min: 2, max: 4 }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map(({ issues, options, seed }) => syntheticScenario(issues, options, seed));

/** A scenario with some red lines added and the no-deal values changed. */
export function withRedLines(
  scenario: Scenario,
  lines: readonly (readonly (readonly [number, number])[])[],
  reservations: readonly number[],
): Scenario {
  return {
    ...scenario,
    parties: scenario.parties.map((party, p) => ({
      ...party,
      reservationValue: {
        ...party.reservationValue,
        value: reservations[p] ?? party.reservationValue.value,
      },
      redLines: (lines[p] ?? []).map(([i, o]) => {
        const issue = scenario.issues[i % scenario.issues.length];
        const option = issue?.options[o % issue.options.length];
        return {
          issue: issue?.id ?? '',
          option: option?.id ?? '',
          why: 'Added by a test.',
          basis: 'game-mechanic' as const,
        };
      }),
    })),
  };
}

/** A scenario with random red lines and no-deal values added. */
function withRandomRedLines(scenario: Scenario): fc.Arbitrary<Scenario> {
  const parties = scenario.parties.length;
  return fc
    .record({
      lines: fc.array(fc.array(fc.tuple(fc.nat(3), fc.nat(3)), { maxLength: 3 }), {
        minLength: parties,
        maxLength: parties,
      }),
      reservations: fc.array(fc.integer({ min: 0, max: 90 }), {
        minLength: parties,
        maxLength: parties,
      }),
    })
    .map(({ lines, reservations }) => withRedLines(scenario, lines, reservations));
}

/** Small generated scenarios with random red lines and no-deal values. */
export const smallWithRedLines: fc.Arbitrary<Scenario> = smallSynthetic.chain(withRandomRedLines);

/**
 * Small generated scenarios of 4 to 6 parties, with random red lines and no-deal values: some
 * with random interests, some with interests opposed on some issues and shared on the others.
 */
export const smallManyParties: fc.Arbitrary<Scenario> = fc
  .record({
    parties: fc.integer({ min: 4, max: 6 }),
    issues: fc.integer({ min: 1, max: 3 }),
    options: fc.integer({ min: 2, max: 3 }),
    opposed: fc.option(fc.nat(3), { nil: undefined }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map(({ parties, issues, options, opposed, seed }) =>
    opposed === undefined
      ? syntheticScenario(issues, options, seed, parties)
      : opposedScenario(parties, issues, options, Math.min(opposed, issues), seed),
  )
  .chain(withRandomRedLines);

/** A well-formed package of a scenario. */
export function packageArb(model: ScenarioModel): fc.Arbitrary<Package> {
  return fc
    .tuple(...model.optionIds.map((ids) => fc.nat(ids.length - 1)))
    .map((c) => packageOf(model, c));
}

/** Actions a mediator (or a corrupted save) might send: mostly legal, some not. */
export function actionArb(model: ScenarioModel): fc.Arbitrary<Action> {
  const party = fc.oneof(
    { arbitrary: fc.constantFrom(...model.partyIds), weight: 5 },
    { arbitrary: fc.constantFrom('nobody', '', 'US'), weight: 1 },
  );
  const malformed = packageArb(model).chain((pkg) =>
    fc.constantFrom<unknown>(
      null,
      [],
      'east',
      { ...pkg, extra: 'x' },
      { ...pkg, [model.issueIds[0] ?? '']: 'no-such-option' },
      Object.fromEntries(Object.entries(pkg).slice(1)),
    ),
  );
  const invalid = fc.oneof(
    malformed.map((pkg) => ({ type: 'propose', package: pkg })),
    fc.constantFrom<unknown>({ type: 'bribe' }, { type: 'consult' }, { type: 42 }, {}),
  ) as fc.Arbitrary<Action>;
  // Packages on the feasible frontier are the ones that get signed, so summits can succeed.
  const frontier = analyze(model).feasibleFrontier;
  const signable =
    frontier.length > 0
      ? fc.constantFrom(...frontier).map((k) => packageOf(model, choiceAt(model, k)))
      : packageArb(model);
  return fc.oneof(
    { arbitrary: party.map((p): Action => ({ type: 'consult', party: p })), weight: 12 },
    { arbitrary: party.map((p): Action => ({ type: 'pressure', party: p })), weight: 8 },
    {
      arbitrary: packageArb(model).map((p): Action => ({ type: 'propose', package: p })),
      weight: 10,
    },
    { arbitrary: signable.map((p): Action => ({ type: 'propose', package: p })), weight: 10 },
    { arbitrary: fc.constant<Action>({ type: 'summit' }), weight: 8 },
    { arbitrary: fc.constant<Action>({ type: 'adjourn' }), weight: 1 },
    { arbitrary: invalid, weight: 6 },
  );
}

/** Runs of up to 30 actions, long enough to end most games. */
export function actionsArb(model: ScenarioModel): fc.Arbitrary<Action[]> {
  return fc.array(actionArb(model), { maxLength: 30, size: 'max' });
}

/** One party of a hand-made scenario: its weight per issue, its value per option, its no-deal value. */
export interface HandMadeParty {
  readonly weights: readonly number[];
  /** values[issue][option], whole numbers 0–100. */
  readonly values: readonly (readonly number[])[];
  readonly noDeal: number;
}

/**
 * A scenario written as numbers, for rules worked out by hand: parties "party-a", "party-b", …,
 * issues "issue-1", … with as many options as the first party gives values, no red lines.
 */
export function handMadeScenario(parties: readonly HandMadeParty[]): Scenario {
  const base = syntheticScenario(1, 2, 1);
  const [template] = base.parties;
  const [issueTemplate] = base.issues;
  const [optionTemplate] = issueTemplate?.options ?? [];
  if (!template || !issueTemplate || !optionTemplate) throw new Error('no synthetic template');
  const why = 'Set by hand for a test.';
  const basis = 'game-mechanic' as const;
  const issues = (parties[0]?.values ?? []).map((options, i) => ({
    ...issueTemplate,
    id: `issue-${i + 1}`,
    label: `Issue ${i + 1}`,
    options: options.map((_, o) => ({
      ...optionTemplate,
      id: `option-${o + 1}`,
      label: `Option ${o + 1}`,
    })),
  }));
  return {
    ...base,
    id: 'hand-made',
    issues,
    parties: parties.map((spec, p) => ({
      ...template,
      id: `party-${String.fromCharCode(97 + p)}`,
      country: `Party ${String.fromCharCode(65 + p)}`,
      short: `P${String.fromCharCode(65 + p)}`,
      reservationValue: { ...template.reservationValue, value: spec.noDeal },
      redLines: [],
      priorities: Object.fromEntries(
        issues.map((issue, i) => [
          issue.id,
          {
            weight: spec.weights[i] ?? 0,
            why,
            basis,
            options: Object.fromEntries(
              issue.options.map((o, k) => [o.id, { value: spec.values[i]?.[k] ?? 0, why, basis }]),
            ),
          },
        ]),
      ),
    })),
  };
}

/**
 * Two parties whose products of gains tie exactly for packages 0 and 1 (13/3 × 81/3 and 27/3 ×
 * 39/3, both 117), where floating-point rounding would pick package 1.
 */
export const EXACTLY_TIED_PARTIES: readonly HandMadeParty[] = [
  {
    weights: [1, 2],
    values: [
      [1, 0],
      [6, 13],
    ],
    noDeal: 0,
  },
  {
    weights: [1, 2],
    values: [
      [1, 0],
      [40, 19],
    ],
    noDeal: 0,
  },
];
