import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { playGame, type Strategy } from '../../src/model/bots';
import { compileScenario, type ScenarioModel } from '../../src/model/compile';
import { builtInScenario } from '../../src/model/scenarios';
import { syntheticScenario } from '../../src/model/synthetic';
import { createSave, serializeSave } from '../../src/saves/save-format';
import { parseCsv } from '../csv';
import { screenshot, useChrome, watchPage } from './chromium';
import { expectCleanRun, openGame } from './play';

interface SaveFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

const json = (name: string, text: string): SaveFile => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

const alaska = (() => {
  const scenario = builtInScenario('alaska-2025');
  if (!scenario) throw new Error('the built-in scenario is missing');
  return compileScenario(scenario);
})();

/** A bot's whole game, saved as a student would hand it in. */
function botGame(file: string, seed: number, strategy: Strategy, model: ScenarioModel = alaska) {
  const game = playGame(model, { seed, strategy, difficulty: 'normal' });
  const save = createSave(model, { seed, difficulty: 'normal' }, game.steps, {
    name: `Table ${file}`,
    savedAt: '2025-09-01T10:00:00.000Z',
  });
  return json(file, serializeSave(save));
}

async function example(name: string): Promise<SaveFile> {
  return json(`${name}.json`, await readFile(`public/examples/${name}.json`, 'utf8'));
}

/** Drops files on the drop zone, as a teacher dragging them from a folder. */
async function dropFiles(page: Page, files: readonly SaveFile[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const file of list) {
        transfer.items.add(new File([file.text], file.name, { type: file.mimeType }));
      }
      return transfer;
    },
    files.map((f) => ({ name: f.name, mimeType: f.mimeType, text: f.buffer.toString('utf8') })),
  );
  const zone = page.getByRole('region', { name: 'Drop the saved games of the whole class here' });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

/** The smallest text on the screen, in CSS pixels as displayed after the stage is scaled. */
function smallestText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const screen = document.querySelector('.screen') as HTMLElement | null;
    if (!screen) return 0;
    const scale = screen.getBoundingClientRect().width / screen.offsetWidth;
    let smallest = Number.POSITIVE_INFINITY;
    const walker = document.createTreeWalker(screen, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('.visually-hidden')) continue;
      if (element.getClientRects().length === 0) continue;
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(element).fontSize) * scale);
    }
    return smallest;
  });
}

async function openClassView(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Class view' }).click();
  await page.getByRole('heading', { level: 1, name: 'The class view' }).waitFor();
}

