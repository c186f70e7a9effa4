import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/pwa/content-security-policy';
import { useChrome } from './chromium';
import { expectCleanRun, openGame, startTalks } from './play';

describe('the built game under its own strict Content-Security-Policy', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('ships the policy, and lays out the table and the charts without inline styles', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document
              .querySelector('meta[http-equiv="Content-Security-Policy"]')
              ?.getAttribute('content') ?? null,
        ),
      )
      .toBe(CONTENT_SECURITY_POLICY);
    // Any violation is logged as a console error, which expectCleanRun refuses.
    await startTalks(page);
    const seats = ['United States', 'Russia', 'Ukraine'].map((country) =>
      page.getByRole('region', { name: country, exact: true }),
    );
    await expect
      .poll(async () => {
        const boxes = await Promise.all(seats.map((seat) => seat.boundingBox()));
        return new Set(
          boxes.map((box) => `${Math.round(box?.x ?? -1)},${Math.round(box?.y ?? -1)}`),
        ).size;
      })
      .toBe(3);

    await page.getByRole('button', { name: /Leave the table/ }).click();
    await page.getByRole('button', { name: 'Class view' }).click();
    const examples = await readdir('public/examples');
    await page
      .getByLabel(/Choose saved games/)
      .setInputFiles(examples.map((file) => join('public/examples', file)));
    const bars = page.locator('.spread-bar > span');
    await expect.poll(() => bars.count()).toBe(3);
    await expect
      .poll(async () =>
        (await bars.evaluateAll((spans) => spans.map((s) => s.clientWidth))).every((w) => w > 0),
      )
      .toBe(true);
    expectCleanRun(watch);
    await close();
  });
});
