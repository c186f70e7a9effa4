import { digest } from './hash';
import type { Scenario } from './types';

/**
 * The version of the rules in src/model (acceptance, the reducer, the outcome). Raise it with any
 * change that would play a saved game differently: saves name the rules they were played under,
 * so they are never replayed under other rules by mistake (a game mechanic of the save format).
 */
export const RULES_VERSION = 1;
// The outcome's reasons are part of a game's recorded state (src/model/outcome.ts): rewording
// one of their sentences also plays a saved game differently, and raises RULES_VERSION too.

/**
 * How a save names its scenario. `game`: by what decides the game (ids, numbers and the rules
 * version), so a reworded sentence changes nothing; every save from this release on. `content`:
 * by the whole text but the discussion questions, as release 0.1 named them.
 */
export type ScenarioHashScheme = 'game' | 'content';
export const SCENARIO_HASH_SCHEMES = [
  'game',
  'content',
] as const satisfies readonly ScenarioHashScheme[];

const mapValues = <T, U>(record: Readonly<Record<string, T>>, f: (value: T) => U) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));

/**
 * What decides a game, and nothing else: every id, weight, value, red line, lever, rule and
 * difficulty number, and the names the rules write into a game's record (each party's country,
 * each issue's and option's label, which the outcome's reasons quote, and which the digest of
 * each saved state therefore covers). Titles, descriptions, positions, reasons, citations,
 * sources, emblems, the map and the discussion questions only explain the game, so editing them
 * keeps every save.
 */
export function gameDefiningData(scenario: Scenario): unknown {
  return {
    format: scenario.format,
    version: scenario.version,
    id: scenario.id,
    parties: scenario.parties.map((party) => ({
      id: party.id,
      country: party.country,
      initialTrust: party.initialTrust.value,
      reservationValue: party.reservationValue.value,
      priorities: mapValues(party.priorities, (priority) => ({
        weight: priority.weight,
        options: mapValues(priority.options, (option) => option.value),
      })),
      redLines: party.redLines.map(({ issue, option }) => ({ issue, option })),
      lever: { reservationDrop: party.lever.reservationDrop, trustCost: party.lever.trustCost },
    })),
    issues: scenario.issues.map((issue) => ({
      id: issue.id,
      label: issue.label,
      kind: issue.kind,
      regions: issue.regions,
      options: issue.options.map((option) => ({
        id: option.id,
        label: option.label,
        durability: option.durability.value,
      })),
    })),
    rules: scenario.rules,
    difficulties: mapValues(scenario.difficulties, (d) => ({
      sessions: d.sessions,
      revealPerConsult: d.revealPerConsult,
      revealedAtStart: d.revealedAtStart,
      noise: d.noise,
    })),
  };
}

const hashes = {
  game: new WeakMap<Scenario, string>(),
  content: new WeakMap<Scenario, string>(),
} as const;

/**
 * A scenario's hash under a scheme: 28 hex digits. Under `game`, two scenarios that differ only
 * in their prose hash alike, and a change of RULES_VERSION changes every hash. Remembered per
 * scenario object (scenarios are never changed once validated), since every replay asks.
 */
export function scenarioHash(scenario: Scenario, scheme: ScenarioHashScheme): string {
  const known = hashes[scheme].get(scenario);
  if (known !== undefined) return known;
  const hash = computeHash(scenario, scheme);
  hashes[scheme].set(scenario, hash);
  return hash;
}

function computeHash(scenario: Scenario, scheme: ScenarioHashScheme): string {
  switch (scheme) {
    case 'game':
      return digest({ rules: RULES_VERSION, game: gameDefiningData(scenario) });
    case 'content':
      // As release 0.1 computed it: all but the discussion questions.
      return digest({ ...scenario, discussion: undefined });
    default: {
      const never: never = scheme;
      throw new Error(`unknown hash scheme ${String(never)}`);
    }
  }
}
