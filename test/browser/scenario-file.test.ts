import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChrome, screenshot } from './chromium';
import {
  choosePackage,
  expectCleanRun,
  openGame,
  outcomeHeadline,
  startTalks,
  type VisiblePackage,
} from './play';

/** The warm-up's middle-of-the-road package, as the selects show it. */
const WARM_UP_COMPROMISE: VisiblePackage = {
  'Size of the reservoir': 'Middle-sized lake',
  'Summer water': 'Fixed shares',
  'Price of power and water': 'Cost price',
  'Fish passage': 'Fish ladder',
  'Monitoring board': 'Independent engineers',
  'Guarantee fund': 'Shared fund',
};

describe('the fictional warm-up scenario, played from the title', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChrome();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is offered on the title and reaches a deal when the compromise is signed', async () => {
    const { page, watch, close } = await openGame(browser, baseUrl);
    await page.getByRole('radio', { name: 'The Silverrun Dam: a fictional warm-up' }).check();
    await startTalks(page, 'Normal');
    await expect(page.getByText(/^Session 1 of 8/).isVisible()).resolves.toBe(true);
    // No map: the side panel describes the issue in words instead.
    await expect(page.getByRole('img', { name: /Map of/ }).count()).resolves.toBe(0);
    await page.getByLabel('Fish passage', { exact: true }).focus();
    await expect(
      page.getByRole('complementary', { name: 'About the issue' }).textContent(),
    ).resolves.toContain('Whether fish can still swim up the river');

    await choosePackage(page, WARM_UP_COMPROMISE);
    await page.getByRole('button', { name: 'Table the proposal' }).click();
    await expect(page.getByText('✓ Accepts').count()).resolves.toBe(3);
    await screenshot(page, 'warm-up-table-1024');
    await page.getByRole('button', { name: 'Convene the summit' }).click();
    await expect(outcomeHeadline(page)).resolves.toMatch(/deal/i);
    expectCleanRun(watch);
    await close();
  });
});
