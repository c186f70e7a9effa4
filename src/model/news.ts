import type { ScenarioModel } from './compile';
import type { GameState, PartyState } from './game';
import type { NewsEvent } from './types';

/** The news that arrives, and how it moved the parties. */
export interface ArrivedNews {
  readonly parties: Readonly<Record<string, PartyState>>;
  /** Ids of the events that arrived, in scenario order. */
  readonly arrived: readonly string[];
  /** Trust changes the news caused, by party. */
  readonly trust: Readonly<Record<string, number>>;
}

/**
 * News scheduled for a session after `fromSession` and up to `toSession` (sessions counted from
 * 1; a session's news arrives at its start) arrives: each effect adds its points to the party's
 * demand, no-deal value (both 0–100 utility; a revealed range moves with the value) and trust
 * (kept within 0–100). The sizes of the
 * moves are the scenario's (each event's rationale says which rest on the reporting).
 */
export function arriveNews(
  model: ScenarioModel,
  state: GameState,
  fromSession: number,
  toSession: number,
): ArrivedNews {
  const due = state.agenda.filter((n) => n.session > fromSession && n.session <= toSession);
  if (due.length === 0) return { parties: state.parties, arrived: [], trust: {} };
  const parties: Record<string, PartyState> = { ...state.parties };
  const trust: Record<string, number> = {};
  const arrived: string[] = [];
  for (const scheduled of due) {
    const event = newsEvent(model, scheduled.id);
    if (!event) continue;
    arrived.push(event.id);
    for (const effect of event.effects) {
      const party = parties[effect.party];
      if (!party) continue;
      const newTrust = Math.min(100, Math.max(0, party.trust + (effect.trust ?? 0)));
      if (newTrust !== party.trust)
        trust[effect.party] = (trust[effect.party] ?? 0) + newTrust - party.trust;
      const shift = effect.noDeal ?? 0;
      parties[effect.party] = {
        ...party,
        trust: newTrust,
        demandShift: party.demandShift + (effect.demand ?? 0),
        noDealValue: party.noDealValue + shift,
        // What consultation revealed moves with the news, which everyone hears.
        noDealRange: party.noDealRange && [
          party.noDealRange[0] + shift,
          party.noDealRange[1] + shift,
        ],
      };
    }
  }
  return { parties, arrived, trust };
}

/** A scenario's news event by id, or undefined. */
export function newsEvent(model: ScenarioModel, id: string): NewsEvent | undefined {
  return model.scenario.events?.find((e) => e.id === id);
}

/** The news that has arrived, in the order it arrived: before the first action, then step by step. */
export function arrivedNews(state: GameState): readonly string[] {
  return [
    ...state.agenda.filter((n) => n.session <= 1).map((n) => n.id),
    ...state.history.flatMap((event) => event.news),
  ];
}
