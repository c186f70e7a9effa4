import { Screen } from '../game/screen';
import {
  type ClassState,
  type ClassStoreApi,
  type ClassSummary,
  createClassStore,
  type GroupView,
  selectChartSpace,
  selectCodes,
  selectCsv,
  selectGroupView,
  selectShownGames,
  selectSummary,
} from '../store/class-store';
import { classChart, partyName } from '../ui/class/class-chart';
import {
  howToCollect,
  problemsSection,
  spreadSection,
  statusLine,
  unreplayableSection,
  verdictsSection,
} from '../ui/class/class-results';
import { type ClassDropZone, classDropZone } from '../ui/class/drop-zone';
import { codesSentence, gamesTable, tableFilters } from '../ui/class/games-table';
import { linkRowsAndMarkers } from '../ui/class/links';
import { h, replaceChildren } from '../ui/dom';
import '../ui/styles/class.css';

/**
 * The teacher's view of a whole class: drop every table's saved game at once and see the
 * results side by side, with the best and worst table and a CSV of them all. The files are
 * read and replayed in this browser; nothing is sent anywhere. The class view's own store holds
 * the files and the choices; this scene draws what it serves.
 */
export class ClassScene extends Screen<undefined> {
  private store!: ClassStoreApi;
  private results!: HTMLElement;
  private status!: HTMLElement;
  private dropZone!: ClassDropZone;
  /** Where the chart, the table and its count go, in the results drawn last; null without. */
  private chartSlot: HTMLElement | null = null;
  private tableSlot: HTMLElement | null = null;
  private shownCount: HTMLElement | null = null;
  /** Tables drawn so far: a table's later rows are added only while it is the last drawn. */
  private tablesDrawn = 0;
  /** Downloads offered and not yet revoked. */
  private readonly urls = new Set<string>();

  create(): void {
    const store = createClassStore();
    this.store = store;
    this.chartSlot = null;
    this.tableSlot = null;
    const drop = classDropZone((stop) => this.onStop(stop), {
      onFiles: (files) => void store.getState().addFiles(files),
      onClear: () => store.getState().clear(),
    });
    this.dropZone = drop;
    this.status = h('p', { class: 'class-status', role: 'status' });
    this.results = h('div', { class: 'class-results' });

    this.showPage(
      'class-screen',
      h(
        'div',
        { class: 'class-page' },
        h(
          'header',
          { class: 'class-head' },
          h(
            'div',
            {},
            h('h1', {}, 'The class view'),
            h(
              'p',
              { class: 'note' },
              'Every table’s result on one page. The files are read in this browser: nothing is sent anywhere.',
            ),
          ),
          h(
            'button',
            {
              class: 'button',
              type: 'button',
              onclick: () => this.go('TitleScene'),
            },
            'Back to the title',
          ),
        ),
        h('div', { class: 'class-body' }, drop.element, this.status, this.results),
      ),
    );
    this.render(store.getState(), null);
    this.onStop(store.subscribe((now, before) => this.render(now, before)));
    // Leaving frees what the class view held: the files, their games, the pages built of them.
    this.onStop(() => {
      store.getState().clear();
      for (const url of this.urls) URL.revokeObjectURL(url);
      this.urls.clear();
      replaceChildren(this.results);
      this.chartSlot = null;
      this.tableSlot = null;
      this.shownCount = null;
    });
    drop.focus();
  }

  /**
   * Draws what changed: the status line always; the results when the files or the scenario
   * shown change; only the chart when another pair of leaders is chosen, so that the choice
   * keeps the keyboard's place.
   */
  private render(now: ClassState, before: ClassState | null): void {
    this.dropZone.showFiles(now.inputs.length > 0);
    const summary = selectSummary(now);
    // A live region (role=status): screen readers hear the summary line when it changes.
    this.status.textContent =
      now.reading > 0
        ? `Reading ${now.reading} ${now.reading === 1 ? 'file' : 'files'}${now.read > 0 ? `: ${now.read} read` : ''}.`
        : summary
          ? statusLine(summary)
          : '';
    const view = selectGroupView(now);
    const was = before ? selectGroupView(before) : null;
    if (before === null || now.summary !== before.summary || view?.group !== was?.group) {
      performance.mark('r0');
      this.showResults(summary, view);
      performance.measure('showResults', 'r0');
      requestAnimationFrame(() => {
        performance.mark('raf');
        setTimeout(() => performance.measure('frame', 'raf'), 0);
      });
      return;
    }
    if (!view || !was) return;
    const shown = now.filter !== before.filter;
    if (shown || view.pair[0] !== was.pair[0] || view.pair[1] !== was.pair[1]) {
      this.showChart(view);
    }
    if (shown || now.sort !== before.sort) this.showTable(view);
  }

  /** The class's results: every scenario's games, or how to collect them before any file. */
  private showResults(summary: ClassSummary | null, view: GroupView | null): void {
    this.chartSlot = null;
    if (!summary) {
      replaceChildren(this.results, howToCollect());
      return;
    }
    replaceChildren(
      this.results,
      summary.groups.length > 1 ? this.scenarioChoice(summary, view) : null,
      view ? this.groupView(view, summary) : unreplayableSection(summary),
      view ? null : problemsSection(summary),
    );
  }

  /** Draws the chart of the games shown and the pair of leaders chosen, in place of the last. */
  private showChart(view: GroupView): void {
    const state = this.store.getState();
    const space = selectChartSpace(state);
    if (this.chartSlot && space) {
      replaceChildren(
        this.chartSlot,
        classChart(view.group, selectShownGames(state), view.pair, space),
      );
    }
  }

