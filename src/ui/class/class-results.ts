import type { ClassOutcome, Verdict } from '../../model/class-results';
import type { ClassSummary, GroupView, UnreplayableGame } from '../../store/class-store';
import { h, styled } from '../dom';
import { legendMarker } from './chart-points';
import { outcomeWord } from './outcome-words';

const SPREAD_ROWS: readonly [ClassOutcome, string, string][] = [
  ['deal', 'Deals', 'Deal'],
  ['stalemate', 'Stalemates', 'Stalemate'],
  ['surrender', 'Surrenders', 'Surrender'],
  ['unfinished', 'Unfinished', 'Unfinished'],
];

const tables = (n: number) => `${n} ${n === 1 ? 'table' : 'tables'}`;

/** How the class's games ended: a count, a percentage and a bar per outcome, and the scores. */
export function spreadSection(view: GroupView): HTMLElement {
  const { tally } = view.group;
  const { share, scores: range } = view;
  return h(
    'section',
    { class: 'class-spread card', 'aria-labelledby': 'spread-heading' },
    h('h2', { id: 'spread-heading' }, `The spread: ${tables(tally.total)}`),
    h(
      'ul',
      { class: 'spread-list' },
      ...SPREAD_ROWS.filter(([kind]) => kind !== 'unfinished' || tally.unfinished > 0).map(
        ([kind, plural]) =>
          h(
            'li',
            { class: `spread-${kind}` },
            legendMarker(kind),
            h('span', { class: 'spread-word' }, plural),
            h('span', { class: 'spread-count' }, `${tally[kind]} · ${share[kind]}%`),
            h(
              'span',
              { class: 'spread-bar', 'aria-hidden': 'true' },
              styled(h('span', {}), { width: `${share[kind]}%` }),
            ),
          ),
      ),
    ),
    range
      ? h(
          'p',
          { class: 'note' },
          range.min === range.max
            ? `Deal score: ${range.min} of 100.`
            : `Deal scores from ${range.min} to ${range.max} of 100, median ${range.median}.`,
        )
      : null,
  );
}

/** The best and the worst table, each with the reason it was chosen, and the rules. */
export function verdictsSection(view: GroupView): HTMLElement {
  const { group } = view;
  const scenario = group.model.scenario;
  const verdict = (title: string, v: Verdict | null, none: string) =>
    h(
      'div',
      { class: `verdict ${v ? `verdict-${v.game.outcome}` : ''}` },
      h('h3', {}, title),
      v
        ? h(
            'p',
            { class: 'verdict-game' },
            legendMarker(v.game.outcome),
            `#${v.game.number} ${v.game.file} — ${outcomeWord(v.game, scenario)}`,
          )
        : null,
      h('p', { class: 'verdict-reason' }, v ? v.reason : none),
    );
  return h(
    'section',
    { class: 'class-verdicts card', 'aria-labelledby': 'verdicts-heading' },
    h('h2', { id: 'verdicts-heading', class: 'visually-hidden' }, 'The best and the worst table'),
    verdict('Best table', group.best, 'No table signed a deal.'),
    verdict(
      'Worst table',
      group.worst,
      group.best
        ? 'Only one table signed a deal, and no other table finished.'
        : 'No table finished.',
    ),
    h('p', { class: 'note rules' }, view.rules),
  );
}

/**
 * Files that were not counted, each with its reason; copies of a game counted once; games
 * renamed apart. The heading counts each kind it lists, so that it never says "1 file" over two
 * lines.
 */
export function problemsSection(summary: ClassSummary): HTMLElement | null {
  const { problems, duplicates, renamed } = summary;
  if (problems.length === 0 && duplicates.length === 0 && renamed.length === 0) return null;
  return h(
    'section',
    { class: 'class-problems card', 'aria-labelledby': 'problems-heading' },
    h(
      'h2',
      { id: 'problems-heading' },
      problems.length === 0
        ? 'Notes on the files'
        : [
            `Not counted: ${problems.length} ${problems.length === 1 ? 'file' : 'files'}`,
            duplicates.length > 0
              ? `${duplicates.length} ${duplicates.length === 1 ? 'copy' : 'copies'} counted once`
              : null,
            renamed.length > 0 ? `${renamed.length} renamed` : null,
          ]
            .filter((part) => part !== null)
            .join('; '),
    ),
    h(
      'ul',
      {},
      ...problems.map((p) => h('li', {}, h('strong', {}, p.file), `: ${p.error}.`)),
      ...duplicates.map((d) =>
        h('li', {}, h('strong', {}, d.file), ` is the same game as ${d.sameAs}: counted once.`),
      ),
      ...renamed.map((r) =>
        h(
          'li',
          {},
          'Two different games were both called ',
          h('strong', {}, r.file),
          `: both are counted, the later one as “${r.as}”.`,
        ),
      ),
    ),
  );
}

