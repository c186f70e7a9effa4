import { digest } from './hash';
import { outcomeWording } from './scenario-words';
import type { Scenario } from './types';

/**
 * The version of the rules in src/model (acceptance, the reducer, the outcome). Raise it with any
 * change that would play a saved game differently: saves name the rules they were played under,
 * so they are never replayed under other rules by mistake (a game mechanic of the save format).
 */
export const RULES_VERSION = 3;

/**
 * The versions of the rules this release can play a game under, newest first. Version 1 is the
 * rules of releases 0.1 and 0.2 (fixed demands at the no-deal value, consultation at a constant
 * rate, the first outcome rule and score: outcome-v1.ts); version 2 added concession curves,
 * news, risky pressure and the Pareto-monotone score; version 3 plays as version 2 but writes the
 * outcome's reasons in the scenario's own words (its `wording`; scenario-words.ts) where versions
 * 1 and 2 wrote the same words of war and peace for every scenario. A saved game is replayed,
 * and played on, under the version it was begun with.
 */
export type RulesVersion = 1 | 2 | 3;
export const RULES_VERSIONS = [3, 2, 1] as const satisfies readonly RulesVersion[];
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
 * What decides a game under a version of the rules, and nothing else: every id, weight, value,
 * red line, lever, rule and difficulty number, and the names the rules write into a game's record
 * (each party's country, each issue's and option's label, and from rules 3 on the words of the
 * scenario's `wording` the reasons use, all of which the outcome's reasons quote, and which the
 * digest of each saved state therefore covers). Titles, descriptions, positions, reasons,
 * citations, sources, emblems, the map, the other words and the discussion questions only
 * explain the game, so editing them keeps every save.
 */
export function gameDefiningData(scenario: Scenario, rules: RulesVersion = RULES_VERSION): unknown {
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
      lever: {
        reservationDrop: party.lever.reservationDrop,
        trustCost: party.lever.trustCost,
        walkOutRisk: party.lever.walkOutRisk,
      },
      concession: party.concession && {
        opening: party.concession.opening.value,
        curve: party.concession.curve.value,
      },
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
      openingPremium: d.openingPremium,
    })),
    events: scenario.events?.map(({ id, sessions, effects }) => ({ id, sessions, effects })),
    // Rules 1 and 2 wrote the same words for every scenario: its wording decided nothing then.
    wording: rules >= 3 ? outcomeWording(scenario, rules) : undefined,
  };
}

const hashes = new WeakMap<Scenario, Map<string, string>>();

/**
 * A scenario's hash under a scheme, for games under a version of the rules: 28 hex digits.
 * Under `game`, two scenarios that differ only in their prose hash alike, and each rules version
 * gives every scenario another hash. The `content` scheme was only ever used under rules 1.
 * Remembered per scenario object (scenarios are never changed once validated), since every
 * replay asks.
 */
export function scenarioHash(
  scenario: Scenario,
  scheme: ScenarioHashScheme,
  rules: RulesVersion = RULES_VERSION,
): string {
  const key = `${scheme}:${rules}`;
  const known = hashes.get(scenario) ?? new Map<string, string>();
  hashes.set(scenario, known);
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const hash = computeHash(scenario, scheme, rules);
  known.set(key, hash);
  return hash;
}

function computeHash(scenario: Scenario, scheme: ScenarioHashScheme, rules: RulesVersion): string {
  switch (scheme) {
    case 'game':
      // Fields a scenario file of rules 1 could not have are absent there, and absent fields
      // are left out of the digest: a rules-1 file keeps the game hash it was saved under.
      return digest({ rules, game: gameDefiningData(scenario, rules) });
    case 'content':
      // As release 0.1 computed it: all but the discussion questions.
      return digest({ ...scenario, discussion: undefined });
    default: {
      const never: never = scheme;
      throw new Error(`unknown hash scheme ${String(never)}`);
    }
  }
}
