import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptanceThreshold } from '../../src/model/acceptance';
import {
  type Action,
  createGame,
  type GameState,
  revealedIssues,
  sessionsLeft,
} from '../../src/model/game';
import { applyAction } from '../../src/model/reducer';
import { DIFFICULTIES, type Difficulty } from '../../src/model/types';
import { utility } from '../../src/model/utility';
import {
  act,
  alaskaModel,
  COMPROMISE,
  choice,
  packageArb,
  UKRAINE_GIVES_EVERYTHING,
} from './fixtures';

const model = alaskaModel();
const rules = model.scenario.rules;
const party = (id: string) => {
  const p = model.scenario.parties.find((x) => x.id === id);
  if (!p) throw new Error(`no party ${id}`);
  return p;
};
const newGame = (difficulty: Difficulty = 'normal', seed = 17) =>
  createGame(model, { seed, difficulty });
const trustOf = (state: GameState, id: string) => state.parties[id]?.trust ?? Number.NaN;
const refusal = (state: GameState, action: unknown) => {
  const result = applyAction(model, state, action as Action);
  return result.ok ? null : result.rejection;
};

describe('consult', () => {
  it('raises the consulted leader’s trust by consultTrust and no one else’s', () => {
    const before = newGame();
    const after = act(model, before, { type: 'consult', party: 'ru' });
    expect(trustOf(after, 'ru')).toBe(trustOf(before, 'ru') + rules.consultTrust);
    expect(trustOf(after, 'us')).toBe(trustOf(before, 'us'));
    expect(trustOf(after, 'ua')).toBe(trustOf(before, 'ua'));
    expect(after.sessionsUsed).toBe(1);
    expect(after.history.at(-1)).toMatchObject({
      step: 1,
      session: 1,
      action: { type: 'consult', party: 'ru' },
      answers: null,
      trust: { ru: rules.consultTrust },
    });
  });

  it('never raises trust above 100', () => {
    let state = newGame('easy');
    for (let k = 0; k < 11; k++) state = act(model, state, { type: 'consult', party: 'us' });
    expect(trustOf(state, 'us')).toBe(100);
    expect(state.history.at(-1)?.trust).toEqual({});
    expect(state.history.map((e) => e.trust.us ?? 0).reduce((a, b) => a + b, 0)).toBe(
      100 - party('us').initialTrust.value,
    );
  });

  it('reveals revealPerConsult more issues, the most important first', () => {
    for (const difficulty of DIFFICULTIES) {
      const settings = model.scenario.difficulties[difficulty];
      let state = newGame(difficulty);
      const weights = model.scenario.parties[2]?.priorities ?? {};
      const order = state.parties.ua?.revealOrder ?? [];
      expect([...order].sort()).toEqual([...model.issueIds].sort());
      for (let k = 1; k < order.length; k++) {
        expect(weights[order[k - 1] ?? '']?.weight).toBeGreaterThanOrEqual(
          weights[order[k] ?? '']?.weight ?? 0,
        );
      }
      expect(revealedIssues(state, 'ua')).toEqual(order.slice(0, settings.revealedAtStart));
      state = act(model, state, { type: 'consult', party: 'ua' });
      const known = Math.min(order.length, settings.revealedAtStart + settings.revealPerConsult);
      expect(revealedIssues(state, 'ua')).toEqual(order.slice(0, known));
      expect(revealedIssues(state, 'us')).toHaveLength(settings.revealedAtStart);
    }
  });

  it('stops revealing when every issue is known', () => {
    let state = newGame('easy');
    for (let k = 0; k < 5; k++) state = act(model, state, { type: 'consult', party: 'ru' });
    expect(revealedIssues(state, 'ru')).toEqual(state.parties.ru?.revealOrder);
    expect(state.parties.ru?.revealed).toBe(model.issueIds.length);
  });

  it('breaks ties between equally weighted issues by the seed', () => {
    // The U.S. weighs non-seizure and sanctions alike.
    const firsts = new Set(
      Array.from({ length: 40 }, (_, seed) => {
        const order = newGame('normal', seed).parties.us?.revealOrder ?? [];
        return order.indexOf('sanctions') < order.indexOf('non-seizure');
      }),
    );
    expect(party('us').priorities.sanctions?.weight).toBe(
      party('us').priorities['non-seizure']?.weight,
    );
    expect(firsts).toEqual(new Set([true, false]));
  });
});