const WHY_NOT_REPLAYED = {
  'other-version': 'played with a version of the scenario this release does not have',
  'unknown-scenario': 'played with a scenario this release does not have',
  'changed-scenario': 'saved with a scenario that was changed afterwards',
  'other-rules': 'played under rules this release has changed',
} as const;

/**
 * Games this release cannot replay, in one sentence: "2 games were played with a version of the
 * scenario this release does not have: listed apart, not in the results."
 */
export function unreplayableSentence(games: readonly UnreplayableGame[]): string {
  const kinds = new Set(games.map((g) => g.why.kind));
  const [kind] = kinds;
  const one = games.length === 1;
  const what =
    kinds.size === 1 && kind !== undefined
      ? `${one ? 'was' : 'were'} ${WHY_NOT_REPLAYED[kind]}`
      : 'cannot be replayed by this release';
  return `${games.length} ${one ? 'game' : 'games'} ${what}: listed apart, not in the results.`;
}

/** Games counted but not charted, because this release cannot replay them, each with why. */
export function unreplayableSection(summary: ClassSummary): HTMLElement | null {
  const games = summary.unreplayable;
  if (games.length === 0) return null;
  return h(
    'section',
    { class: 'class-unreplayable card', 'aria-labelledby': 'unreplayable-heading' },
    h('h2', { id: 'unreplayable-heading' }, `Listed apart: ${tables(games.length)}`),
    h(
      'p',
      { class: 'note' },
      'This release cannot replay these games, so their results cannot be worked out again: they are not on the chart, in the table, in the tally or in the CSV. Open one from the title to read its moves as recorded.',
    ),
    h(
      'ul',
      {},
      ...games.map((g) =>
        h('li', {}, h('strong', {}, g.file), ` (“${g.name}”): ${WHY_NOT_REPLAYED[g.why.kind]}.`),
      ),
    ),
  );
}

/**
 * The summary in one line: "12 games of …: 7 deals, 3 stalemates, 2 surrenders. 1 game was
 * played with a version of the scenario this release does not have: listed apart, not in the results. 1 file
 * not counted."
 */
export function statusLine(summary: ClassSummary): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const games = summary.groups.map((g) => {
    const t = g.tally;
    const parts = [
      count(t.deal, 'deal', 'deals'),
      count(t.stalemate, 'stalemate', 'stalemates'),
      count(t.surrender, 'surrender', 'surrenders'),
      t.unfinished > 0 ? `${t.unfinished} unfinished` : null,
    ].filter((p) => p !== null);
    return `${count(t.total, 'game', 'games')} of ${g.title}: ${parts.join(', ')}`;
  });
  const unreplayable =
    summary.unreplayable.length > 0 ? ` ${unreplayableSentence(summary.unreplayable)}` : '';
  const problems =
    summary.problems.length > 0
      ? ` ${count(summary.problems.length, 'file', 'files')} not counted.`
      : '';
  const counted =
    games.length > 0 ? `${games.join('; ')}.` : unreplayable === '' ? 'No game could be read.' : '';
  return `${counted}${unreplayable}${problems}`.trim();
}

/** What to do before any file is given. */
export function howToCollect(): HTMLElement {
  return h(
    'section',
    { class: 'class-how card', 'aria-labelledby': 'class-how-heading' },
    h('h2', { id: 'class-how-heading' }, 'How to collect the games'),
    h(
      'ol',
      {},
      h(
        'li',
        {},
        'At the end of the lesson, each table presses Save as file on the outcome screen and hands in the file (a shared folder, a USB stick, the school’s learning platform).',
      ),
      h(
        'li',
        {},
        'Put all the files in one folder, select them all, and drop them here, or use the button Choose saved games.',
      ),
      h(
        'li',
        {},
        'Compare the tables on the chart, find the best and the worst, then Download CSV for a spreadsheet.',
      ),
    ),
  );
}
