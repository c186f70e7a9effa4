import { choiceOf, type ScenarioModel } from './compile';
import { type Action, type GameState, sessionsLeft } from './game';
import { arrivedNews } from './news';
import type { StalemateCause } from './outcome';
import { asksLeaders, type Rejection } from './reducer';
import { type TrustStanding, trustStanding } from './standing';
import type { Package } from './types';

/** How an action would end the talks for certain: a stalemate's cause and whom it names. */
export interface CertainEnding {
  readonly cause: StalemateCause;
  /** The leader that would walk out, for a walk-out. */
  readonly party: string | null;
}

/** What every preview says: whether the action can be taken, the sessions it uses, and the end. */
interface PreviewBase {
  /** Why the reducer would refuse the action (its own code and words), or null. */
  readonly blocked: Rejection | null;
  /** Sessions it uses (never more than are left); 0 when blocked. */
  readonly sessions: number;
  /**
   * How it ends the talks whatever the hidden values say (trust run out, the last session used),
   * or null. A chance of a walk-out is not certain: see the pressure preview. News arriving
   * with the next session can move trust too (`newsMayArrive`).
   */
  readonly ends: CertainEnding | null;
}

/** What consulting one leader will cost and bring. */
export interface ConsultPreview extends PreviewBase {
  readonly type: 'consult';
  readonly party: string;
  /** Trust points it gains (0–100 scale, after the cap at 100). */
  readonly trustGain: number;
  readonly trustAfter: TrustStanding;
  /** How many more of its issues it reveals, most important first. */
  readonly revealsIssues: number;
  /** Issues still unknown after it. */
  readonly issuesUnknownAfter: number;
  /**
   * The width, in utility points, of the range it gives for the leader's no-deal value; null
   * when the rules give no ranges.
   */
  readonly rangeWidth: number | null;
  /** Whether that range is narrower than the one already known (or the first one). */
  readonly rangeNarrows: boolean;
  /** Whether it reveals nothing new: no issue left to reveal and no narrower range. */
  readonly revealsNothing: boolean;
}

/** What pressing one leader will cost and risk. */
export interface PressurePreview extends PreviewBase {
  readonly type: 'pressure';
  readonly party: string;
  /** Trust points it costs the leader (after the floor at 0). */
  readonly trustCost: number;
  readonly trustAfter: TrustStanding;
  /** Utility points it takes off the leader's demand for the rest of the game (the lever's). */
  readonly demandDrop: number;
  /** Utility points every other leader's demand hardens (`rules.pressureHardening`). */
  readonly othersHarden: number;
  /** Times the lever was used before: this use is the next one. */
  readonly earlierUses: number;
  /**
   * The chance, in percent (0–100), that this use makes the leader walk out: the lever's
   * `walkOutRisk` for each earlier use, so 0 the first time.
   */
  readonly walkOutChance: number;
  /** Whether trust falls to 0, so that the leader walks out for certain. */
  readonly trustRunsOut: boolean;
  /** Whether every leader answers again on the package on the table (rules 2, one tabled). */
  readonly asksAgain: boolean;
}

/** A package's crossing of a red line a leader named in an earlier answer. */
export interface KnownRedLine {
  readonly party: string;
  readonly issue: string;
  readonly option: string;
}

/** What tabling a package will cost. */
export interface ProposePreview extends PreviewBase {
  readonly type: 'propose';
  /**
   * The red lines of the package (when one is given) that leaders named in earlier answers: a
   * leader with one or more loses `redLineTrustCost` trust for certain, once. Red lines not yet
   * named stay unknown.
   */
  readonly crossesKnownRedLines: readonly KnownRedLine[];
  /** Trust points a crossed red line costs its leader (`rules.redLineTrustCost`). */
  readonly redLineTrustCost: number;
  /** Utility points a leader's demand hardens when it says no in public (`rules.rejectionHardening`). */
  readonly rejectionHardening: number;
}

/** What convening the summit will cost: on success, and on failure. */
export interface SummitPreview extends PreviewBase {
  readonly type: 'summit';
  /** Leaders whose last answer to the package on the table is no, in scenario order. */
  readonly refusing: readonly string[];
  /** Whether it fails if every leader answers as it last did (the summit asks them again). */
  readonly failsOnLastAnswers: boolean;
  /** What a failed summit costs. */
  readonly ifFails: {
    /** Sessions it uses: its own and `rules.summitFailureSessionCost` more, as many as are left. */
    readonly sessions: number;
    /** Trust each leader loses (after the floor at 0), in scenario order. */
    readonly trustLoss: readonly { readonly party: string; readonly points: number }[];
    /** How the talks would end for certain after a failure (walk-out first, then the deadline). */
    readonly ends: CertainEnding | null;
  };
}

