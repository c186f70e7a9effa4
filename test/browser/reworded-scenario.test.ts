import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { screenshot, useChrome } from './chromium';
import {
  endTheTalks,
  expectCleanRun,
  openGame,
  outcomeHeadline,
  sessionText,
  startTalks,
} from './play';
import { type StaticHost, serveFromFolder } from './static-host';

/**
 * The sentence a release rewords: one rationale, shown nowhere in play, deciding nothing, and
 * found only in the current version of the scenario (the archived versions stay as they were).
 */
const BEFORE =
  "The most the leader's public position asks for when the talks open: an aspiration, above its no-deal value.";
const AFTER =
  "The most the leader's public position asks for as the talks open: an aspiration, above its no-deal value.";

/**
 * Turns the served copy into the next release as a rebuild after a one-word edit of
 * alaska-2025.json would: the built files (the scenario's own, and any script) carry the
 * reworded sentence wherever the scenario file had it. Returns the files that changed.
 */
async function rewordTheScenario(dir: string): Promise<string[]> {
  const source = await readFile('assets/scenarios/alaska-2025.json', 'utf8');
  const inSource = source.split(BEFORE).length - 1;
  expect(inSource).toBeGreaterThan(0);
  const changed: string[] = [];
  let replaced = 0;
  for (const file of await readdir(join(dir, 'assets'))) {
    if (!file.endsWith('.js') && !file.endsWith('.json')) continue;
    const path = join(dir, 'assets', file);
    const parts = (await readFile(path, 'utf8')).split(BEFORE);
    if (parts.length === 1) continue;
    replaced += parts.length - 1;
    changed.push(file);
    await writeFile(path, parts.join(AFTER));
  }
  expect(replaced).toBe(inSource);
  return changed;
}

/** Asks for a share link and reads it once the field shows it. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share link' }).click();
  const field = page.getByLabel('Share link to this game');
  await expect.poll(() => field.inputValue()).toMatch(/#game=[\w$+-]+\.[0-9a-f]{8}$/);
  return field.inputValue();
}

/** Saves the game on screen as a file, as a student handing it in, and returns its path. */
async function saveAsFile(page: Page, dir: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as file' }).click(),
  ]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** The replay's step indicator, e.g. "Step 0 of 2 — before the first session". */
const stepIndicator = (page: Page) => page.getByText(/^Step \d+ of \d+ — /).textContent();

async function backToTitle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back to the title' }).click();
  await page.getByRole('button', { name: 'Start the talks' }).waitFor();
}

