import { findRecordedQuote } from '../model/quotes';
import type { Quote, Scenario, Source } from '../model/types';

/**
 * The line the briefing sets beside the rules of a surrender, word for word as the U.S.
 * Secretary of State was reported to say it (dash and apostrophes included).
 */
export const SURRENDER_QUOTE =
  'If one side gets everything, that’s not a peace deal—it’s surrender';

/**
 * The surrender line with who said it, when the scenario's sources record it; null otherwise,
 * so a scenario that does not record it (the fictional warm-up) is not shown someone's words.
 */
export function surrenderQuote(
  scenario: Scenario,
): { readonly quote: Quote; readonly source: Source } | null {
  return findRecordedQuote(scenario, SURRENDER_QUOTE);
}
