import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { TITLE_INTERACTIVE_MARK } from '../../src/ui/marks';
import { findChrome, launchChrome } from '../browser/chromium';
import { BARE_READY_MARK } from './bare-phaser/marks';
import { type BootBench, benchBoot } from './boot-bench';
import { benchIdle, type IdleBench } from './idle-bench';
import { type BuildSizes, measureSizes } from './size-bench';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROJECT_CONFIG = join(PROJECT_ROOT, 'vite.config.ts');
const BARE_ROOT = fileURLToPath(new URL('./bare-phaser/', import.meta.url));

export interface WebBench {
  readonly sizes: BuildSizes;
  readonly boot: BootBench | { readonly skipped: string };
  readonly idle: IdleBench | { readonly skipped: string };
}

/** What the site needs to be served: where it was built and with which config. */
interface Site {
  readonly root: string;
  readonly configFile: string | false;
  readonly outDir: string;
}

async function buildSite(root: string, configFile: string | false): Promise<Site> {
  const outDir = await mkdtemp(join(tmpdir(), 'mediator-bench-'));
  await build({
    root,
    configFile,
    base: './',
    logLevel: 'warn',
    // The bench reports the sizes itself; vite's large-chunk warning would only repeat them.
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: Number.POSITIVE_INFINITY },
  });
  return { root, configFile, outDir };
}

async function serve(site: Site): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: site.root,
    configFile: site.configFile,
    logLevel: 'warn',
    build: { outDir: site.outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string')
    throw new Error('preview server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

/** Chromium, started; or the reason it cannot be, for the report. */
async function startChrome(): Promise<Browser | string> {
  try {
    findChrome();
    return await launchChrome('webgl');
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown';
  }
}

/**
 * Builds the site as it ships and measures its files; then, when Chromium is at hand, times
 * its boot to the title against a bare Phaser page built and served the same way, and what an
 * idle table costs the main thread.
 */
export async function benchWeb(rounds: number): Promise<WebBench> {
  const sites: Site[] = [];
  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  try {
    const game = await buildSite(PROJECT_ROOT, PROJECT_CONFIG);
    sites.push(game);
    const sizes = await measureSizes(game.outDir);
    const chrome = await startChrome();
    if (typeof chrome === 'string')
      return { sizes, boot: { skipped: chrome }, idle: { skipped: chrome } };
    browser = chrome;
    const bare = await buildSite(BARE_ROOT, false);
    sites.push(bare);
    const gameServed = await serve(game);
    servers.push(gameServed.server);
    const bareServed = await serve(bare);
    servers.push(bareServed.server);
    const boot = await benchBoot(
      browser,
      {
        game: { url: gameServed.url, mark: TITLE_INTERACTIVE_MARK },
        bare: { url: bareServed.url, mark: BARE_READY_MARK },
      },
      rounds,
    );
    const idle = await benchIdle(browser, gameServed.url);
    return { sizes, boot, idle };
  } finally {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
    await Promise.all(sites.map((s) => rm(s.outDir, { recursive: true, force: true })));
  }
}
