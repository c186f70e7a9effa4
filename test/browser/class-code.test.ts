import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { classCodeOfGame, parseClassCode } from '../../src/model/class-code';
import { scenarioHash } from '../../src/model/scenario-hash';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import { useChrome } from './chromium';
import {
  COMPROMISE,
  consultInOrder,
  endTheTalks,
  expectCleanRun,
  GAME_NUMBER,
  openGame,
  outcomeHeadline,
  sessionText,
  tableProposal,
} from './play';
import { checkScreen } from './screen-checks';

const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/** The class-code field a student types in. */
const codeField = (page: Page) => page.getByRole('textbox', { name: 'Class code', exact: true });

/** What an alert beside the class-code field says. */
const codeMessage = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'class code' }).textContent();

/** A teacher's choices on the title, made into a class code: the code and its link, as shown. */
async function makeClassCode(page: Page): Promise<{ code: string; link: string }> {
  await page.getByRole('button', { name: 'Make a class code' }).click();
  const panel = page.getByRole('region', { name: 'Your class code' });
  const code = panel.getByText(CODE);
  await code.waitFor();
  const link = await panel.getByRole('textbox', { name: 'Link with the class code' }).inputValue();
  return { code: (await code.textContent()) ?? '', link };
}

/**
 * The same moves on a class code's game, from the title: what the briefing, the table and the
 * outcome show, and the save's record of each step (its action and the digest of the state after).
 */
async function playTheCode(page: Page): Promise<{ shown: string[]; steps: unknown }> {
  await page.getByRole('button', { name: 'Start the talks' }).click();
  const briefed = await page.getByText(/^Class code /).textContent();
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await consultInOrder(page, ['Russia', 'Ukraine']);
  await tableProposal(page, COMPROMISE);
  await expect.poll(() => sessionText(page)).toMatch(/^Session 4 of 9 /);
  await expect.poll(() => page.getByText(/^(✓ Accepts|✗ Rejects)/).count()).toBe(3);
  const answers = await page.getByText(/^(✓ Accepts|✗ Rejects)/).allTextContents();
  const history = await page
    .getByRole('region', { name: 'History of the talks' })
    .getByRole('listitem')
    .allTextContents();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as file' }).click(),
  ]);
  const save = JSON.parse(await readFile(await download.path(), 'utf8'));
  await endTheTalks(page);
  await expect.poll(() => outcomeHeadline(page)).toMatch(/stalemate/i);
  // The outcome reveals each leader's no-deal value in this game.
  const outcome = page.getByRole('main');
  await expect.poll(() => outcome.textContent()).toMatch(/no deal \d+/);
  return {
    shown: [briefed ?? '', ...answers, ...history, (await outcome.textContent()) ?? ''],
    steps: { seed: save.seed, difficulty: save.difficulty, steps: save.steps },
  };
}

