import { allAccept } from './acceptance';
import { analyze } from './analysis';
import { choiceAt, packageOf, type ScenarioModel } from './compile';
import { expertMove } from './expert';
import {
  type Action,
  type Answer,
  type Answers,
  createGame,
  type GameOptions,
  type GameState,
  stateHash,
} from './game';
import { type Observation, observe } from './observation';
import { drawInts, type RandomState, seedRandom } from './random';
import { applyAction } from './reducer';
import { utilities } from './utility';

export type Strategy = 'random' | 'greedy' | 'compromise' | 'adaptive' | 'expert' | 'bully';
export const STRATEGIES = [
  'random',
  'greedy',
  'compromise',
  'adaptive',
  'expert',
  'bully',
] as const satisfies readonly Strategy[];

/** A bot's memory between moves; its generator is its own, apart from the game's. */
export interface BotState {
  readonly rng: RandomState;
  /** For the greedy bot: the rank of the candidate package it last tabled. */
  readonly candidate: number;
}

export interface BotMove {
  readonly action: Action;
  readonly bot: BotState;
}

/** A bot's starting memory; the seed is mixed so the bot's draws differ from the game's. */
export function startBot(seed: number): BotState {
  return { rng: seedRandom((seed ^ 0x5eed5eed) >>> 0), candidate: -1 };
}

/** The answers on the table, as the mediator sees them; null with nothing tabled. */
function answersOf(obs: Observation): Answers | null {
  if (!obs.table) return null;
  const answers: Record<string, Answer> = {};
  for (const [id, party] of Object.entries(obs.parties))
    if (party.answer) answers[id] = party.answer;
  return Object.keys(answers).length > 0 ? answers : null;
}

/** The random mediator: any legal-looking move, chosen uniformly by kind, then by target. */
export function randomMove(model: ScenarioModel, obs: Observation, bot: BotState): BotMove {
  const parties = model.partyIds;
  const { values, next } = drawInts(bot.rng, 2 + model.issueIds.length, 0, 0x3fffffff);
  const [kind = 0, target = 0, ...options] = values;
  const party = parties[target % parties.length] ?? '';
  const roll = kind % 100;
  let action: Action;
  if (roll < 30) action = { type: 'consult', party };
  else if (roll < 40) action = { type: 'pressure', party };
  else if (roll < 55 && obs.table) action = { type: 'summit' };
  else if (roll === 55) action = { type: 'adjourn' };
  else {
    const choice = model.optionIds.map((ids, i) => (options[i] ?? 0) % ids.length);
    action = { type: 'propose', package: packageOf(model, choice) };
  }
  return { action, bot: { ...bot, rng: next } };
}

/**
 * Packages the greedy mediator tries, best first: those every party should accept without
 * pressure, on the signable frontier, ranked by their product of gains (the Nash package first).
 */
export function greedyCandidates(model: ScenarioModel): number[] {
  const analysis = analyze(model);
  const gain = (p: number, k: number) =>
    (analysis.utilities[p]?.[k] ?? 0) - (model.reservationValues[p] ?? 0);
  const product = (k: number) => model.partyIds.reduce((acc, _, p) => acc * gain(p, k), 1);
  return analysis.feasibleFrontier
    .filter((k) => model.partyIds.every((_, p) => gain(p, k) >= 0))
    .sort((a, b) => product(b) - product(a) || a - b);
}

/**
 * The greedy mediator: consults each leader once, then tables packages near the Nash package,
 * moving to one better for whoever said no, and convenes the summit once all accept.
 */
export function greedyMove(model: ScenarioModel, obs: Observation, bot: BotState): BotMove {
  const unconsulted = model.partyIds.find((id) => (obs.parties[id]?.consults ?? 0) === 0);
  // Keep two sessions for a proposal and the summit.
  if (unconsulted !== undefined && obs.sessionsLeft > 2 && obs.table === null) {
    return { action: { type: 'consult', party: unconsulted }, bot };
  }
  const answers = answersOf(obs);
  if (answers && obs.table && allAccept(answers)) return { action: { type: 'summit' }, bot };
  const candidates = greedyCandidates(model);
  let next = bot.candidate + 1;
  if (answers && bot.candidate >= 0) {
    // Move to the next candidate that gives more to every party that said no.
    const last = candidates[bot.candidate];
    const before = last === undefined ? [] : utilities(model, choiceAt(model, last));
    const refusers = model.partyIds
      .map((id, p) => (answers[id]?.accepts ? -1 : p))
      .filter((p) => p >= 0);
    const analysis = analyze(model);
    const better = candidates.findIndex(
      (k, rank) =>
        rank > bot.candidate &&
        refusers.every((p) => (analysis.utilities[p]?.[k] ?? 0) > (before[p] ?? 0)),
    );
    if (better >= 0) next = better;
  }
  const pick = candidates[next] ?? candidates[0];
  if (pick === undefined) return { action: { type: 'adjourn' }, bot };
  return {
    action: { type: 'propose', package: packageOf(model, choiceAt(model, pick)) },
    bot: { ...bot, candidate: candidates[next] === undefined ? 0 : next },
  };
}

