import { describe, expect, it } from 'vitest';
import { STRATEGIES } from '../../src/model/bots';
import { DIFFICULTIES } from '../../src/model/types';
import { SIM_TIMEOUT, sim } from './sim';

describe('sim balance', { timeout: SIM_TIMEOUT }, () => {
  it('plays every strategy on seeds 1 to N at each difficulty and reports the outcomes', async () => {
    const run = await sim('.', 'balance', '--seeds', '3', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      scenario: string;
      seeds: number;
      rows: { strategy: string; difficulty: string; games: number; deals: number }[];
    };
    expect(result).toMatchObject({ scenario: 'alaska-2025', seeds: 3 });
    expect(result.rows.map((r) => `${r.strategy}/${r.difficulty}`)).toEqual(
      STRATEGIES.flatMap((s) => DIFFICULTIES.map((d) => `${s}/${d}`)),
    );
    expect(result.rows.every((r) => r.games === 3)).toBe(true);

    const text = await sim('.', 'balance', '--seeds', '3', '--scenario', 'silverrun-dam');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Balance of The Silverrun Dam.*seeds 1–3 at each difficulty$/m);
    expect(text.stdout).toMatch(/^compromise +hard +\d+\.\d%/m);
  });
});
