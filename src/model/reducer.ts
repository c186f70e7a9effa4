import { allAccept, answersOf } from './acceptance';
import { type Choice, choiceOf, packageOf, type ScenarioModel } from './compile';
import type { Action, Answers, GameState, PartyState, PlayerAnswers, TalkEvent } from './game';
import { arriveNews } from './news';
import { classifyOutcome, type Outcome, type StalemateCause, stalemateReason } from './outcome';
import { classifyOutcomeV1 } from './outcome-v1';
import { answersOfPlayers, parsePlayerAnswers } from './player-answers';
import { drawInts } from './random';
import { outcomeWording } from './scenario-words';

export type RejectionCode =
  | 'game-over'
  | 'unknown-action'
  | 'unknown-party'
  | 'invalid-package'
  | 'nothing-tabled'
  | 'wrong-scenario'
  | 'invalid-answers'
  | 'unexpected-answers';

/** Why an action was refused; the state it was offered to is unchanged. */
export interface Rejection {
  readonly code: RejectionCode;
  readonly message: string;
}

export type ActionResult =
  | { readonly ok: true; readonly state: GameState }
  | { readonly ok: false; readonly rejection: Rejection };

const reject = (code: RejectionCode, message: string): ActionResult => ({
  ok: false,
  rejection: { code, message },
});

type TrustChanges = Record<string, number>;

/**
 * Whether an action of this type asks every leader for an answer in this state: tabling and the
 * summit always; pressure while a package is on the table (every leader answers again, rules 2
 * on); consulting and ending the talks never. In a role-play those are the actions that carry
 * the players' answers.
 */
export function asksLeaders(model: ScenarioModel, state: GameState, type: Action['type']): boolean {
  switch (type) {
    case 'propose':
    case 'summit':
      return true;
    case 'pressure':
      return state.table !== null && model.rules !== 1;
    default:
      return false;
  }
}

/**
 * The players' answers an action carries, read for a state: in a role-play an action that asks
 * the leaders must carry one answer per leader (`invalid-answers` otherwise), and one that asks
 * nobody must carry none; in a solo game the model answers, and an action carrying answers is
 * refused (`unexpected-answers`). Null where the model answers or nobody is asked.
 */
function playersAnswers(
  model: ScenarioModel,
  state: GameState,
  action: Action,
  asks: boolean,
):
  | { readonly ok: true; readonly answers: PlayerAnswers | null }
  | { readonly ok: false; readonly rejection: Rejection } {
  const given: unknown = 'answers' in action ? action.answers : undefined;
  if (state.players !== 'people' || !asks) {
    if (given === undefined) return { ok: true, answers: null };
    const message =
      state.players === 'people'
        ? 'this action asks no leader, so it carries no answers'
        : 'in a solo game the leaders answer for themselves: an action carries no answers';
    return { ok: false, rejection: { code: 'unexpected-answers', message } };
  }
  const parsed = parsePlayerAnswers(model, given);
  if (parsed.ok) return { ok: true, answers: parsed.answers };
  const message = `in a role-play every leader's player answers: ${parsed.error}`;
  return { ok: false, rejection: { code: 'invalid-answers', message } };
}

/**
 * The one reducer: an accepted action uses sessions and returns a new state; a refused one
 * returns a rejection and leaves the state as it was. In a role-play (`state.players` is
 * `people`) the leaders' answers are the ones the action carries (playersAnswers).
 */
export function applyAction(model: ScenarioModel, state: GameState, action: Action): ActionResult {
  if (state.scenarioHash !== model.hash) {
    return reject('wrong-scenario', 'this game was started with a different scenario');
  }
  if (state.outcome) return reject('game-over', 'the talks are over');
  // Actions may come from a file: check their shape here too, and record only known fields.
  if (typeof action !== 'object' || action === null) {
    return reject('unknown-action', 'an action must be an object with a type');
  }
  const act = action as { type?: unknown };
  switch (action.type) {
    case 'consult':
    case 'pressure': {
      const p = typeof action.party === 'string' ? model.partyIds.indexOf(action.party) : -1;
      if (p < 0)
        return reject('unknown-party', `unknown party ${JSON.stringify(action.party ?? null)}`);
      const given = playersAnswers(model, state, action, asksLeaders(model, state, action.type));
      if (!given.ok) return given;
      return {
        ok: true,
        state:
          action.type === 'consult'
            ? consult(model, state, { type: 'consult', party: action.party }, p)
            : pressure(model, state, p, given.answers),
      };
    }
    case 'propose': {
      const parsed = choiceOf(model, action.package);
      if (!parsed.ok)
        return reject('invalid-package', `cannot table this package: ${parsed.error}`);
      const given = playersAnswers(model, state, action, asksLeaders(model, state, 'propose'));
      if (!given.ok) return given;
      return { ok: true, state: propose(model, state, parsed.choice, given.answers) };
    }
    case 'summit': {
      if (!state.table)
        return reject('nothing-tabled', 'table a proposal before convening the summit');
      const given = playersAnswers(model, state, action, asksLeaders(model, state, 'summit'));
      if (!given.ok) return given;
      return { ok: true, state: summit(model, state, given.answers) };
    }
    case 'adjourn':
      return {
        ok: true,
        state: finish(
          model,
          state,
          { type: 'adjourn' },
          null,
          {},
          0,
          stalemate(model, 'adjourned', null),
        ),
      };
    default:
      return reject('unknown-action', `unknown action ${JSON.stringify(act.type ?? null)}`);
  }
}

