import { analyze, leftOnTable } from '../model/analysis';
import { choiceAt, packageOf } from '../model/compile';
import { mostOpposedPair, pairFrontier, paretoImprovement } from '../model/debrief-analysis';
import { type DebriefFacts, debriefFacts } from '../model/debrief-facts';
import { type ConcessionStyle, concessionStyle } from '../model/demand';
import { arrivedNews } from '../model/news';
import {
  type PlayerAnswerFact,
  playerAnswerFacts,
  utilityDistance,
} from '../model/role-play-review';
import { durabilityWording } from '../model/scenario-words';
import type { NewsEvent, Package } from '../model/types';
import { roundUtility } from '../model/utility';
import { replaySave } from '../saves/replay';
import type { Save } from '../saves/save-format';
import { type ScenarioMapView, scenarioMapView } from './map-view';

/** The packages the chart of all packages marks: the player's, Nash's, Kalai–Smorodinsky's. */
export type MarkerKind = 'yours' | 'nash' | 'ks';

/** A marked package. */
export interface MarkedPackage {
  readonly kind: MarkerKind;
  /** Its index among all packages; null for the player's own, which the facts give. */
  readonly index: number | null;
  readonly pkg: Package | null;
  /** What it gives each leader (0–100), in scenario order: exact, where the chart places it. */
  readonly utilities: readonly number[];
  /** The same, rounded for people to one decimal (roundUtility), as the page prints them. */
  readonly shown: readonly number[];
}

/**
 * One leader's figures as the debrief prints them: utility points rounded to one decimal
 * (roundUtility). The chart places the exact values of the facts.
 */
export interface LeaderFigures {
  /** What the package is worth to it; null when nothing was tabled. */
  readonly utility: number | null;
  /** Its no-deal value in this game. */
  readonly noDeal: number;
  /** How far the package is from its no-deal value, either way; null without a package. */
  readonly gap: number | null;
  /** Whether the mediator used its lever on it at all. */
  readonly pressed: boolean;
  /**
   * What it asked when the talks ended, at least 0: under pressure, below its no-deal value. In a
   * role-play, the no-deal value its player was to feel then (pressure's drops taken off).
   */
  readonly demandAtEnd: number;
  /** What it opened asking. */
  readonly opening: number;
  /** How far public refusals, pressure on others and the news moved its demand (signed). */
  readonly demandShift: number;
  /** Its no-deal value at the start less the stated one: this game's hidden noise (signed). */
  readonly noise: number;
  /** How far the news moved its no-deal value during the talks (signed). */
  readonly newsShift: number;
  /** How its demand gives ground (concessionStyle); null without a concession curve. */
  readonly style: ConcessionStyle | null;
}

/** A news item of the scenario, and the session at whose start it arrived (null: it did not). */
export interface NewsArrival {
  readonly event: NewsEvent;
  readonly arrivedAt: number | null;
}

/** Everything the debrief shows of a replayed game: its facts, and what follows from them. */
export interface DebriefView extends DebriefFacts {
  /** The scenario's map, for a scenario that has one. */
  readonly map: ScenarioMapView | null;
  /** In scenario order. */
  readonly leaders: readonly LeaderFigures[];
  /** The scenario's news items, in its order. */
  readonly news: readonly NewsArrival[];
  /** What the scenario's durability helps last, in its own words ("the peace"). */
  readonly lasting: string;
  /** Every package, as analyze() has them, for the chart of all packages. */
  readonly space: {
    readonly packageCount: number;
    /** Packages every leader accepts without pressure: the zone of possible agreement. */
    readonly zopaSize: number;
    /** utilities[party][package index], 0–100. */
    readonly utilities: readonly ArrayLike<number>[];
    /** 1 where a package crosses some leader's red line. */
    readonly redLined: ArrayLike<number>;
  };
  /** The player's package (when there is one), then the Nash and Kalai–Smorodinsky packages. */
  readonly marked: readonly MarkedPackage[];
  /**
   * The two leaders the chart opens on: those whose interests clash most (mostOpposedPair),
   * one of them the leader who surrendered, if one did. Party indices.
   */
  readonly pair: readonly [number, number];
  /**
   * What was left on the table: a package crossing no red line better for every leader at once
   * (paretoImprovement), and the least any leader gains by it (leftOnTable, rounded); null when
   * none is better, or nothing was tabled.
   */
  readonly better: { readonly pkg: Package; readonly gain: number } | null;
  /**
   * How far the player's package is from the Nash and Kalai–Smorodinsky packages
   * (utilityDistance, utility points, rounded); null without a package or such a package.
   */
  readonly distance: { readonly nash: number | null; readonly ks: number | null } | null;
  /** In a role-play, every answer each leader's player gave (playerAnswerFacts); else empty. */
  readonly answers: readonly PlayerAnswerFact[];
}

