import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe';
import { screenshot } from './chromium';

/** The sizes every screen is played at: a desktop, a 4:3 projector, a portrait tablet, a phone. */
export const SIZES = {
  desktop: { width: 1920, height: 1080 },
  projector: { width: 1024, height: 768 },
  tablet: { width: 768, height: 1024 },
  phone: { width: 375, height: 667 },
} as const;

export type SizeName = keyof typeof SIZES;

/** Every visible text on the page with its size in CSS pixels, the smallest where it repeats. */
export function textSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!element || text === '' || element.closest('.visually-hidden, [hidden], svg')) continue;
      if (element.getClientRects().length === 0) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      sizes[text] = Math.min(sizes[text] ?? Number.POSITIVE_INFINITY, size);
    }
    return sizes;
  });
}

/** The smallest visible text on the page, in CSS pixels, and what it says. */
export async function smallestText(page: Page): Promise<{ size: number; text: string }> {
  let smallest = { size: Number.POSITIVE_INFINITY, text: '' };
  for (const [text, size] of Object.entries(await textSizes(page))) {
    if (size < smallest.size) smallest = { size, text };
  }
  return smallest;
}

/**
 * Checks a screen as a reader at this size meets it, and keeps its picture: the page does not
 * scroll sideways, no visible text is cut with "…", no text is under 12 CSS pixels, and axe
 * finds no violation. The screenshot goes to test-results/screens/<name>.png.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  // A screen that enters with motion is checked once it has come to rest.
  await expect
    .poll(() =>
      page.evaluate(() => document.getAnimations().every((a) => a.playState !== 'running')),
    )
    .toBe(true);
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: `${name}: the page scrolls sideways`,
    })
    .toBeLessThanOrEqual(0);
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered visible is the point
  const visible = await page.evaluate(() => document.body.innerText);
  expect(visible.includes('…'), `${name}: visible text is cut with “…”`).toBe(false);
  const smallest = await smallestText(page);
  expect(smallest.size, `${name}: "${smallest.text}"`).toBeGreaterThanOrEqual(12);
  const violations = await axeViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  await screenshot(page, name);
}
