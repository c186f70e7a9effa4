import type { Package } from '../../model/types';
import type { DebriefView } from '../../store/debrief-view';
import { optionLabel } from '../table/describe';
import { count, packageName } from './facts';

/** The changes from one package to another, in words: "Security guarantee: European-led instead of …". */
function changes(view: DebriefView, from: Package, to: Package): string[] {
  const scenario = view.model.scenario;
  return scenario.issues
    .filter((issue) => from[issue.id] !== to[issue.id])
    .map(
      (issue) =>
        `${issue.label}: ${optionLabel(scenario, issue.id, to[issue.id] ?? '')} instead of ${optionLabel(scenario, issue.id, from[issue.id] ?? '')}`,
    );
}

/** What was left on the table, and the zone of possible agreement, in plain words. */
export function leftOnTableWords(view: DebriefView): string[] {
  const { model, pkg, space, better } = view;
  const n = model.partyIds.length;
  const all = n === 2 ? 'both leaders' : `all ${n} leaders`;
  const zopa =
    space.zopaSize === 0
      ? 'No package gave every leader its stated no-deal value without pressure and without crossing a red line: there was no zone of possible agreement.'
      : `The zone of possible agreement: ${count(space.zopaSize)} of the ${count(space.packageCount)} packages crossed no red line and gave every leader at least its stated no-deal value, without any pressure.`;
  if (!pkg) return ['Nothing was tabled, so there is no package to compare.', zopa];
  const lead = view.signed
    ? []
    : ['Nobody signed, so each leader was left with its no-deal value.'];
  if (!better) {
    return [
      ...lead,
      `Nothing: no other package that crosses no red line was better for ${all} at once. ${packageName(view)} is on the Pareto frontier: any change would cost at least one leader.`,
      zopa,
    ];
  }
  const diff = changes(view, pkg, better.pkg);
  const shown = diff.slice(0, 3).join('; ');
  const more =
    diff.length > 3
      ? `; and ${diff.length - 3} more ${diff.length - 3 === 1 ? 'change' : 'changes'}`
      : '';
  return [
    ...lead,
    `Another package that crossed no red line would have given every leader at least ${better.gain} more points at once.`,
    `For example — ${shown}${more}.`,
    zopa,
  ];
}
