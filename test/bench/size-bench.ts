import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for our own code (JavaScript and CSS, without Phaser), gzipped. */
export const OUR_CODE_BUDGET_BYTES = 100_000;

export const SIZE_GROUPS = ['phaser', 'js', 'css', 'data', 'fonts', 'other'] as const;
export type SizeGroup = (typeof SIZE_GROUPS)[number];

export const SIZE_GROUP_LABELS = {
  phaser: 'Phaser chunk',
  js: 'our JavaScript',
  css: 'our CSS',
  data: 'game data (JSON, SVG)',
  fonts: 'fonts',
  other: 'other assets',
} as const satisfies Record<SizeGroup, string>;

export interface Size {
  readonly raw: number;
  readonly gzip: number;
}

export interface FileSize extends Size {
  readonly file: string;
  readonly group: SizeGroup;
}

export interface BuildSizes {
  readonly files: readonly FileSize[];
  readonly groups: Readonly<Record<SizeGroup, Size>>;
  readonly total: Size;
  readonly ourCode: Size;
  readonly pass: boolean;
}

/**
 * A built file belongs to the Phaser chunk, our JavaScript, our CSS, the game's data (the
 * scenario files and the map of assets/, the example saves, the icons), the fonts, or the rest.
 */
export function sizeGroup(file: string): SizeGroup {
  const name = basename(file);
  switch (extname(name)) {
    case '.js':
      // The Phaser chunk is Phaser's; the drawn table's stage, which imports it, is ours.
      return name.startsWith('phaser') && !name.startsWith('phaser-stage') ? 'phaser' : 'js';
    case '.css':
      return 'css';
    case '.json':
    case '.svg':
      return 'data';
    case '.woff':
    case '.woff2':
      return 'fonts';
    default:
      return 'other';
  }
}

const sum = (sizes: readonly Size[]): Size => ({
  raw: sizes.reduce((n, s) => n + s.raw, 0),
  gzip: sizes.reduce((n, s) => n + s.gzip, 0),
});

/** Raw and gzip (level 9) size of every file a build wrote, by group; our code is JS + CSS. */
export async function measureSizes(outDir: string): Promise<BuildSizes> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files: FileSize[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    files.push({
      file: relative(outDir, path),
      group: sizeGroup(entry.name),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    });
  }
  files.sort(
    (a, b) => SIZE_GROUPS.indexOf(a.group) - SIZE_GROUPS.indexOf(b.group) || b.raw - a.raw,
  );
  const groups = Object.fromEntries(
    SIZE_GROUPS.map((g) => [g, sum(files.filter((f) => f.group === g))]),
  ) as Record<SizeGroup, Size>;
  const ourCode = sum([groups.js, groups.css]);
  return {
    files,
    groups,
    total: sum(files),
    ourCode,
    pass: ourCode.gzip <= OUR_CODE_BUDGET_BYTES,
  };
}
