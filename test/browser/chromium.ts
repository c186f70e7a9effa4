import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** CHROME_PATH if set, else the first Chromium or Chrome on the PATH. */
export function findChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on the PATH; try the next name
    }
  }
  throw new Error('browser tests need Chromium or Chrome: install one, or set CHROME_PATH');
}

/** Flags for Chromium here: no sandbox as root, no GPU, and no calls home to other hosts. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/**
 * How Chromium draws the table. `webgl`: Phaser's WebGL renderer, as most players' browsers
 * have it; here, with no GPU, Chromium runs it in software (SwiftShader), which costs about a
 * third of a game's time. `canvas`: WebGL is off, so Phaser falls back to its Canvas renderer,
 * as it does in a browser that offers no WebGL (a blocklisted graphics driver, a locked-down
 * school machine). The tests of the drawn table and the desktop's whole game use WebGL; the
 * other whole games, the zoom and party-count tests, and those of saves, the debrief, the replay
 * and the other pages use Canvas, so both of the game's renderers are played.
 */
export type Renderer = 'webgl' | 'canvas';

export function launchChrome(renderer: Renderer = 'canvas'): Promise<Browser> {
  return chromium.launch({
    executablePath: findChrome(),
    args: [...CHROME_FLAGS, ...(renderer === 'canvas' ? ['--disable-webgl'] : [])],
  });
}

/**
 * One Chromium per renderer for all the test files a worker runs (files share the worker's
 * modules: vite.config.ts, isolate: false), started by the first file that asks for it. Starting
 * Chromium takes most of a second, once a file otherwise. Playwright ends it with the worker.
 */
const shared = new Map<Renderer, Promise<Browser>>();

/**
 * The Chromium drawing with `renderer` for a test file's tests: the worker's shared one (started
 * afresh if it has gone). After the file's tests, every context the file left open is closed,
 * so that nothing of one file reaches the next.
 */
export function useChrome(renderer: Renderer = 'canvas'): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const running = await shared.get(renderer);
    if (running?.isConnected()) {
      browser = running;
      return;
    }
    const starting = launchChrome(renderer);
    shared.set(renderer, starting);
    browser = await starting;
  });
  afterAll(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
  });
  return () => {
    if (!browser) throw new Error('Chromium has not started');
    return browser;
  };
}

/** Which renderer draws the table on this page: the context its canvas was given, or null. */
export function tableRenderer(page: Page): Promise<Renderer | null> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    if (!canvas) return null;
    // A canvas keeps the kind of context it was first given and refuses any other.
    return canvas.getContext('webgl2') || canvas.getContext('webgl') ? 'webgl' : 'canvas';
  });
}

/** What a page did that a test must see: console errors and warnings, requests elsewhere. */
export interface PageWatch {
  readonly problems: string[];
  readonly foreignRequests: string[];
}

/** Records console errors, warnings, page errors and any request to another origin. */
export function watchPage(page: Page, baseUrl: string): PageWatch {
  const origin = new URL(baseUrl).origin;
  const watch: PageWatch = { problems: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      watch.problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      watch.foreignRequests.push(url);
    }
  });
  return watch;
}

/** Saves a screenshot of the whole page as a test artefact under test-results/screens/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(process.cwd(), 'test-results', 'screens');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true, scale: 'css' });
  return path;
}
