import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classCsv, csvCell } from '../../src/saves/class-csv';
import { type ClassInput, summarizeClass } from '../../src/saves/class-summary';
import { parseCsv } from '../csv';

const example = (name: string, file = `${name}.json`): ClassInput => ({
  file,
  text: readFileSync(`public/examples/${name}.json`, 'utf8'),
});

describe('csvCell', () => {
  it('quotes cells holding commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tTAB')).toBe("'\tTAB");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('leaves numbers as numbers, negative ones too, and empty values empty', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(57.5)).toBe('57.5');
    expect(csvCell(null)).toBe('');
  });
});

describe('classCsv', () => {
  const summary = summarizeClass([
    example('deal', 'Table 1, Ana & "Bo".json'),
    example('stalemate', '=cmd|calc.json'),
    example('surrender', 'table 3.json'),
  ]);
  const group = summary.groups[0];
  if (!group) throw new Error('no group');
  const text = classCsv(group);
  const rows = parseCsv(text);

  it('has a header naming each leader’s columns by its id, and one row a game, CRLF-ended', () => {
    expect(rows[0]).toEqual([
      'table',
      'file',
      'name',
      'group_or_students',
      'class_code',
      'scenario',
      'difficulty',
      'leaders_played_by',
      'outcome',
      'surrendered_by',
      'stalemate_cause',
      'score',
      'fairness',
      'efficiency',
      'durability',
      'package',
      'us_utility',
      'us_no_deal',
      'ru_utility',
      'ru_no_deal',
      'ua_utility',
      'ua_no_deal',
      'sessions_used',
      'sessions',
    ]);
    expect(rows).toHaveLength(4);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(rows.every((r) => r.length === rows[0]?.length)).toBe(true);
  });

  it('writes each game’s outcome, scores, satisfaction and sessions', () => {
    const byFile = new Map(rows.slice(1).map((r) => [r[1], r]));
    const deal = byFile.get('Table 1, Ana & "Bo".json');
    const game = group.games.find((g) => g.outcome === 'deal');
    expect(deal?.slice(5, 16)).toEqual([
      'alaska-2025',
      'normal',
      'model',
      'deal',
      '',
      '',
      String(game?.score?.total),
      String(game?.score?.fairness),
      String(game?.score?.efficiency),
      String(game?.score?.durability),
      'signed',
    ]);
    expect(deal?.slice(16, 22)).toEqual(
      game?.leaders.flatMap((l) => [String(l.utility), String(l.noDeal)]),
    );
    expect(deal?.slice(22)).toEqual([String(game?.sessionsUsed), '10']);

    const surrender = byFile.get('table 3.json');
    expect(surrender?.slice(8, 12)).toEqual(['surrender', 'ua', '', '']);
    const stalemate = byFile.get("'=cmd|calc.json");
    expect(stalemate?.slice(8, 12)).toEqual(['stalemate', '', 'deadline', '']);
    expect(stalemate?.[15]).toBe('last tabled');
  });

  it('writes the name the teacher gave a game and its class code, for the games given in their order', () => {
    const [, first, third] = group.games;
    if (!first || !third) throw new Error('no games');
    const named = parseCsv(
      classCsv(group, new Map([[third.file, '  =Ana and Bo ']]), [third, first]),
    );
    const column = (name: string) => named[0]?.indexOf(name) ?? -1;
    expect(named.slice(1).map((r) => r[1])).toEqual([third.file, first.file]);
    expect(named.slice(1).map((r) => r[column('group_or_students')])).toEqual(["'=Ana and Bo", '']);
    expect(named[1]?.[column('class_code')]).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(named[1]?.[column('class_code')]).toBe(third.code);
  });

  it('neutralises a file name that starts like a formula', () => {
    expect(text).toContain("'=cmd|calc.json");
    expect(rows.slice(1).every((r) => !/^[=+\-@]/.test(r[1] ?? ''))).toBe(true);
  });
});

describe('classCsv of a role-play', () => {
  it('says the leaders were played by students', () => {
    const summary = summarizeClass([
      example('deal'),
      {
        file: 'group 4.json',
        text: readFileSync('test/fixtures/saves/v4/role-play-deal.json', 'utf8'),
      },
    ]);
    const group = summary.groups[0];
    if (!group) throw new Error('no group');
    const rows = parseCsv(classCsv(group));
    const column = rows[0]?.indexOf('leaders_played_by') ?? -1;
    const byFile = new Map(rows.slice(1).map((r) => [r[1], r[column]]));
    expect(byFile.get('group 4.json')).toBe('students');
    expect(byFile.get('deal.json')).toBe('model');
  });
});
