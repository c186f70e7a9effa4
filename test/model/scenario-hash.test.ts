import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import alaskaJson from '../../assets/scenarios/alaska-2025.json';
import silverrunJson from '../../assets/scenarios/silverrun-dam.json';
import { compileScenario } from '../../src/model/compile';
import { RULES_VERSION, scenarioHash } from '../../src/model/scenario-hash';
import { parseScenario } from '../../src/model/scenario-schema';
import type { Scenario } from '../../src/model/types';
import { isGameString, leaves, proseLeaves, withLeaf } from '../scenario-leaves';
import { HEAVY_TEST_TIMEOUT } from '../time-limits';

const SCENARIOS = [
  ['alaska-2025', alaskaJson],
  ['silverrun-dam', silverrunJson],
] as const;

const valid = (data: unknown): Scenario | null => {
  const parsed = parseScenario(data);
  return parsed.ok ? parsed.scenario : null;
};

describe('scenarioHash under the game scheme', { timeout: HEAVY_TEST_TIMEOUT }, () => {
  for (const [id, data] of SCENARIOS) {
    const original = valid(data) as Scenario;
    const gameHash = scenarioHash(original, 'game');
    const prose = proseLeaves(data);

    it(`keeps ${id}'s game hash through any edit of its prose`, () => {
      expect(prose.length).toBeGreaterThan(100);
      fc.assert(
        fc.property(
          fc.constantFrom(...prose),
          fc.stringMatching(/^[A-Za-z][A-Za-z ,.'-]{0,60}$/),
          (leaf, text) => {
            const edited = valid(withLeaf(data, leaf.path, text));
            fc.pre(edited !== null && text !== leaf.value);
            if (!edited) return;
            expect(scenarioHash(edited, 'game')).toBe(gameHash);
            // The edit was real: release 0.1's hash of the whole text (but the discussion
            // questions) sees it.
            if (leaf.path[0] !== 'discussion') {
              expect(scenarioHash(edited, 'content')).not.toBe(scenarioHash(original, 'content'));
            }
          },
        ),
        { numRuns: 300 },
      );
    });

    it(`changes ${id}'s game hash when a name the outcome's reasons quote is reworded`, () => {
      const quoted = leaves(data).filter(
        (l) =>
          typeof l.value === 'string' &&
          isGameString(l) &&
          (/country|label/.test(String(l.path.at(-1))) || l.path[0] === 'wording'),
      );
      expect(quoted.length).toBeGreaterThan(10);
      for (const leaf of quoted) {
        const edited = valid(withLeaf(data, leaf.path, `${leaf.value} (renamed)`));
        expect(edited && scenarioHash(edited, 'game'), leaf.path.join('.')).not.toBe(gameHash);
      }
    });

    it(`changes ${id}'s game hash with any number the rules read, whenever the file stays valid`, () => {
      const numbers = leaves(data).filter(
        (l) => typeof l.value === 'number' && !l.path.includes('discussion'),
      );
      let changed = 0;
      for (const leaf of numbers) {
        for (const delta of [1, -1]) {
          const edited = valid(withLeaf(data, leaf.path, (leaf.value as number) + delta));
          if (!edited) continue;
          changed++;
          expect(scenarioHash(edited, 'game'), leaf.path.join('.')).not.toBe(gameHash);
        }
      }
      expect(changed).toBeGreaterThan(numbers.length);
    });

    it(`changes ${id}'s game hash when an id is renamed everywhere`, () => {
      const ids = [
        ...original.parties.map((p) => p.id),
        ...original.issues.map((i) => i.id),
        ...original.issues.flatMap((i) => i.options.map((o) => o.id)),
      ];
      // A name that is also a word of the format (a map's control level) cannot be replaced blindly.
      const words = new Set(['mostly', 'largely', 'pockets']);
      for (const name of new Set(ids.filter((i) => !words.has(i)))) {
        const text = JSON.stringify(data).replaceAll(`"${name}"`, `"${name}-renamed"`);
        const renamed = valid(JSON.parse(text));
        expect(renamed, name).not.toBeNull();
        if (renamed) expect(scenarioHash(renamed, 'game'), name).not.toBe(gameHash);
      }
    });
  }

  it('gives a model the hash of the scheme it was compiled under', () => {
    const scenario = valid(alaskaJson) as Scenario;
    expect(compileScenario(scenario).hash).toBe(scenarioHash(scenario, 'game'));
    expect(compileScenario(scenario, 'content').hash).toBe(scenarioHash(scenario, 'content'));
    expect(compileScenario(scenario, 'content').hashScheme).toBe('content');
    expect(RULES_VERSION).toBeGreaterThanOrEqual(1);
  });
});
