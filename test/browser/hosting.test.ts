import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChrome } from './chromium';
import { expectCleanRun, openGame, outcomeHeadline, startTalks } from './play';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** A plain static host that serves the build from a sub-folder and nothing else. */
function serveFromFolder(
  dir: string,
  folder: string,
): Promise<{ server: Server; url: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    seen.push(path);
    if (!path.startsWith(folder)) {
      response.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(folder.length) || 'index.html').replace(
      /^(\.\.[/\\])+/,
      '',
    );
    try {
      const body = await readFile(join(dir, relative === '' ? 'index.html' : relative));
      response
        .writeHead(200, { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}${folder}`, seen });
    });
  });
}

describe('the built site on a static host', () => {
  const distDir = inject('distDir');
  let browser: Browser;
  let host: Awaited<ReturnType<typeof serveFromFolder>>;
  beforeAll(async () => {
    browser = await launchChrome();
    host = await serveFromFolder(distDir, '/schools/history/mediator/');
  });
  afterAll(async () => {
    await browser?.close();
    host?.server.close();
  });

  it('runs from a sub-folder, asking only for files inside it', async () => {
    const { page, watch, close } = await openGame(browser, host.url);
    await startTalks(page, 'Easy');
    await expect(page.getByText(/^Session 1 of 12/).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('img', { name: /Map of Ukraine/ }).isVisible()).resolves.toBe(true);
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
    await expect(
      page.getByRole('listitem').filter({ hasText: 'consulted Russia' }).isVisible(),
    ).resolves.toBe(true);
    await page.getByRole('button', { name: 'End the talks' }).tap();
    await expect(outcomeHeadline(page)).resolves.toMatch(/stalemate/i);
    expectCleanRun(watch);
    await close();
  });
});
