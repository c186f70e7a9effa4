import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Action,
  createGame,
  type GameState,
  type PlayerAnswers,
  stateHash,
} from '../../src/model/game';
import { applyAction } from '../../src/model/reducer';
import { COMPROMISE, UKRAINE_GIVES_EVERYTHING } from '../canonical-packages';
import { alaskaModel } from './fixtures';

const model = alaskaModel();
const roles = () => createGame(model, { seed: 20250815, difficulty: 'normal', players: 'people' });
const solo = () => createGame(model, { seed: 20250815, difficulty: 'normal' });

/** Every leader's player gives the same answer, naming the same issue. */
const everyone = (accepts: boolean, issue = 'east'): PlayerAnswers => ({
  us: { accepts, issue },
  ru: { accepts, issue },
  ua: { accepts, issue },
});

function play(state: GameState, action: Action): GameState {
  const result = applyAction(model, state, action);
  if (!result.ok) throw new Error(result.rejection.message);
  return result.state;
}

function refusal(state: GameState, action: unknown) {
  const result = applyAction(model, state, action as Action);
  return result.ok ? null : result.rejection;
}

describe('a role-play, where students answer for the leaders', () => {
  it('is marked in its state, and a solo game is not, so a solo game digests as it always did', () => {
    expect(roles().players).toBe('people');
    expect('players' in solo()).toBe(false);
    expect(stateHash(roles())).not.toBe(stateHash(solo()));
  });

  it('asks every player when a package is tabled, and refuses an action without their answers', () => {
    const state = roles();
    expect(refusal(state, { type: 'propose', package: COMPROMISE })).toMatchObject({
      code: 'invalid-answers',
      message: expect.stringMatching(/every leader's player answers: answers: must be an object/),
    });
    const { ua: _ua, ...twoOfThree } = everyone(true);
    expect(
      refusal(state, { type: 'propose', package: COMPROMISE, answers: twoOfThree }),
    ).toMatchObject({ message: expect.stringMatching(/missing the answer of "ua"$/) });
    expect(
      refusal(state, {
        type: 'propose',
        package: COMPROMISE,
        answers: { ...everyone(true), ru: { accepts: 'yes', issue: 'east' } },
      }),
    ).toMatchObject({
      message: expect.stringMatching(/answers\.ru\.accepts: must be true or false$/),
    });
    expect(
      refusal(state, {
        type: 'propose',
        package: COMPROMISE,
        answers: { ...everyone(true), ru: { accepts: true, issue: 'crimea' } },
      }),
    ).toMatchObject({
      message: expect.stringMatching(/answers\.ru\.issue: unknown issue "crimea"$/),
    });
    expect(
      refusal(state, {
        type: 'propose',
        package: COMPROMISE,
        answers: { ...everyone(true), eu: { accepts: true, issue: 'east' } },
      }),
    ).toMatchObject({ message: expect.stringMatching(/answers: unknown party "eu"$/) });
    // Consulting asks nobody: answers there are refused, as they are in a solo game.
    expect(refusal(state, { type: 'consult', party: 'ru', answers: everyone(true) })).toMatchObject(
      { code: 'unexpected-answers', message: expect.stringMatching(/asks no leader/) },
    );
    expect(
      refusal(solo(), { type: 'propose', package: COMPROMISE, answers: everyone(true) }),
    ).toMatchObject({ code: 'unexpected-answers' });
  });

  it('records the answers as given, and a summit all sign ends in the outcome the model scores', () => {
    let state = play(roles(), {
      type: 'propose',
      package: UKRAINE_GIVES_EVERYTHING,
      answers: everyone(true, 'sanctions'),
    });
    // The model's own Ukraine would refuse this package; its player said yes.
    expect(state.answers?.ua).toEqual({ accepts: true, issue: 'sanctions', redLine: false });
    expect(state.history.at(-1)?.action).toEqual({
      type: 'propose',
      package: UKRAINE_GIVES_EVERYTHING,
      answers: everyone(true, 'sanctions'),
    });
    state = play(state, { type: 'summit', answers: everyone(true) });
    // Ukraine's player signed away everything: the same rules score it as a surrender.
    expect(state.outcome?.kind).toBe('surrender');
  });

  it('fails the summit when one player refuses, at the cost in trust and sessions a solo game has', () => {
    const tabled = play(roles(), { type: 'propose', package: COMPROMISE, answers: everyone(true) });
    const failed = play(tabled, {
      type: 'summit',
      answers: { ...everyone(true), ru: { accepts: false, issue: 'guarantee' } },
    });
    const rules = model.scenario.rules;
    expect(failed.outcome).toBeNull();
    expect(failed.sessionsUsed - tabled.sessionsUsed).toBe(1 + rules.summitFailureSessionCost);
    expect(failed.answers?.ru).toEqual({ accepts: false, issue: 'guarantee', redLine: false });
    expect(failed.history.at(-1)?.trust.us).toBe(-rules.summitFailureTrustCost);
  });

  it('names a crossed red line whatever issue the player named; refusing on it costs trust, signing across it is a surrender', () => {
    const acrossRedLine = { ...COMPROMISE, guarantee: 'nato' };
    const refused = play(roles(), {
      type: 'propose',
      package: acrossRedLine,
      answers: { ...everyone(true), ru: { accepts: false, issue: 'sanctions' } },
    });
    expect(refused.answers?.ru).toEqual({ accepts: false, issue: 'guarantee', redLine: true });
    expect(refused.history.at(-1)?.trust.ru).toBe(-model.scenario.rules.redLineTrustCost);

    const accepted = play(roles(), {
      type: 'propose',
      package: acrossRedLine,
      answers: everyone(true, 'sanctions'),
    });
    expect(accepted.answers?.ru).toEqual({ accepts: true, issue: 'guarantee', redLine: true });
    expect(accepted.history.at(-1)?.trust.ru).toBeUndefined();
    const signed = play(accepted, { type: 'summit', answers: everyone(true) });
    expect(signed.outcome?.kind).toBe('surrender');
    expect(signed.outcome?.reasons.join(' ')).toMatch(/across a red line/);
  });

  it('asks every player again when pressure falls while a package is on the table, and only then', () => {
    const state = roles();
    expect(refusal(state, { type: 'pressure', party: 'ua' })).toBeNull();
    expect(
      refusal(state, { type: 'pressure', party: 'ua', answers: everyone(true) }),
    ).toMatchObject({
      code: 'unexpected-answers',
    });
    const tabled = play(state, { type: 'propose', package: COMPROMISE, answers: everyone(false) });
    expect(refusal(tabled, { type: 'pressure', party: 'ua' })).toMatchObject({
      code: 'invalid-answers',
    });
    const pressed = play(tabled, { type: 'pressure', party: 'ua', answers: everyone(true) });
    expect(pressed.answers?.ua?.accepts).toBe(true);
    expect(pressed.parties.ua?.pressure).toBe(1);
  });

  it('replays to the same state from the same answers, whatever they are', () => {
    const answer = fc.record({ accepts: fc.boolean(), issue: fc.constantFrom(...model.issueIds) });
    const answers = fc.record({ us: answer, ru: answer, ua: answer });
    fc.assert(
      fc.property(answers, answers, (first, second) => {
        const actions: Action[] = [
          { type: 'propose', package: COMPROMISE, answers: first },
          { type: 'summit', answers: second },
        ];
        const run = () => actions.reduce(play, roles());
        expect(stateHash(run())).toBe(stateHash(run()));
        const end = run();
        const signed = Object.values(second).every((a) => a.accepts);
        expect(end.outcome !== null).toBe(signed);
      }),
      { numRuns: 200 },
    );
  });
});