/** What ending the talks does. */
export interface AdjournPreview extends PreviewBase {
  readonly type: 'adjourn';
}

/** What each action the mediator could take now will cost and risk. */
export interface ActionPreviews {
  /** Sessions left before the deadline. */
  readonly sessionsLeft: number;
  /**
   * Whether news from the scenario may arrive when the next session begins (an event not yet
   * arrived whose sessions include it); news can move trust and demands beyond these previews.
   */
  readonly newsMayArrive: boolean;
  /** One per leader, in scenario order. */
  readonly consult: readonly ConsultPreview[];
  readonly pressure: readonly PressurePreview[];
  readonly propose: ProposePreview;
  readonly summit: SummitPreview;
  readonly adjourn: AdjournPreview;
}

const clamp = (trust: number) => Math.min(100, Math.max(0, trust));

/** The reducer's refusal of an action before it reads the action's contents, or null. */
function refusal(model: ScenarioModel, state: GameState, type: Action['type']): Rejection | null {
  if (state.scenarioHash !== model.hash)
    return { code: 'wrong-scenario', message: 'this game was started with a different scenario' };
  if (state.outcome) return { code: 'game-over', message: 'the talks are over' };
  if (type === 'summit' && !state.table)
    return {
      code: 'nothing-tabled',
      message: 'table a proposal before convening the summit',
    };
  return null;
}

/** The deadline ending, when `cost` sessions use the last one; the sessions actually used. */
function clock(state: GameState, cost: number, deadline: StalemateCause = 'deadline') {
  const sessions = Math.min(cost, sessionsLeft(state));
  const ends: CertainEnding | null =
    state.sessionsUsed + sessions >= state.sessions ? { cause: deadline, party: null } : null;
  return { sessions, ends };
}

/**
 * Consulting a leader uses 1 session and gains it `rules.consultTrust` trust the first time,
 * half as much each further time (rounded down; under rules 1 the full amount every time; the
 * halving, the fewer issues and the narrowing range are game mechanics, reducer.ts),
 * capped at 100; it reveals the difficulty's `revealPerConsult` issues, one fewer each further
 * time (at least one; under rules 1 the same number every time), as many as are left; and a
 * range `rules.noDealRange` points wide for the no-deal value, half as wide each further time
 * (rounded; none under rules 1 or without the rule). Using the last session ends the talks at
 * the deadline. Blocked as the reducer blocks it: `game-over`, `unknown-party`,
 * `wrong-scenario`. Reads only the state's public fields (observation.ts).
 */
export function previewConsult(
  model: ScenarioModel,
  state: GameState,
  party: string,
): ConsultPreview {
  // Ids are data: only a party of the scenario is looked up (never `constructor` and the like).
  const p = model.partyIds.includes(party) ? state.parties[party] : undefined;
  const blocked = refusal(model, state, 'consult') ?? (p ? null : unknownParty(party));
  const trust = p?.trust ?? 0;
  const nothing: ConsultPreview = {
    type: 'consult',
    party,
    blocked,
    sessions: 0,
    ends: null,
    trustGain: 0,
    trustAfter: trustStanding(model, trust),
    revealsIssues: 0,
    issuesUnknownAfter: model.issueIds.length - (p?.revealed ?? 0),
    rangeWidth: null,
    rangeNarrows: false,
    revealsNothing: true,
  };
  if (blocked || !p) return nothing;
  const rules = model.scenario.rules;
  const settings = model.scenario.difficulties[state.difficulty];
  const n = p.consults + 1;
  const fresh = model.rules === 1 ? 1 : n;
  const after = clamp(trust + Math.floor(rules.consultTrust / 2 ** (fresh - 1)));
  const reveal = Math.max(
    settings.revealPerConsult - (fresh - 1),
    Math.min(settings.revealPerConsult, 1),
  );
  const revealsIssues = Math.max(0, Math.min(model.issueIds.length - p.revealed, reveal));
  const rangeWidth =
    rules.noDealRange !== undefined && model.rules !== 1
      ? Math.round(rules.noDealRange / 2 ** (n - 1))
      : null;
  const known = p.noDealRange ? p.noDealRange[1] - p.noDealRange[0] : null;
  const rangeNarrows = rangeWidth !== null && (known === null || rangeWidth < known);
  return {
    ...nothing,
    ...clock(state, 1),
    trustGain: after - trust,
    trustAfter: trustStanding(model, after),
    revealsIssues,
    issuesUnknownAfter: model.issueIds.length - p.revealed - revealsIssues,
    rangeWidth,
    rangeNarrows,
    revealsNothing: revealsIssues === 0 && !rangeNarrows,
  };
}

