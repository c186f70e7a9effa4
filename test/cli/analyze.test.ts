import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXACTLY_TIED_PARTIES, handMadeScenario } from '../model/fixtures';
import { builtInScenarioData, expectFailure, SIM_TIMEOUT, sim, tempDir } from './sim';

describe.concurrent('sim analyze', { timeout: SIM_TIMEOUT }, () => {
  const dir = tempDir();
  beforeAll(() => {
    const modified = builtInScenarioData();
    modified.title = 'A modified copy';
    writeFileSync(join(dir.path, 'modified.json'), JSON.stringify(modified));
    const parties = modified.parties as { reservationValue: { value: number } }[];
    if (parties[0]) parties[0].reservationValue.value = 150;
    writeFileSync(join(dir.path, 'invalid.json'), JSON.stringify(modified));
    // Package 0 and package 1 tie exactly for both solutions; party c gains nothing in any.
    const tied = handMadeScenario([
      ...EXACTLY_TIED_PARTIES,
      {
        weights: [1, 1],
        values: [
          [50, 50],
          [50, 50],
        ],
        noDeal: 50,
      },
    ]);
    writeFileSync(join(dir.path, 'tied.json'), JSON.stringify(tied));
  });
  afterAll(() => dir.remove());

  it('sizes the built-in scenario: packages, frontiers, ZOPA, Nash and Kalai–Smorodinsky', async () => {
    const run = await sim(dir.path, 'analyze', '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.packages).toBe(5184);
    expect(result.paretoFrontier).toBeGreaterThan(0);
    expect(result.signableFrontier).toBeGreaterThan(0);
    expect(result.signableFrontier).toBeLessThanOrEqual(result.paretoFrontier);
    expect(result.zopa.exists).toBe(true);
    expect(result.zopa.size).toBeGreaterThan(1);
    for (const solution of [result.nash, result.kalaiSmorodinsky]) {
      expect(Object.keys(solution.package)).toEqual([
        'east',
        'pockets',
        'south',
        'status',
        'guarantee',
        'forces',
        'non-seizure',
        'sanctions',
      ]);
      expect(Object.keys(solution.utilities)).toEqual(['us', 'ru', 'ua']);
      for (const u of Object.values<number>(solution.utilities)) {
        expect(Math.round(u * 10) / 10).toBe(u);
      }
    }
    expect(typeof result.elapsedMs).toBe('number');
  });

  it('writes a short text report for a teacher', async () => {
    const run = await sim(dir.path, 'analyze');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('5,184 possible packages');
    expect(run.stdout).toContain('Zone of possible agreement: yes');
    expect(run.stdout).toContain('Nash bargaining package: east: ');
    expect(run.stdout).toMatch(/Analysed in \d+\.\d ms/);
  });

  it('analyses a synthetic scenario of a million packages without listing them', async () => {
    const run = await sim(dir.path, 'analyze', '--scenario', 'synthetic:10x4', '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.packages).toBe(1_048_576);
    expect(result.nash.package).toBeTypeOf('object');
    expect(typeof result.elapsedMs).toBe('number');
    expect(run.stdout.length).toBeLessThan(5_000);
  });

  it('names a Nash package beside a zone of agreement even when a leader can gain nothing, and counts ties', async () => {
    const run = await sim(dir.path, 'analyze', '--scenario', 'tied.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Zone of possible agreement: yes');
    expect(run.stdout).toContain(
      'Nash bargaining package: issue-1: option-1, issue-2: option-1\n  Party A 4.3 · Party B 27.0 · Party C 50.0\n  tied exactly with 1 more; the first in scenario order',
    );
    expect(run.stdout).not.toContain('none');
    const json = JSON.parse(
      (await sim(dir.path, 'analyze', '--scenario', 'tied.json', '--json')).stdout,
    );
    expect(json.nash.ties).toBe(2);
    expect(json.kalaiSmorodinsky.ties).toBe(2);
  });

  it('reads a scenario file from disk', async () => {
    const run = await sim(dir.path, 'analyze', '--scenario', 'modified.json', '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.scenario.title).toBe('A modified copy');
    expect(result.packages).toBe(5184);
  });

  it('names the field at fault in a scenario file that fails validation', async () => {
    const run = await sim(dir.path, 'analyze', '--scenario', 'invalid.json', '--json');
    expect(run.stdout).toBe('');
    expect(expectFailure(run, 1)).toMatch(
      /^sim: analyze: invalid\.json: invalid scenario: parties\.0\.reservationValue\.value: must be at most 100/,
    );
  });
});
