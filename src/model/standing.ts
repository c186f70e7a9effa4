import { choiceOf, type ScenarioModel } from './compile';
import type { Answer, GameState } from './game';
import { observe, type RevealedIssue } from './observation';

/**
 * Where a leader's trust puts it under the scenario's rules (demand.ts, reducer.ts):
 * `walks-out` at 0, where a leader leaves the talks; `below-comfort` under `trustComfort`,
 * where it gives ground more slowly and asks the distrust premium; `comfortable` from
 * `trustComfort` up, where it gives ground at the steady pace or faster.
 */
export type TrustBand = 'walks-out' | 'below-comfort' | 'comfortable';

/** A leader's trust and what it means for its demand. */
export interface TrustStanding {
  /** Trust in the mediator, 0–100. */
  readonly trust: number;
  readonly band: TrustBand;
  /** The scenario's comfort level (`rules.trustComfort`), 0–100. */
  readonly comfort: number;
  /**
   * How fast the leader gives ground along its concession curve, against a leader at the
   * comfort level: trust ÷ comfort (1 when the comfort level is 0). A game mechanic.
   */
  readonly pace: number;
  /**
   * Utility points added to its demand for distrust: (comfort − trust) × the scenario's
   * `rules.distrustPremium` below the comfort level, 0 from it up.
   */
  readonly distrustPremium: number;
}

/**
 * A leader at trust 0 walks out; below the scenario's `trustComfort` it concedes at trust ÷
 * comfort of the steady pace and asks `distrustPremium` points per point of trust missing; from
 * the comfort level up it concedes at that pace with no premium. `trust` is 0–100.
 */
export function trustStanding(model: ScenarioModel, trust: number): TrustStanding {
  const rules = model.scenario.rules;
  const comfort = rules.trustComfort;
  const band: TrustBand =
    trust <= 0 ? 'walks-out' : trust < comfort ? 'below-comfort' : 'comfortable';
  return {
    trust,
    band,
    comfort,
    pace: comfort > 0 ? trust / comfort : 1,
    distrustPremium: Math.max(0, comfort - trust) * rules.distrustPremium,
  };
}

/** What the table shows of one leader while the talks go on: nothing hidden. */
export interface PartyStanding {
  readonly party: string;
  readonly trust: TrustStanding;
  /** Its answer to the package on the table; null when nothing is tabled. */
  readonly answer: Answer | null;
  /**
   * When it accepts the package on the table, the issue it says costs it most (an issue id):
   * what it would still like more of. Null when it rejects, when nothing is tabled, and when
   * the package gives it its favourite option on every issue it weighs.
   */
  readonly stillWants: string | null;
  /** The issues consultation has revealed, most important first, each with its options ranked. */
  readonly revealed: readonly RevealedIssue[];
  /** How many of the scenario's issues consultation has not revealed yet. */
  readonly issuesUnknown: number;
  /** What consultation has revealed of its no-deal value ([low, high], 0–100), or null. */
  readonly noDealRange: readonly [number, number] | null;
  /** Times the mediator has consulted it. */
  readonly consults: number;
  /** Times the mediator has used its lever. */
  readonly pressure: number;
  /**
   * Utility points its demand has hardened, all of them public: public rejections
   * (`rules.rejectionHardening` each), pressure on other leaders (`rules.pressureHardening`
   * each) and news.
   */
  readonly hardened: number;
  /** Whether the talks ended with this leader walking out. */
  readonly walkedOut: boolean;
}

/**
 * Each leader's standing at the table, in the scenario's party order: trust and its band,
 * the last answer with its reason issue and, for a yes, what it still wants (the answer's
 * issue, as the leader states it; nothing when the package gives it its favourite on every
 * issue it weighs), what consultation revealed, and the hardening of its demand. Built from
 * what the mediator may know (observation.ts): no no-deal value, demand or generator. Returns
 * no error: a party the state does not hold is left out.
 */
export function standings(model: ScenarioModel, state: GameState): readonly PartyStanding[] {
  const seen = observe(model, state);
  const parsed = state.table ? choiceOf(model, state.table) : null;
  const choice = parsed?.ok ? parsed.choice : null;
  const gone =
    state.outcome?.kind === 'stalemate' && state.outcome.cause === 'walk-out'
      ? state.outcome.party
      : null;
  return model.partyIds.flatMap((id, p) => {
    const party = seen.parties[id];
    if (!party) return [];
    const answer = party.answer;
    const wants = answer?.accepts && choice ? answer.issue : null;
    return [
      {
        party: id,
        trust: trustStanding(model, party.trust),
        answer,
        stillWants: wants !== null && costs(model, p, choice, wants) ? wants : null,
        revealed: party.revealed,
        issuesUnknown: model.issueIds.length - party.revealed.length,
        noDealRange: party.noDealRange,
        consults: party.consults,
        pressure: party.pressure,
        hardened: party.hardened,
        walkedOut: gone === id,
      },
    ];
  });
}

/** Whether a package's option on an issue costs a party utility against its favourite there. */
function costs(
  model: ScenarioModel,
  party: number,
  choice: readonly number[] | null,
  issue: string,
): boolean {
  const i = model.issueIds.indexOf(issue);
  const options = model.values[party]?.[i] ?? [];
  const chosen = options[choice?.[i] ?? 0] ?? 0;
  return (model.weights[party]?.[i] ?? 0) > 0 && Math.max(...options) > chosen;
}
