import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAgent, startAgent } from '../../src/cli/agent';
import { playGame } from '../../src/model/bots';
import { compileScenario } from '../../src/model/compile';
import { createGame } from '../../src/model/game';
import { builtInScenario } from '../../src/model/scenarios';
import { replaySave } from '../../src/saves/replay';
import { parseSaveText } from '../../src/saves/save-format';
import { SIM_TIMEOUT, tempDir } from './sim';

const scenario = builtInScenario('alaska-2025');
if (!scenario) throw new Error('alaska-2025');
const model = compileScenario(scenario);

async function* linesOf(lines: readonly string[]) {
  yield* lines;
}

/** Plays lines through `play --agent` in-process and returns what it wrote, parsed. */
async function agent(argv: readonly string[], lines: readonly string[]) {
  const written: string[] = [];
  const run = await runAgent(
    argv,
    linesOf(lines),
    (line) => written.push(line),
    () => 42,
  );
  return { ...run, out: written.map((line) => JSON.parse(line)) };
}

describe('sim play --agent', () => {
  it('answers each action with what the player would see, and opens with the game as it starts', async () => {
    const { out, exitCode } = await agent(
      ['--agent', '--seed', '5'],
      [JSON.stringify({ type: 'consult', party: 'ru' })],
    );
    expect(exitCode).toBe(0);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ scenario: 'alaska-2025', seed: 5, session: 1, last: null });
    expect(out[1]).toMatchObject({
      session: 2,
      sessionsLeft: 9,
      last: { step: 1, action: { type: 'consult', party: 'ru' }, answers: null },
    });
    expect(out[1].parties.ru.consults).toBe(1);
    expect(out[1].parties.ru.noDealRange).toHaveLength(2);
  });

  it('never shows a hidden value: no no-deal value, demand, opening or generator', async () => {
    const { out } = await agent(
      ['--agent', '--seed', '5'],
      ['{"type":"consult","party":"ru"}', '{"type":"pressure","party":"us"}'],
    );
    for (const observation of out) {
      const text = JSON.stringify(observation);
      for (const hidden of ['noDealValue', 'opening', 'demand', 'rng', 'agenda', 'curve'])
        expect(text).not.toContain(`"${hidden}"`);
    }
    // The state behind them holds every one of those.
    const game = createGame(model, { seed: 5, difficulty: 'normal' });
    expect(Object.keys(game.parties.ru ?? {})).toEqual(
      expect.arrayContaining(['noDealValue', 'opening', 'curve']),
    );
  });

  it('answers a bad line with a one-line JSON error and changes nothing', async () => {
    const { out } = await agent(
      ['--agent', '--seed', '5'],
      ['not json', '{"type":"bribe"}', '{"type":"summit"}', '{"type":"consult","party":"fr"}'],
    );
    expect(out.slice(1)).toEqual([
      { error: 'not a JSON action: send one object per line, e.g. {"type":"summit"}' },
      { error: 'unknown action "bribe"' },
      { error: 'table a proposal before convening the summit' },
      { error: 'unknown party "fr"' },
    ]);
  });

  it('plays a whole game as the built-in expert does, ends with the outcome, and writes the save', async () => {
    const dir = tempDir();
    try {
      const file = join(dir.path, 'agent.json');
      const bot = playGame(model, { seed: 9, difficulty: 'hard', strategy: 'expert' });
      const lines = [...bot.steps.map((s) => JSON.stringify(s.action)), '{"type":"adjourn"}'];
      const { out, exitCode } = await agent(
        ['--agent', '--seed', '9', '--difficulty', 'hard', '--out', file],
        lines,
      );
      expect(exitCode).toBe(0);
      // It stops at the outcome: the line after it is never read.
      expect(out).toHaveLength(bot.steps.length + 1);
      expect(out.at(-1).outcome).toEqual(bot.state.outcome);
      const saved = parseSaveText(readFileSync(file, 'utf8'));
      if (!saved.ok) throw new Error(saved.error);
      const replay = replaySave(saved.save);
      expect(replay.ok && replay.final.outcome).toEqual(bot.state.outcome);
    } finally {
      dir.remove();
    }
  });

  it('refuses a bad flag before playing, in one line', async () => {
    expect(() => startAgent(['--agent', '--difficulty', 'brutal'], () => 1)).toThrow(
      'unknown difficulty "brutal": choose easy, normal, hard',
    );
    const run = await agent(['--agent', '--seed', 'x'], []);
    expect(run.exitCode).toBe(1);
    expect(run.failure).toMatch(/^--seed must be a whole number/);
    expect(run.out).toEqual([]);
  });

  it('draws a game number when none is given, and says which', async () => {
    const { out } = await agent(['--agent'], []);
    expect(out[0].seed).toBe(42);
  });

  it('talks over standard input and output as a child process', {
    timeout: SIM_TIMEOUT,
  }, async () => {
    const root = resolve(import.meta.dirname, '../..');
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    const child = spawn(
      process.execPath,
      ['--import', tsx, join(root, 'src/cli/main.ts'), 'play', '--agent', '--seed', '3'],
      { cwd: root },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stdin.end('{"type":"consult","party":"ua"}\n{"type":"adjourn"}\n');
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.session)).toEqual([1, 2, 2]);
    expect(lines.at(-1).outcome).toMatchObject({ kind: 'stalemate', cause: 'adjourned' });
  });
});
