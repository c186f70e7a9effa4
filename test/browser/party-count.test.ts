import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { previewPressure } from '../../src/model/action-preview';
import { playGame } from '../../src/model/bots';
import type { ScenarioModel } from '../../src/model/compile';
import { compileScenario } from '../../src/model/compile';
import { type Action, createGame, type GameState } from '../../src/model/game';
import { applyAction } from '../../src/model/reducer';
import { parseScenario } from '../../src/model/scenario-schema';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import { HEAVY_TEST_TIMEOUT } from '../time-limits';
import { screenshot, useChrome } from './chromium';
import {
  conveneSummit,
  endTheTalks,
  expectCleanRun,
  GAME_NUMBER,
  openGame,
  outcomeHeadline,
  sessionText,
} from './play';

/** The warm-up with its leaders cut to the first `count`, or added to by renamed copies. */
function withParties(count: number): Scenario {
  const warmUp = builtInScenario('silverrun-dam');
  if (!warmUp) throw new Error('the warm-up is missing');
  const names = ['Ashcombe', 'Brookvale', 'Cinderford'];
  const parties = [...warmUp.parties];
  for (let i = 0; parties.length < count; i++) {
    const model = warmUp.parties[i % warmUp.parties.length];
    const country = names[i] ?? `Town ${i}`;
    if (!model) break;
    parties.push({
      ...model,
      id: `town-${i}`,
      country,
      short: country.slice(0, 2).toUpperCase(),
      leader: { ...model.leader, name: `of ${country}` },
    });
  }
  const scenario = {
    ...warmUp,
    id: `dam-${count}`,
    title: `The dam with ${count} towns`,
    parties: parties.slice(0, count),
  };
  const parsed = parseScenario(scenario, { quotes: false });
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.scenario;
}

/** Takes a bot's action as a person does, through the table's visible controls. */
async function take(page: Page, model: ScenarioModel, state: GameState, action: Action) {
  const scenario = model.scenario;
  const country = (id: string) => scenario.parties.find((p) => p.id === id)?.country ?? id;
  switch (action.type) {
    case 'consult':
      await page.getByRole('button', { name: `Consult ${country(action.party)}` }).click();
      return;
    case 'pressure': {
      await page
        .getByRole('button', {
          name: new RegExp(`^Apply pressure .*, on ${country(action.party)}$`),
        })
        .click();
      const risk = previewPressure(model, state, action.party);
      if (risk.walkOutChance > 0 || risk.trustRunsOut)
        await page
          .getByRole('dialog', { name: `Press ${country(action.party)} again?` })
          .getByRole('button', { name: 'Apply pressure' })
          .click();
      return;
    }
    case 'propose':
      for (const issue of scenario.issues) {
        const option = issue.options.find((o) => o.id === action.package[issue.id]);
        if (option)
          await page.getByLabel(issue.label, { exact: true }).selectOption({ label: option.label });
      }
      await page.getByRole('button', { name: 'Table the proposal' }).click();
      return;
    case 'summit': {
      const answers = Object.entries(state.answers ?? {});
      const refused = answers.some(([, answer]) => !answer.accepts);
      const pressed = answers.some(
        ([party, answer]) => answer.accepts && (state.parties[party]?.pressure ?? 0) > 0,
      );
      await conveneSummit(page, refused ? 'anyway' : pressed ? 'after your pressure' : 'nothing');
      return;
    }
    case 'adjourn':
      await endTheTalks(page);
      return;
    default: {
      const unreachable: never = action;
      throw new Error(`no control for ${JSON.stringify(unreachable)}`);
    }
  }
}

describe('scenario files with two to six leaders, played in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const browser = useChrome();

  for (const count of [2, 5]) {
    it(
      `seats ${count} leaders at the table and plays the expert's game to the end`,
      async () => {
        const scenario = withParties(count);
        const model = compileScenario(scenario, 'content');
        const played = playGame(model, {
          seed: GAME_NUMBER,
          difficulty: 'normal',
          strategy: 'expert',
        });
        const { page, watch, close } = await openGame(browser(), baseUrl);
        await page.getByLabel('Open a scenario file').setInputFiles({
          name: `dam-${count}.json`,
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(scenario)),
        });
        await page.getByRole('button', { name: 'Go to the table' }).click();
        await page.getByRole('button', { name: 'Table the proposal' }).waitFor();
        await expect
          .poll(() => page.getByRole('button', { name: /^Consult / }).count())
          .toBe(count);
        await screenshot(page, `table-${count}-leaders`);

        let state = createGame(model, { seed: GAME_NUMBER, difficulty: 'normal' });
        for (const step of played.steps) {
          await take(page, model, state, step.action);
          const result = applyAction(model, state, step.action);
          if (!result.ok) throw new Error(result.rejection.message);
          state = result.state;
          if (state.outcome) break;
          const session = `Session ${Math.min(state.sessionsUsed + 1, state.sessions)} of ${state.sessions}`;
          await expect.poll(() => sessionText(page), { timeout: 20_000 }).toMatch(session);
        }
        const kind = played.state.outcome?.kind ?? 'stalemate';
        await expect.poll(() => outcomeHeadline(page)).toMatch(new RegExp(kind, 'i'));
        expectCleanRun(watch);
        await close();
      },
      HEAVY_TEST_TIMEOUT,
    );
  }
});
