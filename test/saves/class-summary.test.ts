import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playGame, type Strategy } from '../../src/model/bots';
import { compileScenario, type ScenarioModel } from '../../src/model/compile';
import { RULES_VERSION } from '../../src/model/scenario-hash';
import { syntheticScenario } from '../../src/model/synthetic';
import { type ClassGame, type ClassInput, summarizeClass } from '../../src/saves/class-summary';
import { replaySave } from '../../src/saves/replay';
import { createSave, parseSaveText, serializeSave } from '../../src/saves/save-format';
import { alaskaModel } from '../model/fixtures';

const model = alaskaModel();

/** A bot's whole game as save file text; `keep` cuts it short to leave it unfinished. */
function botSave(
  seed: number,
  strategy: Strategy,
  options: { keep?: number; model?: ScenarioModel } = {},
): string {
  const m = options.model ?? model;
  const game = playGame(m, { seed, strategy, difficulty: 'normal' });
  const steps = options.keep === undefined ? game.steps : game.steps.slice(0, options.keep);
  return serializeSave(
    createSave(m, { seed, difficulty: 'normal' }, steps, {
      name: `${strategy} bot, seed ${seed}`,
      savedAt: null,
    }),
  );
}

const example = (name: string): { file: string; text: string } => ({
  file: `${name}.json`,
  text: readFileSync(`public/examples/${name}.json`, 'utf8'),
});

function onlyGroup(inputs: readonly ClassInput[]) {
  const summary = summarizeClass(inputs);
  expect(summary.groups).toHaveLength(1);
  const [group] = summary.groups;
  if (!group) throw new Error('no group');
  return { summary, group };
}

const gameIn = (games: readonly ClassGame[], file: string) => {
  const game = games.find((g) => g.file === file);
  if (!game) throw new Error(`no game from ${file}`);
  return game;
};

