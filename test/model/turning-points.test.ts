import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/model/bots';
import { choiceOf } from '../../src/model/compile';
import { type Action, createGame, type GameState } from '../../src/model/game';
import { type TurningPoint, turningPoints } from '../../src/model/turning-points';
import type { Package } from '../../src/model/types';
import { utility } from '../../src/model/utility';
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

/** The expert's whole game on a seed: consultations, one package all accept, the summit. */
function expertGame(seed: number): Action[] {
  return playGame(model, { seed, difficulty: 'normal', strategy: 'expert' }).steps.map(
    (step) => step.action,
  );
}

/** The turning points other than news, which arrives on its own schedule. */
const moves = (points: readonly TurningPoint[]) => points.filter((p) => p.kind !== 'news');

describe('turningPoints', () => {
  it('finds no turning point before any action', () => {
    expect(turningPoints(model, play([]))).toEqual([]);
  });

  it('marks the proposal that first won each leader over, and the signing of a deal', () => {
    const actions = expertGame(5);
    const tabled = actions.length - 1;
    const points = moves(turningPoints(model, play(actions)));
    expect(brief(points)).toEqual([
      `${tabled} won-over us`,
      `${tabled} won-over ru`,
      `${tabled} won-over ua`,
      `${tabled + 1} signed`,
    ]);
    expect(points[0]).toMatchObject({ session: tabled, trustChange: 0 });
    expect(points[0]?.description).toBe('United States accepted a proposal for the first time.');
    expect(points[3]?.description).toMatch(
      /^The summit signed the package: a deal scoring \d+ of 100\.$/,
    );
  });

  it('counts only the first yes of each leader', () => {
    const actions = expertGame(5);
    const proposal = actions.at(-2);
    if (proposal?.type !== 'propose') throw new Error('the expert tables before the summit');
    const points = moves(turningPoints(model, play([...actions.slice(0, -1), proposal])));
    expect(points.map((p) => p.kind)).toEqual(['won-over', 'won-over', 'won-over']);
  });

  it('tells a yes given under pressure from one won, and names who surrendered', () => {
    // Good for the United States and Russia, far below what Ukraine can get with no deal.
    const tilted: Package = {
      ...COMPROMISE,
      east: 'cede',
      pockets: 'keep',
      guarantee: 'european',
    };
    const states = play(
      [
        consult('us'),
        consult('ru'),
        consult('ua'),
        consult('us'),
        propose(tilted),
        pressure('ua'),
        summit,
      ],
      4,
    );
    const points = moves(turningPoints(model, states));
    expect(brief(points)).toEqual([
      '5 won-over us',
      '5 won-over ru',
      '6 gave-way ua',
      '6 pressure ua',
      '6 distrust ua',
      '7 signed ua',
    ]);
    const press = points.find((p) => p.kind === 'pressure');
    expect(press?.trustChange).toBe(-15);
    expect(press?.description).toBe(
      'Warn about aid: Ukraine now asks 25 points less, and its trust fell by 15, to 45. Every other leader now asks 1 more point.',
    );
    // The trust is counted once, at the pressure that cost it.
    const distrust = points.find((p) => p.kind === 'distrust');
    expect(distrust).toMatchObject({ trustChange: 0 });
    expect(distrust?.description).toBe(
      'Ukraine’s trust fell to 45, below 50: it now gives ground more slowly.',
    );
    expect(points.find((p) => p.kind === 'gave-way')?.description).toMatch(
      /^Ukraine said yes for the first time, but only because pressure \(used once\)/,
    );
    expect(points.at(-1)?.description).toBe(
      'The summit signed the package, but as a surrender by Ukraine.',
    );
  });

  it('calls a pressured leader won over when it would have said yes without the pressure', () => {
    const gift = {
      ...LOPSIDED,
      east: 'cede',
      south: 'cede',
      status: 'recognized',
      pockets: 'keep',
    };
    const points = turningPoints(model, play([pressure('ru'), propose(gift)]));
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
      'United States, Russia and Ukraine would not sign. Every leader lost up to 15 trust, and the summit took 2 sessions.',
    );
  });

  it('ends with a walk-out when pressure drains a leader’s trust', () => {
    // Seed 4: no use of pressure happens to end in a walk-out before trust runs out.
    const points = moves(
      turningPoints(
        model,
        play(
          [1, 2, 3, 4].map(() => pressure('ua')),
          4,
        ),
      ),
    );
    expect(brief(points).slice(-2)).toEqual(['4 pressure ua', '4 walk-out ua']);
    expect(points.at(-1)?.description).toMatch(/^Ukraine walked out after its trust/);
  });

  it('tells the news that arrived, dated, in the session it arrived', () => {
    const states = play(Array.from({ length: 6 }, () => consult('us')));
    const news = turningPoints(model, states).filter((p) => p.kind === 'news');
    const events = model.scenario.events ?? [];
    expect(news.length).toBeGreaterThan(0);
    for (const point of news) {
      const event = events.find((e) => point.description === `${e.date}: ${e.headline}`);
      expect(event).toBeDefined();
      const scheduled = states[0]?.agenda.find((n) => n.id === event?.id);
      expect(point.step + 1).toBe(scheduled?.session);
    }
  });

  it('ends at the deadline, or when the mediator adjourns', () => {
    const sessions = model.scenario.difficulties.normal.sessions;
    const deadline = moves(
      turningPoints(model, play(Array.from({ length: sessions }, () => consult('ru')))),
    );
    expect(brief(deadline)).toEqual([`${sessions} deadline`]);
    expect(deadline[0]?.description).toMatch(/sessions ran out/);
    expect(brief(moves(turningPoints(model, play([consult('us'), { type: 'adjourn' }]))))).toEqual([
      '2 adjourned',
    ]);
  });
});

