import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type PageWatch, watchPage } from './chromium';

/** A package as a player sees it: issue labels to option labels. */
export type VisiblePackage = Readonly<Record<string, string>>;

/** SCENARIO.md canonical case 1, as the selects show it. */
export const COMPROMISE: VisiblePackage = {
  'Fortified zones in the east': 'Demilitarized zone',
  'Minor occupied areas': 'Russia withdraws',
  'The occupied south': 'Freeze the line',
  'Legal status of occupied land': 'Control acknowledged',
  'Security guarantee': 'Article 5-like, outside NATO',
  'Foreign forces in Ukraine': 'Unarmed monitors',
  'Law against further seizures': 'Russia legislates',
  'U.S. sanctions on Russia': 'Phased relief',
};

/** A package far below Ukraine's no-deal value that Russia and the United States accept. */
export const LOPSIDED: VisiblePackage = {
  'Fortified zones in the east': 'Hold the line',
  'Minor occupied areas': 'Russia withdraws',
  'The occupied south': 'Freeze the line',
  'Legal status of occupied land': 'Control acknowledged',
  'Security guarantee': 'No guarantee',
  'Foreign forces in Ukraine': 'None',
  'Law against further seizures': 'No law',
  'U.S. sanctions on Russia': 'Lift',
};

export interface Session {
  readonly page: Page;
  readonly watch: PageWatch;
  close(): Promise<void>;
}

/**
 * A fresh page on the game, watched for console problems and requests elsewhere, for a player
 * who has asked the system for less motion (so a test waits on no animation and the machine
 * draws fewer frames); a test of the animations passes `reducedMotion: 'no-preference'`. A link
 * to the title gets the test's game number (GAME_NUMBER) unless it names one; a link to a saved
 * game (`#game=…`) is opened as it is.
 */
export async function openGame(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  readyButton = 'Start the talks',
): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    reducedMotion: 'reduce',
    ...options,
  });
  const page = await context.newPage();
  const watch = watchPage(page, url);
  const link = new URL(url);
  await page.goto(link.hash === '' && !link.searchParams.has('seed') ? seeded(url) : url);
  await page.getByRole('button', { name: readyButton }).waitFor();
  return { page, watch, close: () => context.close() };
}

/**
 * The game number every browser test plays (the date of the Alaska summit), so a test plays the
 * same game, with the same hidden noise on every no-deal value, on every run.
 */
export const GAME_NUMBER = 20250815;

/** A link to the game with its game number fixed, as a teacher would hand it to a class. */
export function seeded(url: string, seed: number = GAME_NUMBER): string {
  const link = new URL(url);
  link.searchParams.set('seed', String(seed));
  return link.href;
}

/** From the title to the table, choosing a difficulty. */
export async function startTalks(page: Page, difficulty: 'Easy' | 'Normal' | 'Hard' = 'Normal') {
  await page.getByRole('radio', { name: new RegExp(`^${difficulty}`) }).check();
  await page.getByRole('button', { name: 'Start the talks' }).click();
  await page.getByRole('button', { name: 'Go to the table' }).click();
  await page.getByRole('button', { name: 'Table the proposal' }).waitFor();
}

export async function choosePackage(page: Page, pkg: VisiblePackage): Promise<void> {
  for (const [issue, option] of Object.entries(pkg)) {
    await page.getByLabel(issue, { exact: true }).selectOption({ label: option });
  }
}

/** The session counter as the player reads it, e.g. "Session 3 of 10 · 8 left · Normal". */
export async function sessionText(page: Page): Promise<string> {
  return (await page.getByText(/^Session \d+ of \d+/).textContent()) ?? '';
}

/** Waits for the outcome screen and returns its headline. */
export async function outcomeHeadline(page: Page): Promise<string> {
  const heading = page.getByRole('heading', { level: 1, name: /deal|stalemate|surrender/i });
  await heading.waitFor({ timeout: 15_000 });
  return (await heading.textContent()) ?? '';
}

/** Problems other than the graphics driver's notes about reading pixels back for screenshots. */
export function ourProblems(watch: PageWatch): string[] {
  return watch.problems.filter((p) => !/GL Driver Message .*GPU stall due to ReadPixels/.test(p));
}

export function expectCleanRun(watch: PageWatch): void {
  expect(ourProblems(watch)).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
}