  /** Draws the table of the games shown in their order; a sort button keeps the keyboard. */
  private showTable(view: GroupView): void {
    const state = this.store.getState();
    const games = selectShownGames(state);
    if (this.shownCount) {
      const all = view.group.games.length;
      this.shownCount.textContent =
        games.length === all ? `All ${all} games.` : `Showing ${games.length} of ${all} games.`;
    }
    if (!this.tableSlot) return;
    const focused = document.activeElement?.closest('[data-sort]')?.getAttribute('data-sort');
    const { table, more } = gamesTable(view.group, games, state.names, state.sort, {
      onName: (file, name) => this.store.getState().nameGame(file, name),
      onSort: (key) => this.store.getState().sortBy(key),
    });
    replaceChildren(this.tableSlot, table);
    if (focused) this.tableSlot.querySelector<HTMLElement>(`[data-sort="${focused}"]`)?.focus();
    // The other rows follow a slice at a time, unless this table is replaced first.
    const drawing = ++this.tablesDrawn;
    const next = () => {
      if (drawing === this.tablesDrawn && more()) this.later(0, next);
    };
    this.later(0, next);
  }

  /** Games of different scenarios are not comparable, so each scenario is shown on its own. */
  private scenarioChoice(summary: ClassSummary, view: GroupView | null): HTMLElement {
    const shown = view ? summary.groups.indexOf(view.group) : 0;
    const select = h(
      'select',
      {
        id: 'class-scenario',
        onchange: () => this.store.getState().chooseGroup(Number(select.value)),
      },
      ...summary.groups.map((g, i) =>
        h(
          'option',
          { value: String(i), selected: i === shown },
          `${g.title} (${g.games.length} ${g.games.length === 1 ? 'game' : 'games'})`,
        ),
      ),
    );
    return h(
      'p',
      { class: 'scenario-choice' },
      h('label', { for: 'class-scenario' }, 'Scenario '),
      select,
      h(
        'span',
        { class: 'note' },
        ` These files come from ${summary.groups.length} scenarios. Their leaders and scores differ, so each is summed up on its own.`,
      ),
    );
  }

  private groupView(view: GroupView, summary: ClassSummary): HTMLElement {
    const { group } = view;
    const state = this.store.getState();
    this.chartSlot = h('div', {});
    this.tableSlot = h('div', {
      class: 'table-scroll scroll-frame',
      role: 'region',
      tabindex: '0',
      'aria-label': 'Table of all games',
    });
    this.shownCount = h('p', { class: 'shown-count' });
    this.showTable(view);
    // The chart follows in a task of its own: with hundreds of games, drawing it and the rest
    // at once would keep the page busy too long.
    this.later(0, () => this.showChart(view));
    const codes = selectCodes(state);
    const print = h(
      'button',
      { class: 'button', type: 'button', onclick: () => window.print() },
      'Print the class summary',
    );
    const download = h(
      'button',
      {
        class: 'button primary',
        type: 'button',
        onclick: () => {
          const csv = selectCsv(this.store.getState());
          if (csv) this.urls.add(downloadCsv(csv.text, csv.fileName));
        },
      },
      'Download CSV',
    );
    const element = h(
      'div',
      { class: 'class-group' },
      h(
        'div',
        { class: 'class-grid' },
        h(
          'section',
          { class: 'class-chart-card card', 'aria-labelledby': 'chart-heading' },
          h(
            'div',
            { class: 'chart-head' },
            h('h2', { id: 'chart-heading' }, 'Every table’s result'),
            this.pairChoice(view),
          ),
          this.chartSlot,
        ),
        h(
          'div',
          { class: 'class-side' },
          spreadSection(view),
          verdictsSection(view),
          unreplayableSection(summary),
          problemsSection(summary),
        ),
      ),
      h(
        'section',
        { class: 'class-table card', 'aria-labelledby': 'games-heading' },
        h(
          'div',
          { class: 'class-table-head' },
          h('h2', { id: 'games-heading' }, 'All games'),
          download,
          print,
        ),
        h('p', { class: 'note codes' }, codesSentence(codes)),
        h(
          'p',
          { class: 'note' },
          'Name each table’s group or students in its row: the names go into the CSV and the printed summary. Each leader: what the package is worth to it / its no-deal value in that game, out of 100.',
        ),
        tableFilters(state.filter, new Set(group.games.map((g) => g.outcome)), codes, (filter) =>
          this.store.getState().filterBy(filter),
        ),
        this.shownCount,
        // A wide table scrolls inside its own region rather than the page sideways.
        this.tableSlot,
      ),
    );
    linkRowsAndMarkers(element);
    return element;
  }

  /** Which two leaders the chart compares; it opens on the two whose interests clash most. */
  private pairChoice(view: GroupView): HTMLElement {
    const parties = view.group.model.scenario.parties;
    const [first, second] = view.pair;
    const select = h(
      'select',
      {
        id: 'class-pair',
        onchange: () => {
          const chosen = view.pairs[Number(select.value)];
          if (chosen) this.store.getState().choosePair(chosen);
        },
      },
      ...view.pairs.map(([a, b], i) =>
        h(
          'option',
          { value: String(i), selected: a === first && b === second },
          `${partyName(parties[a])} and ${partyName(parties[b])}`,
        ),
      ),
    );
    return h('p', { class: 'pair-choice' }, h('label', { for: 'class-pair' }, 'Leaders '), select);
  }
}

/**
 * Offers the CSV as a download, and returns its object URL, revoked a second later (or when the
 * scene ends); the byte-order mark lets spreadsheets read it as UTF-8.
 */
function downloadCsv(csv: string, fileName: string): string {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  return url;
}