/**
 * Pressing a leader uses 1 session, costs it its lever's `trustCost` trust (not below 0), takes
 * the lever's `reservationDrop` off its demand for the rest of the game and hardens every other
 * leader's demand by `rules.pressureHardening`. Its chance of a walk-out is the lever's
 * `walkOutRisk` percent for each earlier use (0 the first time, at most 100), drawn by the
 * game's generator; trust falling to 0 is a walk-out for certain. Under rules 2 every leader
 * then answers again on the package on the table. Blocked as the reducer blocks it:
 * `game-over`, `unknown-party`, `wrong-scenario`. Reads only public fields and scenario data.
 */
export function previewPressure(
  model: ScenarioModel,
  state: GameState,
  party: string,
): PressurePreview {
  const index = model.partyIds.indexOf(party);
  const p = index >= 0 ? state.parties[party] : undefined;
  const lever = model.scenario.parties[index]?.lever;
  const blocked = refusal(model, state, 'pressure') ?? (p && lever ? null : unknownParty(party));
  const trust = p?.trust ?? 0;
  const nothing: PressurePreview = {
    type: 'pressure',
    party,
    blocked,
    sessions: 0,
    ends: null,
    trustCost: 0,
    trustAfter: trustStanding(model, trust),
    demandDrop: 0,
    othersHarden: 0,
    earlierUses: p?.pressure ?? 0,
    walkOutChance: 0,
    trustRunsOut: false,
    asksAgain: false,
  };
  if (blocked || !p || !lever) return nothing;
  const after = clamp(trust - lever.trustCost);
  const runsOut = after <= 0;
  const time = clock(state, 1);
  return {
    ...nothing,
    sessions: time.sessions,
    ends: runsOut ? { cause: 'walk-out', party } : time.ends,
    trustCost: trust - after,
    trustAfter: trustStanding(model, after),
    demandDrop: lever.reservationDrop,
    othersHarden: model.scenario.rules.pressureHardening ?? 0,
    walkOutChance: Math.min(100, p.pressure * (lever.walkOutRisk ?? 0)),
    trustRunsOut: runsOut,
    asksAgain: asksLeaders(model, state, 'pressure'),
  };
}

/**
 * Tabling a package uses 1 session. A leader whose red line it crosses loses
 * `rules.redLineTrustCost` trust; one that says no otherwise hardens by
 * `rules.rejectionHardening`. Of the red lines, only those leaders named in earlier answers are
 * known: `crossesKnownRedLines` lists the package's, and trust falling to 0 there is a walk-out
 * for certain. Blocked as the reducer blocks it: `game-over`, `wrong-scenario`,
 * `invalid-package` (a package given that is not well formed).
 */
export function previewPropose(
  model: ScenarioModel,
  state: GameState,
  pkg: Package | null = null,
): ProposePreview {
  const parsed = pkg ? choiceOf(model, pkg) : null;
  const blocked =
    refusal(model, state, 'propose') ??
    (parsed && !parsed.ok
      ? { code: 'invalid-package' as const, message: `cannot table this package: ${parsed.error}` }
      : null);
  const rules = model.scenario.rules;
  const crossed =
    pkg && !blocked
      ? knownRedLines(model, state).filter((line) => pkg[line.issue] === line.option)
      : [];
  const time = clock(state, 1);
  const gone = [...new Set(crossed.map((line) => line.party))]
    .filter((id) => (state.parties[id]?.trust ?? 0) - rules.redLineTrustCost <= 0)
    .sort();
  return {
    type: 'propose',
    blocked,
    sessions: blocked ? 0 : time.sessions,
    ends: blocked
      ? null
      : gone[0] !== undefined
        ? { cause: 'walk-out', party: gone[0] }
        : time.ends,
    crossesKnownRedLines: crossed,
    redLineTrustCost: rules.redLineTrustCost,
    rejectionHardening: rules.rejectionHardening ?? 0,
  };
}

/**
 * The red lines leaders have named: each answer that refused a package for crossing a red line
 * names the issue, and the package it answered names the option. Read from the history, in the
 * order they were named, each once.
 */
