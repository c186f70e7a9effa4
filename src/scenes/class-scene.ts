import { Screen } from '../game/screen';
import { mostOpposedPair } from '../model/debrief-analysis';
import { classCsv } from '../saves/class-csv';
import {
  type ClassInput,
  type ClassSummary,
  type ScenarioGroup,
  summarizeClass,
} from '../saves/class-summary';
import { readSaveFile } from '../store/library';
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

const CSV_NAME = 'mediator-class-results';

/**
 * The teacher's view of a whole class: drop every table's saved game at once and see the
 * results side by side, with the best and worst table and a CSV of them all. The files are
 * read and replayed in this browser; nothing is sent anywhere.
 */
export class ClassScene extends Screen<undefined> {
  /** The files given so far, one per file name (the latest wins). */
  private inputs: ClassInput[] = [];
  private groupIndex = 0;
  /** The chosen pair of leaders, per scenario hash. */
  private pairs = new Map<string, readonly [number, number]>();
  private results!: HTMLElement;
  private status!: HTMLElement;
  private dropZone!: ClassDropZone;

  create(): void {
    this.inputs = [];
    this.groupIndex = 0;
    this.pairs = new Map();

    const drop = classDropZone((stop) => this.onStop(stop), {
      onFiles: (files) => void this.addFiles(files),
      onClear: () => {
        this.inputs = [];
        this.render();
      },
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
    this.render();
    drop.focus();
  }

  /** Reads the files (refusing large ones unread) and adds them to the class. */
  private async addFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return;
    this.status.textContent = `Reading ${files.length} ${files.length === 1 ? 'file' : 'files'}…`;
    const read = await Promise.all(
      files.map(async (file): Promise<ClassInput> => {
        const result = await readSaveFile(file);
        return result.ok
          ? { file: file.name, text: result.text }
          : { file: file.name, error: result.error };
      }),
    );
    // Files are told apart by their games, not their names: the summary counts each game once
    // and numbers different games that share a name.
    this.inputs = [...this.inputs, ...read];
    this.render();
  }

  private render(): void {
    this.dropZone.showFiles(this.inputs.length > 0);
    if (this.inputs.length === 0) {
      this.status.textContent = '';
      replaceChildren(this.results, howToCollect());
      return;
    }
    const summary = summarizeClass(this.inputs);
    this.groupIndex = Math.min(this.groupIndex, Math.max(0, summary.groups.length - 1));
    const group = summary.groups[this.groupIndex];
    // A live region (role=status): screen readers hear the summary line when it changes.
    this.status.textContent = statusLine(summary);
    replaceChildren(
      this.results,
      summary.groups.length > 1 ? this.scenarioChoice(summary) : null,
      group ? this.groupView(group, summary) : unreplayableSection(summary),
      group ? null : problemsSection(summary),
    );
  }

  /** Games of different scenarios are not comparable, so each scenario is shown on its own. */
  private scenarioChoice(summary: ClassSummary): HTMLElement {
    const select = h(
      'select',
      {
        id: 'class-scenario',
        onchange: () => {
          this.groupIndex = Number(select.value);
          this.render();
        },
      },
      ...summary.groups.map((g, i) =>
        h(
          'option',
          { value: String(i), selected: i === this.groupIndex },
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

  private groupView(group: ScenarioGroup, summary: ClassSummary): HTMLElement {
    const pair = this.pairs.get(group.model.hash) ?? mostOpposedPair(group.model);
    const chartSlot = h('div', {}, classChart(group, pair));
    const download = h(
      'button',
      {
        class: 'button primary',
        type: 'button',
        onclick: () => downloadCsv(classCsv(group), this.csvName(group, summary)),
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
            this.pairChoice(group, pair, chartSlot),
          ),
          chartSlot,
        ),
        h(
          'div',
          { class: 'class-side' },
          spreadSection(group),
          verdictsSection(group),
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
            class: 'table-scroll',
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
  private pairChoice(
    group: ScenarioGroup,
    pair: readonly [number, number],
    chartSlot: HTMLElement,
  ): HTMLElement {
    const parties = group.model.scenario.parties;
    const options: (readonly [number, number])[] = [];
    for (let a = 0; a < parties.length; a++) {
      for (let b = a + 1; b < parties.length; b++) options.push([a, b]);
    }
    const select = h(
      'select',
      {
        id: 'class-pair',
        onchange: () => {
          const chosen = options[Number(select.value)];
          if (!chosen) return;
          this.pairs.set(group.model.hash, chosen);
          replaceChildren(chartSlot, classChart(group, chosen));
        },
      },
      ...options.map(([a, b], i) =>
        h(
          'option',
          { value: String(i), selected: a === pair[0] && b === pair[1] },
          `${partyName(parties[a])} and ${partyName(parties[b])}`,
        ),
      ),
    );
    return h('p', { class: 'pair-choice' }, h('label', { for: 'class-pair' }, 'Leaders '), select);
  }

  private csvName(group: ScenarioGroup, summary: ClassSummary): string {
    return summary.groups.length > 1
      ? `${CSV_NAME}-${group.model.scenario.id}.csv`
      : `${CSV_NAME}.csv`;
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
