import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { useChrome } from './chromium';
import { expectCleanRun, openGame, outcomeHeadline, tableTheDeal } from './play';

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

describe('accessibility audit with axe-core, screen by screen', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('finds no violations on the title, briefing, table, outcome and replay screens', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await expectNoViolations(page, 'title');
    await page.getByRole('button', { name: 'Start the talks' }).click();
    await page.getByRole('button', { name: 'Go to the table' }).waitFor();
    await expectNoViolations(page, 'briefing');
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await page.getByRole('button', { name: 'Table the proposal' }).waitFor();
    await expectNoViolations(page, 'table');
    await tableTheDeal(page);
    await page.getByRole('button', { name: 'Share link' }).click();
    await page.getByLabel('Share link to this game').waitFor();
    await expectNoViolations(page, 'table with answers and a share link');
    await page.getByRole('button', { name: 'Convene the summit' }).click();
    await outcomeHeadline(page);
    await expectNoViolations(page, 'outcome');
    await page.getByRole('button', { name: 'Watch the replay' }).click();
    await page.getByRole('button', { name: 'To the end' }).waitFor();
    await expectNoViolations(page, 'replay, at the start');
    await page.getByRole('button', { name: 'To the end' }).click();
    await page.getByText(/^Step (\d+) of \1 — /).waitFor();
    await expectNoViolations(page, 'replay, at the end');
    await page.getByRole('button', { name: 'Back one step' }).click();
    await page.getByText(/^Step 8 of 9 — /).waitFor();
    await expectNoViolations(page, 'replay, a middle step');
    await page.getByRole('button', { name: 'Debrief' }).click();
    await page.getByRole('heading', { name: 'Hidden priorities revealed' }).waitFor();
    await expectNoViolations(page, 'debrief');
    expectCleanRun(watch);
    await close();
  });

  it('finds no violations on the class view, with a class loaded, and on the teacher’s guide', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await page.getByRole('button', { name: 'Class view' }).click();
    const picker = page.getByLabel(/Choose saved games/);
    await picker.waitFor({ state: 'attached' });
    await expectNoViolations(page, 'class view, empty');
    const examples = await readdir('public/examples');
    await picker.setInputFiles(examples.map((f) => join('public/examples', f)));
    await page
      .getByText(/games? of/)
      .first()
      .waitFor();
    await expectNoViolations(page, 'class view with games');
    await page.goto(new URL('guide.html', baseUrl).href);
    await expectNoViolations(page, 'teacher’s guide');
    expectCleanRun(watch);
    await close();
  });
});
