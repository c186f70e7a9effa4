import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, useChrome } from './chromium';
import {
  choosePackage,
  consultInOrder,
  expectCleanRun,
  openGame,
  outcomeHeadline,
  type VisiblePackage,
} from './play';

/**
 * The warm-up's middle-of-the-road package, as the selects show it: in GAME_NUMBER's game at
 * Normal, Highford accepts it only once the talks have gone on for a while (WARM_UP_CONSULTS).
 */
const WARM_UP_COMPROMISE: VisiblePackage = {
  'Size of the reservoir': 'Middle-sized lake',
  'Summer water': 'Fixed shares',
  'Price of power and water': 'Cost price',
  'Fish passage': 'Fish ladder',
  'Monitoring board': 'Independent engineers',
  'Guarantee fund': 'Shared fund',
};

/** Two sessions of consultation, after which all three towns accept WARM_UP_COMPROMISE. */
const WARM_UP_CONSULTS = ['Highford', 'Millbrook'];

/** Words of the real scenario that the fictional warm-up must never show. */
const REAL_WORDS =
  /Russia|Ukrain|United States|Trump|Putin|Zelensk|Rubio|Alaska|Washington|Crimea|Donetsk|peace|war\b|trilateral/i;

/** What the page shows that belongs to the real scenario, if anything. */
async function realWords(page: Page): Promise<string | null> {
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered visible is the point
  const text = await page.evaluate(() => document.body.innerText);
  return REAL_WORDS.exec(text)?.[0] ?? null;
}

describe('the fictional warm-up scenario, played from the title', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('is offered on the title and reaches a deal when the compromise is signed', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await page.getByRole('radio', { name: 'The Silverrun Dam: a fictional warm-up' }).check();
    await page.getByRole('radio', { name: /^Normal/ }).check();
    await page.getByRole('button', { name: 'Start the talks' }).click();
    await page.getByRole('button', { name: 'Go to the table' }).waitFor();
    expect(await realWords(page), 'the briefing').toBeNull();
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await page.getByRole('button', { name: 'Table the proposal' }).waitFor();
    await expect.poll(() => page.getByText(/^Session 1 of 8/).isVisible()).toBe(true);
    // No map: the side panel describes the issue in words instead.
    await expect.poll(() => page.getByRole('img', { name: /Map of/ }).count()).toBe(0);
    await page.getByLabel('Fish passage', { exact: true }).focus();
    await expect
      .poll(() => page.getByRole('complementary', { name: 'About the issue' }).textContent())
      .toContain('Whether fish can still swim up the river');

    await consultInOrder(page, WARM_UP_CONSULTS);
    await choosePackage(page, WARM_UP_COMPROMISE);
    await page.getByRole('button', { name: 'Table the proposal' }).click();
    await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(3);
    await screenshot(page, 'warm-up-table-1024');
    expect(await realWords(page), 'the table').toBeNull();
    await page.getByRole('button', { name: 'Convene the summit' }).click();
    await expect.poll(() => outcomeHeadline(page)).toMatch(/deal/i);
    expect(await realWords(page), 'the outcome').toBeNull();
    await page.getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('heading', { name: 'Hidden priorities revealed' }).waitFor();
    expect(await realWords(page), 'the debrief').toBeNull();
    expectCleanRun(watch);
    await close();
  });

  it('plays a scenario opened from a file, and names the field at fault in a broken one', async () => {
    const warmUp = JSON.parse(await readFile('assets/scenarios/silverrun-dam.json', 'utf8'));
    const own = { ...warmUp, id: 'our-class-dam', title: 'Our class’s own dam' };
    const { page, watch, close } = await openGame(browser(), baseUrl);

    const broken = structuredClone(own);
    broken.parties[1].priorities[broken.issues[0].id].weight = 'heavy';
    await page.getByLabel('Open a scenario file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page.getByRole('alert').filter({ hasText: 'broken.json' }).waitFor();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'broken.json' }).textContent())
      .toMatch(
        /“broken\.json” cannot be played: invalid scenario: parties\.1\.priorities\.[a-z-]+\.weight: must be a number/,
      );

    await page.getByLabel('Open a scenario file').setInputFiles({
      name: 'dam.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(own)),
    });
    await page.getByRole('heading', { name: 'Our class’s own dam' }).waitFor();
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await consultInOrder(page, WARM_UP_CONSULTS);
    await choosePackage(page, WARM_UP_COMPROMISE);
    await page.getByRole('button', { name: 'Table the proposal' }).click();
    await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(3);
    await page.getByRole('button', { name: 'Convene the summit' }).click();
    await expect.poll(() => outcomeHeadline(page)).toMatch(/deal/i);
    expectCleanRun(watch);
    await close();
  });
});
