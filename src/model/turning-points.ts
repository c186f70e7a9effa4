import { answerOf } from './acceptance';
import { choiceOf, type ScenarioModel } from './compile';
import type { Answers, GameState, TalkEvent } from './game';
import { listed } from './scenario-words';
import { utilities } from './utility';

/** What made a step matter, in the order the steps of one session are told. */
export type TurningPointKind =
  /** A proposal crossed a leader's red line, which cost its trust. */
  | 'red-line'
  /** The mediator used a leader's pressure lever. */
  | 'pressure'
  /** A leader's trust fell below the comfort level: it now gives ground more slowly. */
  | 'distrust'
  /** A leader said yes for the first time, and would have without any pressure. */
  | 'won-over'
  /** A leader said yes for the first time only because pressure had lowered its bar. */
  | 'gave-way'
  | 'failed-summit'
  | 'walk-out'
  /** The summit signed the package on the table: a deal or a surrender. */
  | 'signed'
  /** The sessions ran out with nothing signed. */
  | 'deadline'
  | 'adjourned'
  /** News from the reporting arrived and moved some leaders' positions. */
  | 'news';

export interface TurningPoint {
  readonly kind: TurningPointKind;
  /** The step (from 1) of the action. */
  readonly step: number;
  readonly session: number;
  /** The leader it concerns, or null when it concerns the talks as a whole. */
  readonly party: string | null;
  /** The trust the pressure or the crossed red line cost the leader (negative), else 0. */
  readonly trustChange: number;
  /** One plain sentence. */
  readonly description: string;
}

// The answers first, then what the step cost, then the trust that fell because of it.
const ORDER: readonly TurningPointKind[] = [
  'won-over',
  'gave-way',
  'red-line',
  'pressure',
  'failed-summit',
  'distrust',
  'walk-out',
  'signed',
  'deadline',
  'adjourned',
  'news',
];

const pointWord = (n: number) => (n === 1 ? 'point' : 'points');
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * The turning points of a game, given its states (the state before any action, then after each
 * step): the first yes of each leader (won over, or given way under pressure), every use of
 * pressure and crossed red line with its cost in trust, the moment a leader's trust fell below
 * the comfort level, failed summits, the news that arrived, and how the talks ended.
 */
