import type { DebriefView, MarkedPackage, MarkerKind } from '../../store/debrief-view';
import { announce } from '../announcer';
import { h, replaceChildren } from '../dom';
import { svg } from '../svg';
import { optionLabel } from '../table/describe';
import { chartFrame } from './chart-frame';
import { count, packageName } from './facts';
import { leftOnTableWords } from './left-on-table';
import { markerShape, type ScatterMarker, scatterSvg } from './scatter-svg';

const NAMES: Readonly<Record<MarkerKind, string>> = {
  yours: 'Your package',
  nash: 'Nash',
  ks: 'Kalai–Smorodinsky',
};

function keyItem(kind: MarkerKind, text: string): HTMLElement {
  return h(
    'li',
    {},
    svg(
      'svg',
      { class: 'key-glyph', viewBox: '-11 -11 22 22', 'aria-hidden': 'true' },
      markerShape(kind, 0, 0),
    ),
    text,
  );
}

const DOTS = 'M3 9h3v3h-3zM9 5h3v3h-3zM14 12h3v3h-3z';

/** A line of the chart's key: a small drawing of the mark, then what it means. */
function keyLine(mark: 'signable' | 'crossing' | 'frontier' | 'no-deal-line', text: string) {
  const shape =
    mark === 'signable' || mark === 'crossing'
      ? svg('path', { d: DOTS, class: `dots ${mark}` })
      : svg('line', { x1: 1, x2: 21, y1: 11, y2: 11, class: mark });
  return h(
    'li',
    {},
    svg(
      'svg',
      { class: 'key-glyph pair-chart', viewBox: '0 0 22 22', 'aria-hidden': 'true' },
      shape,
    ),
    text,
  );
}

/** Your package beside the Nash and Kalai–Smorodinsky packages, issue by issue. */
function comparisonTable(view: DebriefView, list: readonly MarkedPackage[]): HTMLTableElement {
  const scenario = view.model.scenario;
  const columns = list
    .filter((m) => m.kind !== 'ks' || list.find((x) => x.kind === 'nash')?.index !== m.index)
    .map((m) => {
      const pkg = m.pkg;
      const sameAsNash = m.kind === 'nash' && list.find((x) => x.kind === 'ks')?.index === m.index;
      return {
        m,
        pkg,
        title: sameAsNash
          ? 'Nash = Kalai–Smorodinsky'
          : m.kind === 'yours'
            ? packageName(view)
            : `${NAMES[m.kind]} package`,
      };
    });
  const yours = view.pkg;
  return h(
    'table',
    { class: 'debrief-compare' },
    h(
      'caption',
      {},
      yours
        ? 'Issue by issue. • marks a term that differs from yours.'
        : 'The Nash and Kalai–Smorodinsky packages, issue by issue.',
      h('span', { class: 'print-only' }, ' Printed: only the issues on which they differ.'),
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Issue'),
        ...columns.map((c) => h('th', { scope: 'col' }, c.title)),
      ),
    ),
    h(
      'tbody',
      {},
      ...scenario.issues.map((issue) =>
        h(
          'tr',
          {
            class: columns.every(({ pkg }) => pkg?.[issue.id] === columns[0]?.pkg?.[issue.id])
              ? 'same'
              : 'different',
          },
          h('th', { scope: 'row' }, issue.label),
          ...columns.map(({ m, pkg, title }) => {
            const option = pkg?.[issue.id] ?? '';
            const differs = m.kind !== 'yours' && yours !== null && yours[issue.id] !== option;
            // The column's title goes with each cell: a narrow column stacks the table.
            return h(
              'td',
              { class: differs ? 'differs' : undefined, 'data-label': title },
              differs ? h('span', { class: 'differs-mark' }, '• ') : null,
              optionLabel(scenario, issue.id, option),
            );
          }),
        ),
      ),
      ...scenario.parties.map((party, p) =>
        h(
          'tr',
          { class: 'utility-row' },
          h('th', { scope: 'row' }, `Worth to ${party.country}`),
          ...columns.map(({ m, title }) =>
            h('td', { 'data-label': title }, String(m.shown[p] ?? 0)),
          ),
        ),
      ),
    ),
  );
}

/**
 * Section 3: the package among all packages, for a chosen pair of leaders; `frontier` gives the
 * Pareto frontier of two leaders (party indices) as package indices.
 */
