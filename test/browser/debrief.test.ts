import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import alaska from '../../assets/scenarios/alaska-2025.json';
import { axeViolations } from './axe';
import { screenshot, useChrome } from './chromium';
import { pdfPages } from './pdf';
import {
  conveneSummit,
  expectCleanRun,
  openGame,
  outcomeHeadline,
  reachDeal,
  startTalks,
  TILTED,
  tableTheTilted,
} from './play';

const SECTIONS = [
  'Outcome',
  'Hidden priorities revealed',
  'The package among all packages',
  'Timeline of the mediator’s moves',
  'Discussion questions',
];

async function openDebrief(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Debrief', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /Debrief/ }).waitFor();
}

describe('the debrief of a game in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('explains a deal section by section, compares any pair, and prints on one page', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await reachDeal(page);
    await openDebrief(page);

    for (const name of SECTIONS) {
      await expect.poll(() => page.getByRole('heading', { level: 2, name }).isVisible()).toBe(true);
    }
    const doc = page.getByRole('region', { name: 'Debrief' });
    // Outcome: the headline and its one-sentence reason.
    await expect
      .poll(() => doc.getByText(/^All 3 leaders signed a package each prefers to no deal/).count())
      .toBe(1);
    await expect
      .poll(() =>
        doc.getByRole('img', { name: /worth to each leader, against its no-deal value/ }).count(),
      )
      .toBe(1);
    // Hidden priorities: a weight's rationale and a citation from the scenario file.
    const guarantee = alaska.parties[0]?.priorities.guarantee;
    await expect.poll(() => doc.getByText(guarantee?.why ?? '?', { exact: true }).count()).toBe(1);
    await expect.poll(() => doc.getByText(`— ${guarantee?.cite?.note}`).count()).toBe(1);
    // The package among all packages: marked by shape and by name.
    const chart = doc.locator('svg.scatter');
    for (const label of ['Your package', 'Nash', 'Kalai–Smorodinsky']) {
      await expect.poll(() => chart.getByText(label, { exact: true }).count()).toBe(1);
    }
    await expect
      .poll(() => doc.getByRole('columnheader', { name: 'Your signed package' }).isVisible())
      .toBe(true);
    await expect
      .poll(() =>
        doc
          .getByText(
            /^Nothing: no other package that crosses no red line was better for all 3 leaders at once/,
          )
          .isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() =>
        doc.getByText(/^The zone of possible agreement: 138 of the 5,184 packages/).count(),
      )
      .toBe(1);
    // The timeline marks the proposal that won each leader over, and the signing.
    await expect.poll(() => doc.getByText('Won over:').count()).toBe(3);
    await expect
      .poll(() =>
        doc.getByText('The summit signed the package: a deal scoring', { exact: false }).count(),
      )
      .toBe(1);
    // Discussion questions from the scenario, short and long.
    await expect
      .poll(() => doc.getByText(alaska.discussion.short[0] ?? '?', { exact: true }).count())
      .toBe(1);
    await expect
      .poll(() => doc.getByText(alaska.discussion.long[0] ?? '?', { exact: true }).count())
      .toBe(1);

    // The first view is the pair whose interests clash most; any other can be chosen.
    const compare = page.getByLabel('Compare');
    await expect.poll(() => compare.inputValue()).toBe('1-2');
    await compare.selectOption({ label: 'United States and Ukraine' });
    await expect
      .poll(() =>
        doc
          .getByText(/placed by what each gives United States \(across\) and Ukraine \(up\)/)
          .count(),
      )
      .toBe(1);
    await expect
      .poll(() => chart.getByText('United States: what a package gives it →').count())
      .toBe(1);
    await expect.poll(() => chart.getByText(/^US no deal \d+$/).count()).toBe(1);

    // The list of sections moves the reader, and the focus, to a section.
    await page.getByRole('button', { name: 'Discussion', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Discussion questions');
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Discussion', exact: true }).getAttribute('aria-current'),
      )
      .toBe('true');
    // The choice is marked in the same task as the click, not a frame later by the scroll; and
    // once the scroll has been handled (two frames on), the last section, too short to reach
    // the top, is still the one marked.
    const markedAtOnce = await page.evaluate(() => {
      const button = [...document.querySelectorAll('nav button')].find(
        (b) => b.textContent === 'Timeline',
      );
      if (!(button instanceof HTMLButtonElement)) return 'no Timeline button';
      button.click();
      return button.getAttribute('aria-current');
    });
    expect(markedAtOnce).toBe('true');
    await page.getByRole('button', { name: 'Discussion', exact: true }).click();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(
      await page
        .getByRole('button', { name: 'Discussion', exact: true })
        .getAttribute('aria-current'),
    ).toBe('true');
    await page.getByRole('button', { name: 'Outcome', exact: true }).click();
    await screenshot(page, 'debrief-1024');
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    for (const name of SECTIONS) {
      await expect.poll(() => page.getByRole('heading', { level: 2, name }).isVisible()).toBe(true);
    }
    await expect
      .poll(() => page.getByRole('button', { name: 'Print this summary' }).isVisible())
      .toBe(false);
    await expect.poll(() => page.locator('canvas').isVisible()).toBe(false);
    const dir = join(process.cwd(), 'test-results');
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'debrief.pdf');
    await page.pdf({ path });
    expect(pdfPages(await readFile(path))).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    expectCleanRun(watch);
    await close();
  });

  it('opens from the replay viewer, names a surrender, and goes back to the replay', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await startTalks(page, 'Normal');
    // The tilted package with the sanctions lifted too: a package the debrief can improve on.
    await tableTheTilted(page, { ...TILTED, 'U.S. sanctions on Russia': 'Lift' });
    await page.getByRole('button', { name: /^Apply pressure .*on Ukraine$/ }).click();
    await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(3);
    await conveneSummit(page, 'after your pressure');
    await expect.poll(() => outcomeHeadline(page)).toMatch(/surrender/i);
    await page.getByRole('button', { name: 'Watch the replay' }).click();
    await page.getByRole('button', { name: 'Play on from here' }).waitFor();
    await openDebrief(page);

    const doc = page.getByRole('region', { name: 'Debrief' });
    await expect
      .poll(() => doc.getByText('SURRENDER', { exact: false }).first().isVisible())
      .toBe(true);
    await expect
      .poll(() => doc.getByText(/^Ukraine signed a package worth [\d.]+ to it, less than/).count())
      .toBe(1);
    await expect.poll(() => doc.getByText('Pressure:', { exact: true }).count()).toBe(1);
    await expect
      .poll(() =>
        doc
          .getByText(
            'Warn about aid: Ukraine now asks 25 points less, and its trust fell by 15, to 45. Every other leader now asks 1 more point.',
          )
          .count(),
      )
      .toBe(1);
    await expect.poll(() => doc.getByText('Gave way under pressure:').count()).toBe(1);
    await expect
      .poll(() =>
        doc
          .getByText(
            /^Another package that crossed no red line would have given every leader at least [\d.]+ more points at once\.$/,
          )
          .count(),
      )
      .toBe(1);
    // The pressure shows on the chart as where it pushed Ukraine's no-deal value.
    await expect.poll(() => doc.getByText(/^pressure took it to \d+/).count()).toBe(1);
    await screenshot(page, 'debrief-surrender-1024');

    await page.getByRole('button', { name: 'Back to the replay' }).click();
    await page.getByRole('button', { name: 'Play on from here' }).waitFor();
    expectCleanRun(watch);
    await close();
  });
});
