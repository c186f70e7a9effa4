import { leftOnTable } from './analysis';
import type { Choice, ScenarioModel } from './compile';
import { type SignedOutcome, signedPackage } from './outcome';
import { type DealScore, weighDeal } from './score';
import { crossedRedLine, roundUtility } from './utility';

const percent = (x: number) => Math.round(x);

/**
 * The outcome rule of rules version 1, kept as releases 0.1 and 0.2 had it so that their saves
 * replay to the states they recorded; every new game uses classifyOutcome (outcome.ts). A
 * signed package is a surrender when it crosses a party's red line, when a party signed below
 * its unpressured no-deal value, or when one party got nearly all it could want and another
 * nearly nothing (the first that applies is the one reason given); otherwise it is a deal,
 * scored on fairness (one less the spread of the shares of possible gain), efficiency and
 * durability. Do not change a word or number here: the recorded states quote it.
 */
export function classifyOutcomeV1(
  model: ScenarioModel,
  choice: Choice,
  noDealValues: readonly number[] = model.reservationValues,
): SignedOutcome {
  const rules = model.scenario.rules.outcome;
  const parties = model.scenario.parties;
  const { u, pkg, byId, name, lowest, all, share } = signedPackage(model, choice);
  const surrender = (p: number, reason: string): SignedOutcome => ({
    kind: 'surrender',
    package: pkg,
    utilities: byId,
    surrenderedBy: model.partyIds[p] ?? '',
    reasons: [reason],
  });

  const crossing = all.filter((p) => crossedRedLine(model, p, choice) >= 0);
  if (crossing.length > 0) {
    const p = lowest(() => 0, crossing);
    const i = crossedRedLine(model, p, choice);
    const issue = model.scenario.issues[i];
    const option = issue?.options[choice[i] ?? 0];
    return surrender(
      p,
      `${name(p)} would have to accept "${option?.label ?? ''}" (${issue?.label ?? ''}), across a red line it declared: giving up a red line is surrender, not a deal.`,
    );
  }

  const margin = (p: number) => (u[p] ?? 0) - (noDealValues[p] ?? 0);
  const below = all.filter((p) => margin(p) < 0);
  if (below.length > 0) {
    const p = lowest(margin, below);
    return surrender(
      p,
      `${name(p)} signed a package worth ${roundUtility(u[p] ?? 0)} to it, less than the ${roundUtility(noDealValues[p] ?? 0)} it could count on with no deal: it gave in rather than agreed, so this is a surrender, not a peace deal.`,
    );
  }

  const loser = lowest(share, all);
  const winner = lowest((p) => -share(p), all);
  if (share(winner) >= rules.lopsidedHigh && share(loser) <= rules.lopsidedLow) {
    return surrender(
      loser,
      `${name(winner)} got ${percent(share(winner))}% of what it could hope for while ${name(loser)} got only ${percent(share(loser))}%: when one side gets everything, that is not a peace deal, it is surrender.`,
    );
  }

  const score = scoreDealV1(model, choice, u, noDealValues);
  return {
    kind: 'deal',
    package: pkg,
    utilities: byId,
    score,
    reasons: [
      `All ${parties.length} leaders signed a package each prefers to no deal, and no side was made to give up everything: a deal scoring ${score.total} of 100.`,
      `Fairness ${score.fairness}: the smallest share of possible gains went to ${name(lowest(gainShare(model, u, noDealValues), all))}.`,
      score.efficiency === 100
        ? 'Efficiency 100: no other signable package was better for every leader at once.'
        : `Efficiency ${score.efficiency}: another signable package would have given every leader ${roundUtility(leftOnTable(model, choice))} more points at once.`,
      `Durability ${score.durability}: how far the terms (guarantees, monitors, laws, phased steps) help the peace last.`,
    ],
  };
}

/** A party's gain over no deal as a share of the most it could gain (0–1). */
function gainShare(model: ScenarioModel, u: readonly number[], noDealValues: readonly number[]) {
  return (p: number) => {
    const room = (model.maxUtility[p] ?? 100) - (noDealValues[p] ?? 0);
    const gain = (u[p] ?? 0) - (noDealValues[p] ?? 0);
    return room > 0 ? Math.min(1, Math.max(0, gain / room)) : 1;
  };
}

/** A deal's score under rules 1: fairness is one less the spread of the shares of possible gain. */
function scoreDealV1(
  model: ScenarioModel,
  choice: Choice,
  u: readonly number[],
  noDealValues: readonly number[],
): DealScore {
  const shares = model.partyIds.map((_, p) => gainShare(model, u, noDealValues)(p));
  return weighDeal(model, choice, 100 * (1 - (Math.max(...shares) - Math.min(...shares))));
}
