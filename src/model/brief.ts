import type { Choice, ScenarioModel } from './compile';
import type { GameState } from './game';
import { newsEvent } from './news';
import { pressuredNoDeal } from './results';
import { crossedRedLine, mostHurtingIssue, utility } from './utility';

/** One option of an issue as a leader's confidential brief gives it. */
export interface BriefOption {
  readonly id: string;
  readonly label: string;
  /** The leader's value of the option, 0–100 (the scenario's). */
  readonly value: number;
  /**
   * The points, out of the 100 a package can be worth to the leader, that this option adds:
   * the issue's share of the leader's weights × the value / 100.
   */
  readonly points: number;
  /** Whether the option crosses one of the leader's red lines. */
  readonly redLine: boolean;
  /** Why the leader values it so (the scenario's rationale). */
  readonly why: string;
}

/** One issue as a leader's confidential brief gives it. */
export interface BriefIssue {
  readonly id: string;
  readonly label: string;
  /** The issue's share of the leader's weights, in %: its importance to the leader. */
  readonly share: number;
  /** The most points, out of 100, the issue can add: its best option's. */
  readonly best: number;
  /** Why it matters so much or so little to the leader (the scenario's rationale). */
  readonly why: string;
  /** Its options in the scenario's order. */
  readonly options: readonly BriefOption[];
}

/** What only the player of one leader sees in a role-play: its confidential instructions. */
export interface ConfidentialBrief {
  readonly party: string;
  readonly country: string;
  readonly leader: { readonly title: string; readonly name: string };
  /** Its public position, which every player knows. */
  readonly position: string;
  /** Its no-deal value in this game, 0–100: the scenario's, moved by hidden noise and news. */
  readonly noDeal: number;
  /**
   * The no-deal value the player is to feel after the mediator's pressure, 0–100 or below:
   * `noDeal` less the lever's `reservationDrop` for each use (the same as `noDeal` unpressed).
   */
  readonly pressuredNoDeal: number;
  /** Times the mediator has pressed it. */
  readonly pressed: number;
  /** Its trust in the mediator, 0–100. */
  readonly trust: number;
  /** The issues, most points first (ties in the scenario's order). */
  readonly issues: readonly BriefIssue[];
  /** The options it never accepts, with why. */
  readonly redLines: readonly {
    readonly issue: string;
    readonly option: string;
    readonly why: string;
  }[];
  /** How the mediator can press it. */
  readonly lever: { readonly label: string; readonly description: string; readonly drop: number };
}

/**
 * The points, out of 100, that option `o` of issue `i` adds to what a package is worth to party
 * `p`: its weight over the sum of its weights × its value (0–100). A package's points add up to
 * its utility (utility.ts).
 */
function optionPoints(model: ScenarioModel, p: number, i: number, o: number): number {
  const weight = model.weights[p]?.[i] ?? 0;
  return (weight * (model.values[p]?.[i]?.[o] ?? 0)) / (model.weightSums[p] ?? 1);
}

/**
 * A leader's confidential brief for the student who plays it in a role-play, from the scenario
 * and this game's state: each issue's share of the 100 points a package can be worth to the
 * leader (its normalised weight) and the points each option adds (share × value / 100, so that
 * the chosen options' points add up to the package's utility), its red lines, and its no-deal
 * value in this game, as pressure makes it feel. Null for a party the scenario does not have.
 */
export function confidentialBrief(
  model: ScenarioModel,
  state: GameState,
  party: string,
): ConfidentialBrief | null {
  const p = model.partyIds.indexOf(party);
  const data = model.scenario.parties[p];
  const own = state.parties[party];
  if (p < 0 || !data || !own) return null;
  const lines = model.redLines[p] ?? [];
  const issues = model.scenario.issues.map((issue, i): BriefIssue => {
    const priority = data.priorities[issue.id];
    const share = (100 * (model.weights[p]?.[i] ?? 0)) / (model.weightSums[p] ?? 1);
    const options = issue.options.map((option, o): BriefOption => {
      const value = priority?.options[option.id]?.value ?? 0;
      return {
        id: option.id,
        label: option.label,
        value,
        points: optionPoints(model, p, i, o),
        redLine: lines[i]?.[o] === true,
        why: priority?.options[option.id]?.why ?? '',
      };
    });
    return {
      id: issue.id,
      label: issue.label,
      share,
      best: Math.max(...options.map((option) => option.points)),
      why: priority?.why ?? '',
      options,
    };
  });
  const order = issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => b.issue.share - a.issue.share || a.i - b.i);
  const drop = data.lever.reservationDrop;
  return {
    party,
    country: data.country,
    leader: data.leader,
    position: data.position,
    noDeal: own.noDealValue,
    pressuredNoDeal: pressuredNoDeal(model, p, own.noDealValue, own.pressure),
    pressed: own.pressure,
    trust: own.trust,
    issues: order.map((x) => x.issue),
    redLines: data.redLines.map((line) => ({
      issue: line.issue,
      option: line.option,
      why: line.why,
    })),
    lever: { label: data.lever.label, description: data.lever.description, drop },
  };
}

