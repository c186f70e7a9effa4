import { basename } from 'node:path';
import type { Browser } from 'playwright-core';
import { watchPage } from '../browser/chromium';
import { sizeGroup } from './size-bench';
import { median, type Timing } from './timing';

/** The target: the game reaches its title at most 1.3 times as late as bare Phaser. */
export const BOOT_RATIO_TARGET = 1.3;
const MARK_TIMEOUT_MS = 20_000;

/** A page to load and the performance mark that says it has booted. */
export interface BootPage {
  readonly url: string;
  readonly mark: string;
}

/**
 * When, in ms since navigation start, the page's document arrived, its DOM was ready, the
 * first request of each group of files (code by chunk kind, fonts, each other file by name)
 * started and the last one ended, and its mark was set.
 */
export type Milestones = Readonly<Record<string, number>>;

export interface PageBoot extends Timing {
  readonly milestones: Milestones;
}

export interface BootBench {
  readonly rounds: number;
  readonly game: PageBoot;
  readonly bare: PageBoot;
  readonly ratio: number;
  readonly minRatio: number;
  readonly pass: boolean;
  readonly problems: readonly string[];
  readonly clean: boolean;
}

interface Load {
  readonly ms: number;
  readonly milestones: Milestones;
  readonly problems: readonly string[];
  /** The page threw, or asked another origin for something. */
  readonly wrong: boolean;
}

/** Code and fonts by group; any other file (the map, the icon) by its name without the hash. */
function resourceName(path: string): string {
  const group = sizeGroup(path);
  return group === 'other' ? basename(path).replace(/-[\w-]{8}(\.\w+)$/, '$1') : group;
}

/** One load in a fresh context (so nothing is cached), timed by the page's own mark. */
async function loadOnce(browser: Browser, target: BootPage): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  try {
    const page = await context.newPage();
    const watch = watchPage(page, target.url);
    await page.goto(target.url, { waitUntil: 'commit' });
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      target.mark,
      {
        polling: 50,
        timeout: MARK_TIMEOUT_MS,
      },
    );
    // No named helpers inside: the callback is serialised into the page as it is.
    const seen = await page.evaluate((mark) => {
      const nav = performance.getEntriesByType('navigation')[0] as
        | PerformanceNavigationTiming
        | undefined;
      return {
        mark: performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
        html: nav?.responseEnd ?? Number.NaN,
        domReady: nav?.domContentLoadedEventEnd ?? Number.NaN,
        resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
          (r) => ({ url: r.name, start: r.startTime, end: r.responseEnd }),
        ),
      };
    }, target.mark);
    const milestones: Record<string, number> = { html: seen.html, 'DOM ready': seen.domReady };
    const spans = new Map<string, { start: number; end: number }>();
    for (const r of seen.resources) {
      const what = resourceName(new URL(r.url).pathname);
      const span = spans.get(what);
      spans.set(what, {
        start: Math.min(span?.start ?? r.start, r.start),
        end: Math.max(span?.end ?? r.end, r.end),
      });
    }
    for (const [what, span] of spans) {
      milestones[`${what} requested`] = span.start;
      milestones[`${what} loaded`] = span.end;
    }
    milestones.mark = seen.mark;
    return {
      ms: seen.mark,
      milestones,
      problems: [...watch.problems, ...watch.foreignRequests.map((url) => `request to ${url}`)],
      wrong:
        watch.problems.some((p) => p.startsWith('page error')) || watch.foreignRequests.length > 0,
    };
  } finally {
    await context.close();
  }
}

/** The median of each milestone over the loads that reached it, in time order. */
function medianMilestones(loads: readonly Load[]): Milestones {
  const names = [...new Set(loads.flatMap((l) => Object.keys(l.milestones)))];
  const medians = names.map((name): [string, number] => [
    name,
    median(loads.flatMap((l) => l.milestones[name] ?? [])),
  ]);
  return Object.fromEntries(medians.sort((a, b) => a[1] - b[1]));
}

function pageBoot(loads: readonly Load[]): PageBoot {
  const samples = loads.map((l) => l.ms);
  return {
    samples,
    median: median(samples),
    min: Math.min(...samples),
    milestones: medianMilestones(loads),
  };
}

/**
 * Loads the game and the bare Phaser page `rounds` times each, alternating which goes first,
 * and compares the medians of the time from navigation start to each page's mark.
 */
export async function benchBoot(
  browser: Browser,
  pages: { readonly game: BootPage; readonly bare: BootPage },
  rounds: number,
): Promise<BootBench> {
  const game: Load[] = [];
  const bare: Load[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['game', 'bare'] as const) : (['bare', 'game'] as const);
    for (const which of order) {
      const load = await loadOnce(browser, pages[which]);
      (which === 'game' ? game : bare).push(load);
    }
  }
  const gameBoot = pageBoot(game);
  const bareBoot = pageBoot(bare);
  const ratio = gameBoot.median / bareBoot.median;
  const problems = new Set([
    ...game.flatMap((l) => l.problems.map((p) => `game: ${p}`)),
    ...bare.flatMap((l) => l.problems.map((p) => `bare: ${p}`)),
  ]);
  return {
    rounds,
    game: gameBoot,
    bare: bareBoot,
    ratio,
    minRatio: gameBoot.min / bareBoot.min,
    pass: ratio <= BOOT_RATIO_TARGET,
    problems: [...problems],
    // Console warnings are reported; a page that throws or calls elsewhere is a wrong result.
    clean: ![...game, ...bare].some((l) => l.wrong),
  };
}