describe('summarizeClass', () => {
  it('replays each save into one row: outcome, score, each leader’s utility and no-deal value, sessions used', () => {
    const { group } = onlyGroup([example('surrender'), example('deal'), example('stalemate')]);
    expect(group.games.map((g) => [g.number, g.file, g.outcome])).toEqual([
      [1, 'deal.json', 'deal'],
      [2, 'stalemate.json', 'stalemate'],
      [3, 'surrender.json', 'surrender'],
    ]);

    const deal = gameIn(group.games, 'deal.json');
    const parsed = parseSaveText(example('deal').text);
    if (!parsed.ok) throw new Error(parsed.error);
    const replay = replaySave(parsed.save);
    if (!replay.ok || replay.final.outcome?.kind !== 'deal') throw new Error('not a deal');
    expect(deal.name).toBe(parsed.save.name);
    expect(deal.score).toEqual(replay.final.outcome.score);
    expect(deal.signed).toBe(true);
    expect(deal.package).toEqual(replay.final.outcome.package);
    expect(deal.leaders).toEqual(
      model.partyIds.map((id) => ({
        id,
        utility: replay.final.outcome?.kind === 'deal' ? replay.final.outcome.utilities[id] : null,
        noDeal: replay.final.parties[id]?.noDealValue,
      })),
    );
    expect(deal.sessionsUsed).toBe(replay.final.sessionsUsed);
    expect(deal.sessions).toBe(10);
    expect(deal.surrenderedBy).toBeNull();

    const surrender = gameIn(group.games, 'surrender.json');
    expect(surrender.surrenderedBy).toBe('ua');
    expect(surrender.score).toBeNull();
    expect(surrender.signed).toBe(true);
  });

  it('gives a stalemate the utilities of the last package tabled, marked as not signed', () => {
    const { group } = onlyGroup([example('stalemate')]);
    const [stalemate] = group.games;
    expect(stalemate?.outcome).toBe('stalemate');
    expect(stalemate?.stalemateCause).toBe('deadline');
    expect(stalemate?.signed).toBe(false);
    expect(stalemate?.package).not.toBeNull();
    expect(stalemate?.leaders.every((l) => typeof l.utility === 'number')).toBe(true);
  });

  it('has no utilities for a game in which nothing was tabled', () => {
    const { group } = onlyGroup([{ file: 'early.json', text: botSave(1, 'greedy', { keep: 1 }) }]);
    expect(group.games[0]?.outcome).toBe('unfinished');
    expect(group.games[0]?.package).toBeNull();
    expect(group.games[0]?.leaders.map((l) => l.utility)).toEqual([null, null, null]);
  });

  it('lists files that cannot be read or parsed with their error, and does not count them', () => {
    const summary = summarizeClass([
      example('deal'),
      { file: 'huge.json', error: '“huge.json” is too large to be a saved game' },
      { file: 'broken.json', text: '{"format":"mediator-save","version":2,"steps":[' },
      { file: 'notes.json', text: '{"format":"something-else"}' },
    ]);
    expect(summary.groups[0]?.tally.total).toBe(1);
    expect(summary.problems).toEqual([
      { file: 'broken.json', error: expect.stringMatching(/^save is not valid JSON/) },
      { file: 'huge.json', error: '“huge.json” is too large to be a saved game' },
      { file: 'notes.json', error: 'invalid save: format: must be "mediator-save"' },
    ]);
    expect(summary.unreplayable).toEqual([]);
  });

  it('counts games this release cannot replay apart, each with its name and why, never as files not read', () => {
    const diverging = JSON.parse(example('deal').text);
    diverging.steps[1].hash = '0000000000000000000000000000';
    const otherVersion = JSON.parse(example('stalemate').text);
    otherVersion.scenario.hash = '0'.repeat(28);
    const unknown = JSON.parse(example('surrender').text);
    unknown.scenario.id = 'atlantis-2030';
    const summary = summarizeClass([
      example('deal'),
      { file: 'changed.json', text: JSON.stringify(diverging) },
      { file: 'older.json', text: JSON.stringify(otherVersion) },
      { file: 'elsewhere.json', text: JSON.stringify(unknown) },
    ]);
    expect(summary.groups[0]?.tally.total).toBe(1);
    expect(summary.problems).toEqual([]);
    expect(summary.unreplayable).toEqual([
      {
        file: 'changed.json',
        name: diverging.name,
        why: { kind: 'other-rules', step: 2 },
        error: expect.stringMatching(/^diverges at step 2/),
      },
      {
        file: 'elsewhere.json',
        name: unknown.name,
        why: { kind: 'unknown-scenario' },
        error: 'unknown scenario "atlantis-2030"',
      },
      {
        file: 'older.json',
        name: otherVersion.name,
        why: { kind: 'other-version' },
        error:
          'this save was made with a version of scenario "alaska-2025" that this release does not have',
      },
    ]);
  });

  it('counts a game it cannot replay once, however many times it is given', () => {
    const older = JSON.parse(example('stalemate').text);
    older.scenario.hash = '0'.repeat(28);
    const text = JSON.stringify(older);
    const summary = summarizeClass([
      { file: 'older.json', text },
      { file: 'older (copy).json', text: JSON.stringify({ ...older, name: 'Renamed' }) },
    ]);
    expect(summary.groups).toEqual([]);
    expect(summary.unreplayable.map((g) => g.file)).toEqual(['older (copy).json']);
    expect(summary.duplicates).toEqual([{ file: 'older.json', sameAs: 'older (copy).json' }]);
  });

  it('counts the same game given twice once, naming the copy', () => {
    const text = botSave(4, 'greedy');
    const summary = summarizeClass([
      { file: 'table-1.json', text },
      { file: 'table-1 (copy).json', text: text.replace('greedy bot', 'renamed') },
      { file: 'table-2.json', text: botSave(5, 'greedy') },
    ]);
    expect(summary.groups[0]?.games.map((g) => g.file)).toEqual([
      'table-1 (copy).json',
      'table-2.json',
    ]);
    expect(summary.duplicates).toEqual([{ file: 'table-1.json', sameAs: 'table-1 (copy).json' }]);
  });

  it('counts different games with the same file name, numbering the later ones', () => {
    const summary = summarizeClass([
      { file: 'mediator-deal.json', text: botSave(4, 'greedy') },
      { file: 'mediator-deal.json', text: botSave(5, 'greedy') },
      { file: 'mediator-deal.json (2)', text: botSave(6, 'greedy') },
      { file: 'mediator-deal.json', text: botSave(7, 'greedy') },
    ]);
    expect(summary.groups[0]?.games.map((g) => g.file)).toEqual([
      'mediator-deal.json',
      'mediator-deal.json (2)',
      'mediator-deal.json (3)',
      'mediator-deal.json (4)',
    ]);
    expect(summary.renamed).toEqual([
      { file: 'mediator-deal.json', as: 'mediator-deal.json (3)' },
      { file: 'mediator-deal.json', as: 'mediator-deal.json (4)' },
    ]);
    expect(summary.duplicates).toEqual([]);
  });

  it('takes the very same file given twice as one file', () => {
    const text = botSave(4, 'greedy');
    const summary = summarizeClass([
      { file: 'table-1.json', text },
      { file: 'table-1.json', text },
    ]);
    expect(summary.groups[0]?.games).toHaveLength(1);
    expect(summary.renamed).toEqual([]);
    expect(summary.duplicates).toEqual([]);
  });

  it('orders tables by file name with numbers in numeric order', () => {
    const { group } = onlyGroup(
      [10, 2, 1].map((n) => ({ file: `table-${n}.json`, text: botSave(n, 'greedy') })),
    );
    expect(group.games.map((g) => g.file)).toEqual([
      'table-1.json',
      'table-2.json',
      'table-10.json',
    ]);
  });

  it('keeps games of different scenarios apart, the largest group first', () => {
    const synthetic = compileScenario(syntheticScenario(3, 3, 1));
    const summary = summarizeClass([
      { file: 'a.json', text: botSave(1, 'greedy', { model: synthetic }) },
      { file: 'b.json', text: botSave(1, 'greedy') },
      { file: 'c.json', text: botSave(2, 'greedy') },
    ]);
    expect(summary.groups.map((g) => [g.model.scenario.id, g.games.map((x) => x.file)])).toEqual([
      ['alaska-2025', ['b.json', 'c.json']],
      [synthetic.scenario.id, ['a.json']],
    ]);
    expect(summary.groups[1]?.games[0]?.number).toBe(1);
  });

  it('keeps games played under earlier rules apart from games played under these rules', () => {
    // Golden saves of release 0.2, played under rules 1.
    const golden = (file: string) => ({
      file,
      text: readFileSync(`test/fixtures/saves/v3/${file}`, 'utf8'),
    });
    const summary = summarizeClass([
      golden('game-hash-greedy-deal.json'),
      golden('game-hash-random-hard.json'),
      { file: 'table-1.json', text: botSave(1, 'expert') },
    ]);
    expect(summary.groups.map((g) => [g.model.rules, g.games.map((x) => x.file)])).toEqual([
      [1, ['game-hash-greedy-deal.json', 'game-hash-random-hard.json']],
      [RULES_VERSION, ['table-1.json']],
    ]);
    expect(summary.groups.map((g) => g.title)).toEqual([
      'Alaska to Washington, August 2025, under the rules of release 0.2 or before',
      'Alaska to Washington, August 2025',
    ]);
  });

  it('tallies the outcomes, unfinished games apart', () => {
    const { group } = onlyGroup([
      { file: 'deal.json', text: botSave(1, 'expert') },
      { file: 'stalemate.json', text: botSave(3, 'random') }, // failed summit
      { file: 'surrender.json', text: botSave(3, 'bully') }, // Russia
      { file: 'half.json', text: botSave(3, 'random', { keep: 3 }) },
      { file: 'greedy.json', text: botSave(3, 'greedy') },
    ]);
    expect(group.tally).toEqual({ deal: 2, stalemate: 1, surrender: 1, unfinished: 1, total: 5 });
  });
});

