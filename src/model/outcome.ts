import { leftOnTable } from './analysis';
import { type Choice, packageOf, type ScenarioModel } from './compile';
import { type OutcomeWording, outcomeWording } from './scenario-words';
import { type DealScore, nashShares, scoreDeal } from './score';
import type { Package } from './types';
import { crossedRedLine, roundUtility, utilities } from './utility';

export type { DealScore } from './score';

export type StalemateCause = 'deadline' | 'failed-summit' | 'walk-out' | 'adjourned';

export type Outcome =
  | {
      readonly kind: 'deal';
      readonly package: Package;
      readonly utilities: Readonly<Record<string, number>>;
      readonly score: DealScore;
      readonly reasons: readonly string[];
    }
  | {
      readonly kind: 'surrender';
      readonly package: Package;
      readonly utilities: Readonly<Record<string, number>>;
      readonly surrenderedBy: string;
      readonly reasons: readonly string[];
    }
  | {
      readonly kind: 'stalemate';
      readonly cause: StalemateCause;
      /** The party that walked out, for a walk-out. */
      readonly party: string | null;
      readonly reasons: readonly string[];
    };

export type SignedOutcome = Extract<Outcome, { kind: 'deal' | 'surrender' }>;

const percent = (x: number) => Math.round(x);

/**
 * A signed package is a surrender when it crosses a party's red line, when a party signed below
 * its unpressured no-deal value, or when one party got at least `lopsidedHigh` percent of what it
 * could want and another at most `lopsidedLow` percent (of the range between its worst and best
 * package); every reason that applies is listed. The party named as having surrendered is the
 * first that applies of: one whose red line was crossed, the one furthest below its no-deal
 * value, the one that got least. Otherwise it is a deal, scored by `scoreDeal`. `noDealValues`
 * are the parties' no-deal values in the game (0–100, pressure left out), in scenario order.
 */
export function classifyOutcome(
  model: ScenarioModel,
  choice: Choice,
  noDealValues: readonly number[] = model.reservationValues,
): SignedOutcome {
  const rules = model.scenario.rules.outcome;
  const parties = model.scenario.parties;
  const words = outcomeWording(model.scenario, model.rules);
  const { u, pkg, byId, name, lowest, all, share } = signedPackage(model, choice);
  const reasons: string[] = [];
  let surrendered: number | null = null;
  const blame = (p: number) => {
    surrendered ??= p;
  };

  const crossing = [...all].sort((a, b) =>
    (model.partyIds[a] ?? '') < (model.partyIds[b] ?? '') ? -1 : 1,
  );
  for (const p of crossing) {
    const i = crossedRedLine(model, p, choice);
    if (i < 0) continue;
    const issue = model.scenario.issues[i];
    const option = issue?.options[choice[i] ?? 0];
    blame(p);
    reasons.push(
      `${name(p)} would have to accept "${option?.label ?? ''}" (${issue?.label ?? ''}), across a red line it declared: giving up a red line is surrender, not a deal.`,
    );
  }

  const margin = (p: number) => (u[p] ?? 0) - (noDealValues[p] ?? 0);
  const below = all.filter((p) => margin(p) < 0);
  if (below.length > 0) blame(lowest(margin, below));
  for (const p of [...below].sort((a, b) => margin(a) - margin(b))) {
    reasons.push(
      `${name(p)} signed a package worth ${roundUtility(u[p] ?? 0)} to it, less than the ${roundUtility(noDealValues[p] ?? 0)} it could count on with no deal: it gave in rather than agreed.`,
    );
  }

  const loser = lowest(share, all);
  const winner = lowest((p) => -share(p), all);
  if (share(winner) >= rules.lopsidedHigh && share(loser) <= rules.lopsidedLow) {
    blame(loser);
    reasons.push(
      `${name(winner)} got ${percent(share(winner))}% of what it could hope for while ${name(loser)} got only ${percent(share(loser))}%: one side got almost everything and the other almost nothing, and when one side gets everything, that is not ${words.deal}, it is surrender.`,
    );
  }

  if (surrendered !== null) {
    return {
      kind: 'surrender',
      package: pkg,
      utilities: byId,
      surrenderedBy: model.partyIds[surrendered] ?? '',
      reasons,
    };
  }
  const score = scoreDeal(model, choice);
  const shares = nashShares(model, u);
  const leastShare = lowest((p) => shares[p] ?? 0, all);
  return {
    kind: 'deal',
    package: pkg,
    utilities: byId,
    score,
    reasons: [
      `All ${parties.length} leaders signed a package each prefers to no deal, and no side was made to give up everything: a deal scoring ${score.total} of 100.`,
      score.fairness === 100
        ? 'Fairness 100: every leader gained over its stated no-deal value at least what the Nash bargaining package gives it.'
        : `Fairness ${score.fairness}: ${name(leastShare)} gained ${score.fairness}% of what the Nash bargaining package gives it over its stated no-deal value, the smallest share of any leader.`,
      score.efficiency === 100
        ? 'Efficiency 100: no other signable package was better for every leader at once.'
        : `Efficiency ${score.efficiency}: another signable package would have given every leader ${roundUtility(leftOnTable(model, choice))} more points at once.`,
      `Durability ${score.durability}: how far the terms${words.durableTerms === null ? '' : ` (${words.durableTerms})`} help ${words.lasting} last.`,
      ...(score.carriedFrom === undefined
        ? []
        : [
            `This package is at least as good for every leader as one scoring ${score.total}, so it scores that too: a package better for everyone never scores lower.`,
          ]),
    ],
  };
}

