import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/model/analysis';
import { mostOpposedPair, pairFrontier } from '../../src/model/debrief-analysis';
import { builtInScenario } from '../../src/model/scenarios';
import type { Scenario } from '../../src/model/types';
import { serializeSave } from '../../src/saves/save-format';
import {
  createClassStore,
  selectChartSpace,
  selectCodes,
  selectCsv,
  selectGroupView,
  selectShownGames,
  selectSummary,
} from '../../src/store/class-store';
import { createGameStore } from '../../src/store/game-store';

const fileOf = (name: string, text: string) => new File([text], name, { type: 'application/json' });
const example = (name: string) =>
  fileOf(`${name}.json`, readFileSync(`public/examples/${name}.json`, 'utf8'));

/** A warm-up game with one consultation, saved before it ended. */
function warmUpFile(name: string): File {
  const store = createGameStore(builtInScenario('silverrun-dam') as Scenario, {
    seed: 3,
    difficulty: 'normal',
  });
  store.getState().consult(store.getState().model.partyIds[0] ?? '');
  return fileOf(name, serializeSave(store.getState().toSave({ name, savedAt: null })));
}

describe('the class store', () => {
  it('holds nothing until files are given, and says how many it is reading', async () => {
    const store = createClassStore();
    expect(selectSummary(store.getState())).toBeNull();
    expect(selectGroupView(store.getState())).toBeNull();
    const reading = store.getState().addFiles([example('deal'), example('stalemate')]);
    expect(store.getState().reading).toBe(2);
    await reading;
    expect(store.getState().reading).toBe(0);
    expect(selectSummary(store.getState())?.groups[0]?.games).toHaveLength(2);
  });

  it('groups the games by scenario, the largest group first, and shows the one chosen', async () => {
    const store = createClassStore();
    await store
      .getState()
      .addFiles([example('deal'), warmUpFile('warm-up.json'), example('surrender')]);
    const summary = selectSummary(store.getState());
    expect(summary?.groups.map((g) => [g.model.scenario.id, g.games.length])).toEqual([
      ['alaska-2025', 2],
      ['silverrun-dam', 1],
    ]);
    expect(selectGroupView(store.getState())?.group.model.scenario.id).toBe('alaska-2025');
    expect(selectCsv(store.getState())?.fileName).toBe('mediator-class-results-alaska-2025.csv');
    store.getState().chooseGroup(1);
    expect(selectGroupView(store.getState())?.group.model.scenario.id).toBe('silverrun-dam');
    expect(selectCsv(store.getState())?.text).toMatch(
      /^table,file,name,group_or_students,class_code,scenario/,
    );
    expect(selectCsv(store.getState())?.fileName).toBe('mediator-class-results-silverrun-dam.csv');
  });

  it('names each file it could not count, with why, and counts the rest', async () => {
    const store = createClassStore();
    await store
      .getState()
      .addFiles([
        example('deal'),
        fileOf('notes.json', 'not a saved game'),
        fileOf('empty.json', ''),
      ]);
    const summary = selectSummary(store.getState());
    expect(summary?.problems.map((p) => p.file)).toEqual(['empty.json', 'notes.json']);
    expect(summary?.problems.every((p) => p.error.length > 0)).toBe(true);
    expect(summary?.groups[0]?.games).toHaveLength(1);
  });

  it('judges the scenario shown: shares adding up to 100, the deal scores, and the rules', async () => {
    const store = createClassStore();
    await store.getState().addFiles([example('deal'), example('stalemate'), example('surrender')]);
    const view = selectGroupView(store.getState());
    const { deal, stalemate, surrender, unfinished } = view?.share ?? {};
    expect([deal, stalemate, surrender, unfinished]).toEqual([34, 33, 33, 0]);
    const score = view?.group.best?.game.score?.total;
    expect(view?.scores).toEqual({ min: score, median: score, max: score });
    expect(view?.rules).toMatch(/^Best: .* Worst: /);
    expect(view?.group.best?.game.file).toBe('deal.json');
  });

  it("draws the scenario's stated no-deal values when the games' own differ", async () => {
    const store = createClassStore();
    await store.getState().addFiles([example('deal'), example('surrender')]);
    const view = selectGroupView(store.getState());
    const model = view?.group.model;
    if (!view || !model) throw new Error('no scenario is shown');
    const [a, b] = view.pair;
    const differ = [a, b].some(
      (p) => new Set(view.group.games.map((game) => game.leaders[p]?.noDeal)).size > 1,
    );
    expect(differ).toBe(true);
    const space = selectChartSpace(store.getState());
    expect(space?.noDeal).toEqual([model.reservationValues[a], model.reservationValues[b]]);
    expect(space?.noDealOfGames).toBe(false);
  });

  it('compares the two leaders who clash most until another pair is chosen, per scenario', async () => {
    const store = createClassStore();
    await store.getState().addFiles([example('deal'), warmUpFile('warm-up.json')]);
    const view = selectGroupView(store.getState());
    const model = view?.group.model;
    if (!view || !model) throw new Error('no scenario is shown');
    expect(view.pair).toEqual(mostOpposedPair(model));
    expect(view.pairs).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    store.getState().choosePair([0, 2]);
    expect(selectGroupView(store.getState())?.pair).toEqual([0, 2]);
    const space = selectChartSpace(store.getState());
    expect(space?.frontier).toEqual(pairFrontier(model, 0, 2));
    expect(space?.xs).toBe(analyze(model).utilities[0]);
    // One game: its own no-deal values, which every game of the chart shares.
    const leaders = view.group.games[0]?.leaders ?? [];
    expect(space?.noDeal).toEqual([leaders[0]?.noDeal, leaders[2]?.noDeal]);
    expect(space?.noDealOfGames).toBe(true);
    store.getState().chooseGroup(1);
    const other = selectGroupView(store.getState());
    expect(other?.pair).toEqual(mostOpposedPair(other?.group.model ?? model));
    store.getState().chooseGroup(0);
    expect(selectGroupView(store.getState())?.pair).toEqual([0, 2]);
  });

  it('forgets every file when cleared', async () => {
    const store = createClassStore();
    await store.getState().addFiles([example('deal')]);
    store.getState().clear();
    expect(selectSummary(store.getState())).toBeNull();
    expect(selectCsv(store.getState())).toBeNull();
  });

  it('names games, sorts and filters the table, and writes the names and the order into the CSV', async () => {
    const store = createClassStore();
    await store.getState().addFiles([example('deal'), example('stalemate'), example('surrender')]);
    const files = () => selectShownGames(store.getState()).map((g) => g.file);
    expect(files()).toEqual(['deal.json', 'stalemate.json', 'surrender.json']);
    store.getState().nameGame('surrender.json', '1st group: Abe, Bo');
    store.getState().sortBy('name');
    expect(files()).toEqual(['surrender.json', 'deal.json', 'stalemate.json']);
    store.getState().sortBy('name');
    expect(files()).toEqual(['stalemate.json', 'deal.json', 'surrender.json']);
    store.getState().filterBy({ outcome: 'surrender' });
    expect(files()).toEqual(['surrender.json']);
    expect(selectCsv(store.getState())?.text).toMatch(
      /surrender\.json,[^,]*,"1st group: Abe, Bo",/,
    );
    expect(selectCsv(store.getState())?.text.trim().split('\r\n')).toHaveLength(2);
    store.getState().filterBy({ outcome: 'all', text: 'DEAL' });
    expect(files()).toEqual(['deal.json']);
    expect(selectCodes(store.getState()).map((c) => c.games)).toEqual([1, 1, 1]);
  });

  it('reads a second batch given while the first is read, and stops reading when cleared', async () => {
    const store = createClassStore();
    const first = store.getState().addFiles([example('deal')]);
    const second = store.getState().addFiles([example('stalemate')]);
    await Promise.all([first, second]);
    expect(selectSummary(store.getState())?.groups[0]?.games).toHaveLength(2);
    store.getState().nameGame('deal.json', 'Group A');
    const third = store.getState().addFiles([example('surrender')]);
    store.getState().clear();
    await third;
    expect(selectSummary(store.getState())).toBeNull();
    expect(store.getState().names.size).toBe(0);
    expect(store.getState().reading).toBe(0);
  });
});
