import { analyze } from './analysis';
import { type Choice, choiceAt, packageOf, type ScenarioModel } from './compile';
import { demandFrom, openingDemand } from './demand';
import type { Action } from './game';
import { newsEvent } from './news';
import type { Observation } from './observation';
import { scoreDeal } from './score';

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
function estimate(model: ScenarioModel, obs: Observation, party: number): [number, number] {
  const id = model.partyIds[party] ?? '';
  const range = obs.parties[id]?.noDealRange;
  if (range) return [(range[0] + range[1]) / 2, (range[1] - range[0]) / 2];
  let news = 0;
  for (const arrived of obs.news) {
    for (const effect of newsEvent(model, arrived.id)?.effects ?? [])
      if (effect.party === id) news += effect.noDeal ?? 0;
  }
  const noise = model.scenario.difficulties[obs.difficulty].noise;
  return [(model.reservationValues[party] ?? 0) + news, noise];
}

/**
 * Each party's demand as the expert pictures it after `sessionsUsed` sessions: the public rule
 * (demand.ts) applied to what it sees, with each hidden no-deal value replaced by its estimate.
 */
function picturedDemands(model: ScenarioModel, obs: Observation, sessionsUsed: number): number[] {
  const premium = model.scenario.difficulties[obs.difficulty].openingPremium ?? 0;
  return model.partyIds.map((id, p) => {
    const seen = obs.parties[id];
    const noDealValue = estimate(model, obs, p)[0];
    if (!seen) return Number.POSITIVE_INFINITY;
    const concession = model.scenario.parties[p]?.concession;
    return demandFrom(
      model,
      p,
      {
        trust: seen.trust,
        pressure: seen.pressure,
        noDealValue,
        opening: concession ? openingDemand(model, p, premium) : noDealValue,
        curve: concession?.curve.value ?? 1,
        demandShift: seen.hardened,
      },
      { sessionsUsed, sessions: obs.sessions },
    );
  });
}

/**
 * The best candidate every party should accept at `sessionsUsed`, with `margin` points to spare
 * beyond its pictured demand and the uncertainty of its no-deal value, or null.
 */
function bestAcceptable(
  model: ScenarioModel,
  obs: Observation,
  sessionsUsed: number,
  margin: number,
): Candidate | null {
  const demands = picturedDemands(model, obs, sessionsUsed);
  const need = model.partyIds.map((_, p) => {
    const [value, doubt] = estimate(model, obs, p);
    return Math.max(demands[p] ?? 0, value) + doubt + margin;
  });
  return candidates(model).find((c) => c.utilities.every((u, p) => u >= (need[p] ?? 0))) ?? null;
}

/** The candidate closest to acceptable: the largest smallest slack over the parties. */
function closest(model: ScenarioModel, obs: Observation, sessionsUsed: number): Candidate | null {
  const need = picturedDemands(model, obs, sessionsUsed);
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
 * The expert mediator. It sees what a player sees (the observation) and knows the rules and
 * the scenario file, as a player who has read the debrief would, but not a game's hidden
 * no-deal values, which it estimates from consultation. It consults while waiting pays (trust
 * speeds concession; ranges narrow its estimates), tables the highest-scoring package it
 * expects every leader to accept at once (trading across issues), convenes when all have said
 * yes, and presses a lone refuser only when the deadline leaves no other way.
 */
export function expertMove(model: ScenarioModel, obs: Observation): Action {
  const left = obs.sessionsLeft;
  const last = obs.last?.action.type;
  const answers = model.partyIds.map((id) => obs.parties[id]?.answer ?? null);
  const allYes = obs.table !== null && answers.every((a) => a?.accepts === true);
  if (allYes && (last === 'propose' || last === 'pressure')) return { type: 'summit' };
  if (left <= 2 && obs.table && last === 'propose') {
    const refusers = model.partyIds.filter((id) => obs.parties[id]?.answer?.accepts === false);
    const [refuser] = refusers;
    if (refusers.length === 1 && refuser !== undefined && !obs.parties[refuser]?.answer?.redLine)
      return { type: 'pressure', party: refuser };
  }
  const now = obs.sessions - left;
  const ready = bestAcceptable(model, obs, now, 0.5);
  // The best it could table two sessions before the deadline, if it waited.
  const later = bestAcceptable(model, obs, Math.max(now, obs.sessions - 2), 0.5);
  if (left <= 2 || (ready && (!later || ready.score >= later.score - 3))) {
    const pick = ready ?? closest(model, obs, now);
    if (pick) return tabled(model, pick);
  }
  return { type: 'consult', party: consultTarget(model, obs) };
}

/** Whom to consult: the party consulted least, then the least trusted, then by id. */
function consultTarget(model: ScenarioModel, obs: Observation): string {
  const ranked = [...model.partyIds].sort((a, b) => {
    const pa = obs.parties[a];
    const pb = obs.parties[b];
    return (
      (pa?.consults ?? 0) - (pb?.consults ?? 0) ||
      (pa?.trust ?? 0) - (pb?.trust ?? 0) ||
      (a < b ? -1 : 1)
    );
  });
  return ranked[0] ?? model.partyIds[0] ?? '';
}