export function knownRedLines(model: ScenarioModel, state: GameState): readonly KnownRedLine[] {
  const lines: KnownRedLine[] = [];
  let table: Package | null = null;
  for (const event of state.history) {
    if (event.action.type === 'propose') table = event.action.package;
    if (!event.answers || !table) continue;
    for (const party of model.partyIds) {
      const answer = event.answers[party];
      const option = answer?.redLine ? table[answer.issue] : undefined;
      if (!answer || option === undefined) continue;
      if (!lines.some((l) => l.party === party && l.issue === answer.issue && l.option === option))
        lines.push({ party, issue: answer.issue, option });
    }
  }
  return lines;
}

/**
 * Convening the summit asks every leader again on the package on the table. If all say yes it
 * is signed, in 1 session. Otherwise it fails: every leader loses
 * `rules.summitFailureTrustCost` trust (not below 0) and it uses 1 + `rules.summitFailureSessionCost`
 * sessions (as many as are left); a leader whose trust reaches 0 walks out (the first by id),
 * else using the last session ends the talks as a failed summit. Whether it fails is not known
 * before it is held: `failsOnLastAnswers` says whether the last answers would fail it. Blocked as
 * the reducer blocks it: `game-over`, `nothing-tabled`, `wrong-scenario`.
 */
export function previewSummit(model: ScenarioModel, state: GameState): SummitPreview {
  const blocked = refusal(model, state, 'summit');
  const rules = model.scenario.rules;
  const refusing = blocked
    ? []
    : model.partyIds.filter((id) => state.answers?.[id]?.accepts === false);
  const trustLoss = model.partyIds.map((party) => {
    const trust = state.parties[party]?.trust ?? 0;
    return { party, points: blocked ? 0 : trust - clamp(trust - rules.summitFailureTrustCost) };
  });
  const failure = clock(state, 1 + rules.summitFailureSessionCost, 'failed-summit');
  const gone = model.partyIds
    .filter((id) => (state.parties[id]?.trust ?? 0) - rules.summitFailureTrustCost <= 0)
    .sort();
  return {
    type: 'summit',
    blocked,
    sessions: blocked ? 0 : clock(state, 1).sessions,
    // Signed or failed, the summit at the last session ends the talks; but how is not certain.
    ends: null,
    refusing,
    failsOnLastAnswers: refusing.length > 0,
    ifFails: {
      sessions: blocked ? 0 : failure.sessions,
      trustLoss,
      ends: blocked
        ? null
        : gone[0] !== undefined
          ? { cause: 'walk-out', party: gone[0] }
          : failure.ends,
    },
  };
}

/**
 * Ending the talks ("adjourn") uses no session and ends them at once in a stalemate. Blocked as
 * the reducer blocks it: `game-over`, `wrong-scenario`.
 */
export function previewAdjourn(model: ScenarioModel, state: GameState): AdjournPreview {
  const blocked = refusal(model, state, 'adjourn');
  return {
    type: 'adjourn',
    blocked,
    sessions: 0,
    ends: blocked ? null : { cause: 'adjourned', party: null },
  };
}

/**
 * Every action's preview (see each preview function for its rule), the consultations and
 * pressures one per leader in the scenario's order; `pkg` is the package the mediator might
 * table (the draft), if any. Uses only what the mediator may know: the scenario's rules and
 * levers, the state's public fields and the history, never a no-deal value, demand or draw.
 */
export function actionPreviews(
  model: ScenarioModel,
  state: GameState,
  pkg: Package | null = null,
): ActionPreviews {
  return {
    sessionsLeft: sessionsLeft(state),
    newsMayArrive: newsMayArrive(model, state),
    consult: model.partyIds.map((id) => previewConsult(model, state, id)),
    pressure: model.partyIds.map((id) => previewPressure(model, state, id)),
    propose: previewPropose(model, state, pkg),
    summit: previewSummit(model, state),
    adjourn: previewAdjourn(model, state),
  };
}

/**
 * Whether a scenario event not yet arrived may arrive at the start of the next session: its
 * sessions (`from`–`to`, within the difficulty's) include it. Which of them, and when, the
 * game's generator drew at the start; that stays hidden.
 */
function newsMayArrive(model: ScenarioModel, state: GameState): boolean {
  if (state.outcome || sessionsLeft(state) <= 1) return false;
  const next = state.sessionsUsed + 2;
  const arrived = new Set(arrivedNews(state));
  const last = model.scenario.difficulties[state.difficulty].sessions;
  return (model.scenario.events ?? []).some(
    (e) => !arrived.has(e.id) && e.sessions.from <= next && next <= Math.min(e.sessions.to, last),
  );
}

function unknownParty(party: string): Rejection {
  return { code: 'unknown-party', message: `unknown party ${JSON.stringify(party)}` };
}
