import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChrome } from './chromium';
import { endTheTalks, expectCleanRun, openGame, outcomeHeadline } from './play';

/** Ends the talks at once and reads each leader's no-deal value, revealed on the outcome. */
async function noDealValues(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Start the talks' }).click();
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await endTheTalks(page);
  await expect.poll(() => outcomeHeadline(page)).toMatch(/stalemate/i);
  const values = page.getByText(/^Keeps its no-deal value: \d+/);
  await expect.poll(() => values.count()).toBe(3);
  return values.allTextContents();
}

describe('the game number on the title, for a class that plays the same game', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('deals the same game for the same number, typed or from a link, and another for another', async () => {
    const linked = await openGame(browser(), `${baseUrl}?seed=4242`);
    await expect.poll(() => linked.page.getByLabel('Game number').inputValue()).toBe('4242');
    const fromLink = await noDealValues(linked.page);
    expectCleanRun(linked.watch);
    await linked.close();

    const typed = await openGame(browser(), baseUrl);
    await typed.page.getByLabel('Game number').fill(' 4242 ');
    const fromField = await noDealValues(typed.page);
    expect(fromField).toEqual(fromLink);

    await typed.page.getByRole('button', { name: 'Back to the title' }).click();
    await typed.page.getByLabel('Game number').fill('4243');
    const another = await noDealValues(typed.page);
    expect(another).not.toEqual(fromLink);
    expectCleanRun(typed.watch);
    await typed.close();
  });

  it('names a bad number from a link or the field, and starts nothing until it is fixed', async () => {
    const { page, watch, close } = await openGame(browser(), `${baseUrl}?seed=12ab`);
    const field = page.getByLabel('Game number');
    const message = page.getByRole('alert').filter({ hasText: 'game number' });
    await expect
      .poll(() => message.textContent())
      .toBe('The game number must be a whole number from 0 to 4294967295, not "12ab".');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('button', { name: 'Start the talks' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('game-number');
    await expect.poll(() => page.getByRole('button', { name: 'Go to the table' }).count()).toBe(0);

    await field.fill('4294967296');
    await expect.poll(() => message.count()).toBe(0);
    await page.getByRole('button', { name: 'Start the talks' }).click();
    await expect
      .poll(() => message.textContent())
      .toBe('The game number must be a whole number from 0 to 4294967295, not "4294967296".');

    // An empty field draws a new game.
    await field.fill('');
    await page.getByRole('button', { name: 'Start the talks' }).click();
    await page.getByRole('button', { name: 'Go to the table' }).waitFor();
    expectCleanRun(watch);
    await close();
  });
});
