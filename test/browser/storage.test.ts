import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, useChrome, watchPage } from './chromium';
import {
  COMPROMISE,
  choosePackage,
  endTheTalks,
  expectCleanRun,
  openGame,
  outcomeHeadline,
  seeded,
  sessionText,
  startTalks,
} from './play';

/** The keys this site holds in the page's local storage, sorted. */
function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).sort());
}

/** How many actions the stored game with this key holds; null when there is none. */
function storedSteps(page: Page, key: string): Promise<number | null> {
  return page.evaluate((k) => {
    const text = localStorage.getItem(k);
    return text === null ? null : (JSON.parse(text) as { steps: unknown[] }).steps.length;
  }, key);
}

const continueButtons = (page: Page) => page.getByRole('button', { name: /^Continue / });

describe('games in this browser’s storage', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('keeps each tab’s game: a tab whose game changed elsewhere says so and keeps both', async () => {
    const a = await openGame(browser(), baseUrl);
    await startTalks(a.page);
    await a.page.getByRole('button', { name: 'Consult Russia' }).click();
    await expect.poll(() => sessionText(a.page)).toMatch(/^Session 2 of 10/);
    const [slot] = (await storedKeys(a.page)).filter((key) => key.startsWith('mediator:playing:'));
    if (!slot) throw new Error('the game in progress has no slot');

    // Tab B continues the same game and plays on.
    const b = await a.page.context().newPage();
    const bWatch = watchPage(b, baseUrl);
    await b.goto(seeded(baseUrl));
    await expect.poll(() => continueButtons(b).count()).toBe(1);
    await continueButtons(b).click();
    await b.getByRole('button', { name: 'Table the proposal' }).waitFor();
    await b.getByRole('button', { name: 'Consult Ukraine' }).click();
    await expect.poll(() => sessionText(b)).toMatch(/^Session 3 of 10/);

    // Tab A hears of it at once, and its next move does not write over B's game.
    // On screen with a warning sign (screen readers also hear it through the live region).
    const warning = a.page.getByText(/^⚠ This game was played on in another tab or window/);
    await expect.poll(() => warning.isVisible()).toBe(true);
    await screenshot(a.page, 'table-changed-elsewhere-1024');
    await a.page.getByRole('button', { name: 'Consult Ukraine' }).click();
    await expect.poll(() => sessionText(a.page)).toMatch(/^Session 3 of 10/);
    await expect.poll(() => storedSteps(a.page, slot)).toBe(2);

    await a.page.getByRole('button', { name: 'Keep both games' }).click();
    await expect
      .poll(() => a.page.getByText(/This tab’s game now goes on as a game of its own/).isVisible())
      .toBe(true);
    await expect
      .poll(async () => (await storedKeys(a.page)).filter((k) => k.startsWith('mediator:playing:')))
      .toHaveLength(2);

    // The title of a third tab lists both games in progress.
    const c = await a.page.context().newPage();
    const cWatch = watchPage(c, baseUrl);
    await c.goto(seeded(baseUrl));
    await expect.poll(() => continueButtons(c).count()).toBe(2);

    // B finishes its game: only B's slot goes, and the game joins the saved games.
    await endTheTalks(b);
    await expect.poll(() => outcomeHeadline(b)).toMatch(/stalemate/i);
    await expect
      .poll(() =>
        b.getByText('This finished game is kept in this browser’s saved games.').isVisible(),
      )
      .toBe(true);
    await expect.poll(() => storedSteps(b, slot)).toBeNull();
    await c.reload();
    await expect.poll(() => continueButtons(c).count()).toBe(1);
    await expect.poll(() => c.getByRole('button', { name: /^Open Stalemate/ }).count()).toBe(1);
    // A's game, kept as its own, continues where A left it.
    await continueButtons(c).click();
    await expect.poll(() => sessionText(c)).toMatch(/^Session 3 of 10/);

    expectCleanRun(a.watch);
    expectCleanRun(bWatch);
    expectCleanRun(cWatch);
    await a.close();
  });

  it('says on the outcome screen when the finished game could not be kept', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await startTalks(page);
    await choosePackage(page, COMPROMISE);
    await page.getByRole('button', { name: 'Table the proposal' }).click();
    await expect.poll(() => sessionText(page)).toMatch(/^Session 2 of 10/);
    await expect
      .poll(() => page.getByText('Autosaved in this browser after every action.').isVisible())
      .toBe(true);
    // Storage fills up: from now on it holds no more than it holds now, as a full browser does.
    await page.evaluate(() => {
      const used = () =>
        Object.keys(localStorage).reduce(
          (n, key) => n + key.length + (localStorage.getItem(key) ?? '').length,
          0,
        );
      const quota = used();
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        const old = this.getItem(key);
        const after =
          used() - (old === null ? 0 : key.length + old.length) + key.length + value.length;
        if (after > quota)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await endTheTalks(page);
    await expect.poll(() => outcomeHeadline(page)).toMatch(/stalemate/i);
    const notice = page.getByText(
      /^⚠ This finished game could not be added to this browser’s saved games/,
    );
    await expect.poll(() => notice.isVisible()).toBe(true);
    await expect
      .poll(() => notice.textContent())
      .toMatch(
        /storage is full or blocked\. This browser holds it only as it was after its first action: save it as a file now\./,
      );
    await screenshot(page, 'outcome-not-kept-1024');
    expectCleanRun(watch);
    await close();
  });

  it('lists damaged and newer games with why, to delete, and never writes over them', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    const newer = '{"format":"mediator-save","version":7,"game":"0123456789ab"}';
    await page.evaluate((text) => {
      localStorage.setItem('mediator:autosave', text);
      localStorage.setItem('mediator:playing:0123456789ab', '{"format":"mediator-save"');
      localStorage.setItem('mediator:saved:ba9876543210', '{"summary":');
    }, newer);
    await page.reload();
    const inProgress = page.getByRole('list').filter({ hasText: 'Unreadable game in progress' });
    await expect
      .poll(() => inProgress.getByRole('listitem').allTextContents())
      .toEqual([
        'Unreadable game in progress 1Cannot be opened: its text is cut off or garbled.Delete',
        'Unreadable game in progress 2Cannot be opened: a newer version of Mediator saved it: update the game to open it.Delete',
      ]);
    await expect.poll(() => page.getByText('Unreadable saved game 1').isVisible()).toBe(true);
    await screenshot(page, 'title-unreadable-games-1024');

    // A new game has a slot of its own: the newer version's game stays as it was.
    await startTalks(page);
    await page.getByRole('button', { name: 'Consult Russia' }).click();
    await expect.poll(() => sessionText(page)).toMatch(/^Session 2 of 10/);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('mediator:autosave')))
      .toBe(newer);

    await page.getByRole('button', { name: /Leave the table/ }).click();
    for (const name of [
      'Delete Unreadable game in progress 2',
      'Delete Unreadable game in progress 1',
      'Delete Unreadable saved game 1',
    ]) {
      await page.getByRole('button', { name }).click();
    }
    await expect.poll(() => page.getByText(/^Unreadable/).count()).toBe(0);
    await expect
      .poll(() => storedKeys(page))
      .toEqual([expect.stringMatching(/^mediator:playing:[0-9a-f]{12}$/)]);
    await expect.poll(() => continueButtons(page).count()).toBe(1);
    expectCleanRun(watch);
    await close();
  });
});
