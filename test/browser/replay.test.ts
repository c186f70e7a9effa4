import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, useChrome } from './chromium';
import {
  COMPROMISE,
  consultInOrder,
  endTheTalks,
  expectCleanRun,
  focusedName,
  openGame,
  outcomeHeadline,
  SURRENDER_CONSULTS,
  sessionText,
  startTalks,
  tableProposal,
  tableTheTilted,
  tabTo,
} from './play';

/** The replay's step indicator as the viewer reads it, e.g. "Step 3 of 9 — after session 3 of 10". */
async function stepIndicator(page: Page): Promise<string> {
  return (await page.getByText(/^Step \d+ of \d+ — /).textContent()) ?? '';
}

/** The outcome's headline at the last step; the save's name in the header reads differently. */
const DEAL_HEADLINE = /^Deal — \d+ of 100$/;

/** One leader's seat, found by its heading, e.g. "Ukraine". */
const seat = (page: Page, country: string) =>
  page.getByRole('region', { name: country, exact: true });

/** Whether the focused element shows the keyboard focus ring. */
function focusRingShown(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLElement && el.matches(':focus-visible')
      ? getComputedStyle(el).outlineStyle !== 'none'
      : false;
  });
}

/**
 * Nine steps to a deal: four consultations, a package tilted against Ukraine that Ukraine
 * rejects, consultations of Ukraine and Russia, the compromise all three accept, and the summit.
 */
async function playToDeal(page: Page): Promise<void> {
  await startTalks(page, 'Normal');
  await tableTheTilted(page);
  await consultInOrder(page, ['Ukraine', 'Russia'], 6);
  await tableProposal(page, COMPROMISE);
  await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(3);
  await page.getByRole('button', { name: 'Convene the summit' }).click();
  await expect.poll(() => outcomeHeadline(page)).toMatch(/deal/i);
}