/** The middle option of every issue (the lower of two middles): a first-time player's package. */
export function middleChoice(model: ScenarioModel): number[] {
  return model.optionIds.map((ids) => Math.floor((ids.length - 1) / 2));
}

/** The package on the table as option indices, or null when none is. */
function tabledChoice(model: ScenarioModel, obs: Observation): number[] | null {
  const table = obs.table;
  if (!table) return null;
  return model.issueIds.map((issue, i) => {
    const index = model.optionIds[i]?.indexOf(table[issue] ?? '') ?? -1;
    return Math.max(index, 0);
  });
}

const propose = (model: ScenarioModel, choice: readonly number[]): Action => ({
  type: 'propose',
  package: packageOf(model, choice),
});

/**
 * The compromise mediator: tables the middle option of every issue, then convenes the summit at
 * once, whatever the answers (a benchmark of the first thing a student tries).
 */
export function compromiseMove(model: ScenarioModel, obs: Observation, bot: BotState): BotMove {
  return {
    action: obs.table ? { type: 'summit' } : propose(model, middleChoice(model)),
    bot,
  };
}

/**
 * The adaptive mediator: tables the middle of every issue; while a leader says no, moves the
 * issue that leader names one option towards the option that leader values most (the side of
 * the issue its stated position is on), all refusals at once; convenes once all accept, or when
 * nothing is left to move.
 */
export function adaptiveMove(model: ScenarioModel, obs: Observation, bot: BotState): BotMove {
  const current = tabledChoice(model, obs);
  if (current === null) return { action: propose(model, middleChoice(model)), bot };
  const answers = answersOf(obs);
  if (!answers || allAccept(answers)) return { action: { type: 'summit' }, bot };
  const next = [...current];
  model.partyIds.forEach((id, p) => {
    const answer = answers[id];
    if (!answer || answer.accepts) return;
    const i = model.issueIds.indexOf(answer.issue);
    const values = model.values[p]?.[i] ?? [];
    const best = values.indexOf(Math.max(...values));
    const at = next[i] ?? 0;
    if (i >= 0 && best >= 0) next[i] = at + Math.sign(best - at);
  });
  const moved = next.some((option, i) => option !== current[i]);
  return { action: moved ? propose(model, next) : { type: 'summit' }, bot };
}

/**
 * The bully: tables the middle of every issue, then applies pressure to the first leader who
 * says no, again and again (each pressure brings fresh answers), until all sign or the talks
 * break down.
 */
export function bullyMove(model: ScenarioModel, obs: Observation, bot: BotState): BotMove {
  const current = tabledChoice(model, obs);
  const answers = answersOf(obs);
  if (current === null || answers === null)
    return { action: propose(model, current ?? middleChoice(model)), bot };
  const refuser = model.partyIds.find((id) => answers[id]?.accepts === false);
  return {
    action: refuser === undefined ? { type: 'summit' } : { type: 'pressure', party: refuser },
    bot,
  };
}

const MOVES: Readonly<Record<Strategy, typeof randomMove>> = {
  random: randomMove,
  greedy: greedyMove,
  compromise: compromiseMove,
  adaptive: adaptiveMove,
  expert: (model, obs, bot) => ({ action: expertMove(model, obs), bot }),
  bully: bullyMove,
};

/** One recorded step of a game: the action and the digest of the state after it. */
export interface Step {
  readonly action: Action;
  readonly hash: string;
}

export interface PlayedGame {
  readonly state: GameState;
  readonly steps: readonly Step[];
}

/** A bot plays a whole game; refused moves are skipped, so every step in the log is accepted. */
export function playGame(
  model: ScenarioModel,
  options: GameOptions & { readonly strategy: Strategy },
): PlayedGame {
  let state = createGame(model, options);
  let bot = startBot(options.seed);
  const steps: Step[] = [];
  const move = MOVES[options.strategy];
  // A game ends by its deadline; the bound only guards against a bot that keeps being refused.
  for (let tries = 0; state.outcome === null && tries < 1000; tries++) {
    // A bot sees what a player sees: the observation, never the hidden values.
    const next = move(model, observe(model, state), bot);
    bot = next.bot;
    const result = applyAction(model, state, next.action);
    if (!result.ok) continue;
    state = result.state;
    steps.push({ action: next.action, hash: stateHash(state) });
  }
  return { state, steps };
}
