import { readFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import { describe, expect, it } from 'vitest';
import { hexColourNumber } from '../../src/ui/colour';

/** Every `--name: #…;` of a style sheet, by name. */
function hexVariables(css: string): Map<string, string> {
  return new Map(
    [...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]+)/gi)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

describe('a CSS hexadecimal colour as the number the canvas draws with', () => {
  it('reads the long and the short forms, with or without alpha', () => {
    expect(hexColourNumber('#14213d')).toBe(0x14213d);
    expect(hexColourNumber('#fff')).toBe(0xffffff);
    expect(hexColourNumber('#FFF')).toBe(0xffffff);
    expect(hexColourNumber('#0a3')).toBe(0x00aa33);
    expect(hexColourNumber('#0a3f')).toBe(0x00aa33);
    expect(hexColourNumber('#1d355780')).toBe(0x1d3557);
    expect(hexColourNumber(' #ffb703 ')).toBe(0xffb703);
  });

  it('answers null for what is not hexadecimal', () => {
    for (const css of ['', 'white', 'rgb(0 0 0)', '#ff', '#fffff', '#ggg', 'fff']) {
      expect(hexColourNumber(css), css).toBeNull();
    }
  });

  it('gives every colour of the theme the same number once the build has minified it', () => {
    const source = readFileSync('public/theme.css', 'utf8');
    const minified = transform({
      filename: 'theme.css',
      code: Buffer.from(source),
      minify: true,
    }).code.toString();
    const before = hexVariables(source);
    const after = hexVariables(minified);
    expect(before.size).toBeGreaterThan(10);
    // The minifier shortens some (#ffffff to #fff): the canvas must read those the same.
    expect([...after.values()].some((css) => css.length === 4)).toBe(true);
    for (const [name, css] of before) {
      expect(hexColourNumber(after.get(name) ?? ''), name).toBe(hexColourNumber(css));
    }
  });
});
