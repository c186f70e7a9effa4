import { allAccept, answersOf } from './acceptance';
import { type Choice, choiceOf, packageOf, type ScenarioModel } from './compile';
import type { Action, Answers, GameState, PartyState, TalkEvent } from './game';
import { classifyOutcome, type Outcome, type StalemateCause, stalemateReason } from './outcome';

export type RejectionCode =
  | 'game-over'
  | 'unknown-action'
  | 'unknown-party'
  | 'invalid-package'
  | 'nothing-tabled'
  | 'wrong-scenario';

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
 * The one reducer: an accepted action uses sessions and returns a new state; a refused one
 * returns a rejection and leaves the state as it was.
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
      const clean: Action = { type: action.type, party: action.party };
      return {
        ok: true,
        state: (action.type === 'consult' ? consult : pressure)(model, state, clean, p),
      };
    }
    case 'propose': {
      const parsed = choiceOf(model, action.package);
      if (!parsed.ok)
        return reject('invalid-package', `cannot table this package: ${parsed.error}`);
      return { ok: true, state: propose(model, state, parsed.choice) };
    }
    case 'summit':
      return state.table
        ? { ok: true, state: summit(model, state) }
        : reject('nothing-tabled', 'table a proposal before convening the summit');
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

function consult(model: ScenarioModel, state: GameState, action: Action, p: number): GameState {
  const id = model.partyIds[p] ?? '';
  const settings = model.scenario.difficulties[state.difficulty];
  const { parties, changes } = changeTrust(state, { [id]: model.scenario.rules.consultTrust });
  const party = parties[id];
  if (party) {
    parties[id] = {
      ...party,
      revealed: Math.min(party.revealOrder.length, party.revealed + settings.revealPerConsult),
    };
  }
  return finish(model, { ...state, parties }, action, null, changes, 1, null);
}

function pressure(model: ScenarioModel, state: GameState, action: Action, p: number): GameState {
  const id = model.partyIds[p] ?? '';
  const lever = model.scenario.parties[p]?.lever;
  const { parties, changes } = changeTrust(state, { [id]: -(lever?.trustCost ?? 0) });
  const party = parties[id];
  if (party) parties[id] = { ...party, pressure: party.pressure + 1 };
  return finish(model, { ...state, parties }, action, null, changes, 1, null);
}

function propose(model: ScenarioModel, state: GameState, choice: Choice): GameState {
  const answers = answersOf(model, state, choice);
  // Tabling a package that crosses a red line offends the party whose line it is.
  const offended = Object.fromEntries(
    Object.entries(answers)
      .filter(([, a]) => a.redLine)
      .map(([id]) => [id, -model.scenario.rules.redLineTrustCost]),
  );
  const { parties, changes } = changeTrust(state, offended);
  const table = packageOf(model, choice);
  const action: Action = { type: 'propose', package: table };
  return finish(model, { ...state, parties, table, answers }, action, answers, changes, 1, null);
}

function summit(model: ScenarioModel, state: GameState): GameState {
  const action: Action = { type: 'summit' };
  const parsed = choiceOf(model, state.table);
  if (!parsed.ok) return state;
  const answers = answersOf(model, state, parsed.choice);
  if (allAccept(answers)) {
    const noDeal = model.partyIds.map((id) => state.parties[id]?.noDealValue ?? 0);
    const outcome = classifyOutcome(model, parsed.choice, noDeal);
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

function stalemate(model: ScenarioModel, cause: StalemateCause, party: string | null): Outcome {
  const name =
    party === null ? null : (model.scenario.parties.find((p) => p.id === party)?.country ?? party);
  return { kind: 'stalemate', cause, party, reasons: [stalemateReason(cause, name)] };
}

/**
 * Records the action, uses its sessions, and ends the game if a party walked out or the
 * deadline passed. `deadlineCause` names why running out of time ends it.
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
): GameState {
  const event: TalkEvent = {
    step: state.history.length + 1,
    session: Math.min(state.sessions, state.sessionsUsed + 1),
    action,
    answers,
    trust,
  };
  const sessionsUsed = Math.min(state.sessions, state.sessionsUsed + sessionsCost);
  let ending = outcome;
  if (!ending) {
    const walkedOut = Object.keys(state.parties)
      .sort()
      .find((id) => (state.parties[id]?.trust ?? 1) <= 0);
    if (walkedOut !== undefined) ending = stalemate(model, 'walk-out', walkedOut);
    else if (sessionsUsed >= state.sessions) ending = stalemate(model, deadlineCause, null);
  }
  return { ...state, sessionsUsed, history: [...state.history, event], outcome: ending };
}
