import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtInScenarioData,
  CANONICAL,
  expectFailure,
  SIM_TIMEOUT,
  sim,
  simInProcess,
  tempDir,
} from './sim';

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
    what: 'a balance run of no seeds',
    args: ['balance', '--seeds', '0'],
    code: 1,
    says: /^sim: balance: --seeds must be a whole number from 1 to 100000, not "0"$/,
  },
  {
    what: 'a save from a newer version of the game',
    args: ['replay', 'newer.json'],
    code: 1,
    says: /^sim: replay: newer\.json: save version 5 is newer than this game reads \(4\): update the game$/,
  },
  {
    what: 'a save file over 1 MB, before reading it',
    args: ['replay', 'huge.json'],
    code: 1,
    says: /^sim: replay: huge\.json: "huge\.json" is too large to be a saved game \(1,000,001 bytes; at most 1,000,000\)$/,
  },
  {
    what: 'an endless device, before reading it',
    args: ['replay', '/dev/zero'],
    code: 1,
    says: /^sim: replay: \/dev\/zero: cannot read "\/dev\/zero": it is not a regular file \(a device, a pipe or a socket\)$/,
  },
  {
    what: 'a named pipe no one writes to, without waiting for it',
    args: ['replay', 'pipe.json'],
    code: 1,
    says: /^sim: replay: pipe\.json: cannot read "pipe\.json": it is not a regular file/,
  },
  {
    what: 'a folder given as a scenario',
    args: ['analyze', '--scenario', './'],
    code: 1,
    says: /^sim: analyze: cannot read "\.\/": it is a folder$/,
  },
  {
    what: 'a scenario with an issue named "constructor"',
    args: ['analyze', '--scenario', 'constructor.json'],
    code: 1,
    says: /^sim: analyze: constructor\.json: invalid scenario: parties\.0\.priorities\.constructor: "constructor" is a name JavaScript keeps for itself/,
  },
  {
    what: 'a file that is not text',
    args: ['replay', 'binary.json'],
    code: 1,
    says: /^sim: replay: binary\.json: "binary\.json" is not UTF-8 or UTF-16 text$/,
  },
  {
    what: 'a scenario whose fault holds control characters, printed as escapes',
    args: ['analyze', '--scenario', 'escapes.json'],
    code: 1,
    says: /^sim: analyze: escapes\.json: invalid scenario: parties\.0\.priorities\.x\\u001b\[2J: /,
  },
];

describe.concurrent('sim on bad input', { timeout: SIM_TIMEOUT }, () => {
  const dir = tempDir();
  beforeAll(() => {
    writeFileSync(join(dir.path, 'not-a-save.json'), '{"format":"something-else","version":1}');
    writeFileSync(join(dir.path, 'newer.json'), '{"format":"mediator-save","version":5}');
    writeFileSync(join(dir.path, 'huge.json'), ' '.repeat(1_000_001));
    execFileSync('mkfifo', [join(dir.path, 'pipe.json')]);
    writeFileSync(join(dir.path, 'binary.json'), Buffer.from([0x7b, 0xc3, 0x28, 0x7d]));
    // A key that a teacher's editor left an escape sequence in, which would clear a terminal.
    const scenario = builtInScenarioData() as { parties: { priorities: object }[] };
    const [party] = scenario.parties;
    if (party) party.priorities = { ...party.priorities, 'x\u001b[2J': { weight: 1 } };
    writeFileSync(join(dir.path, 'escapes.json'), JSON.stringify(scenario));
    const renamed = JSON.stringify(builtInScenarioData()).replaceAll('"east"', '"constructor"');
    writeFileSync(join(dir.path, 'constructor.json'), renamed);
  });
  afterAll(() => dir.remove());

  it.for(CASES)('refuses $what with one line and no stack trace', ({ args, code, says }) => {
    const run = simInProcess(dir.path, ...args);
    expect(expectFailure(run, code)).toMatch(says);
    // Nothing the files hold reaches the terminal as a control character.
    expect(run.stderr.trimEnd()).not.toMatch(/\p{Cc}/u);
    if (args[0] !== 'replay') expect(run.stdout).toBe('');
  });

  it('prints that one line and exits with its status as a process too', async () => {
    const spawned = CASES.filter((c) =>
      [
        'an unknown command',
        'a file that is not text',
        'a named pipe no one writes to, without waiting for it',
      ].includes(c.what),
    );
    expect(spawned).toHaveLength(3);
    for (const { args, code, says } of spawned) {
      const run = await sim(dir.path, ...args);
      expect(expectFailure(run, code)).toMatch(says);
      expect(run.stderr.trimEnd()).not.toMatch(/\p{Cc}/u);
    }
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
