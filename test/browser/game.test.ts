import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChrome } from './chromium';
import {
  COMPROMISE,
  choosePackage,
  consultInOrder,
  conveneSummit,
  DEAL_CONSULTS,
  expectCleanRun,
  openGame,
  outcomeHeadline,
  sessionText,
  tableTheTilted,
} from './play';
import { checkScreen, SIZES, type SizeName } from './screen-checks';

/** After the outcome: the replay, the debrief and the class view, each checked at this size. */
async function visitTheRest(page: Page, size: SizeName): Promise<void> {
  await page.getByRole('button', { name: 'Watch the replay' }).click();
  await page.getByRole('button', { name: 'To the end' }).waitFor();
  await checkScreen(page, `replay-${size}`);
  await shareFromHere(page);
  await page.getByRole('button', { name: 'Debrief' }).click();
  await page.getByRole('heading', { name: 'Hidden priorities revealed' }).waitFor();
  await checkScreen(page, `debrief-${size}`);
  await shareFromHere(page);
  await page.getByRole('button', { name: 'Back to the title' }).first().click();
  await page.getByRole('button', { name: 'Class view' }).click();
  await page.getByRole('heading', { name: 'The class view' }).waitFor();
  await checkScreen(page, `class-${size}`);
}

/** The screen shown offers the game as a share link, which it shows to copy. */
async function shareFromHere(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect
    .poll(() => page.getByLabel('Share link to this game').inputValue())
    .toMatch(/#game=/);
}

/** The title, the briefing and the table, checked at this size on the way in. */
async function startChecked(
  page: Page,
  size: SizeName,
  difficulty: 'Easy' | 'Normal' | 'Hard',
): Promise<void> {
  await checkScreen(page, `title-${size}`);
  await page.getByRole('radio', { name: new RegExp(`^${difficulty}`) }).check();
  await page.getByRole('button', { name: 'Start the talks' }).click();
  await page.getByRole('button', { name: 'Go to the table' }).waitFor();
  await checkScreen(page, `briefing-${size}`);
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await page.getByRole('button', { name: 'Table the proposal' }).waitFor();
  await checkScreen(page, `table-${size}`);
}

describe('a whole game in Chromium, played through the controls a player sees', () => {
  const baseUrl = inject('baseUrl');
  // The desktop game draws with WebGL, the tablet's and the phone's with Canvas: whole games are
  // played with both of the game's renderers (and software WebGL costs a third of a game's time).
  const browser = useChrome('webgl');
  const canvasBrowser = useChrome('canvas');

  it('reaches a deal when the compromise is tabled after seven consultations and signed at the summit, on a desktop', async () => {
    // Motion itself (the tweens, the summit's moment) is tested by drawn-table.test.ts.
    const { page, watch, close } = await openGame(browser(), baseUrl, { viewport: SIZES.desktop });
    await startChecked(page, 'desktop', 'Normal');
    await consultInOrder(page, DEAL_CONSULTS);
    await choosePackage(page, COMPROMISE);
    await expect
      .poll(() => page.getByRole('button', { name: 'Convene the summit' }).isDisabled())
      .toBe(true);
    await page.getByRole('button', { name: 'Table the proposal' }).click();
    await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(3);
    // A screen reader hears the answers through the live region.
    await page.waitForFunction(() =>
      /Russia accepts/.test(document.querySelector('[aria-live]')?.textContent ?? ''),
    );
    await expect.poll(() => sessionText(page)).toMatch(/^Session 9 of 10/);
    await expect
      .poll(() => page.getByText(/tabled a proposal: US ✓ · RU ✓ · UA ✓/).isVisible())
      .toBe(true);
    await checkScreen(page, 'table-answers-desktop');
    await page.getByRole('button', { name: 'Convene the summit' }).click();
    await expect.poll(() => outcomeHeadline(page)).toMatch(/deal/i);
    await expect
      .poll(() =>
        page
          .getByText(/each prefers to no deal/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await checkScreen(page, 'outcome-deal-desktop');
    await visitTheRest(page, 'desktop');
    expectCleanRun(watch);
    await close();
  });

  it('runs out the sessions into a stalemate, on a portrait tablet', async () => {
    const { page, watch, close } = await openGame(canvasBrowser(), baseUrl, {
      viewport: SIZES.tablet,
    });
    await startChecked(page, 'tablet', 'Hard');
    await expect.poll(() => sessionText(page)).toMatch(/^Session 1 of 9 · 9 left/);
    await consultInOrder(
      page,
      Array.from({ length: 8 }, () => 'Russia'),
    );
    await page.getByRole('button', { name: 'Consult Russia' }).click();
    await expect.poll(() => outcomeHeadline(page)).toMatch(/stalemate/i);
    await expect
      .poll(() =>
        page
          .getByText(/sessions ran out/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await checkScreen(page, 'outcome-stalemate-tablet');
    await visitTheRest(page, 'tablet');
    expectCleanRun(watch);
    await close();
  });

  it('ends in a surrender when pressure makes Ukraine sign a package tilted against it, on a phone', async () => {
    const { page, watch, close } = await openGame(canvasBrowser(), baseUrl, {
      viewport: SIZES.phone,
    });
    await startChecked(page, 'phone', 'Normal');
    await tableTheTilted(page);
    await page.getByRole('button', { name: 'Apply pressure Warn about aid, on Ukraine' }).click();
    // Pressure makes every leader answer again at once: Ukraine now accepts.
    const ukraine = page.getByRole('region', { name: 'Ukraine', exact: true });
    await expect.poll(() => ukraine.getByText('Trust in you: 45 of 100').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(3);
    await checkScreen(page, 'table-answers-phone');
    await conveneSummit(page, 'after your pressure');
    await expect.poll(() => outcomeHeadline(page)).toMatch(/surrender/i);
    await expect
      .poll(() =>
        page
          .getByText(/Ukraine/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await checkScreen(page, 'outcome-surrender-phone');
    await visitTheRest(page, 'phone');
    expectCleanRun(watch);
    await close();
  });
});
