import type { Browser } from 'playwright-core';

/** How long the idle table is watched (ms). */
export const IDLE_WINDOW_MS = 5_000;
/** The target: an idle table takes (near) no main-thread time and draws no frames. */
export const IDLE_TARGET_MS_PER_S = 5;

export interface IdleBench {
  /** Main-thread task time per second of an idle table (ms/s), from Chromium's own metrics. */
  readonly busyMsPerSecond: number;
  /** Animation frames asked for in the window. */
  readonly frames: number;
  readonly pass: boolean;
}

/**
 * Opens the game at the table, waits until it has drawn, then watches it idle for
 * IDLE_WINDOW_MS: the main thread's task time (Chromium's Performance.getMetrics TaskDuration)
 * and the animation frames the page asks for.
 */
export async function benchIdle(browser: Browser, url: string): Promise<IdleBench> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const counted = window as unknown as { framesAsked: number };
      counted.framesAsked = 0;
      const ask = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => {
        counted.framesAsked += 1;
        return ask(callback);
      };
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'Start the talks' }).click();
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await page.locator('.table-stage canvas').waitFor();
    const frames = () =>
      page.evaluate(() => (window as unknown as { framesAsked: number }).framesAsked);
    // Settled: no frame asked for in a whole second.
    for (let last = -1, now = await frames(); now !== last; ) {
      last = now;
      await page.waitForTimeout(1_000);
      now = await frames();
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
    };
    const framesBefore = await frames();
    const before = await taskSeconds();
    await page.waitForTimeout(IDLE_WINDOW_MS);
    const after = await taskSeconds();
    const framesAsked = (await frames()) - framesBefore;
    const busyMsPerSecond = ((after - before) * 1000) / (IDLE_WINDOW_MS / 1000);
    return {
      busyMsPerSecond,
      frames: framesAsked,
      pass: framesAsked === 0 && busyMsPerSecond <= IDLE_TARGET_MS_PER_S,
    };
  } finally {
    await context.close();
  }
}
