import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANONICAL, SIM_TIMEOUT, sim, tempDir } from './sim';

const evaluateJson = async (cwd: string, pkg: unknown) => {
  const run = await sim(cwd, 'evaluate', '--json', '--package', JSON.stringify(pkg));
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
};

/** The exact shape DESIGN.md gives, keys in order. */
const expectShape = (result: Record<string, Record<string, unknown>>) => {
  expect(Object.keys(result)).toEqual([
    'utilities',
    'accepts',
    'acceptsAtOpening',
    'outcomeIfSigned',
  ]);
  expect(Object.keys(result.utilities ?? {})).toEqual(['us', 'ru', 'ua']);
  expect(Object.keys(result.accepts ?? {})).toEqual(['us', 'ru', 'ua']);
  expect(Object.keys(result.acceptsAtOpening ?? {})).toEqual(['easy', 'normal', 'hard']);
  expect(Object.keys(result.outcomeIfSigned ?? {})).toEqual([
    'kind',
    'surrenderedBy',
    'score',
    'reasons',
  ]);
  for (const u of Object.values(result.utilities ?? {})) {
    expect(Math.round((u as number) * 10) / 10).toBe(u);
  }
};

describe.concurrent('sim evaluate', { timeout: SIM_TIMEOUT }, () => {
  const dir = tempDir();
  beforeAll(() => {
    writeFileSync(join(dir.path, 'compromise.json'), JSON.stringify(CANONICAL.compromise));
  });
  afterAll(() => dir.remove());

  it('finds the compromise accepted by all three and, signed, a deal (canonical case 1)', async () => {
    const result = await evaluateJson(dir.path, CANONICAL.compromise);
    expectShape(result);
    expect(result.accepts).toEqual({ us: true, ru: true, ua: true });
    // Not at once: at their opening demands Russia and Ukraine refuse it.
    for (const d of ['easy', 'normal', 'hard'])
      expect(result.acceptsAtOpening[d]).toEqual({ us: true, ru: false, ua: false });
    expect(result.outcomeIfSigned.kind).toBe('deal');
    expect(result.outcomeIfSigned.surrenderedBy).toBeNull();
    expect(result.outcomeIfSigned.score).toBeGreaterThanOrEqual(0);
    expect(result.outcomeIfSigned.score).toBeLessThanOrEqual(100);
    expect(result.outcomeIfSigned.reasons.length).toBeGreaterThan(0);
  });

  it('names Ukraine as having surrendered when it gives everything (canonical case 2)', async () => {
    const result = await evaluateJson(dir.path, CANONICAL.ukraineGivesEverything);
    expectShape(result);
    expect(result.accepts.ua).toBe(false);
    expect(result.outcomeIfSigned).toMatchObject({ kind: 'surrender', surrenderedBy: 'ua' });
    expect(result.outcomeIfSigned.score).toBeNull();
  });

  it('names Russia as having surrendered when it gives everything (canonical case 3)', async () => {
    const result = await evaluateJson(dir.path, CANONICAL.russiaGivesEverything);
    expectShape(result);
    expect(result.accepts.ru).toBe(false);
    expect(result.outcomeIfSigned).toMatchObject({ kind: 'surrender', surrenderedBy: 'ru' });
    expect(result.outcomeIfSigned.score).toBeNull();
  });

  it('reads a package from a file and reports each leader in text', async () => {
    const run = await sim(dir.path, 'evaluate', '--package', 'compromise.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Package: east: demilitarize, pockets: return');
    expect(run.stdout).toMatch(/Russia: \d+\.\d \(no deal: \d+\), accepts/);
    expect(run.stdout).toContain('If signed: deal scoring');
  });
});
