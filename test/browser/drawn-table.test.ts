import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { tableRenderer, useChrome } from './chromium';
import { expectCleanRun, openGame, startTalks } from './play';

/** Counts the page's animation frames from its first script on: Phaser draws in them. */
const COUNT_FRAMES = () => {
  const counted = window as unknown as { framesAsked: number };
  counted.framesAsked = 0;
  const ask = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    counted.framesAsked += 1;
    return ask(callback);
  };
};

const framesAsked = (page: Page) =>
  page.evaluate(() => (window as unknown as { framesAsked: number }).framesAsked);

/** Waits until no frame has been asked for in half a second, and returns the count. */
async function settled(page: Page): Promise<number> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await framesAsked(page);
        const still = now === last;
        last = now;
        return still;
      },
      { interval: 500, timeout: 15_000 },
    )
    .toBe(true);
  return last;
}

describe('the drawn table in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome('webgl');

  for (const motion of ['reduce', 'no-preference'] as const) {
    it(`draws the table, then renders nothing while idle, and draws again when a leader is consulted (motion: ${motion})`, async () => {
      const { page, watch, close } = await openGame(browser(), baseUrl, { reducedMotion: motion });
      await page.addInitScript(COUNT_FRAMES);
      await page.reload();
      await page.getByRole('button', { name: 'Start the talks' }).waitFor();
      await startTalks(page);
      await page.locator('.table-stage canvas').waitFor();
      await expect.poll(() => framesAsked(page)).toBeGreaterThan(0);
      expect(await tableRenderer(page)).toBe('webgl');

      const idle = await settled(page);
      // Idle for 5 s once; with motion, settling (half a second without a frame) is enough.
      await page.waitForTimeout(motion === 'reduce' ? 5_000 : 1_000);
      expect(await framesAsked(page), 'frames asked for by an idle table').toBe(idle);

      await page.getByRole('button', { name: 'Consult Russia' }).click();
      await expect.poll(() => framesAsked(page)).toBeGreaterThan(idle);
      const again = await settled(page);
      await page.waitForTimeout(1_000);
      expect(await framesAsked(page)).toBe(again);
      expectCleanRun(watch);
      await close();
    });
  }
});
