import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useChrome, watchPage } from './chromium';
import { COMPROMISE, choosePackage, expectCleanRun, openGame, startTalks } from './play';
import { untilPrecached } from './service-worker';

/** Every file of a build except the service worker itself, as paths relative to the build. */
async function buildFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => file !== 'sw.js')
    .sort();
}

describe('the game installed and offline', () => {
  const baseUrl = inject('baseUrl');
  const distDir = inject('distDir');
  const browser = useChrome();

  it('links a web app manifest that names the game, its start, its colours and its icons', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    const linked = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      const response = await fetch(link?.href ?? 'missing');
      return {
        url: response.url,
        type: response.headers.get('content-type'),
        manifest: await response.json(),
        themeColor: document.querySelector('meta[name="theme-color"]')?.getAttribute('content'),
      };
    });
    expect(linked.url).toBe(`${baseUrl}manifest.webmanifest`);
    expect(linked.manifest).toMatchObject({
      name: 'Mediator — a negotiation game',
      short_name: 'Mediator',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#1d3557',
      background_color: '#f7f4ec',
    });
    expect(linked.themeColor).toBe(linked.manifest.theme_color);

    const icons = linked.manifest.icons as { src: string; sizes: string; type: string }[];
    expect(icons.map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(['any', '192x192', '512x512']),
    );
    for (const icon of icons) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = new URL(
          src,
          document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href,
        ).href;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, icon.src);
      if (icon.sizes !== 'any') expect(size, icon.src).toBe(icon.sizes);
    }
    expectCleanRun(watch);
    await close();
  });

  it('plays from the title to a tabled proposal after a reload with the network cut', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    const precached = await untilPrecached(page);
    expect(precached.scope).toBe(baseUrl);
    expect(precached.files).toEqual(await buildFiles(distDir));

    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Start the talks' }).waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => ({
          online: navigator.onLine,
          controlled: navigator.serviceWorker.controller !== null,
        })),
      )
      .toEqual({ online: false, controlled: true });
    await expect.poll(() => page.getByRole('button', { name: /^A deal:/ }).isVisible()).toBe(true);

    await startTalks(page, 'Normal');
    await expect
      .poll(() => page.getByRole('img', { name: /Map of Ukraine/ }).isVisible())
      .toBe(true);
    await choosePackage(page, COMPROMISE);
    await page.getByRole('button', { name: 'Table the proposal' }).click();
    // So early in the talks only the United States accepts the compromise.
    await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(1);
    await expect.poll(() => page.getByText(/^✗ Rejects/).count()).toBe(2);
    expectCleanRun(watch);
    await close();
  });

  it('clears the caches of earlier releases of this copy of the game, and no others', async () => {
    const context = await browser().newContext();
    // Before the game's first visit, the origin already holds an earlier release's cache and
    // another site's cache.
    const before = await context.newPage();
    await before.goto(`${baseUrl}favicon.svg`);
    await before.evaluate(async (scope) => {
      await (await caches.open(`mediator:${scope}:earlier-release`)).put('x', new Response('x'));
      await (await caches.open('another-site')).put('x', new Response('x'));
    }, baseUrl);
    await before.close();
    const page = await context.newPage();
    const watch = watchPage(page, baseUrl);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start the talks' }).waitFor();
    const precached = await untilPrecached(page);
    expect(precached.caches).toHaveLength(2);
    expect(precached.caches[0]).toBe('another-site');
    expect(precached.caches[1]).toMatch(new RegExp(`^mediator:${baseUrl}:[0-9a-f]{16}$`));
    expectCleanRun(watch);
    await context.close();
  });
});
