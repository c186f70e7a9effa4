import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answerSheet } from '../../src/model/brief';
import { choiceOf, compileScenario } from '../../src/model/compile';
import { type Action, createGame, type GameState, type PlayerAnswers } from '../../src/model/game';
import { applyAction } from '../../src/model/reducer';
import { builtInScenario } from '../../src/model/scenarios';
import { COMPROMISE as COMPROMISE_IDS } from '../canonical-packages';
import { HEAVY_TEST_TIMEOUT } from '../time-limits';
import { useChrome } from './chromium';
import {
  COMPROMISE,
  choosePackage,
  expectCleanRun,
  GAME_NUMBER,
  openGame,
  outcomeHeadline,
  sessionText,
} from './play';
import { checkScreen } from './screen-checks';

const scenario = builtInScenario('alaska-2025');
if (!scenario) throw new Error('no scenario');
const model = compileScenario(scenario);
const COUNTRIES = scenario.parties.map((party) => party.country);
const points = (x: number) => String(Math.round(x * 10) / 10);

/** Words of a player's answer sheet and brief: none of them may be in the page while it is hidden. */
const SECRET_WORDS = [
  'Confidential',
  'points to you, out of 100',
  'Your no-deal value',
  'Your whole brief',
];

/** The text of the whole page, the hand-over included, as a person or a screen reader gets it. */
const pageText = (page: Page) => page.evaluate(() => document.body.textContent ?? '');

/** The game the model plays for the same moves, to check what each player is shown. */
function modelGame(actions: readonly Action[]): GameState {
  let state = createGame(model, { seed: GAME_NUMBER, difficulty: 'normal', players: 'people' });
  for (const action of actions) {
    const result = applyAction(model, state, action);
    if (!result.ok) throw new Error(result.rejection.message);
    state = result.state;
  }
  return state;
}

/**
 * Passes the device round: for each leader's player in turn, checks that the hand-over screen
 * hides every brief, opens the player's sheet, checks the worth and no-deal value it shows
 * against the model, and gives the answer; last, hands back to the mediator.
 */
