import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import alaskaJson from '../../assets/scenarios/alaska-2025.json';
import silverrunJson from '../../assets/scenarios/silverrun-dam.json';
import { MAX_SCENARIO_FILE_BYTES, openScenarioFile } from '../../src/store/scenario-file';

const fileOf = (text: string, name = 'scenario.json') =>
  new File([text], name, { type: 'application/json' });

describe('openScenarioFile', () => {
  it('opens a valid scenario file, such as a copy of the warm-up', async () => {
    const opened = await openScenarioFile(fileOf(JSON.stringify(silverrunJson)));
    expect(opened.ok && opened.scenario.id).toBe('silverrun-dam');
  });

  it('opens a scenario file saved with a byte-order mark, in UTF-8 or UTF-16', async () => {
    const text = `\ufeff${JSON.stringify(silverrunJson)}`;
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      utf16[i * 2] = text.charCodeAt(i) & 0xff;
      utf16[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    for (const file of [fileOf(text), new File([utf16], 'utf16.json')]) {
      const opened = await openScenarioFile(file);
      expect(opened.ok && opened.scenario.id).toBe('silverrun-dam');
    }
  });

  it('refuses a file that is not text, in words', async () => {
    const opened = await openScenarioFile(
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'map.png'),
    );
    expect(opened).toEqual({ ok: false, error: 'the file is not UTF-8 or UTF-16 text' });
  });

  it('names the field at fault, with its path, when a value breaks the schema', async () => {
    const broken = structuredClone(alaskaJson);
    const priority = broken.parties[1]?.priorities.east;
    if (priority) priority.weight = 2.5;
    const opened = await openScenarioFile(fileOf(JSON.stringify(broken)));
    expect(opened).toEqual({
      ok: false,
      error: 'invalid scenario: parties.1.priorities.east.weight: must be a whole number',
    });
  });

  it('says how many more problems there are after the first', async () => {
    const broken: Record<string, unknown> = structuredClone(alaskaJson);
    delete broken.title;
    delete broken.summary;
    const opened = await openScenarioFile(fileOf(JSON.stringify(broken)));
    expect(opened.ok).toBe(false);
    if (!opened.ok)
      expect(opened.error).toMatch(/^invalid scenario: title: is missing \(and 1 more\)$/);
  });

  it('says a saved game opens elsewhere, rather than listing what it lacks as a scenario', async () => {
    const save = readFileSync('test/fixtures/saves/v4/greedy-deal.json', 'utf8');
    expect(await openScenarioFile(fileOf(save, 'table-3.json'))).toEqual({
      ok: false,
      error: 'it is a saved game, not a scenario: open it with “Open a saved game file”',
    });
  });

  it('reports text that is not JSON as such', async () => {
    const opened = await openScenarioFile(fileOf('{ "format": '));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toMatch(/^invalid scenario: not valid JSON \(/);
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const big = fileOf('x'.repeat(2.5 * MAX_SCENARIO_FILE_BYTES));
    let read = false;
    big.text = () => {
      read = true;
      return Promise.resolve('');
    };
    const opened = await openScenarioFile(big);
    expect(opened).toEqual({
      ok: false,
      error: 'too large to be a scenario (2.5 MB; at most 1 MB)',
    });
    expect(read).toBe(false);
  });
});