describe('the best table', () => {
  it('is the deal with the highest score', () => {
    const { group } = onlyGroup([
      { file: 'a.json', text: botSave(0, 'adaptive') }, // 84
      { file: 'b.json', text: botSave(2, 'greedy') }, // 80
      { file: 'surrender.json', text: botSave(3, 'bully') },
    ]);
    expect(group.best?.game.file).toBe('a.json');
    expect(group.best?.reason).toBe('The highest deal score: 84 of 100.');
  });

  it('breaks a tie on score by fairness, and says so', () => {
    // Both score 75 in 2 sessions; fairness 48 and 49.
    const synthetic = compileScenario(syntheticScenario(4, 3, 5));
    const { group } = onlyGroup([
      { file: 'a.json', text: botSave(0, 'compromise', { model: synthetic }) },
      { file: 'b.json', text: botSave(17, 'random', { model: synthetic }) },
    ]);
    expect(group.best?.game.file).toBe('b.json');
    expect(group.best?.reason).toBe(
      'The highest deal score: 75 of 100, tied with 1 other table (#1); it is the fairer deal (fairness 49 against 48).',
    );
  });

  it('breaks a tie on score and fairness by file name, and says so', () => {
    // Seeds 0, 3 and 8 all score 80 with fairness 69 in 8 sessions.
    const { group } = onlyGroup([
      { file: 'c.json', text: botSave(8, 'greedy') },
      { file: 'b.json', text: botSave(3, 'greedy') },
      { file: 'a.json', text: botSave(0, 'greedy') },
    ]);
    expect(group.best?.game.file).toBe('a.json');
    expect(group.best?.reason).toBe(
      'The highest deal score: 80 of 100, tied with 2 other tables (#2, #3); as fair and as quick, it comes first by file name.',
    );
  });

  it('does not exist without a deal', () => {
    const { group } = onlyGroup([example('stalemate'), example('surrender')]);
    expect(group.best).toBeNull();
  });
});