export type DebriefOpened =
  | { readonly ok: true; readonly view: DebriefView }
  | { readonly ok: false; readonly error: string };

/**
 * The debrief of a saved game, finished or not: the save is replayed and checked step by step,
 * then its facts (debriefFacts) and the analysis of every package are worked out; a save that
 * does not replay gives why, in words.
 */
export function openDebrief(save: Save): DebriefOpened {
  const replay = replaySave(save);
  if (!replay.ok) return replay;
  const facts = debriefFacts(replay.model, replay.states);
  const { model, final, choice } = facts;
  const scenario = model.scenario;
  const analysis = analyze(model);
  const at = (k: number) => model.partyIds.map((_, p) => analysis.utilities[p]?.[k] ?? 0);
  const mark = (kind: MarkerKind, index: number | null, utilities: readonly number[]) => ({
    kind,
    index,
    pkg: index === null ? facts.pkg : packageOf(model, choiceAt(model, index)),
    utilities,
    shown: utilities.map(roundUtility),
  });
  const marked: MarkedPackage[] = [];
  if (facts.utilities) marked.push(mark('yours', null, facts.utilities));
  if (analysis.nash !== null) marked.push(mark('nash', analysis.nash, at(analysis.nash)));
  if (analysis.kalaiSmorodinsky !== null) {
    marked.push(mark('ks', analysis.kalaiSmorodinsky, at(analysis.kalaiSmorodinsky)));
  }
  const { outcome } = facts;
  const surrendered =
    outcome?.kind === 'surrender' ? model.partyIds.indexOf(outcome.surrenderedBy) : -1;
  const improvement = choice ? paretoImprovement(model, choice) : null;
  const from = (kind: MarkerKind) => {
    const other = marked.find((m) => m.kind === kind);
    return facts.utilities && other
      ? roundUtility(utilityDistance(facts.utilities, other.utilities))
      : null;
  };
  const came = new Set(arrivedNews(final));
  const arrived = new Map(
    final.agenda.filter((n) => came.has(n.id)).map((n) => [n.id, n.session] as const),
  );
  // In a role-play no model demand answered: the bar pressure lowered is the no-deal value each
  // player was to feel (results.ts pressuredNoDeal).
  const pressured =
    final.players === 'people' ? facts.parties.map((r) => r.pressuredNoDeal) : facts.pressured;
  return {
    ok: true,
    view: {
      ...facts,
      pressured,
      map: scenarioMapView(scenario),
      leaders: scenario.parties.map((party, p) => {
        const first = facts.states[0]?.parties[party.id];
        const last = final.parties[party.id];
        const utility = facts.utilities?.[p] ?? null;
        const noDeal = facts.noDeal[p] ?? 0;
        const atStart = first?.noDealValue ?? party.reservationValue.value;
        return {
          utility: utility === null ? null : roundUtility(utility),
          noDeal: roundUtility(noDeal),
          gap: utility === null ? null : roundUtility(Math.abs(utility - noDeal)),
          pressed: (last?.pressure ?? 0) > 0,
          demandAtEnd: roundUtility(Math.max(0, pressured[p] ?? 0)),
          opening: roundUtility(first?.opening ?? party.concession?.opening.value ?? 0),
          demandShift: roundUtility(last?.demandShift ?? 0),
          noise: roundUtility(atStart - party.reservationValue.value),
          newsShift: roundUtility((facts.noDeal[p] ?? atStart) - atStart),
          style: party.concession ? concessionStyle(party.concession.curve.value) : null,
        };
      }),
      news: (scenario.events ?? []).map((event) => ({
        event,
        arrivedAt: arrived.get(event.id) ?? null,
      })),
      lasting: durabilityWording(scenario).lasting,
      space: analysis,
      marked,
      pair: mostOpposedPair(model, surrendered >= 0 ? surrendered : undefined),
      better:
        improvement && choice
          ? {
              pkg: packageOf(model, choiceAt(model, improvement.index)),
              gain: roundUtility(leftOnTable(model, choice)),
            }
          : null,
      distance: facts.utilities ? { nash: from('nash'), ks: from('ks') } : null,
      answers: playerAnswerFacts(model, facts.states),
    },
  };
}

/**
 * The Pareto frontier of two leaders (party indices) as they alone see it (pairFrontier): the
 * packages crossing no red line that no other such package beats for both, by the first's
 * utility, as package indices.
 */
export function selectPairFrontier(view: DebriefView, a: number, b: number): readonly number[] {
  return pairFrontier(view.model, a, b);
}