function clampTrust(x: number): number {
  return Math.min(100, Math.max(0, x));
}

/** Applies trust changes and returns the new party states with the changes actually made. */
function changeTrust(
  state: GameState,
  deltas: TrustChanges,
): { parties: Record<string, PartyState>; changes: TrustChanges } {
  const parties: Record<string, PartyState> = { ...state.parties };
  const changes: TrustChanges = {};
  for (const [id, delta] of Object.entries(deltas)) {
    const p = parties[id];
    if (!p) continue;
    const trust = clampTrust(p.trust + delta);
    if (trust !== p.trust) changes[id] = trust - p.trust;
    parties[id] = { ...p, trust };
  }
  return { parties, changes };
}

/**
 * Consulting builds trust and reveals: the first time, `consultTrust` points of trust, the
 * difficulty's `revealPerConsult` issues (most important first, with how the party ranks their
 * options) and a range of `noDealRange` points holding its no-deal value; each further time half
 * the trust, one issue fewer (at least one) and a range half as wide (diminishing returns, a
 * game mechanic). The range's place around the value is drawn by the game's generator.
 */
function consult(model: ScenarioModel, state: GameState, action: Action, p: number): GameState {
  const id = model.partyIds[p] ?? '';
  const settings = model.scenario.difficulties[state.difficulty];
  const rules = model.scenario.rules;
  const before = state.parties[id];
  const n = (before?.consults ?? 0) + 1;
  // Rules 1 had no diminishing returns and no ranges.
  const fresh = model.rules === 1 ? 1 : n;
  const gain = Math.floor(rules.consultTrust / 2 ** (fresh - 1));
  const { parties, changes } = changeTrust(state, { [id]: gain });
  const party = parties[id];
  let rng = state.rng;
  if (party) {
    const reveal = Math.max(
      settings.revealPerConsult - (fresh - 1),
      Math.min(settings.revealPerConsult, 1),
    );
    let noDealRange = party.noDealRange;
    if (rules.noDealRange !== undefined && model.rules !== 1) {
      const width = Math.round(rules.noDealRange / 2 ** (n - 1));
      const draw = drawInts(rng, 1, 0, width);
      rng = draw.next;
      const low = party.noDealValue - (draw.values[0] ?? 0);
      noDealRange = [low, low + width];
    }
    parties[id] = {
      ...party,
      consults: n,
      noDealRange,
      revealed: Math.min(party.revealOrder.length, party.revealed + reveal),
    };
  }
  return finish(model, { ...state, rng, parties }, action, null, changes, 1, null);
}

/**
 * Pressure lowers the party's demand by its lever's drop for the rest of the game and costs its
 * trust; the other parties harden by `pressureHardening` points each. From the second use on
 * it risks a walk-out: `walkOutRisk` percent for each earlier use, drawn by the game's generator.
 * Every party then answers again on the package on the table, if there is one.
 */
function pressure(
  model: ScenarioModel,
  state: GameState,
  p: number,
  given: PlayerAnswers | null,
): GameState {
  const id = model.partyIds[p] ?? '';
  const action: Action = { type: 'pressure', party: id, ...(given ? { answers: given } : {}) };
  const lever = model.scenario.parties[p]?.lever;
  const hardening = model.scenario.rules.pressureHardening ?? 0;
  const { parties, changes } = changeTrust(state, { [id]: -(lever?.trustCost ?? 0) });
  const party = parties[id];
  if (!party) return state;
  const risk = party.pressure * (lever?.walkOutRisk ?? 0);
  let rng = state.rng;
  let walkedOut = false;
  if (risk > 0) {
    const roll = drawInts(rng, 1, 0, 99);
    rng = roll.next;
    walkedOut = (roll.values[0] ?? 100) < risk;
  }
  parties[id] = { ...party, pressure: party.pressure + 1 };
  for (const other of model.partyIds) {
    const o = parties[other];
    if (other !== id && o && hardening > 0)
      parties[other] = { ...o, demandShift: o.demandShift + hardening };
  }
  // Every leader answers again on the package on the table: pressure moves them all.
  const table =
    state.table && asksLeaders(model, state, 'pressure') ? choiceOf(model, state.table) : null;
  const pressed = { ...state, rng, parties };
  const answers = table?.ok ? answersFor(model, pressed, table.choice, given) : null;
  const next = answers ? { ...pressed, answers } : pressed;
  return walkedOut
    ? finish(
        model,
        next,
        action,
        answers,
        changes,
        1,
        stalemate(model, 'walk-out', id, true),
        'deadline',
        id,
      )
    : finish(model, next, action, answers, changes, 1, null);
}

