import type { ClassGame, ClassOutcome } from '../../model/class-results';
import type { ClassFilter, ClassSort, ClassSortKey, ScenarioGroup } from '../../store/class-store';
import { append, h } from '../dom';
import { legendMarker } from './chart-points';
import { outcomeWord } from './outcome-words';

/** What the table asks of its store: a game named, the order changed. */
export interface GamesTableHandlers {
  readonly onName: (file: string, name: string) => void;
  readonly onSort: (key: ClassSortKey) => void;
}

/** Rows drawn in one go: a few milliseconds' work. */
const ROWS_AT_ONCE = 50;

const SORTABLE: Readonly<Record<ClassSortKey, string>> = {
  number: '#',
  name: 'Group or students',
  code: 'Class code',
  outcome: 'Outcome',
  sessions: 'Sessions',
};

/**
 * The games shown (`games`, of `group`, in the order given), a row each: its number, which
 * links it to its marker on the chart, the name the teacher gives it (`names`, by file), its
 * file, class code, outcome, package, each leader's value against its no-deal value, and the
 * sessions used. Every row carries `data-game` (its number); the sortable columns' headings are
 * buttons, and say which way `sort` orders them. The table comes with its first ROWS_AT_ONCE
 * rows; each call of `more` adds as many again, and says whether any are left, so that hundreds
 * of rows can be drawn without keeping the page busy long.
 */
export function gamesTable(
  group: ScenarioGroup,
  games: readonly ClassGame[],
  names: ReadonlyMap<string, string>,
  sort: ClassSort,
  handlers: GamesTableHandlers,
): { readonly table: HTMLTableElement; readonly more: () => boolean } {
  const parties = group.model.scenario.parties;
  const heading = (key: ClassSortKey) =>
    h(
      'th',
      {
        scope: 'col',
        'aria-sort': sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined,
      },
      h(
        'button',
        { class: 'sort', type: 'button', 'data-sort': key, onclick: () => handlers.onSort(key) },
        SORTABLE[key],
      ),
    );
  const leaderCell = (game: ClassGame, p: number) => {
    const leader = game.leaders[p];
    if (!leader || leader.utility === null) return h('td', {}, '—');
    const below = leader.utility < leader.noDeal;
    return h(
      'td',
      { class: below ? 'below' : '' },
      h(
        'span',
        { class: 'leader-value' },
        h('strong', {}, String(leader.utility)),
        ` / ${leader.noDeal}`,
      ),
      below ? h('span', { class: 'below-word' }, ' below') : null,
    );
  };
  const row = (game: ClassGame) => {
    const name = h('input', {
      type: 'text',
      class: 'game-name',
      value: names.get(game.file) ?? '',
      placeholder: 'Name',
      title: game.name,
      'aria-label': `Group or students of table #${game.number}`,
      onchange: () => handlers.onName(game.file, name.value),
    });
    return h(
      'tr',
      { 'data-game': game.number, id: `class-row-${game.number}` },
      h(
        'td',
        {},
        game.package === null
          ? `#${game.number}`
          : h(
              'button',
              {
                class: 'row-link',
                type: 'button',
                'data-game': game.number,
                'aria-label': `#${game.number}: show on the chart`,
              },
              `#${game.number}`,
            ),
      ),
      h('td', {}, name),
      h(
        'th',
        { scope: 'row', class: 'file' },
        game.file,
        game === group.best?.game ? h('span', { class: 'tag tag-best' }, 'Best') : null,
        game === group.worst?.game ? h('span', { class: 'tag tag-worst' }, 'Worst') : null,
        // A role-play: students answered for the leaders, not the model.
        game.players === 'people'
          ? h('span', { class: 'tag tag-people' }, 'Played by students')
          : null,
      ),
      h('td', { class: 'code' }, game.code),
      h(
        'td',
        { class: 'outcome' },
        legendMarker(game.outcome),
        outcomeWord(game, group.model.scenario),
      ),
      h(
        'td',
        { class: 'package' },
        game.package === null ? 'none tabled' : game.signed ? 'signed' : 'last tabled',
      ),
      ...parties.map((_, p) => leaderCell(game, p)),
      h('td', {}, `${game.sessionsUsed} of ${game.sessions}`),
    );
  };
  const body = h('tbody', {});
  let shown = 0;
  const more = () => {
    const end = Math.min(games.length, shown + ROWS_AT_ONCE);
    append(body, games.slice(shown, end).map(row));
    shown = end;
    return shown < games.length;
  };
  more();
  const table = h(
    'table',
    { class: 'class-games' },
    h(
      'caption',
      { class: 'visually-hidden' },
      'Every game: its name, class code, outcome, score, and what the package gave each leader against its no-deal value',
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        heading('number'),
        heading('name'),
        h('th', { scope: 'col', class: 'file' }, 'File'),
        heading('code'),
        heading('outcome'),
        h('th', { scope: 'col', class: 'package' }, 'Package'),
        ...parties.map((party) =>
          h(
            'th',
            { scope: 'col', title: `${party.leader.title} ${party.leader.name}` },
            party.country,
          ),
        ),
        heading('sessions'),
      ),
    ),
    body,
  );
  return { table, more };
}

const OUTCOME_CHOICES: readonly [ClassOutcome, string][] = [
  ['deal', 'Deals'],
  ['surrender', 'Surrenders'],
  ['stalemate', 'Stalemates'],
  ['unfinished', 'Unfinished'],
];

/**
 * The table's filters: an outcome, a class code (when the games have several) and words to find
 * in the names and files, with how many games pass them.
 */
export function tableFilters(
  filter: ClassFilter,
  outcomes: ReadonlySet<ClassOutcome>,
  codes: readonly { readonly code: string; readonly games: number }[],
  onFilter: (filter: Partial<ClassFilter>) => void,
): HTMLElement {
  const choice = (
    id: string,
    label: string,
    value: string,
    options: readonly [string, string][],
    set: (value: string) => void,
  ) => {
    const select = h(
      'select',
      { id, onchange: () => set(select.value) },
      ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
    );
    return h('p', {}, h('label', { for: id }, label), select);
  };
  const find = h('input', {
    type: 'search',
    id: 'class-find',
    value: filter.text,
    oninput: () => onFilter({ text: find.value }),
  });
  return h(
    'div',
    { class: 'class-filters' },
    choice(
      'class-outcome',
      'Outcome',
      filter.outcome,
      [['all', 'All outcomes'], ...OUTCOME_CHOICES.filter(([kind]) => outcomes.has(kind))],
      (v) => onFilter({ outcome: v as ClassOutcome | 'all' }),
    ),
    codes.length > 1
      ? choice(
          'class-code',
          'Class code',
          filter.code,
          [
            ['all', 'All class codes'],
            ...codes.map(({ code, games }): [string, string] => [
              code,
              `${code} (${games} ${games === 1 ? 'game' : 'games'})`,
            ]),
          ],
          (code) => onFilter({ code }),
        )
      : null,
    h('p', {}, h('label', { for: 'class-find' }, 'Find a name or file'), find),
  );
}

/**
 * Which class codes the games come from, plainly: one code for all, or how many different codes
 * with the games of each, as a class code fixes the game dealt.
 */
export function codesSentence(
  codes: readonly { readonly code: string; readonly games: number }[],
): string {
  const [only] = codes;
  if (codes.length === 1 && only) return `Every game has the class code ${only.code}.`;
  return `These saves come from ${codes.length} different class codes: ${codes
    .map(({ code, games }) => `${code} (${games} ${games === 1 ? 'game' : 'games'})`)
    .join(', ')}. Each code deals its own game, so compare tables of the same code.`;
}
