import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/model/bots';
import { demandOf } from '../../src/model/demand';
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

  it('gives half as much trust each further time, and never raises trust above 100', () => {
    let state = newGame('easy');
    const gains: number[] = [];
    for (let k = 0; k < 5; k++) {
      state = act(model, state, { type: 'consult', party: 'us' });
      gains.push(state.history.at(-1)?.trust.us ?? 0);
    }
    const first = rules.consultTrust;
    expect(gains).toEqual([first, first / 2, first / 4, first / 8, first / 16].map(Math.floor));
    const full = newGame('easy');
    const us = full.parties.us;
    if (!us) throw new Error('us');
    const nearlyFull = { ...full, parties: { ...full.parties, us: { ...us, trust: 97 } } };
    const after = act(model, nearlyFull, { type: 'consult', party: 'us' });
    expect(trustOf(after, 'us')).toBe(100);
    expect(after.history.at(-1)?.trust).toEqual({ us: 3 });
  });

  it('reveals a range holding the no-deal value, half as wide each further time', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      let state = newGame('normal', seed);
      expect(state.parties.ru?.noDealRange).toBeNull();
      const widths: number[] = [];
      for (let k = 0; k < 4; k++) {
        state = act(model, state, { type: 'consult', party: 'ru' });
        const [low, high] = state.parties.ru?.noDealRange ?? [Number.NaN, Number.NaN];
        const value = state.parties.ru?.noDealValue ?? Number.NaN;
        expect(low).toBeLessThanOrEqual(value);
        expect(high).toBeGreaterThanOrEqual(value);
        widths.push(high - low);
      }
      const range = rules.noDealRange ?? Number.NaN;
      expect(widths).toEqual([range, range / 2, range / 4, range / 8].map(Math.round));
    }
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
      // Each further consultation reveals one issue fewer, and at least one.
      state = act(model, state, { type: 'consult', party: 'ua' });
      const again = Math.max(settings.revealPerConsult - 1, Math.min(settings.revealPerConsult, 1));
      expect(revealedIssues(state, 'ua')).toHaveLength(Math.min(order.length, known + again));
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

  it('has a leader accept exactly when the package is worth its demand to it', () => {
    fc.assert(
      fc.property(
        packageArb(model),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 7 }),
        (pkg, seed, waited) => {
          let before = newGame('hard', seed);
          for (let k = 0; k < waited; k++)
            before = act(model, before, { type: 'consult', party: 'us' });
          const state = act(model, before, { type: 'propose', package: pkg });
          model.partyIds.forEach((id, p) => {
            const answer = state.answers?.[id];
            const worth = utility(model, p, choice(model, pkg));
            if (answer?.redLine) expect(answer.accepts).toBe(false);
            else expect(answer?.accepts).toBe(worth >= demandOf(model, before, p));
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('hardens each leader that said no in public by rejectionHardening', () => {
    const before = newGame();
    const after = act(model, before, { type: 'propose', package: UKRAINE_GIVES_EVERYTHING });
    for (const id of model.partyIds) {
      const answer = after.answers?.[id];
      const hardened = answer && !answer.accepts && !answer.redLine;
      expect(after.parties[id]?.demandShift).toBe(hardened ? rules.rejectionHardening : 0);
    }
    expect(after.answers?.ua?.accepts).toBe(false);
  });
});

describe('demands', () => {
  it('open at each leader’s opening demand plus the difficulty’s premium', () => {
    for (const difficulty of DIFFICULTIES) {
      const state = newGame(difficulty);
      const premium = model.scenario.difficulties[difficulty].openingPremium ?? 0;
      model.scenario.parties.forEach((p, i) => {
        expect(demandOf(model, state, i)).toBe((p.concession?.opening.value ?? 0) + premium);
      });
    }
  });

  it('fall towards the no-deal value over the sessions, a hard-liner later than a conceder', () => {
    const state = newGame('easy', 3);
    const at = (used: number, p: number) => demandOf(model, { ...state, sessionsUsed: used }, p);
    const horizon = rules.concessionSessions ?? state.sessions;
    const share = (p: number, used: number) => {
      const party = state.parties[model.partyIds[p] ?? ''];
      const gap = (party?.opening ?? 0) - (party?.noDealValue ?? 0);
      return (party?.opening ?? 0) - at(used, p) === 0
        ? 0
        : ((party?.opening ?? 0) - at(used, p)) / gap;
    };
    model.partyIds.forEach((id, p) => {
      for (let used = 1; used <= horizon; used++) expect(at(used, p)).toBeLessThan(at(used - 1, p));
      expect(at(horizon, p)).toBeCloseTo(state.parties[id]?.noDealValue ?? 0, 9);
    });
    const curve = (id: string) =>
      model.scenario.parties.find((x) => x.id === id)?.concession?.curve.value ?? 1;
    expect(curve('ru')).toBeLessThan(1);
    expect(curve('us')).toBeGreaterThan(1);
    const ru = model.partyIds.indexOf('ru');
    const us = model.partyIds.indexOf('us');
    expect(share(us, 3)).toBeGreaterThan(share(ru, 3));
    expect(share(ru, 3)).toBeCloseTo((3 / horizon) ** (1 / curve('ru')), 9);
  });

  it('fall faster with more trust in the mediator', () => {
    const state = newGame('normal', 4);
    const ua = state.parties.ua;
    if (!ua) throw new Error('ua');
    const withTrust = (trust: number) =>
      demandOf(
        model,
        { ...state, sessionsUsed: 4, parties: { ...state.parties, ua: { ...ua, trust } } },
        2,
      );
    expect(withTrust(70)).toBeLessThan(withTrust(50));
    expect(withTrust(50)).toBeLessThan(withTrust(30));
  });
});

describe('news', () => {
  it('arrives at the session the seed drew within the scenario’s range, moving positions as stated', () => {
    const events = model.scenario.events ?? [];
    expect(events.length).toBeGreaterThanOrEqual(4);
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      let state = newGame('normal', seed);
      expect(state.agenda.map((n) => n.id)).toEqual(events.map((e) => e.id));
      for (const scheduled of state.agenda) {
        const event = events.find((e) => e.id === scheduled.id);
        expect(scheduled.session).toBeGreaterThanOrEqual(event?.sessions.from ?? 0);
        expect(scheduled.session).toBeLessThanOrEqual(event?.sessions.to ?? 0);
      }
      const arrivals = new Map<string, number>();
      while (!state.outcome) {
        const before = state;
        state = act(model, state, { type: 'consult', party: 'us' });
        const news = state.history.at(-1)?.news ?? [];
        for (const id of news) arrivals.set(id, state.sessionsUsed + 1);
        for (const party of model.partyIds) {
          const effects = news.flatMap((id) =>
            (events.find((e) => e.id === id)?.effects ?? []).filter((x) => x.party === party),
          );
          const sum = (key: 'noDeal' | 'demand') =>
            effects.reduce((total, x) => total + (x[key] ?? 0), 0);
          expect(state.parties[party]?.noDealValue).toBe(
            (before.parties[party]?.noDealValue ?? 0) + sum('noDeal'),
          );
          expect(state.parties[party]?.demandShift).toBe(
            (before.parties[party]?.demandShift ?? 0) + sum('demand'),
          );
        }
      }
      for (const scheduled of state.agenda) {
        if (scheduled.session < state.sessions)
          expect(arrivals.get(scheduled.id)).toBe(scheduled.session);
      }
    }
  });

  it('is placed alike for the same seed and differently for some others', () => {
    const sessions = (seed: number) =>
      newGame('normal', seed)
        .agenda.map((n) => n.session)
        .join();
    expect(sessions(11)).toBe(sessions(11));
    expect(new Set([1, 2, 3, 4, 5, 6, 7, 8].map(sessions)).size).toBeGreaterThan(1);
  });
});

describe('pressure', () => {
  // Ukraine values this package below its no-deal value, the U.S. and Russia above theirs.
  const hard = { ...COMPROMISE, guarantee: 'none', forces: 'none', pockets: 'keep' };

  it('makes a leader accept a package it rejected before, answering again at once', () => {
    // Seed 4: Ukraine does not walk out under these uses.
    let state = act(model, newGame('easy', 4), { type: 'propose', package: hard });
    expect(state.answers?.ua?.accepts).toBe(false);
    let uses = 0;
    while (!state.answers?.ua?.accepts && uses < 4) {
      state = act(model, state, { type: 'pressure', party: 'ua' });
      uses++;
      expect(state.history.at(-1)?.answers).toEqual(state.answers);
    }
    expect(state.outcome).toBeNull();
    expect(state.answers?.ua?.accepts).toBe(true);
    expect(uses).toBeGreaterThan(1);
  });

  it('lowers the pressed leader’s demand by the lever’s drop and hardens the others', () => {
    const ua = model.partyIds.indexOf('ua');
    const lever = party('ua').lever;
    // Seed 4 at normal: no one walks out under these two uses.
    let state = newGame('normal', 4);
    const noDeal = state.parties.ua?.noDealValue ?? 0;
    for (let n = 1; n <= 2; n++) {
      const before = state;
      state = act(model, state, { type: 'pressure', party: 'ua' });
      expect(state.outcome).toBeNull();
      const news = (id: string) =>
        (state.history.at(-1)?.news ?? [])
          .flatMap((n) => model.scenario.events?.find((e) => e.id === n)?.effects ?? [])
          .filter((x) => x.party === id)
          .reduce((sum, x) => sum + (x.demand ?? 0), 0);
      const unpressed = {
        ...state,
        parties: { ...state.parties, ua: { ...state.parties.ua, pressure: n - 1 } },
      };
      expect(demandOf(model, unpressed as GameState, ua) - demandOf(model, state, ua)).toBeCloseTo(
        lever.reservationDrop,
        9,
      );
      expect(state.parties.ua?.pressure).toBe(n);
      for (const id of ['us', 'ru']) {
        expect(state.parties[id]?.demandShift).toBe(
          (before.parties[id]?.demandShift ?? 0) + (rules.pressureHardening ?? 0) + news(id),
        );
      }
      // The no-deal value itself stays: signing below it is still a surrender.
      expect(state.parties.ua?.noDealValue).toBe(noDeal);
    }
  });

  it('risks a walk-out from the second use on, more with each use, never the first time', () => {
    const walkedOutAt = (seed: number) => {
      let state = newGame('normal', seed);
      for (let n = 1; n <= 3; n++) {
        state = act(model, state, { type: 'pressure', party: 'ru' });
        if (state.outcome) return state.history.at(-1)?.walkedOut === 'ru' ? n : -n;
      }
      return 0;
    };
    const results = Array.from({ length: 200 }, (_, seed) => walkedOutAt(seed));
    const count = (n: number) => results.filter((r) => r === n).length;
    expect(count(1)).toBe(0);
    expect(count(2)).toBeGreaterThan(0);
    expect(count(3)).toBeGreaterThan(0);
    // Trust 50 less 15 a use stays above zero for three uses: every walk-out here is the risk's.
    expect(results.every((r) => r >= 0)).toBe(true);
    const risk = party('ru').lever.walkOutRisk ?? 0;
    expect(count(2) / 200).toBeGreaterThan((risk / 100) * 0.5);
    expect(count(2) / 200).toBeLessThan((risk / 100) * 1.5);
  });

  it('costs the pressed leader its lever’s trust cost', () => {
    const before = newGame();
    const after = act(model, before, { type: 'pressure', party: 'ru' });
    expect(trustOf(after, 'ru')).toBe(trustOf(before, 'ru') - party('ru').lever.trustCost);
    expect(trustOf(after, 'us')).toBe(trustOf(before, 'us'));
    expect(after.history.at(-1)?.trust).toEqual({ ru: -party('ru').lever.trustCost });
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
    // The expert's game on seed 17: consultations, one package all accept, the summit.
    const played = playGame(model, { seed: 17, difficulty: 'normal', strategy: 'expert' });
    let state = newGame('normal', 17);
    for (const step of played.steps.slice(0, -1)) state = act(model, state, step.action);
    expect(state.history.at(-1)?.action.type).toBe('propose');
    expect(Object.values(state.answers ?? {}).every((a) => a.accepts)).toBe(true);
    state = act(model, state, { type: 'summit' });
    expect(state.outcome?.kind).toBe('deal');
    expect(state.history.at(-1)?.action).toEqual({ type: 'summit' });
  });

  it('fails for the compromise tabled at once: the leaders still ask more', () => {
    let state = act(model, newGame('normal', 17), { type: 'propose', package: COMPROMISE });
    state = act(model, state, { type: 'summit' });
    expect(state.outcome).toBeNull();
    expect(state.history.at(-1)?.answers?.ru?.accepts).toBe(false);
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
    // Seed 4: no use of pressure here happens to end in a walk-out before trust runs out.
    let state = newGame('hard', 4);
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
