import { describe, expect, it } from 'vitest';
import { decodeTextFile, printable, tooLargeToRead } from '../../src/files/text-file';

const utf16 = (text: string, endian: 'le' | 'be'): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [first, second] = endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
    bytes.set([first, second], 2 + i * 2);
  }
  return bytes;
};
const SAVE = '{"format":"mediator-save","name":"Table 3 — Kyiv"}';

describe('decodeTextFile', () => {
  it('reads UTF-8 with or without a byte-order mark, dropping the mark', () => {
    const plain = new TextEncoder().encode(SAVE);
    expect(decodeTextFile(plain, 'f')).toEqual({ ok: true, text: SAVE });
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]), 'f')).toEqual({
      ok: true,
      text: SAVE,
    });
  });

  it('reads UTF-16, little- or big-endian, by its byte-order mark', () => {
    expect(decodeTextFile(utf16(SAVE, 'le'), 'f')).toEqual({ ok: true, text: SAVE });
    expect(decodeTextFile(utf16(SAVE, 'be'), 'f')).toEqual({ ok: true, text: SAVE });
  });

  it('drops only the first mark, so a second one is still seen by the parser', () => {
    const twice = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x7b, 0x7d]);
    expect(decodeTextFile(twice, 'f')).toEqual({ ok: true, text: '\ufeff{}' });
  });

  it('refuses bytes that are not UTF-8, and text with NUL characters, naming the file', () => {
    expect(decodeTextFile(new Uint8Array([0x7b, 0xff, 0x7d]), '“a.json”')).toEqual({
      ok: false,
      error: '“a.json” is not UTF-8 or UTF-16 text',
    });
    const utf16WithoutMark = utf16(SAVE, 'le').subarray(2);
    expect(decodeTextFile(utf16WithoutMark, '“b.json”')).toEqual({
      ok: false,
      error: '“b.json” is not a text file',
    });
  });
});

describe('tooLargeToRead', () => {
  it('lets through a file of exactly the limit, and refuses one byte more', () => {
    expect(tooLargeToRead(1_000_000, 'a saved game', 1_000_000)).toBeNull();
    expect(tooLargeToRead(1_000_001, 'a saved game', 1_000_000)).toBe(
      'too large to be a saved game (1,000,001 bytes; at most 1,000,000)',
    );
    expect(tooLargeToRead(2_500_000, 'a scenario', 1_000_000)).toBe(
      'too large to be a scenario (2.5 MB; at most 1 MB)',
    );
  });
});

describe('printable', () => {
  it('shows control and invisible format characters as escapes, and leaves text alone', () => {
    expect(printable('Zelenskiy — Україна, café')).toBe('Zelenskiy — Україна, café');
    expect(printable('\u001b[31mred\u0007')).toBe('\\u001b[31mred\\u0007');
    expect(printable('\ufeff{')).toBe('\\ufeff{');
    expect(printable('a\u202eb\u2028c\u0085')).toBe('a\\u202eb\\u2028c\\u0085');
  });
});
