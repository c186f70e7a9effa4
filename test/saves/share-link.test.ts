import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/model/bots';
import { compileScenario } from '../../src/model/compile';
import { digestText } from '../../src/model/hash';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import { createSave, serializeSave } from '../../src/saves/save-format';
import { MAX_LINK_FRAGMENT, openShareLink, shareLinkFragment } from '../../src/saves/share-link';

const scenario = builtInScenario('alaska-2025') as Scenario;
const model = compileScenario(scenario);
const game = playGame(model, { seed: 7, difficulty: 'normal', strategy: 'random' });
const save = createSave(model, { seed: 7, difficulty: 'normal' }, game.steps, {
  name: 'Shared in class',
  savedAt: '2025-08-18T10:00:00Z',
});

function linkOf(text: string): string {
  const payload = LZString.compressToEncodedURIComponent(text);
  return `#game=${payload}.${digestText(payload).slice(0, 8)}`;
}

describe('shareLinkFragment and openShareLink', () => {
  it('carry a game in a link fragment, compressed and checksummed', () => {
    const link = shareLinkFragment(save);
    if (!link.ok) throw new Error(link.error);
    expect(link.fragment).toMatch(/^#game=[A-Za-z0-9+$-]+\.[0-9a-f]{8}$/);
    const opened = openShareLink(link.fragment);
    expect(opened.ok && serializeSave(opened.save)).toBe(serializeSave(save));
    // location.hash includes the '#', but a fragment without it is read too.
    expect(openShareLink(link.fragment.slice(1)).ok).toBe(true);
  });

  it('refuse a link whose game names something "constructor", in words', () => {
    const text = serializeSave(save).replace('"package": {', '"package": { "constructor": "x",');
    const payload = LZString.compressToEncodedURIComponent(text);
    const fragment = `#game=${payload}.${digestText(payload).slice(0, 8)}`;
    const opened = openShareLink(fragment);
    expect(opened.ok).toBe(false);
    if (!opened.ok)
      expect(opened.error).toMatch(/"constructor" is a name JavaScript keeps for itself/);
  });

  it('carry a game whose custom scenario travels with it', () => {
    // A class's own copy of the built-in scenario, under another id.
    const custom = compileScenario({ ...scenario, id: 'classroom-copy', title: 'Our copy' });
    const steps = playGame(custom, { seed: 3, difficulty: 'easy', strategy: 'greedy' }).steps;
    const embedded = createSave(custom, { seed: 3, difficulty: 'easy' }, steps, {
      name: 'Custom',
      savedAt: null,
    });
    const link = shareLinkFragment(embedded);
    if (!link.ok) throw new Error(link.error);
    expect(link.fragment.length).toBeLessThanOrEqual(MAX_LINK_FRAGMENT);
    const opened = openShareLink(link.fragment);
    expect(opened.ok && opened.save.scenario.data?.id).toBe('classroom-copy');
    expect(opened.ok && serializeSave(opened.save)).toBe(serializeSave(embedded));
  });

  it('say a game too long for a link is too long, and offer the file instead', () => {
    // Text that does not compress: every rationale filled with distinct words.
    let n = 0;
    const noisy = JSON.parse(JSON.stringify(scenario), (key, value) =>
      key === 'why'
        ? Array.from({ length: 40 }, () => (n++ * 2654435761).toString(36))
            .join(' ')
            .slice(0, 400)
        : value,
    ) as Scenario;
    const big = compileScenario({ ...noisy, id: 'noisy-copy' });
    const steps = playGame(big, { seed: 3, difficulty: 'easy', strategy: 'greedy' }).steps;
    const long = createSave(big, { seed: 3, difficulty: 'easy' }, steps, {
      name: 'Long',
      savedAt: null,
    });
    const link = shareLinkFragment(long);
    expect(link.ok).toBe(false);
    if (!link.ok) {
      expect(link.error).toMatch(
        /^this game is too long for a link \(\d+ characters; at most 32000\)/,
      );
      expect(link.error).toContain('save it as a file');
    }
  });

  const good = (() => {
    const link = shareLinkFragment(save);
    return link.ok ? link.fragment : '';
  })();
  const [body = '', sum = ''] = good.slice('#game='.length).split('.');

  it.each([
    [
      'a link longer than 32,000 characters',
      `#game=${'A'.repeat(32_000)}`,
      'too-large',
      'the link is too long',
    ],
    ['another kind of fragment', '#section-2', 'damaged-link', 'does not start with "#game="'],
    ['a link without a checksum', `#game=${body}`, 'damaged-link', 'its checksum is missing'],
    ['a cut-off checksum', `#game=${body}.${sum.slice(0, 5)}`, 'damaged-link', 'not 8 hex digits'],
    ['a cut-off payload', `#game=${body.slice(0, -10)}.${sum}`, 'damaged-link', 'does not match'],
    [
      'a payload that does not decompress',
      linkOfPayload('zzzzzzzzzzzz'),
      'damaged-link',
      'cannot be decompressed',
    ],
    [
      'a link carrying text that is not JSON',
      linkOf('hello'),
      'not-json',
      'save is not valid JSON',
    ],
    [
      'a link carrying a newer save',
      linkOf(JSON.stringify({ ...save, version: 5 })),
      'newer-version',
      'save version 5 is newer',
    ],
    [
      'a link carrying 2,000,001 characters',
      linkOf(' '.repeat(2_000_001)),
      'too-large',
      'the game in the link is too large',
    ],
  ])('refuse %s', (_, fragment, code, message) => {
    const opened = openShareLink(fragment);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.code).toBe(code);
    expect(opened.error).toContain(message);
    if (code === 'damaged-link')
      expect(opened.error).toMatch(/^the link is incomplete or damaged: /);
  });
});

function linkOfPayload(payload: string): string {
  return `#game=${payload}.${digestText(payload).slice(0, 8)}`;
}
