import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAVE_VERSION } from '../../src/saves/save-format';
import { SIM_TIMEOUT, sim } from './sim';

/** The example games that ship in public/examples/, each with a note for teachers. */
interface Example {
  readonly file: string;
  readonly title: string;
  readonly outcome: 'deal' | 'stalemate' | 'surrender';
  readonly note: string;
}

const root = resolve(import.meta.dirname, '../..');
const folder = join(root, 'public/examples');
const index = JSON.parse(readFileSync(join(root, 'public/examples.json'), 'utf8')) as Example[];

describe('the example games', { timeout: SIM_TIMEOUT }, () => {
  it('are listed in examples.json, every one of them, with a deal, a stalemate and a surrender', () => {
    const files = readdirSync(folder);
    expect(index.map((e) => e.file).sort()).toEqual(files.sort());
    expect(new Set(index.map((e) => e.outcome))).toEqual(
      new Set(['deal', 'stalemate', 'surrender']),
    );
  });

  it.each(index)('$file has a title matching its save and a short note for teachers', (e) => {
    const save = JSON.parse(readFileSync(join(folder, e.file), 'utf8'));
    expect(save).toMatchObject({ version: SAVE_VERSION, name: e.title, savedAt: null });
    const sentences = e.note.split(/(?<=\.)\s+/);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
    // Leaders' positions are told in the third person; an example never quotes anyone.
    expect(e.note).not.toMatch(/["“”]/);
  });

  it('replay with `sim replay public/examples/*.json` to the outcomes examples.json gives them', async () => {
    const files = readdirSync(folder).sort();
    const run = await sim(root, 'replay', '--json', ...files.map((f) => `public/examples/${f}`));
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as { ok: boolean; outcome: { kind: string } }[];
    const expected = files.map((f) => index.find((e) => e.file === f)?.outcome);
    expect(results.map((r) => r.ok && r.outcome.kind)).toEqual(expected);
  });
});
