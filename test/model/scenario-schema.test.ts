import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import alaskaJson from '../../assets/scenarios/alaska-2025.json';
import { choiceOf, compileScenario } from '../../src/model/compile';
import {
  describeScenarioErrors,
  MAX_FRONTIER_MANY_PARTIES,
  MAX_PACKAGES,
  parseScenario,
  parseScenarioText,
  type ScenarioResult,
} from '../../src/model/scenario-schema';
import { BUILT_IN_SCENARIO_IDS, builtInScenario } from '../../src/model/scenarios/index';
import { opposedScenario, syntheticScenario } from '../../src/model/synthetic';
import type { Rationale } from '../../src/model/types';
import { handMadeScenario, smallWithRedLines, withRedLines } from './fixtures';
import { type Raw, raw } from './raw-scenario';

function errorsOf(result: ScenarioResult): readonly string[] {
  return result.ok ? [] : result.errors;
}

describe('the built-in scenario alaska-2025', () => {
  const scenario = builtInScenario('alaska-2025');

  it('passes its own schema', () => {
    expect(parseScenario(raw())).toMatchObject({ ok: true });
    expect(scenario).not.toBeNull();
    expect(BUILT_IN_SCENARIO_IDS).toContain('alaska-2025');
  });

  it('has the issue and option ids of SCENARIO.md, in order', () => {
    expect(scenario?.issues.map((i) => [i.id, i.options.map((o) => o.id)])).toEqual([
      ['east', ['hold', 'demilitarize', 'cede']],
      ['pockets', ['return', 'keep']],
      ['south', ['pullback', 'freeze', 'cede']],
      ['status', ['unresolved', 'de-facto', 'recognized']],
      ['guarantee', ['none', 'european', 'article5', 'nato']],
      ['forces', ['none', 'monitors', 'european-force']],
      ['non-seizure', ['no', 'yes']],
      ['sanctions', ['intensify', 'maintain', 'phased-relief', 'lift']],
    ]);
    expect(scenario && compileScenario(scenario).packageCount).toBe(5184);
  });

  it('has exactly the red lines of SCENARIO.md: Russia rejects a European force and NATO', () => {
    const lines = scenario?.parties.flatMap((p) =>
      p.redLines.map((r) => `${p.id}:${r.issue}=${r.option}`),
    );
    expect(lines?.sort()).toEqual(['ru:forces=european-force', 'ru:guarantee=nato']);
  });

  it('gives every party a lever, Russia’s reported and the others labelled game mechanics', () => {
    const basis = Object.fromEntries(scenario?.parties.map((p) => [p.id, p.lever.basis]) ?? []);
    expect(basis).toEqual({ us: 'game-mechanic', ru: 'reported', ua: 'game-mechanic' });
  });

  it('gives every weight, option value, red line, lever and no-deal value a reason', () => {
    const reasons: [string, Rationale][] = [];
    for (const party of scenario?.parties ?? []) {
      reasons.push([`${party.id}.initialTrust`, party.initialTrust]);
      reasons.push([`${party.id}.reservationValue`, party.reservationValue]);
      reasons.push([`${party.id}.lever`, party.lever]);
      party.redLines.forEach((line, r) => {
        reasons.push([`${party.id}.redLines.${r}`, line]);
      });
      for (const [issue, priority] of Object.entries(party.priorities)) {
        reasons.push([`${party.id}.${issue}.weight`, priority]);
        for (const [option, value] of Object.entries(priority.options)) {
          reasons.push([`${party.id}.${issue}.${option}`, value]);
        }
      }
    }
    for (const issue of scenario?.issues ?? []) {
      for (const option of issue.options)
        reasons.push([`${issue.id}.${option.id}.durability`, option.durability]);
    }
    // 3 parties × (3 + 8 weights + 24 option values) + 2 red lines + 24 durabilities
    expect(reasons).toHaveLength(3 * (3 + 8 + 24) + 2 + 24);
    const blank = reasons.filter(([, r]) => r.why.trim() === '').map(([where]) => where);
    expect(blank).toEqual([]);
  });

  it('cites only its own sources', () => {
    const sources = new Set(scenario?.sources.map((s) => s.id));
    const cited = JSON.stringify(alaskaJson).match(/"source":"[^"]*"/g) ?? [];
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) expect(sources.has(c.slice(10, -1))).toBe(true);
  });

  it('offers discussion questions: 3 for five minutes, 5 or 6 for twenty', () => {
    expect(scenario?.discussion?.short).toHaveLength(3);
    expect(scenario?.discussion?.long.length).toBeGreaterThanOrEqual(5);
    expect(scenario?.discussion?.long.length).toBeLessThanOrEqual(6);
  });

  it('is unknown under any other id', () => {
    expect(builtInScenario('alaska-2024')).toBeNull();
    expect(builtInScenario('__proto__')).toBeNull();
    expect(builtInScenario('toString')).toBeNull();
  });
});

