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

/**
 * The compromise with the eastern zones and the minor areas given to Russia and only a
 * European-led guarantee: after SURRENDER_CONSULTS the United States and Russia accept it and
 * Ukraine refuses it, until one use of pressure makes Ukraine sign below its no-deal value.
 */
export const TILTED: VisiblePackage = {
  ...COMPROMISE,
  'Fortified zones in the east': 'Cede to Russia',
  'Minor occupied areas': 'Russia keeps them',
  'Security guarantee': 'European-led',
};

/** The leaders of the built-in scenario, by the names their seats show. */
export type Country = 'United States' | 'Russia' | 'Ukraine';

/**
 * Seven sessions of consultation, each leader in turn, after which all three accept COMPROMISE
 * in GAME_NUMBER's game at Normal: the leaders open with high demands and give ground over the
 * sessions, faster the more they trust the mediator, so the compromise tabled at once is refused.
 */
export const DEAL_CONSULTS: readonly Country[] = [
  'Russia',
  'Ukraine',
  'United States',
  'Russia',
  'Ukraine',
  'United States',
  'Russia',
];

/** Four sessions of consultation after which the United States and Russia accept TILTED. */
export const SURRENDER_CONSULTS: readonly Country[] = [
  'United States',
  'Russia',
  'Ukraine',
  'United States',
];

export interface Session {
  readonly page: Page;
  readonly watch: PageWatch;
  close(): Promise<void>;
}

/**
 * A fresh page on the game, watched for console problems and requests elsewhere, for a player
 * who has asked the system for less motion (so a test waits on no animation and the machine
 * draws fewer frames); a test of the animations passes `reducedMotion: 'no-preference'`. A link
 * to the title gets the test's game number (GAME_NUMBER) unless it names one or a class code
 * (`?class=…`); a link to a saved game (`#game=…`) is opened as it is.
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
  const fixed = link.searchParams.has('seed') || link.searchParams.has('class');
  await page.goto(link.hash === '' && !fixed ? seeded(url) : url);
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

/**
 * Consults the leaders in the order given, one session each, waiting after each for the session
 * counter to move on; `session` is the session of the first consultation.
 */
export async function consultInOrder(
  page: Page,
  countries: readonly string[],
  session = 1,
): Promise<void> {
  for (const [i, country] of countries.entries()) {
    await page.getByRole('button', { name: `Consult ${country}` }).click();
    await expect
      .poll(() => sessionText(page))
      .toMatch(new RegExp(`^Session ${session + i + 1} of`));
  }
}

/** Chooses a package and tables it. */
export async function tableProposal(page: Page, pkg: VisiblePackage): Promise<void> {
  await choosePackage(page, pkg);
  await page.getByRole('button', { name: 'Table the proposal' }).click();
}

/** From a new game at Normal: the DEAL_CONSULTS, then COMPROMISE tabled and accepted by all three. */
export async function tableTheDeal(page: Page): Promise<void> {
  await consultInOrder(page, DEAL_CONSULTS);
  await tableProposal(page, COMPROMISE);
  await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(3);
}

/** From the title to a deal at Normal: COMPROMISE, tabled after DEAL_CONSULTS, signed at the summit. */
export async function reachDeal(page: Page): Promise<void> {
  await startTalks(page, 'Normal');
  await tableTheDeal(page);
  await page.getByRole('button', { name: 'Convene the summit' }).click();
  await expect.poll(() => outcomeHeadline(page)).toMatch(/deal/i);
}

/**
 * From a new game at Normal: the SURRENDER_CONSULTS, then TILTED (or a variant of it) tabled,
 * which the United States and Russia accept and Ukraine rejects.
 */
export async function tableTheTilted(page: Page, pkg: VisiblePackage = TILTED): Promise<void> {
  await consultInOrder(page, SURRENDER_CONSULTS);
  await tableProposal(page, pkg);
  await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(2);
  await expect
    .poll(() =>
      page
        .getByRole('region', { name: 'Ukraine', exact: true })
        .getByText(/^✗ Rejects/)
        .isVisible(),
    )
    .toBe(true);
}

/**
 * Whether the focused element is wholly inside the window, as a sighted keyboard user needs to
 * see where Enter will act.
 */
export function focusInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });
}

/** What the focused element is called, as a person moving by Tab would hear it. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return '';
    const label = el instanceof HTMLSelectElement ? el.labels?.[0]?.textContent : null;
    return (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the control of that name has the focus. */
export async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 60; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached "${name}"`);
}

/** Ends the talks as a person does: the button, then the confirmation that nothing is signed. */
export async function endTheTalks(page: Page, how: 'click' | 'tap' = 'click'): Promise<void> {
  const end = page.getByRole('button', { name: 'End the talks', exact: true });
  await (how === 'tap' ? end.tap() : end.click());
  const dialog = page.getByRole('dialog', { name: 'End the talks now?' });
  const confirm = dialog.getByRole('button', { name: 'End the talks now' });
  await (how === 'tap' ? confirm.tap() : confirm.click());
}

/**
 * Convenes the summit as a person does, answering the question the game asks first: none when
 * every leader said yes unpressed; "anyway" when a leader's last answer was no; "after your
 * pressure" when a leader says yes only after pressure.
 */
export async function conveneSummit(
  page: Page,
  asked: 'nothing' | 'anyway' | 'after your pressure' = 'nothing',
): Promise<void> {
  await page.getByRole('button', { name: 'Convene the summit' }).click();
  if (asked === 'nothing') return;
  await page
    .getByRole('dialog', { name: `Convene the summit ${asked}?` })
    .getByRole('button', { name: 'Convene the summit' })
    .click();
}
