import { describe, expect, inject, it } from 'vitest';
import { useChrome } from './chromium';
import {
  COMPROMISE,
  choosePackage,
  expectCleanRun,
  focusedName,
  openGame,
  startTalks,
} from './play';

describe('the guided first turn in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('walks a new player through consult, package, table and summit, and is not shown again once closed', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await startTalks(page);
    const guide = page.getByRole('region', { name: /^Step \d of 4/ });
    await expect.poll(() => guide.getByRole('heading').textContent()).toMatch(/^Step 1 of 4/);
    // It takes no focus: the keyboard starts on the first leader's Consult, step 1's control.
    await expect.poll(() => focusedName(page)).toBe('Consult United States');

    await page.getByRole('button', { name: 'Consult Russia' }).click();
    await expect.poll(() => guide.getByRole('heading').textContent()).toMatch(/^Step 2 of 4/);
    await choosePackage(page, COMPROMISE);
    await expect.poll(() => guide.getByRole('heading').textContent()).toMatch(/^Step 3 of 4/);
    await page.getByRole('button', { name: 'Table the proposal' }).click();
    await expect.poll(() => guide.getByRole('heading').textContent()).toMatch(/^Step 4 of 4/);
    await guide.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => guide.count()).toBe(0);

    // A new game in the same browser starts without it.
    await page.getByRole('button', { name: /^Leave/ }).click();
    await startTalks(page);
    await page.getByRole('button', { name: 'Consult Russia' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: /^Step \d of 4/ }).count()).toBe(0);
    expectCleanRun(watch);
    await close();
  });

  it('can be skipped by keyboard at once', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await startTalks(page);
    const skip = page.getByRole('button', { name: 'Skip the guide' });
    await skip.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => skip.count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Consult Russia' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Skip the guide' }).count()).toBe(0);
    expectCleanRun(watch);
    await close();
  });
});
