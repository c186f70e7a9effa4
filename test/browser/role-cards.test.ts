import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { classCodeOfGame } from '../../src/model/class-code';
import { compileScenario } from '../../src/model/compile';
import { createGame } from '../../src/model/game';
import { builtInScenario } from '../../src/model/scenarios';
import { useChrome } from './chromium';
import { pdfPages } from './pdf';
import { expectCleanRun, GAME_NUMBER, openGame } from './play';
import { checkScreen } from './screen-checks';

describe('the role cards of a role-play, in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  it("prints one card a leader, each with its player's no-deal value in this game", async () => {
    const scenario = builtInScenario('alaska-2025');
    if (!scenario) throw new Error('no scenario');
    const model = compileScenario(scenario);
    const game = createGame(model, { seed: GAME_NUMBER, difficulty: 'normal', players: 'people' });

    const { page, watch, close } = await openGame(browser(), baseUrl);
    await page.getByRole('button', { name: 'Role cards' }).click();
    await page.getByRole('heading', { level: 1, name: `Role cards: ${scenario.title}` }).waitFor();
    await expect
      .poll(() =>
        page
          .getByText(`These cards are for game number ${GAME_NUMBER} at Normal`, { exact: false })
          .count(),
      )
      .toBe(1);
    // The class code that deals this very game as a role-play, to hand out with the cards.
    const code = classCodeOfGame(game);
    await expect
      .poll(() => page.getByText(`hand out class code ${code}`, { exact: false }).count())
      .toBe(1);
    for (const party of scenario.parties) {
      const card = page.getByRole('region', {
        name: `${party.leader.title} ${party.leader.name} — ${party.country}`,
      });
      const noDeal = game.parties[party.id]?.noDealValue;
      await expect
        .poll(() => card.textContent())
        .toMatch(/Confidential: for this leader’s player only/);
      await expect
        .poll(() => card.textContent())
        .toContain(`Your no-deal value: ${noDeal} of 100.`);
    }
    // Russia's red lines are on its card, and on no other.
    const russia = page.getByRole('region', { name: /— Russia$/ });
    await expect
      .poll(() => russia.textContent())
      .toMatch(/Never accept.*Security guarantee: NATO membership/);
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: /— Ukraine$/ })
          .getByText('Never accept')
          .count(),
      )
      .toBe(0);
    await checkScreen(page, 'role-cards-1024');

    await page.emulateMedia({ media: 'print' });
    const dir = join(process.cwd(), 'test-results');
    await mkdir(dir, { recursive: true });
    const path = join(dir, 'role-cards.pdf');
    await page.pdf({ path });
    expect(pdfPages(await readFile(path))).toBe(scenario.parties.length);
    await page.emulateMedia({ media: 'screen' });
    expectCleanRun(watch);
    await close();
  });
});