async function answerRound(
  page: Page,
  state: GameState,
  pressing: string | null,
  answers: PlayerAnswers,
): Promise<void> {
  const choice = choiceOf(model, state.table ?? COMPROMISE_IDS);
  if (!choice.ok) throw new Error(choice.error);
  for (const party of scenario?.parties ?? []) {
    const country = party.country;
    const open = page.getByRole('button', { name: `I am the player of ${country}: show my brief` });
    await open.waitFor();
    await expect
      .poll(() =>
        page.getByRole('heading', { name: `Pass the device to the player of ${country}` }).count(),
      )
      .toBe(1);
    const hidden = await pageText(page);
    for (const word of SECRET_WORDS) expect(hidden).not.toContain(word);
    await open.click();

    const sheet = answerSheet(model, state, party.id, choice.choice, pressing);
    if (!sheet) throw new Error(`no sheet for ${party.id}`);
    const dialog = page.getByRole('dialog', { name: `${country}: your answer` });
    await expect
      .poll(() => dialog.textContent())
      .toContain(
        `This package is worth ${points(sheet.total)} points to you, out of 100. Your no-deal value is ${points(sheet.noDeal)}.`,
      );
    if (sheet.pressed > 0) {
      await expect
        .poll(() => dialog.textContent())
        .toContain(`decide as if no deal were worth ${points(sheet.feltNoDeal)} to you`);
    }
    const answer = answers[party.id];
    if (!answer) throw new Error(`no answer for ${party.id}`);
    await dialog
      .getByRole('radio', {
        name: answer.accepts ? 'Yes: I accept this package' : 'No: I reject it',
      })
      .check();
    await dialog.getByLabel('The issue that hurts you most').selectOption(answer.issue);
    await dialog.getByRole('button', { name: 'Give my answer and hide my brief' }).click();
  }
  await page.getByRole('heading', { name: 'Pass the device back to the mediator' }).waitFor();
  const text = await pageText(page);
  for (const word of SECRET_WORDS) expect(text).not.toContain(word);
  await page.getByRole('button', { name: 'I am the mediator: show the answers' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
}

const everyone = (accepts: boolean, issue: string, ru = accepts): PlayerAnswers => ({
  us: { accepts, issue },
  ru: { accepts: ru, issue: 'forces' },
  ua: { accepts, issue },
});

describe('a role-play played around one device, in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it('hands the device to each leader’s player behind a hand-over screen, and scores what they answered', {
    timeout: HEAVY_TEST_TIMEOUT,
  }, async () => {
    const { page, watch, close } = await openGame(browser(), baseUrl);
    await page.getByRole('radio', { name: /^Students/ }).check();
    await page.getByRole('radio', { name: /^Normal/ }).check();
    await page.getByRole('button', { name: 'Start the talks' }).click();
    await page.getByRole('button', { name: 'Go to the table' }).click();
    await page.getByRole('button', { name: 'Table the proposal' }).waitFor();
    await expect.poll(() => sessionText(page)).toMatch(/Role-play: students answer/);

    // Consulting asks nobody: no hand-over.
    await page.getByRole('button', { name: 'Consult Russia' }).click();
    await expect.poll(() => sessionText(page)).toMatch(/^Session 2 of 10/);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Tabling asks every leader's player. Going back to the table puts nothing, uses nothing.
    await choosePackage(page, COMPROMISE);
    await page.getByRole('button', { name: 'Table the proposal' }).click();
    await page
      .getByRole('heading', { name: `Pass the device to the player of ${COUNTRIES[0]}` })
      .waitFor();
    await checkScreen(page, 'role-play-hand-over-1024');
    await page.getByRole('button', { name: 'Back to the table' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await sessionText(page)).toMatch(/^Session 2 of 10/);

    const actions: Action[] = [{ type: 'consult', party: 'ru' }];
    const tabled = everyone(true, 'east', false);
    await page.getByRole('button', { name: 'Table the proposal' }).click();
    await answerRound(page, { ...modelGame(actions), table: COMPROMISE_IDS }, null, tabled);
    actions.push({ type: 'propose', package: COMPROMISE_IDS, answers: tabled });
    await expect.poll(() => sessionText(page)).toMatch(/^Session 3 of 10/);
    await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(2);
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: 'Russia', exact: true })
          .getByText(/^✗ Rejects/)
          .count(),
      )
      .toBe(1);

    // Pressure on Russia, with the package on the table, asks everyone again; Russia's player
    // feels its no-deal value lower, as its seat says beforehand.
    const drop = scenario?.parties.find((party) => party.id === 'ru')?.lever.reservationDrop;
    await expect
      .poll(() => page.getByRole('region', { name: 'Russia', exact: true }).textContent())
      .toContain(`its player counts no deal ${drop} points lower`);
    const pressed = everyone(true, 'sanctions');
    await page.getByRole('button', { name: /^Apply pressure .*, on Russia$/ }).click();
    await answerRound(page, modelGame(actions), 'ru', pressed);
    actions.push({ type: 'pressure', party: 'ru', answers: pressed });
    await expect.poll(() => page.getByText('✓ Accepts').count()).toBe(3);

    const signed = everyone(true, 'east');
    await page.getByRole('button', { name: 'Convene the summit' }).click();
    await page
      .getByRole('dialog', { name: 'Convene the summit after your pressure?' })
      .getByRole('button', { name: 'Convene the summit' })
      .click();
    await answerRound(page, modelGame(actions), null, signed);
    actions.push({ type: 'summit', answers: signed });

    const outcome = modelGame(actions).outcome;
    expect(outcome?.kind).toMatch(/deal|surrender/);
    await expect
      .poll(() => outcomeHeadline(page))
      .toMatch(new RegExp(outcome?.kind ?? 'no outcome', 'i'));

    await page
      .getByRole('button', { name: /debrief/i })
      .first()
      .click();
    const timeline = page.locator('#debrief-timeline');
    await timeline.waitFor();
    await expect
      .poll(() => timeline.textContent())
      .toMatch(/Students answered for the leaders, 9 answers/);
    await expect
      .poll(() => timeline.textContent())
      .toMatch(
        /Russia: no, naming Foreign forces in Ukraine\. Worth [\d.]+ to it, against [\d.]+ with no deal/,
      );
    expectCleanRun(watch);
    await close();
  });
});
