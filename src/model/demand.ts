import type { ScenarioModel } from './compile';
import type { GameState, PartyState } from './game';

/** What a party's demand depends on: its state in the game, and how far the talks have gone. */
export type DemandInputs = Pick<
  PartyState,
  'trust' | 'pressure' | 'noDealValue' | 'opening' | 'curve' | 'demandShift'
>;

/** The sessions gone by and the game's sessions: the clock of every concession curve. */
export interface TalksClock {
  readonly sessionsUsed: number;
  readonly sessions: number;
}

/**
 * How far along its concession curve a party is, 0–1: the sessions gone by over the scenario's
 * `concessionSessions` (or the game's sessions), scaled by its trust in the mediator over the
 * comfort level (at trust 50 of 50 it reaches its no-deal value after those sessions; at 100,
 * after half of them), then shaped by its curve, τ^(1/curve) (Faratin, Sierra & Jennings 1998).
 * The trust scaling is a game mechanic.
 */
function concessionShare(
  model: ScenarioModel,
  party: Pick<DemandInputs, 'trust' | 'curve'>,
  clock: TalksClock,
): number {
  const comfort = model.scenario.rules.trustComfort;
  const pace = comfort > 0 ? party.trust / comfort : 1;
  const horizon = model.scenario.rules.concessionSessions ?? clock.sessions;
  const time = Math.min(1, (clock.sessionsUsed / Math.max(1, horizon)) * pace);
  return time ** (1 / party.curve);
}

/**
 * The least utility (0–100) a party will sign for now, its demand: its no-deal value plus what
 * is left of its opening premium along its concession curve, plus the points its demand has
 * hardened (public rejections, pressure on others, news), plus the distrust premium when its
 * trust is below the comfort level, never less than the no-deal value; minus the lever's drop
 * for each use of pressure. Pressure can take the demand below the no-deal value: a party that
 * signs there has surrendered. Infinity for an unknown party.
 */
export function demandOf(model: ScenarioModel, state: GameState, party: number): number {
  const p = state.parties[model.partyIds[party] ?? ''];
  return p ? demandFrom(model, party, p, state) : Number.POSITIVE_INFINITY;
}

/** The same rule as demandOf, from a party's inputs and the clock (for a pictured game). */
export function demandFrom(
  model: ScenarioModel,
  party: number,
  p: DemandInputs,
  clock: TalksClock,
): number {
  const lever = model.scenario.parties[party]?.lever;
  if (!lever) return Number.POSITIVE_INFINITY;
  const rules = model.scenario.rules;
  const gap = Math.max(0, p.opening - p.noDealValue);
  const remaining = gap * (1 - concessionShare(model, p, clock));
  const distrust = Math.max(0, rules.trustComfort - p.trust) * rules.distrustPremium;
  // News and hardening move what the party asks beyond its no-deal value, never below it: only
  // pressure makes a party ask less than no deal is worth to it.
  const asked = Math.max(p.noDealValue, p.noDealValue + remaining + p.demandShift + distrust);
  return asked - p.pressure * lever.reservationDrop;
}

/** What a party would demand when the talks open, before any news, trust or pressure moves it. */
export function openingDemand(model: ScenarioModel, party: number, openingPremium = 0): number {
  const p = model.scenario.parties[party];
  if (!p) return Number.POSITIVE_INFINITY;
  return p.concession ? p.concession.opening.value + openingPremium : p.reservationValue.value;
}

/** How a concession curve gives ground, in the agent literature's terms. */
export type ConcessionStyle = 'hard-liner' | 'steady' | 'conceder';

/**
 * A curve's style: below 0.8 a hard-liner ("Boulware": most of its concession comes late),
 * above 1.25 a conceder (most comes early), steady in between (Faratin, Sierra & Jennings 1998;
 * the cut-offs are a game mechanic, for the words the screens use).
 */
export function concessionStyle(curve: number): ConcessionStyle {
  if (curve < 0.8) return 'hard-liner';
  if (curve > 1.25) return 'conceder';
  return 'steady';
}
