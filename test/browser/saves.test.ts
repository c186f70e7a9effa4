import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, useChrome } from './chromium';
import {
  COMPROMISE,
  consultInOrder,
  expectCleanRun,
  openGame,
  sessionText,
  startTalks,
  tableProposal,
} from './play';

/** The player's view of the history of the talks, oldest last. */
function historyItems(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'History of the talks' })
    .getByRole('listitem')
    .allTextContents();
}

/** The answers the seats show, in seat order, e.g. "✗ Rejects — hurts most: Security guarantee". */
function seatAnswers(page: Page): Promise<string[]> {
  return page.getByText(/^(✓ Accepts|✗ Rejects)/).allTextContents();
}

/**
 * Three sessions of play: consult Russia, consult Ukraine, table the compromise, which only the
 * United States accepts this early in the talks.
 */
async function playThreeSessions(page: Page): Promise<void> {
  await consultInOrder(page, ['Russia', 'Ukraine']);
  await tableProposal(page, COMPROMISE);
  await expect.poll(() => sessionText(page)).toMatch(/^Session 4 of 10/);
  // Three moves, and the news that arrived between them (on this game number, one item).
  await expect
    .poll(async () => (await historyItems(page)).map((item) => item.split(':')[0]))
    .toEqual(['Session 3', 'Session 2', 'News · Sunday', 'Session 1']);
  await expect
    .poll(async () => (await seatAnswers(page)).map((answer) => answer.slice(0, 9)))
    .toEqual(['✓ Accepts', '✗ Rejects', '✗ Rejects']);
}