describe('a release that rewords a sentence of a built-in scenario', () => {
  const distDir = inject('distDir');
  const browser = useChrome();
  let dir = '';
  let files = '';
  let host: StaticHost;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mediator-release-'));
    files = await mkdtemp(join(tmpdir(), 'mediator-saves-'));
    await cp(distDir, dir, { recursive: true });
    host = await serveFromFolder(dir, '/mediator/');
  });
  afterAll(async () => {
    host?.close();
    await rm(dir, { recursive: true, force: true });
    await rm(files, { recursive: true, force: true });
  });

  it('opens every earlier game: Continue, a kept game, a save file, a share link and the class view; a save it cannot replay opens as its recorded log', async () => {
    // The release before: a finished game (kept in the browser and saved as a file), then a
    // game left in progress (autosaved) with a share link.
    const before = await openGame(browser(), host.url, { acceptDownloads: true });
    await startTalks(before.page);
    await before.page.getByRole('button', { name: 'Consult Russia' }).click();
    await endTheTalks(before.page);
    await expect.poll(() => outcomeHeadline(before.page)).toMatch(/stalemate/i);
    const finishedFile = await saveAsFile(before.page, files);
    const finished = JSON.parse(await readFile(finishedFile, 'utf8'));
    await backToTitle(before.page);
    await startTalks(before.page);
    await before.page.getByRole('button', { name: 'Consult Russia' }).click();
    await before.page.getByRole('button', { name: 'Consult Ukraine' }).click();
    await expect.poll(() => sessionText(before.page)).toMatch(/^Session 3 of 10/);
    const link = await shareLink(before.page);
    const storageState = await before.page.context().storageState();
    expectCleanRun(before.watch);
    await before.close();

    // A save no release can replay: the same game, naming a version of the scenario that was
    // never shipped.
    const unreplayableFile = join(files, 'from-another-version.json');
    await writeFile(
      unreplayableFile,
      JSON.stringify({ ...finished, scenario: { id: 'alaska-2025', hash: '0'.repeat(28) } }),
    );

    const divergingFile = join(files, 'other-rules.json');
    const [first, second] = finished.steps;
    await writeFile(
      divergingFile,
      JSON.stringify({ ...finished, steps: [first, { ...second, hash: '0'.repeat(28) }] }),
    );

    const reworded = await rewordTheScenario(dir);
    const asked = host.seen.length;

    // The next release, in the same browser: the same origin, the same storage.
    const { page, watch, close } = await openGame(browser(), host.url, { storageState });
    const seen = host.seen.slice(asked);
    expect(reworded.filter((file) => !seen.some((path) => path.endsWith(file)))).toEqual([]);

    await page.getByRole('button', { name: /^Continue/ }).click();
    await page.getByRole('button', { name: 'Table the proposal' }).waitFor();
    await expect.poll(() => sessionText(page)).toMatch(/^Session 3 of 10/);
    await page.getByRole('button', { name: /Leave the table/ }).click();
    await page.getByRole('button', { name: 'Start the talks' }).waitFor();

    await page.getByRole('button', { name: `Open ${finished.name}` }).click();
    await expect.poll(() => stepIndicator(page)).toBe('Step 0 of 2 — before the first session');
    await page.getByRole('button', { name: 'To the end' }).click();
    await expect.poll(() => stepIndicator(page)).toBe('Step 2 of 2 — after session 2 of 10');
    await backToTitle(page);

    await page.locator('#open-file').setInputFiles(finishedFile);
    await expect.poll(() => stepIndicator(page)).toBe('Step 0 of 2 — before the first session');
    await backToTitle(page);

    // A save this release cannot replay is not refused: it opens as its recorded log.
    await page.locator('#open-file').setInputFiles(unreplayableFile);
    const log = page.getByRole('region', { name: /Recorded log: / });
    await log.waitFor();
    await expect
      .poll(() => log.getByRole('note').textContent())
      .toMatch(
        /a version of the scenario “Alaska to Washington, August 2025” that this release of Mediator does not have.*moves as they were recorded/,
      );
    await expect
      .poll(() => log.getByRole('list', { name: 'The moves as recorded' }).textContent())
      .toBe('Step 1 Consulted RussiaStep 2 Ended the talks');
    await expect.poll(() => log.textContent()).toMatch(/Game number 20250815 · Normal · 2 moves/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Back to the title');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'recorded-log-1024');
    await backToTitle(page);

    // A save whose second move no longer leads where it led: the log marks where.
    await page.locator('#open-file').setInputFiles(divergingFile);
    await expect
      .poll(() => log.getByRole('note').textContent())
      .toMatch(/the first move still plays out as recorded, but this release would play move 2/);
    await expect
      .poll(() => log.getByRole('listitem').nth(1).textContent())
      .toBe('Step 2 Ended the talks — from this move on, this release plays the game differently');
    await backToTitle(page);

    await page.getByRole('button', { name: 'Class view' }).click();
    await page.getByRole('heading', { level: 1, name: 'The class view' }).waitFor();
    await page.getByLabel('Choose saved games').setInputFiles([finishedFile, unreplayableFile]);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe(
        '1 game of Alaska to Washington, August 2025: 0 deals, 1 stalemate, 0 surrenders. 1 game was played with a version of the scenario this release does not have: listed apart, not in the results.',
      );
    const apart = page.getByRole('region', { name: 'Listed apart: 1 table' });
    await expect.poll(() => apart.textContent()).toMatch(/from-another-version\.json/);
    await screenshot(page, 'class-view-unreplayable-1024');
    await backToTitle(page);
    expectCleanRun(watch);
    await close();

    // The share link, opened in the next release.
    const linked = await openGame(browser(), link, {}, 'Table the proposal');
    await expect.poll(() => sessionText(linked.page)).toMatch(/^Session 3 of 10/);
    expectCleanRun(linked.watch);
    await linked.close();
  });
});
