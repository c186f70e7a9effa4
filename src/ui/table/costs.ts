import type { ConsultPreview, PressurePreview, SummitPreview } from '../../model/action-preview';
import type { TrustStanding } from '../../model/standing';

const sessions = (n: number) => `${n} ${n === 1 ? 'session' : 'sessions'}`;

/** What consulting a leader will cost and tell, in a line under its button. */
export function consultCost(preview: ConsultPreview, rangeKnown: boolean): string {
  if (preview.blocked) return `Not possible: ${preview.blocked.message}.`;
  const learn = preview.revealsNothing
    ? 'you learn nothing new'
    : [
        preview.revealsIssues > 0
          ? `reveals ${preview.revealsIssues === 1 ? 'what it cares about next' : `${preview.revealsIssues} more issues it cares about`}`
          : null,
        preview.rangeWidth !== null && preview.rangeNarrows
          ? rangeKnown
            ? `narrows its no-deal range to ${preview.rangeWidth} points`
            : `gives a range of ${preview.rangeWidth} points for its no-deal value`
          : null,
      ]
        .filter((part) => part !== null)
        .join(', ');
  return `${sessions(preview.sessions)} · trust +${preview.trustGain} · ${learn}.`;
}

/**
 * What pressing a leader will cost and risk: the trust, how much less it will ask, how much
 * more the others will, and the chance it walks out ("one more and it may walk out").
 */
export function pressureCost(preview: PressurePreview, country: string, rolePlay = false): string {
  if (preview.blocked) return `Not possible: ${preview.blocked.message}.`;
  const risk = preview.trustRunsOut
    ? `its trust would run out: ${country} walks out and the talks end`
    : preview.walkOutChance > 0
      ? `${preview.walkOutChance}% chance ${country} walks out and the talks end`
      : 'no walk-out risk this first time';
  return `${pressureEffects(preview, rolePlay)} · ${risk}.`;
}

/**
 * What pressing a leader will cost and do, without its risk (for a question that has just
 * stated the risk): "1 session · trust −15 · it asks 15 points less, the others 1 more"; in a
 * role-play, "… · its player counts no deal 15 points lower".
 */
export function pressureEffects(preview: PressurePreview, rolePlay = false): string {
  // In a role-play no demand answers: the pressed leader's player counts no deal lower.
  const moves = rolePlay
    ? `its player counts no deal ${preview.demandDrop} points lower`
    : `it asks ${preview.demandDrop} points less, the others ${preview.othersHarden} more`;
  return `${sessions(preview.sessions)} · trust −${preview.trustCost} · ${moves}`;
}

/** How trust moves a leader, beside its trust: below the comfort level it gives ground slower. */
export function trustNote(standing: TrustStanding): string {
  switch (standing.band) {
    case 'walks-out':
      return 'no trust left: it has walked out';
    case 'below-comfort':
      return `under ${standing.comfort}: it gives ground slower${standing.distrustPremium > 0 ? ` and asks ${Math.round(standing.distrustPremium)} points more` : ''}`;
    case 'comfortable':
      return `${standing.comfort} or more: it gives ground at the normal pace`;
    default: {
      const unreachable: never = standing.band;
      return String(unreachable);
    }
  }
}

/** What a failed summit would cost, in one sentence. */
export function summitFailureCost(preview: SummitPreview): string {
  const { ifFails } = preview;
  if (ifFails.ends && ifFails.ends.cause !== 'walk-out')
    return 'A failed summit now ends the talks in a stalemate.';
  const losses = [...new Set(ifFails.trustLoss.map((loss) => loss.points))];
  const trust =
    losses.length === 1 ? `${losses[0]} trust from every leader` : 'trust from every leader';
  const walkOut =
    ifFails.ends?.cause === 'walk-out'
      ? ': a leader’s trust would run out, and it would walk out'
      : '';
  return `A failed summit costs ${trust} and uses ${sessions(ifFails.sessions)}${walkOut}.`;
}
