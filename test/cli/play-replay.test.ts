import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVE_VERSION } from '../../src/saves/save-format';
import { builtInScenarioData, expectFailure, SIM_TIMEOUT, sim, tempDir } from './sim';

const fixtures = resolve(import.meta.dirname, '../fixtures/saves');
const GOLDEN = ['v1', 'v2', 'v2-game-hash'].flatMap((v) =>
  readdirSync(join(fixtures, v)).map((f) => join(fixtures, v, f)),
);

interface SavedStep {
  action: { type: string; party?: string; package?: Record<string, string> };
  hash: string;
}

describe.concurrent('sim play and replay', { timeout: SIM_TIMEOUT }, () => {
  const dir = tempDir();
  const file = (name: string) => join(dir.path, name);
  beforeAll(() => {
    const modified = builtInScenarioData();
    modified.title = 'A modified copy';
    const parties = modified.parties as { reservationValue: { value: number } }[];
    if (parties[0]) parties[0].reservationValue.value = 55;
    writeFileSync(file('modified.json'), JSON.stringify(modified));
  });
  afterAll(() => dir.remove());

  it('plays a greedy game, saves it, and replays it to the recorded end', async () => {
    const play = await sim(
      dir.path,
      'play',
      '--seed',
      '7',
      '--strategy',
      'greedy',
      '--out',
      'g.json',
    );
    expect(play.code).toBe(0);
    expect(play.stdout).toContain('1. Session 1: consults');
    expect(play.stdout).toMatch(/^Outcome: deal scoring \d+ of 100$/m);
    expect(play.stdout).toContain('Saved to g.json');

    const replay = await sim(dir.path, 'replay', 'g.json');
    expect(replay.code).toBe(0);
    expect(replay.stderr).toBe('');
    expect(replay.stdout).toMatch(/^g\.json: OK, \d+ steps, deal scoring \d+ of 100$/m);

    const save = JSON.parse(readFileSync(file('g.json'), 'utf8'));
    expect(save).toMatchObject({
      version: SAVE_VERSION,
      game: expect.stringMatching(/^[0-9a-f]{12}$/),
      name: 'Greedy bot, seed 7',
      savedAt: null,
      branchedFrom: null,
    });
    const steps = save.steps as SavedStep[];
    const consult = steps.findIndex((s) => s.action.type === 'consult');
    const propose = steps.findIndex((s) => s.action.type === 'propose');
    expect(consult).toBeGreaterThanOrEqual(0);
    expect(propose).toBeGreaterThanOrEqual(0);

    const otherParty = structuredClone(save);
    const consultAction = otherParty.steps[consult].action;
    consultAction.party = consultAction.party === 'ua' ? 'ru' : 'ua';
    writeFileSync(file('other-party.json'), JSON.stringify(otherParty));
    const otherOption = structuredClone(save);
    const pkg = otherOption.steps[propose].action.package;
    pkg.forces = pkg.forces === 'monitors' ? 'none' : 'monitors';
    writeFileSync(file('other-option.json'), JSON.stringify(otherOption));
    writeFileSync(file('truncated.json'), readFileSync(file('g.json'), 'utf8').slice(0, 200));

    const party = await sim(dir.path, 'replay', 'other-party.json');
    expect(expectFailure(party, 1)).toBe(
      `sim: replay: other-party.json: diverges at step ${consult + 1}: the game no longer reaches the recorded state`,
    );
    expect(party.stdout).toContain('other-party.json: FAILED');

    const option = await sim(dir.path, 'replay', '--json', 'g.json', 'other-option.json');
    expect(expectFailure(option, 1)).toContain(
      `other-option.json: diverges at step ${propose + 1}`,
    );
    const results = JSON.parse(option.stdout);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ file: 'g.json', ok: true, steps: steps.length });
    expect(results[0].outcome.kind).toBe('deal');
    expect(results[1]).toMatchObject({
      file: 'other-option.json',
      ok: false,
      steps: steps.length,
      step: propose + 1,
    });
    expect(results[1].error).toMatch(/^diverges at step/);

    const truncated = await sim(dir.path, 'replay', 'truncated.json');
    expect(expectFailure(truncated, 1)).toMatch(
      /^sim: replay: truncated\.json: save is not valid JSON/,
    );
  });

  it('plays the same game from the same seed every time, and reports it as JSON', async () => {
    const args = ['play', '--seed=7', '--strategy=greedy', '--json'];
    const [first, second] = await Promise.all([
      sim(dir.path, ...args, '--out', 'again-1.json'),
      sim(dir.path, ...args, '--out', 'again-2.json'),
    ]);
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(readFileSync(file('again-1.json'), 'utf8')).toBe(
      readFileSync(file('again-2.json'), 'utf8'),
    );
    const result = JSON.parse(first.stdout);
    expect(Object.keys(result)).toEqual([
      'seed',
      'strategy',
      'difficulty',
      'steps',
      'outcome',
      'out',
    ]);
    expect(result).toMatchObject({
      seed: 7,
      strategy: 'greedy',
      difficulty: 'normal',
      out: 'again-1.json',
    });
    expect(result.outcome.kind).toBe('deal');
  });

  it('replays the saves of every earlier version', async () => {
    const run = await sim(dir.path, 'replay', '--json', ...GOLDEN);
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as { ok: boolean }[];
    expect(results).toHaveLength(GOLDEN.length);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('replays a save that an editor wrote with a byte-order mark, in UTF-8 or UTF-16', async () => {
    const text = readFileSync(
      resolve(import.meta.dirname, '../../public/examples/deal.json'),
      'utf8',
    );
    writeFileSync(file('bom.json'), `\ufeff${text}`, 'utf8');
    writeFileSync(file('utf16.json'), `\ufeff${text}`, 'utf16le');
    const run = await sim(dir.path, 'replay', '--json', 'bom.json', 'utf16.json');
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as { ok: boolean; outcome: { kind: string } }[];
    expect(results.map((r) => [r.ok, r.outcome.kind])).toEqual([
      [true, 'deal'],
      [true, 'deal'],
    ]);
  });

  it('lets the random bot play a hard game to its end without writing a file', async () => {
    const run = await sim(
      dir.path,
      'play',
      '--seed',
      '4294967295',
      '--strategy',
      'random',
      '--difficulty',
      'hard',
      '--json',
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      seed: 4294967295,
      strategy: 'random',
      difficulty: 'hard',
      out: null,
    });
    expect(['deal', 'surrender', 'stalemate']).toContain(result.outcome.kind);
    expect(result.steps).toBeGreaterThan(0);
  });

  it('embeds a scenario read from a file in the save, so the save replays on its own', async () => {
    const play = await sim(
      dir.path,
      'play',
      '--seed',
      '1',
      '--strategy',
      'greedy',
      '--scenario',
      'modified.json',
      '--out',
      'm.json',
    );
    expect(play.code).toBe(0);
    const save = JSON.parse(readFileSync(file('m.json'), 'utf8'));
    expect(save.scenario.data.title).toBe('A modified copy');
    const replay = await sim(dir.path, 'replay', '--json', 'm.json');
    expect(replay.code).toBe(0);
    expect(JSON.parse(replay.stdout)[0]).toMatchObject({ file: 'm.json', ok: true });
  });
});
