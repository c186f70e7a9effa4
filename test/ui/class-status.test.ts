import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeClass, type UnreplayableGame } from '../../src/saves/class-summary';
import { statusLine, unreplayableSentence } from '../../src/ui/class/class-results';

const example = (name: string) => readFileSync(`public/examples/${name}.json`, 'utf8');

/** An example save as a release that does not have its scenario's version would see it. */
function fromAnotherVersion(name: string): string {
  const save = JSON.parse(example(name));
  save.scenario.hash = '0'.repeat(28);
  return JSON.stringify(save);
}

const unreplayable = (kind: UnreplayableGame['why']['kind']): UnreplayableGame => ({
  file: `${kind}.json`,
  name: kind,
  why: kind === 'other-rules' ? { kind, step: 2 } : { kind },
  error: kind,
});

describe('unreplayableSentence', () => {
  it('says in one sentence why the games cannot be replayed, and that they are listed apart', () => {
    expect(unreplayableSentence([unreplayable('other-version')])).toBe(
      '1 game was played with a version of the scenario this release does not have: listed apart, not in the results.',
    );
    expect(
      unreplayableSentence([unreplayable('other-version'), unreplayable('other-version')]),
    ).toBe(
      '2 games were played with a version of the scenario this release does not have: listed apart, not in the results.',
    );
    expect(unreplayableSentence([unreplayable('other-rules')])).toBe(
      '1 game was played under rules this release has changed: listed apart, not in the results.',
    );
  });

  it('says only that they cannot be replayed when their reasons differ', () => {
    expect(
      unreplayableSentence([unreplayable('other-version'), unreplayable('unknown-scenario')]),
    ).toBe('2 games cannot be replayed by this release: listed apart, not in the results.');
  });
});

describe('statusLine', () => {
  it('counts the games it cannot replay beside the ones it charts', () => {
    const summary = summarizeClass([
      { file: 'deal.json', text: example('deal') },
      { file: 'older-1.json', text: fromAnotherVersion('stalemate') },
      { file: 'older-2.json', text: fromAnotherVersion('surrender') },
      { file: 'broken.json', text: '{' },
    ]);
    expect(statusLine(summary)).toBe(
      '1 game of Alaska to Washington, August 2025: 1 deal, 0 stalemates, 0 surrenders. 2 games were played with a version of the scenario this release does not have: listed apart, not in the results. 1 file not counted.',
    );
  });

  it('says so when no game could be charted, rather than that none could be read', () => {
    const summary = summarizeClass([{ file: 'older.json', text: fromAnotherVersion('deal') }]);
    expect(statusLine(summary)).toBe(
      '1 game was played with a version of the scenario this release does not have: listed apart, not in the results.',
    );
    expect(statusLine(summarizeClass([{ file: 'broken.json', text: '{' }]))).toBe(
      'No game could be read. 1 file not counted.',
    );
  });
});
