import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { useChrome } from './chromium';
import { expectCleanRun, openGame, startTalks } from './play';

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

describe('accessibility audit with axe-core, screen by screen', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  // Every screen is audited at four sizes as the games of game.test.ts are played; these are the
  // states those games pass by: a share link shown, and the replay at its start, middle and end.
  it('finds no violations on the table with a share link, and the replay at its start, middle and end', async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await startTalks(page);
    await page.getByRole('button', { name: 'Share link' }).click();
    await page.getByLabel('Share link to this game').waitFor();
    await expectNoViolations(page, 'table with a share link');
    await page.getByRole('button', { name: /^Leave/ }).click();
    await page.getByRole('button', { name: /^A deal:/ }).click();
    await page.getByRole('button', { name: 'To the end' }).waitFor();
    await expectNoViolations(page, 'replay, at the start');
    await page.getByRole('button', { name: 'To the end' }).click();
    await page.getByText(/^Step (\d+) of \1 — /).waitFor();
    await expectNoViolations(page, 'replay, at the end');
    await page.getByRole('button', { name: 'Back one step' }).click();
    await page.getByText(/^Step (\d+) of (?!\1)\d+ — /).waitFor();
    await expectNoViolations(page, 'replay, a middle step');
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
