import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChrome } from './chromium';
import { endTheTalks, expectCleanRun, openGame, outcomeHeadline, startTalks } from './play';
import { untilPrecached } from './service-worker';
import { type StaticHost, serveFromFolder } from './static-host';

describe('the built site on a static host', () => {
  const distDir = inject('distDir');
  let browser: Browser;
  let host: StaticHost;
  beforeAll(async () => {
    browser = await launchChrome();
    host = await serveFromFolder(distDir, '/schools/history/mediator/');
  });
  afterAll(async () => {
    await browser?.close();
    host?.close();
  });

  it('runs from a sub-folder, asking only for files inside it', async () => {
    const { page, watch, close } = await openGame(browser, host.url);
    await startTalks(page, 'Easy');
    await expect.poll(() => page.getByText(/^Session 1 of 12/).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('img', { name: /Map of Ukraine/ }).isVisible())
      .toBe(true);
    expect(host.seen.filter((path) => !path.startsWith('/schools/history/mediator/'))).toEqual([]);
    expect(host.seen.some((path) => path.endsWith('.woff2'))).toBe(true);
    expectCleanRun(watch);
    await close();
  });

  it('works by touch', async () => {
    const { page, watch, close } = await openGame(browser, host.url, {
      hasTouch: true,
      isMobile: false,
    });
    await page.getByRole('button', { name: 'Start the talks' }).tap();
    await page.getByRole('button', { name: 'Go to the table' }).tap();
    await page.getByRole('button', { name: 'Consult Russia' }).tap();
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: 'consulted Russia' }).isVisible())
      .toBe(true);
    await endTheTalks(page, 'tap');
    await expect.poll(() => outcomeHeadline(page)).toMatch(/stalemate/i);
    expectCleanRun(watch);
    await close();
  });

  it('installs for offline play within its own folder, and plays there with the network cut', async () => {
    const { page, watch, close } = await openGame(browser, host.url);
    const precached = await untilPrecached(page);
    expect(precached.scope).toBe(host.url);
    expect(precached.files).toEqual(expect.arrayContaining(['index.html', 'manifest.webmanifest']));
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
          const manifest = await (await fetch(link?.href ?? 'missing')).json();
          return new URL(manifest.start_url, link?.href).href;
        }),
      )
      .toBe(host.url);
    expect(host.seen).toContain('/schools/history/mediator/sw.js');

    await page.context().setOffline(true);
    const asked = host.seen.length;
    await page.reload();
    await startTalks(page, 'Easy');
    await expect.poll(() => page.getByText(/^Session 1 of 12/).isVisible()).toBe(true);
    // Nothing reached the host once the network was cut: the game came from the cache.
    expect(host.seen.slice(asked)).toEqual([]);
    expect(host.seen.filter((path) => !path.startsWith('/schools/history/mediator/'))).toEqual([]);
    expectCleanRun(watch);
    await close();
  });
});
