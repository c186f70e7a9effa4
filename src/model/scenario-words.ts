import { findRecordedQuote } from './quotes';
import type { RulesVersion } from './scenario-hash';
import type { Quote, Scenario, Source } from './types';

/**
 * What the game says where a scenario gives no words of its own (its `wording`): words that fit
 * any talks, real or fictional, war or water.
 */
export const NEUTRAL_WORDING = {
  summit: 'summit',
  deal: 'a deal',
  lasting: 'the agreement',
  noDeal: 'nothing is settled',
} as const;

/** The words the outcome's reasons are written with (outcome.ts). */
export interface OutcomeWording {
  /** "that is not …, it is surrender". */
  readonly deal: string;
  /** "help … last". */
  readonly lasting: string;
  /** "how far the terms (…) help …", or null for no list of terms. */
  readonly durableTerms: string | null;
  /** "nobody won, and …". */
  readonly noDeal: string;
}

/**
 * The words the rules of releases up to 0.3 (rules 1 and 2) wrote into every game's record,
 * whatever its scenario: kept so that the games played under them replay to the states they
 * recorded, and used for nothing else.
 */
const RECORDED_BEFORE_RULES_3: OutcomeWording = {
  deal: 'a peace deal',
  lasting: 'the peace',
  durableTerms: 'guarantees, monitors, laws, phased steps',
  noDeal: 'the war goes on',
};

/**
 * The words of the outcome's reasons in a game under a version of the rules: from rules 3 on, the
 * scenario's `wording` (deal, lasting, durableTerms, noDeal), each absent one replaced by its
 * NEUTRAL_WORDING (no list of terms for durableTerms); under rules 1 and 2, the words those
 * rules wrote for every scenario.
 */
export function outcomeWording(scenario: Scenario, rules: RulesVersion): OutcomeWording {
  return rules < 3 ? RECORDED_BEFORE_RULES_3 : scenarioOutcomeWording(scenario);
}

/** The scenario's words for the outcome, each absent one replaced as outcomeWording says. */
function scenarioOutcomeWording(scenario: Scenario): OutcomeWording {
  const words = scenario.wording;
  return {
    deal: words?.deal ?? NEUTRAL_WORDING.deal,
    lasting: words?.lasting ?? NEUTRAL_WORDING.lasting,
    durableTerms: words?.durableTerms ?? null,
    noDeal: words?.noDeal ?? NEUTRAL_WORDING.noDeal,
  };
}

/** A list of names in words: "A", "A and B", "A, B and C". */
export function listed(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * The scenario in one sentence for the title screen: its `wording.blurb`, or else "You chair
 * talks between A, B and C." with the parties' countries in scenario order.
 */
export function scenarioBlurb(scenario: Scenario): string {
  return (
    scenario.wording?.blurb ??
    `You chair talks between ${listed(scenario.parties.map((p) => p.country))}.`
  );
}

/** The meeting that signs a package, as in "before the … deadline": `wording.summit` or "summit". */
export function summitName(scenario: Scenario): string {
  return scenario.wording?.summit ?? NEUTRAL_WORDING.summit;
}

/**
 * What the durable terms of a deal keep ("the peace") and which terms they are (or null), for the
 * screens that explain the deal score: the scenario's words, each absent one as outcomeWording
 * replaces it.
 */
export function durabilityWording(scenario: Scenario): {
  readonly lasting: string;
  readonly durableTerms: string | null;
} {
  const { lasting, durableTerms } = scenarioOutcomeWording(scenario);
  return { lasting, durableTerms };
}

/**
 * The quote a scenario sets beside its rules (`wording.quote`) with who said it and the source
 * that records it; null when the scenario names none, or names one its sources do not record
 * word for word (possible only in a scenario carried by a save, whose quotes are not checked).
 */
export function scenarioQuote(
  scenario: Scenario,
): { readonly quote: Quote; readonly source: Source } | null {
  const text = scenario.wording?.quote;
  return text === undefined ? null : findRecordedQuote(scenario, text);
}

/**
 * The quote a scenario sets beside its rules (`wording.quote`) must be one its sources record
 * word for word: one error naming it otherwise, none when it is recorded or absent.
 */
export function wordingQuoteErrors(scenario: Scenario): string[] {
  const quote = scenario.wording?.quote;
  if (quote === undefined || findRecordedQuote(scenario, quote)) return [];
  const shown = quote.length > 80 ? `${quote.slice(0, 79)}…` : quote;
  return [
    `wording.quote: “${shown}” is not a quote recorded in sources (record it word for word in a source's quotes, with who said it)`,
  ];
}
