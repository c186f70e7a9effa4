import { Screen } from '../game/screen';
import {
  type ClassState,
  type ClassStoreApi,
  type ClassSummary,
  createClassStore,
  type GroupView,
  selectChartSpace,
  selectCsv,
  selectGroupView,
  selectSummary,
} from '../store/class-store';
import { classChart, partyName } from '../ui/class/class-chart';
import {
  gamesTable,
  howToCollect,
  problemsSection,
  spreadSection,
  statusLine,
  unreplayableSection,
  verdictsSection,
} from '../ui/class/class-results';
import { type ClassDropZone, classDropZone } from '../ui/class/drop-zone';
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
  /** Where the chart goes, in the results drawn last; null when they have none. */
  private chartSlot: HTMLElement | null = null;

  create(): void {
    const store = createClassStore();
    this.store = store;
    this.chartSlot = null;
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
        ? `Reading ${now.reading} ${now.reading === 1 ? 'file' : 'files'}.`
        : summary
          ? statusLine(summary)
          : '';
    const view = selectGroupView(now);
    const was = before ? selectGroupView(before) : null;
    if (before === null || now.inputs !== before.inputs || view?.group !== was?.group) {
      this.showResults(summary, view);
    } else if (view && was && (view.pair[0] !== was.pair[0] || view.pair[1] !== was.pair[1])) {
      this.showChart(view);
    }
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

  /** Draws the chart of the pair of leaders chosen, in place of the one shown. */
  private showChart(view: GroupView): void {
    const space = selectChartSpace(this.store.getState());
    if (this.chartSlot && space) {
      replaceChildren(this.chartSlot, classChart(view.group, view.pair, space));
    }
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
    const space = selectChartSpace(this.store.getState());
    const chartSlot = h('div', {}, space ? classChart(group, view.pair, space) : null);
    this.chartSlot = chartSlot;
    const download = h(
      'button',
      {
        class: 'button primary',
        type: 'button',
        onclick: () => {
          const csv = selectCsv(this.store.getState());
          if (csv) downloadCsv(csv.text, csv.fileName);
        },
      },
      'Download CSV',
    );
    return h(
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
          chartSlot,
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
          h(
            'p',
            { class: 'note' },
            'Each leader: what the package is worth to it / its no-deal value in that game, out of 100.',
          ),
          download,
        ),
        // A wide table scrolls inside its own region rather than the page sideways.
        h(
          'div',
          {
            class: 'table-scroll scroll-frame',
            role: 'region',
            tabindex: '0',
            'aria-label': 'Table of all games',
          },
          gamesTable(group),
        ),
      ),
    );
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

/** Offers the CSV as a download; the byte-order mark lets spreadsheets read it as UTF-8. */
function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
