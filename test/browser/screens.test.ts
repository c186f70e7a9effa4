import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, useChrome, watchPage } from './chromium';
import { expectCleanRun, outcomeHeadline, seeded, tableTheDeal } from './play';

/** The smallest text on the controls layer, in CSS pixels as displayed after scaling. */
function smallestText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    const screen = document.querySelector('.screen');
    if (!screen) return { size: 0, text: 'no screen' };
    const scale = screen.getBoundingClientRect().width / (screen as HTMLElement).offsetWidth;
    let smallest = { size: Number.POSITIVE_INFINITY, text: '' };
    const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!element || text === '' || element.closest('.visually-hidden')) continue;
      if (element.getClientRects().length === 0) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize) * scale;
      if (size < smallest.size) smallest = { size, text };
    }
    return smallest;
  });
}

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

describe('every scene, as a screenshot at a projector’s and a desktop’s size', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  for (const size of SIZES) {
    it(`shows each scene legibly at ${size.width}×${size.height}`, async () => {
      const context = await browser().newContext({ viewport: size, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const watch = watchPage(page, baseUrl);
      const tag = `${size.width}`;
      const legible = async (scene: string) => {
        const smallest = await smallestText(page);
        // 12 CSS pixels is the least a classroom projector shows readably.
        expect(smallest.size, `${scene}: "${smallest.text}"`).toBeGreaterThanOrEqual(12);
      };

      // Hold the map back so the preloader's progress bar can be seen.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/*.svg', async (route) => {
        if (!route.request().url().includes('ukraine')) return route.continue();
        await held;
        return route.continue();
      });
      await page.goto(seeded(baseUrl));
      // The preloader's bar is drawn on the canvas and says nothing to the page: give it a moment.
      await page.waitForTimeout(600);
      await screenshot(page, `preloader-${tag}`);
      release();

      await page.getByRole('button', { name: 'Start the talks' }).waitFor();
      await legible('title');
      await screenshot(page, `title-${tag}`);

      await page.getByRole('button', { name: 'Start the talks' }).click();
      await page.getByRole('button', { name: 'Go to the table' }).waitFor();
      await legible('briefing');
      await screenshot(page, `briefing-${tag}`);

      await page.getByRole('button', { name: 'Go to the table' }).click();
      await page.getByRole('button', { name: 'Table the proposal' }).waitFor();
      await legible('table');
      await screenshot(page, `table-${tag}`);

      await tableTheDeal(page);
      await legible('table with answers');
      await screenshot(page, `table-answers-${tag}`);

      await page.getByRole('button', { name: 'Convene the summit' }).click();
      // The summit moment is an animation on the canvas with no end event: catch it midway.
      await page.waitForTimeout(300);
      await screenshot(page, `summit-${tag}`);

      await outcomeHeadline(page);
      await legible('outcome');
      await screenshot(page, `outcome-${tag}`);
      expectCleanRun(watch);
      await context.close();
    });
  }
});
