import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { compileScenario } from '../../src/model/compile';
import { syntheticScenario } from '../../src/model/synthetic';
import { parseCsv } from '../csv';
import { HEAVY_TEST_TIMEOUT } from '../time-limits';
import { screenshot, useChrome, watchPage } from './chromium';
import { botGame, classOfGames, json, type SaveFile } from './class-saves';
import { pdfPages } from './pdf';
import { expectCleanRun, openGame } from './play';
import { checkScreen, SIZES } from './screen-checks';

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

/**
 * Labels of the chart that overlap each other, the axes' words, the no-deal and zone labels, or
 * cross an axis; none is right.
 */
function labelOverlaps(chart: Locator): Promise<string[]> {
  return chart.evaluate((svg) => {
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const labels = [...svg.querySelectorAll('text.point-label')].map((l) => ({
      text: l.textContent ?? '',
      box: l.getBoundingClientRect(),
    }));
    const axisWords = [
      ...svg.querySelectorAll(
        '.chart-tick text, text.axis-title, text.no-deal-label, text.zone-label',
      ),
    ];
    const frame = svg.querySelector('.plot-frame')?.getBoundingClientRect();
    const problems: string[] = [];
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        if (hit(a.box, b.box)) problems.push(`${a.text} over ${b.text}`);
      }
      for (const word of axisWords) {
        if (hit(a.box, word.getBoundingClientRect()))
          problems.push(`${a.text} over ${word.textContent}`);
      }
      if (!frame || a.box.left < frame.left || a.box.bottom > frame.bottom) {
        problems.push(`${a.text} crosses an axis`);
      }
    }
    return problems;
  });
}

/** The tables the chart's markers stand for, by number, in order. */
function tablesOnChart(chart: Locator): Promise<number[]> {
  return chart
    .locator('.point')
    .evaluateAll((points) =>
      points
        .flatMap((p) => (p.getAttribute('data-games') ?? '').split(' ').map(Number))
        .sort((a, b) => a - b),
    );
}