describe('turningPoints of a role-play', () => {
  const yes = { accepts: true, issue: 'east' } as const;
  const no = { accepts: false, issue: 'forces' } as const;
  /** The states of a role-play in which the players answer as given. */
  function playPeople(actions: readonly Action[]): GameState[] {
    const states = [createGame(model, { seed: 20250815, difficulty: 'normal', players: 'people' })];
    for (const action of actions) states.push(act(model, states.at(-1) as GameState, action));
    return states;
  }
  const ruNoDeal = (states: readonly GameState[]) => states[0]?.parties.ru?.noDealValue ?? 0;
  const worthToRussia = (pkg: Package) => {
    const parsed = choiceOf(model, pkg);
    if (!parsed.ok) throw new Error(parsed.error);
    return utility(model, model.partyIds.indexOf('ru'), parsed.choice);
  };

  it('tells pressure as the no-deal value the player counts, not as a demand', () => {
    const states = playPeople([
      { type: 'propose', package: COMPROMISE, answers: { us: yes, ru: no, ua: yes } },
      { type: 'pressure', party: 'ru', answers: { us: yes, ru: yes, ua: yes } },
    ]);
    const drop = model.scenario.parties.find((p) => p.id === 'ru')?.lever.reservationDrop ?? 0;
    const pressed = turningPoints(model, states).find((p) => p.kind === 'pressure');
    expect(pressed?.description).toContain(`Russia now counts no deal ${drop} points lower`);
    expect(pressed?.description).not.toMatch(/asks/);
  });

  it('calls a yes after pressure given way only when the package is worth less than the unpressured no-deal value', () => {
    const kinds: string[] = [];
    // The compromise is worth more to Russia than its no-deal value; kept sanctions, less.
    for (const pkg of [COMPROMISE, { ...COMPROMISE, sanctions: 'maintain' }]) {
      const states = playPeople([
        { type: 'propose', package: pkg, answers: { us: yes, ru: no, ua: yes } },
        { type: 'pressure', party: 'ru', answers: { us: yes, ru: yes, ua: yes } },
      ]);
      const ru = turningPoints(model, states).find(
        (p) => p.party === 'ru' && (p.kind === 'gave-way' || p.kind === 'won-over'),
      );
      expect(ru?.kind).toBe(worthToRussia(pkg) < ruNoDeal(states) ? 'gave-way' : 'won-over');
      if (ru?.kind === 'gave-way') expect(ru.description).toMatch(/worth less to it than no deal/);
      kinds.push(ru?.kind ?? '');
    }
    expect(kinds).toEqual(['won-over', 'gave-way']);
  });
});