describe('the worst table', () => {
  it('is a surrender when there is one, however well the others did', () => {
    const { group } = onlyGroup([example('deal'), example('stalemate'), example('surrender')]);
    expect(group.worst?.game.file).toBe('surrender.json');
    expect(group.worst?.reason).toMatch(
      /^A surrender: Ukraine signed for [\d.]+, [\d.]+ below its no-deal value of \d+\.$/,
    );
  });

  it('is, without a surrender, a stalemate: a walk-out before one that ran out of time', () => {
    const { group } = onlyGroup([
      { file: 'deal.json', text: botSave(1, 'expert') },
      { file: 'a.json', text: botSave(4, 'random') }, // deadline
      { file: 'b.json', text: botSave(0, 'random') }, // walk-out
    ]);
    expect(group.worst?.game.file).toBe('b.json');
    expect(group.worst?.game.stalemateCause).toBe('walk-out');
    expect(group.worst?.reason).toMatch(
      /^No table surrendered, so a stalemate \(one of 2: #1, #2\)\. Russia walked out/,
    );
  });

  it('is, when every table signed a deal, the lowest-scoring one', () => {
    const { group } = onlyGroup([
      { file: 'a.json', text: botSave(0, 'adaptive') }, // 84
      { file: 'b.json', text: botSave(1, 'bully') }, // 37
      { file: 'c.json', text: botSave(2, 'greedy') }, // 80
    ]);
    expect(group.worst?.game.file).toBe('b.json');
    expect(group.worst?.reason).toBe(
      'Every finished table signed a deal; this one scored lowest: 37 of 100.',
    );
  });

  it('is never the best table itself, nor an unfinished game', () => {
    const { group } = onlyGroup([
      { file: 'deal.json', text: botSave(1, 'expert') },
      { file: 'half.json', text: botSave(3, 'random', { keep: 3 }) },
    ]);
    expect(group.best?.game.file).toBe('deal.json');
    expect(group.worst).toBeNull();
  });
});
