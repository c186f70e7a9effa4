import { analyze } from './analysis';
import { type Choice, choiceAt, packageOf, type ScenarioModel } from './compile';
import { demandOf } from './demand';
import type { Action, GameState, PartyState } from './game';
import { newsEvent } from './news';
import { scoreDeal } from './outcome';

/** A package the expert may table: its index, each party's utility (0–100) and its deal score. */
interface Candidate {
  readonly index: number;
  readonly utilities: readonly number[];
  readonly score: number;
}

const candidatesOf = new WeakMap<ScenarioModel, readonly Candidate[]>();

/**
 * The packages worth considering: crossing no red line and worth to every party at least its
 * stated no-deal value less the largest noise of any difficulty; best deal score first.
 */
function candidates(model: ScenarioModel): readonly Candidate[] {
  const known = candidatesOf.get(model);
  if (known) return known;
  const analysis = analyze(model);
  const noise = Math.max(...Object.values(model.scenario.difficulties).map((d) => d.noise));
  const list: Candidate[] = [];
  for (let k = 0; k < model.packageCount; k++) {
    if (analysis.redLined[k] === 1) continue;
    const u = model.partyIds.map((_, p) => analysis.utilities[p]?.[k] ?? 0);
    if (!u.every((x, p) => x >= (model.reservationValues[p] ?? 0) - noise)) continue;
    list.push({ index: k, utilities: u, score: scoreDeal(model, choiceAt(model, k)).total });
  }
  list.sort((a, b) => b.score - a.score || a.index - b.index);
  candidatesOf.set(model, list);
  return list;
}

/**
 * What the expert believes of a party's no-deal value (0–100): the middle of the range
 * consultation revealed (which moves with the news), or else the stated value plus the moves of
 * the news that has arrived (news is public). Returns the estimate and its uncertainty (half the
 * range's width, or the difficulty's noise).
 */
function estimate(model: ScenarioModel, state: GameState, party: number): [number, number] {
  const id = model.partyIds[party] ?? '';
  const p = state.parties[id];
  const noise = model.scenario.difficulties[state.difficulty].noise;
  if (p?.noDealRange) {
    const [low, high] = p.noDealRange;
    return [(low + high) / 2, (high - low) / 2];
  }
  let news = 0;
  for (const scheduled of state.agenda) {
    if (scheduled.session > state.sessionsUsed + 1) continue;
    for (const effect of newsEvent(model, scheduled.id)?.effects ?? [])
      if (effect.party === id) news += effect.noDeal ?? 0;
  }
  return [(model.reservationValues[party] ?? 0) + news, noise];
}

/** The game as the expert pictures it: every hidden no-deal value replaced by its estimate. */
function pictured(model: ScenarioModel, state: GameState, sessionsUsed: number): GameState {
  const parties: Record<string, PartyState> = {};
  model.partyIds.forEach((id, p) => {
    const party = state.parties[id];
    if (party) parties[id] = { ...party, noDealValue: estimate(model, state, p)[0] };
  });
  return { ...state, parties, sessionsUsed };
}

/**
 * The best candidate every party should accept at `sessionsUsed`, with `margin` points to spare
 * beyond its pictured demand and the uncertainty of its no-deal value, or null.
 */
function bestAcceptable(
  model: ScenarioModel,
  state: GameState,
  sessionsUsed: number,
  margin: number,
): Candidate | null {
  const picture = pictured(model, state, sessionsUsed);
  const need = model.partyIds.map((_, p) => {
    const [value, doubt] = estimate(model, state, p);
    return Math.max(demandOf(model, picture, p), value) + doubt + margin;
  });
  return candidates(model).find((c) => c.utilities.every((u, p) => u >= (need[p] ?? 0))) ?? null;
}

/** The candidate closest to acceptable: the largest smallest slack over the parties. */
function closest(model: ScenarioModel, state: GameState, sessionsUsed: number): Candidate | null {
  const picture = pictured(model, state, sessionsUsed);
  const need = model.partyIds.map((_, p) => demandOf(model, picture, p));
  let best: Candidate | null = null;
  let bestSlack = Number.NEGATIVE_INFINITY;
  for (const c of candidates(model)) {
    const slack = Math.min(...c.utilities.map((u, p) => u - (need[p] ?? 0)));
    if (slack > bestSlack) {
      best = c;
      bestSlack = slack;
    }
  }
  return best;
}

const tabled = (model: ScenarioModel, c: Candidate): Action => ({
  type: 'propose',
  package: packageOf(model, choiceAt(model, c.index) as Choice),
});

/**
 * The expert mediator. It knows the rules and the scenario file (as a player who has read the
 * debrief would) but not a game's hidden no-deal values, which it estimates from consultation.
 * It consults while waiting pays (trust speeds concession; ranges narrow its estimates), tables
 * the highest-scoring package it expects every leader to accept at once (trading across
 * issues), convenes when all have said yes, and presses a lone refuser only when the deadline
 * leaves no other way.
 */
export function expertMove(model: ScenarioModel, state: GameState): Action {
  const left = state.sessions - state.sessionsUsed;
  const answers = state.answers;
  const last = state.history.at(-1)?.action.type;
  if (
    answers &&
    state.table &&
    Object.values(answers).every((a) => a.accepts) &&
    last === 'propose'
  )
    return { type: 'summit' };
  if (last === 'pressure' && state.table) return { type: 'summit' };
  if (left <= 2 && answers && state.table && last === 'propose') {
    const refusers = model.partyIds.filter((id) => answers[id]?.accepts === false);
    const [refuser] = refusers;
    if (refusers.length === 1 && refuser !== undefined && !answers[refuser]?.redLine)
      return { type: 'pressure', party: refuser };
  }
  const now = state.sessionsUsed;
  const ready = bestAcceptable(model, state, now, 0.5);
  // The best it could table two sessions before the deadline, if it waited.
  const later = bestAcceptable(model, state, Math.max(now, state.sessions - 2), 0.5);
  if (left <= 2 || (ready && (!later || ready.score >= later.score - 3))) {
    const pick = ready ?? closest(model, state, now);
    if (pick) return tabled(model, pick);
  }
  return { type: 'consult', party: consultTarget(model, state) };
}

/** Whom to consult: the party whose consultation adds the most trust, then the least trusted. */
function consultTarget(model: ScenarioModel, state: GameState): string {
  const ranked = [...model.partyIds].sort((a, b) => {
    const pa = state.parties[a];
    const pb = state.parties[b];
    return (
      (pa?.consults ?? 0) - (pb?.consults ?? 0) ||
      (pa?.trust ?? 0) - (pb?.trust ?? 0) ||
      (a < b ? -1 : 1)
    );
  });
  return ranked[0] ?? model.partyIds[0] ?? '';
}