describe('the replay of a finished game, watched and taken over in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('steps through a deal, shows its outcome at the end, and plays on from a middle step to a stalemate', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await playToDeal(page);
    await page.getByRole('button', { name: 'Watch the replay' }).click();

    await expect.poll(() => stepIndicator(page)).toBe('Step 0 of 9 — before the first session');
    await expect.poll(() => page.getByText('No proposal tabled yet.').count()).toBe(3);
    await expect
      .poll(() => page.getByRole('button', { name: 'Back one step' }).isDisabled())
      .toBe(true);

    const forward = page.getByRole('button', { name: 'Forward one step' });
    for (const [i, country] of SURRENDER_CONSULTS.entries()) {
      await forward.click();
      await expect
        .poll(() => stepIndicator(page))
        .toBe(`Step ${i + 1} of 9 — after session ${i + 1} of 10`);
      await expect
        .poll(() =>
          page
            .getByText(new RegExp(`consulted ${country}`))
            .first()
            .isVisible(),
        )
        .toBe(true);
    }

    await forward.click();
    await expect.poll(() => stepIndicator(page)).toBe('Step 5 of 9 — after session 5 of 10');
    await expect
      .poll(() =>
        seat(page, 'Ukraine')
          .getByText(/✗ Rejects/)
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => seat(page, 'Russia').getByText('✓ Accepts').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByText('Every term is new at this step.').isVisible())
      .toBe(true);

    await forward.click();
    await expect.poll(() => stepIndicator(page)).toBe('Step 6 of 9 — after session 6 of 10');
    await expect
      .poll(() =>
        page
          .getByText(/consulted Ukraine/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    // A consultation leaves the answers as they were.
    await expect
      .poll(() =>
        seat(page, 'Ukraine')
          .getByText(/✗ Rejects/)
          .isVisible(),
      )
      .toBe(true);

    await forward.click();
    await expect.poll(() => stepIndicator(page)).toBe('Step 7 of 9 — after session 7 of 10');
    await forward.click();
    await expect.poll(() => stepIndicator(page)).toBe('Step 8 of 9 — after session 8 of 10');
    await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(3);
    await expect
      .poll(() => page.getByRole('button', { name: /^Step 8 / }).getAttribute('aria-current'))
      .toBe('step');
    await screenshot(page, 'replay-middle-1024');

    await page.getByRole('button', { name: 'To the end' }).click();
    await expect.poll(() => stepIndicator(page)).toBe('Step 9 of 9 — after session 9 of 10');
    await expect.poll(() => page.getByText(DEAL_HEADLINE).isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/each prefers to no deal/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => page.getByRole('button', { name: 'Play on from here' }).isDisabled())
      .toBe(true);
    await screenshot(page, 'replay-end-1024');

    // Back to the middle by the timeline, then take the game over from there.
    await page.getByRole('button', { name: /^Step 8 / }).click();
    await expect.poll(() => stepIndicator(page)).toBe('Step 8 of 9 — after session 8 of 10');
    await expect.poll(() => page.getByText(DEAL_HEADLINE).count()).toBe(0);
    await page.getByRole('button', { name: 'Play on from here' }).click();
    await page.getByRole('button', { name: 'End the talks' }).waitFor();
    await expect.poll(() => sessionText(page)).toMatch(/^Session 9 of 10/);
    await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(3);
    await endTheTalks(page);
    await expect.poll(() => outcomeHeadline(page)).toMatch(/stalemate/i);

    // The game played on remembers where it was taken over.
    await page.getByRole('button', { name: 'Watch the replay' }).click();
    await expect.poll(() => stepIndicator(page)).toBe('Step 0 of 9 — before the first session');
    await expect
      .poll(() =>
        page.getByText(/^Played on from “Deal — \d+ of 100, .+” at step 8\.$/).isVisible(),
      )
      .toBe(true);
    await page.getByRole('button', { name: 'To the end' }).click();
    await expect.poll(() => page.getByText(/^Stalemate — Nobody signed$/).isVisible()).toBe(true);
    expectCleanRun(watch);
    await close();
  });

  it('can be watched with the keyboard alone, every control named and its focus shown', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    const key = (k: string) => page.keyboard.press(k);
    // The example deal (nine steps: seven consultations, a package, the summit), opened from the
    // title by keyboard; the keyboard's way from an outcome to its replay is game.test's.
    await tabTo(page, 'A deal: build trust, wait, then table one package');
    await key('Enter');
    await page.getByText(/^Step 0 of 9 — /).waitFor();
    await expect.poll(() => focusedName(page)).toBe('Play');

    // Arrows, Home and End move through the steps wherever the focus is on a button.
    await key('ArrowRight');
    await key('ArrowRight');
    await expect.poll(() => stepIndicator(page)).toBe('Step 2 of 9 — after session 2 of 10');
    await key('End');
    await expect.poll(() => stepIndicator(page)).toBe('Step 9 of 9 — after session 9 of 10');
    await expect.poll(() => page.getByText(DEAL_HEADLINE).isVisible()).toBe(true);
    await key('Home');
    await expect.poll(() => stepIndicator(page)).toBe('Step 0 of 9 — before the first session');
    await key('ArrowRight');

    // Tab reaches every control in order, each named and with a visible focus ring; Shift+Tab
    // goes back through the transport to the timeline's steps.
    const tabStops = async (press: string, count: number) => {
      const names: string[] = [];
      for (let i = 0; i < count; i++) {
        await key(press);
        await expect.poll(() => focusRingShown(page)).toBe(true);
        names.push(await focusedName(page));
      }
      return names;
    };
    expect(await tabStops('Tab', 5)).toEqual([
      'Forward one step',
      'To the end',
      'Speed',
      'Play on from here',
      'Back to the title',
    ]);
    const backwards = await tabStops('Shift+Tab', 11);
    expect(backwards.slice(0, 7)).toEqual([
      'Play on from here',
      'Speed',
      'To the end',
      'Forward one step',
      'Play',
      'Back one step',
      'To the start',
    ]);
    expect(backwards.slice(7).map((name) => name.slice(0, 6))).toEqual([
      'Step 9',
      'Step 8',
      'Step 7',
      'Step 6',
    ]);

    // On the speed, the arrow keys choose a speed and do not move the replay.
    while ((await focusedName(page)) !== 'Speed') await key('Tab');
    await key('ArrowUp');
    await expect.poll(() => page.getByLabel('Speed').inputValue()).toBe('2000');
    await key('ArrowDown');
    await key('ArrowDown');
    await expect.poll(() => page.getByLabel('Speed').inputValue()).toBe('400');
    await expect.poll(() => stepIndicator(page)).toBe('Step 1 of 9 — after session 1 of 10');

    // Back to the controls: Forward moves one step, then Play plays to the end.
    while ((await focusedName(page)) !== 'Forward one step') await key('Shift+Tab');
    await key('Enter');
    await expect.poll(() => stepIndicator(page)).toBe('Step 2 of 9 — after session 2 of 10');
    await key('Shift+Tab');
    await expect.poll(() => focusedName(page)).toBe('Play');
    await key('Space');
    const pause = page.getByRole('button', { name: 'Pause' });
    await expect.poll(() => pause.getAttribute('aria-pressed')).toBe('true');
    await page.getByText(/^Step 9 of 9 — /).waitFor({ timeout: 10_000 });
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await play.waitFor();
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');

    // The timeline's steps are buttons too: Shift+Tab reaches them and Enter jumps there.
    while (!/^Step 8 /.test(await focusedName(page))) await key('Shift+Tab');
    await key('Enter');
    await expect.poll(() => stepIndicator(page)).toBe('Step 8 of 9 — after session 8 of 10');
    await expect
      .poll(() => page.getByRole('button', { name: /^Step 8 / }).getAttribute('aria-current'))
      .toBe('step');
    await expect.poll(() => focusRingShown(page)).toBe(true);
    // Each step is told to a screen reader through the live region.
    await page.waitForFunction(() =>
      /^Step 8 of 9: Session 8: tabled a proposal/.test(
        document.querySelector('[aria-live]')?.textContent ?? '',
      ),
    );
    expectCleanRun(watch);
    await close();
  });
});
