import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import silverrunJson from '../../assets/scenarios/silverrun-dam.json';
import { quotedPassages, recordedQuotes, unrecordedQuotes } from '../../src/model/quotes';
import { scenarioHash } from '../../src/model/scenario-hash';
import { parseScenario } from '../../src/model/scenario-schema';
import { scenarioQuote } from '../../src/model/scenario-words';
import { BUILT_IN_SCENARIO_IDS, builtInScenario } from '../../src/model/scenarios/index';
import type { Scenario } from '../../src/model/types';
import { parseSaveText } from '../../src/saves/save-format';
import { errorsOf, type Raw, raw } from './raw-scenario';

const scenarioOf = (id: string): Scenario => {
  const scenario = builtInScenario(id);
  if (!scenario) throw new Error(`no built-in scenario ${id}`);
  return scenario;
};
/** The line alaska-2025 sets beside its rules, word for word as the report records it. */
const SURRENDER_QUOTE = 'If one side gets everything, that’s not a peace deal—it’s surrender';
const NOT_RECORDED =
  "is in quotation marks but is not a quote recorded in sources (record it in a source's quotes with who said it, or write it without quotation marks)";

describe('quotedPassages', () => {
  it('finds the passages in straight and in curly double quotation marks', () => {
    expect(quotedPassages('He said "yes" and then “no, never.” Done.')).toEqual({
      passages: ['yes', 'no, never.'],
      stray: false,
    });
  });

  it('flags a mark that is never closed, or closed by a mark of the other kind', () => {
    expect(quotedPassages('He said “yes').stray).toBe(true);
    expect(quotedPassages('He said "yes”').stray).toBe(true);
    expect(quotedPassages('Ukraine’s line, the mayors’ river').stray).toBe(false);
  });
});

describe('parseScenario and quotation marks', () => {
  it('refuses a quote the sources do not record, naming the field and the text', () => {
    const s = raw();
    s.parties[2].position = 'The Ukrainian president says “never” to any trade.';
    s.issues[0].description = 'The zones, "as reported".';
    expect(errorsOf(parseScenario(s))).toEqual([
      `parties.2.position: “never” ${NOT_RECORDED}`,
      `issues.0.description: “as reported” ${NOT_RECORDED}`,
    ]);
  });

  it('refuses a quotation mark that is never closed', () => {
    const s = raw();
    s.map.note = 'Roughly as “reported.';
    expect(errorsOf(parseScenario(s))).toEqual([
      'map.note: has a quotation mark that is not closed',
    ]);
  });

  it('accepts a recorded quote word for word, closed by the full stop of its sentence', () => {
    const s = raw();
    s.parties[2].position = `He heard the warning: “${SURRENDER_QUOTE}.”`;
    expect(errorsOf(parseScenario(s))).toEqual([]);
  });

  it('refuses a recorded quote with other punctuation: a spaced dash, a straight apostrophe', () => {
    for (const shown of [
      'If one side gets everything, that’s not a peace deal — it’s surrender',
      "If one side gets everything, that's not a peace deal—it's surrender",
    ]) {
      const s = raw();
      s.parties[2].position = `He heard: “${shown}.”`;
      expect(errorsOf(parseScenario(s))).toEqual([
        `parties.2.position: “${shown}.” ${NOT_RECORDED}`,
      ]);
    }
  });

  it('accepts a quote once a source records it, with who said it', () => {
    const s = raw();
    s.parties[2].position = 'The report has him say “never”.';
    expect(parseScenario(s).ok).toBe(false);
    s.sources[0].quotes.push({ text: 'never', by: 'a speaker the source names' });
    expect(errorsOf(parseScenario(s))).toEqual([]);
  });

  it('requires who said each recorded quote', () => {
    const s = raw();
    s.sources[0].quotes.push({ text: 'never' });
    expect(errorsOf(parseScenario(s))).toEqual(['sources.0.quotes.5.by: is missing']);
  });

  it('accepts a source that records no quotes, in a scenario that quotes nothing', () => {
    const s: Raw = structuredClone(silverrunJson);
    s.sources = [{ id: 'notes', title: 'Notes', publisher: 'A teacher', date: '2025-09-01' }];
    expect(errorsOf(parseScenario(s))).toEqual([]);
  });

  it('leaves unchecked the scenario a save carries, the record of a game already played', () => {
    // Saved by release 0.1, on a copy of alaska-2025 that quotes without recording its quotes.
    const text = readFileSync('test/fixtures/saves/v1/custom-scenario.json', 'utf8');
    expect(parseScenario(JSON.parse(text).scenario.data).ok).toBe(false);
    expect(parseSaveText(text).ok).toBe(true);
  });

  it('keeps the game hash when a source records another quote', () => {
    const s = raw();
    s.sources[0].quotes.push({ text: 'never', by: 'a speaker the source names' });
    const edited = parseScenario(s);
    if (!edited.ok) throw new Error(edited.errors.join('; '));
    const shipped = scenarioOf('alaska-2025');
    expect(scenarioHash(edited.scenario, 'game')).toBe(scenarioHash(shipped, 'game'));
  });
});

