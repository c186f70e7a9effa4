import type { Outcome } from '../../model/outcome';
import type { DebriefView } from '../../store/debrief-view';
import { h } from '../dom';
import { mapData, packageMap } from '../map';
import { outcomeHeadline } from '../outcome-headline';
import { outcomeMark } from '../outcome-mark';
import { svg } from '../svg';
import { chartFrame } from './chart-frame';
import { fullName } from './facts';
import { type SatisfactionBar, satisfactionSvg } from './satisfaction-svg';

type Kind = Outcome['kind'] | 'unfinished';

/** The outcome in one word and a few more, also for games saved before they ended. */
export function debriefHeadline(view: DebriefView): { word: string; verdict: string } {
  const { outcome, final } = view;
  if (outcome) return outcomeHeadline(outcome, view.model.scenario);
  return {
    word: 'Unfinished',
    verdict: `saved after ${final.sessionsUsed} of ${final.sessions} sessions`,
  };
}

/** A small drawing for the chart's key. */
function keyGlyph(kind: 'bar' | 'no-deal' | 'pressured'): SVGSVGElement {
  const shape =
    kind === 'bar'
      ? svg('rect', { x: 0, y: 5, width: 26, height: 12, class: 'chart-bar better' })
      : kind === 'no-deal'
        ? svg('rect', { x: 11, y: 0, width: 5, height: 22, class: 'chart-no-deal' })
        : svg('line', { x1: 13, x2: 13, y1: 0, y2: 22, class: 'chart-pressured' });
  return svg('svg', { class: 'key-glyph', viewBox: '0 0 26 22', 'aria-hidden': 'true' }, shape);
}

/** Section 1: what happened and why, and each leader's satisfaction against its no-deal value. */
export function outcomeSection(view: DebriefView): HTMLElement {
  const { model, outcome, utilities } = view;
  const parties = model.scenario.parties;
  const kind: Kind = outcome?.kind ?? 'unfinished';
  const headline = debriefHeadline(view);
  const [reason, ...more] = outcome?.reasons ?? [
    'The talks were saved before they ended, so nothing has been signed yet.',
  ];
  const anyPressure = view.leaders.some((leader) => leader.pressed);
  const bars: SatisfactionBar[] = parties.map((party, p) => {
    const shown = view.leaders[p];
    const pressed = shown?.pressed === true;
    return {
      party,
      value: utilities?.[p] ?? null,
      noDeal: view.noDeal[p] ?? 0,
      pressured: pressed ? (view.pressured[p] ?? 0) : null,
      versus: view.parties[p]?.versusNoDeal ?? null,
      shown: {
        value: shown?.utility ?? null,
        noDeal: shown?.noDeal ?? 0,
        gap: shown?.gap ?? null,
        pressured: pressed ? (shown?.demandAtEnd ?? 0) : null,
      },
    };
  });
  const what = view.signed
    ? 'the signed package'
    : view.pkg
      ? 'the last package tabled, which nobody signed,'
      : 'no package: nothing was tabled, so each';
  const key = (glyph: SVGSVGElement, text: string) => h('li', {}, glyph, text);
  const map = view.pkg
    ? packageMap(mapData(), view.map, {
        shows: `${view.signed ? 'the signed package' : 'the last package tabled'} is shaded`,
        legend: true,
      })
    : null;
  map?.showPackage(
    view.pkg,
    view.signed ? 'Under the signed package' : 'Under the last package tabled, never signed',
  );

  return h(
    'section',
    {
      class: `debrief-section debrief-outcome outcome-${kind}`,
      id: 'debrief-outcome',
      'aria-labelledby': 'debrief-outcome-heading',
    },
    h('h2', { id: 'debrief-outcome-heading', tabindex: '-1' }, 'Outcome'),
    h(
      'div',
      { class: 'debrief-headline' },
      outcomeMark(kind),
      h('p', {}, h('strong', { class: 'debrief-word' }, headline.word), ` — ${headline.verdict}`),
    ),
    h('p', { class: 'debrief-reason' }, reason ?? ''),
    more.length > 0
      ? h('ul', { class: 'debrief-more-reasons' }, ...more.map((r) => h('li', {}, r)))
      : null,
    h('h3', { id: 'debrief-satisfaction-heading' }, 'Each leader against its no-deal value'),
    h(
      'figure',
      { class: 'debrief-figure' },
      chartFrame(
        'debrief-satisfaction',
        'Chart of each leader against its no-deal value',
        satisfactionSvg(bars, !view.signed, 'debrief-satisfaction-caption'),
      ),
      h(
        'figcaption',
        { id: 'debrief-satisfaction-caption' },
        h(
          'span',
          { class: 'visually-hidden' },
          `What ${what} is worth to each leader, against its no-deal value. `,
        ),
        h(
          'ul',
          { class: 'debrief-key' },
          view.pkg === null
            ? null
            : key(
                keyGlyph('bar'),
                view.signed
                  ? 'Bar: what the signed package is worth to the leader (of 100)'
                  : 'Bar: what the last tabled package would have given the leader',
              ),
          key(keyGlyph('no-deal'), 'Solid line: its no-deal value in this game, hidden until now'),
          anyPressure
            ? key(keyGlyph('pressured'), 'Dashed line: where your pressure pushed it down')
            : null,
        ),
      ),
    ),
    map
      ? h('div', { class: 'debrief-map' }, h('h3', {}, 'The package on the map'), map.element)
      : null,
    h(
      'table',
      { class: 'visually-hidden' },
      h('caption', {}, 'Each leader’s utility of the package and its no-deal value, out of 100'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Leader'),
          h('th', { scope: 'col' }, 'Package'),
          h('th', { scope: 'col' }, 'No-deal value'),
          h('th', { scope: 'col' }, 'After pressure'),
        ),
      ),
      h(
        'tbody',
        {},
        ...bars.map((bar) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, fullName(bar.party)),
            h('td', {}, bar.shown.value === null ? 'nothing tabled' : String(bar.shown.value)),
            h('td', {}, String(bar.shown.noDeal)),
            h('td', {}, bar.shown.pressured === null ? 'no pressure' : String(bar.shown.pressured)),
          ),
        ),
      ),
    ),
    scoreWorking(view),
  );
}