describe('the class view in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('sums up a whole class dropped and chosen at once, names the files it cannot count, and exports a CSV', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl, { acceptDownloads: true });
    await openClassView(page);
    await expect.poll(() => page.getByText('nothing is sent anywhere').isVisible()).toBe(true);

    await dropFiles(page, [
      await example('deal'),
      await example('stalemate'),
      await example('surrender'),
      botGame('table-4.json', 61, 'expert'),
    ]);
    const status = page.getByRole('status');
    // Files are read one by one; the summary replaces "Reading N files" when all are in.
    const summed = () =>
      page.waitForFunction(() => {
        const text = document.querySelector('[role="status"]')?.textContent ?? '';
        return text !== '' && !text.startsWith('Reading');
      });
    await summed();
    await expect
      .poll(() => status.textContent())
      .toBe('4 games of Alaska to Washington, August 2025: 2 deals, 1 stalemate, 1 surrender.');

    await page
      .getByLabel('Choose saved games')
      .setInputFiles([
        botGame('table-5.json', 0, 'random'),
        json('broken.json', '{"format":"mediator-save","version":2,"steps":[{"action":'),
        json('huge.json', `{"pad":"${'x'.repeat(1_200_000)}"}`),
      ]);
    await page.getByText(/^5 games of/).waitFor();
    await summed();
    await expect
      .poll(() => status.textContent())
      .toBe(
        '5 games of Alaska to Washington, August 2025: 2 deals, 2 stalemates, 1 surrender. 2 files not counted.',
      );

    // The chart: a marker and a text label per outcome.
    const chart = page.getByRole('img', { name: /Each table’s package/ });
    await expect.poll(() => chart.isVisible()).toBe(true);
    // Tables 1 and 4 signed the same package, so they share a marker and a label.
    await expect
      .poll(async () => (await chart.locator('text.point-label').allTextContents()).sort())
      .toEqual(['#1 #4 Deal 78', '#2 Stalemate', '#3 Surrender (UA)', '#5 Stalemate']);
    await expect.poll(() => chart.locator('circle').count()).toBeGreaterThan(0);
    await expect.poll(() => chart.locator('polygon').count()).toBeGreaterThan(0);
    await expect.poll(() => chart.locator('rect.both-better').count()).toBe(1);
    await expect.poll(() => chart.textContent()).toMatch(/Value to Russia →.*Value to Ukraine →/);
    await expect.poll(() => chart.textContent()).toMatch(/RU no deal \d+.*UA no deal \d+/);

    const spread = page.getByRole('region', { name: 'The spread: 5 tables' });
    await expect
      .poll(() => spread.textContent())
      .toMatch(/Deals2 · 40%.*Stalemates2 · 40%.*Surrenders1 · 20%/);

    const verdicts = page.getByRole('region', { name: 'The best and the worst table' });
    await expect
      .poll(() => verdicts.textContent())
      .toMatch(
        /Best table#1 deal\.json — Deal, 78 of 100The highest deal score: 78 of 100, tied with 1 other table \(#4\); as fair and as quick, it comes first by file name\./,
      );
    await expect
      .poll(() => verdicts.textContent())
      .toMatch(
        /Worst table#3 surrender\.json — Surrender by UkraineA surrender: Ukraine signed for 44\.4, 8\.6 below its no-deal value of 53\./,
      );

    const problems = page.getByRole('region', { name: 'Not counted: 2 files' });
    await expect.poll(() => problems.textContent()).toMatch(/broken\.json: save is not valid JSON/);
    await expect
      .poll(() => problems.textContent())
      .toMatch(
        /huge\.json: “huge\.json” is too large to be a saved game \(1\.2 MB; at most 1 MB\)/,
      );

    const rows = page.getByRole('table').filter({ hasText: 'Sessions' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(6);
    expect(await smallestText(page)).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'class-view-1024');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mediator-class-results.csv');
    const path = await download.path();
    const csv = (await readFile(path, 'utf8')).replace(/^\ufeff/, '');
    const table = parseCsv(csv);
    const header = table[0] ?? [];
    expect(header).toEqual(
      expect.arrayContaining([
        'file',
        'outcome',
        'score',
        'us_utility',
        'ru_no_deal',
        'ua_utility',
      ]),
    );
    expect(header.at(-2)).toBe('sessions_used');
    const cell = (row: readonly string[], column: string) => row[header.indexOf(column)];
    const games = table.slice(1);
    expect(games.map((r) => [cell(r, 'file'), cell(r, 'outcome')])).toEqual([
      ['deal.json', 'deal'],
      ['stalemate.json', 'stalemate'],
      ['surrender.json', 'surrender'],
      ['table-4.json', 'deal'],
      ['table-5.json', 'stalemate'],
    ]);
    expect(cell(games[2] ?? [], 'surrendered_by')).toBe('ua');
    expect(cell(games[3] ?? [], 'score')).toBe('78');
    expect(cell(games[4] ?? [], 'stalemate_cause')).toBe('walk-out');

    // Another pair of leaders on the chart.
    await page.getByLabel('Leaders').selectOption({ label: 'United States and Russia' });
    await expect
      .poll(() => chart.textContent())
      .toMatch(/Value to United States →.*Value to Russia →/);

    expectCleanRun(watch);
    await close();
  });

  it('sums up games of different scenarios one scenario at a time', async () => {
    const synthetic = compileScenario(syntheticScenario(3, 3, 1));
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await openClassView(page);
    await page
      .getByLabel('Choose saved games')
      .setInputFiles([
        botGame('a.json', 1, 'greedy'),
        botGame('b.json', 2, 'greedy'),
        botGame('c.json', 1, 'greedy', synthetic),
      ]);
    await page.getByText(/These files come from 2 scenarios/).waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'The spread: 2 tables' }).count())
      .toBe(1);
    await page.getByLabel('Scenario').selectOption({ index: 1 });
    await expect
      .poll(() => page.getByRole('region', { name: 'The spread: 1 table' }).count())
      .toBe(1);
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.getByRole('button', { name: 'Start the talks' }).waitFor();
    expectCleanRun(watch);
    await close();
  });

  it('marks a table whose leaders students played', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await openClassView(page);
    const rolePlay = await readFile('test/fixtures/saves/v4/role-play-deal.json', 'utf8');
    await page
      .getByLabel('Choose saved games')
      .setInputFiles([await example('deal'), json('group 4.json', rolePlay)]);
    const rows = page.getByRole('table').filter({ hasText: 'Sessions' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    await expect
      .poll(() => rows.filter({ hasText: 'group 4.json' }).textContent())
      .toMatch(/Played by students/);
    await expect
      .poll(() => rows.filter({ hasText: 'deal.json' }).textContent())
      .not.toMatch(/Played by students/);
    expectCleanRun(watch);
    await close();
  });

  it('tells games apart by what they hold, not by their file names', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await openClassView(page);
    const status = page.getByRole('status');
    await dropFiles(page, [botGame('mediator-game.json', 1, 'greedy')]);
    await expect.poll(() => status.textContent()).toMatch(/^1 game of /);
    // A second batch: another game under the same download name, and the first file again.
    await dropFiles(page, [
      botGame('mediator-game.json', 2, 'random'),
      botGame('mediator-game.json', 1, 'greedy'),
    ]);
    await expect.poll(() => status.textContent()).toMatch(/^2 games of /);
    const notes = page.getByRole('region', { name: 'Notes on the files' });
    await expect
      .poll(() => notes.textContent())
      .toBe(
        'Notes on the filesTwo different games were both called mediator-game.json: both are counted, the later one as “mediator-game.json (2)”.',
      );
    expectCleanRun(watch);
    await close();
  });
});

describe('the teacher’s guide in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('loads with no console errors and no request elsewhere, links back to the game, and prints', async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const watch = watchPage(page, baseUrl);
    await page.goto(new URL('guide.html', baseUrl).href);
    await page.getByRole('heading', { level: 1, name: 'The teacher’s guide' }).waitFor();
    for (const heading of [
      'Learning goals',
      'A 20-minute lesson',
      'A 40-minute lesson',
      'The example games',
      'The class view',
      'The debrief',
      'The scenario file format',
      'A worked example',
      'Tone rules',
    ]) {
      await expect
        .poll(() => page.getByRole('heading', { level: 2, name: heading }).isVisible())
        .toBe(true);
    }
    // Every link inside the page leads somewhere.
    const anchors = await page
      .locator('a[href^="#"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')?.slice(1) ?? ''));
    for (const id of anchors) await expect.poll(() => page.locator(`[id="${id}"]`).count()).toBe(1);

    await page.getByRole('link', { name: 'Open the game' }).click();
    await page.getByRole('button', { name: 'Start the talks' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'The teacher’s guide' }).waitFor();

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    expectCleanRun(watch);
    await context.close();
  });
});