describe('the built-in scenarios', () => {
  it.each(BUILT_IN_SCENARIO_IDS)('%s shows in quotation marks only quotes it records', (id) => {
    expect(unrecordedQuotes(scenarioOf(id))).toEqual([]);
  });

  it.each(BUILT_IN_SCENARIO_IDS)('%s records only quotes the game shows', (id) => {
    const scenario = scenarioOf(id);
    const text = JSON.stringify({ ...scenario, sources: [] });
    for (const quote of recordedQuotes(scenario)) {
      const shown = quote.text === scenario.wording?.quote || text.includes(`“${quote.text}`);
      expect(shown, quote.text).toBe(true);
    }
  });
});

/**
 * alaska-2025's quotes with their speakers, each checked by hand against the news report the
 * scenario is built from: the words and punctuation, and who the report says spoke them.
 */
const CHECKED_QUOTES = [
  {
    text: 'the United States could offer Article 5 protection',
    by: 'Steve Witkoff, U.S. special envoy to Russia',
  },
  { text: 'must be ensured by all means', by: 'Vladimir Putin, President of Russia' },
  { text: 'a very big move', by: 'Marco Rubio, U.S. Secretary of State' },
  { text: 'values peace', by: 'Marco Rubio, U.S. Secretary of State' },
  { text: SURRENDER_QUOTE, by: 'Marco Rubio, U.S. Secretary of State' },
];

/**
 * The report itself is not part of the project; where a copy is at hand (MEDIATOR_SOURCE_REPORT,
 * or beside the project), the quotes are checked against it too.
 */
const REPORT =
  process.env.MEDIATOR_SOURCE_REPORT ??
  fileURLToPath(new URL('../../../shared/seed/source-article.txt', import.meta.url));

describe('alaska-2025’s recorded quotes', () => {
  const quotes = recordedQuotes(scenarioOf('alaska-2025'));

  it('are the ones checked by hand against the report, with the same speakers', () => {
    expect(quotes).toEqual(CHECKED_QUOTES);
  });

  it.skipIf(!existsSync(REPORT))('each appear word for word in the report', () => {
    const report = readFileSync(REPORT, 'utf8');
    for (const quote of quotes) expect(report, quote.text).toContain(quote.text);
  });
});

/** Every file of the game's own words: its pages, its scenes and widgets, the README. */
function ownWords(): { file: string; text: string }[] {
  const under = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? under(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  const files = [
    'README.md',
    'index.html',
    'public/guide.html',
    ...under('src/ui').filter((f) => f.endsWith('.ts')),
    ...under('src/scenes').filter((f) => f.endsWith('.ts')),
  ];
  // Lines wrap in the middle of a quote; markup does not.
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8').replace(/\s+/g, ' ') }));
}

describe('the game’s own words', () => {
  it('show the surrender line only as alaska-2025 records it, with its speaker', () => {
    expect(scenarioQuote(scenarioOf('alaska-2025'))?.quote).toEqual({
      text: SURRENDER_QUOTE,
      by: 'Marco Rubio, U.S. Secretary of State',
    });
    expect(scenarioQuote(scenarioOf('silverrun-dam'))).toBeNull();
  });

  it('repeat a long recorded quote, wherever they do, word for word', () => {
    const long = recordedQuotes(scenarioOf('alaska-2025')).filter(
      (q) => q.text.split(' ').length >= 8,
    );
    expect(long.length).toBeGreaterThan(0);
    let copies = 0;
    for (const { file, text } of ownWords()) {
      for (const quote of long) {
        const opening = quote.text.split(' ').slice(0, 4).join(' ');
        for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
          copies++;
          expect(text.slice(at, at + quote.text.length), file).toBe(quote.text);
        }
      }
    }
    // The README and the guide; the briefing shows the one the scenario's wording names.
    expect(copies).toBe(2);
  });
});
