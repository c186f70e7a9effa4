import * as v from 'valibot';
import { frontierBound } from './pareto';
import { unrecordedQuotes } from './quotes';
import { mapTermErrors } from './scenario-map';
import { wordingQuoteErrors } from './scenario-words';
import { CONTROL_LEVELS, type Scenario } from './types';
import {
  describeIssue,
  findReservedKey,
  isRecord,
  parseJson,
  RESERVED_NAME_MESSAGE,
  RESERVED_NAMES,
} from './validation';

/** Packages a scenario may have at most; larger ones are too slow to analyse in a browser. */
export const MAX_PACKAGES = 4_194_304;

/**
 * Packages that may lie on the Pareto frontier (or its signable part) of a scenario with 4 to
 * 6 parties, by frontierBound. A game mechanic, from measurement: the frontier of 4 or more
 * dimensions is found by a sweep whose time grows faster than the frontier's size (README,
 * "Speed": with every interest opposed, 4,194,304 packages and this many on both frontiers
 * take a few seconds on a loaded two-core machine). With 2 or 3 parties the sweeps take
 * n log n time and only MAX_PACKAGES applies.
 */
export const MAX_FRONTIER_MANY_PARTIES = 65_536;

const id = v.pipe(
  v.string('must be a text id'),
  v.regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a lower-case id of letters, digits and dashes'),
  v.check((name) => !RESERVED_NAMES.has(name), RESERVED_NAME_MESSAGE),
);
const text = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
const whole = (min: number, max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
const decimal = (min: number, max: number) =>
  v.pipe(
    v.number('must be a number'),
    v.finite('must be a finite number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );

const citation = v.strictObject({ source: id, note: text(400) });
const rationale = {
  why: text(400),
  basis: v.picklist(
    ['reported', 'assumption', 'game-mechanic'],
    'must be "reported", "assumption" or "game-mechanic"',
  ),
  cite: v.optional(citation),
};
const valued = (min: number, max: number) =>
  v.strictObject({ value: whole(min, max), ...rationale });

const quote = v.strictObject({ text: text(400), by: text(200) });
const source = v.strictObject({
  id,
  title: text(300),
  publisher: text(200),
  date: text(40),
  quotes: v.optional(v.array(quote)),
});

const priority = v.strictObject({
  weight: whole(0, 1000),
  ...rationale,
  options: v.record(id, valued(0, 100), 'must be an object of option values'),
});

const party = v.strictObject({
  id,
  country: text(80),
  short: text(6),
  leader: v.strictObject({ title: text(60), name: text(80) }),
  position: text(600),
  emblem: v.pipe(
    v.array(v.pipe(v.string(), v.hexColor('must be a colour such as "#0057b7"'))),
    v.minLength(1, 'must list at least one colour'),
    v.maxLength(6, 'must list at most 6 colours'),
  ),
  initialTrust: valued(1, 100),
  reservationValue: valued(0, 100),
  priorities: v.record(id, priority, 'must be an object with one entry per issue'),
  redLines: v.array(v.strictObject({ issue: id, option: id, ...rationale })),
  lever: v.strictObject({
    label: text(60),
    description: text(300),
    reservationDrop: whole(0, 100),
    trustCost: whole(0, 100),
    walkOutRisk: v.optional(whole(0, 100)),
    ...rationale,
  }),
  concession: v.optional(
    v.strictObject({
      opening: valued(0, 100),
      curve: v.strictObject({ value: decimal(0.05, 20), ...rationale }),
    }),
  ),
});

const newsEvent = v.strictObject({
  id,
  headline: text(300),
  date: text(40),
  sessions: v.strictObject({ from: whole(1, 50), to: whole(1, 50) }),
  effects: v.pipe(
    v.array(
      v.strictObject({
        party: id,
        demand: v.optional(decimal(-100, 100)),
        noDeal: v.optional(decimal(-100, 100)),
        trust: v.optional(whole(-100, 100)),
      }),
    ),
    v.minLength(1, 'must move at least one party'),
  ),
  ...rationale,
});

const option = v.strictObject({
  id,
  label: text(60),
  description: text(300),
  durability: valued(0, 100),
});

const issue = v.strictObject({
  id,
  label: text(60),
  description: text(300),
  kind: v.picklist(
    ['territory', 'security', 'economic', 'legal'],
    'must be "territory", "security", "economic" or "legal"',
  ),
  regions: v.array(id),
  options: v.pipe(
    v.array(option),
    v.minLength(2, 'must offer at least 2 options'),
    v.maxLength(10, 'must offer at most 10 options'),
  ),
});

const difficulty = v.strictObject({
  label: text(30),
  sessions: whole(1, 50),
  revealPerConsult: whole(0, 20),
  revealedAtStart: whole(0, 20),
  noise: whole(0, 30),
  openingPremium: v.optional(whole(0, 100)),
});

const controlLevel = v.picklist(
  CONTROL_LEVELS,
  `must be one of ${CONTROL_LEVELS.map((level) => `"${level}"`).join(', ')}`,
);

const questions = v.pipe(
  v.array(text(300)),
  v.minLength(1, 'must list at least 1 question'),
  v.maxLength(8, 'must list at most 8 questions'),
);

const scenarioSchema = v.strictObject({
  format: v.literal('mediator-scenario', 'must be "mediator-scenario"'),
  version: v.literal(1, 'must be 1 (the only scenario version this game reads)'),
  id,
  title: text(120),
  summary: text(2000),
  sources: v.array(source),
  parties: v.pipe(
    v.array(party),
    v.minLength(2, 'must list at least 2 parties'),
    v.maxLength(6, 'must list at most 6 parties'),
  ),
  issues: v.pipe(
    v.array(issue),
    v.minLength(1, 'must list at least 1 issue'),
    v.maxLength(24, 'must list at most 24 issues'),
  ),
  rules: v.strictObject({
    consultTrust: whole(0, 100),
    redLineTrustCost: whole(0, 100),
    summitFailureTrustCost: whole(0, 100),
    summitFailureSessionCost: whole(0, 50),
    trustComfort: whole(0, 100),
    distrustPremium: decimal(0, 10),
    concessionSessions: v.optional(whole(1, 50)),
    rejectionHardening: v.optional(decimal(0, 100)),
    pressureHardening: v.optional(decimal(0, 100)),
    noDealRange: v.optional(whole(1, 100)),
    outcome: v.strictObject({
      lopsidedHigh: whole(0, 100),
      lopsidedLow: whole(0, 100),
      scoreWeights: v.strictObject({
        fairness: decimal(0, 100),
        efficiency: decimal(0, 100),
        durability: decimal(0, 100),
      }),
      efficiencyPenalty: decimal(0, 100),
    }),
  }),
  difficulties: v.strictObject({ easy: difficulty, normal: difficulty, hard: difficulty }),
  map: v.optional(
    v.strictObject({
      name: v.optional(text(120)),
      note: text(400),
      levels: v.optional(
        v.strictObject({
          all: v.optional(text(80)),
          mostly: v.optional(text(80)),
          largely: v.optional(text(80)),
          partly: v.optional(text(80)),
          pockets: v.optional(text(80)),
          demilitarized: v.optional(text(80)),
          returned: v.optional(text(80)),
        }),
      ),
      control: v.record(id, controlLevel),
      terms: v.optional(
        v.record(
          id,
          v.record(id, v.record(id, controlLevel), 'must be an object of regions by option'),
          'must be an object of options by issue',
        ),
      ),
    }),
  ),
  events: v.optional(v.pipe(v.array(newsEvent), v.maxLength(20, 'must list at most 20 events'))),
  discussion: v.optional(v.strictObject({ short: questions, long: questions })),
  wording: v.optional(
    v.strictObject({
      blurb: v.optional(text(300)),
      summit: v.optional(text(60)),
      deal: v.optional(text(60)),
      lasting: v.optional(text(60)),
      durableTerms: v.optional(text(120)),
      noDeal: v.optional(text(120)),
      quote: v.optional(text(400)),
    }),
  ),
});

export type ScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * What is checked beyond the schema and the references. `quotes`: every text in quotation marks
 * is a quote the sources record. Off only for a scenario kept to replay games already played (one
 * carried inside a save, an archived version of a built-in one), which may have been written
 * before sources recorded their quotes.
 */
export interface ScenarioChecks {
  readonly quotes: boolean;
}

/**
 * A scenario is valid when it matches the schema, every reference in it resolves, no id or key
 * is a name JavaScript keeps for itself (`constructor`, `prototype`, `__proto__`), and it shows
 * nothing in quotation marks but the quotes its sources record.
 */
export function parseScenario(
  input: unknown,
  checks: ScenarioChecks = { quotes: true },
): ScenarioResult {
  if (!isRecord(input)) return { ok: false, errors: ['scenario: must be an object'] };
  const reserved = findReservedKey(input);
  if (reserved) return { ok: false, errors: [reserved] };
  const parsed = v.safeParse(scenarioSchema, input);
  if (!parsed.success)
    return { ok: false, errors: parsed.issues.map((i) => describeIssue(i, 'scenario')) };
  const scenario = parsed.output as Scenario;
  const errors = [
    ...crossCheck(scenario),
    ...(checks.quotes ? [...unrecordedQuotes(scenario), ...wordingQuoteErrors(scenario)] : []),
  ];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario };
}

/** Parses scenario file text; JSON syntax errors are reported like schema errors. */
export function parseScenarioText(text: string): ScenarioResult {
  const json = parseJson(text);
  return json.ok
    ? parseScenario(json.value)
    : { ok: false, errors: [`not valid JSON (${json.error})`] };
}

/** One line naming the first problem, for command lines and message boxes. */
export function describeScenarioErrors(errors: readonly string[]): string {
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `invalid scenario: ${errors[0] ?? 'unknown problem'}${more}`;
}

/**
 * With 4 or more parties, the error naming how many packages can lie on the Pareto frontier
 * when that is more than MAX_FRONTIER_MANY_PARTIES; null otherwise.
 */
function frontierTooLarge(s: Scenario): string | null {
  if (s.parties.length < 4) return null;
  const weights = s.parties.map((party) =>
    s.issues.map((i) => party.priorities[i.id]?.weight ?? 0),
  );
  const values = s.parties.map((party) =>
    s.issues.map((i) => i.options.map((o) => party.priorities[i.id]?.options[o.id]?.value ?? 0)),
  );
  const crossed = s.issues.map((i) =>
    i.options.map((o) =>
      s.parties.some((party) => party.redLines.some((r) => r.issue === i.id && r.option === o.id)),
    ),
  );
  const bound = frontierBound(weights, values, crossed);
  if (bound <= MAX_FRONTIER_MANY_PARTIES) return null;
  return (
    `issues: with ${s.parties.length} parties, up to ${bound} packages can be on the Pareto frontier ` +
    `(the product, over issues, of the options no other option beats for every party), more ` +
    `than the ${MAX_FRONTIER_MANY_PARTIES} a game can analyse with 4 to 6 parties: finding the ` +
    'frontier takes time growing faster than its size. Give the parties more shared interests ' +
    'or fewer options'
  );
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((x, i) => ids.indexOf(x) !== i);
}

function sameKeys(
  actual: readonly string[],
  expected: readonly string[],
  where: string,
  noun: string,
) {
  const errors: string[] = [];
  for (const key of expected) {
    if (!actual.includes(key)) errors.push(`${where}: missing ${noun} "${key}"`);
  }
  for (const key of actual) {
    if (!expected.includes(key)) errors.push(`${where}: unknown ${noun} "${key}"`);
  }
  return errors;
}

function crossCheck(s: Scenario): string[] {
  const errors: string[] = [];
  const issueIds = s.issues.map((i) => i.id);
  const sourceIds = s.sources.map((x) => x.id);
  for (const dup of duplicates(s.parties.map((p) => p.id)))
    errors.push(`parties: duplicate party id "${dup}"`);
  for (const dup of duplicates(issueIds)) errors.push(`issues: duplicate issue id "${dup}"`);
  s.issues.forEach((issue, i) => {
    for (const dup of duplicates(issue.options.map((o) => o.id))) {
      errors.push(`issues.${i}.options: duplicate option id "${dup}"`);
    }
  });
  const packages = s.issues.reduce((n, issue) => n * issue.options.length, 1);
  if (packages > MAX_PACKAGES) {
    errors.push(`issues: ${packages} packages is more than the ${MAX_PACKAGES} a game can analyse`);
  }
  const cited = (where: string, r: { cite?: { source: string } | undefined }) => {
    if (r.cite && !sourceIds.includes(r.cite.source)) {
      errors.push(`${where}.cite.source: unknown source "${r.cite.source}"`);
    }
  };
  s.parties.forEach((party, p) => {
    const where = `parties.${p}`;
    errors.push(
      ...sameKeys(Object.keys(party.priorities), issueIds, `${where}.priorities`, 'issue'),
    );
    let totalWeight = 0;
    for (const issue of s.issues) {
      const priority = party.priorities[issue.id];
      if (!priority) continue;
      totalWeight += priority.weight;
      cited(`${where}.priorities.${issue.id}`, priority);
      errors.push(
        ...sameKeys(
          Object.keys(priority.options),
          issue.options.map((o) => o.id),
          `${where}.priorities.${issue.id}.options`,
          'option',
        ),
      );
    }
    if (totalWeight === 0) errors.push(`${where}.priorities: at least one weight must be above 0`);
    party.redLines.forEach((line, r) => {
      const issue = s.issues.find((i) => i.id === line.issue);
      if (!issue) errors.push(`${where}.redLines.${r}.issue: unknown issue "${line.issue}"`);
      else if (!issue.options.some((o) => o.id === line.option)) {
        errors.push(
          `${where}.redLines.${r}.option: unknown option "${line.option}" of issue "${line.issue}"`,
        );
      }
      cited(`${where}.redLines.${r}`, line);
    });
    cited(`${where}.reservationValue`, party.reservationValue);
    cited(`${where}.lever`, party.lever);
  });
  const partyIds = s.parties.map((p) => p.id);
  const maxSessions = Math.max(...Object.values(s.difficulties).map((d) => d.sessions));
  for (const dup of duplicates((s.events ?? []).map((e) => e.id)))
    errors.push(`events: duplicate event id "${dup}"`);
  (s.events ?? []).forEach((event, e) => {
    const where = `events.${e}`;
    if (event.sessions.from > event.sessions.to)
      errors.push(`${where}.sessions: "from" must not be after "to"`);
    if (event.sessions.to > maxSessions)
      errors.push(`${where}.sessions.to: no difficulty has ${event.sessions.to} sessions`);
    event.effects.forEach((effect, k) => {
      if (!partyIds.includes(effect.party))
        errors.push(`${where}.effects.${k}.party: unknown party "${effect.party}"`);
    });
    cited(where, event);
  });
  errors.push(...mapTermErrors(s));
  if (s.rules.outcome.lopsidedLow >= s.rules.outcome.lopsidedHigh) {
    errors.push('rules.outcome.lopsidedLow: must be below lopsidedHigh');
  }
  const w = s.rules.outcome.scoreWeights;
  if (w.fairness + w.efficiency + w.durability <= 0) {
    errors.push('rules.outcome.scoreWeights: at least one weight must be above 0');
  }
  // Only a scenario that is otherwise sound has a frontier worth bounding.
  const frontierError = errors.length === 0 ? frontierTooLarge(s) : null;
  if (frontierError) errors.push(frontierError);
  return errors;
}