/**
 * Tabling a package asks every party in public: one whose red line it crosses loses trust; one
 * that rejects it otherwise hardens its demand by `rejectionHardening` points (a game mechanic:
 * a leader who said no in public needs more to say yes).
 */
function propose(
  model: ScenarioModel,
  state: GameState,
  choice: Choice,
  given: PlayerAnswers | null,
): GameState {
  const answers = answersFor(model, state, choice, given);
  // A leader refusing on a red line is offended (in a solo game every red line is refused).
  const offended = Object.fromEntries(
    Object.entries(answers)
      .filter(([, a]) => a.redLine && !a.accepts)
      .map(([id]) => [id, -model.scenario.rules.redLineTrustCost]),
  );
  const { parties, changes } = changeTrust(state, offended);
  const hardening = model.scenario.rules.rejectionHardening ?? 0;
  for (const [id, answer] of Object.entries(answers)) {
    const party = parties[id];
    if (party && !answer.accepts && !answer.redLine && hardening > 0)
      parties[id] = { ...party, demandShift: party.demandShift + hardening };
  }
  const table = packageOf(model, choice);
  const action: Action = { type: 'propose', package: table, ...(given ? { answers: given } : {}) };
  return finish(model, { ...state, parties, table, answers }, action, answers, changes, 1, null);
}

function summit(model: ScenarioModel, state: GameState, given: PlayerAnswers | null): GameState {
  const action: Action = { type: 'summit', ...(given ? { answers: given } : {}) };
  const parsed = choiceOf(model, state.table);
  if (!parsed.ok) return state;
  const answers = answersFor(model, state, parsed.choice, given);
  if (allAccept(answers)) {
    const noDeal = model.partyIds.map((id) => state.parties[id]?.noDealValue ?? 0);
    const classify = model.rules === 1 ? classifyOutcomeV1 : classifyOutcome;
    const outcome = classify(model, parsed.choice, noDeal);
    return finish(model, { ...state, answers }, action, answers, {}, 1, outcome);
  }
  const rules = model.scenario.rules;
  const { parties, changes } = changeTrust(
    state,
    Object.fromEntries(model.partyIds.map((id) => [id, -rules.summitFailureTrustCost])),
  );
  return finish(
    model,
    { ...state, parties, answers },
    action,
    answers,
    changes,
    1 + rules.summitFailureSessionCost,
    null,
    'failed-summit',
  );
}

/** The leaders' answers to a package: their players' in a role-play, else the model's. */
function answersFor(
  model: ScenarioModel,
  state: GameState,
  choice: Choice,
  given: PlayerAnswers | null,
): Answers {
  return given ? answersOfPlayers(model, choice, given) : answersOf(model, state, choice);
}

function stalemate(
  model: ScenarioModel,
  cause: StalemateCause,
  party: string | null,
  underPressure = false,
): Outcome {
  const name =
    party === null ? null : (model.scenario.parties.find((p) => p.id === party)?.country ?? party);
  return {
    kind: 'stalemate',
    cause,
    party,
    reasons: [
      stalemateReason(cause, name, outcomeWording(model.scenario, model.rules), underPressure),
    ],
  };
}

/**
 * Records the action, uses its sessions, lets the news of the sessions now begun arrive, and ends
 * the game if a party walked out or the deadline passed. `deadlineCause` names why running out
 * of time ends it; `walkedOut` names a party that walked out under this action's pressure.
 */
function finish(
  model: ScenarioModel,
  state: GameState,
  action: Action,
  answers: Answers | null,
  trust: TrustChanges,
  sessionsCost: number,
  outcome: Outcome | null,
  deadlineCause: StalemateCause = 'deadline',
  walkedOut: string | null = null,
): GameState {
  const sessionsUsed = Math.min(state.sessions, state.sessionsUsed + sessionsCost);
  let ending = outcome;
  let parties = state.parties;
  let news: readonly string[] = [];
  const changes: TrustChanges = { ...trust };
  if (!ending && sessionsUsed < state.sessions) {
    const arrived = arriveNews(model, state, state.sessionsUsed + 1, sessionsUsed + 1);
    parties = arrived.parties;
    news = arrived.arrived;
    for (const [id, delta] of Object.entries(arrived.trust))
      changes[id] = (changes[id] ?? 0) + delta;
  }
  if (!ending) {
    const gone = Object.keys(parties)
      .sort()
      .find((id) => (parties[id]?.trust ?? 1) <= 0);
    if (gone !== undefined) ending = stalemate(model, 'walk-out', gone);
    else if (sessionsUsed >= state.sessions) ending = stalemate(model, deadlineCause, null);
  }
  const event: TalkEvent = {
    step: state.history.length + 1,
    session: Math.min(state.sessions, state.sessionsUsed + 1),
    action,
    answers,
    trust: changes,
    news,
    walkedOut,
  };
  return { ...state, parties, sessionsUsed, history: [...state.history, event], outcome: ending };
}
