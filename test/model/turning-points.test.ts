import { describe, expect, it } from 'vitest';
import { type Action, createGame, type GameState } from '../../src/model/game';
import { type TurningPoint, turningPoints } from '../../src/model/turning-points';
import type { Package } from '../../src/model/types';
import { act, alaskaModel, COMPROMISE } from './fixtures';

const model = alaskaModel();

/** Far below Ukraine's no-deal value; Russia and the United States accept it. */
const LOPSIDED: Package = {
  east: 'hold',
  pockets: 'return',
  south: 'freeze',
  status: 'de-facto',
  guarantee: 'none',
  forces: 'none',
  'non-seizure': 'no',
  sanctions: 'lift',
};

/** The states of a scripted game: before any action, then after each. */
function play(actions: readonly Action[], seed = 5): GameState[] {
  const states = [createGame(model, { seed, difficulty: 'normal' })];
  for (const action of actions) {
    const last = states[states.length - 1] as GameState;
    states.push(act(model, last, action));
  }
  return states;
}

const propose = (pkg: Package): Action => ({ type: 'propose', package: pkg });
const summit: Action = { type: 'summit' };
const pressure = (party: string): Action => ({ type: 'pressure', party });
const consult = (party: string): Action => ({ type: 'consult', party });

/** Each turning point as "step kind party", for reading a whole game at a glance. */
const brief = (points: readonly TurningPoint[]) =>
  points.map((p) => `${p.step} ${p.kind}${p.party ? ` ${p.party}` : ''}`);

describe('turningPoints', () => {
  it('finds no turning point before any action', () => {
    expect(turningPoints(model, play([]))).toEqual([]);
  });

  it('marks the proposal that first won each leader over, and the signing of a deal', () => {
    const points = turningPoints(model, play([propose(COMPROMISE), summit]));
    expect(brief(points)).toEqual(['1 won-over us', '1 won-over ru', '1 won-over ua', '2 signed']);
    expect(points[0]).toMatchObject({ session: 1, trustChange: 0 });
    expect(points[0]?.description).toBe('United States accepted a proposal for the first time.');
    expect(points[3]?.description).toMatch(
      /^The summit signed the package: a deal scoring \d+ of 100\.$/,
    );
  });

  it('counts only the first yes of each leader', () => {
    const points = turningPoints(model, play([propose(COMPROMISE), propose(COMPROMISE)]));
    expect(brief(points)).toEqual(['1 won-over us', '1 won-over ru', '1 won-over ua']);
  });

  it('tells a yes given under pressure from one won, and names who surrendered', () => {
    const states = play([
      pressure('ua'),
      pressure('ua'),
      pressure('ua'),
      propose(LOPSIDED),
      summit,
    ]);
    const points = turningPoints(model, states);
    expect(brief(points)).toEqual([
      '1 pressure ua',
      '1 distrust ua',
      '2 pressure ua',
      '3 pressure ua',
      '4 won-over us',
      '4 won-over ru',
      '4 gave-way ua',
      '5 signed ua',
    ]);
    expect(points.filter((p) => p.kind === 'pressure').map((p) => p.trustChange)).toEqual([
      -15, -15, -15,
    ]);
    expect(points[0]?.description).toBe(
      'Warn about aid: Ukraine’s no-deal value fell by 10 points, and its trust by 15, to 35.',
    );
    // The trust is counted once, at the pressure that cost it.
    expect(points[1]).toMatchObject({ kind: 'distrust', trustChange: 0 });
    expect(points[1]?.description).toMatch(/^Ukraine’s trust fell to 35, below 50: /);
    expect(points[6]?.description).toMatch(
      /^Ukraine said yes for the first time, but only because pressure \(used 3 times\)/,
    );
    expect(points[7]?.description).toBe(
      'The summit signed the package, but as a surrender by Ukraine.',
    );
  });

  it('calls a pressured leader won over when it would have said yes without the pressure', () => {
    const points = turningPoints(model, play([pressure('ru'), propose(COMPROMISE)]));
    expect(brief(points)).toContain('2 won-over ru');
  });

  it('records a crossed red line with the trust it cost', () => {
    const points = turningPoints(
      model,
      play([propose({ ...COMPROMISE, forces: 'european-force' })]),
    );
    const line = points.find((p) => p.kind === 'red-line');
    expect(line).toMatchObject({ step: 1, party: 'ru', trustChange: -10 });
    expect(line?.description).toBe(
      'The proposal crossed Russia’s red line (Foreign forces in Ukraine: European reassurance force); its trust fell by 10, to 40.',
    );
  });

  it('records a failed summit and who would not sign', () => {
    const points = turningPoints(model, play([propose(LOPSIDED), summit]));
    const failed = points.find((p) => p.kind === 'failed-summit');
    expect(failed).toMatchObject({ step: 2, session: 2, party: null });
    expect(failed?.description).toBe(
      'Ukraine would not sign. Every leader lost up to 15 trust, and the summit took 2 sessions.',
    );
  });

  it('ends with a walk-out when pressure drains a leader’s trust', () => {
    const points = turningPoints(model, play([1, 2, 3, 4].map(() => pressure('ua'))));
    expect(brief(points).slice(-2)).toEqual(['4 pressure ua', '4 walk-out ua']);
    expect(points.at(-1)?.description).toMatch(/^Ukraine walked out/);
  });

  it('ends at the deadline, or when the mediator adjourns', () => {
    const sessions = model.scenario.difficulties.normal.sessions;
    const deadline = turningPoints(
      model,
      play(Array.from({ length: sessions }, () => consult('ru'))),
    );
    expect(brief(deadline)).toEqual([`${sessions} deadline`]);
    expect(deadline[0]?.description).toMatch(/sessions ran out/);
    expect(brief(turningPoints(model, play([consult('us'), { type: 'adjourn' }])))).toEqual([
      '2 adjourned',
    ]);
  });
});
