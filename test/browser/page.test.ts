import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChrome, screenshot, watchPage } from './chromium';

describe('the built page in Chromium', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChrome();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says what the game is and that it is a teaching model, with no errors and no request elsewhere', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    const watch = watchPage(page, baseUrl);
    await page.goto(baseUrl);
    await expect(page.getByRole('heading', { name: 'Mediator' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('simplified teaching model').isVisible()).resolves.toBe(true);
    await expect(page.locator('#status').textContent()).resolves.toContain(
      '5184 possible packages',
    );
    await screenshot(page, 'placeholder');
    expect(watch.problems).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
