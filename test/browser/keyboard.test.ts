import { describe, expect, inject, it } from 'vitest';
import { tableRenderer, useChrome } from './chromium';
import {
  DEAL_CONSULTS,
  expectCleanRun,
  focusedName,
  focusInView,
  openGame,
  outcomeHeadline,
  sessionText,
  tabTo,
} from './play';
import { SIZES } from './screen-checks';

describe('a whole game with the keyboard alone, in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  for (const size of ['projector', 'phone'] as const) {
    it(`can be played with the keyboard alone: a game to a deal, its debrief and its replay (${size})`, async () => {
      const { page, watch, close } = await openGame(browser(), baseUrl, { viewport: SIZES[size] });
      const key = (k: string) => page.keyboard.press(k);
      // The title focuses its start button (in view on a projector; a phone shows the title's
      // top, and Tab scrolls to the focus); the briefing focuses its way to the table, in view
      // at every size, where the player sees what Enter will do.
      if (size === 'projector') await expect.poll(() => focusInView(page)).toBe(true);
      await key('Enter');
      await page.getByRole('button', { name: 'Go to the table' }).waitFor();
      await expect.poll(() => focusedName(page)).toBe('Go to the table');
      await expect.poll(() => focusInView(page)).toBe(true);
      await key('Enter');
      await page.getByRole('button', { name: 'Table the proposal' }).waitFor();
      // Without WebGL, Phaser draws the table with its Canvas renderer (chromium.ts).
      await page.locator('.table-stage canvas').waitFor();
      expect(await tableRenderer(page)).toBe('canvas');
      // The table focuses the first leader's Consult: Tab reaches a later seat's, Shift+Tab an
      // earlier one's.
      const seatOrder: readonly string[] = ['United States', 'Russia', 'Ukraine'];
      await expect.poll(() => focusedName(page)).toBe('Consult United States');
      let at = 0;
      for (const [i, country] of DEAL_CONSULTS.entries()) {
        const next = seatOrder.indexOf(country);
        await tabTo(page, `Consult ${country}`, next >= at ? 'Tab' : 'Shift+Tab');
        at = next;
        await key('Enter');
        await expect.poll(() => sessionText(page)).toMatch(new RegExp(`^Session ${i + 2} of 10`));
      }
      // Each select takes arrow keys, Tab moves on.
      await tabTo(page, 'Fortified zones in the east');
      const downs = [2, 1, 2, 2, 3, 2, 2, 3];
      for (const [i, n] of downs.entries()) {
        for (let k = 0; k < n; k++) await key('ArrowDown');
        if (i < downs.length - 1) await key('Tab');
      }
      await key('Tab');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Table the proposal');
      await key('Enter');
      await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(3);
      await key('Tab');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Convene the summit');
      await key('Enter');
      await expect.poll(() => outcomeHeadline(page)).toMatch(/deal/i);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toMatch(/Play again/);

      // On to the debrief and the replay, still by keyboard alone.
      await tabTo(page, 'Debrief');
      await key('Enter');
      await page.getByRole('heading', { name: 'Hidden priorities revealed' }).waitFor();
      await tabTo(page, 'Watch the replay');
      await key('Enter');
      await page.getByRole('button', { name: 'To the end' }).waitFor();
      // The replay focuses Play, in view at the foot of a phone's screen too.
      await expect.poll(() => focusedName(page)).toBe('Play');
      await expect.poll(() => focusInView(page)).toBe(true);
      await tabTo(page, 'To the end');
      await key('Enter');
      await expect
        .poll(() =>
          page
            .getByText(/^Step (\d+) of \1/)
            .first()
            .isVisible(),
        )
        .toBe(true);
      expectCleanRun(watch);
      await close();
    });
  }
});