/**
 * What every outcome rule reads of a signed package: each party's utility (`u`, 0–100, scenario
 * order), the package, the utilities rounded and keyed by party id, a party's country name,
 * every party's index, `lowest` (the party among those given with the lowest score, ties to
 * the id that sorts first, so party order never changes a result) and `share` (a party's
 * utility as a percentage of the range between its worst and best package; 100 when they are
 * equal).
 */
export function signedPackage(model: ScenarioModel, choice: Choice) {
  const u = utilities(model, choice);
  const ids = model.partyIds;
  const lowest = (score: (p: number) => number, among: readonly number[]) =>
    [...among].sort(
      (a, b) => score(a) - score(b) || ((ids[a] ?? '') < (ids[b] ?? '') ? -1 : 1),
    )[0] ?? 0;
  const share = (p: number) => {
    const lo = model.minUtility[p] ?? 0;
    const hi = model.maxUtility[p] ?? 100;
    return hi > lo ? (100 * ((u[p] ?? 0) - lo)) / (hi - lo) : 100;
  };
  return {
    u,
    pkg: packageOf(model, choice),
    byId: Object.fromEntries(ids.map((id, p) => [id, roundUtility(u[p] ?? 0)])),
    name: (p: number) => model.scenario.parties[p]?.country ?? '',
    all: ids.map((_, p) => p),
    lowest,
    share,
  };
}

/**
 * The one-sentence reason of a game that ended without a signed package; running out of time
 * says what goes on without a deal in the scenario's words (`noDeal` of outcomeWording).
 */
export function stalemateReason(
  cause: StalemateCause,
  partyName: string | null,
  words: Pick<OutcomeWording, 'noDeal'>,
  underPressure = false,
): string {
  switch (cause) {
    case 'deadline':
      return `The sessions ran out before any package was signed: nobody won, and ${words.noDeal}.`;
    case 'failed-summit':
      return 'The final summit failed and no time was left: the talks end in stalemate.';
    case 'walk-out':
      return underPressure
        ? `${partyName ?? 'A delegation'} walked out under the mediator's pressure: the talks end in stalemate.`
        : `${partyName ?? 'A delegation'} walked out after its trust in the mediator fell to zero: the talks end in stalemate.`;
    case 'adjourned':
      return 'The mediator ended the talks without a signed package: a stalemate.';
    default: {
      const unreachable: never = cause;
      return unreachable;
    }
  }
}
