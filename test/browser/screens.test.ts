import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChrome, watchPage } from './chromium';
import { expectCleanRun, seeded } from './play';
import { checkScreen, textSizes } from './screen-checks';

/** A window of 1280×800 at a browser zoom: the page gets 1280/zoom CSS pixels of width. */
const ZOOMS = [1, 2, 4] as const;

type Screens = Record<'title' | 'table' | 'debrief', Record<string, number>>;

/** The title, the table and a debrief at one zoom, each checked; their text sizes. */
async function visit(browser: Browser, baseUrl: string, zoom: number): Promise<Screens> {
  const context = await browser.newContext({
    viewport: { width: 1280 / zoom, height: 800 / zoom },
    deviceScaleFactor: zoom,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const watch = watchPage(page, baseUrl);
  const tag = `zoom${zoom * 100}`;
  await page.goto(seeded(baseUrl));
  await page.getByRole('button', { name: 'Start the talks' }).waitFor();
  await checkScreen(page, `title-${tag}`);
  const title = await textSizes(page);

  await page.getByRole('button', { name: 'Start the talks' }).click();
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await page.getByRole('button', { name: 'Consult Russia' }).click();
  await page.getByText(/^Session 2 of 10/).waitFor();
  await checkScreen(page, `table-${tag}`);
  const table = await textSizes(page);

  await page.getByRole('button', { name: /^Leave/ }).click();
  await page.getByRole('button', { name: /^A deal:/ }).click();
  await page.getByRole('button', { name: 'Debrief' }).click();
  await page.getByRole('heading', { name: 'Hidden priorities revealed' }).waitFor();
  await checkScreen(page, `debrief-${tag}`);
  const debrief = await textSizes(page);
  expectCleanRun(watch);
  await context.close();
  return { title, table, debrief };
}

describe('the title, the table and the debrief at 100%, 200% and 400% browser zoom', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('reflow without scrolling sideways, and no text is smaller than at 100%', async () => {
    // Three windows at once, each a context of its own: they share nothing but the browser.
    const seen = await Promise.all(ZOOMS.map((zoom) => visit(browser(), baseUrl, zoom)));
    const [base, ...others] = seen;
    if (!base) throw new Error('no screens at 100%');
    for (const [i, other] of others.entries()) {
      for (const screen of ['title', 'table', 'debrief'] as const) {
        const smaller = Object.entries(other[screen])
          .filter(([text, size]) => size < (base[screen][text] ?? 0) - 0.01)
          .map(([text, size]) => `${text.slice(0, 40)}: ${size}px < ${base[screen][text]}px`);
        expect(smaller, `${screen} at ${ZOOMS[i + 1] ?? '?'}× zoom`).toEqual([]);
      }
    }
  }, 120_000);
});