describe('parseScenario', () => {
  it('accepts every generated scenario, with or without red lines', () => {
    fc.assert(
      fc.property(smallWithRedLines, (scenario) => {
        expect(errorsOf(parseScenario(scenario))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('names the field of a value of the wrong type', () => {
    const s = raw();
    s.parties[0].priorities.east.weight = '10';
    expect(errorsOf(parseScenario(s))).toEqual([
      'parties.0.priorities.east.weight: must be a number',
    ]);
  });

  it('names the field of a value out of range', () => {
    const s = raw();
    s.parties[2].priorities.south.options.freeze.value = 101;
    s.parties[1].reservationValue.value = 2.5;
    expect([...errorsOf(parseScenario(s))].sort()).toEqual([
      'parties.1.reservationValue.value: must be a whole number',
      'parties.2.priorities.south.options.freeze.value: must be at most 100',
    ]);
  });

  it('names a missing field', () => {
    const s = raw();
    delete s.parties[1].priorities.guarantee.why;
    const errors = errorsOf(parseScenario(s));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^parties\.1\.priorities\.guarantee\.why: /);
  });

  it('reports an issue missing from a party’s priorities', () => {
    const s = raw();
    delete s.parties[1].priorities.east;
    expect(errorsOf(parseScenario(s))).toEqual(['parties.1.priorities: missing issue "east"']);
  });

  it('reports a priority for an issue the scenario does not have', () => {
    const s = raw();
    s.parties[0].priorities.crimea = structuredClone(s.parties[0].priorities.pockets);
    expect(errorsOf(parseScenario(s))).toEqual(['parties.0.priorities: unknown issue "crimea"']);
  });

  it('reports a missing or unknown option in a party’s values', () => {
    const s = raw();
    delete s.parties[2].priorities.sanctions.options.lift;
    s.parties[2].priorities.sanctions.options.double = { value: 1, why: 'x', basis: 'assumption' };
    expect(errorsOf(parseScenario(s))).toEqual([
      'parties.2.priorities.sanctions.options: missing option "lift"',
      'parties.2.priorities.sanctions.options: unknown option "double"',
    ]);
  });

  it('reports a red line on an unknown option or issue', () => {
    const s = raw();
    s.parties[1].redLines[0].option = 'peacekeepers';
    s.parties[1].redLines[1].issue = 'navy';
    expect(errorsOf(parseScenario(s))).toEqual([
      'parties.1.redLines.0.option: unknown option "peacekeepers" of issue "forces"',
      'parties.1.redLines.1.issue: unknown issue "navy"',
    ]);
  });

  it('reports a citation of an unknown source', () => {
    const s = raw();
    s.parties[1].redLines[0].cite.source = 'tass';
    expect(errorsOf(parseScenario(s))).toEqual([
      'parties.1.redLines.0.cite.source: unknown source "tass"',
    ]);
  });

  it.each([
    ['an issue', 'east', 'constructor', 'parties.0.priorities.constructor'],
    ['an option', 'demilitarize', 'constructor', 'parties.0.priorities.east.options.constructor'],
    ['a party', 'us', 'prototype', 'parties.0.id'],
    ['an option', 'demilitarize', 'prototype', 'parties.0.priorities.east.options.prototype'],
  ])(
    'refuses %s named "%s → %s", a name JavaScript keeps for itself, naming where',
    (_what, from, to, place) => {
      const renamed = JSON.parse(JSON.stringify(raw()).replaceAll(`"${from}"`, `"${to}"`));
      const result = parseScenario(renamed);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors[0]).toBe(
          `${place}: ${place.endsWith('.id') ? '' : `"${to}" `}is a name JavaScript keeps for itself: it cannot be an id or a field name`,
        );
      }
    },
  );

  it('refuses a "__proto__" key anywhere, where a schema would drop it unseen', () => {
    const text = JSON.stringify(raw()).replace(
      '"priorities":{',
      '"priorities":{"__proto__":{"weight":1},',
    );
    expect(parseScenarioText(text)).toEqual({
      ok: false,
      errors: [
        'parties.0.priorities.__proto__: "__proto__" is a name JavaScript keeps for itself: it cannot be an id or a field name',
      ],
    });
    expect(({} as Record<string, unknown>).weight).toBeUndefined();
  });

  it('reports duplicate party, issue and option ids', () => {
    const parties = raw();
    parties.parties[2].id = 'us';
    // Ukraine's news effects now name a party the file no longer has.
    parties.events = [];
    expect(errorsOf(parseScenario(parties))).toEqual(['parties: duplicate party id "us"']);

    const issues = raw();
    issues.issues[3].id = 'east';
    expect(errorsOf(parseScenario(issues))).toContain('issues: duplicate issue id "east"');

    const options = raw();
    options.issues[0].options[2].id = 'hold';
    expect(errorsOf(parseScenario(options))).toContain(
      'issues.0.options: duplicate option id "hold"',
    );
  });

  it('rejects keys the format does not have, at every level, naming them', () => {
    // Each path names an object of the format; the test adds a key "extra" to it.
    const paths = [
      '',
      'sources.0',
      'parties.0',
      'parties.0.leader',
      'parties.0.initialTrust',
      'parties.0.reservationValue',
      'parties.0.reservationValue.cite',
      'parties.0.priorities.east',
      'parties.0.priorities.east.options.hold',
      'parties.1.redLines.0',
      'parties.1.lever',
      'issues.0',
      'issues.0.options.0',
      'issues.0.options.0.durability',
      'rules',
      'rules.outcome',
      'rules.outcome.scoreWeights',
      'difficulties',
      'difficulties.hard',
      'map',
      'discussion',
    ];
    for (const path of paths) {
      const s = raw();
      const target = path === '' ? s : path.split('.').reduce((o: Raw, key) => o[key], s);
      expect(target, path).toBeTypeOf('object');
      target.extra = 1;
      const where = path === '' ? 'extra' : `${path}.extra`;
      expect(errorsOf(parseScenario(s)), where).toEqual([
        expect.stringMatching(new RegExp(`^${where.replace(/\./g, '\\.')}: `)),
      ]);
    }
  });

  it('takes discussion questions as optional, 1 to 8 per set, each at most 300 characters', () => {
    const none = raw();
    delete none.discussion;
    expect(errorsOf(parseScenario(none))).toEqual([]);

    const s = raw();
    s.discussion.short = [];
    s.discussion.long = Array.from({ length: 9 }, (_, i) => `Question ${i + 1}?`);
    expect(errorsOf(parseScenario(s))).toEqual([
      'discussion.short: must list at least 1 question',
      'discussion.long: must list at most 8 questions',
    ]);

    const long = raw();
    long.discussion.long[1] = 'x'.repeat(301);
    long.discussion.short[0] = '';
    expect([...errorsOf(parseScenario(long))].sort()).toEqual([
      'discussion.long.1: must be at most 300 characters',
      'discussion.short.0: must not be empty',
    ]);
  });

  it('keeps the scenario hash when only the discussion questions change, so saves still open', () => {
    const hashOf = (s: Raw) => {
      const result = parseScenario(s);
      if (!result.ok) throw new Error(result.errors.join('; '));
      return compileScenario(result.scenario).hash;
    };
    const edited = raw();
    edited.discussion.short[0] = 'What would you do differently?';
    const without = raw();
    delete without.discussion;
    expect(hashOf(edited)).toBe(hashOf(raw()));
    expect(hashOf(without)).toBe(hashOf(raw()));
    const reweighted = raw();
    reweighted.parties[0].priorities.east.weight += 1;
    expect(hashOf(reweighted)).not.toBe(hashOf(raw()));
  });

  it('rejects ids that are not lower-case words', () => {
    const s = raw();
    s.issues[0].id = 'East Zones';
    expect(errorsOf(parseScenario(s))).toContain(
      'issues.0.id: must be a lower-case id of letters, digits and dashes',
    );
  });

  it('requires some weight above zero for each party', () => {
    const s = raw();
    for (const priority of Object.values<Raw>(s.parties[0].priorities)) priority.weight = 0;
    expect(errorsOf(parseScenario(s))).toEqual([
      'parties.0.priorities: at least one weight must be above 0',
    ]);
  });

  it('requires the lopsided thresholds in order', () => {
    const s = raw();
    s.rules.outcome.lopsidedLow = 90;
    expect(errorsOf(parseScenario(s))).toEqual([
      'rules.outcome.lopsidedLow: must be below lopsidedHigh',
    ]);
  });

  it('refuses scenarios with more packages than a game can analyse', () => {
    const big = syntheticScenario(12, 4, 1);
    expect(4 ** 12).toBeGreaterThan(MAX_PACKAGES);
    expect(errorsOf(parseScenario(big))).toEqual([
      `issues: ${4 ** 12} packages is more than the ${MAX_PACKAGES} a game can analyse`,
    ]);
  });

  it('refuses 4 to 6 parties whose Pareto frontier can hold more packages than a game can analyse', () => {
    // Interests opposed on all 17 issues: every one of the 2^17 packages is on the frontier.
    for (const parties of [4, 6]) {
      const opposed = opposedScenario(parties, 17, 2, 17, 1);
      expect(2 ** 17).toBeGreaterThan(MAX_FRONTIER_MANY_PARTIES);
      const [error, ...more] = errorsOf(parseScenario(opposed));
      expect(more).toEqual([]);
      expect(error).toMatch(
        new RegExp(
          `^issues: with ${parties} parties, up to 131072 packages can be on the Pareto frontier .*more than the ${MAX_FRONTIER_MANY_PARTIES} a game can analyse with 4 to 6 parties: finding the frontier takes time growing faster than its size`,
        ),
      );
    }
  });

  it('accepts 4 to 6 parties with the most packages there can be, if the frontier stays within bounds', () => {
    // 2^22 packages, interests opposed on 16 issues and shared on 6: 2^16 on the frontier.
    for (const parties of [4, 5, 6]) {
      const scenario = opposedScenario(parties, 22, 2, 16, 1);
      expect(2 ** 22).toBe(MAX_PACKAGES);
      expect(2 ** 16).toBe(MAX_FRONTIER_MANY_PARTIES);
      expect(errorsOf(parseScenario(scenario))).toEqual([]);
    }
    // Three parties are not bounded by the frontier: their sweeps take n log n time.
    expect(errorsOf(parseScenario(opposedScenario(3, 22, 2, 22, 1)))).toEqual([]);
  });

  it('counts the options a red line frees when it bounds the frontier', () => {
    // 16 opposed issues, then one where option 1 is best for all and options 2 and 3 are
    // each preferred by one party: 2^16 on the frontier, until a red line rules option 1 out.
    const opposed = [[[60, 40]], [[40, 60]], [[50, 50]], [[50, 50]]];
    const last = [
      [100, 50, 40],
      [100, 40, 50],
      [100, 0, 0],
      [100, 0, 0],
    ];
    const scenario = handMadeScenario(
      last.map((values, p) => ({
        weights: new Array<number>(17).fill(1),
        values: [...new Array(16).fill(opposed[p]?.[0]), values],
        noDeal: 0,
      })),
    );
    expect(errorsOf(parseScenario(scenario))).toEqual([]);
    const ruledOut = withRedLines(scenario, [[], [], [[16, 0]]], []);
    expect(errorsOf(parseScenario(ruledOut))).toEqual([
      expect.stringMatching(
        /^issues: with 4 parties, up to 131072 packages can be on the Pareto frontier/,
      ),
    ]);
  });

  it('rejects what is not a scenario at all', () => {
    for (const input of [null, 42, 'alaska-2025', [], {}]) {
      const errors = errorsOf(parseScenario(input));
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) expect(e).toMatch(/^[\w.]+: \S/);
    }
  });
});

describe('parseScenarioText', () => {
  it('reads a valid scenario file', () => {
    const result = parseScenarioText(JSON.stringify(alaskaJson));
    expect(result.ok && result.scenario.id).toBe('alaska-2025');
  });

  it('reports text that is not JSON as an error, not an exception', () => {
    for (const text of ['', '{"format": ', "{'format': 1}", 'undefined']) {
      const errors = errorsOf(parseScenarioText(text));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^not valid JSON \(.+\)$/);
    }
  });

  it('does not let "__proto__" keys pollute Object.prototype', () => {
    const text = JSON.stringify(alaskaJson);
    const attacks = [
      text.replace('{"format"', '{"__proto__":{"polluted":"top"},"format"'),
      text.replace('"east":{"weight"', '"__proto__":{"polluted":"priorities"},"east":{"weight"'),
      text.replace('"hold":{"value"', '"__proto__":{"polluted":"options"},"hold":{"value"'),
      text.replace('"control":{', '"control":{"__proto__":{"polluted":"map"},'),
    ];
    for (const attack of attacks) {
      expect(attack).not.toBe(text);
      const result = parseScenarioText(attack);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
      if (result.ok) {
        // Accepted only with the key dropped, and nothing inherited from it.
        expect(JSON.stringify(result.scenario)).not.toContain('polluted');
        expect(Object.getPrototypeOf(result.scenario.parties[0]?.priorities)).toBe(
          Object.prototype,
        );
      }
    }
    expect(errorsOf(parseScenarioText(attacks[0] ?? ''))[0]).toMatch(/^__proto__: /);
  });

  it('does not let a "__proto__" key in a package pass for an issue', () => {
    const model = compileScenario(builtInScenario('alaska-2025') ?? syntheticScenario(1, 2, 1));
    const pkg = JSON.parse('{"__proto__":{"east":"hold"}}');
    expect(choiceOf(model, pkg)).toEqual({ ok: false, error: 'unknown issue "__proto__"' });
  });
});

describe('describeScenarioErrors', () => {
  it('names the first problem on one line and counts the rest', () => {
    expect(describeScenarioErrors(['a: x', 'b: y', 'c: z'])).toBe(
      'invalid scenario: a: x (and 2 more)',
    );
    expect(describeScenarioErrors(['a: x'])).toBe('invalid scenario: a: x');
  });
});