async function waitForSummary(page: Page, games: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      (document.querySelector('[role="status"]')?.textContent ?? '').startsWith(`${n} games of`),
    games,
  );
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
    const chart = page.getByRole('group', { name: /Each table’s package/ });
    await expect.poll(() => chart.isVisible()).toBe(true);
    // Tables 1 and 4 signed the same package, so they share a marker and a label.
    await expect
      .poll(async () => (await chart.locator('text.point-label').allTextContents()).sort())
      .toEqual(['#1 #4 Deal 78', '#2 Stalemate', '#3 Surrender (UA)', '#5 Stalemate']);
    await expect.poll(() => chart.locator('circle').count()).toBeGreaterThan(0);
    await expect.poll(() => chart.locator('polygon').count()).toBeGreaterThan(0);
    await expect.poll(() => chart.locator('rect.zone').count()).toBe(1);
    await expect
      .poll(() => chart.textContent())
      .toMatch(/Russia: what a package gives it →.*Ukraine: what a package gives it →/);
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
      .toMatch(/United States: what a package gives it →.*Russia: what a package gives it →/);

    expectCleanRun(watch);
    await close();
  });

  it(
    'keeps 30 tables legible: grouped markers, labels clear of each other and the axes, rows and markers linked by keyboard',
    async () => {
      const { page, watch, close } = await openGame(browser(), baseUrl);
      await openClassView(page);
      await page.getByLabel('Choose saved games').setInputFiles(classOfGames(30));
      await waitForSummary(page, 30);
      const status = page.getByRole('status');
      await expect
        .poll(() => status.textContent())
        .toBe(
          '30 games of Alaska to Washington, August 2025: 14 deals, 11 stalemates, 5 surrenders.',
        );
      await expect
        .poll(() =>
          page
            .getByText(
              /^These saves come from 5 different class codes: [0-9A-Z-]{14} \(6 games\), /,
            )
            .count(),
        )
        .toBe(1);
      const chart = page.getByRole('group', { name: /Each table’s package/ });
      await expect
        .poll(() => tablesOnChart(chart))
        .toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      // Markers that would touch are one marker, with a count in its label.
      await expect.poll(() => chart.locator('.point').count()).toBeLessThan(20);
      await expect.poll(() => chart.getByText(/^\d+ tables: /).count()).toBeGreaterThan(0);
      const rows = page.getByRole('table').filter({ hasText: 'Sessions' }).getByRole('row');
      await expect.poll(() => rows.count()).toBe(31);

      for (const [name, size] of Object.entries(SIZES)) {
        await page.setViewportSize(size);
        await expect.poll(() => labelOverlaps(chart), { message: name }).toEqual([]);
        await checkScreen(page, `class-view-30-${name}`);
      }
      await page.setViewportSize(SIZES.projector);

      // From a row to its marker and back, by keyboard alone.
      await page.getByRole('button', { name: '#7: show on the chart' }).focus();
      await expect
        .poll(() => chart.locator('.point.linked').getAttribute('aria-label'))
        .toMatch(/#7\b/);
      await page.keyboard.press('Enter');
      const focused = () =>
        page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      await expect.poll(focused).toMatch(/^Tables? .*#7\b.*Show in the table$/);
      await page.keyboard.press('Enter');
      await expect.poll(focused).toMatch(/^#\d+: show on the chart$/);
      const first = (await focused()).split(':')[0] ?? '';
      await expect
        .poll(() => rows.filter({ hasText: first }).first().getAttribute('class'))
        .toBe('linked');
      // Tabbing onto a marker lights up its rows.
      await chart.locator('.point').last().focus();
      const lit = await chart.locator('.point').last().getAttribute('data-games');
      await expect
        .poll(() =>
          page
            .locator('tr.linked')
            .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-game')).join(' ')),
        )
        .toBe(lit);

      expectCleanRun(watch);
      await close();
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'sorts and filters the table, carries the names given into the CSV, and prints a one-page summary',
    async () => {
      const { page, watch, close } = await openGame(browser(), baseUrl, { acceptDownloads: true });
      await openClassView(page);
      await page.getByLabel('Choose saved games').setInputFiles(classOfGames(30));
      await waitForSummary(page, 30);
      const table = page.getByRole('table').filter({ hasText: 'Sessions' });
      const rows = table.getByRole('row');
      const firstRow = () => rows.nth(1).textContent();
      await expect.poll(() => rows.count()).toBe(31);

      await table.getByRole('button', { name: 'Outcome', exact: true }).click();
      await expect.poll(firstRow).toMatch(/Deal, 95 of 100/);
      await expect
        .poll(() => table.getByRole('columnheader', { name: 'Outcome' }).getAttribute('aria-sort'))
        .toBe('ascending');
      await page.keyboard.press('Enter');
      await expect.poll(firstRow).toMatch(/Stalemate/);
      await expect
        .poll(() => table.getByRole('columnheader', { name: 'Outcome' }).getAttribute('aria-sort'))
        .toBe('descending');

      await page.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Surrenders' });
      await expect.poll(() => rows.count()).toBe(6);
      await expect.poll(() => page.getByText('Showing 5 of 30 games.').count()).toBe(1);
      const chart = page.getByRole('group', { name: /Each table’s package/ });
      await expect
        .poll(() =>
          chart
            .locator('.point')
            .evaluateAll((ps) => ps.every((p) => p.classList.contains('point-surrender'))),
        )
        .toBe(true);
      await page.getByLabel('Outcome', { exact: true }).selectOption({ label: 'All outcomes' });
      await page.getByLabel('Class code').selectOption({ index: 1 });
      await expect.poll(() => rows.count()).toBe(7);
      await page.getByLabel('Class code').selectOption({ label: 'All class codes' });
      await page.getByLabel('Find a name or file').fill('table-1');
      // table-1 and table-10 to table-19.
      await expect.poll(() => rows.count()).toBe(12);
      await page.getByLabel('Find a name or file').fill('');
      await expect.poll(() => rows.count()).toBe(31);

      const name = page.getByLabel('Group or students of table #3', { exact: true });
      await name.fill('Ana, Bo and Cy');
      await name.press('Tab');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      const csv = parseCsv((await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, ''));
      const header = csv[0] ?? [];
      const third = csv.find((r) => r[header.indexOf('file')] === 'table-3.json') ?? [];
      expect(third[header.indexOf('group_or_students')]).toBe('Ana, Bo and Cy');
      expect(third[header.indexOf('class_code')]).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(csv).toHaveLength(31);

      await expect
        .poll(() => page.getByRole('button', { name: 'Print the class summary' }).isVisible())
        .toBe(true);
      await page.emulateMedia({ media: 'print' });
      await expect
        .poll(() => page.getByRole('button', { name: 'Download CSV' }).isVisible())
        .toBe(false);
      await expect.poll(() => name.inputValue()).toBe('Ana, Bo and Cy');
      const dir = join(process.cwd(), 'test-results');
      await mkdir(dir, { recursive: true });
      for (const format of ['Letter', 'A4']) {
        const path = join(dir, `class-summary-${format}.pdf`);
        await page.pdf({ path, format });
        expect(pdfPages(await readFile(path)), format).toBe(1);
      }
      await page.emulateMedia({ media: 'screen' });
      expectCleanRun(watch);
      await close();
    },
    HEAVY_TEST_TIMEOUT,
  );

  it(
    'reads 300 saves, charts every one with no label over another, and forgets them on leaving',
    async () => {
      const { page, watch, close } = await openGame(browser(), baseUrl);
      await openClassView(page);
      await page.getByLabel('Choose saved games').setInputFiles(classOfGames(300));
      await waitForSummary(page, 300);
      const chart = page.getByRole('group', { name: /Each table’s package/ });
      await expect
        .poll(() => tablesOnChart(chart))
        .toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
      await expect.poll(() => labelOverlaps(chart)).toEqual([]);
      const rows = page.getByRole('table').filter({ hasText: 'Sessions' }).getByRole('row');
      await expect.poll(() => rows.count()).toBe(301);
      await expect
        .poll(() => page.getByText(/^These saves come from 50 different class codes: /).count())
        .toBe(1);

      await page.getByRole('button', { name: 'Back to the title' }).click();
      await openClassView(page);
      await expect
        .poll(() => page.getByRole('heading', { name: 'How to collect the games' }).isVisible())
        .toBe(true);
      await expect.poll(() => page.locator('.class-status').textContent()).toBe('');
      expectCleanRun(watch);
      await close();
    },
    HEAVY_TEST_TIMEOUT,
  );

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