export function packagesSection(
  view: DebriefView,
  frontier: (a: number, b: number) => readonly number[],
): HTMLElement {
  const { model, space, marked: list } = view;
  const parties = model.scenario.parties;
  const [first, second] = view.pair;
  const pairs: [number, number][] = [];
  for (let a = 0; a < parties.length; a++)
    for (let b = a + 1; b < parties.length; b++) pairs.push([a, b]);

  const chart = chartFrame('debrief-scatter', 'Chart of all packages');
  const caption = h('figcaption', { id: 'debrief-scatter-caption' });
  const show = (a: number, b: number) => {
    const pa = parties[a];
    const pb = parties[b];
    if (!pa || !pb) return;
    const markers: ScatterMarker[] = list.map((m) => ({
      kind: m.kind,
      label: m.kind === 'yours' ? NAMES.yours : NAMES[m.kind],
      x: m.utilities[a] ?? 0,
      y: m.utilities[b] ?? 0,
      shown: [m.shown[a] ?? 0, m.shown[b] ?? 0],
    }));
    replaceChildren(
      chart,
      scatterSvg(
        {
          xs: space.utilities[a] ?? [],
          ys: space.utilities[b] ?? [],
          redLined: space.redLined,
          frontier: frontier(a, b),
          noDeal: [view.noDeal[a] ?? 0, view.noDeal[b] ?? 0],
          short: [pa.short, pb.short],
          names: [pa.country, pb.country],
          markers,
        },
        'debrief-scatter-caption',
      ),
    );
    const where = (m: ScatterMarker) =>
      `${m.label}: ${pa.country} ${m.shown[0]}, ${pb.country} ${m.shown[1]}`;
    caption.textContent = `All ${count(space.packageCount)} packages, placed by what each gives ${pa.country} (across) and ${pb.country} (up). ${markers.map(where).join('. ')}.`;
  };
  const select = h(
    'select',
    {
      id: 'debrief-pair',
      onchange: (event: Event) => {
        const [a = 0, b = 1] = (event.target as HTMLSelectElement).value.split('-').map(Number);
        show(a, b);
        announce(`Comparing ${parties[a]?.country ?? ''} and ${parties[b]?.country ?? ''}.`);
      },
    },
    ...pairs.map(([a, b]) =>
      h(
        'option',
        { value: `${a}-${b}`, selected: a === first && b === second },
        `${parties[a]?.country ?? ''} and ${parties[b]?.country ?? ''}`,
      ),
    ),
  );
  show(first, second);

  const words = leftOnTableWords(view);
  return h(
    'section',
    {
      class: 'debrief-section debrief-packages',
      id: 'debrief-packages',
      'aria-labelledby': 'debrief-packages-heading',
    },
    h('h2', { id: 'debrief-packages-heading', tabindex: '-1' }, 'The package among all packages'),
    h(
      'div',
      { class: 'debrief-pair-view' },
      h(
        'figure',
        { class: 'debrief-figure' },
        h(
          'p',
          { class: 'debrief-pair-control' },
          h('label', { for: 'debrief-pair' }, 'Compare'),
          select,
        ),
        chart,
        caption,
      ),
      h(
        'div',
        { class: 'debrief-pair-side' },
        h(
          'ul',
          { class: 'debrief-key' },
          view.pkg ? keyItem('yours', packageName(view)) : null,
          keyItem(
            'nash',
            'Nash: the largest product of the gains over the stated no-deal values, among leaders who can gain at all',
          ),
          keyItem(
            'ks',
            'Kalai–Smorodinsky: the package closest to giving every leader the same share of the most it could gain over no deal',
          ),
          keyLine(
            'frontier',
            'Pareto frontier for these two only: nothing signable is better for both',
          ),
          keyLine('signable', 'A package crossing no red line (a dot may stand for several)'),
          keyLine('crossing', 'A package crossing a red line: never signable'),
          keyLine(
            'no-deal-line',
            'No-deal values in this game; shaded: better than no deal for both',
          ),
        ),
        h('h3', { id: 'debrief-left-heading' }, 'What was left on the table'),
        ...words.map((w, i) =>
          h('p', { class: i === 0 ? 'debrief-left' : 'debrief-left-more' }, w),
        ),
        distanceWords(view),
      ),
    ),
    comparisonTable(view, list),
  );
}

/**
 * How far the package is from the two fair packages, as negotiation courses grade an agreement:
 * the straight-line distance between what each package gives the leaders, in utility points.
 */
function distanceWords(view: DebriefView): HTMLElement | null {
  const d = view.distance;
  if (!d || (d.nash === null && d.ks === null)) return null;
  const parts = [
    d.nash === null ? null : `${d.nash} from the Nash package`,
    d.ks === null ? null : `${d.ks} from the Kalai–Smorodinsky package`,
  ].filter((part) => part !== null);
  return h(
    'p',
    { class: 'debrief-left-more' },
    `Distance in utility: ${parts.join(', ')}.`,
    h(
      'span',
      { class: 'screen-only' },
      ' The straight-line distance between what the packages give the leaders, as negotiation courses grade an agreement; 0 would be the same for every leader.',
    ),
  );
}