describe('class codes, for a class that plays one game', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it("deals the teacher's game to every page that opens its link, move for move", async () => {
    const teacher = await openGame(browser(), baseUrl, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await teacher.page.getByRole('radio', { name: /^Hard/ }).check();
    const { code, link } = await makeClassCode(teacher.page);
    expect(link).toBe(`${baseUrl}?class=${code}`);
    const panel = teacher.page.getByRole('region', { name: 'Your class code' });
    await expect
      .poll(() => panel.getByText(/^Everyone who enters it/).textContent())
      .toContain('Hard; game number 20250815; the computer plays the leaders');
    await panel.getByRole('button', { name: 'Copy the link' }).click();
    await expect.poll(() => panel.getByText('Link copied.').count()).toBe(1);
    await expect.poll(() => teacher.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await checkScreen(teacher.page, 'title-class-code-made');
    // The code follows the choices while it is shown.
    await teacher.page.getByRole('radio', { name: /^Easy/ }).check();
    await expect.poll(() => panel.getByText(CODE).textContent()).not.toBe(code);
    expectCleanRun(teacher.watch);
    await teacher.close();

    const games = [];
    for (let group = 0; group < 2; group++) {
      const student = await openGame(browser(), link, { acceptDownloads: true });
      await expect.poll(() => codeField(student.page).inputValue()).toBe(code);
      const hard = student.page.getByRole('radio', { name: /^Hard/ });
      await expect.poll(() => hard.isChecked()).toBe(true);
      await expect.poll(() => hard.isDisabled()).toBe(true);
      await expect
        .poll(() =>
          student.page.getByRole('group', { name: 'Difficulty — set by the class code' }).count(),
        )
        .toBe(1);
      await expect
        .poll(() => student.page.getByLabel('Game number').inputValue())
        .toBe(String(GAME_NUMBER));
      await expect
        .poll(() => student.page.getByRole('main').getByText(`Set by class code ${code}.`).count())
        .toBe(1);
      if (group === 0) await checkScreen(student.page, 'title-class-code-entered');
      games.push(await playTheCode(student.page));
      expectCleanRun(student.watch);
      await student.close();
    }
    const [first, second] = games;
    expect(first?.shown[0]).toBe(
      `Class code ${code}: whoever enters it on the title plays this same game.`,
    );
    expect(second).toEqual(first);
    expect(first?.steps).toMatchObject({ seed: GAME_NUMBER, difficulty: 'hard' });
  });

  it('starts a role-play from its code, at the briefing', async () => {
    const teacher = await openGame(browser(), baseUrl);
    await teacher.page
      .getByRole('radio', { name: /^Students, passing the device \(role-play\)/ })
      .check();
    const { code } = await makeClassCode(teacher.page);
    await teacher.close();

    // A student types the code as read from the board and starts at once, without Use the code.
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await codeField(page).fill(code.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Start the talks' }).click();
    await page.getByRole('button', { name: 'Go to the table' }).waitFor();
    await expect.poll(() => page.getByText(`Class code ${code}:`).count()).toBe(1);
    expectCleanRun(watch);
    await close();
  });

  it('names a bad code and a link cut short, and loses nothing else', async () => {
    const short = await openGame(browser(), `${baseUrl}?class=3F7K-Q2`);
    await expect
      .poll(() => codeMessage(short.page))
      .toBe(
        'That class code cannot be used: the link was cut short: it holds “3F7KQ2”, 6 of the code’s 12 letters and digits. Ask for the whole link, or type the code.',
      );
    await short.close();

    const { page, watch, close } = await openGame(browser(), baseUrl);
    await page.getByRole('radio', { name: /^Easy/ }).check();
    const typo = parseClassCode('3F7K-Q2MA-9XRT');
    if (typo.ok) throw new Error('the example code should be mistyped');
    await codeField(page).fill('3F7K-Q2MA-9XRT');
    await page.getByRole('button', { name: 'Use the code' }).click();
    await expect
      .poll(() => codeMessage(page))
      .toBe(`That class code cannot be used: ${typo.error}.`);
    await expect.poll(() => codeField(page).getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByRole('radio', { name: /^Easy/ }).isChecked()).toBe(true);
    await expect.poll(() => page.getByRole('radio', { name: /^Easy/ }).isEnabled()).toBe(true);
    await expect.poll(() => page.getByLabel('Game number').inputValue()).toBe(String(GAME_NUMBER));
    // Starting with the mistyped code still in the field starts nothing: the code is wrong.
    await page.getByRole('button', { name: 'Start the talks' }).click();
    await expect
      .poll(() => codeMessage(page))
      .toBe(`That class code cannot be used: ${typo.error}.`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('class-code');
    expect(await page.getByRole('button', { name: 'Go to the table' }).count()).toBe(0);
    expectCleanRun(watch);
    await close();
  });

  it("asks for the teacher's scenario file when the code names none built in, then plays it", async () => {
    const dam = builtInScenario('silverrun-dam') as Scenario;
    const own: Scenario = {
      ...dam,
      id: 'river-compact',
      difficulties: { ...dam.difficulties, easy: { ...dam.difficulties.easy, sessions: 11 } },
    };
    const code = classCodeOfGame({
      scenarioHash: scenarioHash(own, 'game'),
      difficulty: 'easy',
      seed: 77,
      players: 'model',
    });
    const { page, watch, close } = await openGame(browser(), `${baseUrl}?class=${code}`);
    await expect
      .poll(() => page.getByRole('main').getByText(`Set by class code ${code}.`).textContent())
      .toContain('It names a scenario this game does not ship');
    await page.getByRole('button', { name: 'Start the talks' }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'file first' }).textContent())
      .toBe('Open your teacher’s scenario file first.');
    await checkScreen(page, 'title-class-code-for-a-file');

    const file = (name: string, scenario: Scenario) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenario)),
    });
    await page.getByLabel('Open a scenario file').setInputFiles(file('dam.json', dam));
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'dam.json' }).textContent())
      .toBe(
        `“dam.json” is not the scenario class code ${code} was made for (another scenario, or another version of it).`,
      );
    await page.getByLabel('Open a scenario file').setInputFiles(file('river.json', own));
    await page.getByRole('button', { name: 'Go to the table' }).waitFor();
    await expect.poll(() => page.getByText(`Class code ${code}:`).count()).toBe(1);
    await expect.poll(() => page.getByText(/You have 11 sessions/).count()).toBe(1);

    // Back on the title, the code can be cleared, and every choice is free again.
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await expect.poll(() => codeField(page).inputValue()).toBe(code);
    await page.getByRole('button', { name: 'Clear the code' }).click();
    await expect.poll(() => codeField(page).inputValue()).toBe('');
    const alaska = page.getByRole('radio', { name: /^Alaska/ });
    await expect.poll(() => alaska.isChecked()).toBe(true);
    await expect.poll(() => alaska.isEnabled()).toBe(true);
    await expect.poll(() => page.getByLabel('Game number').isEnabled()).toBe(true);
    expectCleanRun(watch);
    await close();
  });

  it('says to copy by hand where the browser blocks copying', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
    );
    await page.reload();
    await makeClassCode(page);
    await page.getByRole('button', { name: 'Copy the code' }).click();
    await expect
      .poll(() => page.getByText(/^This browser did not let the game copy/).textContent())
      .toBe('This browser did not let the game copy: select the code and copy it.');
    // Closing gives the focus back to the button that made the code.
    await page
      .getByRole('region', { name: 'Your class code' })
      .getByRole('button', { name: 'Close' })
      .click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Make a class code');
    expectCleanRun(watch);
    await close();
  });
});
