import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSheet, confidentialBrief } from '../../src/model/brief';
import { choiceOf } from '../../src/model/compile';
import { createGame } from '../../src/model/game';
import { applyAction } from '../../src/model/reducer';
import { utility } from '../../src/model/utility';
import { COMPROMISE } from '../canonical-packages';
import { alaskaModel, packageArb } from './fixtures';

const model = alaskaModel();
const game = () => createGame(model, { seed: 20250815, difficulty: 'normal', players: 'people' });

describe("a leader's confidential brief, for the student who plays it", () => {
  it("gives each issue's share of 100 points, most first, and the points each option adds", () => {
    const brief = confidentialBrief(model, game(), 'ru');
    if (!brief) throw new Error('no brief for ru');
    const shares = brief.issues.map((issue) => issue.share);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    for (const issue of brief.issues) {
      expect(issue.best).toBe(Math.max(...issue.options.map((option) => option.points)));
      for (const option of issue.options) {
        expect(option.points).toBeCloseTo((issue.share * option.value) / 100, 9);
        expect(option.points).toBeLessThanOrEqual(issue.share + 1e-9);
      }
    }
    expect(brief.country).toBe('Russia');
    expect(brief.redLines.map((line) => `${line.issue}=${line.option}`).sort()).toEqual([
      'forces=european-force',
      'guarantee=nato',
    ]);
    const nato = brief.issues
      .find((issue) => issue.id === 'guarantee')
      ?.options.find((option) => option.id === 'nato');
    expect(nato?.redLine).toBe(true);
  });

  it("gives this game's no-deal value, and feels each use of pressure as the lever's drop", () => {
    const start = game();
    const before = confidentialBrief(model, start, 'ua');
    expect(before?.noDeal).toBe(start.parties.ua?.noDealValue);
    expect(before?.pressuredNoDeal).toBe(before?.noDeal);
    const pressed = applyAction(model, start, { type: 'pressure', party: 'ua' });
    if (!pressed.ok) throw new Error(pressed.rejection.message);
    const after = confidentialBrief(model, pressed.state, 'ua');
    const drop = model.scenario.parties.find((p) => p.id === 'ua')?.lever.reservationDrop ?? 0;
    expect(drop).toBeGreaterThan(0);
    expect(after?.pressed).toBe(1);
    expect(after?.pressuredNoDeal).toBe((before?.noDeal ?? 0) - drop);
    expect(after?.noDeal).toBe(before?.noDeal);
  });

  it('has no brief for a party the scenario does not have', () => {
    expect(confidentialBrief(model, game(), 'eu')).toBeNull();
    expect(answerSheet(model, game(), 'eu', [], null)).toBeNull();
  });

  it("adds up a package's points to the leader's utility of it, for every package", () => {
    fc.assert(
      fc.property(packageArb(model), (pkg) => {
        const parsed = choiceOf(model, pkg);
        if (!parsed.ok) return;
        model.partyIds.forEach((id, p) => {
          const table = answerSheet(model, game(), id, parsed.choice, null);
          if (!table) throw new Error(`no answer sheet for ${id}`);
          const sum = table.issues.reduce((a, row) => a + row.points, 0);
          expect(sum).toBeCloseTo(utility(model, p, parsed.choice), 9);
          expect(table.total).toBe(utility(model, p, parsed.choice));
          expect(table.issues.map((row) => row.option)).toEqual(Object.values(pkg));
        });
      }),
      { numRuns: 300 },
    );
    const compromise = choiceOf(model, COMPROMISE);
    if (!compromise.ok) throw new Error(compromise.error);
    expect(answerSheet(model, game(), 'us', compromise.choice, null)?.issues[0]).toMatchObject({
      issue: 'east',
      option: 'demilitarize',
    });
  });
});
