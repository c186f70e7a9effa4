import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useChrome, watchPage } from './chromium';
import { endTheTalks, expectCleanRun, openGame, outcomeHeadline, seeded, startTalks } from './play';
import { untilPrecached } from './service-worker';
import { type StaticHost, serveFromFolder } from './static-host';

/**
 * Turns the served copy into the next release, as a host would after an update: a chunk is
 * gone under its old name, and sw.js is a new version that no longer lists it.
 */
async function releaseAnUpdate(dir: string, chunk: RegExp): Promise<string> {
  const assets = await readdir(join(dir, 'assets'));
  const gone = assets.find((file) => chunk.test(file));
  if (!gone) throw new Error(`no chunk matches ${chunk}`);
  await rm(join(dir, 'assets', gone));
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  // The built worker is minified: its version is the first 16 hex digits in quotes, and its
  // list of files either quoted strings in an array or one string split on commas, as the
  // minifier finds shorter.
  const file = `assets/${gone}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const listed = new RegExp(`(["'\`])${file}\\1,|${file},`);
  const next = sw.replace(/(["'`])[0-9a-f]{16}\1/, '$10000000000000001$1').replace(listed, '');
  if (next.includes(gone) || !next.includes('0000000000000001')) {
    throw new Error(`sw.js could not be made the next release without ${gone}`);
  }
  await writeFile(join(dir, 'sw.js'), next);
  return gone;
}

describe('an update of the game on its host, with a page of the old version open', () => {
  const distDir = inject('distDir');
  const browser = useChrome();
  let dir = '';
  let host: StaticHost;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mediator-release-'));
    await cp(distDir, dir, { recursive: true });
    host = await serveFromFolder(dir, '/mediator/');
  });
  afterAll(async () => {
    host?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps an open page of the old version working, drawing included, after an update', async () => {
    const { page, watch, close } = await openGame(browser(), host.url);
    await untilPrecached(page);
    // From the next load on, the page is controlled by the installed worker.
    await page.reload();
    await page.getByRole('button', { name: 'Start the talks' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    // The drawn table's stage is the one chunk of ours fetched after the title: the update
    // removes it from the host before this page has needed it.
    const stageChunk = await releaseAnUpdate(dir, /^phaser-stage-.+\.js$/);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    // The new worker has installed, and waits while this page of the old version is open.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.waiting?.state ?? registration?.installing?.state ?? 'none';
        }),
      )
      .toBe('installed');

    // The old version's cache still has it: the table is drawn, and the host is never asked.
    const asked = host.seen.length;
    await startTalks(page, 'Normal');
    await page.locator('.table-stage canvas').waitFor();
    await page.getByRole('button', { name: 'Consult Russia' }).click();
    await endTheTalks(page);
    await expect.poll(() => outcomeHeadline(page)).toMatch(/stalemate/i);
    await page.getByRole('button', { name: 'Debrief', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Debrief/ }).waitFor();
    expect(host.seen.slice(asked).filter((path) => path.endsWith(stageChunk))).toEqual([]);
    expectCleanRun(watch);
    await close();

    // A page of the new version whose drawing cannot load at all (here its chunk is gone from
    // the host, and no cache has it) says so on the table, and the talks go on without it.
    const fresh = await browser().newContext({ viewport: { width: 1024, height: 768 } });
    const next = await fresh.newPage();
    const nextWatch = watchPage(next, host.url);
    await next.goto(seeded(host.url));
    await startTalks(next, 'Normal');
    await next
      .getByText('The drawing of the table could not be loaded.', { exact: false })
      .waitFor();
    await next.getByRole('button', { name: 'Consult Russia' }).click();
    await endTheTalks(next);
    await expect.poll(() => outcomeHeadline(next)).toMatch(/stalemate/i);
    // The failed load of the missing chunk is the only problem the page reported.
    const unexpected = nextWatch.problems
      .splice(0)
      .filter((p) => !/phaser-stage|Failed to (fetch|load)|404/.test(p));
    nextWatch.problems.push(...unexpected);
    expectCleanRun(nextWatch);
    await fresh.close();
  });

  it('says so when the scenarios cannot be downloaded, and starts once a reload can', async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    const watch = watchPage(page, host.url);
    await page.route(/\/assets\/alaska-2025-[\w-]+\.json$/, (route) => route.abort());
    await page.goto(seeded(host.url));
    const notice = page.getByRole('alert').filter({ hasText: 'scenarios could not be downloaded' });
    await notice.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Reload');
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('button', { name: 'Start the talks' }).waitFor();
    const unexpected = watch.problems
      .splice(0)
      .filter((p) => !/alaska-2025|Failed to (fetch|load)|ERR_FAILED/.test(p));
    watch.problems.push(...unexpected);
    expectCleanRun(watch);
    await context.close();
  });
});