export function turningPoints(model: ScenarioModel, states: readonly GameState[]): TurningPoint[] {
  const scenario = model.scenario;
  const name = (id: string) => scenario.parties.find((p) => p.id === id)?.country ?? id;
  const issueLabel = (id: string) => scenario.issues.find((i) => i.id === id)?.label ?? id;
  const optionLabel = (issue: string, option: string) =>
    scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ??
    option;
  const comfort = scenario.rules.trustComfort;
  // In a role-play people answer for the leaders: no demand gives ground or hardens; pressure
  // lowers the no-deal value the pressed leader's player counts.
  const people = states[0]?.players === 'people';
  const saidYes = new Set<string>();
  const points: TurningPoint[] = [];

  for (let step = 1; step < states.length; step++) {
    const before = states[step - 1];
    const after = states[step];
    const event: TalkEvent | undefined = after?.history[step - 1];
    if (!before || !after || !event) continue;
    const at = (
      kind: TurningPointKind,
      party: string | null,
      description: string,
      trustChange = 0,
    ) => {
      points.push({ kind, step, session: event.session, party, trustChange, description });
    };
    const trustAfter = (id: string) => after.parties[id]?.trust ?? 0;
    const action = event.action;

    if (action.type === 'pressure') {
      const p = model.partyIds.indexOf(action.party);
      const lever = scenario.parties[p]?.lever;
      const cost = -(event.trust[action.party] ?? 0);
      const hardening = scenario.rules.pressureHardening ?? 0;
      const others =
        hardening > 0 && !people
          ? ` Every other leader now asks ${hardening} more ${pointWord(hardening)}.`
          : '';
      const drop = lever?.reservationDrop ?? 0;
      at(
        'pressure',
        action.party,
        `${lever?.label ?? 'Pressure'}: ${name(action.party)} now ${people ? `counts no deal ${drop} points lower` : `asks ${drop} points less`}, and its trust fell by ${cost}, to ${trustAfter(action.party)}.${others}`,
        -cost,
      );
    }
    if (action.type === 'propose' && event.answers) {
      for (const id of model.partyIds) {
        const answer = event.answers[id];
        if (!answer?.redLine) continue;
        const option = optionLabel(answer.issue, action.package[answer.issue] ?? '');
        const cost = -(event.trust[id] ?? 0);
        at(
          'red-line',
          id,
          `The proposal crossed ${name(id)}’s red line (${issueLabel(answer.issue)}: ${option}); its trust fell by ${cost}, to ${trustAfter(id)}.`,
          -cost,
        );
      }
    }
    for (const id of model.partyIds) {
      const was = before.parties[id]?.trust ?? 0;
      const now = trustAfter(id);
      if (was >= comfort && now < comfort && now > 0) {
        at(
          'distrust',
          id,
          `${name(id)}’s trust fell to ${now}, below ${comfort}: ${people ? 'at 0 it walks out' : 'it now gives ground more slowly'}.`,
        );
      }
    }
    if (event.answers) {
      // A pressed leader answers after the pressure; otherwise answers come before the action.
      const asked = action.type === 'pressure' ? after : before;
      firstYeses(model, asked, event, event.answers, saidYes, (id, pushed) => {
        const where = action.type === 'summit' ? ', at the summit' : '';
        if (pushed) {
          const n = asked.parties[id]?.pressure ?? 0;
          at(
            'gave-way',
            id,
            people
              ? `${name(id)} said yes for the first time${where}, to a package worth less to it than no deal was before pressure (used ${times(n)}) lowered that value.`
              : `${name(id)} said yes for the first time${where}, but only because pressure (used ${times(n)}) had lowered its bar.`,
          );
        } else {
          at('won-over', id, `${name(id)} accepted a proposal for the first time${where}.`);
        }
      });
    }
    if (
      action.type === 'summit' &&
      event.answers &&
      !Object.values(event.answers).every((a) => a.accepts)
    ) {
      const refused = model.partyIds
        .filter((id) => event.answers?.[id]?.accepts === false)
        .map(name);
      const rules = scenario.rules;
      const sessions = 1 + rules.summitFailureSessionCost;
      at(
        'failed-summit',
        null,
        `${listed(refused)} would not sign. Every leader lost up to ${rules.summitFailureTrustCost} trust, and the summit took ${sessions} ${sessions === 1 ? 'session' : 'sessions'}.`,
      );
    }

    for (const id of event.news) {
      const news = scenario.events?.find((e) => e.id === id);
      if (news) at('news', null, `${news.date}: ${news.headline}`);
    }

    const outcome = after.outcome;
    if (outcome && !before.outcome) {
      const reason = outcome.reasons[0] ?? '';
      switch (outcome.kind) {
        case 'deal':
          at(
            'signed',
            null,
            `The summit signed the package: a deal scoring ${outcome.score.total} of 100.`,
          );
          break;
        case 'surrender':
          at(
            'signed',
            outcome.surrenderedBy,
            `The summit signed the package, but as a surrender by ${name(outcome.surrenderedBy)}.`,
          );
          break;
        case 'stalemate':
          if (outcome.cause === 'walk-out') at('walk-out', outcome.party, reason);
          else if (outcome.cause === 'adjourned') at('adjourned', null, reason);
          else at('deadline', null, reason);
          break;
        default: {
          const unreachable: never = outcome;
          throw new Error(`unknown outcome ${String(unreachable)}`);
        }
      }
    }
  }
  return points.sort(
    (a, b) =>
      a.step - b.step ||
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      model.partyIds.indexOf(a.party ?? '') - model.partyIds.indexOf(b.party ?? ''),
  );
}

/**
 * Calls `found` for each leader saying yes for the first time at this event, telling whether
 * the yes was pushed: the same package would have been refused with the pressure taken away.
 * In a role-play (people answered) that is when the package is worth less to the leader than
 * its no-deal value before pressure: the player said yes only to the lowered value.
 */
function firstYeses(
  model: ScenarioModel,
  before: GameState,
  event: TalkEvent,
  answers: Answers,
  saidYes: Set<string>,
  found: (party: string, pushed: boolean) => void,
): void {
  const pkg = event.action.type === 'propose' ? event.action.package : before.table;
  // `before` is the state the leaders answered in.
  const parsed = pkg ? choiceOf(model, pkg) : null;
  model.partyIds.forEach((id, p) => {
    if (!answers[id]?.accepts || saidYes.has(id)) return;
    saidYes.add(id);
    const party = before.parties[id];
    if (!party || party.pressure === 0 || !parsed?.ok) {
      found(id, false);
      return;
    }
    if (before.players === 'people') {
      found(id, (utilities(model, parsed.choice)[p] ?? 0) < party.noDealValue);
      return;
    }
    const unpressured: GameState = {
      ...before,
      parties: { ...before.parties, [id]: { ...party, pressure: 0 } },
    };
    found(id, !answerOf(model, unpressured, p, parsed.choice).accepts);
  });
}
