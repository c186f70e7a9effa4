import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { describe, expect, inject, it } from 'vitest';
import { CHROME_FLAGS, findChrome } from './chromium';

describe('Lighthouse on the built site', () => {
  const baseUrl = inject('baseUrl');

  it('scores accessibility 100 and best practices at least 95 at a projector’s size', async () => {
    const chrome = await chromeLauncher.launch({
      chromePath: findChrome(),
      chromeFlags: ['--headless=new', ...CHROME_FLAGS],
    });
    try {
      const result = await lighthouse(baseUrl, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['accessibility', 'best-practices'],
        formFactor: 'desktop',
        screenEmulation: {
          mobile: false,
          width: 1024,
          height: 768,
          deviceScaleFactor: 1,
          disabled: false,
        },
        throttlingMethod: 'provided',
        // Generous waits, so that a machine busy with other work still lets the page load.
        maxWaitForFcp: 90_000,
        maxWaitForLoad: 150_000,
      });
      const categories = result?.lhr.categories ?? {};
      const scores = Object.fromEntries(
        Object.entries(categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
      );
      const failing = Object.values(result?.lhr.audits ?? {})
        .filter((a) => a.scoreDisplayMode === 'binary' && a.score !== null && a.score < 1)
        .map((a) => `${a.id}: ${a.title}`);
      const dir = join(process.cwd(), 'test-results');
      await mkdir(dir, { recursive: true });
      await writeFile(
        join(dir, 'lighthouse.json'),
        `${JSON.stringify({ lighthouse: result?.lhr.lighthouseVersion, scores, failing }, null, 2)}\n`,
      );
      expect(scores.accessibility, failing.join('\n')).toBe(100);
      expect(scores['best-practices'], failing.join('\n')).toBeGreaterThanOrEqual(95);
    } finally {
      await chrome.kill();
    }
  }, 300_000);
});
