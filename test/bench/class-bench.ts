import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { findChrome, launchChrome } from '../browser/chromium';
import { classOfGames } from '../browser/class-saves';
import { serveFromFolder } from '../browser/static-host';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How many saved games the class view is given at once. */
export const CLASS_SAVES = 300;
/** The targets: read in under a second, the page never busy longer than 100 ms. */
export const CLASS_TARGET_MS = 1_000;
export const CLASS_LONGEST_TASK_TARGET_MS = 100;

export interface ClassBench {
  readonly saves: number;
  /** From giving the files to the summary, the chart and the table's first rows on screen (ms). */
  readonly totals: readonly number[];
  /** The longest main-thread task in each round (ms), as Chromium's Long Tasks API reports it. */
  readonly longestTasks: readonly number[];
  readonly pass: boolean;
}

/**
 * Gives the class view CLASS_SAVES different saved games at once (bots' games, the same on every
 * run) and times, in each of `rounds` fresh pages, how long until the summary is on screen, and
 * the longest task the page ran meanwhile (PerformanceObserver 'longtask': tasks over 50 ms).
 */
export async function benchClass(
  browser: Browser,
  url: string,
  rounds: number,
): Promise<ClassBench> {
  const files = classOfGames(CLASS_SAVES);
  const totals: number[] = [];
  const longestTasks: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.getByRole('button', { name: 'Class view' }).click();
      await page.getByRole('heading', { level: 1, name: 'The class view' }).waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { longest: number; given: number };
        w.longest = 0;
        w.given = Number.POSITIVE_INFINITY;
        // Only the page's own work counts, not the test's making of the files before it.
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.startTime + entry.duration > w.given) {
              w.longest = Math.max(
                w.longest,
                entry.startTime + entry.duration - Math.max(w.given, entry.startTime),
              );
            }
          }
        }).observe({ type: 'longtask' });
        // Timed from the moment the page hears of the files.
        document.addEventListener(
          'change',
          () => {
            w.given = performance.now();
          },
          { capture: true, once: true },
        );
      });
      await page.getByLabel('Choose saved games').setInputFiles([...files]);
      const done = await page.waitForFunction(
        () => {
          const text = document.querySelector('[role="status"]')?.textContent ?? '';
          return /^\d+ games of /.test(text) &&
            document.querySelector('.class-games') &&
            document.querySelector('.class-chart-svg')
            ? performance.now()
            : false;
        },
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      const end = Number(await done.jsonValue());
      // Long tasks are reported after they end: give the observer a frame to hear the last.
      await page.waitForTimeout(200);
      const { longest, given } = await page.evaluate(() => {
        const w = window as unknown as { longest: number; given: number };
        return { longest: w.longest, given: w.given };
      });
      totals.push(end - given);
      longestTasks.push(longest);
    } finally {
      await context.close();
    }
  }
  const median = (xs: readonly number[]) =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return {
    saves: CLASS_SAVES,
    totals,
    longestTasks,
    pass: median(totals) < CLASS_TARGET_MS && median(longestTasks) <= CLASS_LONGEST_TASK_TARGET_MS,
  };
}

/**
 * Builds the site as it ships, serves it from a folder as a school's host would, and runs
 * benchClass in Chromium; or says why it could not (no Chromium).
 */
export async function benchClassView(
  rounds: number,
): Promise<ClassBench | { readonly skipped: string }> {
  let browser: Browser;
  try {
    findChrome();
    browser = await launchChrome();
  } catch (error) {
    return {
      skipped: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '',
    };
  }
  const outDir = await mkdtemp(join(tmpdir(), 'mediator-class-bench-'));
  try {
    await build({
      root: PROJECT_ROOT,
      configFile: join(PROJECT_ROOT, 'vite.config.ts'),
      base: './',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: Number.POSITIVE_INFINITY },
    });
    const host = await serveFromFolder(outDir, '/mediator/');
    try {
      return await benchClass(browser, host.url, rounds);
    } finally {
      host.close();
    }
  } finally {
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