/** Asks for a share link and reads it once the field shows it. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share link' }).click();
  const field = page.getByLabel('Share link to this game');
  await expect.poll(() => field.inputValue()).toMatch(/#game=[\w$+-]+\.[0-9a-f]{8}$/);
  return field.inputValue();
}

describe('saved games in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('saves a game to a file mid-game and opens it in a fresh page at the same step', async () => {
    const first = await openGame(browser(), baseUrl, { acceptDownloads: true });
    await startTalks(first.page);
    await playThreeSessions(first.page);
    const history = await historyItems(first.page);
    const answers = await seatAnswers(first.page);
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: 'Save as file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mediator-in-progress-session-4-.*\.json$/);
    const path = join(
      await mkdtemp(join(tmpdir(), 'mediator-save-')),
      download.suggestedFilename(),
    );
    await download.saveAs(path);
    expectCleanRun(first.watch);
    await first.close();

    const second = await openGame(browser(), baseUrl);
    await second.page.getByLabel('Open a saved game file').setInputFiles(path);
    await second.page.getByRole('button', { name: 'Table the proposal' }).waitFor();
    await expect.poll(() => sessionText(second.page)).toMatch(/^Session 4 of 10/);
    await expect.poll(() => historyItems(second.page)).toEqual(history);
    await expect.poll(() => seatAnswers(second.page)).toEqual(answers);
    expectCleanRun(second.watch);
    await second.close();
  });

  it('opens a share link in a new page as the same game', async () => {
    const first = await openGame(browser(), baseUrl);
    await startTalks(first.page);
    await playThreeSessions(first.page);
    const link = await shareLink(first.page);
    const history = await historyItems(first.page);
    await first.close();

    // The link opens the game straight away: the title may never be seen.
    const second = await openGame(browser(), link, {}, 'Table the proposal');
    await expect.poll(() => historyItems(second.page)).toEqual(history);
    await expect.poll(() => second.page.evaluate(() => window.location.hash)).toBe('');
    expectCleanRun(second.watch);
    await second.close();
  });

  it('refuses a corrupted file and a truncated link with a message; after the reload, Continue takes the game up at the same step', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await startTalks(page);
    await playThreeSessions(page);
    const link = await shareLink(page);
    await page.getByRole('button', { name: /Leave the table/ }).click();

    await page.getByLabel('Open a saved game file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"mediator-save","version":2,"steps":[{"action":{"type":"bribe"',
      ),
    });
    const fileAlert = page.getByRole('alert').filter({ hasText: 'broken.json' });
    await fileAlert.waitFor();
    await expect
      .poll(() => fileAlert.textContent())
      .toMatch(/“broken\.json” is not a game this version can open: save is not valid JSON/);
    await screenshot(page, 'title-bad-file-1024');

    await page.goto(link.slice(0, link.length - 40));
    await page.getByRole('button', { name: 'Start the talks' }).waitFor();
    const linkAlert = page.getByRole('alert').filter({ hasText: 'link' });
    await linkAlert.waitFor();
    await expect
      .poll(() => linkAlert.textContent())
      .toMatch(/The link cannot be opened: the link is incomplete or damaged/);

    await page.getByRole('button', { name: /^Continue / }).click();
    await page.getByRole('button', { name: 'Table the proposal' }).waitFor();
    await expect.poll(() => sessionText(page)).toMatch(/^Session 4 of 10/);
    await expect
      .poll(async () => (await historyItems(page)).filter((item) => item.startsWith('Session')))
      .toHaveLength(3);
    expectCleanRun(watch);
    await close();
  });

  it('plays on in memory and says so when the browser cannot store anything', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    await startTalks(page);
    await expect
      .poll(() =>
        page.getByText(/cannot save in this browser: storage is full or blocked/i).isVisible(),
      )
      .toBe(true);
    await playThreeSessions(page);
    await expect.poll(() => page.getByText(/cannot save in this browser/i).isVisible()).toBe(true);
    await screenshot(page, 'table-storage-full-1024');
    expectCleanRun(watch);
    await close();
  });

  it('keeps a game in the browser, offers it as a file or link, and deletes it only once asked', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await startTalks(page);
    await page.getByRole('button', { name: 'Consult Russia' }).click();
    await page.getByRole('button', { name: 'Keep in browser' }).click();
    await page.getByText('Kept in this browser’s saved games.').first().waitFor();
    await page.getByRole('button', { name: /^Leave/ }).click();
    // The kept copy is the entry that opens (the game in progress itself continues).
    const entry = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: /^Open In progress, session 2/ }) });
    const kept = entry.getByRole('button', { name: /^Delete / });
    await expect.poll(() => kept.count()).toBe(1);

    await entry.getByText('Save as file or share').click();
    await entry.getByRole('button', { name: /^Share a link to/ }).click();
    await expect.poll(() => entry.getByRole('textbox').inputValue()).toMatch(/#game=/);

    await kept.click();
    const asked = page.getByRole('dialog', { name: /^Delete “In progress, session 2/ });
    await asked.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => kept.count()).toBe(1);
    await kept.click();
    await asked.getByRole('button', { name: 'Delete it' }).click();
    await expect.poll(() => kept.count()).toBe(0);
    expectCleanRun(watch);
    await close();
  });

  it('lists each example, which opens in the replay viewer and steps to its end, from the title or the guide', async () => {
    const index = JSON.parse(await readFile('public/examples.json', 'utf8')) as {
      title: string;
      outcome: string;
    }[];
    expect(index.map((e) => e.outcome).sort()).toEqual(
      expect.arrayContaining(['deal', 'stalemate', 'surrender']),
    );
    const { page, watch, close } = await openGame(browser(), baseUrl);
    for (const example of index) {
      await page.getByRole('button', { name: example.title }).click();
      await page.getByRole('button', { name: 'To the end' }).click();
      await expect
        .poll(() => page.getByText(new RegExp(example.outcome, 'i')).first().isVisible())
        .toBe(true);
      await page.getByRole('button', { name: 'Back to the title' }).click();
      await page.getByRole('button', { name: 'Start the talks' }).waitFor();
    }

    // A link to an example that does not exist says so on the title.
    await page.goto(`${baseUrl}#example=no-such-game`);
    await expect
      .poll(() =>
        page.getByText('There is no example called “no-such-game”', { exact: false }).count(),
      )
      .toBe(1);
    // The teacher's guide links each example to the replay viewer, not to a download.
    await page.goto(`${baseUrl}guide.html`);
    const first = index[0];
    if (!first) throw new Error('no example');
    await page.getByRole('link', { name: first.title }).click();
    await page.getByRole('button', { name: 'To the end' }).waitFor();
    await expect
      .poll(() => page.getByText(/^Step 0 of \d+ — before the first session$/).count())
      .toBe(1);
    expectCleanRun(watch);
    await close();
  });
});