/** For a deal: each component of the score beside the numbers it was worked out from. */
function scoreWorking(view: DebriefView): HTMLElement | null {
  const b = view.breakdown;
  if (!b) return null;
  const scenario = view.model.scenario;
  const name = (id: string) => scenario.parties.find((p) => p.id === id)?.country ?? id;
  const issue = (id: string) => scenario.issues.find((i) => i.id === id);
  const w = b.weights;
  return h(
    'details',
    { class: 'debrief-score-working' },
    h('summary', {}, `How the score of ${b.score.total} was worked out`),
    h(
      'p',
      {},
      `The score weighs fairness ${w.fairness}, efficiency ${w.efficiency} and durability ${w.durability}, and uses each leader’s stated no-deal value, never this game’s hidden one, so the same package always scores the same. A package at least as good for every leader as another never scores less than it.`,
    ),
    h('h3', {}, `Fairness ${b.score.fairness}`),
    h(
      'p',
      {},
      'The smallest share any leader got of what the Nash bargaining package (the one with the largest product of gains) would give it over its stated no-deal value:',
    ),
    h(
      'ul',
      {},
      ...b.leaders.map((l) =>
        h(
          'li',
          {},
          `${name(l.party)}: ${l.utility} against a stated no-deal value of ${l.noDeal}, a gain of ${l.gain}${l.share >= 100 ? ', at least' : ' of'} the ${l.nashGain} the Nash package gives it: ${l.share}%.`,
        ),
      ),
    ),
    h('h3', {}, `Efficiency ${b.score.efficiency}`),
    h(
      'p',
      {},
      b.leftOnTable === 0
        ? 'No signable package was better for every leader at once.'
        : `Another signable package would have given every leader ${b.leftOnTable} more points at once; each point costs ${b.efficiencyPenalty}.`,
    ),
    h('h3', {}, `Durability ${b.score.durability}`),
    h(
      'p',
      {},
      `How far each term helps ${view.lasting} last (0–100), against the most durable option of its issue:`,
    ),
    h(
      'ul',
      {},
      ...b.durability.map((d) => {
        const found = issue(d.issue);
        const option = found?.options.find((o) => o.id === d.option);
        return h(
          'li',
          {},
          `${found?.label ?? d.issue}: ${option?.label ?? d.option}, ${d.value} of ${d.best}. ${option?.durability.why ?? ''}`,
        );
      }),
    ),
  );
}
