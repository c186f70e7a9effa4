import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANONICAL, expectFailure, SIM_TIMEOUT, sim, tempDir } from './sim';

const withOption = (issue: string, option: string) =>
  JSON.stringify({ ...CANONICAL.compromise, [issue]: option });

/** Each bad command line, the exit status it must give, and what its one line must say. */
const CASES: readonly { what: string; args: string[]; code: 1 | 2; says: RegExp }[] = [
  { what: 'an unknown command', args: ['negotiate'], code: 2, says: /unknown command "negotiate"/ },
  {
    what: 'an unknown flag',
    args: ['analyze', '--json', '--verbose'],
    code: 2,
    says: /^sim: analyze: unknown flag "--verbose"$/,
  },
  {
    what: 'a flag missing its value',
    args: ['analyze', '--scenario', '--json'],
    code: 2,
    says: /^sim: analyze: --scenario needs a value$/,
  },
  {
    what: 'a missing --package',
    args: ['evaluate', '--json'],
    code: 2,
    says: /^sim: evaluate: missing --package/,
  },
  {
    what: 'malformed package JSON',
    args: ['evaluate', '--json', '--package', '{"east": "hold",'],
    code: 1,
    says: /^sim: evaluate: the --package value is not valid JSON/,
  },
  {
    what: 'an unknown option',
    args: ['evaluate', '--json', '--package', withOption('east', 'bogus')],
    code: 1,
    says: /^sim: evaluate: unknown option "bogus" for issue "east"$/,
  },
  {
    what: 'an unknown issue',
    args: ['evaluate', '--package', withOption('crimea', 'recognized')],
    code: 1,
    says: /^sim: evaluate: unknown issue "crimea"$/,
  },
  {
    what: 'a missing issue',
    args: ['evaluate', '--package', '{"east":"hold"}'],
    code: 1,
    says: /^sim: evaluate: missing issue "pockets"$/,
  },
  {
    what: 'a scenario file that does not exist',
    args: ['analyze', '--scenario', 'missing/scenario.json'],
    code: 1,
    says: /^sim: analyze: cannot read "missing\/scenario\.json": no such file$/,
  },
  {
    what: 'an unknown scenario id',
    args: ['analyze', '--scenario', 'geneva-2026'],
    code: 1,
    says: /unknown scenario "geneva-2026"/,
  },
  {
    what: 'a negative seed',
    args: ['play', '--seed', '-1', '--strategy', 'greedy'],
    code: 1,
    says: /^sim: play: --seed must be a whole number from 0 to 4294967295, not "-1"$/,
  },
  {
    what: 'a seed past 4294967295',
    args: ['play', '--seed', '4294967296', '--strategy', 'greedy', '--json'],
    code: 1,
    says: /--seed must be a whole number/,
  },
  {
    what: 'an unknown strategy',
    args: ['play', '--seed', '7', '--strategy', 'clever'],
    code: 1,
    says: /^sim: play: unknown strategy "clever"/,
  },
  {
    what: 'an unknown difficulty',
    args: ['play', '--seed', '7', '--strategy', 'greedy', '--difficulty', 'brutal'],
    code: 1,
    says: /^sim: play: unknown difficulty "brutal"/,
  },
  {
    what: 'a save file that does not exist',
    args: ['replay', 'no-such-save.json'],
    code: 1,
    says: /^sim: replay: no-such-save\.json: cannot read "no-such-save\.json": no such file$/,
  },
  {
    what: 'a save that is JSON but not a save',
    args: ['replay', '--json', 'not-a-save.json'],
    code: 1,
    says: /^sim: replay: not-a-save\.json: invalid save: format: must be "mediator-save"$/,
  },
  {
    what: 'a save from a newer version of the game',
    args: ['replay', 'newer.json'],
    code: 1,
    says: /^sim: replay: newer\.json: save version 3 is newer than this game reads \(2\): update the game$/,
  },
  {
    what: 'a save file over 1 MB, before reading it',
    args: ['replay', 'huge.json'],
    code: 1,
    says: /^sim: replay: huge\.json: save file is too large \(1000001 bytes; at most 1000000\)$/,
  },
];

describe.concurrent('sim on bad input', { timeout: SIM_TIMEOUT }, () => {
  const dir = tempDir();
  beforeAll(() => {
    writeFileSync(join(dir.path, 'not-a-save.json'), '{"format":"something-else","version":1}');
    writeFileSync(join(dir.path, 'newer.json'), '{"format":"mediator-save","version":3}');
    writeFileSync(join(dir.path, 'huge.json'), ' '.repeat(1_000_001));
  });
  afterAll(() => dir.remove());

  it.for(CASES)('refuses $what with one line and no stack trace', async ({ args, code, says }) => {
    const run = await sim(dir.path, ...args);
    expect(expectFailure(run, code)).toMatch(says);
    if (args[0] !== 'replay') expect(run.stdout).toBe('');
  });

  it('prints the usage and exits 2 when no command is given', async () => {
    const run = await sim(dir.path);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: npm run sim -- <command>');
  });

  it('prints the usage on stdout for help', async () => {
    const run = await sim(dir.path, '--help');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const command of ['analyze', 'evaluate', 'replay FILE', 'play --seed N']) {
      expect(run.stdout).toContain(command);
    }
  });
});