/** One issue of a package as the player of a leader weighs it before answering. */
export interface SheetIssue {
  readonly issue: string;
  readonly label: string;
  /** The option the package chooses, and its label. */
  readonly option: string;
  readonly optionLabel: string;
  /** The points it adds for this leader, 0–100 in all (optionPoints). */
  readonly points: number;
  /** The most points any option of the issue adds for this leader. */
  readonly best: number;
  /** Whether the option crosses one of the leader's red lines. */
  readonly redLine: boolean;
}

/**
 * What one leader's player sees on their turn to answer in a role-play: the package issue by
 * issue with their points, its total (the leader's utility, 0–100), the no-deal value to weigh
 * it against (lowered by the mediator's pressure, counting a press being made with this very
 * question), the red line it crosses if any, and the issue that costs the leader most against
 * its best option of each issue (model mostHurtingIssue), which the answer is to name.
 */
export interface AnswerSheet {
  readonly party: string;
  readonly issues: readonly SheetIssue[];
  readonly total: number;
  /** The leader's no-deal value in this game, 0–100. */
  readonly noDeal: number;
  /**
   * How far the news that arrived since the talks began moved `noDeal` (signed points): the
   * role cards, printed before, give the value before that news.
   */
  readonly newsShift: number;
  /** The no-deal value the player is to feel now: `noDeal` less each press's drop. */
  readonly feltNoDeal: number;
  /** Times the mediator has pressed it, this question's press included. */
  readonly pressed: number;
  /** The issue whose red line the package crosses, or null. */
  readonly redLine: string | null;
  readonly hurtsMost: string;
}

/**
 * The answer sheet of one leader's player for a package (see AnswerSheet). `pressing` names the
 * leader the mediator presses with this question (pressure on a tabled package), whose felt
 * no-deal value then falls by one more lever drop. Null for an unknown party.
 */
export function answerSheet(
  model: ScenarioModel,
  state: GameState,
  party: string,
  choice: Choice,
  pressing: string | null,
): AnswerSheet | null {
  const brief = confidentialBrief(model, state, party);
  const p = model.partyIds.indexOf(party);
  if (!brief || p < 0) return null;
  const pressed = brief.pressed + (pressing === party ? 1 : 0);
  const line = crossedRedLine(model, p, choice);
  // The brief lists the issues most points first: the sheet goes in the scenario's order.
  const issues = model.scenario.issues.map((issue, i): SheetIssue => {
    const row = brief.issues.find((x) => x.id === issue.id);
    const option = row?.options[choice[i] ?? 0];
    return {
      issue: issue.id,
      label: issue.label,
      option: option?.id ?? '',
      optionLabel: option?.label ?? '',
      points: option?.points ?? 0,
      best: row?.best ?? 0,
      redLine: option?.redLine === true,
    };
  });
  return {
    party,
    issues,
    total: utility(model, p, choice),
    noDeal: brief.noDeal,
    newsShift: state.history
      .flatMap((event) => event.news)
      .flatMap((id) => newsEvent(model, id)?.effects ?? [])
      .reduce((sum, effect) => sum + (effect.party === party ? (effect.noDeal ?? 0) : 0), 0),
    feltNoDeal: pressuredNoDeal(model, p, brief.noDeal, pressed),
    pressed,
    redLine: line >= 0 ? (model.issueIds[line] ?? null) : null,
    hurtsMost: model.issueIds[mostHurtingIssue(model, p, choice)] ?? '',
  };
}