describe('propose', () => {
  it('tables the package and records each leader’s answer', () => {
    const state = act(model, newGame(), { type: 'propose', package: COMPROMISE });
    expect(state.table).toEqual(COMPROMISE);
    expect(Object.keys(state.answers ?? {}).sort()).toEqual(['ru', 'ua', 'us']);
    expect(state.history.at(-1)?.answers).toEqual(state.answers);
    expect(state.sessionsUsed).toBe(1);
  });

  it('costs the offended leader redLineTrustCost trust and names the red-line issue', () => {
    const before = newGame();
    const after = act(model, before, {
      type: 'propose',
      package: { ...COMPROMISE, forces: 'european-force' },
    });
    expect(after.answers?.ru).toEqual({ accepts: false, issue: 'forces', redLine: true });
    expect(trustOf(after, 'ru')).toBe(trustOf(before, 'ru') - rules.redLineTrustCost);
    expect(trustOf(after, 'us')).toBe(trustOf(before, 'us'));
    expect(trustOf(after, 'ua')).toBe(trustOf(before, 'ua'));
    expect(after.history.at(-1)?.trust).toEqual({ ru: -rules.redLineTrustCost });
  });

  it('costs the red-line trust once however many lines a package crosses, naming the first issue', () => {
    const before = newGame();
    const after = act(model, before, {
      type: 'propose',
      package: { ...COMPROMISE, guarantee: 'nato', forces: 'european-force' },
    });
    expect(after.answers?.ru).toEqual({ accepts: false, issue: 'guarantee', redLine: true });
    expect(trustOf(after, 'ru')).toBe(trustOf(before, 'ru') - rules.redLineTrustCost);
  });

  it('has each leader name the issue that costs it most, unless a red line is crossed', () => {
    fc.assert(
      fc.property(packageArb(model), fc.integer({ min: 0, max: 1000 }), (pkg, seed) => {
        const state = act(model, newGame('normal', seed), { type: 'propose', package: pkg });
        model.scenario.parties.forEach((p) => {
          const answer = state.answers?.[p.id];
          const crossed = model.scenario.issues.find((i) =>
            p.redLines.some((r) => r.issue === i.id && r.option === pkg[i.id]),
          );
          if (crossed) {
            expect(answer).toEqual({ accepts: false, issue: crossed.id, redLine: true });
            return;
          }
          // The largest weighted loss against the party's favourite option; the first on ties.
          const loss = (issue: string) => {
            const priority = p.priorities[issue];
            const values = Object.values(priority?.options ?? {}).map((o) => o.value);
            return (
              (priority?.weight ?? 0) *
              (Math.max(...values) - (priority?.options[pkg[issue] ?? '']?.value ?? 0))
            );
          };
          const worst = model.issueIds.reduce((a, b) => (loss(b) > loss(a) ? b : a));
          expect(answer?.issue).toBe(worst);
          expect(answer?.redLine).toBe(false);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('has a leader accept exactly when the package is worth its no-deal value to it', () => {
    fc.assert(
      fc.property(packageArb(model), fc.integer({ min: 0, max: 1000 }), (pkg, seed) => {
        const before = newGame('hard', seed);
        const state = act(model, before, { type: 'propose', package: pkg });
        model.partyIds.forEach((id, p) => {
          const answer = state.answers?.[id];
          const worth = utility(model, p, choice(model, pkg));
          const noDeal = before.parties[id]?.noDealValue ?? 0;
          if (answer?.redLine) expect(answer.accepts).toBe(false);
          else expect(answer?.accepts).toBe(worth >= noDeal);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('pressure', () => {
  // Ukraine values this package below its no-deal value, the U.S. and Russia above theirs.
  const hard = { ...COMPROMISE, guarantee: 'none', forces: 'none', pockets: 'keep' };

  it('makes a leader accept a package it rejected before', () => {
    let state = act(model, newGame('easy'), { type: 'propose', package: hard });
    expect(state.answers?.ua?.accepts).toBe(false);
    state = act(model, state, { type: 'pressure', party: 'ua' });
    state = act(model, state, { type: 'pressure', party: 'ua' });
    state = act(model, state, { type: 'propose', package: hard });
    expect(state.answers?.ua?.accepts).toBe(true);
  });

  it('lowers the acceptance threshold by the lever’s drop, less the premium for lost trust', () => {
    const ua = model.partyIds.indexOf('ua');
    const lever = party('ua').lever;
    let state = newGame();
    const noDeal = state.parties.ua?.noDealValue ?? 0;
    expect(acceptanceThreshold(model, state, ua)).toBe(noDeal);
    for (let n = 1; n <= 3; n++) {
      const before = acceptanceThreshold(model, state, ua);
      state = act(model, state, { type: 'pressure', party: 'ua' });
      const trust = trustOf(state, 'ua');
      const premium = Math.max(0, rules.trustComfort - trust) * rules.distrustPremium;
      expect(acceptanceThreshold(model, state, ua)).toBeCloseTo(
        noDeal - n * lever.reservationDrop + premium,
        9,
      );
      expect(acceptanceThreshold(model, state, ua)).toBeLessThan(before);
      expect(state.parties.ua?.pressure).toBe(n);
      // The no-deal value itself stays: signing below it is still a surrender.
      expect(state.parties.ua?.noDealValue).toBe(noDeal);
    }
  });

  it('costs the pressed leader its lever’s trust cost', () => {
    const before = newGame();
    const after = act(model, before, { type: 'pressure', party: 'ru' });
    expect(trustOf(after, 'ru')).toBe(trustOf(before, 'ru') - party('ru').lever.trustCost);
    expect(trustOf(after, 'us')).toBe(trustOf(before, 'us'));
    expect(after.history.at(-1)?.trust).toEqual({ ru: -party('ru').lever.trustCost });
  });

  it('leaves the threshold alone while trust stays at or above the comfort level', () => {
    const us = model.partyIds.indexOf('us');
    let state = act(model, newGame(), { type: 'consult', party: 'us' });
    state = act(model, state, { type: 'consult', party: 'us' });
    state = act(model, state, { type: 'pressure', party: 'us' });
    expect(trustOf(state, 'us')).toBeGreaterThanOrEqual(rules.trustComfort);
    expect(acceptanceThreshold(model, state, us)).toBe(
      (state.parties.us?.noDealValue ?? 0) - party('us').lever.reservationDrop,
    );
  });
});

describe('summit', () => {
  it('is refused with nothing tabled', () => {
    expect(refusal(newGame(), { type: 'summit' })).toEqual({
      code: 'nothing-tabled',
      message: expect.stringContaining('table a proposal'),
    });
  });

  it('signs a package every leader accepts', () => {
    let state = act(model, newGame(), { type: 'propose', package: COMPROMISE });
    state = act(model, state, { type: 'summit' });
    expect(state.outcome?.kind).toBe('deal');
    expect(state.history.at(-1)?.action).toEqual({ type: 'summit' });
  });

  it('fails when a leader rejects: every leader loses trust and it costs 1 + summitFailureSessionCost sessions', () => {
    const proposed = act(model, newGame(), { type: 'propose', package: UKRAINE_GIVES_EVERYTHING });
    expect(proposed.answers?.ua?.accepts).toBe(false);
    const after = act(model, proposed, { type: 'summit' });
    expect(after.outcome).toBeNull();
    expect(after.sessionsUsed).toBe(proposed.sessionsUsed + 1 + rules.summitFailureSessionCost);
    for (const id of model.partyIds) {
      expect(trustOf(after, id)).toBe(trustOf(proposed, id) - rules.summitFailureTrustCost);
    }
    expect(after.table).toEqual(UKRAINE_GIVES_EVERYTHING);
  });

  it('ends the talks in a stalemate when the final summit fails', () => {
    let state = newGame('normal');
    while (sessionsLeft(state) > 2) state = act(model, state, { type: 'consult', party: 'ua' });
    state = act(model, state, { type: 'propose', package: UKRAINE_GIVES_EVERYTHING });
    state = act(model, state, { type: 'summit' });
    expect(state.outcome).toMatchObject({ kind: 'stalemate', cause: 'failed-summit', party: null });
    expect(sessionsLeft(state)).toBe(0);
  });
});

describe('walk-out', () => {
  it('ends the talks when a leader’s trust reaches zero, naming the leader', () => {
    let state = newGame('hard');
    const cost = party('ua').lever.trustCost;
    const presses = Math.ceil(party('ua').initialTrust.value / cost);
    for (let k = 1; k < presses; k++) {
      state = act(model, state, { type: 'pressure', party: 'ua' });
      expect(state.outcome).toBeNull();
    }
    state = act(model, state, { type: 'pressure', party: 'ua' });
    expect(trustOf(state, 'ua')).toBe(0);
    expect(state.outcome).toMatchObject({ kind: 'stalemate', cause: 'walk-out', party: 'ua' });
    expect(state.outcome?.reasons.join(' ')).toContain('Ukraine');
  });

  it('is caused by failed summits too', () => {
    let state = act(model, newGame('easy'), { type: 'propose', package: UKRAINE_GIVES_EVERYTHING });
    state = act(model, state, { type: 'pressure', party: 'ru' });
    state = act(model, state, { type: 'pressure', party: 'ru' });
    // Russia is at 20; two failed summits take 30.
    state = act(model, state, { type: 'summit' });
    expect(state.outcome).toBeNull();
    state = act(model, state, { type: 'summit' });
    expect(state.outcome).toMatchObject({ kind: 'stalemate', cause: 'walk-out', party: 'ru' });
  });
});

describe('adjourn', () => {
  it('ends the talks in a stalemate without using a session', () => {
    const before = act(model, newGame(), { type: 'consult', party: 'us' });
    const after = act(model, before, { type: 'adjourn' });
    expect(after.outcome).toMatchObject({ kind: 'stalemate', cause: 'adjourned', party: null });
    expect(after.sessionsUsed).toBe(before.sessionsUsed);
    expect(after.history).toHaveLength(2);
  });
});

describe('refused actions', () => {
  const state = newGame();

  it('refuses an unknown party, naming it', () => {
    expect(refusal(state, { type: 'consult', party: 'fr' })).toEqual({
      code: 'unknown-party',
      message: 'unknown party "fr"',
    });
    expect(refusal(state, { type: 'pressure' })?.code).toBe('unknown-party');
    expect(refusal(state, { type: 'pressure', party: 7 })?.code).toBe('unknown-party');
  });

  it('refuses a malformed package, saying what is wrong with it', () => {
    const { sanctions: _, ...missing } = COMPROMISE;
    const cases: [unknown, string][] = [
      [missing, 'missing issue "sanctions"'],
      // An issue must be named by the package itself, not inherited.
      [Object.assign(Object.create({ sanctions: 'lift' }), missing), 'missing issue "sanctions"'],
      [{ ...COMPROMISE, east: 'partition' }, 'unknown option "partition" for issue "east"'],
      [{ ...COMPROMISE, east: 2 }, 'unknown option 2 for issue "east"'],
      [{ ...COMPROMISE, crimea: 'return' }, 'unknown issue "crimea"'],
      [null, 'a package must be an object'],
      [['hold'], 'a package must be an object'],
      ['east=hold', 'a package must be an object'],
      [undefined, 'a package must be an object'],
    ];
    for (const [pkg, message] of cases) {
      const rejection = refusal(state, { type: 'propose', package: pkg });
      expect(rejection?.code).toBe('invalid-package');
      expect(rejection?.message).toContain(message);
    }
  });

  it('refuses an unknown action type, naming it', () => {
    expect(refusal(state, { type: 'bribe', party: 'ru' })).toEqual({
      code: 'unknown-action',
      message: 'unknown action "bribe"',
    });
    expect(refusal(state, {})?.code).toBe('unknown-action');
  });

  it.each([null, undefined, 'consult', 7, []])(
    'refuses %j as an action without throwing',
    (action) => {
      expect(refusal(state, action)?.code).toBe('unknown-action');
    },
  );

  it('refuses a game started with another scenario', () => {
    const other = createGame(alaskaModel(), { seed: 1, difficulty: 'normal' });
    expect(refusal({ ...other, scenarioHash: 'something-else' }, { type: 'adjourn' })?.code).toBe(
      'wrong-scenario',
    );
  });

  it('refuses any action after the game is over', () => {
    const over = act(model, state, { type: 'adjourn' });
    const actions: Action[] = [
      { type: 'consult', party: 'us' },
      { type: 'pressure', party: 'ru' },
      { type: 'propose', package: COMPROMISE },
      { type: 'summit' },
      { type: 'adjourn' },
    ];
    for (const action of actions) {
      expect(refusal(over, action)).toEqual({ code: 'game-over', message: expect.any(String) });
    }
  });

  it('records only the known fields of an accepted action', () => {
    const after = act(model, state, { type: 'consult', party: 'ua', note: 'secret' } as Action);
    expect(after.history.at(-1)?.action).toEqual({ type: 'consult', party: 'ua' });
  });
});
